import { z } from 'zod';

import { atLeastOneField, countryCode, currencyCode, oneOf, text, timeZone, wholeNumber, yesNo } from '../../shared/validation';

/*
 * The tenant's fields, stated once. The same object is sent to three endpoints (v22.2 spec):
 * POST /tenant (the signed-in tenant's settings), POST /tenants (create) and POST /tenants/{id}
 * (update, as a system administrator). Each endpoint's schema below is composed from these groups.
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

const retentionDays = () => wholeNumber({ min: 1 });

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

const officeHourRange = z
	.object({ from: clockTime(), to: clockTime() })
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

const officeHoursDay = z
	.object({ enabled: yesNo(), ranges: z.array(officeHourRange, { invalid_type_error: 'must be a list of from/to ranges' }) })
	.partial()
	.strict();

const officeHours = z
	.object({
		monday: officeHoursDay,
		tuesday: officeHoursDay,
		wednesday: officeHoursDay,
		thursday: officeHoursDay,
		friday: officeHoursDay,
		saturday: officeHoursDay,
		sunday: officeHoursDay,
	})
	.partial()
	.strict();

const e164 = z
	.object({
		enabled: yesNo(),
		international_code: text(),
		country: text(),
		area_code: text(),
		national_code: text(),
		prefix: text(),
		remove_special_chars: yesNo(),
		remove_duplicate_countries: yesNo(),
		remove_duplicate_area_codes: yesNo(),
	})
	.partial()
	.strict();

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

const httpUrl = () =>
	text({ min: 1, max: 128 }).refine(isHttpUrl, { message: 'must be an http:// or https:// URL' });

function isHttpUrl(value: string): boolean {
	return /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(value);
}

const webhook = z
	.object({
		enabled: yesNo(),
		auth: oneOf(['DISABLE', 'BASIC', 'DIGEST', 'BEARER']),
		username: webhookCredential(),
		password: webhookCredential(),
		token: text(),
		url: httpUrl(),
	})
	.partial()
	.strict();

const outboundCallerId = z
	.object({
		provider_id: text({ min: 1 }),
		caller_id: text({ min: 1, max: 64 }),
		description: text({ max: 1024 }).optional(),
	})
	.strict();

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

/** Fields every tenant endpoint takes, with the same rules. */
const tenantFields = {
	name: text({ min: 1, max: 1024 }),
	domain: text({
		min: 1,
		max: 280,
		pattern: /^[A-Za-z0-9.:[\]-]+$/,
		rule: 'must be a SIP domain: a domain name such as tenant1.example.com or an IP address',
	}),
	website: text({ max: 255 }),
	timezone: timeZone(),
	currency: currencyCode(),
	region: countryCode(),
	enable_video_recording: yesNo(),
	enable_audio_recording: yesNo(),
	enable_dual_track_recording: yesNo(),
	enable_night_mode: yesNo(),
	enable_two_factor_authentication: yesNo(),
	custom_options: jsonText(),
	recording_retention: retentionDays(),
	call_report_retention: retentionDays(),
	log_retention: retentionDays(),
	temp_file_retention: retentionDays(),
	extension_im_disk_quota: diskQuota(),
	office_hours: officeHours,
	e164,
	cdr_event: webhook,
	extension_event: webhook,
	contact_match_type: oneOf(['DISABLE', 'MATCH_EXACTLY', 'MATCH_LENGTH']),
	contact_match_length: wholeNumber({ min: 0 }),
	contact_append_type: oneOf(['DISABLE', 'APPEND', 'PREPEND']),
	contact_update_interval: wholeNumber({ min: 1, max: 43200 }),
	password_force_reset: yesNo(),
};

/** Only on POST /tenant: the signed-in tenant's caller IDs, avatar and STIR/SHAKEN files. */
const currentTenantFields = {
	outbound_caller_ids: z.array(outboundCallerId, { invalid_type_error: 'must be a list of caller IDs' }),
	avatar_file_id: text({ min: 1 }),
	stir_shaken_cert: pem('certificate', '-----BEGIN CERTIFICATE-----'),
	stir_shaken_key: pem('private key', '-----BEGIN PRIVATE KEY-----'),
};

/** Only on POST /tenants and /tenants/{id}: limits and features a system administrator grants (read-only on /tenant). */
const systemAdminFields = {
	enabled: yesNo(),
	enable_billing: yesNo(),
	enable_feature_billing: yesNo(),
	enable_feature_call_statistics: yesNo(),
	enable_feature_contact_center: yesNo(),
	enable_feature_message_channels: yesNo(),
	enable_feature_microsoft_teams: yesNo(),
	enable_feature_trunks: yesNo(),
	enable_feature_whats_app: yesNo(),
	max_extensions: wholeNumber({ min: 0 }),
	max_concurrent_calls: wholeNumber({ min: 0 }),
	max_ring_groups: wholeNumber({ min: 0 }),
	max_virtual_receptionists: wholeNumber({ min: 0 }),
	max_call_queues: wholeNumber({ min: 0 }),
	max_conference_rooms: wholeNumber({ min: 0 }),
	disk_quota: diskQuota(),
	im_disk_quota: diskQuota(),
	email_recipients: emailList(),
};

/** Body of POST /api/tenant (every field optional). */
export const tenantSettingsUpdateSchema = atLeastOneField(
	z
		.object({ ...tenantFields, ...currentTenantFields })
		.partial()
		.strict(),
);

const managedTenant = z.object({ ...tenantFields, ...systemAdminFields });

/** Body of POST /api/tenants (required: name, domain, timezone, currency, region). */
export const tenantCreateSchema = managedTenant
	.partial()
	.required({ name: true, domain: true, timezone: true, currency: true, region: true })
	.strict();

/** Body of POST /api/tenants/{id}: the spec has no `name` here (a tenant's name is set when it is created). */
export const tenantUpdateSchema = atLeastOneField(managedTenant.omit({ name: true }).partial().strict());

/** Where tenant objects carry secrets (GET /tenant, GET /tenants/{id}). */
export const TENANT_SECRET_PATHS = [
	'stir_shaken_key',
	'cdr_event.password',
	'cdr_event.token',
	'extension_event.password',
	'extension_event.token',
] as const;

/** The same secrets as a person reads them (the Include Secrets option's description). */
export const TENANT_SECRETS_LABEL =
	'the STIR/SHAKEN private key and the passwords and tokens of the CDR and extension event webhooks';
