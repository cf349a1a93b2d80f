/**
 * The routing of a declarative operation: what it sends is declared (method, URL, preSend steps
 * that build and check the body), and the sending itself goes through the one request helper.
 */
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
	NodeApiError,
} from 'n8n-workflow';
import { z } from 'zod';

import { withAdviceForNextNode, type ApiProfile } from './errors';
import { apiRequest, inRequestSlot, sendApiRequest, type ApiRequest, type RequestContextOptions } from './transport';
import { validateBody, wholeNumber } from './validation';

type PreSend = (this: IExecuteSingleFunctions, options: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

/** A step that shapes the output (mask secrets, simplify, say what was deleted); gets the answer, never changes it. */
export type OutputStep = (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
) => Promise<INodeExecutionData[]>;

/** Reads a whole list (Get Many: Return All / Limit) with the request n8n built; see readPortSipList, readVoxoList. */
export type ListReader = (
	this: IExecuteSingleFunctions,
	request: ApiRequest,
	options: RequestContextOptions,
) => Promise<IDataObject[]>;

/** One declarative operation of either API. */
export interface ApiOperation {
	method: IHttpRequestMethods;
	/** Path, or an n8n expression for it (`=/api/tenants/{{...}}`); a preSend may replace it. */
	url: string;
	/** preSend steps that build and validate the request (run by n8n before anything is sent). */
	preSend?: PreSend[];
	/** Steps that shape the output, in order, after the answer (and the read-back). */
	output?: OutputStep[];
	/** Reads the object back after an update that answers with no body (or a create that answers `{id}`): its path. */
	readBack?: (this: IExecuteSingleFunctions, response: IN8nHttpFullResponse) => string;
	/** Get Many: reads the list page by page; each item of the list becomes an output item. */
	list?: ListReader;
	/**
	 * Whether sending the request twice has the same effect as once (reads, updates, deletes), so
	 * that it may be sent again after an answer that was lost. Defaults to true for GET and deletes:
	 * a create is never repeated once it may have been processed.
	 */
	idempotent?: boolean;
	/** A delete, with the statuses that say the item does not exist (see ApiRequest.goneStatuses). */
	deletes?: { goneStatuses: number[] };
	hints?: RequestContextOptions['hints'];
}

/**
 * The routing of one operation. n8n's declarative engine builds the request (the URL's
 * expressions, the preSend steps, Request Options: timeout, proxy, SSL, batching) and hands it to
 * one function, the operation's `send` below, through its pagination hook (`send.paginate` with
 * `operations.pagination`: the only hook that n8n lets do the sending). Nothing else is hooked.
 */
export function apiRouting(profile: ApiProfile, operation: ApiOperation): INodePropertyRouting {
	return {
		request: { method: operation.method, url: operation.url },
		send: { preSend: (operation.preSend ?? []).map(withAdviceOnFail), paginate: true },
		operations: { pagination: send(profile, operation) },
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

/**
 * Sends the request n8n built through the one request helper (sendApiRequest: retries, login
 * renewal by n8n, clear errors), then the read-back and the output steps, all in one of the node
 * run's request slots (n8n starts every item at once; at most Max Concurrent Requests items work
 * at a time, each with one slot, so a read-back never waits for a second one). Stateless:
 * everything it uses is in its arguments and `this` (the item's context, as n8n gives it).
 */
function send(profile: ApiProfile, operation: ApiOperation) {
	return async function (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		try {
			return await inRequestSlot(this, async () => await sendItem.call(this, profile, operation, requestData), this.getItemIndex());
		} catch (error) {
			// with Continue On Fail the next node sees only the message: it carries the advice too
			throw withAdviceForNextNode(error, this);
		}
	};
}

/** One item's work: its request (or its list's pages), the read-back, the output steps. */
async function sendItem(
	this: IExecutePaginationFunctions,
	profile: ApiProfile,
	operation: ApiOperation,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const built = requestData.options;
	const request: ApiRequest = {
		method: built.method ?? operation.method,
		url: built.url ?? operation.url,
		qs: built.qs,
		body: built.body as ApiRequest['body'],
		idempotent: operation.idempotent,
		goneStatuses: operation.deletes?.goneStatuses,
		timeout: built.timeout,
		n8nOptions: built as IHttpRequestOptions,
	};
	const options = { itemIndex: this.getItemIndex(), hints: operation.hints, nameRequest: false };
	let answer: IN8nHttpFullResponse;
	if (operation.list) {
		answer = { statusCode: 200, headers: {}, body: await operation.list.call(this, request, options) };
	} else {
		const { statusCode, body, headers } = await sendApiRequest.call(this, profile, request, options);
		answer = { statusCode, headers: headers ?? {}, body: body as IDataObject };
	}
	const body = answer.body && typeof answer.body === 'object' ? (answer.body as IDataObject | IDataObject[]) : {};
	let items = Array.isArray(body) ? body.map((json) => ({ json })) : [{ json: body }];
	if (operation.readBack) items = [{ json: await readBack.call(this, profile, operation.readBack.call(this, answer), answer, built.timeout) }];
	for (const step of operation.output ?? []) items = await step.call(this, items, answer);
	return items;
}

/**
 * Update endpoints answer 200 with no body (create ones only `{id}`): read the object back so the
 * next node sees it as it now stands. If only that fails, the error says the change is made.
 */
async function readBack(
	this: IExecuteSingleFunctions,
	profile: ApiProfile,
	path: string,
	answer: IN8nHttpFullResponse,
	timeout?: number,
): Promise<IDataObject> {
	try {
		return (await apiRequest.call(this, profile, { method: 'GET', url: path, timeout }, { itemIndex: this.getItemIndex() })) as IDataObject;
	} catch (error) {
		// the change is made: say so, or the user would run the item again (a create twice)
		const failed = error as NodeApiError;
		failed.description = `${profile.label} accepted the request (HTTP ${answer.statusCode}); only reading the result back (GET ${path}) failed, so do not run this item again to repeat the change. ${failed.description ?? ''}`.trim();
		throw failed;
	}
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

const limitSchema = z.object({ limit: wholeNumber({ min: 1 }) });

/**
 * How many items Get Many should return: all (Return All), or Limit, checked before anything is
 * sent (an expression giving 0, -5 or "ten" would otherwise read nothing, or ask the API for 0).
 */
export function requestedLimit(context: IExecuteSingleFunctions): number {
	if (context.getNodeParameter('returnAll', true) === true) return Infinity;
	const limit = context.getNodeParameter('limit', 50);
	return validateBody(context.getNode(), limitSchema, { limit }, context.getItemIndex()).limit;
}
