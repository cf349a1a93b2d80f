import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, INode, JsonObject } from 'n8n-workflow';

import { normalizePortSipBaseUrl, normalizeVoxoBaseUrl, parseErrorBody, VOXO_CERTIFICATE_ADVICE } from '../../credentials/helpers';

/** What differs between the two APIs when a request fails. */
export interface ApiProfile {
	/** Name of the n8n credential type that authenticates the request. */
	credentialType: string;
	/** Name of the API as a person reads it in an error. */
	label: string;
	/** The base URL the credential sends to, for messages about a server that cannot be reached. */
	baseUrl(credentials: ICredentialDataDecryptedObject): string;
	/** Extra advice for a status, when the generic one is not enough (e.g. which login a resource needs). */
	hints?: Partial<Record<number, string>>;
	/** What to do about an untrusted certificate (default: turn on "Ignore SSL Issues" in the credential). */
	certificateAdvice?: string;
}

export const portSipProfile: ApiProfile = {
	credentialType: 'portSipApi',
	label: 'PortSIP',
	baseUrl: (credentials) => normalizePortSipBaseUrl(credentials.baseUrl),
};

export const voxoProfile: ApiProfile = {
	credentialType: 'voxoApi',
	label: 'VOXO',
	baseUrl: (credentials) => normalizeVoxoBaseUrl(credentials.baseUrl),
	certificateAdvice: VOXO_CERTIFICATE_ADVICE,
	hints: {
		401: 'VOXO did not accept the token, even after a new login. With "Access Token" authentication the pasted token has expired or was revoked: paste a new one in the credential (or use "Email and Password", so that n8n logs in again by itself). With "Email and Password", check them in the credential.',
		403: 'This VOXO user may not do this. Managing tenants needs a partner or platform administrator.',
	},
};

const GENERIC_HINTS: Record<number, string> = {
	400: 'The server rejected a value that was sent. Correct the field it names and run again.',
	401: 'The server did not accept the login, even after logging in again. Check the username, password and domain (or the token) in the credential.',
	403: 'The account in the credential is not allowed to do this. Use an account with the needed role.',
	404: 'Nothing was found at this address. Check the ID (the item may have been deleted) and the Base URL.',
	405: 'The server does not allow this method here. Check the Base URL and the API version of the server.',
	409: 'The item conflicts with one that already exists (for example the same name or domain).',
	422: 'The server could not process a value that was sent. Correct the field it names and run again.',
	429: 'The server is limiting the request rate, and the node\'s own retries were not enough. Lower the node\'s Request Options → Max Concurrent Requests, or space the items out with Batching (n8n\'s "Retry On Fail" would run every item again, creates included).',
};

function hintFor(profile: ApiProfile, status: number): string {
	const specific = profile.hints?.[status];
	if (specific) return specific;
	if (GENERIC_HINTS[status]) return GENERIC_HINTS[status];
	if (status >= 500) return 'The server had an internal error. Try again later; if it persists, check the server logs.';
	return 'Check the values sent and the credential, then run again.';
}

/**
 * Turns an API error answer into a NodeApiError that says what happened (status, the API's code
 * and message) and how to fix it. Only the response body is kept, never the request (it carries
 * the bearer token).
 */
export function apiError(
	node: INode,
	profile: ApiProfile,
	statusCode: number,
	body: unknown,
	context: { itemIndex?: number; method?: string; url?: string; hints?: Partial<Record<number, string>> } = {},
): NodeApiError {
	const { code, message, detail } = parseErrorBody(body);
	const said = [code, message].filter(Boolean).join(': ');
	const where = context.method && context.url ? ` on ${context.method} ${context.url}` : '';
	const hint = context.hints?.[statusCode] ?? hintFor(profile, statusCode);
	const errorBody: JsonObject =
		body && typeof body === 'object' && !Array.isArray(body)
			? (body as JsonObject)
			: { message: typeof body === 'string' ? body.slice(0, 500) : '' };
	return new NodeApiError(node, errorBody, {
		message: `${profile.label} API error ${statusCode}${where}${said ? `: ${said}` : ''}`,
		description: detail ? `${hint} Details: ${detail}` : hint,
		httpCode: String(statusCode),
		itemIndex: context.itemIndex,
	});
}

/**
 * With Continue On Fail, n8n makes a failed item `{json: {error: <message>}}` and keeps nothing
 * else of the error for the next node (n8n-core's WorkflowExecute replaces the item's json with
 * the message, on the 1.x and the 2.x line alike; RoutingNode passes the error as it is). So that an
 * alert downstream (Slack, e-mail) gets the "how to fix" too, it is added to the message then.
 */
export function withAdviceForNextNode<T>(error: T, context: { continueOnFail(): boolean }): T {
	if (!(error instanceof NodeApiError || error instanceof NodeOperationError)) return error;
	const advice = error.description;
	if (!advice || !context.continueOnFail() || error.message.includes(advice)) return error;
	error.message = `${error.message}. How to fix: ${advice}`;
	return error;
}
