import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { countryOptions, currencyOptions, timeZoneOptions } from '../../shared/pickers';
import { toApiFields } from './fields';

/*
 * The tenant's fields as the node offers them, stated once for Tenant Settings → Update and for
 * Tenant → Create/Update. The rules live in schemas/tenant.ts; names are the API's in camelCase.
 */

type Field = INodeProperties;

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

const quotaHint = 'A positive whole number with KB, MB, GB or PB, such as 500MB or 10GB; empty means unlimited';

const retention = (displayName: string, name: string, fallback: number, what: string): Field => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue: 1 },
	default: fallback,
	description: `Days ${what} are kept before they are deleted automatically`,
});

/** A switch that is off unless set (the spec's default false). */
const switchOff = (displayName: string, name: string, description: string): Field => ({
	displayName,
	name,
	type: 'boolean',
	default: false,
	description,
});

/** A switch that is on unless set (the spec's default true). */
const switchOn = (displayName: string, name: string, description: string): Field => ({
	displayName,
	name,
	type: 'boolean',
	default: true,
	description,
});

const webhookOptions = (what: string): Field[] => [
	{
		displayName: 'Authentication',
		name: 'auth',
		type: 'options',
		options: [
			{ name: 'Basic', value: 'BASIC' },
			{ name: 'Bearer Token', value: 'BEARER' },
			{ name: 'Digest', value: 'DIGEST' },
			{ name: 'None', value: 'DISABLE' },
		],
		default: 'DISABLE',
		description: 'How the PBX authenticates to the webhook URL',
	},
	switchOff('Enabled', 'enabled', `Whether the PBX posts ${what} to the URL`),
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'For Basic or Digest: 6 to 64 lowercase letters or digits',
	},
	{
		displayName: 'Token',
		name: 'token',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'For Bearer Token authentication',
	},
	{
		displayName: 'URL',
		name: 'url',
		type: 'string',
		default: '',
		placeholder: 'https://crm.example.com/portsip/events',
		description: `The http(s) URL (at most 128 characters) that receives ${what}`,
	},
	{
		displayName: 'Username',
		name: 'username',
		type: 'string',
		default: '',
		description: 'For Basic or Digest: 6 to 64 lowercase letters or digits',
	},
];

