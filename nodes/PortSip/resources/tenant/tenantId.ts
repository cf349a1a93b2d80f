import { NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeExecutionData,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeProperties,
} from 'n8n-workflow';

import { SYSTEM_ADMIN_HINTS } from '../../shared/hints';
import { searchPortSipList } from '../../shared/listSearch';

/** The tenant that Get, Update and Delete act on. */
export const tenantIdDescription: INodeProperties[] = [
	{
		displayName: 'Tenant',
		name: 'tenantId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: { show: { resource: ['tenant'], operation: ['get', 'update', 'delete'] } },
		description: 'The tenant to act on',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a tenant...',
				typeOptions: { searchListMethod: 'searchTenants', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'NzAwNTUxOTA5NzczMTQ4MTYw',
			},
		],
	},
];

/** From List: tenants by name and domain, searched by the API's `search`, paged with `skip` as the token. */
export async function searchTenants(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const label = (tenant: IDataObject) => `${String(tenant.name)} (${String(tenant.domain)})`;
	return await searchPortSipList(this, { url: '/api/tenants', label, hints: SYSTEM_ADMIN_HINTS }, filter, paginationToken);
}

/** The chosen tenant's ID, trimmed ("" when none). */
function chosenTenantId(context: IExecuteSingleFunctions): string {
	const id = context.getNodeParameter('tenantId', undefined, { extractValue: true });
	return typeof id === 'string' || typeof id === 'number' ? String(id).trim() : '';
}

/** Path of the chosen tenant, for reading it back after an update. */
export function chosenTenantPath(this: IExecuteSingleFunctions): string {
	return `/api/tenants/${encodeURIComponent(chosenTenantId(this))}`;
}

/**
 * preSend: puts the chosen tenant's ID, trimmed and escaped, in place of `{id}` in the operation's
 * URL. An empty ID (e.g. from an expression) would address /api/tenants itself: stop before sending.
 */
export async function tenantUrl(this: IExecuteSingleFunctions, options: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const id = chosenTenantId(this);
	if (id === '') {
		const itemIndex = this.getItemIndex();
		throw new NodeOperationError(this.getNode(), `Item ${itemIndex}: "Tenant" (tenantId) must not be empty`, {
			itemIndex,
			description: 'Choose a tenant from the list or enter its ID. Nothing was sent to the server.',
		});
	}
	return { ...options, url: (options.url ?? '').replace('{id}', encodeURIComponent(id)) };
}

/** The API answers 204 with no body: say what was deleted. */
export async function returnDeleted(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	return [{ json: { deleted: true, id: chosenTenantId(this) } }];
}
