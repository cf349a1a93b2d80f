import type { INodeProperties } from 'n8n-workflow';

import { tenantOutputProperties } from './fields';

const showOnlyForTenantGetAll = { resource: ['tenant'], operation: ['getAll'] };

export const tenantGetAllDescription: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		displayOptions: { show: showOnlyForTenantGetAll },
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		displayOptions: { show: { ...showOnlyForTenantGetAll, returnAll: [false] } },
		description: 'Max number of results to return',
	},
	...tenantOutputProperties(['getAll']),
];
