import type { INodeProperties } from 'n8n-workflow';

import { listItems } from '../../../shared/routing';
import { includeSecretsProperty, maskSecrets } from '../../../shared/secrets';
import { TENANT_SECRET_PATHS, TENANT_SECRETS_LABEL } from '../../schemas/tenant';
import { SYSTEM_ADMIN_HINTS } from '../../shared/hints';
import { createdItemPath, portSipRouting } from '../../shared/operation';
import { buildTenantCreateBody, tenantCreateDescription } from './create';
import { returnDeleted, tenantDeleteDescription } from './delete';
import { checkFirstAdministrator, createFirstAdministrator, firstAdministratorProperty } from './firstAdministrator';
import { tenantGetDescription } from './get';
import { tenantGetAllDescription } from './getAll';
import { chosenTenantPath, requireTenantId, tenantIdDescription } from './tenantId';
import { buildTenantUpdateBody, tenantUpdateDescription } from './update';

const showOnlyForTenant = { resource: ['tenant'] };

/** `=/api/tenants/<id of the chosen tenant>`, with the id's characters escaped. */
const tenantUrl = (suffix = '') => `=/api/tenants/{{ encodeURIComponent($parameter["tenantId"]) }}${suffix}`;

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
				description: 'Create a tenant and return it as it now stands',
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
					url: tenantUrl('/destroy'),
					preSend: [requireTenantId],
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
					url: tenantUrl(),
					preSend: [requireTenantId],
					output: [maskTenantSecrets],
					hints: SYSTEM_ADMIN_HINTS,
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many tenants',
				description: 'Get tenants (in the API\'s summary form), filtered, searched and sorted',
				routing: portSipRouting({
					method: 'GET',
					url: '/api/tenants',
					paginate: true,
					output: [listItems],
					hints: SYSTEM_ADMIN_HINTS,
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a tenant',
				description: 'Update a tenant and return it as it now stands',
				routing: portSipRouting({
					method: 'POST',
					idempotent: true,
					url: tenantUrl(),
					preSend: [requireTenantId, buildTenantUpdateBody],
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
	...tenantGetDescription,
	...tenantGetAllDescription,
	...tenantUpdateDescription,
	...tenantDeleteDescription,
	includeSecretsProperty(TENANT_SECRETS_LABEL, { ...showOnlyForTenant, operation: ['create', 'get', 'update'] }),
];
