/**
 * The one request helper of both nodes. Declarative operations (through routing.ts), read-backs,
 * list readers, pickers and Sync all send through `sendApiRequest`.
 */
import { NodeApiError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	JsonObject,
} from 'n8n-workflow';

import { describeNetworkFailure, LOGIN_FAILURE_CODE, LOGIN_REFUSED_CODE } from '../../credentials/helpers';
import { sendAuthenticated } from '../PortSip/shared/tenantSession';
import { apiError, type ApiProfile } from './errors';
import { z } from 'zod';

import { DEFAULT_MAX_CONCURRENT_REQUESTS, failRemaining, MAX_CONCURRENT_REQUESTS_PARAMETER, runFailure, withRequestSlot } from './concurrency';
import { isMalformedJson, mayHaveBeenProcessed, retryAfterNote, retryVerdict, uncertainOutcomeNote, RETRY_POLICY, type Failure } from './retry';
import { validateBody, wholeNumber } from './validation';
import { waitBeforeRetry } from './wait';

export type RequestContext = IExecuteFunctions | IExecuteSingleFunctions | ILoadOptionsFunctions;

export interface ApiRequest {
	method: IHttpRequestMethods;
	/** Path below the credential's base URL, e.g. `/api/holidays`. */
	url: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	/**
	 * Whether sending this request twice has the same effect as once (reads, updates, deletes).
	 * Defaults to true for GET and for deletes, false otherwise: a create is never repeated after an
	 * answer that may have been processed.
	 */
	idempotent?: boolean;
	/**
	 * For a delete: the statuses that say the item does not exist. When the request is sent again
	 * because the answer to an earlier attempt was lost, one of them means that attempt deleted it,
	 * and the request succeeds (204).
	 */
	goneStatuses?: number[];
	/** Timeout in ms; default: the node's Request Options → Timeout. */
	timeout?: number;
	/** The options n8n built for a declarative operation (headers, proxy, SSL, allowed domains): kept. */
	n8nOptions?: IHttpRequestOptions;
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
	/** Whether errors name the request (`on GET /api/...`); false for a declarative operation's own requests. */
	nameRequest?: boolean;
}

/** One attempt: the server's answer, or a failure without one (and the error to show for it). */
type Attempt = { response: ApiResponse } | { error: NodeApiError; failure?: Failure };

/**
 * Sends a request with the credential's login. A 401 is left to n8n: it runs the credential's
 * login again and retries once (one 401, one login per expired token). A failure the server may
 * recover from is sent again as `retryVerdict` allows (backoff, Retry-After; a create is never
 * repeated once it may have been processed), and a failure that remains becomes an error that says
 * what happened and how to fix it, without the request (its bearer token) inside.
 */
export async function sendApiRequest(
	this: RequestContext,
	profile: ApiProfile,
	request: ApiRequest,
	options: RequestContextOptions = {},
): Promise<ApiResponse> {
	// an item of a declarative operation already holds its slot for all its work (routing.ts `send`)
	if (isDeclarativeItem(this)) return await sendWithRetries(this, profile, request, options);
	return await inRequestSlot(this, async () => await sendWithRetries(this, profile, request, options), options.itemIndex);
}

