import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { collectionField, field, fieldShape, fieldsToApi, type Field } from '../../shared/field';
import { pickerOf } from '../../shared/pickers';
import { atLeastOneField, countryCode, currencyCode, text, timeZone, wholeNumber, yesNo } from '../../shared/validation';

/*
 * The tenant's fields, each stated once (property and rule together, see shared/field.ts). The
 * same object is sent to three endpoints (v22.2 spec): POST /tenant (the signed-in tenant's
 * settings), POST /tenants (create) and POST /tenants/{id} (update, as a system administrator).
 * Each endpoint's fields and schema below are composed from these groups.
 */

/** "500MB", "10GB"; empty means unlimited (spec: "Leave it empty, means unlimited"). */
const diskQuota = () =>
	z.preprocess(
		(value) => (typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : value),
		z
			.string({ invalid_type_error: 'must be text', required_error: 'is required' })
			.regex(/^(?:[1-9][0-9]*(?:KB|MB|GB|PB))?$/, {
				message: 'must be a positive whole number followed by KB, MB, GB or PB (such as 500MB or 10GB), or empty for unlimited',
			}),
	);

/** `custom_options` is JSON serialised into a string; an object given by expression is serialised here. */
const jsonText = () =>
	z.preprocess(
		(value) => (value !== null && typeof value === 'object' ? JSON.stringify(value) : value),
		z
			.string({ invalid_type_error: 'must be JSON text', required_error: 'is required' })
			.refine((value) => value === '' || isJson(value), { message: 'must be valid JSON (or empty)' }),
	);

function isJson(value: string): boolean {
	try {
		JSON.parse(value);
		return true;
	} catch {
		return false;
	}
}

const clockTime = () =>
	text({ pattern: /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/, rule: 'must be a time as HH:MM on the 24-hour clock, such as 09:00' });

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

const officeHourRange = z
	.object({ from: clockTime().describe('From'), to: clockTime().describe('To') })
	.strict()
	// HH:MM strings compare in time order
	.superRefine((range, context) => {
		if (range.from >= range.to) {
			context.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['from'],
				message: `must be earlier than "To" (${range.from} is not before ${range.to})`,
			});
		}
	});

const officeHoursDay = (day: string) =>
	z
		.object({
			enabled: yesNo().describe('Enabled'),
			ranges: z.array(officeHourRange, { invalid_type_error: 'must be a list of from/to ranges' }).describe('Ranges'),
		})
		.partial()
		.strict()
		.describe(capitalised(day));

const officeHoursRule = z
	.object(Object.fromEntries(WEEKDAYS.map((day) => [day, officeHoursDay(day)])))
	.partial()
	.strict();

/**
 * The node's office hours, one entry per day (`{day: [{day: 'monday', enabled, ranges: {range: [{from, to}]}}]}`:
 * each day listed once, not one option per weekday, so the description stays small) → the API's
 * `{monday: {enabled, ranges: [{from, to}]}}`.
 */
function officeHoursBody(value: unknown): unknown {
	if (!isObject(value)) return value;
	const { day: entries, ...unknownKeys } = value as IDataObject;
	const body: IDataObject = { ...unknownKeys };
	for (const entry of Array.isArray(entries) ? (entries as IDataObject[]) : []) {
		const { day, ranges, ...rest } = entry;
		const list = isObject(ranges) ? ((ranges as IDataObject).range ?? []) : ranges;
		body[String(day)] = list === undefined ? rest : { ...rest, ranges: list };
	}
	return body;
}

