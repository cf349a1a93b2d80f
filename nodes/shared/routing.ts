import type {
	DeclarativeRestApiSettings,
	NodeApiError,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodePropertyRouting,
} from 'n8n-workflow';
import { z } from 'zod';

import { withAdviceForNextNode, type ApiProfile } from './errors';
import { mayHaveBeenProcessed, type Failure } from './retry';
import {
	apiRequest,
	connectionError,
	failureOfError,
	failureOfResponse,
	networkFailureOf,
	responseError,
	responseOfError,
	sendRenewingLogin,
	withRetries,
	type ApiResponse,
	type RequestContextOptions,
} from './transport';
import { validateBody, wholeNumber } from './validation';

type PreSend = (this: IExecuteSingleFunctions, options: IHttpRequestOptions) => Promise<IHttpRequestOptions>;
type PostReceive = (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
) => Promise<INodeExecutionData[]>;
type Pagination = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

/** One declarative operation of either API. */
export interface ApiOperation {
	method: IHttpRequestMethods;
	/** Path, or an n8n expression for it (`=/api/holidays/{{...}}`); a preSend may replace it. */
	url: string;
	/** preSend steps that build and validate the request. */
	preSend?: PreSend[];
	/** postReceive steps after the error check. */
	output?: PostReceive[];
	/** Reads the object back after an update that answers with no body (or a create that answers `{id}`). */
	readBack?: (this: IExecuteSingleFunctions, response: IN8nHttpFullResponse) => string;
	/** Kept for compatibility: every operation now runs through n8n's pagination hook (see apiRouting). */
	paginate?: boolean;
	/** Return All / Limit: reads the pages (its `makeRoutingRequest` retries like any request). */
	pagination?: Pagination;
	/**
	 * Whether sending the request twice has the same effect as once (reads, updates, deletes), so
	 * that it may be sent again after an answer that was lost. Defaults to true for GET only: a
	 * create is never repeated once it may have been processed.
	 */
	idempotent?: boolean;
	/**
	 * A delete, with the statuses that say the item does not exist (usually 404). When it is sent
	 * again because the answer to the first attempt was lost, one of them means the first attempt
	 * deleted it, and the item succeeds. Implies `idempotent`.
	 */
	deletes?: { goneStatuses: number[] };
	hints?: RequestContextOptions['hints'];
}

/**
 * The routing of one operation: request, validation before sending, error mapping (401 → new
 * login), retries, output. Every operation, list or not, sends through n8n's pagination hook, so
 * that one wrapper (`reliably`) sees every attempt: it retries what may be retried, turns a failed
 * connection into a clear error without the request (n8n's own error keeps the bearer token) and
 * never repeats a create.
 */
export function apiRouting(profile: ApiProfile, operation: ApiOperation): INodePropertyRouting {
	const output: PostReceive[] = [checkResponse(profile, operation.hints, { deletes: operation.deletes })];
	if (operation.readBack) output.push(returnCurrentState(profile, operation.readBack));
	output.push(...(operation.output ?? []));
	const idempotent = operation.idempotent ?? (operation.method === 'GET' || operation.deletes !== undefined);
	return {
		request: { method: operation.method, url: operation.url },
		send: { preSend: (operation.preSend ?? []).map(withAdviceOnFail), paginate: true },
		operations: { pagination: reliably(profile, idempotent, operation.pagination) },
		output: { postReceive: output },
	};
}

/** A preSend step whose error (a bad value, mostly) keeps its advice for the next node (withAdviceForNextNode). */
function withAdviceOnFail(step: PreSend): PreSend {
	return async function (this: IExecuteSingleFunctions, options) {
		try {
			return await step.call(this, options);
		} catch (error) {
			throw withAdviceForNextNode(error, this);
		}
	};
}

/*
 * Declarative operations send with `ignoreHttpStatusErrors`, so that checkResponse can turn API
 * errors into clear ones. That also hides a 401 from n8n's login renewal; to let it happen, the
 * request of each item is remembered here (keyed by the item's own execution context, so nothing
 * outlives the execution) and sent again without ignoring errors.
 */
const sentRequests = new WeakMap<object, IHttpRequestOptions>();

export function rememberRequest(context: object, options: IHttpRequestOptions): void {
	sentRequests.set(context, { ...options, qs: { ...(options.qs as IDataObject) } });
}

