import { NodeConnectionTypes, type INodeProperties, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { requestOptionsProperty } from '../shared/concurrency';
import { displayNameSubtitle, portSipListOptions, returnAllAndLimit } from '../shared/descriptions';
import { includeSecretsProperty } from '../shared/secrets';
import { pickerLists } from '../shared/pickers';
import { holidayDescription } from './resources/holiday';
import { inboundRuleDescription } from './resources/inboundRule';
import { getHolidays, getInboundRules, searchInboundRules, searchTrunks } from './resources/inboundRule/listSearch';
import { searchHolidays } from './resources/holiday/listSearch';
import { syncHolidays } from './resources/holiday/sync';
import { passwordPolicyDescription } from './resources/passwordPolicy';
import { publicHolidayDescription } from './resources/publicHoliday';
import { calendarCountries, searchCalendarSubdivisions } from './resources/publicHoliday/fields';
import { checkPublicHoliday, listPublicHolidays } from './resources/publicHoliday/lookup';
import { tenantDescription } from './resources/tenant';
import { searchTenants } from './resources/tenant/tenantId';
import { tenantSettingsDescription } from './resources/tenantSettings';
import { searchUsers, userDescription } from './resources/user';
import { actInTenantProperty } from './shared/tenantSession';
import { voicemailServerDescription } from './resources/voicemailServer';

/** Every resource's properties; each resource's Operation first (see below). */
const resourceProperties: INodeProperties[] = [
	...holidayDescription,
	...inboundRuleDescription,
	...passwordPolicyDescription,
	...publicHolidayDescription,
	...tenantDescription,
	...tenantSettingsDescription,
	...userDescription,
	...voicemailServerDescription,
];

/**
 * A parameter several resources show is one property (n8n sends each copy to the editor, and reads
 * every property for every item). The Operation selectors come first so that a property shared by
 * several resources can stand right after them, above each resource's own.
 */
const properties: INodeProperties[] = [
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
				description: 'Settings and status of the signed-in tenant',
			},
			{
				name: 'Holiday',
				value: 'holiday',
				description: "The tenant's holidays",
			},
			{
				name: 'Inbound Rule',
				value: 'inboundRule',
				description: "Routing of the tenant's DID numbers",
			},
			{
				name: 'Password Policy',
				value: 'passwordPolicy',
				description: "The tenant's password rules",
			},
			{
				name: 'Public Holiday',
				value: 'publicHoliday',
				description: 'Built-in calendars (no PBX, no login)',
			},
			{
				name: 'Tenant',
				value: 'tenant',
				description: 'All tenants (system administrator login)',
			},
			{
				name: 'User',
				value: 'user',
				description: "The tenant's users and their extensions",
			},
			{
				name: 'Voicemail Server',
				value: 'voicemailServer',
				description: "The tenant's voicemail settings",
			},
		],
		// a read of the signed-in tenant: harmless, and what most workflows start from
		default: 'tenantSettings',
	},
	...resourceProperties.filter((property) => property.name === 'operation'),
	{
		// the holiday's, the rule's or the tenant's (a user's Name is its sign-in name: a property of its own)
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: { resource: ['holiday', 'inboundRule', 'tenant'], operation: ['create'] } },
	},
	...resourceProperties.filter((property) => property.name !== 'operation'),
	actInTenantProperty,
	// one property for every resource that has it (each copy is sent to the editor, and read for every item)
	...returnAllAndLimit({ resource: ['holiday', 'inboundRule', 'publicHoliday', 'tenant', 'user'], operation: ['getAll'] }),
	portSipListOptions({ resource: ['holiday', 'inboundRule', 'tenant', 'user'], operation: ['getAll'] }),
	includeSecretsProperty(
		"a tenant's STIR/SHAKEN private key and webhook passwords and tokens, a user's voicemail PIN",
		{ resource: ['tenant', 'tenantSettings', 'user'], operation: ['create', 'get', 'update'] },
	),
	requestOptionsProperty,
];

export class PortSip implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'PortSIP PBX',
		name: 'portSip',
		icon: { light: 'file:portsip.svg', dark: 'file:portsip.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: displayNameSubtitle(properties),
		description: 'Administer PortSIP PBX tenants: settings, users, holidays, inbound rules, password policy and voicemail',
		defaults: {
			name: 'PortSIP PBX',
		},
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		// Public Holiday reads the built-in calendars only: no PBX, so no credential
		credentials: [{ name: 'portSipApi', required: true, displayOptions: { hide: { resource: ['publicHoliday'] } } }],
		requestDefaults: {
			// the credential sets the base URL and token; every operation sends through apiRouting
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		properties,
	};

	methods = {
		listSearch: { searchHolidays, searchInboundRules, searchTenants, searchTrunks, searchUsers, searchCalendarSubdivisions },
		loadOptions: { ...pickerLists, getHolidays, getInboundRules, calendarCountries },
	};

	// operations that are not one request per item (n8n-core runs these instead of the routing)
	customOperations = {
		holiday: { sync: syncHolidays },
		publicHoliday: { getAll: listPublicHolidays, check: checkPublicHoliday },
	};
}