function isObject(value: unknown): boolean {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const officeHours = field(
	'office_hours',
	{
		displayName: 'Office Hours',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Day',
		default: {},
		description: 'Only the days added are sent; each replaces that day',
		options: [
			{
				displayName: 'Day',
				name: 'day',
				values: [
					{
						displayName: 'Day',
						name: 'day',
						type: 'options',
						options: WEEKDAYS.map((day) => ({ name: capitalised(day), value: day })),
						default: 'monday',
					},
					{ displayName: 'Enabled', name: 'enabled', type: 'boolean', default: true },
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
									{ displayName: 'From', name: 'from', type: 'string', default: '09:00' },
									{ displayName: 'To', name: 'to', type: 'string', default: '17:00' },
								],
							},
						],
					},
				],
			},
		],
	},
	officeHoursRule,
	officeHoursBody,
);

/*
 * Descriptions only where the display name does not say it all: every copy of a field is sent to
 * the editor (these fields stand in two collections), and a bad value's error states the rule.
 */

const quota = (api: string, displayName: string, fallback: string) =>
	field(api, { displayName, type: 'string', default: fallback, placeholder: 'e.g. 500MB', description: 'KB, MB, GB or PB; empty: unlimited' }, diskQuota());

const retention = (api: string, displayName: string, fallback: number) =>
	field(api, { displayName, type: 'number', default: fallback }, wholeNumber({ min: 1 }));

/** A switch that is off unless set (the spec's default false). */
const switchOff = (api: string, displayName: string, description?: string) =>
	field(api, { displayName, type: 'boolean', default: false, ...(description ? { description } : {}) });

/** A switch that is on unless set (the spec's default true). */
const switchOn = (api: string, displayName: string, description?: string) =>
	field(api, { displayName, type: 'boolean', default: true, ...(description ? { description } : {}) });

/** A list of options, shown by name (sorted, as n8n's lint wants); the rule accepts exactly their values. */
const choice = (api: string, displayName: string, fallback: string, options: Record<string, string>) =>
	field(api, { displayName, type: 'options', options: Object.entries(options).map(([name, value]) => ({ name, value })), default: fallback });

const plainText = (api: string, displayName: string, description?: string) =>
	field(api, { displayName, type: 'string', default: '', ...(description ? { description } : {}) }, text());

const e164 = collectionField('e164', { displayName: 'E.164 Number Processing', placeholder: 'Add Setting' }, [
	plainText('area_code', 'Area Code'),
	field('country', { displayName: 'Country', type: 'string', default: '', placeholder: 'Angola(244)' }, text()),
	switchOff('enabled', 'Enabled'),
	plainText('international_code', 'International Code'),
	plainText('national_code', 'National Code'),
	plainText('prefix', 'Prefix', 'Prefix to add'),
	switchOn('remove_duplicate_area_codes', 'Remove Duplicate Area Codes'),
	switchOn('remove_duplicate_countries', 'Remove Duplicate Countries'),
	switchOff('remove_special_chars', 'Remove Special Characters', 'Whether "(", ")" and spaces are removed'),
]);

/*
 * The spec gives the webhook username, password AND url the pattern `[a-z0-9]{6,64}`. Unanchored
 * (JSON-schema semantics) it only asks for six lowercase letters or digits in a row somewhere;
 * anchored it allows nothing else. For username and password we apply the anchored form: values
 * that pass it pass the server under either reading. On `url` the pattern is evidently copied from
 * the username (anchored, no URL could match it), so a URL field takes an http(s) URL of at most
 * 128 characters, as its description ("The event url") and the webhook documentation say.
 */
const webhookCredential = () =>
	text({ min: 6, max: 64, pattern: /^[a-z0-9]{6,64}$/, rule: 'must be 6 to 64 lowercase letters or digits' });

function isHttpUrl(value: string): boolean {
	return /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(value);
}