/** Items whose current request got an answer (checkResponse ran): a later error is not the request's. */
const answered = new WeakSet<object>();
/** The error checkResponse threw about an item's request, and why. */
const requestFailures = new WeakMap<object, { error: unknown; failure?: Failure }>();
/** Items whose request is being sent again after an answer that was lost (it may have been processed). */
const resentAfterLostAnswer = new WeakSet<object>();
/** The item context behind each paging context `reliably` makes. */
const itemContexts = new WeakMap<object, object>();

/** The item's own execution context, from the context a pagination function runs in. */
export function itemContextOf(paginationContext: object): object {
	return itemContexts.get(paginationContext) ?? (Object.getPrototypeOf(paginationContext) as object);
}

/**
 * n8n's pagination hook of every operation: sends the request (each page's, with `pagination`)
 * and, when it fails, decides with retryVerdict whether to send it again. Only a failure of the
 * request itself counts: once it was answered, a failing read-back or output step is final, so a
 * create whose read-back fails is not created again.
 */
export function reliably(profile: ApiProfile, idempotent: boolean, pagination?: Pagination): Pagination {
	return async function (this: IExecutePaginationFunctions, requestData) {
		const itemContext = Object.getPrototypeOf(this) as IExecuteSingleFunctions;
		const send = async (data: DeclarativeRestApiSettings.ResultOptions): Promise<INodeExecutionData[]> =>
			await withRetries(
				profile,
				idempotent,
				async () => {
					rememberRequest(itemContext, data.options as IHttpRequestOptions);
					answered.delete(itemContext);
					requestFailures.delete(itemContext);
					try {
						return { value: await this.makeRoutingRequest(data) };
					} catch (thrown) {
						return requestFailureOf(profile, itemContext, thrown);
					}
				},
				(failure: Failure) => {
					if (mayHaveBeenProcessed(failure)) resentAfterLostAnswer.add(itemContext);
				},
			);
		try {
			if (!pagination) return await send(requestData);
			const paging = Object.create(this, { makeRoutingRequest: { value: send } }) as IExecutePaginationFunctions;
			itemContexts.set(paging, itemContext);
			return await pagination.call(paging, requestData);
		} catch (error) {
			throw withAdviceForNextNode(error, itemContext);
		}
	};
}

/**
 * The failure of an item's request and the error to show for it; no failure when the request was
 * answered and a later step failed (that error is final as it is).
 */
function requestFailureOf(
	profile: ApiProfile,
	itemContext: IExecuteSingleFunctions,
	thrown: unknown,
): { error: NodeApiError; failure?: Failure } {
	const known = requestFailures.get(itemContext);
	if (known && known.error === thrown) return { error: thrown as NodeApiError, failure: known.failure };
	if (answered.has(itemContext)) return { error: thrown as NodeApiError };
	// the request failed without an answer; n8n's error holds the request, token included: keep a message
	const response = responseOfError(thrown);
	const itemIndex = itemContext.getItemIndex();
	if (response) {
		return { error: responseError(itemContext.getNode(), profile, response, { itemIndex }), failure: failureOfResponse(response) };
	}
	return {
		error: connectionError(itemContext.getNode(), profile, thrown, itemIndex),
		failure: networkFailureOf(thrown),
	};
}

/** First postReceive of every operation: a 401 gets one new login and a retry; other errors become clear ones. */
export function checkResponse(
	profile: ApiProfile,
	hints?: RequestContextOptions['hints'],
	options: { deletes?: ApiOperation['deletes'] } = {},
): PostReceive {
	return async function (this: IExecuteSingleFunctions, items, response) {
		const itemIndex = this.getItemIndex();
		answered.add(this);
		if (options.deletes?.goneStatuses.includes(response.statusCode) && resentAfterLostAnswer.has(this)) {
			// the first attempt deleted it; only its answer was lost
			Object.assign(response, { statusCode: 204, body: '' });
			return [{ json: {} }];
		}
		if (response.statusCode === 401) {
			const request = sentRequests.get(this);
			if (request) {
				let retried: ApiResponse | undefined;
				let replayError: unknown;
				try {
					retried = await sendRenewingLogin(this, profile, request, { itemIndex, hints });
				} catch (caught) {
					replayError = caught;
				}
				if (!retried) {
					// a connection error already mapped by the transport; remembered so that it may be retried
					requestFailures.set(this, { error: replayError, failure: failureOfError(replayError) });
					throw replayError as NodeApiError;
				}
				Object.assign(response, { statusCode: retried.statusCode, body: retried.body, headers: retried.headers ?? {} });
				items = [{ json: (retried.body ?? {}) as IDataObject }];
			}
		}
		const failure = failureOfResponse(response as ApiResponse);
		if (failure) {
			const error = responseError(this.getNode(), profile, response as ApiResponse, { itemIndex, hints });
			requestFailures.set(this, { error, failure });
			throw error;
		}
		return items;
	};
}

