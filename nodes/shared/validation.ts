import { NodeOperationError } from 'n8n-workflow';
import type { INode } from 'n8n-workflow';
import { z } from 'zod';

import { isCurrencyCode, toAlpha3 } from './iso';
import { timeZoneNames } from './pickers';

/**
 * `retain_days` → `Retain Days`; `office_hours.monday.ranges.0.from` → `Office Hours › Monday › Ranges #1 › From`;
 * camelCase names too: `startDate` → `Start Date`, `billingStartDate` → `Billing Start Date`, `partnerId` → `Partner ID`.
 */
export function fieldLabel(path: Array<string | number>): string {
	return path
		.map((part) =>
			typeof part === 'number'
				? `#${part + 1}`
				: part
						.replace(/([a-z0-9])([A-Z])/g, '$1_$2')
						.split('_')
						.map((word, index) =>
							// "Id" only from a camelCase name, so snake_case labels stay as they were
							index > 0 && word === 'Id' ? 'ID' : word.charAt(0).toUpperCase() + word.slice(1),
						)
						.join(' '),
		)
		.join(' › ');
}

/**
 * Checks a request body against its schema before anything is sent. The error names the item,
 * the field (as shown in the node: the display name its rule was described with, see field.ts;
 * and as the API calls it) and the rule that was broken.
 */
export function validateBody<T extends z.ZodTypeAny>(
	node: INode,
	schema: T,
	data: unknown,
	itemIndex: number,
): z.infer<T> {
	const result = schema.safeParse(data);
	if (result.success) return result.data;
	const issues = result.error.issues.map((issue) => {
		const path = issue.path.join('.');
		const label = displayPath(schema, issue.path)?.join(' › ') ?? fieldLabel(issue.path);
		const subject = path ? `"${label}" (${path})` : 'The input';
		return `${subject} ${issue.message}`;
	});
	throw new NodeOperationError(node, `Item ${itemIndex}: ${issues[0]}`, {
		itemIndex,
		description: `${issues.length > 1 ? `All problems: ${issues.join('; ')}. ` : ''}Nothing was sent to the server; correct the value and run again.`,
	});
}

/** Numbers typed into an expression often arrive as strings: accept "30" where 30 is meant. */
function numericString(value: unknown): unknown {
	if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
	return value;
}

/** A whole number within bounds, with a message that states the rule. */
export function wholeNumber(bounds: { min?: number; max?: number } = {}) {
	const { min, max } = bounds;
	const rule =
		min !== undefined && max !== undefined
			? `must be a whole number from ${min} to ${max}`
			: min !== undefined
				? `must be a whole number of at least ${min}`
				: max !== undefined
					? `must be a whole number of at most ${max}`
					: 'must be a whole number';
	let schema = z.number({ invalid_type_error: rule, required_error: 'is required' }).int(rule);
	if (min !== undefined) schema = schema.min(min, rule);
	if (max !== undefined) schema = schema.max(max, rule);
	return z.preprocess(numericString, schema);
}

