/**
 * Bad input, every operation of both nodes: wrong types, bounds, patterns, enums, dates, JSON,
 * expressions that resolve to the wrong type, empty required fields, oversized strings. Each is
 * stopped before anything is sent (the sandbox records no request, not even a login), with an
 * error that names the item, the field and the rule.
 */
import type { IDataObject } from 'n8n-workflow';

import { SYSTEM_ADMIN, usePortSip } from '../harness/portsip';
import { useVoxo, VOXO_NODE } from '../harness/voxo';
import { N8N_MAJOR } from '../harness/line';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const fromList = (value: string) => ({ __rl: true, mode: 'list', value });

type Case = [what: string, parameters: IDataObject, message: string];

const HOLIDAY = 'NzAwNTUxOTA5NzczMTQ4MTYw';
const holidayCreate = { resource: 'holiday', operation: 'create', name: 'Holiday', region: 'USA', date: '2026-12-25' };
const holidayUpdate = { resource: 'holiday', operation: 'update', holidayId: byId(HOLIDAY) };
const holidayRaw = (fields: IDataObject) => ({
	...holidayCreate,
	dateInput: 'rawFields',
	dateFields: { consecutive: false, everyYear: false, yearStart: 2026, yearEnd: 2026, monthStart: 4, dayStart: 1, monthEnd: 4, dayEnd: 1, hourStart: 0, minuteStart: 0, hourEnd: 23, minuteEnd: 59, ...fields },
});
const settings = (updateFields: IDataObject) => ({ resource: 'tenantSettings', operation: 'update', updateFields });
const policy = (updateFields: IDataObject) => ({ resource: 'passwordPolicy', operation: 'update', updateFields });
const voicemail = (updateFields: IDataObject) => ({ resource: 'voicemailServer', operation: 'update', updateFields });