const webhook = (api: string, displayName: string, what: string) =>
	collectionField(
		api,
		{
			displayName,
			placeholder: 'Add Setting',
			description: `Where the PBX posts ${what}`,
		},
		[
			choice('auth', 'Authentication', 'DISABLE', { Basic: 'BASIC', 'Bearer Token': 'BEARER', Digest: 'DIGEST', None: 'DISABLE' }),
			switchOff('enabled', 'Enabled'),
			field('password', { displayName: 'Password', type: 'string', typeOptions: { password: true }, default: '' }, webhookCredential()),
			field('token', { displayName: 'Token', type: 'string', typeOptions: { password: true }, default: '' }, text()),
			field(
				'url',
				{ displayName: 'URL', type: 'string', default: '', placeholder: 'https://crm.example.com/portsip/events' },
				text({ min: 1, max: 128 }).refine(isHttpUrl, { message: 'must be an http:// or https:// URL' }),
			),
			field('username', { displayName: 'Username', type: 'string', default: '' }, webhookCredential()),
		],
	);

const callerIdFields = [
	field('provider_id', { displayName: 'Trunk ID', name: 'providerId', type: 'string', default: '', required: true }, text({ min: 1 })),
	field('caller_id', { displayName: 'Caller ID', type: 'string', default: '', required: true }, text({ min: 1, max: 64 })),
	field('description', { displayName: 'Description', type: 'string', default: '' }, text({ max: 1024 }).optional()),
];

const outboundCallerIds = field(
	'outbound_caller_ids',
	{
		displayName: 'Outbound Caller IDs',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Caller ID',
		default: {},
		description: 'The whole list (replaces the current one)',
		options: [{ displayName: 'Caller ID', name: 'callerIds', values: callerIdFields.map((entry) => entry.property) }],
	},
	z.array(z.object(fieldShape(callerIdFields)).strict(), { invalid_type_error: 'must be a list of caller IDs' }),
	(value) =>
		isObject(value)
			? (((value as IDataObject).callerIds as IDataObject[] | undefined) ?? []).map((entry) => fieldsToApi(callerIdFields, entry))
			: value,
);

const pem = (label: string, example: string) =>
	z
		.string({ invalid_type_error: 'must be text', required_error: 'is required' })
		.refine((value) => value === '' || /-----BEGIN [A-Z ]+-----[\s\S]+-----END [A-Z ]+-----/.test(value), {
			message: `must be the ${label} as PEM text (starting with ${example}), or empty`,
		});

/** Comma-separated e-mail addresses, at most 15 (spec: "Allow up to 15 email addresses"). */
const emailList = () =>
	z.preprocess(
		(value) =>
			typeof value === 'string'
				? value
						.split(',')
						.map((address) => address.trim())
						.filter(Boolean)
						.join(',')
				: value,
		z
			.string({ invalid_type_error: 'must be text', required_error: 'is required' })
			.refine((value) => value === '' || value.split(',').every((address) => /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/.test(address)), {
				message: 'must be e-mail addresses separated by commas',
			})
			.refine((value) => value.split(',').length <= 15, { message: 'must list at most 15 e-mail addresses' }),
	);

const EXPRESSION_LINK = '<a href="https://docs.n8n.io/code/expressions/">expression</a>';

/** Name, domain, time zone, currency and region: required on Tenant → Create, optional elsewhere. */
export const tenantIdentityFields = [
	field('name', { displayName: 'Name', type: 'string', default: '', placeholder: 'Acme Corp' }, text({ min: 1, max: 1024 })),
	field(
		'domain',
		{
			displayName: 'Domain',
			type: 'string',
			default: '',
			placeholder: 'tenant1.example.com',
			description: "SIP domain (or the PBX's IP address); users log in with it",
		},
		text({ min: 1, max: 280, pattern: /^[A-Za-z0-9.:[\]-]+$/, rule: 'must be a SIP domain: a domain name such as tenant1.example.com or an IP address' }),
	),
	field(
		'timezone',
		{
			displayName: 'Time Zone',
			...pickerOf('getTimeZones'),
			default: 'UTC',
			description: `IANA. Choose from the list, or specify one using an ${EXPRESSION_LINK}.`,
		},
		timeZone(),
	),
	field(
		'currency',
		{
			displayName: 'Currency',
			...pickerOf('getCurrencies'),
			default: 'USD',
			description: `ISO 4217. Choose from the list, or specify one using an ${EXPRESSION_LINK}.`,
		},
		currencyCode(),
	),
	field(
		'region',
		{
			displayName: 'Region',
			...pickerOf('getCountries'),
			default: 'USA',
			description: `Choose from the list, or specify one (DEU or DE) using an ${EXPRESSION_LINK}.`,
		},
		countryCode(),
	),
];