/** A string of bounded length; numbers typed by expression are accepted as their text. */
export function text(bounds: { min?: number; max?: number; pattern?: RegExp; rule?: string } = {}) {
	const { min, max, pattern, rule } = bounds;
	let schema = z.string({ invalid_type_error: 'must be text', required_error: 'is required' });
	if (min !== undefined) {
		schema = schema.min(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters long`);
	}
	if (max !== undefined) schema = schema.max(max, `must be at most ${max} characters long`);
	if (pattern) schema = schema.regex(pattern, rule ?? `must match ${pattern.source}`);
	return z.preprocess((value) => (typeof value === 'number' ? String(value) : value), schema);
}

/** A yes/no value; "true"/"false" typed by expression are accepted. */
export function yesNo() {
	return z.preprocess(
		(value) => (value === 'true' ? true : value === 'false' ? false : value),
		z.boolean({ invalid_type_error: 'must be true or false', required_error: 'is required' }),
	);
}

/** One of a fixed list, with the list in the message. */
export function oneOf<T extends [string, ...string[]]>(values: T) {
	return z.enum(values, {
		errorMap: () => ({ message: `must be one of ${values.join(', ')}` }),
	});
}

/** ISO 3166-1 country: alpha-3 as the API wants; alpha-2 (any case) is accepted and converted. */
export function countryCode() {
	return z.preprocess(
		(value) => (typeof value === 'string' ? (toAlpha3(value) ?? value) : value),
		z
			.string({ invalid_type_error: 'must be a country code', required_error: 'is required' })
			.refine((value) => toAlpha3(value) === value, {
				message: 'must be an ISO 3166-1 country code (alpha-3 such as DEU, or alpha-2 such as DE)',
			}),
	);
}

/** ISO 4217 currency code such as USD or EUR. */
export function currencyCode() {
	return z.preprocess(
		(value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
		z
			.string({ invalid_type_error: 'must be a currency code', required_error: 'is required' })
			.refine(isCurrencyCode, { message: 'must be an ISO 4217 currency code such as USD or EUR' }),
	);
}

/** IANA time zone, checked against the runtime's own list. */
export function timeZone() {
	return z
		.string({ invalid_type_error: 'must be a time zone name', required_error: 'is required' })
		.refine((value) => timeZoneNames().includes(value), {
			message: 'must be an IANA time zone name such as Europe/Berlin or America/New_York',
		});
}

/** An update body must change something: an empty one would be a request that does nothing. */
export function atLeastOneField<T extends z.ZodTypeAny>(schema: T, where = '"Update Fields"') {
	return schema.refine((body) => Object.keys((body ?? {}) as object).length > 0, {
		message: `has no field to update: add at least one under ${where}`,
	});
}

/** The schema inside zod's wrappers (optional, preprocess and refinements, defaults, pipes). */
export function unwrapRule(schema: z.ZodTypeAny): z.ZodTypeAny {
	let current = schema;
	for (;;) {
		if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current.unwrap() as z.ZodTypeAny;
		else if (current instanceof z.ZodEffects) current = current.innerType() as z.ZodTypeAny;
		else if (current instanceof z.ZodDefault) current = current.removeDefault() as z.ZodTypeAny;
		else if (current instanceof z.ZodPipeline) current = current._def.in as z.ZodTypeAny;
		else return current;
	}
}

/** The display name a rule was described with (on it or on a schema it wraps). */
export function describedName(schema: z.ZodTypeAny): string | undefined {
	let current: z.ZodTypeAny | undefined = schema;
	while (current) {
		if (current.description) return current.description;
		const inner = unwrapOnce(current);
		current = inner === current ? undefined : inner;
	}
	return undefined;
}

function unwrapOnce(schema: z.ZodTypeAny): z.ZodTypeAny {
	if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return schema.unwrap() as z.ZodTypeAny;
	if (schema instanceof z.ZodEffects) return schema.innerType() as z.ZodTypeAny;
	if (schema instanceof z.ZodDefault) return schema.removeDefault() as z.ZodTypeAny;
	if (schema instanceof z.ZodPipeline) return schema._def.in as z.ZodTypeAny;
	return schema;
}

/**
 * How the node shows the field at `path` of a schema: the display names along the way
 * (`CDR Event Webhook › Authentication`, `Outbound Caller IDs › #1 › Caller ID`), or undefined
 * where the schema says nothing.
 */
export function displayPath(schema: z.ZodTypeAny, path: Array<string | number>): string[] | undefined {
	const labels: string[] = [];
	let current = schema;
	for (const part of path) {
		const inner = unwrapRule(current);
		if (inner instanceof z.ZodObject && typeof part === 'string') {
			const next = (inner.shape as Record<string, z.ZodTypeAny>)[part];
			const label = next && describedName(next);
			if (!label) return undefined;
			labels.push(label);
			current = next;
		} else if (inner instanceof z.ZodArray && typeof part === 'number') {
			labels.push(`#${part + 1}`);
			current = inner.element as z.ZodTypeAny;
		} else {
			return undefined;
		}
	}
	return labels;
}
