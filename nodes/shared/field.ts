import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { oneOf, unwrapRule, wholeNumber, yesNo } from './validation';

/*
 * A field of a node, stated once: the property the editor shows and the rule its value must meet.
 * The rule carries the display name (zod's `describe`), so that an error names the field as the
 * node shows it; number bounds and option lists are stated once, in whichever of the two is
 * natural, and the other is made from it. See "Fields" in the README (Development).
 */
export interface Field {
	/** The API's name of the value (`retain_days`). */
	api: string;
	/** The n8n property; its `name` is the parameter's name (`retainDays`). */
	property: INodeProperties;
	/** The rule, described with the property's display name. */
	rule: z.ZodTypeAny;
	/** Turns the parameter's value into the API's (a collection's names, a list's shape). */
	toApi?: (value: unknown) => unknown;
}

export type FieldProperty = Omit<INodeProperties, 'name'> & { name?: string };

/** `retain_days` → `retainDays` (the parameter name, unless the property states its own). */
export function parameterName(api: string): string {
	return api.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

/**
 * One field. Without a rule, the rule is made from the property: a switch is true or false, a
 * list of options accepts exactly its values, a number is a whole number within the property's
 * minValue/maxValue. With a rule, a number's minValue/maxValue are taken from the rule.
 */
export function field(api: string, property: FieldProperty, rule?: z.ZodTypeAny, toApi?: Field['toApi']): Field {
	const made = rule ?? ruleOf(property);
	const bounds = property.type === 'number' ? numberBounds(made) : {};
	const typeOptions = { ...bounds, ...property.typeOptions };
	return {
		api,
		property: {
			...property,
			name: property.name ?? parameterName(api),
			...(Object.keys(typeOptions).length > 0 ? { typeOptions } : {}),
		} as INodeProperties,
		rule: made.describe(property.displayName),
		toApi,
	};
}

function ruleOf(property: FieldProperty): z.ZodTypeAny {
	if (property.type === 'boolean') return yesNo();
	if (property.type === 'number') {
		return wholeNumber({ min: property.typeOptions?.minValue, max: property.typeOptions?.maxValue });
	}
	const values = (property.options ?? []).map((option) => String((option as { value?: unknown }).value));
	if (property.type === 'options' && values.length > 0) return oneOf(values as [string, ...string[]]);
	throw new Error(`Field "${property.displayName}" needs a rule`);
}

/**
 * A collection of fields (the API's nested object): its options are the fields' properties, its
 * rule an object of their rules where each may be left out, its value sent under the API's names.
 */
export function collectionField(
	api: string,
	property: Omit<FieldProperty, 'type' | 'default' | 'options'>,
	fields: Field[],
): Field {
	return field(
		api,
		{ ...property, type: 'collection', default: {}, options: fieldProperties(fields) },
		z.object(fieldShape(fields)).partial().strict(),
		(value) => (isObject(value) ? fieldsToApi(fields, value as IDataObject) : value),
	);
}

/** The fields' properties, sorted by display name (as n8n's lint wants collection options). */
export function fieldProperties(fields: Field[]): INodeProperties[] {
	return fields.map((entry) => entry.property).sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** The fields' rules under the API's names, for `z.object(...)`. */
export function fieldShape(fields: Field[]): Record<string, z.ZodTypeAny> {
	return Object.fromEntries(fields.map((entry) => [entry.api, entry.rule]));
}

/**
 * The parameters the user set, under the API's names (only these are sent). A name no field
 * knows is kept as it is, so that the strict schema names it.
 */
export function fieldsToApi(fields: Field[], values: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const [name, value] of Object.entries(values)) {
		if (value === undefined) continue;
		const known = fields.find((entry) => entry.property.name === name);
		if (!known) body[name] = value;
		else body[known.api] = (known.toApi ? known.toApi(value) : value) as IDataObject[string];
	}
	return body;
}

function isObject(value: unknown): boolean {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** minValue/maxValue of a whole-number rule. */
export function numberBounds(rule: z.ZodTypeAny): { minValue?: number; maxValue?: number } {
	const inner = unwrapRule(rule);
	if (!(inner instanceof z.ZodNumber)) return {};
	return {
		...(inner.minValue !== null ? { minValue: inner.minValue } : {}),
		...(inner.maxValue !== null ? { maxValue: inner.maxValue } : {}),
	};
}
