/**
 * The tenant's users (`/api/users`). The contract check has already applied the spec's schema; these
 * handlers add what the spec's descriptions say the PBX refuses: a reserved or malformed name, a
 * name or extension number already taken, a system role in a tenant, a voicemail PIN against its
 * policy. (Written apart from the node's own rules, so that the two cannot agree on a mistake.)
 */
import { portSipError, type PortSipRoutes } from '../api';
import { listReply } from '../list';
import { newPortSipId, type Json, type TenantState } from '../state';

const TENANT_ROLES = ['Admin', 'StandardUser', 'StandardInternationalUser', 'QueueManager'];
const RESERVED_NAMES = ['admin', 'system', 'administrator', 'root'];
/** Never shown by GET. */
const WRITE_ONLY = ['password', 'extension_password'];
const SUMMARY_FIELDS = [
	'id', 'name', 'enabled', 'email', 'display_name', 'role', 'mobile_phone', 'work_phone', 'home_phone',
	'address', 'department', 'extension_number', 'created_at',
];

function pinProblem(pin: unknown): string | undefined {
	if (pin === undefined) return undefined;
	const text = String(pin);
	if (!/^\d{6,10}$/.test(text)) return 'voicemail_pin must be 6 to 10 digits';
	for (let index = 2; index < text.length; index++) {
		const [a, b, c] = [text[index - 2], text[index - 1], text[index]].map(Number);
		if (a === b && b === c) return 'voicemail_pin must not repeat a digit three times ("111")';
		if (b === a + 1 && c === b + 1) return 'voicemail_pin must not hold three ascending digits ("123")';
	}
	return undefined;
}

function createProblem(tenant: TenantState, body: Json): string | undefined {
	const name = String(body.name);
	if (!/^[A-Za-z0-9_'.-]+$/.test(name) || name.startsWith('.') || name.endsWith('.')) return `name "${name}" has characters that are not allowed`;
	if (RESERVED_NAMES.includes(name.toLowerCase())) return `name "${name}" is reserved for the system administrator`;
	if (!TENANT_ROLES.includes(String(body.role))) return `role "${String(body.role)}" is not a role of a tenant user`;
	for (const user of tenant.users.values()) {
		if (String(user.name).toLowerCase() === name.toLowerCase()) return `a user named "${name}" already exists`;
	}
	if (tenant.extensions.has(String(body.extension_number))) return `the extension number ${String(body.extension_number)} is taken`;
	if (String(body.password) === '') return 'password must not be empty';
	return pinProblem(body.voicemail_pin);
}

function shown(user: Json): Json {
	return Object.fromEntries(Object.entries(user).filter(([field]) => !WRITE_ONLY.includes(field)));
}

export function registerUserRoutes(sandbox: PortSipRoutes): void {
	const notFound = (id: string) => portSipError(404, 'NOT_FOUND', `User ${id} does not exist`);

	sandbox.route('GET', '/api/users', 'tenant', ({ tenant, request }) =>
		listReply([...tenant!.users.values()].map(shown), request.query, {
			searchFields: ['name', 'display_name', 'email', 'extension_number'],
			fields: SUMMARY_FIELDS,
			summary: (user) => Object.fromEntries(SUMMARY_FIELDS.filter((f) => f in user).map((f) => [f, user[f]])),
		}),
	);

	sandbox.route('POST', '/api/users', 'tenant', ({ tenant, request }) => {
		const body = request.body as Json;
		const problem = createProblem(tenant!, body);
		if (problem) return portSipError(400, 'VALIDATE_FAILED', `field validation failed: ${problem}`);
		const user: Json = {
			id: newPortSipId(),
			enabled: true,
			enable_voicemail_pin: true,
			enable_voicemail_notify: false,
			mobile_phone: '',
			work_phone: '',
			home_phone: '',
			address: '',
			department: '',
			created_at: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
			...body,
		};
		tenant!.users.set(user.id as string, user);
		tenant!.extensions.add(String(body.extension_number));
		return { status: 201, body: { id: user.id } };
	});

	sandbox.route('GET', '/api/users/{id}', 'tenant', ({ tenant, params }) => {
		const user = tenant!.users.get(params.id);
		return user ? { status: 200, body: shown(user) } : notFound(params.id);
	});

	// 200 with no body, as PortSIP answers updates
	sandbox.route('POST', '/api/users/{id}', 'tenant', ({ tenant, params, request }) => {
		const user = tenant!.users.get(params.id);
		if (!user) return notFound(params.id);
		const body = request.body as Json;
		const problem = pinProblem(body.voicemail_pin);
		if (problem) return portSipError(400, 'VALIDATE_FAILED', `field validation failed: ${problem}`);
		Object.assign(user, body);
		return { status: 200 };
	});

	sandbox.route('POST', '/api/users/{id}/destroy', 'tenant', ({ tenant, params }) => {
		const user = tenant!.users.get(params.id);
		if (!user) return notFound(params.id);
		tenant!.users.delete(params.id);
		tenant!.extensions.delete(String(user.extension_number));
		return { status: 204 };
	});
}
