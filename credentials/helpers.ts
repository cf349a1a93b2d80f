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
	return String(value ?? '').trim().replace(/\/+$/, '') || 'https://api.voxo.co';
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

/** The network code (ECONNRESET...) of a request that got no answer, from the error axios threw. */
export function networkErrorCode(error: unknown): string | undefined {
	const { code, cause } = (error ?? {}) as { code?: unknown; cause?: { code?: unknown } };
	const found = typeof code === 'string' && code !== '' ? code : cause?.code;
	return typeof found === 'string' && found !== '' ? found : undefined;
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
	code: string | undefined,
	certificateAdvice = IGNORE_SSL_ADVICE,
): string {
	if (code && CERTIFICATE_CODES.includes(code)) {
		return `The ${api} server at ${baseUrl} presented a certificate that is not trusted (${code.toLowerCase().replace(/_/g, ' ')}). ${certificateAdvice}`;
	}
	// n8n replaces any message that contains a Node error code (ECONNREFUSED...) with a generic one
	// that names no address, so the code is described in words only
	const what = (code && NETWORK_CODES[code]) ?? 'the request failed';
	return `Could not reach the ${api} server at ${baseUrl}: ${what}. Check the Base URL and port in the credential and that the server is running.`;
}

/**
 * The `errorCode` of a login that got no answer, followed by the network code (`LOGIN_FAILED_ECONNRESET`).
 * n8n keeps an error's `errorCode` as the `httpCode` of the error it wraps it in, on n8n 1.x and
 * 2.x alike (it drops the error itself on 1.x), so that the node knows the request the login was
 * for was never sent, and may send it again like any request that did not reach the server.
 */
export const LOGIN_FAILURE_CODE = 'LOGIN_FAILED_';

/** A login that got no answer (connection refused, reset, timed out); never holds the request (its body has the password). */
export class LoginConnectionError extends Error {
	// not `code`: n8n replaces the message of an error with a network `code` by a generic one
	readonly errorCode: string;

	constructor(message: string, networkCode: string | undefined) {
		super(message);
		this.name = 'LoginConnectionError';
		this.errorCode = `${LOGIN_FAILURE_CODE}${networkCode ?? ''}`;
	}
}

/**
 * The `errorCode` of a login the server answered with a refusal (wrong details, no login endpoint,
 * no token): the node's other requests of the same run fail with it instead of logging in again,
 * so that a wrong password counts once against the account, not once per item.
 */
export const LOGIN_REFUSED_CODE = 'LOGIN_REFUSED';

/** A login the server answered but refused; its message says why (describeLoginFailure). */
export class LoginRefusedError extends Error {
	readonly errorCode = LOGIN_REFUSED_CODE;

	constructor(message: string) {
		super(message);
		this.name = 'LoginRefusedError';
	}
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
	if (statusCode === undefined) return describeNetworkFailure(api, baseUrl, networkErrorCode(error), wording.certificateAdvice);
	const said = apiMessageOf(body);
	if (statusCode === 404) {
		return `${api} login failed: there is no login endpoint at ${baseUrl} (HTTP 404). Check the Base URL: ${wording.baseUrlNote}.`;
	}
	if (statusCode === 400 || statusCode === 401 || statusCode === 403) {
		return `${api} login failed: wrong ${wording.account} (HTTP ${statusCode}${said ? `: ${said}` : ''}). Check them in the credential; ${wording.accountNote}.`;
	}
	return `${api} login failed with HTTP ${statusCode}${said ? `: ${said}` : ''}.`;
}

/**
 * The API's own code, message and details in an error body, for both APIs: PortSIP's
 * `{"errors":[{"code","message","detail"}]}`, Feathers' (VOXO) `{"name","message","errors"|"data"}`,
 * or a plain text answer.
 */
export function parseErrorBody(body: unknown): { code?: string; message?: string; detail?: string } {
	if (typeof body === 'string') return body.trim() === '' ? {} : { message: body.trim().slice(0, 500) };
	if (!body || typeof body !== 'object') return {};
	const data = body as IDataObject;
	// PortSIP's list of errors; Feathers names its error (`name`) and lists the fields in `errors`
	if (Array.isArray(data.errors) && data.errors.length > 0 && typeof data.name !== 'string') {
		const list = data.errors as IDataObject[];
		return {
			code: list.map((entry) => entry.code).filter(Boolean).join(', ') || undefined,
			message: list.map((entry) => entry.message).filter(Boolean).join('; ') || undefined,
			detail: list.some((entry) => entry.detail !== undefined)
				? JSON.stringify(list.map((entry) => entry.detail).filter((detail) => detail !== undefined))
				: undefined,
		};
	}
	const details = data.errors ?? data.data;
	const hasDetail = details !== undefined && details !== null && Object.keys(details as object).length > 0;
	const message = [data.message, data.error].find((text) => typeof text === 'string' && text !== '') as string | undefined;
	return {
		code: typeof data.name === 'string' ? data.name : undefined,
		message,
		detail: hasDetail ? JSON.stringify(details) : undefined,
	};
}

/** The API's code and message as one line (`UNAUTHORIZED: Login failed`). */
export function apiMessageOf(body: unknown): string | undefined {
	const { code, message } = parseErrorBody(body);
	return [code, message].filter(Boolean).join(': ') || undefined;
}
