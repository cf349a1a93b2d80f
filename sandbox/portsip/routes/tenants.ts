/** Tenants as a system administrator manages them: /tenants, /tenants/{id}, /tenants/{id}/destroy. */
import { portSipError, type PortSipRoutes } from '../api';
import { listReply } from '../list';
import type { Json, TenantState } from '../state';
import { applyTenantUpdate, tenantProblems } from './tenant';

/** GET /tenants items: the spec's smaller "summary representation". */
const SUMMARY_FIELDS = [
	'id', 'name', 'domain', 'max_extensions', 'max_concurrent_calls', 'enabled', 'website', 'timezone',
	'currency', 'region', 'avatar_file_name', 'avatar_file_size', 'avatar_file_url', 'created_at',
];

/** Fields GET /tenants/{id} does not show (the tenant's own STIR/SHAKEN files). */
const HIDDEN_FROM_ADMIN = ['stir_shaken_cert', 'stir_shaken_key'];

/** Tenants seeded without the system-level fields get the spec's defaults. */
function adminView(state: TenantState): Json {
	const tenant = { enabled: true, email_recipients: '', created_at: '2025-01-08T09:00:00Z', ...state.tenant };
	return JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(tenant).filter(([name]) => !HIDDEN_FROM_ADMIN.includes(name))))) as Json;
}

function summary(tenant: Json): Json {
	return Object.fromEntries(SUMMARY_FIELDS.map((name) => [name, tenant[name]]));
}

export function registerTenantsRoutes(sandbox: PortSipRoutes): void {
	const { state } = sandbox;
	const find = (id: string) => state.tenants.get(id);
	const notFound = (id: string) => portSipError(404, 'NOT_FOUND', `Tenant ${id} does not exist`);

	/*
	 * [INFERRED, as the reference README reads it] "Switch between tenants": the token that sent it
	 * acts as an administrator of that tenant from now on; other tokens of the same user do not. A new
	 * login starts unswitched. 200 with no body, as the spec documents. Registered before
	 * /tenants/{id}, which would otherwise take "switch" for an ID.
	 */
	sandbox.route('POST', '/api/tenants/switch', 'system', ({ request, session }) => {
		const id = request.query.id ?? '';
		if (!find(id)) return notFound(id);
		if (sandbox.options.switchAnswersToken) {
			const token = `switched-${id}-${session.token}`;
			state.sessions.set(token, { ...session, token, switchedTenantId: id });
			return { status: 200, body: { access_token: token } };
		}
		session.switchedTenantId = id;
		return { status: 200 };
	});

	sandbox.route('GET', '/api/tenants', 'system', ({ request }) => {
		const tenants = [...state.tenants.values()].map(adminView);
		const fields = [...new Set(tenants.flatMap((tenant) => Object.keys(tenant)))];
		return listReply(tenants, request.query, { searchFields: ['name', 'domain'], fields, summary });
	});

	sandbox.route('POST', '/api/tenants', 'system', ({ request }) => {
		const body = request.body as Json;
		const problem = tenantProblems(body, state);
		if (problem) return portSipError(400, 'VALIDATE_FAILED', problem);
		const created = state.addTenant({
			name: body.name,
			domain: body.domain,
			enabled: true,
			email_recipients: '',
			created_at: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
		});
		applyTenantUpdate(state, created, body);
		// a new tenant has no users, so no extensions but the voicemail server's
		created.extensions = new Set(['999']);
		return { status: 201, body: { id: created.tenant.id } };
	});

	sandbox.route('GET', '/api/tenants/{id}', 'system', ({ params }) => {
		const target = find(params.id);
		return target ? { status: 200, body: adminView(target) } : notFound(params.id);
	});

	// 200 with no body, as PortSIP answers updates
	sandbox.route('POST', '/api/tenants/{id}', 'system', ({ params, request }) => {
		const target = find(params.id);
		if (!target) return notFound(params.id);
		const body = request.body as Json;
		const problem = tenantProblems(body, state, target);
		if (problem) return portSipError(400, 'VALIDATE_FAILED', problem);
		applyTenantUpdate(state, target, body);
		return { status: 200 };
	});

	sandbox.route('POST', '/api/tenants/{id}/destroy', 'system', ({ params }) => {
		const target = find(params.id);
		if (!target) return notFound(params.id);
		state.tenants.delete(params.id);
		// the tenant's users go with it
		for (let index = state.users.length - 1; index >= 0; index--) {
			if (state.users[index].domain === target.tenant.domain) state.users.splice(index, 1);
		}
		return { status: 204 };
	});
}
