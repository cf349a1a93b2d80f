import { NodeApiError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	JsonObject,
} from 'n8n-workflow';

import { describeNetworkFailure, findInErrorChain, loginConnectionErrorOf, networkErrorCode } from './credentialHelpers';
import { sendAuthenticated } from '../PortSip/shared/tenantSession';
import { apiError, type ApiProfile } from './errors';
import {
	isMalformedJson,
	retryAfterNote,
	retryPolicy,
	retryVerdict,
	uncertainOutcomeNote,
	type Failure,
	type RetryVerdict,
} from './retry';

export type RequestContext =
	| IExecuteFunctions
	| IExecuteSingleFunctions
	| ILoadOptionsFunctions
	| IHookFunctions;

export interface ApiRequest {
	method: IHttpRequestMethods;
	/** Path below the credential's base URL, e.g. `/api/holidays`. */
	url: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	/**
	 * Whether sending this request twice has the same effect as once (reads, updates, deletes).
	 * Defaults to true for GET and false otherwise; a create must never be repeated after an answer
	 * that may have been processed.
	 */
	idempotent?: boolean;
}

export interface ApiResponse {
	statusCode: number;
	body: unknown;
	headers?: IDataObject;
}

export interface RequestContextOptions {
	itemIndex?: number;
	/** Advice per HTTP status that replaces the generic one (e.g. "needs a system administrator login"). */
	hints?: Partial<Record<number, string>>;
}

/**
 * The one request helper: authenticated through the credential, a 401 answered by one new login
 * and a retry, a failure the server may recover from sent again as `retryVerdict` allows (with
 * backoff, honouring Retry-After; a create is never repeated once it may have been processed), and
 * every failure that remains turned into an error that says what happened and how to fix it.
 */
export async function sendApiRequest(
	this: RequestContext,
	profile: ApiProfile,
	request: ApiRequest,
	options: RequestContextOptions = {},
): Promise<ApiResponse> {
	const timeout = nodeTimeout(this);
	const httpOptions: IHttpRequestOptions = {
		method: request.method,
		url: request.url,
		qs: request.qs,
		body: request.body,
		json: true,
		...(timeout ? { timeout } : {}),
	};
	const idempotent = request.idempotent ?? request.method === 'GET';
	const where = { ...options, method: request.method, url: request.url };
	return await withRetries<ApiResponse>(profile, idempotent, async () => {
		let response: ApiResponse | undefined;
		let connectionFailure: unknown;
		try {
			const first = await sendOnce(this, profile, { ...httpOptions, ignoreHttpStatusErrors: true }, options);
			response = first.statusCode === 401 ? await sendRenewingLogin(this, profile, httpOptions, options) : first;
		} catch (caught) {
			// sendOnce throws only connection errors it has mapped (NodeApiError, no request inside)
			connectionFailure = caught;
		}
		const failure = response ? failureOfResponse(response) : failureOfError(connectionFailure);
		if (response && !failure) return { value: response };
		const error = response ? responseError(this.getNode(), profile, response, where) : (connectionFailure as NodeApiError);
		return { error, failure };
	});
}

/** One attempt: its value, or the error to show and the failure behind it (no failure: the error is final). */
export type Attempt<T> = { value: T } | { error: unknown; failure?: Failure };

/**
 * Makes attempts until one gives a value, or retryVerdict says not to send again (then the last
 * error, with what the retries mean for the user); waits between attempts by the retry policy.
 * `beforeRetry` runs before each new attempt.
 */
export async function withRetries<T>(
	profile: ApiProfile,
	idempotent: boolean,
	attemptOnce: () => Promise<Attempt<T>>,
	beforeRetry?: (failure: Failure) => void,
): Promise<T> {
	for (let attempt = 1; ; attempt++) {
		const outcome = await attemptOnce();
		if ('value' in outcome) return outcome.value;
		if (!outcome.failure) throw outcome.error;
		const verdict = retryVerdict(outcome.failure, idempotent, attempt);
		if (!verdict.retry) throw withRetryNotes(outcome.error as NodeApiError, profile, verdict, attempt);
		beforeRetry?.(outcome.failure);
		await retryPolicy.wait(verdict.delayMs);
	}
}

/** What is wrong with an answer, if anything: an error status, or a success whose JSON is broken. */
export function failureOfResponse(response: ApiResponse): Failure | undefined {
	if (response.statusCode >= 400) return { kind: 'status', statusCode: response.statusCode, headers: response.headers };
	if (isMalformedJson(response.body)) return { kind: 'malformed', statusCode: response.statusCode };
	return undefined;
}

/** The error for an answer `failureOfResponse` found wrong. */
export function responseError(
	node: INode,
	profile: ApiProfile,
	response: ApiResponse,
	context: Parameters<typeof apiError>[4] = {},
): NodeApiError {
	if (response.statusCode >= 400) return apiError(node, profile, response.statusCode, response.body, context);
	const where = context.method && context.url ? ` to ${context.method} ${context.url}` : '';
	const message = `${profile.label} answered${where} with HTTP ${response.statusCode} but a body that is not valid JSON`;
	return new NodeApiError(node, { message } as JsonObject, {
		message,
		description: `The answer was cut short or is not from the ${profile.label} API (a proxy or login page?). It began with: ${JSON.stringify(String(response.body).slice(0, 80))}. Check the Base URL in the credential; if it is right, try again later.`,
		httpCode: String(response.statusCode),
		itemIndex: context.itemIndex,
	});
}

