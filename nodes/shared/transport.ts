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

import { describeNetworkFailure, networkErrorCode } from './credentialHelpers';
import { apiError, type ApiProfile } from './errors';

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
 * and a retry, and every failure turned into an error that says what happened and how to fix it.
 */
export async function sendApiRequest(
	this: RequestContext,
	profile: ApiProfile,
	request: ApiRequest,
	options: RequestContextOptions = {},
): Promise<ApiResponse> {
	const httpOptions: IHttpRequestOptions = {
		method: request.method,
		url: request.url,
		qs: request.qs,
		body: request.body,
		json: true,
	};
	const first = await sendOnce(this, profile, { ...httpOptions, ignoreHttpStatusErrors: true }, options);
	const response = first.statusCode === 401 ? await sendRenewingLogin(this, profile, httpOptions, options) : first;
	if (response.statusCode >= 400) {
		throw apiError(this.getNode(), profile, response.statusCode, response.body, {
			...options,
			method: request.method,
			url: request.url,
		});
	}
	return response;
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
		const response = (await context.helpers.httpRequestWithAuthentication.call(
			context,
			profile.credentialType,
			{ ...httpOptions, returnFullResponse: true },
		)) as { statusCode: number; body: unknown; headers?: IDataObject };
		return { statusCode: response.statusCode, body: response.body, headers: response.headers };
	} catch (error) {
		const response = responseOfError(error);
		if (response) return response;
		throw connectionError(context.getNode(), profile, error, options.itemIndex);
	}
}

/** The HTTP answer inside an error thrown by n8n or axios, if there was one. */
export function responseOfError(error: unknown): ApiResponse | undefined {
	let current = error as IDataObject | undefined;
	for (let depth = 0; current && depth < 5; depth++) {
		const response = current.response as IDataObject | undefined;
		if (response && typeof response.status === 'number') {
			return {
				statusCode: response.status,
				body: response.data,
				headers: response.headers as IDataObject,
			};
		}
		current = (current.cause ?? current.reason) as IDataObject | undefined;
	}
	return undefined;
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
	const code = networkErrorCode(error);
	const baseUrl = baseUrlOfError(error) ?? `the address in the ${profile.label} credential`;
	const message = code
		? describeNetworkFailure(profile.label, baseUrl, error)
		: String((error as Error)?.message ?? error);
	return new NodeApiError(node, { message } as JsonObject, {
		message,
		description: code
			? undefined
			: `Check the ${profile.label} credential (open it and use "Test" to see whether the login works).`,
		itemIndex,
	});
}

function baseUrlOfError(error: unknown): string | undefined {
	let current = error as IDataObject | undefined;
	for (let depth = 0; current && depth < 5; depth++) {
		const config = current.config as IDataObject | undefined;
		if (config && typeof config.baseURL === 'string') return config.baseURL;
		current = (current.cause ?? current.reason) as IDataObject | undefined;
	}
	return undefined;
}
