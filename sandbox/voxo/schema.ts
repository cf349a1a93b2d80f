/**
 * The request rules of VOXO's Create Tenant and Update Tenant pages, written out independently of
 * the node's zod schemas (so the sandbox cannot drift into agreeing with the node's mistakes).
 */
export interface Problem {
	field: string;
	message: string;
}

/** The exact billingStartDate pattern of VOXO's pages. */
export const BILLING_START_DATE =
	/^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;
const DIGITS = /^[1-9]\d*$/;

type Rule = (value: unknown) => string | undefined;

const isString: Rule = (v) => (typeof v === 'string' ? undefined : 'must be string');
const isNumber: Rule = (v) => (typeof v === 'number' && Number.isFinite(v) ? undefined : 'must be number');
const rules: Record<string, Rule[]> = {
	name: [isString, (v) => (String(v).length >= 3 ? undefined : 'must NOT have fewer than 3 characters')],
	timezoneId: [isNumber],
	partnerId: [isNumber],
	billingStartDate: [
		isString,
		(v) => (BILLING_START_DATE.test(String(v)) ? undefined : `must match pattern "${BILLING_START_DATE.source}"`),
		(v) =>
			['01', '05', '10', '15', '20'].includes(String(v).slice(8))
				? undefined
				: 'must be 1st, 5th, 10th, 15th, or 20th of the month',
	],
	externalBillingId: [isString, (v) => (DIGITS.test(String(v)) ? undefined : `must match pattern "${DIGITS.source}"`)],
	billingV2: [(v) => (typeof v === 'boolean' ? undefined : 'must be boolean')],
	healthcareVertical: [isString],
	billingInfo: [(v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? undefined : 'must be object')],
};

const CREATE_REQUIRED = ['name', 'timezoneId', 'partnerId', 'billingStartDate'];
const CREATE_FIELDS = Object.keys(rules);
const UPDATE_FIELDS = ['name', 'timezoneId', 'billingStartDate', 'externalBillingId', 'billingInfo'];

function check(body: unknown, allowed: string[], required: string[]): Problem[] {
	if (body === null || typeof body !== 'object' || Array.isArray(body)) return [{ field: '', message: 'must be object' }];
	const data = body as Record<string, unknown>;
	const problems: Problem[] = [];
	for (const field of required) if (!(field in data)) problems.push({ field, message: `must have required property '${field}'` });
	for (const [field, value] of Object.entries(data)) {
		if (!allowed.includes(field)) {
			problems.push({ field, message: 'must NOT have additional properties' });
			continue;
		}
		const broken = rules[field].map((rule) => rule(value)).find(Boolean);
		if (broken) problems.push({ field, message: broken });
	}
	return problems;
}

export const checkTenantCreate = (body: unknown): Problem[] => check(body, CREATE_FIELDS, CREATE_REQUIRED);
export const checkTenantUpdate = (body: unknown): Problem[] => check(body, UPDATE_FIELDS, []);

/** `page` and `recordsPerPage` of a list: whole numbers from 1 when present. */
export function checkPaging(query: Record<string, string>): Problem[] {
	return ['page', 'recordsPerPage']
		.filter((name) => query[name] !== undefined && !DIGITS.test(query[name]))
		.map((field) => ({ field, message: 'must be integer >= 1' }));
}

export const checkTenantId = (id: string): Problem[] =>
	DIGITS.test(id) ? [] : [{ field: 'tenantId', message: `must match pattern "${DIGITS.source}"` }];
