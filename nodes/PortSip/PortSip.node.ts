import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { holidayDescription } from './resources/holiday';
import { searchHolidays } from './resources/holiday/listSearch';
import { syncHolidays } from './resources/holiday/sync';
import { passwordPolicyDescription } from './resources/passwordPolicy';
import { tenantDescription } from './resources/tenant';
import { searchTenants } from './resources/tenant/tenantId';
import { tenantSettingsDescription } from './resources/tenantSettings';
import { searchUsers, userDescription } from './resources/user';
import { actInTenantProperty } from './shared/tenantSession';
import { voicemailServerDescription } from './resources/voicemailServer';

export class PortSip implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'PortSIP PBX',
		name: 'portSip',
		icon: { light: 'file:portsip.svg', dark: 'file:portsip.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Administer PortSIP PBX tenants: settings, users, holidays, password policy and voicemail',
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
						// "Tenant Settings" (n8n's lint rule wants singular resource names): the signed-in tenant
						name: 'Current Tenant',
						value: 'tenantSettings',
						description: 'Settings and status of the tenant you are signed in to, or of the one chosen in Tenant',
					},
					{
						name: 'Holiday',
						value: 'holiday',
						description: 'Holidays of the tenant you are signed in to, or of the one chosen in Tenant',
					},
					{
						name: 'Password Policy',
						value: 'passwordPolicy',
					},
					{
						name: 'Tenant',
						value: 'tenant',
						description: 'Tenants as a system administrator manages them (system administrator login)',
					},
					{
						name: 'User',
						value: 'user',
						description: 'Users (with their extensions) of the signed-in tenant, or of the tenant chosen in Tenant',
					},
					{
						name: 'Voicemail Server',
						value: 'voicemailServer',
					},
				],
				default: 'voicemailServer',
			},
			...holidayDescription,
			...passwordPolicyDescription,
			...tenantDescription,
			...tenantSettingsDescription,
			...userDescription,
			...voicemailServerDescription,
			actInTenantProperty,
		],
	};

	methods = {
		listSearch: { searchHolidays, searchTenants, searchUsers },
	};

	// operations that are not one request per item (n8n-core runs these instead of the routing)
	customOperations = {
		holiday: { sync: syncHolidays },
	};
}
