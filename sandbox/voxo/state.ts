/** In-memory data of the VOXO sandbox: users who can log in, tenants, and the IDs tenants refer to. */
export type Json = Record<string, unknown>;

export interface VoxoUser {
	id: number;
	email: string;
	password: string;
	/** VOXO roles: 1 platform administrator, 3 tenant administrator, 5 basic user. */
	userRole: 1 | 3 | 5;
	/** Partner of a partner administrator (the v2 login answer has `partnerId`). */
	partnerId: number | null;
	tenantId: number;
}

export interface Session {
	token: string;
	user: VoxoUser;
	expiresAt: number;
	usesLeft: number;
}

export const TIMEZONES: Record<number, string> = {
	1: 'America/New_York',
	2: 'America/Chicago',
	3: 'America/Denver',
	4: 'America/Los_Angeles',
};

export const PARTNERS: Record<number, { id: number; name: string; tenantId: number }> = {
	7: { id: 7, name: 'Acme Partner', tenantId: 1 },
	8: { id: 8, name: 'Other Partner', tenantId: 2 },
};

/** A tenant as VOXO's Create Tenant page shows it: every flag 0/1, every documented key present. */
export function newTenant(id: number, fields: Json): Json {
	const timezoneId = Number(fields.timezoneId ?? 1);
	const partnerId = Number(fields.partnerId ?? 7);
	const name = String(fields.name ?? `Tenant ${id}`);
	return {
		id,
		name,
		tenantCode: `${name.replace(/[^A-Za-z]/g, '').slice(0, 3).toLowerCase() || 'tnt'}${id}`,
		externalBillingId: fields.externalBillingId ?? null,
		billingStartDate: fields.billingStartDate ?? null,
		conduitPrefix: null,
		brandId: null,
		brandVertical: fields.healthcareVertical ?? null,
		resellerType: null,
		globalQueueActions: 0,
		queuePauseReasons: null,
		parkinglotTimeout: 45,
		incomingRingsCount: 4,
		recordingStorage: 'AWS3',
		recordingHost: 'https://s3.example.com',
		recordingUser: `recorder-${id}`,
		recordingPassword: `rec-secret-${id}`,
		recordingDir: `/recordings/${id}`,
		salesforceDomain: null,
		salesforceCTITasks: null,
		autoPortReject: 0,
		callWaiting: 1,
		disabled: 0,
		enableSoftphonePark: 0,
		isResidential: 0,
		mfaEnabled: 0,
		recordUserSessions: 0,
		sameRing: 0,
		forceVoicemailPin: 1,
		billingV2: fields.billingV2 === true ? 1 : 0,
		timezone: { id: timezoneId, name: TIMEZONES[timezoneId] },
		musicOnHold: { id: 1, name: 'Default' },
		routingProfile: { id: 1, name: 'Default' },
		partner: { ...PARTNERS[partnerId] },
		isResellerAccount: 0,
		parkinglotCount: 10,
		notes: [],
		webhooks: [],
		products: [],
		integrations: [],
	};
}

export class VoxoState {
	readonly users: VoxoUser[] = [
		{ id: 11, email: 'admin@partner.example', password: 'partner-password', userRole: 1, partnerId: 7, tenantId: 1 },
		{ id: 12, email: 'owner@tenant.example', password: 'owner-password', userRole: 3, partnerId: null, tenantId: 2 },
	];
	readonly sessions = new Map<string, Session>();
	readonly tenants = new Map<number, Json>();
	/** billingInfo as received, by tenant ID (the documented tenant object does not show it). */
	readonly billingInfo = new Map<number, unknown>();
	private nextId = 100;

	addTenant(fields: Json): Json {
		const tenant = newTenant(this.nextId++, fields);
		this.tenants.set(tenant.id as number, tenant);
		if (fields.billingInfo !== undefined) this.billingInfo.set(tenant.id as number, fields.billingInfo);
		return tenant;
	}
}

/** Two tenants to start with. */
export function seedDefault(state: VoxoState): void {
	state.addTenant({ name: 'Acme Dental', timezoneId: 1, partnerId: 7, billingStartDate: '2025-01-01', externalBillingId: '5001' });
	state.addTenant({ name: 'Blue Ridge Clinic', timezoneId: 2, partnerId: 7, billingStartDate: '2025-02-15' });
}
