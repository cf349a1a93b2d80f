import type { INodeProperties } from 'n8n-workflow';

import { maskSecrets } from '../../../shared/secrets';
import { TENANT_SECRET_PATHS } from '../../schemas/tenant';
import { SYSTEM_ADMIN_HINTS } from '../../shared/hints';
import { createdItemPath, portSipRouting } from '../../shared/operation';
import { buildTenantCreateBody, tenantCreateDescription } from './create';
import { checkFirstAdministrator, createFirstAdministrator, firstAdministratorProperty } from './firstAdministrator';
import { chosenTenantPath, returnDeleted, tenantIdDescription, tenantUrl } from './tenantId';
import { buildTenantUpdateBody, tenantUpdateDescription } from './update';

const showOnlyForTenant = { resource: ['tenant'] };

const maskTenantSecrets = maskSecrets(TENANT_SECRET_PATHS);

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
				description: 'Create a tenant',
				routing: portSipRouting({
					method: 'POST',
					url: '/api/tenants',
					preSend: [buildTenantCreateBody, checkFirstAdministrator],
					readBack: createdItemPath('/api/tenants'),
					output: [createFirstAdministrator, maskTenantSecrets],
					hints: SYSTEM_ADMIN_HINTS,
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a tenant',
				description: 'Delete a tenant with all its users and data',
				routing: portSipRouting({
					method: 'POST',
					deletes: { goneStatuses: [404] },
					url: '/api/tenants/{id}/destroy',
					preSend: [tenantUrl],
					output: [returnDeleted],
					hints: SYSTEM_ADMIN_HINTS,
				}),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a tenant',
				description: 'Get a tenant with all its settings',
				routing: portSipRouting({
					method: 'GET',
					url: '/api/tenants/{id}',
					preSend: [tenantUrl],
					output: [maskTenantSecrets],
					hints: SYSTEM_ADMIN_HINTS,
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many tenants',
				description: 'Get tenants (in the API\'s summary form)',
				routing: portSipRouting({
					method: 'GET',
					url: '/api/tenants',
					paginate: true,
					hints: SYSTEM_ADMIN_HINTS,
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a tenant',
				description: 'Update a tenant',
				routing: portSipRouting({
					method: 'POST',
					idempotent: true,
					url: '/api/tenants/{id}',
					preSend: [tenantUrl, buildTenantUpdateBody],
					readBack: chosenTenantPath,
					output: [maskTenantSecrets],
					hints: SYSTEM_ADMIN_HINTS,
				}),
			},
		],
		default: 'get',
	},
	...tenantIdDescription,
	...tenantCreateDescription,
	firstAdministratorProperty,
	...tenantUpdateDescription,
];
