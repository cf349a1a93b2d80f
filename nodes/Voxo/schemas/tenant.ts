import { z } from 'zod';

import { field, fieldShape } from '../../shared/field';
import { text, wholeNumber } from '../../shared/validation';

/**
 * VOXO's own pattern for billingStartDate (Create Tenant and Update Tenant pages): a real calendar
 * date, YYYY-MM-DD, February 29th only in leap years.
 */
const CALENDAR_DATE =
	/^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

/** VOXO bills from these days of the month only ("must be 1st, 5th, 10th, 15th, or 20th"). */
const BILLING_DAYS = ['01', '05', '10', '15', '20'];

/** VOXO's pattern for externalBillingId and tenant IDs: digits, no leading zero. */
const POSITIVE_DIGITS = /^[1-9]\d*$/;

/** Date, or date-time as n8n's date picker gives it (2026-03-05T00:00:00): its written date, no time zone shift. */
const DATE_OR_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The YYYY-MM-DD that a date parameter means; anything else is returned unchanged for the schema to reject. */
export function toIsoDate(value: unknown): unknown {
	// a Luxon DateTime from an expression such as {{ $now.plus({ days: 3 }) }}: its own calendar date
	if (value && typeof value === 'object' && typeof (value as { toISODate?: unknown }).toISODate === 'function') {
		return (value as { toISODate(): string | null }).toISODate() ?? value;
	}
	if (typeof value !== 'string') return value;
	const match = DATE_OR_DATE_TIME.exec(value.trim());
	return match ? match[1] : value;
}

const billingStartDate = z.preprocess(
	toIsoDate,
	z
		.string({ invalid_type_error: 'must be a date such as 2026-03-05', required_error: 'is required' })
		.regex(/^\d{4}-\d{2}-\d{2}/, 'must be a date written YYYY-MM-DD, or an ISO date-time such as 2026-03-05T00:00:00')
		.superRefine((date, context) => {
			if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
			if (!CALENDAR_DATE.test(date)) {
				context.addIssue({ code: 'custom', message: `must be a real calendar date; ${date} does not exist` });
			} else if (!BILLING_DAYS.includes(date.slice(8))) {
				context.addIssue({
					code: 'custom',
					message: `must be the 1st, 5th, 10th, 15th or 20th of a month (VOXO bills from these days only); ${date} is not`,
				});
			}
		}),
);

/** A JSON object, typed in the JSON editor (text) or given as an object by an expression. */
const jsonObject = z.preprocess(
	(value, context) => {
		if (typeof value !== 'string') return value;
		try {
			return JSON.parse(value) as unknown;
		} catch (error) {
			context.addIssue({ code: 'custom', message: `must be valid JSON (${(error as Error).message})` });
			return z.NEVER;
		}
	},
	z.record(z.unknown(), { invalid_type_error: 'must be a JSON object such as {"key": "value"}' }),
);

/** Every tenant field once (property and rule, see shared/field.ts); create and update pick from these. */
export const voxoTenantFields = {
	name: field(
		'name',
		{ displayName: 'Name', type: 'string', default: '', placeholder: 'Acme Dental', description: "The tenant's name, at least 3 characters" },
		text({ min: 3 }),
	),
	timezoneId: field(
		'timezoneId',
		{
			displayName: 'Timezone ID',
			type: 'number',
			default: 1,
			description:
				"VOXO's ID of the tenant's time zone. VOXO publishes no list of them: use Get on an existing tenant and copy the ID inside its timezone field.",
		},
		wholeNumber({ min: 1 }),
	),
	partnerId: field(
		'partnerId',
		{
			displayName: 'Partner ID',
			type: 'number',
			default: 1,
			description: 'The partner the tenant belongs to. Use Get on an existing tenant of the partner and copy the ID inside its partner field.',
		},
		wholeNumber({ min: 1 }),
	),
	billingStartDate: field(
		'billingStartDate',
		{
			displayName: 'Billing Start Date',
			type: 'dateTime',
			default: '',
			description:
				'The day billing starts: the 1st, 5th, 10th, 15th or 20th of a month. A date-time is accepted; only its date is sent (YYYY-MM-DD).',
		},
		billingStartDate,
	),
	externalBillingId: field(
		'externalBillingId',
		{
			displayName: 'External Billing ID',
			type: 'string',
			default: '',
			placeholder: '10042',
			description: "The tenant's ID in your billing system: digits only, no leading zero",
		},
		text({
			pattern: POSITIVE_DIGITS,
			rule: 'must be a whole number written without leading zeros, such as 10042 (pattern ^[1-9]\\d*$)',
		}),
	),
	billingV2: field('billingV2', {
		displayName: 'Billing V2',
		type: 'boolean',
		default: false,
		description: "Whether to enable VOXO's billing V2 for the tenant",
	}),
	healthcareVertical: field(
		'healthcareVertical',
		{ displayName: 'Healthcare Vertical', type: 'string', default: '', description: "The tenant's healthcare vertical (VOXO documents no list of values)" },
		text(),
	),
	billingInfo: field(
		'billingInfo',
		{
			displayName: 'Billing Info',
			type: 'json',
			default: '{}',
			description: "Billing contact information as a JSON object, sent as is (VOXO's docs do not list its fields)",
		},
		jsonObject,
	),
};

const tenantFields = fieldShape(Object.values(voxoTenantFields));

/** Body of POST /v2/admin/tenants/ (VOXO's Create Tenant page). */
export const tenantCreateSchema = z
	.object(tenantFields)
	.partial({ externalBillingId: true, billingV2: true, healthcareVertical: true, billingInfo: true })
	.strict();

/** Body of the tenant update: the fields VOXO's Update Tenant page lists, all optional, at least one. */
export const tenantUpdateSchema = z
	.object(tenantFields)
	.pick({ name: true, timezoneId: true, billingStartDate: true, externalBillingId: true, billingInfo: true })
	.partial()
	.strict()
	.refine((body) => Object.keys(body).length > 0, {
		message: 'has no field to update: add at least one under "Update Fields"',
	});

/** The tenant in the URL (VOXO's pattern for it on the Update Tenant page). */
export const tenantIdSchema = z
	.object({
		tenantId: text({
			min: 1,
			pattern: POSITIVE_DIGITS,
			rule: 'must be a tenant ID: a whole number such as 1234',
		}).describe('Tenant'),
	})
	.strict();
