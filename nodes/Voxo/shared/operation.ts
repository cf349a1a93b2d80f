import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, INodePropertyRouting } from 'n8n-workflow';

import { voxoProfile } from '../../shared/errors';
import { apiRouting, requestedLimit, type ApiOperation, type ListReader } from '../../shared/routing';
import { apiRequest, type RequestContext, type RequestContextOptions } from '../../shared/transport';

/** The routing of one VOXO operation (see apiRouting). */
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

/**
 * The one reader of VOXO's v2 lists, for Get Many and the pickers: `page` (from 1) and
 * `recordsPerPage`, the same page size on every page (changing it would shift the pages). Stops
 * when `limit` records are read, at an empty page, at `totalRecords` when the answer has it (so a
 * server that caps the page size still gives everything), else at a short page; and if a page
 * repeats the one before (a server that ignores `page`). `nextPage` is where to go on, when there
 * is more.
 */
export async function readVoxoList(
	context: RequestContext,
	list: { url: string; pageSize: number; timeout?: number },
	range: { page?: number; limit?: number } = {},
	options: RequestContextOptions = {},
): Promise<{ records: IDataObject[]; nextPage?: number }> {
	const limit = range.limit ?? Infinity;
	const recordsPerPage = Math.min(list.pageSize, limit);
	const startPage = range.page ?? 1;
	const records: IDataObject[] = [];
	// records before the next page: the pages before this call are taken as full
	let position = (startPage - 1) * recordsPerPage;
	let previousFirst: string | undefined;
	for (let page = startPage; ; page++) {
		const body = await apiRequest.call(
			context,
			voxoProfile,
			{ method: 'GET', url: list.url, qs: { page, recordsPerPage }, timeout: list.timeout },
			options,
		);
		const read = recordsOf(body);
		if (!read) throw unexpectedList(context, body, options.itemIndex);
		const first = read.records.length > 0 ? JSON.stringify(read.records[0]) : undefined;
		if (first === undefined || first === previousFirst) return { records };
		previousFirst = first;
		records.push(...read.records.slice(0, limit - records.length));
		position += read.records.length;
		const more = read.total !== undefined ? position < read.total : read.records.length === recordsPerPage;
		if (!more) return { records };
		if (records.length >= limit) return { records, nextPage: page + 1 };
	}
}

function unexpectedList(context: RequestContext, body: unknown, itemIndex?: number): NodeOperationError {
	const keys = body && typeof body === 'object' ? Object.keys(body).join(', ') : typeof body;
	return new NodeOperationError(context.getNode(), `VOXO answered the list with no "records" list (found: ${keys || 'nothing'})`, {
		itemIndex,
		description: "The list endpoint is not in VOXO's published pages; this package expects {records, page, totalRecords} or a plain list. Please report the answer's shape.",
	});
}

/** Get Many of a VOXO list: Return All or Limit. */
export function voxoGetMany(pageSize: number): ListReader {
	return async function (request, options) {
		const list = { url: request.url, pageSize, timeout: request.timeout };
		return (await readVoxoList(this, list, { limit: requestedLimit(this) }, options)).records;
	};
}
