import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { portSipProfile } from '../../shared/errors';
import { apiRequest, type RequestContextOptions } from '../../shared/transport';
import { PORTSIP_PAGE_SIZE } from './operation';

/**
 * From List of a resource locator over a PortSIP `{count, items}` list: a page per request, sorted
 * by name, searched by the API; the pagination token is the next `skip`.
 */
export async function searchPortSipList(
	context: ILoadOptionsFunctions,
	list: { url: string; label: (item: IDataObject) => string; hints?: RequestContextOptions['hints'] },
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const skip = Number(paginationToken ?? 0) || 0;
	const page = (await apiRequest.call(
		context,
		portSipProfile,
		{
			method: 'GET',
			url: list.url,
			qs: { skip, top: PORTSIP_PAGE_SIZE, orderby: 'name asc', ...(filter ? { search: filter } : {}) },
		},
		{ hints: list.hints },
	)) as IDataObject;
	const items = (page.items as IDataObject[] | undefined) ?? [];
	const next = skip + items.length;
	// stop at the count the PBX reports, or (without one) at a short page
	const more = items.length > 0 && (typeof page.count === 'number' ? next < page.count : items.length === PORTSIP_PAGE_SIZE);
	return {
		results: items.map((item) => ({ name: list.label(item), value: String(item.id) })),
		paginationToken: more ? String(next) : undefined,
	};
}
