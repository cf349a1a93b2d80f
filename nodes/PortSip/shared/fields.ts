import type { IDataObject } from 'n8n-workflow';

// New fields: state them with field() (nodes/shared/field.ts), whose fieldsToApi maps the names
// without this convention. Kept for code that still maps by convention.

/** Parameter names are the API's in camelCase: `retainDays` → `retain_days`. */
export function toApiName(parameterName: string): string {
	return parameterName.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** The fields the user set, under the API's names (only these are sent). */
export function toApiFields(fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined) continue;
		body[toApiName(name)] = value;
	}
	return body;
}
