import type { INodeProperties } from 'n8n-workflow';

import { TENANT_ADMIN_HINTS } from '../../shared/hints';
import { portSipRouting, type PortSipOperation } from '../../shared/operation';
import { buildVoicemailServerBody, voicemailServerUpdateDescription } from './update';

/** Every operation here acts on the signed-in tenant: a 403 says which login is needed. */
const tenantRouting = (operation: PortSipOperation) => portSipRouting({ ...operation, hints: TENANT_ADMIN_HINTS });

const showOnlyForVoicemailServer = { resource: ['voicemailServer'] };

export const voicemailServerDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForVoicemailServer },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get the voicemail server settings',
				description: "Get the tenant's voicemail server settings",
				routing: tenantRouting({ method: 'GET', url: '/api/voicemail' }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update the voicemail server settings',
				description: "Update the tenant's voicemail server settings",
				routing: tenantRouting({
					method: 'POST',
					idempotent: true,
					url: '/api/voicemail',
					preSend: [buildVoicemailServerBody],
					readBack: () => '/api/voicemail',
				}),
			},
		],
		default: 'get',
	},
	...voicemailServerUpdateDescription,
];