/** Tenant administrator: holidays, current tenant, password policy, voicemail server. */
const TENANT_ADMIN_CASES: Case[] = [
	// Holiday → Create
	['holiday create: empty name (expression)', { ...holidayCreate, name: '={{ "" }}' }, '"Name" (name) must not be empty'],
	['holiday create: name over 64 characters', { ...holidayCreate, name: 'x'.repeat(65) }, '"Name" (name) must be at most 64 characters long'],
	['holiday create: a 10,000-character name', { ...holidayCreate, name: 'Ω'.repeat(10_000) }, '"Name" (name) must be at most 64 characters long'],
	['holiday create: name resolving to an object', { ...holidayCreate, name: '={{ { text: "Xmas" } }}' }, '"Name" (name) must be text'],
	['holiday create: name resolving to a list', { ...holidayCreate, name: '={{ ["Xmas"] }}' }, '"Name" (name) must be text'],
	['holiday create: region that is no country', { ...holidayCreate, region: 'XX' }, '"Region" (region) must be an ISO 3166-1 country code'],
	['holiday create: region resolving to a number', { ...holidayCreate, region: '={{ 276 }}' }, '"Region" (region) must be a country code'],
	['holiday create: region with emoji', { ...holidayCreate, region: '🇩🇪' }, '"Region" (region) must be an ISO 3166-1 country code'],
	['holiday create: a date that is not a date', { ...holidayCreate, date: 'Christmas' }, '"Date" (date) must be a date such as 2025-12-25'],
	['holiday create: 30 February', { ...holidayCreate, date: '2026-02-30' }, '"Date" (date) is not a date: February 2026 has 28 days'],
	['holiday create: month 13', { ...holidayCreate, date: '2026-13-01' }, '"Date" (date) has no month 13'],
	['holiday create: every year that is not yes/no', { ...holidayCreate, everyYear: '={{ "sometimes" }}' }, '"Every Year" (everyYear) must be true or false'],
	['holiday create: start time 24:00', { ...holidayCreate, allDay: false, startTime: '24:00', endTime: '23:59' }, '"Start Time" (startTime) must be a time of day from 00:00 to 23:59'],
	['holiday create: end time before start time', { ...holidayCreate, allDay: false, startTime: '13:00', endTime: '09:00' }, '"End Time" (endTime) must not be before Start Time'],
	['holiday create: range ending before it starts', { ...holidayCreate, dateInput: 'dateRange', startDate: '2026-12-26', endDate: '2026-12-24' }, '"End Date" (endDate) must not be before Start Date'],
	['holiday create: raw month 13', holidayRaw({ monthEnd: 13 }), '"Month End" (month_end) must be a whole number from 1 to 12'],
	['holiday create: raw hour 24', holidayRaw({ hourStart: 24 }), '"Hour Start" (hour_start) must be a whole number from 0 to 23'],
	['holiday create: raw minute as words', holidayRaw({ minuteEnd: '={{ "fifty" }}' }), '"Minute End" (minute_end) must be a whole number from 0 to 59'],
	['holiday create: raw fractional day', holidayRaw({ dayStart: 1.5 }), '"Day Start" (day_start) must be a whole number'],
	['holiday create: raw year 0', holidayRaw({ yearStart: 0, yearEnd: 0 }), '"Year Start" (year_start) must be a whole number from 1970 to 9999'],
	['holiday create: raw missing field', holidayRaw({ consecutive: undefined }), '"Consecutive" (consecutive) is required'],
	// Holiday → Get / Update / Delete (the resource locator)
	['holiday get: empty ID (expression)', { resource: 'holiday', operation: 'get', holidayId: byId('={{ "" }}') }, '"Holiday" (holidayId) must not be empty'],
	['holiday get: ID of spaces', { resource: 'holiday', operation: 'get', holidayId: byId('   ') }, '"Holiday" (holidayId) must not be empty'],
	['holiday get: ID resolving to an object', { resource: 'holiday', operation: 'get', holidayId: byId('={{ { id: 1 } }}') }, '"Holiday" (holidayId) must be text'],
	// an empty required field typed in: n8n's own check stops it first
	['holiday get: empty pick from the list', { resource: 'holiday', operation: 'get', holidayId: fromList('') }, 'Parameter "Holiday" is required.'],
	['holiday delete: empty ID', { resource: 'holiday', operation: 'delete', holidayId: byId('={{ "" }}') }, '"Holiday" (holidayId) must not be empty'],
	['holiday update: empty ID', { ...holidayUpdate, holidayId: byId(''), updateFields: { name: 'New' } }, 'Parameter "Holiday" is required.'],
	['holiday update: name over 64 characters', { ...holidayUpdate, updateFields: { name: 'y'.repeat(65) } }, '"Name" (name) must be at most 64 characters long'],
	['holiday update: region that is no country', { ...holidayUpdate, updateFields: { region: 'Atlantis' } }, '"Region" (region) must be an ISO 3166-1 country code'],
	['holiday update: raw 31 April', { ...holidayUpdate, dateInput: 'rawFields', dateFields: { monthStart: 4, dayStart: 31 } }, '"Day Start" (day_start) must be a day that exists in April'],
	['holiday update: nothing to change', { ...holidayUpdate, updateFields: {} }, 'has no field to update: add at least one under'],
	// Holiday → Get Many
	['holiday get many: limit 0 (expression)', { resource: 'holiday', operation: 'getAll', returnAll: false, limit: '={{ 0 }}' }, '"Limit" (limit) must be a whole number of at least 1'],
	['holiday get many: negative limit', { resource: 'holiday', operation: 'getAll', returnAll: false, limit: -5 }, '"Limit" (limit) must be a whole number of at least 1'],
	['holiday get many: limit as words', { resource: 'holiday', operation: 'getAll', returnAll: false, limit: '={{ "ten" }}' }, '"Limit" (limit) must be a whole number of at least 1'],
	['holiday get many: fractional limit', { resource: 'holiday', operation: 'getAll', returnAll: false, limit: 2.5 }, '"Limit" (limit) must be a whole number of at least 1'],
	// Current Tenant → Update
	['current tenant: unknown time zone', settings({ timezone: '={{ "Mars/Olympus_Mons" }}' }), '"Time Zone" (timezone) must be an IANA time zone name'],
	['current tenant: time zone resolving to a number', settings({ timezone: '={{ 1 }}' }), '"Time Zone" (timezone) must be a time zone name'],
	['current tenant: unknown currency', settings({ currency: '={{ "EURO" }}' }), '"Currency" (currency) must be an ISO 4217 currency code'],
	['current tenant: custom options not JSON', settings({ customOptions: '{"theme": dark}' }), '"Custom Options" (custom_options) must be valid JSON'],
	['current tenant: quota without unit', settings({ extensionImDiskQuota: '500' }), '"Extension IM Disk Quota" (extension_im_disk_quota) must be a positive whole number followed by KB, MB, GB or PB'],
	['current tenant: contact update interval above 30 days', settings({ contactUpdateInterval: 43201 }), '"Contact Update Interval (Minutes)" (contact_update_interval) must be a whole number from 1 to 43200'],
	['current tenant: unknown contact match type', settings({ contactMatchType: '={{ "FUZZY" }}' }), '"Contact Match Type" (contact_match_type) must be one of DISABLE, MATCH_LENGTH, MATCH_EXACTLY'],
	['current tenant: webhook URL not http(s)', settings({ cdrEvent: { url: 'javascript:alert(1)' } }), '"CDR Event Webhook › URL" (cdr_event.url) must be an http:// or https:// URL'],
	['current tenant: webhook password with capitals', settings({ extensionEvent: { password: 'Secret123' } }), '"Extension Event Webhook › Password" (extension_event.password) must be 6 to 64 lowercase letters or digits'],
	['current tenant: domain with a path', settings({ domain: 'example.com/tenant' }), '"Domain" (domain) must be a SIP domain'],
	['current tenant: domain with a newline', settings({ domain: 'example.com\nevil.com' }), '"Domain" (domain) must be a SIP domain'],
	['current tenant: empty name', settings({ name: '' }), '"Name" (name) must not be empty'],
	['current tenant: office hour not HH:MM', settings({ officeHours: { day: [{ day: 'monday', enabled: true, ranges: { range: [{ from: '9:00', to: '17:00' }] } }] } }), '"Office Hours › Monday › Ranges › #1 › From" (office_hours.monday.ranges.0.from) must be a time as HH:MM'],
	['current tenant: certificate not PEM', settings({ stirShakenCert: 'not a certificate' }), '"STIR/SHAKEN Certificate" (stir_shaken_cert) must be the certificate as PEM text'],
	['current tenant: nothing to change', settings({}), 'has no field to update: add at least one under'],
	// Password Policy → Update
	['password policy: minimum under 6', policy({ minLength: 5 }), '"Min Length" (min_length) must be a whole number from 6 to 32'],
	['password policy: maximum over 32', policy({ maxLength: 33 }), '"Max Length" (max_length) must be a whole number from 6 to 32'],
	['password policy: minimum above maximum', policy({ minLength: 16, maxLength: 12 }), '"Min Length" (min_length) must be less than or equal to "Max Length" (max_length)'],
	['password policy: length as words', policy({ minLength: '={{ "eight" }}' }), '"Min Length" (min_length) must be a whole number from 6 to 32'],
	['password policy: switch that is not yes/no', policy({ containsNumbers: '={{ "sometimes" }}' }), '"Contains Numbers" (contains_numbers) must be true or false'],
	['password policy: nothing to change', policy({}), 'has no field to update: add at least one under'],
	// Voicemail Server → Update
	['voicemail: negative retention', voicemail({ retainDays: -1 }), '"Retention (Days)" (retain_days) must be a whole number of at least 0'],
	['voicemail: fractional minimum seconds', voicemail({ minSeconds: 0.5 }), '"Minimum Length (Seconds)" (min_seconds) must be a whole number of at least 0'],
	['voicemail: extension with letters', voicemail({ extensionNumber: '12a' }), '"Extension Number" (extension_number) must be 3 to 64 digits'],
	['voicemail: extension resolving to a list', voicemail({ extensionNumber: '={{ [999] }}' }), '"Extension Number" (extension_number) must be text'],
	['voicemail: nothing to change', voicemail({}), 'has no field to update: add at least one under'],
];