/**
 * Adds to a final error what the retries mean for the user: how many attempts were made, that a
 * request that may have been processed was not repeated, or that Retry-After was too long to wait.
 */
export function withRetryNotes(
	error: NodeApiError,
	profile: ApiProfile,
	verdict: Extract<RetryVerdict, { retry: false }>,
	attempt: number,
): NodeApiError {
	const notes = [error.description ?? undefined];
	if (attempt > 1) notes.push(`Tried ${attempt} times.`);
	if (verdict.uncertain) notes.push(uncertainOutcomeNote(profile.label));
	if (verdict.retryAfterMs !== undefined && verdict.retryAfterMs > retryPolicy.maxDelayMs) {
		notes.push(retryAfterNote(verdict.retryAfterMs));
	}
	error.description = notes.filter(Boolean).join(' ');
	return error;
}

/** The node's Request Options → Timeout (ms), so that custom requests (read-backs...) obey it too. */
function nodeTimeout(context: RequestContext): number | undefined {
	const requestOptions = context.getNode().parameters?.requestOptions as IDataObject | undefined;
	const timeout = requestOptions?.timeout;
	return typeof timeout === 'number' && timeout > 0 ? timeout : undefined;
}

/** Like sendApiRequest, returning only the body. */
export async function apiRequest<T = IDataObject>(
	this: RequestContext,
	profile: ApiProfile,
	request: ApiRequest,
	options: RequestContextOptions = {},
): Promise<T> {
	const response = await sendApiRequest.call(this, profile, request, options);
	return response.body as T;
}

/**
 * Sends again without ignoring HTTP errors, so that n8n's own mechanism sees the 401, runs the
 * credential's login again (storing the new token) and retries once.
 */
export async function sendRenewingLogin(
	context: RequestContext,
	profile: ApiProfile,
	httpOptions: IHttpRequestOptions,
	options: RequestContextOptions = {},
): Promise<ApiResponse> {
	return await sendOnce(context, profile, { ...httpOptions, ignoreHttpStatusErrors: false }, options);
}

async function sendOnce(
	context: RequestContext,
	profile: ApiProfile,
	httpOptions: IHttpRequestOptions,
	options: RequestContextOptions,
): Promise<ApiResponse> {
	try {
		// the one call into the tenant session (acting in a tenant chosen in "Tenant"; else the credential as is)
		const response = (await sendAuthenticated(
			context,
			profile.credentialType,
			{ ...httpOptions, returnFullResponse: true },
			options.itemIndex,
		)) as { statusCode: number; body: unknown; headers?: IDataObject };
		return { statusCode: response.statusCode, body: response.body, headers: response.headers };
	} catch (error) {
		const response = responseOfError(error);
		if (response) return response;
		const mapped = connectionError(context.getNode(), profile, error, options.itemIndex);
		failures.set(mapped, networkFailureOf(error));
		throw mapped;
	}
}

/** A request that got no answer: the login failed (the request itself was never sent), or the request did. */
export function networkFailureOf(error: unknown): Failure {
	const login = loginConnectionErrorOf(error);
	if (login) return { kind: 'network', code: login.code, loginOnly: true };
	return { kind: 'network', code: networkErrorCode(error) };
}

/** The failure behind each connection error sendOnce threw (the error itself keeps only a message). */
const failures = new WeakMap<object, Failure>();

/** Why a request thrown by sendOnce failed, if it was a network failure. */
export function failureOfError(error: unknown): Failure | undefined {
	return error && typeof error === 'object' ? failures.get(error) : undefined;
}

/** The HTTP answer inside an error thrown by n8n or axios, if there was one. */
export function responseOfError(error: unknown): ApiResponse | undefined {
	return findInErrorChain(error, (link) => {
		const response = link.response as IDataObject | undefined;
		if (!response || typeof response.status !== 'number') return undefined;
		return { statusCode: response.status, body: response.data, headers: response.headers as IDataObject };
	});
}

/**
 * A failure with no HTTP answer: the login failed, or the server could not be reached. The new
 * error keeps only a message: the original one holds the request, bearer token included.
 */
export function connectionError(
	node: INode,
	profile: ApiProfile,
	error: unknown,
	itemIndex?: number,
): NodeApiError {
	const login = loginConnectionErrorOf(error);
	const code = login ? undefined : networkErrorCode(error);
	const baseUrl = baseUrlOfError(error) ?? `the address in the ${profile.label} credential`;
	const message = code
		? describeNetworkFailure(profile.label, baseUrl, error, profile.certificateAdvice)
		: (login?.message ?? String((error as Error)?.message ?? error));
	return new NodeApiError(node, { message } as JsonObject, {
		message,
		description: code
			? undefined
			: `Check the ${profile.label} credential (open it and use "Test" to see whether the login works).`,
		itemIndex,
	});
}

function baseUrlOfError(error: unknown): string | undefined {
	return findInErrorChain(error, (link) => {
		const config = link.config as IDataObject | undefined;
		return config && typeof config.baseURL === 'string' ? config.baseURL : undefined;
	});
}
