import { NodeOperationError } from 'n8n-workflow';
import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodePropertyRouting,
} from 'n8n-workflow';

import { voxoProfile } from '../../shared/errors';
import { apiRouting, itemContextOf, requestedLimit, type ApiOperation } from '../../shared/routing';

/** The routing of one VOXO operation: request, validation before sending, error mapping, output. */
export function voxoRouting(operation: ApiOperation): INodePropertyRouting {
	return apiRouting(voxoProfile, operation);
}

/** A v2 list page: `{records, page, totalRecords}`, or a bare array from lists that are not paged. */
export function recordsOf(body: unknown): { records: IDataObject[]; total?: number } | undefined {
	if (Array.isArray(body)) return { records: body as IDataObject[] };
	const page = body as IDataObject | undefined;
	if (page && Array.isArray(page.records)) {
		const total = Number(page.totalRecords);
		return { records: page.records as IDataObject[], total: Number.isFinite(total) ? total : undefined };
	}
	return undefined;
}

/** totalRecords of the last page an item read (keyed by the item's own context, see itemContextOf). */
const pageTotals = new WeakMap<object, number | undefined>();

/** postReceive of a list: one item per record. */
export async function listRecords(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const page = recordsOf(response.body);
	if (!page) {
		const keys = response.body && typeof response.body === 'object' ? Object.keys(response.body).join(', ') : typeof response.body;
		throw new NodeOperationError(this.getNode(), `VOXO answered the list with no "records" list (found: ${keys || 'nothing'})`, {
			itemIndex: this.getItemIndex(),
			description: 'The list endpoint is not in VOXO\'s published pages; this package expects {records, page, totalRecords} or a plain list. Please report the answer\'s shape.',
		});
	}
	pageTotals.set(this, page.total);
	return page.records.map((json) => ({ json }));
}

/**
 * Return All / Limit over `page` (from 1) and `recordsPerPage`. The page size stays the same on
 * every page (changing it would shift the pages), and the last page is trimmed to the limit.
 * Stops at an empty page, at `totalRecords` when the answer has it (so a server that caps the page
 * size still gives everything), else at a short page; and if a page repeats the one before (a
 * server that ignores `page`), instead of looping for ever.
 */
export function pageNumberPagination(pageSize: number) {
	return async function (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const limit = requestedLimit(this);
		const returnAll = limit === Infinity;
		const recordsPerPage = Math.min(pageSize, limit);
		const itemContext = itemContextOf(this);
		const results: INodeExecutionData[] = [];
		let previousFirst: string | undefined;
		for (let page = 1; ; page++) {
			const options = {
				...requestData.options,
				qs: { ...(requestData.options.qs as IDataObject), page, recordsPerPage },
			};
			const records = await this.makeRoutingRequest({ ...requestData, options });
			const first = records.length > 0 ? JSON.stringify(records[0].json) : undefined;
			if (records.length === 0 || first === previousFirst) break;
			previousFirst = first;
			results.push(...records);
			const total = pageTotals.get(itemContext);
			if (results.length >= limit) break;
			if (total !== undefined ? results.length >= total : records.length !== recordsPerPage) break;
		}
		return returnAll ? results : results.slice(0, limit);
	};
}