const tenantCreate = { resource: 'tenant', operation: 'create', name: 'Globex', domain: 'globex.example.com', timezone: 'Europe/Berlin', currency: 'EUR', region: 'DEU' };
const tenantUpdate = (updateFields: IDataObject) => ({ resource: 'tenant', operation: 'update', tenantId: byId('NzAwNTUxOTA5NzczMTQ4MTYw'), updateFields });

/** System administrator: tenants. */
const SYSTEM_ADMIN_CASES: Case[] = [
	['tenant create: empty name (expression)', { ...tenantCreate, name: '={{ "" }}' }, '"Name" (name) must not be empty'],
	['tenant create: empty domain', { ...tenantCreate, domain: '={{ "" }}' }, '"Domain" (domain) must not be empty'],
	['tenant create: domain with spaces', { ...tenantCreate, domain: 'globex example.com' }, '"Domain" (domain) must be a SIP domain'],
	['tenant create: unknown country', { ...tenantCreate, region: '={{ "ZZZ" }}' }, '"Region" (region) must be an ISO 3166-1 country code'],
	['tenant create: negative limit', { ...tenantCreate, additionalFields: { maxExtensions: -1 } }, '"Max Extensions" (max_extensions) must be a whole number of at least 0'],
	['tenant create: limit as words', { ...tenantCreate, additionalFields: { maxConcurrentCalls: '={{ "many" }}' } }, '"Max Concurrent Calls" (max_concurrent_calls) must be a whole number of at least 0'],
	['tenant create: disk quota in TB', { ...tenantCreate, additionalFields: { diskQuota: '5 TB' } }, '"Disk Quota" (disk_quota) must be a positive whole number followed by KB, MB, GB or PB'],
	['tenant create: recipient that is no address', { ...tenantCreate, additionalFields: { emailRecipients: 'it@example.com, helpdesk' } }, '"E-Mail Recipients" (email_recipients) must be e-mail addresses'],
	['tenant create: feature switch not yes/no', { ...tenantCreate, additionalFields: { enableFeatureTrunks: '={{ "maybe" }}' } }, '"Enable Feature: Trunks" (enable_feature_trunks) must be true or false'],
	['tenant get: empty ID', { resource: 'tenant', operation: 'get', tenantId: byId('={{ "" }}') }, '"Tenant" (tenantId) must not be empty'],
	['tenant delete: empty pick from the list', { resource: 'tenant', operation: 'delete', tenantId: fromList('') }, 'Parameter "Tenant" is required.'],
	['tenant update: empty ID', { ...tenantUpdate({ website: 'https://x.example' }), tenantId: byId('  ') }, '"Tenant" (tenantId) must not be empty'],
	['tenant update: retention of 0 days', tenantUpdate({ callReportRetention: 0 }), '"Call Report Retention (Days)" (call_report_retention) must be a whole number of at least 1'],
	['tenant update: nothing to change', tenantUpdate({}), 'has no field to update: add at least one under'],
	['tenant get many: limit 0', { resource: 'tenant', operation: 'getAll', returnAll: false, limit: 0 }, '"Limit" (limit) must be a whole number of at least 1'],
];

