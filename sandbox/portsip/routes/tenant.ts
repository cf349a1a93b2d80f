/**
 * The signed-in tenant: GET|POST /tenant, GET /tenant/status, GET|POST /tenant/password_policy.
 * The contract check has already applied the spec's schema; these handlers add the rules the real
 * PBX enforces beyond it (valid time zone, currency, region, JSON, quotas, office hours, min ≤ max).
 */
import { isCurrencyCode, toAlpha3 } from '../../../nodes/shared/iso';
import { timeZoneNames } from '../../../nodes/shared/pickers';
import { portSipError, type PortSipRoutes } from '../api';
import type { Json, PortSipState, TenantState } from '../state';
import type { Reply } from '../../http';

/** Fields the stored tenant has that GET /tenant does not show (they belong to /tenants). */
const ADMIN_ONLY_FIELDS = ['enabled', 'email_recipients', 'created_at'];

/** The spec's description of each field's semantic rule, checked as the real API would. */
export function tenantProblems(body: Json, state: PortSipState, self?: TenantState): string | undefined {
	if (body.timezone !== undefined && !timeZoneNames().includes(body.timezone as string)) {
		return `timezone: "${String(body.timezone)}" is not a valid IANA time zone`;
	}
	if (body.currency !== undefined && !isCurrencyCode(body.currency)) {
		return `currency: "${String(body.currency)}" is not an ISO 4217 currency code`;
	}
	if (body.region !== undefined && toAlpha3(body.region) !== body.region) {
		return `region: "${String(body.region)}" is not an ISO 3166-1 alpha-3 country code`;
	}
	if (typeof body.custom_options === 'string' && body.custom_options !== '') {
		try {
			JSON.parse(body.custom_options);
		} catch {
			return 'custom_options: must be a JSON string';
		}
	}
	for (const field of ['disk_quota', 'im_disk_quota', 'extension_im_disk_quota']) {
		const value = body[field];
		if (typeof value === 'string' && !/^(?:[1-9][0-9]*(?:KB|MB|GB|PB))?$/.test(value)) {
			return `${field}: "${value}" must be a positive number followed by KB, MB, GB or PB`;
		}
	}
	const hours = (body.office_hours ?? {}) as Record<string, Json>;
	for (const [day, settings] of Object.entries(hours)) {
		for (const range of (settings.ranges ?? []) as Array<{ from?: string; to?: string }>) {
			const clock = /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/;
			if (!clock.test(range.from ?? '') || !clock.test(range.to ?? '')) return `office_hours.${day}: times must be HH:MM`;
			if (range.from! >= range.to!) return `office_hours.${day}: "from" must be earlier than "to"`;
		}
	}
	if (typeof body.email_recipients === 'string' && body.email_recipients.split(',').length > 15) {
		return 'email_recipients: at most 15 e-mail addresses are allowed';
	}
	if (typeof body.domain === 'string') {
		const owner = state.tenantByDomain(body.domain);
		if (owner && owner !== self) return `domain: "${body.domain}" is already used by another tenant`;
	}
	return undefined;
}

/** Applies an update to a stored tenant, as the PBX does: nested groups merge, lists replace. */
export function applyTenantUpdate(state: PortSipState, target: TenantState, body: Json): void {
	const tenant = target.tenant;
	const { avatar_file_id: avatarFileId, office_hours: officeHours, ...rest } = body;
	if (typeof rest.domain === 'string' && rest.domain !== tenant.domain) {
		// the tenant's users log in with its domain: they move with it
		for (const user of state.users) if (user.domain === tenant.domain) user.domain = rest.domain;
	}
	for (const [field, value] of Object.entries(rest)) {
		const current = tenant[field];
		tenant[field] =
			isPlainObject(current) && isPlainObject(value) ? { ...(current as Json), ...(value as Json) } : value;
	}
	if (isPlainObject(officeHours)) {
		const days = tenant.office_hours as Record<string, Json>;
		for (const [day, value] of Object.entries(officeHours as Record<string, Json>)) days[day] = { ...days[day], ...value };
	}
	if (typeof avatarFileId === 'string') {
		Object.assign(tenant, { avatar_file_name: 'avatar.png', avatar_file_size: 2048, avatar_file_url: `/api/blobs/${avatarFileId}` });
	}
}

function isPlainObject(value: unknown): boolean {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function without(object: Json, fields: string[]): Json {
	return Object.fromEntries(Object.entries(object).filter(([name]) => !fields.includes(name)));
}

function invalid(message: string): Reply {
	return portSipError(400, 'VALIDATE_FAILED', message);
}

export function registerTenantRoutes(sandbox: PortSipRoutes): void {
	sandbox.route('GET', '/api/tenant', 'tenant', ({ tenant }) => ({
		status: 200,
		body: without(JSON.parse(JSON.stringify(tenant!.tenant)) as Json, ADMIN_ONLY_FIELDS),
	}));

	// 200 with no body, as PortSIP answers updates
	sandbox.route('POST', '/api/tenant', 'tenant', ({ tenant, request }) => {
		const body = request.body as Json;
		const problem = tenantProblems(body, sandbox.state, tenant);
		if (problem) return invalid(problem);
		applyTenantUpdate(sandbox.state, tenant!, body);
		return { status: 200 };
	});

	sandbox.route('GET', '/api/tenant/status', 'tenant', ({ tenant }) => {
		const hourly = Array.from({ length: 24 }, (_unused, hour) => ({
			time: new Date(Date.UTC(2025, 4, 15, hour)).toISOString().replace('.000', ''),
			count: (hour * 7) % 5,
		}));
		return {
			status: 200,
			body: {
				version: '22.2.11',
				licensed_users: tenant!.tenant.max_extensions,
				current_users: tenant!.extensions.size,
				online_users: 1,
				current_calls: 0,
				current_queues: 0,
				current_conference_rooms: 0,
				current_ring_groups: 0,
				current_ivrs: 0,
				current_trunks: 1,
				calls_in_24_hours: hourly,
			},
		};
	});

	sandbox.route('GET', '/api/tenant/password_policy', 'tenant', ({ tenant }) => ({
		status: 200,
		body: { ...tenant!.passwordPolicy },
	}));

	sandbox.route('POST', '/api/tenant/password_policy', 'tenant', ({ tenant, request }) => {
		const merged = { ...tenant!.passwordPolicy, ...(request.body as Json) };
		if ((merged.min_length as number) > (merged.max_length as number)) {
			return invalid(
				`min_length (${String(merged.min_length)}) must be less than or equal to max_length (${String(merged.max_length)})`,
			);
		}
		tenant!.passwordPolicy = merged;
		return { status: 200 };
	});
}
