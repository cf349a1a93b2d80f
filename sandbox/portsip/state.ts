/** In-memory data of the PortSIP sandbox: tenants, each with its settings, voicemail, policy and holidays. */
export type Json = Record<string, unknown>;

export interface SandboxUser {
	username: string;
	password: string;
	/** Tenant SIP domain for tenant users; none for the system administrator. */
	domain?: string;
	role: string;
}

export interface TenantState {
	tenant: Json;
	voicemail: Json;
	passwordPolicy: Json;
	holidays: Map<string, Json>;
	/** Inbound rules as stored: `holidays` holds holiday IDs (GET answers the holidays themselves). */
	inboundRules: Map<string, Json>;
	/** The trunks (providers) the tenant may use. */
	providers: Map<string, Json>;
	/** Extension numbers that exist in the tenant (the voicemail server must be one of them). */
	extensions: Set<string>;
	/** The tenant's users as GET /users/{id} shows them, with their passwords (never shown). */
	users: Map<string, Json>;
}

export interface Session {
	token: string;
	user: SandboxUser;
	expiresAt: number;
	usesLeft: number;
	/** The tenant a system administrator's token switched to (POST /api/tenants/switch), if any. */
	switchedTenantId?: string;
}

let nextNumericId = 700551909773148160n;

/** PortSIP ids are opaque strings; the real ones are base64 of an 18-digit number. */
export function newPortSipId(): string {
	nextNumericId += 1n;
	return Buffer.from(String(nextNumericId)).toString('base64');
}

/** A tenant as GET /tenant returns it, with the v22.2 spec's defaults. */
export function defaultTenant(fields: Json): Json {
	const dayOn = { enabled: true, ranges: [{ from: '09:00', to: '17:00' }] };
	const dayOff = { enabled: false, ranges: [] };
	const event = { enabled: false, auth: 'DISABLE', username: '', password: '', token: '', url: '' };
	return {
		id: newPortSipId(),
		name: 'Tenant',
		domain: 'tenant.example.com',
		website: '',
		timezone: 'UTC',
		currency: 'USD',
		region: 'USA',
		enable_video_recording: false,
		enable_audio_recording: false,
		enable_dual_track_recording: false,
		enable_billing: false,
		enable_feature_billing: false,
		enable_feature_call_statistics: true,
		enable_feature_contact_center: true,
		enable_feature_message_channels: true,
		enable_feature_microsoft_teams: true,
		enable_feature_trunks: true,
		enable_feature_whats_app: true,
		enable_night_mode: false,
		enable_two_factor_authentication: false,
		custom_options: '',
		max_extensions: 1000,
		max_concurrent_calls: 20,
		max_ring_groups: 20,
		max_virtual_receptionists: 20,
		max_call_queues: 20,
		max_conference_rooms: 20,
		disk_quota: '',
		used_disk_quota: '0MB',
		im_disk_quota: '',
		extension_im_disk_quota: '1GB',
		recording_retention: 180,
		call_report_retention: 30,
		log_retention: 180,
		temp_file_retention: 30,
		office_hours: {
			monday: dayOn,
			tuesday: dayOn,
			wednesday: dayOn,
			thursday: dayOn,
			friday: dayOn,
			saturday: dayOff,
			sunday: dayOff,
		},
		outbound_caller_ids: [],
		e164: {
			enabled: false,
			international_code: '',
			country: '',
			area_code: '',
			national_code: '',
			prefix: '',
			remove_special_chars: false,
			remove_duplicate_countries: true,
			remove_duplicate_area_codes: true,
		},
		cdr_event: { ...event },
		extension_event: { ...event },
		contact_match_type: 'MATCH_EXACTLY',
		contact_match_length: 0,
		contact_append_type: 'APPEND',
		contact_update_interval: 720,
		password_force_reset: false,
		avatar_file_name: '',
		avatar_file_size: 0,
		avatar_file_url: '',
		stir_shaken_cert: '',
		stir_shaken_key: '',
		...JSON.parse(JSON.stringify(fields)),
	};
}

export function defaultPasswordPolicy(): Json {
	return {
		min_length: 6,
		max_length: 32,
		contains_letters: true,
		contains_numbers: true,
		contains_special_letters: true,
		disable_sequential_characters: true,
		disable_repeating_characters: true,
		disable_account_information: true,
	};
}

export class PortSipState {
	readonly tenants = new Map<string, TenantState>();
	readonly users: SandboxUser[] = [];
	readonly sessions = new Map<string, Session>();

	addTenant(fields: Json): TenantState {
		const state: TenantState = {
			tenant: defaultTenant(fields),
			voicemail: { extension_number: '999', retain_days: 30, min_seconds: 1 },
			passwordPolicy: defaultPasswordPolicy(),
			holidays: new Map(),
			inboundRules: new Map(),
			providers: new Map(),
			extensions: new Set(['100', '101', '102', '999']),
			users: new Map(),
		};
		this.tenants.set(state.tenant.id as string, state);
		return state;
	}

	tenantByDomain(domain: string): TenantState | undefined {
		for (const state of this.tenants.values()) if (state.tenant.domain === domain) return state;
		return undefined;
	}
}

/**
 * The sandbox's starting data: one tenant, a system administrator and that tenant's administrator.
 * No administrator of a tenant that does not exist yet: a new tenant's first administrator is
 * created with POST /api/users, as on a real PBX.
 */
export function seedDefault(state: PortSipState): void {
	const acme = state.addTenant({ name: 'Acme Corp', domain: 'tenant1.example.com', timezone: 'America/New_York', currency: 'USD', region: 'USA' });
	// a trunk, so that inbound rules can be made (PortSIP: "at least one provider" first)
	const trunk = { id: newPortSipId(), name: 'Main Trunk', enabled: true, brand: 'Generic', hostname: 'sip.carrier.example', port: 5060, did_numbers: '4420123450-4420123459', shared: false };
	acme.providers.set(trunk.id, trunk);
	// and the rule that receives its main number (the scheduled-sync example attaches holidays to it)
	const rule = {
		id: newPortSipId(),
		name: 'Main number',
		enabled: true,
		did_numbers: '4420123450',
		cid_number_mask: '',
		provider_id: trunk.id,
		office_hours_forward_rule: { action: 'FORWARD_TO_NUMBER', number: '101' },
		non_office_hours_forward_rule: { action: 'FORWARD_TO_VOICEMAIL', number: '101' },
		holiday_forward_rule: { action: 'FORWARD_TO_VOICEMAIL', number: '101' },
		holidays: [],
		enable_advanced_routing: false,
		advanced_routing: '',
		play_recording_disclaimer: false,
		office_hours: { mode: 'GLOBAL' },
	};
	acme.inboundRules.set(rule.id, rule);
	state.users.push(
		{ username: 'admin', password: 'admin-password', role: 'SystemAdmin' },
		{ username: 'tenantadmin', password: 'tenant-password', domain: 'tenant1.example.com', role: 'Admin' },
	);
}

/** A user created with POST /api/users logs in with its name, password and its tenant's domain. */
export function tenantUserLogin(state: PortSipState, form: Record<string, string>): SandboxUser | undefined {
	const tenant = form.domain ? state.tenantByDomain(form.domain) : undefined;
	if (!tenant) return undefined;
	for (const user of tenant.users.values()) {
		if (user.name === form.username && user.password === form.password && user.enabled !== false) {
			return { username: String(user.name), password: String(user.password), domain: form.domain, role: String(user.role) };
		}
	}
	return undefined;
}