/** Name, domain, time zone, currency and region: required on Tenant → Create, optional elsewhere. */
export function tenantIdentityFields(): Field[] {
	return [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			placeholder: 'Acme Corp',
			description: 'Name of the tenant (1 to 1024 characters)',
		},
		...tenantDomainField(),
		{
			displayName: 'Time Zone',
			name: 'timezone',
			type: 'options',
			options: timeZoneOptions,
			default: 'UTC',
			description: 'IANA time zone of the tenant. Choose from the list, or specify a name such as Europe/Berlin using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Currency',
			name: 'currency',
			type: 'options',
			options: currencyOptions,
			default: 'USD',
			description: 'ISO 4217 currency of the tenant. Choose from the list, or specify a code such as EUR using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			options: countryOptions,
			default: 'USA',
			description: 'Country of the tenant, sent as ISO 3166-1 alpha-3. Choose from the list, or specify a code (DEU or DE) using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	];
}

function tenantDomainField(): Field[] {
	return [
		{
			displayName: 'Domain',
			name: 'domain',
			type: 'string',
			default: '',
			placeholder: 'tenant1.example.com',
			description: "The tenant's SIP domain: a domain name, or the PBX's IP address when there is none. Its users log in with it.",
		},
	];
}

/** Fields every tenant endpoint takes, besides name, domain, time zone, currency and region. */
function sharedFields(): Field[] {
	return [
		{
			displayName: 'Website',
			name: 'website',
			type: 'string',
			default: '',
			placeholder: 'https://www.example.com',
			description: "The tenant's website (at most 255 characters)",
		},
		switchOff('Enable Video Recording', 'enableVideoRecording', 'Whether extensions may record video'),
		switchOff('Enable Audio Recording', 'enableAudioRecording', 'Whether extensions may record audio'),
		switchOff('Enable Dual Track Recording', 'enableDualTrackRecording', 'Whether calls are recorded with one track per party'),
		switchOff('Enable Night Mode', 'enableNightMode', 'Whether night mode is on'),
		switchOff(
			'Enable Two-Factor Authentication',
			'enableTwoFactorAuthentication',
			"Whether the tenant's users must confirm logins with an e-mailed code. A workflow cannot answer such a code: keep it off for the account in the PortSIP credential.",
		),
		{
			displayName: 'Custom Options',
			name: 'customOptions',
			type: 'json',
			default: '{}',
			description: 'Custom configuration options as JSON',
		},
		retention('Recording Retention (Days)', 'recordingRetention', 180, 'recordings'),
		retention('Call Report Retention (Days)', 'callReportRetention', 30, 'call report files'),
		retention('Log Retention (Days)', 'logRetention', 180, 'audit and event logs'),
		retention('Temporary File Retention (Days)', 'tempFileRetention', 30, 'temporary files'),
		{
			displayName: 'Extension IM Disk Quota',
			name: 'extensionImDiskQuota',
			type: 'string',
			default: '1GB',
			description: `Disk space each extension user may use for instant messages. ${quotaHint}.`,
		},
		{
			displayName: 'Office Hours',
			name: 'officeHours',
			type: 'fixedCollection',
			placeholder: 'Add Day',
			default: {},
			description: 'Working hours per weekday. Only the days added are sent; each replaces that day.',
			options: WEEKDAYS.map((day) => ({
				displayName: day.charAt(0).toUpperCase() + day.slice(1),
				name: day,
				values: [
					switchOn('Enabled', 'enabled', 'Whether the day is a working day (with the ranges as its working time); off: the whole day is outside office hours'),
					{
						displayName: 'Ranges',
						name: 'ranges',
						type: 'fixedCollection',
						typeOptions: { multipleValues: true },
						placeholder: 'Add Range',
						default: {},
						options: [
							{
								displayName: 'Range',
								name: 'range',
								values: [
									{ displayName: 'From', name: 'from', type: 'string', default: '09:00', placeholder: '09:00', description: 'Start as HH:MM (24-hour clock)' },
									{ displayName: 'To', name: 'to', type: 'string', default: '17:00', placeholder: '17:00', description: 'End as HH:MM (24-hour clock), later than From' },
								],
							},
						],
					},
				],
			})),
		},
		{
			displayName: 'E.164 Number Processing',
			name: 'e164',
			type: 'collection',
			placeholder: 'Add Setting',
			default: {},
			options: [
				{ displayName: 'Area Code', name: 'areaCode', type: 'string', default: '' },
				{ displayName: 'Country', name: 'country', type: 'string', default: '', placeholder: 'Angola(244)' },
				switchOff('Enabled', 'enabled', 'Whether numbers are processed to E.164'),
				{ displayName: 'International Code', name: 'internationalCode', type: 'string', default: '' },
				{ displayName: 'National Code', name: 'nationalCode', type: 'string', default: '' },
				{ displayName: 'Prefix', name: 'prefix', type: 'string', default: '', description: 'Prefix to add' },
				switchOn('Remove Duplicate Area Codes', 'removeDuplicateAreaCodes', 'Whether duplicate area codes are removed'),
				switchOn('Remove Duplicate Countries', 'removeDuplicateCountries', 'Whether duplicate country codes are removed'),
				switchOff('Remove Special Characters', 'removeSpecialChars', 'Whether "(", ")" and spaces are removed from numbers'),
			],
		},
		{
			displayName: 'CDR Event Webhook',
			name: 'cdrEvent',
			type: 'collection',
			placeholder: 'Add Setting',
			default: {},
			options: webhookOptions('call detail records'),
		},
		{
			displayName: 'Extension Event Webhook',
			name: 'extensionEvent',
			type: 'collection',
			placeholder: 'Add Setting',
			default: {},
			options: webhookOptions('extension events'),
		},
		{
			displayName: 'Contact Match Type',
			name: 'contactMatchType',
			type: 'options',
			options: [
				{ name: 'Disabled', value: 'DISABLE' },
				{ name: 'Match at Least N Characters', value: 'MATCH_LENGTH' },
				{ name: 'Match Exactly', value: 'MATCH_EXACTLY' },
			],
			default: 'MATCH_EXACTLY',
			description: 'How caller numbers are matched to contacts',
		},
		{
			displayName: 'Contact Match Length',
			name: 'contactMatchLength',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'Characters that must match when Contact Match Type is "Match at Least N Characters"',
		},
		{
			displayName: 'Contact Append Type',
			name: 'contactAppendType',
			type: 'options',
			options: [
				{ name: 'Append Names', value: 'APPEND' },
				{ name: 'Do Not Add', value: 'DISABLE' },
				{ name: 'Prepend Names', value: 'PREPEND' },
			],
			default: 'APPEND',
			description: 'How group, queue or DID names are added to the caller ID',
		},
		{
			displayName: 'Contact Update Interval (Minutes)',
			name: 'contactUpdateInterval',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 43200 },
			default: 720,
			description: 'How often contacts are synchronised from the server: 1 to 43200 minutes',
		},
		switchOff('Password Force Reset', 'passwordForceReset', 'Whether users must change their initial password'),
	];
}

