import type { IDataObject } from 'n8n-workflow';

/** `https://pbx:8887/`, `https://pbx:8887/api` and `https://pbx:8887` all mean the same PBX. */
export function normalizePortSipBaseUrl(value: unknown): string {
	return String(value ?? '')
		.trim()
		.replace(/\/+$/, '')
		.replace(/\/api$/i, '')
		.replace(/\/+$/, '');
}

/** VOXO's base URL without a trailing slash (`https://api.voxo.co`). */
export function normalizeVoxoBaseUrl(value: unknown): string {
	const url = String(value ?? '')
		.trim()
		.replace(/\/+$/, '');
	return url === '' ? 'https://api.voxo.co' : url;
}

const NETWORK_CODES: Record<string, string> = {
	ECONNREFUSED: 'the connection was refused',
	ENOTFOUND: 'the host name could not be resolved',
	EAI_AGAIN: 'the host name could not be resolved',
	ETIMEDOUT: 'the connection timed out',
	ECONNABORTED: 'the request timed out',
	ECONNRESET: 'the connection was reset',
	EHOSTUNREACH: 'the host is unreachable',
};

const CERTIFICATE_CODES = [
	'DEPTH_ZERO_SELF_SIGNED_CERT',
	'SELF_SIGNED_CERT_IN_CHAIN',
	'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
	'CERT_HAS_EXPIRED',
	'ERR_TLS_CERT_ALTNAME_INVALID',
	'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
];

/**
 * The first value `pick` finds in an error or the errors it wraps (`cause`, `reason`): n8n and axios
 * each add a wrapper around the error that matters.
 */
export function findInErrorChain<T>(error: unknown, pick: (link: IDataObject) => T | undefined): T | undefined {
	let current = error as IDataObject | undefined;
	for (let depth = 0; current && depth < 5; depth++) {
		const found = pick(current);
		if (found !== undefined) return found;
		current = (current.cause ?? current.reason) as IDataObject | undefined;
	}
	return undefined;
}

/** The error code of a failed connection, looked up through the wrappers n8n and axios add. */
export function networkErrorCode(error: unknown): string | undefined {
	return findInErrorChain(error, (link) => (typeof link.code === 'string' && link.code !== '' ? link.code : undefined));
}

/** What to do about an untrusted certificate, for a credential with an "Ignore SSL Issues" switch. */
export const IGNORE_SSL_ADVICE =
	'If you trust this server (self-signed certificates are common on PBXs), turn on "Ignore SSL Issues (Insecure)" in the credential.';

/** VOXO's credential has no "Ignore SSL Issues": its API is a public service with a trusted certificate. */
export const VOXO_CERTIFICATE_ADVICE =
	"VOXO's API has a publicly trusted certificate, so check the Base URL (normally https://api.voxo.co). If a proxy on your network inspects HTTPS, give n8n its certificate authority (the NODE_EXTRA_CA_CERTS environment variable).";

/** Says why a connection failed and what to do, without repeating anything secret. */
export function describeNetworkFailure(
	api: string,
	baseUrl: string,
	error: unknown,
	certificateAdvice = IGNORE_SSL_ADVICE,
): string {
	const code = networkErrorCode(error);
	if (code && CERTIFICATE_CODES.includes(code)) {
		return `The ${api} server at ${baseUrl} presented a certificate that is not trusted (${code.toLowerCase().replace(/_/g, ' ')}). ${certificateAdvice}`;
	}
	// n8n replaces any message that contains a Node error code (ECONNREFUSED...) with a generic one
	// that names no address, so the code is described in words only
	const what = (code && NETWORK_CODES[code]) ?? 'the request failed';
	return `Could not reach the ${api} server at ${baseUrl}: ${what}. Check the Base URL and port in the credential and that the server is running.`;
}

/**
 * The error of a login that got no answer (connection refused, reset, timed out). It keeps the
 * network code (never the request: its body holds the password), so that the request the login was
 * for, which was never sent, may be retried like any request that did not reach the server.
 */
export class LoginConnectionError extends Error {
	readonly loginFailed = true;

	// not `code`: n8n replaces the message of an error with a network `code` by a generic one
	constructor(
		message: string,
		readonly networkCode: string | undefined,
	) {
		super(message);
		this.name = 'LoginConnectionError';
	}
}

/** The LoginConnectionError inside an error thrown by n8n, if the login is what failed. */
export function loginConnectionErrorOf(error: unknown): { message: string; code?: string } | undefined {
	return findInErrorChain(error, (link) =>
		link.loginFailed === true ? { message: String(link.message), code: link.networkCode as string | undefined } : undefined,
	);
}

/** What a login failure message says about the account and the Base URL; differs per API. */
export interface LoginWording {
	/** The login details that may be wrong (a 400/401/403 answer). */
	account: string;
	/** Advice about the account that follows "Check them in the credential;". */
	accountNote: string;
	/** What the Base URL should be, after "Check the Base URL:". */
	baseUrlNote: string;
	/** What to do about an untrusted certificate (default: turn on "Ignore SSL Issues"). */
	certificateAdvice?: string;
}

export const PORTSIP_LOGIN_WORDING: LoginWording = {
	account: 'username, password or tenant domain',
	accountNote: 'two-factor authentication must be off for this account',
	baseUrlNote: 'it is the address of the web portal, for example https://pbx.example.com:8887',
};

/** A login failure as a person can act on it: unreachable host, wrong URL, or wrong account details. */
export function describeLoginFailure(
	api: string,
	baseUrl: string,
	error?: unknown,
	statusCode?: number,
	body?: IDataObject,
	wording: LoginWording = PORTSIP_LOGIN_WORDING,
): string {
	if (statusCode === undefined) return describeNetworkFailure(api, baseUrl, error, wording.certificateAdvice);
	const said = apiMessageOf(body);
	if (statusCode === 404) {
		return `${api} login failed: there is no login endpoint at ${baseUrl} (HTTP 404). Check the Base URL: ${wording.baseUrlNote}.`;
	}
	if (statusCode === 400 || statusCode === 401 || statusCode === 403) {
		return `${api} login failed: wrong ${wording.account} (HTTP ${statusCode}${said ? `: ${said}` : ''}). Check them in the credential; ${wording.accountNote}.`;
	}
	return `${api} login failed with HTTP ${statusCode}${said ? `: ${said}` : ''}.`;
}

/** The human message inside a PortSIP (`{errors:[{code,message}]}`) or Feathers (`{message}`) error body. */
export function apiMessageOf(body: unknown): string | undefined {
	if (!body || typeof body !== 'object') return typeof body === 'string' && body ? body : undefined;
	const data = body as IDataObject;
	if (Array.isArray(data.errors) && data.errors.length > 0) {
		return (data.errors as IDataObject[])
			.map((entry) => [entry.code, entry.message].filter(Boolean).join(': '))
			.join('; ');
	}
	if (typeof data.message === 'string' && data.message !== '') return data.message;
	if (typeof data.error === 'string' && data.error !== '') return data.error;
	return undefined;
}
