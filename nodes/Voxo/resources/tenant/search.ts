import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { voxoProfile } from '../../../shared/errors';
import { apiRequest } from '../../../shared/transport';
import { TENANTS_PAGE_SIZE, TENANTS_PATH } from '../../shared/endpoints';
import { recordsOf } from '../../shared/operation';

/**
 * "From List" of the tenant picker: one page of tenants per call, filtered here by name or ID (no
 * server-side search is documented); n8n asks for the next page as the user scrolls.
 */
export async function searchTenants(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 1;
	const body = await apiRequest.call(this, voxoProfile, {
		method: 'GET',
		url: TENANTS_PATH,
		qs: { page, recordsPerPage: TENANTS_PAGE_SIZE },
	});
	const { records, total } = recordsOf(body) ?? { records: [] };
	const wanted = (filter ?? '').trim().toLowerCase();
	const results = records
		.filter(
			(tenant: IDataObject) =>
				wanted === '' || String(tenant.name ?? '').toLowerCase().includes(wanted) || String(tenant.id) === wanted,
		)
		.map((tenant: IDataObject) => ({ name: String(tenant.name ?? tenant.id), value: String(tenant.id) }));
	const more = total !== undefined ? page * TENANTS_PAGE_SIZE < total : records.length === TENANTS_PAGE_SIZE;
	return { results, paginationToken: more ? String(page + 1) : undefined };
}