/** Only Tenant Settings → Update (POST /tenant) takes these. */
function currentTenantFields(): Field[] {
	return [
		{
			displayName: 'Outbound Caller IDs',
			name: 'outboundCallerIds',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Caller ID',
			default: {},
			description: 'The whole list of outbound caller IDs (replaces the current list)',
			options: [
				{
					displayName: 'Caller ID',
					name: 'callerIds',
					values: [
						{ displayName: 'Trunk ID', name: 'providerId', type: 'string', default: '', required: true, description: 'ID of the trunk (provider) the caller ID belongs to' },
						{ displayName: 'Caller ID', name: 'callerId', type: 'string', default: '', required: true, description: 'The caller ID (1 to 64 characters)' },
						{ displayName: 'Description', name: 'description', type: 'string', default: '' },
					],
				},
			],
		},
		{
			displayName: 'Avatar File ID',
			name: 'avatarFileId',
			type: 'string',
			default: '',
			description: 'ID of an uploaded file to use as the tenant avatar',
		},
		{
			displayName: 'STIR/SHAKEN Certificate',
			name: 'stirShakenCert',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			placeholder: '-----BEGIN CERTIFICATE-----',
			description: 'The certificate as PEM text',
		},
		{
			displayName: 'STIR/SHAKEN Private Key',
			name: 'stirShakenKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			placeholder: '-----BEGIN PRIVATE KEY-----',
			description: 'The private key as PEM text',
		},
	];
}

