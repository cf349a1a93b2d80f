import { z } from 'zod';

import { text, wholeNumber, yesNo } from '../../shared/validation';

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

/** Every tenant field once; create and update pick from these. */
const tenantFields = {
	name: text({ min: 3 }),
	timezoneId: wholeNumber({ min: 1 }),
	partnerId: wholeNumber({ min: 1 }),
	billingStartDate,
	externalBillingId: text({
		pattern: POSITIVE_DIGITS,
		rule: 'must be a whole number written without leading zeros, such as 10042 (pattern ^[1-9]\\d*$)',
	}),
	billingV2: yesNo(),
	healthcareVertical: text(),
	billingInfo: jsonObject,
};

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
		}),
	})
	.strict();
