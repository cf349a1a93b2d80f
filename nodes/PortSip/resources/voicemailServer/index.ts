import type { INodeProperties } from 'n8n-workflow';

import { portSipRouting } from '../../shared/operation';
import { buildVoicemailServerBody, voicemailServerUpdateDescription } from './update';

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
				routing: portSipRouting({ method: 'GET', url: '/api/voicemail' }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update the voicemail server settings',
				description: "Update the tenant's voicemail server settings and return them as they now stand",
				routing: portSipRouting({
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