/** Only a system administrator sets these (Tenant → Create/Update); they are read-only in Tenant Settings. */
function systemAdminFields(): Field[] {
	const limit = (displayName: string, name: string, fallback: number, what: string): Field => ({
		displayName,
		name,
		type: 'number',
		typeOptions: { minValue: 0 },
		default: fallback,
		description: `The most ${what} the tenant may have`,
	});
	return [
		switchOn('Enabled', 'enabled', 'Whether the tenant is enabled'),
		switchOff('Enable Billing', 'enableBilling', 'Whether call billing is on'),
		switchOff('Enable Feature: Billing', 'enableFeatureBilling', 'Whether the tenant has the billing feature'),
		switchOn('Enable Feature: Call Statistics', 'enableFeatureCallStatistics', 'Whether the tenant has the call statistics feature'),
		switchOn('Enable Feature: Contact Center', 'enableFeatureContactCenter', 'Whether the tenant has the contact center feature'),
		switchOn('Enable Feature: Message Channels', 'enableFeatureMessageChannels', 'Whether the tenant has the message channels feature'),
		switchOn('Enable Feature: Microsoft Teams', 'enableFeatureMicrosoftTeams', 'Whether the tenant has the Microsoft Teams feature'),
		switchOn('Enable Feature: Trunks', 'enableFeatureTrunks', 'Whether the tenant has the trunks feature'),
		switchOn('Enable Feature: WhatsApp', 'enableFeatureWhatsApp', 'Whether the tenant has the WhatsApp feature'),
		limit('Max Extensions', 'maxExtensions', 1000, 'users (extensions)'),
		limit('Max Concurrent Calls', 'maxConcurrentCalls', 20, 'concurrent calls'),
		limit('Max Ring Groups', 'maxRingGroups', 20, 'ring groups'),
		limit('Max Virtual Receptionists', 'maxVirtualReceptionists', 20, 'virtual receptionists'),
		limit('Max Call Queues', 'maxCallQueues', 20, 'call queues'),
		limit('Max Conference Rooms', 'maxConferenceRooms', 20, 'conference rooms online at once'),
		{
			displayName: 'Disk Quota',
			name: 'diskQuota',
			type: 'string',
			default: '',
			description: `Disk space the tenant may use. ${quotaHint}.`,
		},
		{
			displayName: 'IM Disk Quota',
			name: 'imDiskQuota',
			type: 'string',
			default: '',
			description: `Disk space the tenant may use for instant messages. ${quotaHint}.`,
		},
		{
			displayName: 'E-Mail Recipients',
			name: 'emailRecipients',
			type: 'string',
			default: '',
			placeholder: 'it@example.com, ops@example.com',
			description: 'Up to 15 e-mail addresses, separated by commas, that receive notifications',
		},
	];
}

const byDisplayName = (a: Field, b: Field) => a.displayName.localeCompare(b.displayName);

/** Tenant Settings → Update: everything POST /tenant takes. */
export function tenantSettingsFields(): Field[] {
	return [...tenantIdentityFields(), ...sharedFields(), ...currentTenantFields()].sort(byDisplayName);
}

/** Tenant → Create, Additional Fields: the required five are separate parameters. */
export function tenantCreateFields(): Field[] {
	return [...sharedFields(), ...systemAdminFields()].sort(byDisplayName);
}

/** Tenant → Update: the spec takes no name on POST /tenants/{id}. */
export function tenantUpdateFields(): Field[] {
	return tenantIdentityFields()
		.filter((field) => field.name !== 'name')
		.concat(sharedFields(), systemAdminFields())
		.sort(byDisplayName);
}

/** The node's tenant parameters → the API's body: snake_case names, nested groups in the API's shape. */
export function tenantBody(fields: IDataObject): IDataObject {
	const body = toApiFields(fields);
	for (const group of ['e164', 'cdr_event', 'extension_event']) {
		if (isObject(body[group])) body[group] = toApiFields(body[group] as IDataObject);
	}
	if (isObject(body.office_hours)) body.office_hours = officeHoursBody(body.office_hours as IDataObject);
	if (isObject(body.outbound_caller_ids)) {
		const entries = ((body.outbound_caller_ids as IDataObject).callerIds as IDataObject[] | undefined) ?? [];
		body.outbound_caller_ids = entries.map((entry) => toApiFields(entry));
	}
	return body;
}

/** `{monday: {enabled, ranges: {range: [{from, to}]}}}` → `{monday: {enabled, ranges: [{from, to}]}}`. */
function officeHoursBody(days: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const [day, value] of Object.entries(days)) {
		if (!isObject(value)) {
			body[day] = value;
			continue;
		}
		const { ranges, ...rest } = value as IDataObject;
		// an expression may give the API's own array
		const list = Array.isArray(ranges) ? ranges : isObject(ranges) ? ((ranges as IDataObject).range ?? []) : ranges;
		body[day] = list === undefined ? rest : { ...rest, ranges: list };
	}
	return body;
}

function isObject(value: unknown): boolean {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}
