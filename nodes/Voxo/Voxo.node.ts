import { NodeConnectionTypes, type INodeProperties, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { requestOptionsProperty } from '../shared/concurrency';
import { displayNameSubtitle } from '../shared/descriptions';

import { tenantDescription } from './resources/tenant';
import { searchTenants } from './resources/tenant/search';

const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Tenant',
				value: 'tenant',
			},
		],
		default: 'tenant',
	},
	...tenantDescription,
	requestOptionsProperty,
];

export class Voxo implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'VOXO',
		name: 'voxo',
		icon: { light: 'file:voxo.svg', dark: 'file:voxo.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: displayNameSubtitle(properties),
		description: 'Administer VOXO tenants through the v2 admin API',
		defaults: {
			name: 'VOXO',
		},
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'voxoApi', required: true }],
		requestDefaults: {
			// the credential sets the base URL and token; every operation sends through apiRouting
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		properties,
	};

	methods = {
		listSearch: { searchTenants },
	};
}
