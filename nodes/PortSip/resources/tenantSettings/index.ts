import type { INodeProperties } from 'n8n-workflow';

import { maskSecrets } from '../../../shared/secrets';
import { TENANT_SECRET_PATHS } from '../../schemas/tenant';
import { TENANT_ADMIN_HINTS } from '../../shared/hints';
import { portSipRouting } from '../../shared/operation';
import { buildTenantSettingsBody, tenantSettingsUpdateDescription } from './update';

const showOnlyForTenantSettings = { resource: ['tenantSettings'] };

export const tenantSettingsDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForTenantSettings },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get the tenant settings',
				description: "Get the signed-in tenant's settings",
				routing: portSipRouting({
					method: 'GET',
					url: '/api/tenant',
					output: [maskSecrets(TENANT_SECRET_PATHS)],
					hints: TENANT_ADMIN_HINTS,
				}),
			},
			{
				name: 'Get Status',
				value: 'getStatus',
				action: 'Get the tenant status',
				description: "Get the signed-in tenant's version, users, calls and usage counters",
				routing: portSipRouting({ method: 'GET', url: '/api/tenant/status', hints: TENANT_ADMIN_HINTS }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update the tenant settings',
				description: "Update the signed-in tenant's settings",
				routing: portSipRouting({
					method: 'POST',
					idempotent: true,
					url: '/api/tenant',
					preSend: [buildTenantSettingsBody],
					readBack: () => '/api/tenant',
					output: [maskSecrets(TENANT_SECRET_PATHS)],
					hints: TENANT_ADMIN_HINTS,
				}),
			},
		],
		default: 'get',
	},
	...tenantSettingsUpdateDescription,
];
