import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { TENANTS_PAGE_SIZE, TENANTS_PATH } from '../../shared/endpoints';
import { readVoxoList } from '../../shared/operation';

/**
 * "From List" of the tenant picker: one page of tenants per call, filtered here by name or ID (no
 * server-side search is documented); n8n asks for the next page as the user scrolls.
 */
export async function searchTenants(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken ?? 1) || 1;
	const list = { url: TENANTS_PATH, pageSize: TENANTS_PAGE_SIZE };
	const { records, nextPage } = await readVoxoList(this, list, { page, limit: TENANTS_PAGE_SIZE });
	const wanted = (filter ?? '').trim().toLowerCase();
	const results = records
		.filter(
			(tenant: IDataObject) =>
				wanted === '' || String(tenant.name ?? '').toLowerCase().includes(wanted) || String(tenant.id) === wanted,
		)
		.map((tenant: IDataObject) => ({ name: String(tenant.name ?? tenant.id), value: String(tenant.id) }));
	return { results, paginationToken: nextPage === undefined ? undefined : String(nextPage) };
}
