import type { INodeProperties } from 'n8n-workflow';

import { TENANT_ADMIN_HINTS } from '../../shared/hints';
import { portSipRouting } from '../../shared/operation';
import { buildPasswordPolicyBody, passwordPolicyUpdateDescription } from './update';

export const passwordPolicyDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['passwordPolicy'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get the password policy',
				description: "Get the signed-in tenant's password policy",
				routing: portSipRouting({ method: 'GET', url: '/api/tenant/password_policy', hints: TENANT_ADMIN_HINTS }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update the password policy',
				description: "Update the signed-in tenant's password policy",
				routing: portSipRouting({
					method: 'POST',
					idempotent: true,
					url: '/api/tenant/password_policy',
					preSend: [buildPasswordPolicyBody],
					readBack: () => '/api/tenant/password_policy',
					hints: TENANT_ADMIN_HINTS,
				}),
			},
		],
		default: 'get',
	},
	...passwordPolicyUpdateDescription,
];
