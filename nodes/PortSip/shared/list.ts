import type { IDataObject } from 'n8n-workflow';

import { portSipProfile } from '../../shared/errors';
import { apiRequest, type RequestContext, type RequestContextOptions } from '../../shared/transport';
import { PORTSIP_PAGE_SIZE } from './operation';

/*
 * Stand-in with the signature of the request-path branch's one list reader (nodes/PortSip/shared/list.ts
 * there): on merge, that file replaces this one; the callers stay as they are.
 */
export interface PortSipList {
	/** The list's path, e.g. `/api/holidays`. */
	url: string;
	/** More query parameters: filter, orderby, search. */
	qs?: IDataObject;
}

/**
 * Reads a PortSIP `{count, items}` list in `skip`/`top` pages until `count` items are read or a
 * page comes back short; an item listed twice (as pages shift) is read once.
 */
export async function readPortSipList(
	context: RequestContext,
	list: PortSipList,
	range: { skip?: number; limit?: number } = {},
	options: RequestContextOptions = {},
): Promise<{ items: IDataObject[]; next?: number }> {
	const limit = range.limit ?? Infinity;
	const byId = new Map<unknown, IDataObject>();
	let skip = range.skip ?? 0;
	let more = true;
	while (more && byId.size < limit) {
		const top = Math.min(PORTSIP_PAGE_SIZE, limit - byId.size);
		const page = (await apiRequest.call(context, portSipProfile, { method: 'GET', url: list.url, qs: { ...list.qs, skip, top } }, options)) as
			| IDataObject
			| undefined;
		const items = (Array.isArray(page?.items) ? page.items : []) as IDataObject[];
		const before = byId.size;
		for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
		skip += items.length;
		const count = typeof page?.count === 'number' ? page.count : undefined;
		more = byId.size > before && items.length === top && (count === undefined || skip < count);
	}
	return { items: [...byId.values()], next: more ? skip : undefined };
}
