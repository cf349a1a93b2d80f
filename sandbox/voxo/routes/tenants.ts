import { TENANT_UPDATE_METHOD } from '../../../nodes/Voxo/shared/endpoints';
import type { Reply } from '../../http';
import { validationError, voxoError, type VoxoContext, type VoxoRoutes } from '../api';
import { checkPaging, checkTenantCreate, checkTenantId, checkTenantUpdate } from '../schema';
import { PARTNERS, TIMEZONES, type Json } from '../state';

/** IDs that must refer to something that exists (business rules after the schema). */
function unknownReference(body: Json): string | undefined {
	if (body.timezoneId !== undefined && !TIMEZONES[body.timezoneId as number]) return `Timezone ${String(body.timezoneId)} not found`;
	if (body.partnerId !== undefined && !PARTNERS[body.partnerId as number]) return `Partner ${String(body.partnerId)} not found`;
	return undefined;
}

/** The tenant of the URL, or the error to answer. */
function findTenant({ params, request, sandbox }: VoxoContext): { tenant: Json } | { error: Reply } {
	const problems = checkTenantId(params.id);
	if (problems.length > 0) return { error: validationError(sandbox, request, problems) };
	const tenant = sandbox.state.tenants.get(Number(params.id));
	return tenant ? { tenant } : { error: voxoError(404, `No record found for id '${params.id}'`) };
}

export function registerTenantRoutes(sandbox: VoxoRoutes): void {
	// documented: POST /v2/admin/tenants/ → 201 with the tenant
	sandbox.route('POST', '/v2/admin/tenants', 'admin', ({ request, sandbox }) => {
		const problems = checkTenantCreate(request.body);
		if (problems.length > 0) return validationError(sandbox, request, problems);
		const body = request.body as Json;
		const missing = unknownReference(body);
		if (missing) return voxoError(400, missing);
		return { status: 201, body: sandbox.state.addTenant(body) };
	});

	// inferred: GET /v2/admin/tenants?page&recordsPerPage → {records, page, totalRecords}
	sandbox.route('GET', '/v2/admin/tenants', 'admin', ({ request, sandbox }) => {
		const problems = checkPaging(request.query);
		if (problems.length > 0) return validationError(sandbox, request, problems);
		const page = Number(request.query.page ?? 1);
		const perPage = Math.min(Number(request.query.recordsPerPage ?? 25), sandbox.options.maxRecordsPerPage ?? Infinity);
		const all = [...sandbox.state.tenants.values()];
		return {
			status: 200,
			body: { records: all.slice((page - 1) * perPage, page * perPage), page, totalRecords: all.length },
		};
	});

	// inferred: GET /v2/admin/tenants/{id}
	sandbox.route('GET', '/v2/admin/tenants/{id}', 'admin', (context) => {
		const found = findTenant(context);
		return 'error' in found ? found.error : { status: 200, body: found.tenant };
	});

	// fields documented, method not: the package's assumption (one constant)
	sandbox.route(TENANT_UPDATE_METHOD, '/v2/admin/tenants/{id}', 'admin', (context) => {
		const found = findTenant(context);
		if ('error' in found) return found.error;
		const { tenant } = found;
		const { request, sandbox } = context;
		const problems = checkTenantUpdate(request.body);
		if (problems.length > 0) return validationError(sandbox, request, problems);
		const body = request.body as Json;
		const missing = unknownReference(body);
		if (missing) return voxoError(400, missing);
		const { timezoneId, billingInfo, ...rest } = body;
		Object.assign(tenant, rest);
		if (timezoneId !== undefined) tenant.timezone = { id: timezoneId, name: TIMEZONES[timezoneId as number] };
		if (billingInfo !== undefined) sandbox.state.billingInfo.set(tenant.id as number, billingInfo);
		return { status: 200, body: tenant };
	});
}
