/**
 * Acting in a tenant with a system-administrator credential ("Tenant" on tenant-scoped resources).
 *
 * PortSIP's `POST /api/tenants/switch?id=<tenant id>` is documented only as "Switch between
 * tenants" (200, no body). We INFER that it switches the tenant context of the token that sent it:
 * later requests with that token act as an administrator of that tenant, and a new login starts
 * unswitched. Everything that depends on that reading is in `switchToTenant` below.
 *
 * So a switched token is never shared with requests meant for another tenant (or for the system
 * administrator): each tenant gets a session of its own, a login with the credential's username and
 * password followed by the switch, used only for that tenant. The credential's own stored token is
 * never switched. A session is shared by the items of one execution that act in the same tenant;
 * a 401 on it means a new login and a new switch (once per request, see `sendAuthenticated`).
 */
import { NodeOperationError } from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestOptions,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	INodeProperties,
} from 'n8n-workflow';

import { logIn, TENANT_SESSION_HEADER } from '../../../credentials/PortSipApi.credentials';
import { normalizePortSipBaseUrl } from '../../../credentials/helpers';
import type { RequestContext } from '../../shared/transport';

/** The parameter tenant-scoped resources show; empty means the signed-in tenant. */
export const ACT_IN_TENANT = 'actInTenant';

/** Resources that act on "the current tenant" and so may act in another one. */
export const TENANT_SCOPED_RESOURCES = ['tenantSettings', 'passwordPolicy', 'voicemailServer', 'holiday', 'user', 'inboundRule'];

export const actInTenantProperty: INodeProperties = {
	displayName: 'Tenant',
	name: ACT_IN_TENANT,
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	displayOptions: { show: { resource: TENANT_SCOPED_RESOURCES } },
	description: 'System administrator login: the tenant to act in. Empty: the signed-in tenant (a tenant administrator login leaves it empty).',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a tenant...',
			typeOptions: { searchListMethod: 'searchTenants', searchable: true },
		},
		{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'NzAwNTUxOTA5NzczMTQ4MTYw' },
		{ displayName: 'By Domain', name: 'domain', type: 'string', placeholder: 'tenant1.example.com' },
	],
};

/** Which tenant a request is for: a tenant ID, or a domain to look the ID up by. */
export interface TenantRef {
	by: 'id' | 'domain';
	value: string;
}

interface TenantSession {
	token: string;
	tenantId: string;
}

/*
 * Sessions of running executions, keyed by execution ID + a fingerprint of the login + the tenant
 * asked for (strings only, no n8n object is kept). Items of one execution share a tenant's session;
 * another execution never sees it. n8n tells a node nothing when an execution ends, so the map is
 * bounded instead: at most MAX_SESSIONS entries, the oldest dropped first, and none older than
 * MAX_AGE_MS (a dropped session costs one login more, nothing else).
 */
const sessions = new Map<string, { started: number; session: Promise<TenantSession> }>();
const MAX_SESSIONS = 200;
const MAX_AGE_MS = 20 * 60 * 1000;

/** A parameter of the node, read as each kind of context reads it (undefined when it has none). */
function parameter(context: RequestContext, name: string): unknown {
	try {
		if ('getItemIndex' in context) return context.getNodeParameter(name, undefined);
		// a custom operation (Holiday → Sync) runs once per execution: in the tenant of the first item
		if ('getInputData' in context) return (context as IExecuteFunctions).getNodeParameter(name, 0, undefined);
		if ('getCurrentNodeParameter' in context) return context.getCurrentNodeParameter(name);
	} catch {
		// not a parameter of this resource
	}
	return undefined;
}

/** The tenant chosen in "Tenant" for this request, or undefined to act as the credential signs in. */
export function chosenTenant(context: RequestContext): TenantRef | undefined {
	const locator = (parameter(context, ACT_IN_TENANT) ?? {}) as IDataObject;
	const value = String(locator.value ?? '').trim();
	// a value left from another resource (Tenant is not shown there) is not a choice
	if (value === '' || !TENANT_SCOPED_RESOURCES.includes(String(parameter(context, 'resource')))) return undefined;
	return { by: locator.mode === 'domain' ? 'domain' : 'id', value };
}

/** The system administrator's own endpoints (the tenant list of the Tenant picker, too) never act in a tenant. */
const SYSTEM_PATHS = /^\/api\/tenants(\/|$)/;

/**
 * The one place a request is sent with the credential: in the tenant chosen in "Tenant" (its own
 * session's token, never n8n's login renewal, which would store an unswitched token), or as the
 * credential signs in. Every request, declarative or custom, comes here from the transport's
 * `sendOnce`; a 401 on a session's token means one new login and switch, and the request once more.
 */