/** Fields every tenant endpoint takes, besides name, domain, time zone, currency and region. */
const sharedFields = [
	field('website', { displayName: 'Website', type: 'string', default: '', placeholder: 'https://www.example.com' }, text({ max: 255 })),
	switchOff('enable_video_recording', 'Enable Video Recording'),
	switchOff('enable_audio_recording', 'Enable Audio Recording'),
	switchOff('enable_dual_track_recording', 'Enable Dual Track Recording', 'Whether calls are recorded with one track per party'),
	switchOff('enable_night_mode', 'Enable Night Mode'),
	switchOff(
		'enable_two_factor_authentication',
		'Enable Two-Factor Authentication',
		"Whether logins need an e-mailed code (a workflow cannot answer one: keep it off for the credential's account)",
	),
	field('custom_options', { displayName: 'Custom Options', type: 'json', default: '{}' }, jsonText()),
	retention('recording_retention', 'Recording Retention (Days)', 180),
	retention('call_report_retention', 'Call Report Retention (Days)', 30),
	retention('log_retention', 'Log Retention (Days)', 180),
	retention('temp_file_retention', 'Temporary File Retention (Days)', 30),
	quota('extension_im_disk_quota', 'Extension IM Disk Quota', '1GB'),
	officeHours,
	e164,
	webhook('cdr_event', 'CDR Event Webhook', 'call detail records'),
	webhook('extension_event', 'Extension Event Webhook', 'extension events'),
	choice('contact_match_type', 'Contact Match Type', 'MATCH_EXACTLY', { Disabled: 'DISABLE', 'Match at Least N Characters': 'MATCH_LENGTH', 'Match Exactly': 'MATCH_EXACTLY' }),
	field(
		'contact_match_length',
		{ displayName: 'Contact Match Length', type: 'number', default: 0, description: 'For Match at Least N Characters' },
		wholeNumber({ min: 0 }),
	),
	choice('contact_append_type', 'Contact Append Type', 'APPEND', { 'Append Names': 'APPEND', 'Do Not Add': 'DISABLE', 'Prepend Names': 'PREPEND' }),
	field(
		'contact_update_interval',
		{ displayName: 'Contact Update Interval (Minutes)', type: 'number', default: 720 },
		wholeNumber({ min: 1, max: 43200 }),
	),
	switchOff('password_force_reset', 'Password Force Reset', 'Whether users must change their first password'),
];

/** Only on POST /tenant: the signed-in tenant's caller IDs, avatar and STIR/SHAKEN files. */
const currentTenantFields = [
	outboundCallerIds,
	field('avatar_file_id', { displayName: 'Avatar File ID', type: 'string', default: '', description: 'ID of an uploaded file' }, text({ min: 1 })),
	field(
		'stir_shaken_cert',
		{ displayName: 'STIR/SHAKEN Certificate', type: 'string', typeOptions: { rows: 4 }, default: '', placeholder: '-----BEGIN CERTIFICATE-----' },
		pem('certificate', '-----BEGIN CERTIFICATE-----'),
	),
	field(
		'stir_shaken_key',
		{ displayName: 'STIR/SHAKEN Private Key', type: 'string', typeOptions: { password: true }, default: '', placeholder: '-----BEGIN PRIVATE KEY-----' },
		pem('private key', '-----BEGIN PRIVATE KEY-----'),
	),
];

const limit = (api: string, displayName: string, fallback: number) => field(api, { displayName, type: 'number', default: fallback }, wholeNumber({ min: 0 }));