const voxoCreate = { resource: 'tenant', operation: 'create', name: 'Acme West', timezoneId: 2, partnerId: 7, billingStartDate: '2026-03-05T00:00:00' };
const voxoUpdate = (updateFields: IDataObject) => ({ resource: 'tenant', operation: 'update', tenantId: byId('100'), updateFields });

const VOXO_CASES: Case[] = [
	['voxo create: name of 2 characters', { ...voxoCreate, name: 'Ab' }, '"Name" (name) must be at least 3 characters long'],
	['voxo create: empty name (expression)', { ...voxoCreate, name: '={{ "" }}' }, '"Name" (name) must be at least 3 characters long'],
	['voxo create: name resolving to an object', { ...voxoCreate, name: '={{ { n: "Acme" } }}' }, '"Name" (name) must be text'],
	['voxo create: time zone 0', { ...voxoCreate, timezoneId: 0 }, '"Timezone ID" (timezoneId) must be a whole number of at least 1'],
	['voxo create: partner as words', { ...voxoCreate, partnerId: '={{ "seven" }}' }, '"Partner ID" (partnerId) must be a whole number of at least 1'],
	['voxo create: partner resolving to true', { ...voxoCreate, partnerId: '={{ true }}' }, '"Partner ID" (partnerId) must be a whole number of at least 1'],
	['voxo create: billing date 31 April', { ...voxoCreate, billingStartDate: '2026-04-31' }, '"Billing Start Date" (billingStartDate) must be a real calendar date; 2026-04-31 does not exist'],
	['voxo create: billing date not a billing day', { ...voxoCreate, billingStartDate: '2026-03-02' }, '"Billing Start Date" (billingStartDate) must be the 1st, 5th, 10th, 15th or 20th of a month'],
	['voxo create: billing date US style', { ...voxoCreate, billingStartDate: '03/05/2026' }, '"Billing Start Date" (billingStartDate) must be a date written YYYY-MM-DD'],
	['voxo create: external billing ID with a leading zero', { ...voxoCreate, additionalFields: { externalBillingId: '0123' } }, '"External Billing ID" (externalBillingId) must be a whole number written without leading zeros'],
	['voxo create: billing info not JSON', { ...voxoCreate, additionalFields: { billingInfo: '{plan: gold}' } }, '"Billing Info" (billingInfo) must be valid JSON'],
	['voxo create: billing info a JSON list', { ...voxoCreate, additionalFields: { billingInfo: '[1, 2]' } }, '"Billing Info" (billingInfo) must be a JSON object'],
	['voxo get: ID of letters (expression)', { resource: 'tenant', operation: 'get', tenantId: byId('={{ "acme" }}') }, '"Tenant" (tenantId) must be a tenant ID: a whole number such as 1234'],
	['voxo get: empty ID (expression)', { resource: 'tenant', operation: 'get', tenantId: byId('={{ "" }}') }, '"Tenant" (tenantId)'],
	['voxo update: ID with a slash', { ...voxoUpdate({ name: 'New name' }), tenantId: byId('={{ "100/../101" }}') }, '"Tenant" (tenantId) must be a tenant ID'],
	['voxo update: name of 1 character', voxoUpdate({ name: 'A' }), '"Name" (name) must be at least 3 characters long'],
	['voxo update: billing date 29 February 2027', voxoUpdate({ billingStartDate: '2027-02-29' }), '"Billing Start Date" (billingStartDate) must be a real calendar date; 2027-02-29 does not exist'],
	['voxo update: nothing to change', voxoUpdate({}), 'has no field to update: add at least one under'],
	['voxo get many: limit 0', { resource: 'tenant', operation: 'getAll', returnAll: false, limit: 0 }, '"Limit" (limit) must be a whole number of at least 1'],
	['voxo get many: limit resolving to a list', { resource: 'tenant', operation: 'getAll', returnAll: false, limit: '={{ [5] }}' }, '"Limit" (limit) must be a whole number of at least 1'],
];