/** preSend that builds a JSON body from the node's parameters and validates it before sending. */
export function sendValidatedBody<T extends z.ZodTypeAny>(
	schema: T,
	build: (this: IExecuteSingleFunctions) => unknown,
): PreSend {
	return async function (this: IExecuteSingleFunctions, options) {
		const body = validateBody(this.getNode(), schema, build.call(this), this.getItemIndex());
		return { ...options, body };
	};
}

/**
 * Update endpoints answer 200 with no body (create ones only `{id}`): read the object back so the next
 * node sees it as it now stands. `url` gets the answer, for the id a create returned.
 */
export function returnCurrentState(
	profile: ApiProfile,
	url: (this: IExecuteSingleFunctions, response: IN8nHttpFullResponse) => string,
): PostReceive {
	return async function (this: IExecuteSingleFunctions, _items, response) {
		const path = url.call(this, response);
		try {
			const body = await apiRequest.call(this, profile, { method: 'GET', url: path }, { itemIndex: this.getItemIndex() });
			return [{ json: body as IDataObject }];
		} catch (error) {
			// the change is made: say so, or the user would run the item again (a create twice)
			const failed = error as NodeApiError;
			failed.description = `${profile.label} accepted the request (HTTP ${response.statusCode}); only reading the result back (GET ${path}) failed, so do not run this item again to repeat the change. ${failed.description ?? ''}`.trim();
			throw failed;
		}
	};
}

/** postReceive that keeps the items of a `{count, items}` list page. */
export async function listItems(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = (response.body ?? {}) as IDataObject;
	const list = Array.isArray(body) ? body : ((body.items as IDataObject[] | undefined) ?? []);
	return list.map((json) => ({ json: json as IDataObject }));
}

const limitSchema = z.object({ limit: wholeNumber({ min: 1 }) });

/**
 * How many items Get Many should return: all (Return All), or Limit, checked before anything is
 * sent (an expression giving 0, -5 or "ten" would otherwise read nothing, or ask the API for 0).
 */
export function requestedLimit(context: IExecutePaginationFunctions): number {
	if (context.getNodeParameter('returnAll', true) === true) return Infinity;
	const limit = context.getNodeParameter('limit', 50);
	return validateBody(context.getNode(), limitSchema, { limit }, context.getItemIndex()).limit;
}

/**
 * Return All / Limit over `skip`/`top` pages of at most `pageSize`: reads page after page until a
 * page comes back short (so every item is read, however many there are; `count` is not relied on),
 * or until the limit is met. An item whose `id` was already returned is dropped, and a full page
 * that brings nothing new ends the reading (a server that ignored `skip` would loop for ever).
 */
export function skipTopPagination(pageSize: number) {
	return async function (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const limit = requestedLimit(this);
		const results: INodeExecutionData[] = [];
		const seenIds = new Set<unknown>();
		let skip = 0;
		while (results.length < limit) {
			const top = Math.min(pageSize, limit - results.length);
			const options = {
				...requestData.options,
				qs: { ...(requestData.options.qs as IDataObject), skip, top },
			};
			const page = await this.makeRoutingRequest({ ...requestData, options });
			const fresh = page.filter((item) => {
				const id = item.json?.id;
				if (id === undefined || id === null) return true;
				if (seenIds.has(id)) return false;
				seenIds.add(id);
				return true;
			});
			results.push(...fresh.slice(0, limit - results.length));
			skip += page.length;
			if (page.length < top || fresh.length === 0) break;
		}
		return results;
	};
}