/** Only on POST /tenants and /tenants/{id}: limits and features a system administrator grants (read-only on /tenant). */
const systemAdminFields = [
	switchOn('enabled', 'Enabled'),
	switchOff('enable_billing', 'Enable Billing'),
	switchOff('enable_feature_billing', 'Enable Feature: Billing'),
	switchOn('enable_feature_call_statistics', 'Enable Feature: Call Statistics'),
	switchOn('enable_feature_contact_center', 'Enable Feature: Contact Center'),
	switchOn('enable_feature_message_channels', 'Enable Feature: Message Channels'),
	switchOn('enable_feature_microsoft_teams', 'Enable Feature: Microsoft Teams'),
	switchOn('enable_feature_trunks', 'Enable Feature: Trunks'),
	switchOn('enable_feature_whats_app', 'Enable Feature: WhatsApp'),
	limit('max_extensions', 'Max Extensions', 1000),
	limit('max_concurrent_calls', 'Max Concurrent Calls', 20),
	limit('max_ring_groups', 'Max Ring Groups', 20),
	limit('max_virtual_receptionists', 'Max Virtual Receptionists', 20),
	limit('max_call_queues', 'Max Call Queues', 20),
	limit('max_conference_rooms', 'Max Conference Rooms', 20),
	quota('disk_quota', 'Disk Quota', ''),
	quota('im_disk_quota', 'IM Disk Quota', ''),
	field(
		'email_recipients',
		{ displayName: 'E-Mail Recipients', type: 'string', default: '', placeholder: 'it@example.com, ops@example.com', description: 'Up to 15, separated by commas' },
		emailList(),
	),
];

/** Tenant Settings → Update (POST /tenant): every field it takes. */
export const tenantSettingsFields: Field[] = [...tenantIdentityFields, ...sharedFields, ...currentTenantFields];

/**
 * Tenant → Create (POST /tenants): the required five are separate parameters; Additional Fields
 * are what a system administrator grants (limits, features, quotas). The tenant's own settings are
 * set with Update: offering them here too would send every one of them to the editor twice.
 */
export const tenantCreateFields: Field[] = systemAdminFields;

/** Tenant → Update (POST /tenants/{id}): the spec takes no name there (a tenant's name is set when it is created). */
export const tenantUpdateFields: Field[] = [
	...tenantIdentityFields.filter((entry) => entry.api !== 'name'),
	...sharedFields,
	...systemAdminFields,
];

/** Every field any tenant endpoint takes (to turn parameters into a body). */
const allTenantFields: Field[] = [...tenantIdentityFields, ...sharedFields, ...currentTenantFields, ...systemAdminFields];

/** The node's tenant parameters → the API's body: the API's names, nested groups in the API's shape. */
export function tenantBody(values: IDataObject): IDataObject {
	return fieldsToApi(allTenantFields, values);
}

/** Properties of the required five on Tenant → Create. */
export function tenantIdentityProperties(): INodeProperties[] {
	return tenantIdentityFields.map((entry) => entry.property);
}

/** Body of POST /api/tenant (every field optional). */
export const tenantSettingsUpdateSchema = atLeastOneField(z.object(fieldShape(tenantSettingsFields)).partial().strict());

/** Body of POST /api/tenants (required: name, domain, timezone, currency, region). */
export const tenantCreateSchema = z
	.object(fieldShape([...tenantIdentityFields, ...tenantCreateFields]))
	.partial()
	.required({ name: true, domain: true, timezone: true, currency: true, region: true })
	.strict();

/** Body of POST /api/tenants/{id}. */
export const tenantUpdateSchema = atLeastOneField(z.object(fieldShape(tenantUpdateFields)).partial().strict());

/** Where tenant objects carry secrets (GET /tenant, GET /tenants/{id}). */
export const TENANT_SECRET_PATHS = [
	'stir_shaken_key',
	'cdr_event.password',
	'cdr_event.token',
	'extension_event.password',
	'extension_event.token',
] as const;

