import type { IDataObject } from 'n8n-workflow';

import { portSipProfile } from '../../shared/errors';
import { requestedLimit, type ListReader } from '../../shared/routing';
import { apiRequest, type RequestContext, type RequestContextOptions } from '../../shared/transport';

/** PortSIP lists answer at most 100 items per request (`top` 1..100). */
export const PORTSIP_PAGE_SIZE = 100;

export interface PortSipList {
	/** The list's path, e.g. `/api/holidays`. */
	url: string;
	/** More query parameters: filter, orderby, search. */
	qs?: IDataObject;
	/** Timeout in ms (default: the node's Request Options → Timeout). */
	timeout?: number;
}

/**
 * The one reader of PortSIP's `{count, items}` lists, for Get Many, Sync and the pickers: pages of
 * `skip`/`top` (at most 100) from `skip`, until `limit` items are read, `count` items are read, or
 * a page comes back short: ⌈n/100⌉ requests for n items, never an empty extra page. A page that
 * starts with the item an earlier page started with ends the reading (a server that ignores `skip`
 * answers the first page again): one check per page, not per item. `next` is the `skip` to go on
 * from, when there is more.
 */
export async function readPortSipList(
	context: RequestContext,
	list: PortSipList,
	range: { skip?: number; limit?: number } = {},
	options: RequestContextOptions = {},
): Promise<{ items: IDataObject[]; next?: number }> {
	const limit = range.limit ?? Infinity;
	const items: IDataObject[] = [];
	const pageStarts = new Set<unknown>();
	let skip = range.skip ?? 0;
	let more = true;
	while (more && items.length < limit) {
		const top = Math.min(PORTSIP_PAGE_SIZE, limit - items.length);
		const page = (await apiRequest.call(
			context,
			portSipProfile,
			{ method: 'GET', url: list.url, qs: { ...list.qs, skip, top }, timeout: list.timeout },
			options,
		)) as IDataObject | undefined;
		const pageItems = (Array.isArray(page?.items) ? page.items : []) as IDataObject[];
		const start = pageItems[0]?.id;
		const repeated = start !== undefined && start !== null && pageStarts.has(start);
		pageStarts.add(start);
		if (!repeated) items.push(...pageItems.slice(0, limit - items.length));
		skip += pageItems.length;
		const count = typeof page?.count === 'number' ? page.count : undefined;
		more = !repeated && pageItems.length > 0 && pageItems.length === top && (count === undefined || skip < count);
	}
	return { items, next: more ? skip : undefined };
}

/** Get Many of a PortSIP list: Return All or Limit, with the query n8n built (filter, orderby, search). */
export const portSipGetMany: ListReader = async function (request, options) {
	const list = { url: request.url, qs: request.qs, timeout: request.timeout };
	return (await readPortSipList(this, list, { limit: requestedLimit(this) }, options)).items;
};
