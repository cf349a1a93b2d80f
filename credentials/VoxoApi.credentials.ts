import type {
	IAuthenticateRuleResponseCode,
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
	normalizeVoxoBaseUrl,
	type LoginWording,
	VOXO_CERTIFICATE_ADVICE,
} from './helpers';

import { postLogin, shareFirstLogin } from './login';

/** Login (third-party clients and VOXO's own apps): `{email, password}` → `{accessToken, user}`. */
const LOGIN_PATH = '/v2/authentication';
/** Token check (third-party clients): `{accessToken}` → the same answer as the login, or 401. */
const JWT_CHECK_PATH = '/v2/authentication/jwt';

const VOXO_LOGIN_WORDING: LoginWording = {
	account: 'email or password',
	accountNote:
		'a user with multi-factor authentication on cannot log in from a workflow (use Access Token authentication for such a user)',
	baseUrlNote: 'it is the API address, normally https://api.voxo.co',
	certificateAdvice: VOXO_CERTIFICATE_ADVICE,
};

/** In "Access Token" mode the token is the one pasted; otherwise n8n logs in with email and password. */
function usesPastedToken(credentials: ICredentialDataDecryptedObject): boolean {
	return credentials.authentication === 'accessToken';
}

function pastedToken(credentials: ICredentialDataDecryptedObject): string {
	return String(credentials.accessToken ?? '').trim();
}

/** Which login a session token belongs to: the Base URL and the email. */
function loginOwner(credentials: ICredentialDataDecryptedObject, baseUrl = normalizeVoxoBaseUrl(credentials.baseUrl)): string {
	return `${baseUrl} ${String(credentials.email ?? '').trim().toLowerCase()}`;
}

export class VoxoApi implements ICredentialType {
	name = 'voxoApi';

	displayName = 'VOXO API';

	icon: Icon = { light: 'file:../nodes/Voxo/voxo.svg', dark: 'file:../nodes/Voxo/voxo.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-pbx-tenants/n8n-nodes-pbx-tenants#voxo-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.voxo.co',
			required: true,
			description: 'Address of the VOXO API. A trailing slash is removed.',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{
					name: 'Email and Password',
					value: 'emailPassword',
					description: 'n8n logs in with a VOXO user and logs in again when the token expires',
				},
				{
					name: 'Access Token',
					value: 'accessToken',
					description: 'A token you paste; when it expires, paste a new one',
				},
			],
			default: 'emailPassword',
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			required: true,
			displayOptions: { show: { authentication: ['emailPassword'] } },
			description:
				'A VOXO user allowed to manage tenants (a partner or platform administrator), with multi-factor authentication off',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: { show: { authentication: ['emailPassword'] } },
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: { show: { authentication: ['accessToken'] } },
			description:
				'A VOXO API token, sent as "Authorization: Bearer …". VOXO tokens expire; n8n cannot renew a pasted one.',
		},
		{
			// the token in use: from the login, or a copy of the pasted one (see preAuthentication)
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			// the login the session token came from (see authenticate)
			displayName: 'Session Owner',
			name: 'sessionOwner',
			type: 'hidden',
			default: '',
		},
	];

	/*
	 * n8n calls this when Session Token is empty and again after a 401, then retries once.
	 * Email and Password: a real login. Access Token: nothing to log in with, so it returns the pasted
	 * token; storing it fills Session Token, so n8n stops calling this before every request. After a
	 * 401 the retry fails the same way and the node says the token was rejected (see voxoProfile).
	 */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const baseUrl = normalizeVoxoBaseUrl(credentials.baseUrl);
		if (usesPastedToken(credentials)) {
			const token = pastedToken(credentials);
			if (token === '') throw new Error('The VOXO credential has no access token: paste one, or use Email and Password.');
			return { sessionToken: token, sessionOwner: '' };
		}
		const details = ['voxo', loginOwner(credentials), credentials.password];
		return await shareFirstLogin(Boolean(credentials.sessionToken), details, async () => await logIn(this, credentials, baseUrl));
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		// Access Token: the pasted field, not its stored copy, so a newly pasted token is used at once.
		// Email and Password: the session token, unless it came from another login (the email, Base URL
		// or mode changed since it was stored); then none is sent, VOXO answers 401 and n8n logs in
		// with the current details, instead of acting as the previous account until its token expires.
		const baseUrl = normalizeVoxoBaseUrl(credentials.baseUrl);
		const token = usesPastedToken(credentials)
			? pastedToken(credentials)
			: credentials.sessionOwner === loginOwner(credentials, baseUrl)
				? String(credentials.sessionToken ?? '')
				: '';
		const options: IHttpRequestOptions = {
			...requestOptions,
			baseURL: baseUrl,
			headers: { ...requestOptions.headers, Authorization: `Bearer ${token}` },
		};
		// the token check takes the token in its body; only here is the current token known
		if (requestOptions.url === JWT_CHECK_PATH) options.body = { accessToken: token };
		return options;
	}

	/*
	 * The cheapest documented call that needs a valid token: the token check reads nothing and
	 * changes nothing (two independent VOXO clients use it). With Email and Password, the login
	 * runs first, so a wrong password fails there with its own message. It does not check the
	 * user's role: a user who may not manage tenants passes, and tenant operations then answer 403.
	 * (`GET /v2/admin/tenants` would check the role, but it is not in VOXO's published pages.)
	 */
	test: ICredentialTestRequest = {
		request: {
			method: 'POST',
			url: JWT_CHECK_PATH,
			headers: { 'Content-Type': 'application/json' },
			json: true,
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'VOXO rejected the access token: it has expired or was revoked. Paste a new token, or use Email and Password so that n8n logs in again by itself.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: 'There is no VOXO API at this Base URL (HTTP 404). It is normally https://api.voxo.co.',
				},
			},
		] as IAuthenticateRuleResponseCode[],
	};
}

/** VOXO's email and password login (`POST /v2/authentication`). */
async function logIn(
	helper: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
	baseUrl: string,
): Promise<IDataObject> {
	const sessionToken = await postLogin(helper, {
		api: 'VOXO',
		baseUrl,
		path: LOGIN_PATH,
		body: { email: String(credentials.email ?? '').trim(), password: credentials.password },
		tokenField: 'accessToken',
		wording: VOXO_LOGIN_WORDING,
	});
	return { sessionToken, sessionOwner: loginOwner(credentials) };
}
