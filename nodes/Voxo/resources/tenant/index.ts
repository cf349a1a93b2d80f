import type { INodeProperties } from 'n8n-workflow';

import { TENANT_UPDATE_METHOD, TENANTS_PAGE_SIZE, TENANTS_PATH } from '../../shared/endpoints';
import { voxoGetMany, voxoRouting } from '../../shared/operation';
import { buildTenantCreateBody, tenantCreateDescription } from './create';
import { tenantUrl } from './fields';
import { tenantGetDescription } from './get';
import { tenantGetAllDescription } from './getAll';
import { tenantOutput } from './output';
import { buildTenantUpdateBody, tenantUpdateDescription } from './update';

const showOnlyForTenant = { resource: ['tenant'] };

const NOT_FOUND = 'No tenant has this ID (it may have been deleted), or this VOXO user may not see it. Check the tenant ID.';

export const tenantDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForTenant },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a tenant',
				description: 'Create a tenant under a partner',
				routing: voxoRouting({
					method: 'POST',
					// documented with the trailing slash
					url: `${TENANTS_PATH}/`,
					preSend: [buildTenantCreateBody],
					output: [tenantOutput],
				}),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a tenant',
				description: 'Get a tenant by ID',
				routing: voxoRouting({
					method: 'GET',
					url: TENANTS_PATH,
					preSend: [tenantUrl],
					output: [tenantOutput],
					hints: { 404: NOT_FOUND },
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many tenants',
				description: 'List the tenants this VOXO user can see',
				routing: voxoRouting({
					method: 'GET',
					url: TENANTS_PATH,
					list: voxoGetMany(TENANTS_PAGE_SIZE),
					output: [tenantOutput],
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a tenant',
				description: 'Change the name, time zone, billing start date, external billing ID or billing info of a tenant',
				routing: voxoRouting({
					method: TENANT_UPDATE_METHOD,
					idempotent: true,
					url: TENANTS_PATH,
					preSend: [tenantUrl, buildTenantUpdateBody],
					output: [tenantOutput],
					hints: {
						404: `${NOT_FOUND} If every update fails this way, VOXO may expect another method than ${TENANT_UPDATE_METHOD} (it is not in VOXO's public documentation): please report it.`,
						405: `VOXO does not accept ${TENANT_UPDATE_METHOD} for a tenant. The update method is not in VOXO's public documentation (this package assumes ${TENANT_UPDATE_METHOD}): please report it so it can be corrected.`,
					},
				}),
			},
		],
		// a read: opening the node does nothing until a tenant is chosen
		default: 'get',
	},
	...tenantCreateDescription,
	...tenantGetDescription,
	...tenantGetAllDescription,
	...tenantUpdateDescription,
];
