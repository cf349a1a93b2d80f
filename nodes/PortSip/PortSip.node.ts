import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { holidayDescription } from './resources/holiday';
import { searchHolidays } from './resources/holiday/listSearch';
import { voicemailServerDescription } from './resources/voicemailServer';

export class PortSip implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'PortSIP PBX',
		name: 'portSip',
		icon: { light: 'file:portsip.svg', dark: 'file:portsip.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Administer PortSIP PBX tenants: settings, holidays, password policy and voicemail',
		defaults: {
			name: 'PortSIP PBX',
		},
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'portSipApi', required: true }],
		requestDefaults: {
			// the credential sets the base URL and token; errors are mapped by checkResponse
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
			ignoreHttpStatusErrors: true,
		},
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Holiday',
						value: 'holiday',
					},
					{
						name: 'Voicemail Server',
						value: 'voicemailServer',
					},
				],
				default: 'voicemailServer',
			},
			...holidayDescription,
			...voicemailServerDescription,
		],
	};

	methods = {
		listSearch: {
			searchHolidays,
		},
	};
}