export async function sendAuthenticated(
	context: RequestContext,
	credentialType: string,
	options: IHttpRequestOptions,
	itemIndex?: number,
): Promise<unknown> {
	const systemRequest = SYSTEM_PATHS.test(String(options.url ?? ''));
	const tenant = credentialType === 'portSipApi' && !systemRequest ? chosenTenant(context) : undefined;
	if (!tenant) return await context.helpers.httpRequestWithAuthentication.call(context, credentialType, options);
	return await sendWithSession(context, tenant, options, itemIndex);
}

/**
 * Sends a request in a tenant given by ID (Tenant → Create's first administrator, in the tenant
 * just created): as a request of a tenant-scoped resource is sent, with the full answer, errors
 * included (`{statusCode, body}`).
 */
export async function sendInTenant(
	context: RequestContext,
	tenantId: string,
	options: IHttpRequestOptions,
	itemIndex?: number,
): Promise<{ statusCode: number; body: unknown }> {
	return await sendWithSession(context, { by: 'id', value: tenantId }, { json: true, ...options }, itemIndex);
}

async function sendWithSession(
	context: RequestContext,
	tenant: TenantRef,
	options: IHttpRequestOptions,
	itemIndex?: number,
): Promise<{ statusCode: number; body: unknown; headers?: IDataObject }> {
	const send = async (token: string) =>
		(await context.helpers.httpRequestWithAuthentication.call(context, 'portSipApi', {
			...options,
			// a 401 must come back to us: n8n's own renewal would store and use an unswitched token
			ignoreHttpStatusErrors: true,
			returnFullResponse: true,
			headers: { ...(options.headers as IDataObject), [TENANT_SESSION_HEADER]: token },
		})) as { statusCode: number; body: unknown; headers?: IDataObject };
	const session = await tenantSession(context, tenant, undefined, itemIndex);
	const response = await send(session.token);
	if (response.statusCode !== 401) return response;
	// a 401 on the session's token: a new login and switch, and the request once more
	return await send((await tenantSession(context, tenant, session.token, itemIndex)).token);
}

/** preSend of every declarative PortSIP operation: in a chosen tenant, the request carries that tenant's session. */
export async function useChosenTenant(this: IExecuteSingleFunctions, options: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const tenant = chosenTenant(this);
	if (!tenant) return options;
	const session = await tenantSession(this, tenant, undefined, this.getItemIndex());
	return { ...options, headers: { ...(options.headers as IDataObject), [TENANT_SESSION_HEADER]: session.token } };
}

/**
 * The session for a tenant: the execution's, or a new login and switch. With `failedToken` (it got a
 * 401), a session whose token is still that one is replaced by a new login and switch (items that got the
 * same 401 together share the one renewal).
 */
