import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import {
	normalizePortSipBaseUrl,
} from './helpers';

import { postLogin, shareFirstLogin } from './login';

/** The OAuth client id that PortSIP documents as constant for the password grant. */
const PORTSIP_CLIENT_ID = '9d806019-75b2-4b3d-bb8b-f5a3a412cc0a';

/**
 * Set by the node on a request meant for a tenant session (nodes/PortSip/shared/tenantSession.ts):
 * that session's token is sent instead of the credential's, and the header itself is not sent.
 */
export const TENANT_SESSION_HEADER = 'x-portsip-tenant-session';

/** Which login a token belongs to: the Base URL (normalized), the username and the tenant domain. */
function loginOwner(credentials: ICredentialDataDecryptedObject, baseUrl = normalizePortSipBaseUrl(credentials.baseUrl)): string {
	const domain = String(credentials.domain ?? '').trim().toLowerCase();
	return `${baseUrl} ${String(credentials.username ?? '').trim()} ${domain}`;
}

export class PortSipApi implements ICredentialType {
	name = 'portSipApi';

	displayName = 'PortSIP PBX API';

	icon: Icon = { light: 'file:../nodes/PortSip/portsip.svg', dark: 'file:../nodes/PortSip/portsip.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-pbx-tenants/n8n-nodes-pbx-tenants#portsip-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://pbx.example.com:8887',
			required: true,
			description:
				'Address of the PBX web portal and REST API, usually on port 8887. A trailing slash or /api is removed.',
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			description:
				'A system administrator, or an administrator of the tenant. Two-factor authentication must be off for this account.',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Tenant Domain',
			name: 'domain',
			type: 'string',
			default: '',
			placeholder: 'tenant1.example.com',
			description:
				"The tenant's SIP domain, for a tenant administrator. Leave empty for a system administrator.",
		},
		{
			displayName: 'Ignore SSL Issues (Insecure)',
			name: 'ignoreSslIssues',
			type: 'boolean',
			// Not "allowUnauthorizedCerts": n8n's lint takes any name with "cert" for a secret and asks for
			// typeOptions.password, and n8n's credential redaction then calls startsWith on the boolean,
			// which breaks the editor's loading of credentials.
			default: false,
			description:
				'Whether to connect even if the PBX presents a self-signed or otherwise invalid certificate',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			// the login the access token came from (see authenticate)
			displayName: 'Session Owner',
			name: 'sessionOwner',
			type: 'hidden',
			default: '',
		},
	];

	// Logs in with the password grant; n8n stores the token and calls this again after a 401.
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const details = ['portsip', loginOwner(credentials), credentials.password, credentials.ignoreSslIssues];
		return await shareFirstLogin(Boolean(credentials.accessToken), details, async () => await logIn(this, credentials));
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		// a token stored for another login (the Base URL, username or domain changed since) is not sent:
		// the PBX answers 401 and n8n logs in with the current details, instead of acting as the
		// previous account (or sending its token to another server) until the token expires
		const { [TENANT_SESSION_HEADER]: tenantSessionToken, ...headers } = requestOptions.headers ?? {};
		const baseUrl = normalizePortSipBaseUrl(credentials.baseUrl);
		const token = tenantSessionToken
			? String(tenantSessionToken)
			: credentials.sessionOwner === loginOwner(credentials, baseUrl)
				? String(credentials.accessToken ?? '')
				: '';
		return {
			...requestOptions,
			baseURL: baseUrl,
			skipSslCertificateValidation: credentials.ignoreSslIssues === true,
			headers: { ...headers, Authorization: `Bearer ${token}` },
		};
	}

	// Needs a real login: a wrong password fails in preAuthentication, a dead host in the request.
	test: ICredentialTestRequest = {
		request: {
			method: 'GET',
			url: '/api/auth/user',
		},
	};
}

/** The password grant of PortSIP's token endpoint (also the login of a tenant session). */
export async function logIn(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
	const baseUrl = normalizePortSipBaseUrl(credentials.baseUrl);
	const form: IDataObject = {
		grant_type: 'password',
		username: credentials.username,
		password: credentials.password,
		scope: 'all',
		client_id: PORTSIP_CLIENT_ID,
	};
	if (typeof credentials.domain === 'string' && credentials.domain.trim() !== '') {
		form.domain = credentials.domain.trim();
	}
	const accessToken = await postLogin(helper, {
		api: 'PortSIP',
		baseUrl,
		path: '/api/login/oauth/token',
		form: true,
		body: form,
		tokenField: 'access_token',
		skipSslCertificateValidation: credentials.ignoreSslIssues === true,
	});
	return { accessToken, sessionOwner: loginOwner(credentials) };
}
