import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { RequestContextOptions } from '../../shared/transport';
import { PORTSIP_PAGE_SIZE, readPortSipList } from './list';

/**
 * From List of a resource locator over a PortSIP `{count, items}` list: a page per call, sorted
 * by name, searched by the API; the pagination token is the next `skip`.
 */
export async function searchPortSipList(
	context: ILoadOptionsFunctions,
	list: { url: string; label: (item: IDataObject) => string; hints?: RequestContextOptions['hints'] },
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const qs = { orderby: 'name asc', ...(filter ? { search: filter } : {}) };
	const skip = Number(paginationToken ?? 0) || 0;
	const { items, next } = await readPortSipList(context, { url: list.url, qs }, { skip, limit: PORTSIP_PAGE_SIZE }, { hints: list.hints });
	return {
		results: items.map((item) => ({ name: list.label(item), value: String(item.id) })),
		paginationToken: next === undefined ? undefined : String(next),
	};
}