async function tenantSession(
	context: RequestContext,
	tenant: TenantRef,
	failedToken: string | undefined,
	itemIndex?: number,
): Promise<TenantSession> {
	const credentials = await context.getCredentials('portSipApi');
	if (String(credentials.domain ?? '').trim() !== '') {
		throw new NodeOperationError(
			context.getNode(),
			`"Tenant" is for a system administrator login: this credential signs in as an administrator of ${String(credentials.domain)}`,
			{
				itemIndex,
				description:
					'Leave "Tenant" empty to act in that tenant, or use a credential of a system administrator (Tenant Domain empty) to act in any tenant. Nothing was sent to the server.',
			},
		);
	}
	const executionId = 'getExecutionId' in context ? context.getExecutionId() : undefined;
	const key = [executionId ?? '', fingerprint(credentials), tenant.by, tenant.value].join('\n');
	dropStale();
	const existing = sessions.get(key);
	if (existing && failedToken === undefined) return await existing.session;
	if (existing) {
		const current = await existing.session.catch(() => undefined);
		const now = sessions.get(key);
		// another item renewed it meanwhile (or is renewing it): use that one
		if (now && now !== existing) return await now.session;
		if (current && current.token !== failedToken) return current;
	}
	const started = openSession(context, credentials, tenant, itemIndex);
	const entry = { started: Date.now(), session: started };
	sessions.set(key, entry);
	// a failed login or switch is not kept: the next item (or a retry) tries again
	started.catch(() => {
		if (sessions.get(key) === entry) sessions.delete(key);
	});
	if (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
	return await started;
}

function dropStale(): void {
	const oldest = Date.now() - MAX_AGE_MS;
	for (const [key, entry] of sessions) if (entry.started < oldest) sessions.delete(key);
}

/** A login of the credential's account, then the switch to the tenant; the token is this session's only. */
async function openSession(
	context: RequestContext,
	credentials: ICredentialDataDecryptedObject,
	tenant: TenantRef,
	itemIndex?: number,
): Promise<TenantSession> {
	const { accessToken } = await logIn(context, credentials);
	const token = String(accessToken);
	const tenantId = tenant.by === 'id' ? tenant.value : await tenantIdByDomain(context, credentials, token, tenant.value, itemIndex);
	return await switchToTenant(context, credentials, token, tenantId, itemIndex);
}

/**
 * [INFERRED] PortSIP's tenant switch: `POST /api/tenants/switch?id=<tenant id>` with the session's
 * token, after which that token acts in the tenant. The spec documents 200 with no body; should a
 * PBX answer with a token, the session uses it. This function is the only place that knows how the
 * switch works: correcting it against a real PBX changes nothing else.
 */
async function switchToTenant(
	context: RequestContext,
	credentials: ICredentialDataDecryptedObject,
	token: string,
	tenantId: string,
	itemIndex?: number,
): Promise<TenantSession> {
	const response = await rawRequest(context, credentials, token, { method: 'POST', url: '/api/tenants/switch', qs: { id: tenantId } });
	if (response.statusCode >= 400) {
		const gone = response.statusCode === 404 || response.statusCode === 400;
		throw new NodeOperationError(
			context.getNode(),
			`PortSIP could not switch to the tenant with ID ${tenantId} (HTTP ${response.statusCode}${said(response.body)})`,
			{
				itemIndex,
				description: gone
					? 'Check "Tenant": choose it from the list, or give the ID of a tenant that exists.'
					: 'Acting in a tenant needs a system administrator login (Tenant Domain empty in the credential).',
			},
		);
	}
	const body = (response.body ?? {}) as IDataObject;
	const answered = typeof body === 'object' ? (body.access_token ?? body.token) : undefined;
	return { token: typeof answered === 'string' && answered !== '' ? answered : token, tenantId };
}

/** "By Domain": the tenant's ID, looked up with the new (not yet switched) system administrator token. */
async function tenantIdByDomain(
	context: RequestContext,
	credentials: ICredentialDataDecryptedObject,
	token: string,
	domain: string,
	itemIndex?: number,
): Promise<string> {
	const filter = `domain eq '${domain.replace(/'/g, "''")}'`;
	const response = await rawRequest(context, credentials, token, { method: 'GET', url: '/api/tenants', qs: { filter, top: 2 } });
	const items = ((response.body as IDataObject | undefined)?.items as IDataObject[] | undefined) ?? [];
	const match = items.find((item) => String(item.domain).toLowerCase() === domain.toLowerCase());
	if (response.statusCode >= 400 || !match) {
		throw new NodeOperationError(
			context.getNode(),
			response.statusCode >= 400
				? `PortSIP could not look up the tenant with domain ${domain} (HTTP ${response.statusCode}${said(response.body)})`
				: `"Tenant": there is no tenant with the domain ${domain}`,
			{ itemIndex, description: 'Check "Tenant" (By Domain is the tenant\'s SIP domain), or choose the tenant from the list.' },
		);
	}
	return String(match.id);
}

/** A request with a session's token (not the credential's), for the session's own set-up. */
async function rawRequest(
	context: RequestContext,
	credentials: ICredentialDataDecryptedObject,
	token: string,
	request: { method: 'GET' | 'POST'; url: string; qs: IDataObject },
): Promise<{ statusCode: number; body: unknown }> {
	return (await context.helpers.httpRequest({
		...request,
		url: `${normalizePortSipBaseUrl(credentials.baseUrl)}${request.url}`,
		headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		skipSslCertificateValidation: credentials.ignoreSslIssues === true,
	})) as { statusCode: number; body: unknown };
}

function said(body: unknown): string {
	const errors = (body as IDataObject | undefined)?.errors as IDataObject[] | undefined;
	const message = Array.isArray(errors) ? errors.map((e) => e.message).filter(Boolean).join('; ') : '';
	return message ? `: ${message}` : '';
}

/** Sessions are per login: a changed password or another PBX never reuses one (FNV-1a, not a secret store). */
function fingerprint(credentials: ICredentialDataDecryptedObject): string {
	const text = [normalizePortSipBaseUrl(credentials.baseUrl), credentials.username, credentials.password, credentials.ignoreSslIssues].join('\n');
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16);
}