/**
 * Our own checks start "Item 0: "; n8n's check of an empty required field says "node has issues"
 * (n8n 1.x: "The workflow has issues", without naming the field).
 */
function expectStoppedWith(error: string | undefined, message: string): void {
	if (message.startsWith('Parameter "') && N8N_MAJOR < 2) {
		expect(error).toBe('The workflow has issues and cannot be executed for that reason. Please fix them first.');
		return;
	}
	expect(error).toMatch(message.startsWith('Parameter "') ? /^The 'Under Test' node has issues:/ : /^Item 0: /);
	expect(error).toContain(message);
}

/** The error a run ends with: the node's error, or a rejection of the whole run (n8n's own locator check). */
async function errorOf(run: () => Promise<{ error?: { message: string } }>): Promise<string | undefined> {
	try {
		return (await run()).error?.message;
	} catch (error) {
		return (error as Error).message;
	}
}

export const BAD_INPUTS = TENANT_ADMIN_CASES.length + SYSTEM_ADMIN_CASES.length + VOXO_CASES.length;

describe(`Bad input: ${BAD_INPUTS} cases, nothing sent`, () => {
	it('covers at least 60 cases and every operation that takes input', () => {
		expect(BAD_INPUTS).toBeGreaterThanOrEqual(60);
		const covered = new Set(
			[...TENANT_ADMIN_CASES, ...SYSTEM_ADMIN_CASES].map(([, p]) => `portSip ${String(p.resource)} ${String(p.operation)}`).concat(
				VOXO_CASES.map(([, p]) => `voxo ${String(p.resource)} ${String(p.operation)}`),
			),
		);
		// Get of the voicemail server, the current tenant, its status and the password policy take no input
		expect([...covered].sort()).toEqual([
			'portSip holiday create', 'portSip holiday delete', 'portSip holiday get', 'portSip holiday getAll', 'portSip holiday update',
			'portSip passwordPolicy update', 'portSip tenant create', 'portSip tenant delete', 'portSip tenant get', 'portSip tenant getAll',
			'portSip tenant update', 'portSip tenantSettings update', 'portSip voicemailServer update',
			'voxo tenant create', 'voxo tenant get', 'voxo tenant getAll', 'voxo tenant update',
		]);
	});

	describe('PortSIP, tenant administrator', () => {
		const pbx = usePortSip();
		it.each(TENANT_ADMIN_CASES)('%s', async (_what, parameters, message) => {
			const error = await errorOf(() => pbx.engine.runNode(parameters));
			expectStoppedWith(error, message);
			expect(pbx.sandbox.requests).toEqual([]);
		});
	});

	describe('PortSIP, system administrator', () => {
		const pbx = usePortSip({ login: SYSTEM_ADMIN });
		it.each(SYSTEM_ADMIN_CASES)('%s', async (_what, parameters, message) => {
			const error = await errorOf(() => pbx.engine.runNode(parameters));
			expectStoppedWith(error, message);
			expect(pbx.sandbox.requests).toEqual([]);
		});
	});

	describe('VOXO', () => {
		const voxo = useVoxo();
		it.each(VOXO_CASES)('%s', async (_what, parameters, message) => {
			const error = await errorOf(() => voxo.engine.runNode(parameters, { type: VOXO_NODE }));
			expectStoppedWith(error, message);
			expect(voxo.sandbox.requests).toEqual([]);
		});
	});
});
