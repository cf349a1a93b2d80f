import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodePropertyRouting,
} from 'n8n-workflow';
import type { z } from 'zod';

import type { ApiProfile } from './errors';
import { apiError } from './errors';
import { apiRequest, sendRenewingLogin, type RequestContextOptions } from './transport';
import { validateBody } from './validation';

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
	/** Turns on n8n's pagination (with the node's own `requestOperations.pagination`). */
	paginate?: boolean;
	/** Return All / Limit: reads the pages (implies `paginate`). */
	pagination?: Pagination;
	hints?: RequestContextOptions['hints'];
}

/** The routing of one operation: request, validation before sending, error mapping (401 → new login), output. */
export function apiRouting(profile: ApiProfile, operation: ApiOperation): INodePropertyRouting {
	const output: PostReceive[] = [checkResponse(profile, operation.hints)];
	if (operation.readBack) output.push(returnCurrentState(profile, operation.readBack));
	output.push(...(operation.output ?? []));
	const paginate = operation.paginate === true || operation.pagination !== undefined;
	return {
		request: { method: operation.method, url: operation.url },
		send: {
			preSend: [...(operation.preSend ?? []), rememberRequestPreSend],
			...(paginate ? { paginate: true } : {}),
		},
		...(operation.pagination ? { operations: { pagination: operation.pagination } } : {}),
		output: { postReceive: output },
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

/** The last preSend of every operation. */
export async function rememberRequestPreSend(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	rememberRequest(this, options);
	return options;
}

/** First postReceive of every operation: a 401 gets one new login and a retry; other errors become clear ones. */
export function checkResponse(profile: ApiProfile, hints?: RequestContextOptions['hints']): PostReceive {
	return async function (this: IExecuteSingleFunctions, items, response) {
		const itemIndex = this.getItemIndex();
		if (response.statusCode === 401) {
			const request = sentRequests.get(this);
			if (request) {
				const retried = await sendRenewingLogin(this, profile, request, { itemIndex, hints });
				Object.assign(response, { statusCode: retried.statusCode, body: retried.body, headers: retried.headers ?? {} });
				items = [{ json: (retried.body ?? {}) as IDataObject }];
			}
		}
		if (response.statusCode >= 400) {
			throw apiError(this.getNode(), profile, response.statusCode, response.body, { itemIndex, hints });
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
		const body = await apiRequest.call(
			this,
			profile,
			{ method: 'GET', url: url.call(this, response) },
			{ itemIndex: this.getItemIndex() },
		);
		return [{ json: body as IDataObject }];
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
		const returnAll = this.getNodeParameter('returnAll', true) as boolean;
		const limit = returnAll ? Infinity : (this.getNodeParameter('limit', 50) as number);
		const results: INodeExecutionData[] = [];
		const seenIds = new Set<unknown>();
		let skip = 0;
		while (results.length < limit) {
			const top = Math.min(pageSize, limit - results.length);
			const options = {
				...requestData.options,
				qs: { ...(requestData.options.qs as IDataObject), skip, top },
			};
			// the item's own context is the prototype of the pagination context (see rememberRequest)
			rememberRequest(Object.getPrototypeOf(this) as object, options as IHttpRequestOptions);
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