async function sendWithRetries(
	context: RequestContext,
	profile: ApiProfile,
	request: ApiRequest,
	options: RequestContextOptions,
): Promise<ApiResponse> {
	// the run's login was refused: the same answer, without asking the server again
	const refused = runFailure(slotKey(context));
	if (refused) throw new NodeApiError(context.getNode(), { message: refused.message } as JsonObject, { ...refused, itemIndex: options.itemIndex });
	const timeout = request.timeout ?? requestTimeout(context, options.itemIndex);
	const httpOptions: IHttpRequestOptions = {
		...request.n8nOptions,
		method: request.method,
		url: request.url,
		qs: request.qs,
		body: request.body,
		json: true,
		returnFullResponse: true,
		// every error status is thrown, so that n8n sees a 401 and renews the login
		ignoreHttpStatusErrors: false,
		...(timeout ? { timeout } : {}),
	};
	const idempotent = request.idempotent ?? (request.method === 'GET' || request.goneStatuses !== undefined);
	const where = options.nameRequest === false ? options : { ...options, method: request.method, url: request.url };
	let answerLost = false;
	for (let attempt = 1; ; attempt++) {
		let outcome = await sendOnce(context, profile, httpOptions, where);
		if ('response' in outcome) {
			const { response } = outcome;
			// the earlier attempt deleted it; only its answer was lost
			if (answerLost && request.goneStatuses?.includes(response.statusCode)) return { statusCode: 204, body: '' };
			const failure = failureOfResponse(response);
			if (!failure) return response;
			outcome = { error: responseError(context.getNode(), profile, response, where), failure };
		}
		const { error, failure } = outcome;
		if (!failure) throw error;
		const verdict = retryVerdict(failure, idempotent, attempt);
		if (!verdict.retry) {
			const notes = [error.description, attempt > 1 ? `Tried ${attempt} times.` : undefined];
			if (verdict.uncertain) notes.push(uncertainOutcomeNote(profile.label));
			if ((verdict.retryAfterMs ?? 0) > RETRY_POLICY.maxDelayMs) notes.push(retryAfterNote(verdict.retryAfterMs!));
			error.description = notes.filter(Boolean).join(' ');
			throw error;
		}
		answerLost ||= mayHaveBeenProcessed(failure);
		await waitBeforeRetry(verdict.delayMs);
	}
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

async function sendOnce(context: RequestContext, profile: ApiProfile, httpOptions: IHttpRequestOptions, where: RequestContextOptions): Promise<Attempt> {
	try {
		// the one call into the tenant session (acting in a tenant chosen in "Tenant"; else the credential as is)
		const response = (await sendAuthenticated(context, profile.credentialType, { ...httpOptions, qs: { ...httpOptions.qs } }, where.itemIndex)) as ApiResponse;
		return { response: { statusCode: response.statusCode, body: response.body, headers: response.headers } };
	} catch (error) {
		const failed = failedRequestOf(error);
		if ('status' in failed) return { response: { statusCode: failed.status, body: failed.body, headers: failed.headers } };
		const connection = await connectionError(context, profile, error, failed, where.itemIndex);
		if (httpCodeOf(error) === LOGIN_REFUSED_CODE) failRemaining(slotKey(context), { message: connection.message, description: connection.description ?? undefined });
		return { error: connection, failure: failed.network };
	}
}

/**
 * What n8n keeps of a request that failed, read the same way on n8n 1.x and 2.x. n8n wraps every
 * failure in a NodeApiError; n8n-workflow 1.x drops the original error (`cause`), 2.x keeps it.
 * Both keep `httpCode` (the HTTP status, or the network code such as ECONNRESET, or the
 * `errorCode` of a login that got no answer) and `context.data` (a JSON error body). Only the
 * answer's headers (Retry-After) and a body that is not JSON are read from the original error, so
 * on n8n 1.x a Retry-After is not known and the backoff applies.
 */
export function failedRequestOf(
	error: unknown,
): { status: number; body: unknown; headers?: IDataObject } | { network?: Failure & { kind: 'network' } } {
	const code = httpCodeOf(error);
	const { context } = (error ?? {}) as { context?: IDataObject };
	if (/^\d{3}$/.test(code)) {
		const original = originalResponseOf(error);
		return { status: Number(code), body: context?.data ?? original?.data, headers: original?.headers };
	}
	if (code.startsWith(LOGIN_FAILURE_CODE)) {
		return { network: { kind: 'network', code: code.slice(LOGIN_FAILURE_CODE.length) || undefined, loginOnly: true } };
	}
	// a refused login has no network failure: its message is the credential's
	return code === '' || code === LOGIN_REFUSED_CODE ? {} : { network: { kind: 'network', code } };
}

/** The HTTP status or failure code n8n keeps in its error (`httpCode`), as text; '' when none. */
function httpCodeOf(error: unknown): string {
	const { httpCode } = (error ?? {}) as { httpCode?: unknown };
	return typeof httpCode === 'string' || typeof httpCode === 'number' ? String(httpCode) : '';
}

/** The axios answer inside the error n8n 2.x keeps as `cause` (absent on n8n 1.x). */
function originalResponseOf(error: unknown): { data?: unknown; headers?: IDataObject } | undefined {
	const response = ((error as { cause?: { response?: unknown } } | undefined)?.cause?.response ?? undefined) as
		| { data?: unknown; headers?: IDataObject }
		| undefined;
	return response && typeof response === 'object' ? response : undefined;
}

/** What is wrong with an answer, if anything: an error status, or a success whose JSON is broken. */
function failureOfResponse(response: ApiResponse): Failure | undefined {
	if (response.statusCode >= 400) return { kind: 'status', statusCode: response.statusCode, headers: response.headers };
	if (isMalformedJson(response.body)) return { kind: 'malformed', statusCode: response.statusCode };
	return undefined;
}

/** The error for an answer `failureOfResponse` found wrong. */
export function responseError(node: INode, profile: ApiProfile, response: ApiResponse, where: RequestContextOptions & { method?: string; url?: string }): NodeApiError {
	if (response.statusCode >= 400) return apiError(node, profile, response.statusCode, response.body, where);
	const to = where.method && where.url ? ` to ${where.method} ${where.url}` : '';
	const message = `${profile.label} answered${to} with HTTP ${response.statusCode} but a body that is not valid JSON`;
	return new NodeApiError(node, { message } as JsonObject, {
		message,
		description: `The answer was cut short or is not from the ${profile.label} API (a proxy or login page?). It began with: ${JSON.stringify(String(response.body).slice(0, 80))}. Check the Base URL in the credential; if it is right, try again later.`,
		httpCode: String(response.statusCode),
		itemIndex: where.itemIndex,
	});
}

/**
 * A failure with no HTTP answer: the server could not be reached, or the login failed (its
 * message is the credential's). The new error keeps only a message: n8n's holds the request,
 * bearer token included.
 */
async function connectionError(
	context: RequestContext,
	profile: ApiProfile,
	error: unknown,
	failed: { network?: Failure & { kind: 'network' } },
	itemIndex?: number,
): Promise<NodeApiError> {
	const network = failed.network && !failed.network.loginOnly ? failed.network : undefined;
	const message = network
		? describeNetworkFailure(profile.label, await baseUrlOf(context, profile), network.code, profile.certificateAdvice)
		: String((error as Error)?.message ?? error);
	return new NodeApiError(context.getNode(), { message } as JsonObject, {
		message,
		description: network ? undefined : `Check the ${profile.label} credential (open it and use "Test" to see whether the login works).`,
		itemIndex,
	});
}

async function baseUrlOf(context: RequestContext, profile: ApiProfile): Promise<string> {
	try {
		return profile.baseUrl(await context.getCredentials(profile.credentialType));
	} catch {
		return `the address in the ${profile.label} credential`;
	}
}

/** The node's Request Options → Timeout (ms), expressions resolved, so that custom requests obey it too. */
function requestTimeout(context: RequestContext, itemIndex = 0): number | undefined {
	const timeout = requestOption(context, 'requestOptions.timeout', itemIndex);
	return typeof timeout === 'number' && timeout > 0 ? timeout : undefined;
}

/** A Request Options value as each kind of context reads it (undefined when it is not set). */
function requestOption(context: RequestContext, name: string, itemIndex = 0): unknown {
	try {
		// IExecuteFunctions takes the item's index; the other contexts know their item
		return 'getItemIndex' in context || 'getCurrentNodeParameter' in context
			? (context as IExecuteSingleFunctions).getNodeParameter(name, undefined)
			: (context as IExecuteFunctions).getNodeParameter(name, itemIndex, undefined);
	} catch {
		return undefined;
	}
}

/** The context n8n gives one item of a declarative operation (its preSend steps, its `send`). */
function isDeclarativeItem(context: RequestContext): context is IExecuteSingleFunctions {
	return 'getItemIndex' in context;
}

const limitSchema = z.object({
	requestOptions: z.object({ maxConcurrentRequests: wholeNumber({ min: 1 }).describe('Max Concurrent Requests') }).describe('Request Options'),
});

/**
 * Runs `work` in one of the node run's request slots (concurrency.ts): at most Request Options →
 * Max Concurrent Requests at once per execution and node. n8n runs the nodes of an execution one at
 * a time, so the execution ID and the node's name tell its runs apart while they work.
 */
export async function inRequestSlot<T>(context: RequestContext, work: () => Promise<T>, itemIndex = 0): Promise<T> {
	return await withRequestSlot(slotKey(context), () => maxConcurrentRequests(context, itemIndex), work);
}

function slotKey(context: RequestContext): string {
	return `${context.getExecutionId() ?? ''}\n${context.getNode().name}`;
}

/** The limit, checked before anything is sent (a value from an imported workflow may be 0 or "ten"). */
function maxConcurrentRequests(context: RequestContext, itemIndex: number): number {
	const value = requestOption(context, MAX_CONCURRENT_REQUESTS_PARAMETER, itemIndex) ?? DEFAULT_MAX_CONCURRENT_REQUESTS;
	const checked = validateBody(context.getNode(), limitSchema, { requestOptions: { maxConcurrentRequests: value } }, itemIndex);
	return checked.requestOptions.maxConcurrentRequests;
}
