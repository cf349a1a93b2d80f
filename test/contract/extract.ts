/**
 * Extracts the schema facts (paths, methods, parameters, types, enums, bounds, patterns, required
 * fields; no prose) of the PortSIP v22.2 OpenAPI subset into portsip-v22.2.contract.json, which is
 * committed so that the suite runs on a clone without ../shared.
 *
 *   npx ts-node --transpile-only test/contract/extract.ts [path/to/openapi-v22.2-subset.json]
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

const KEPT = [
	'type',
	'format',
	'enum',
	'minLength',
	'maxLength',
	'pattern',
	'minimum',
	'maximum',
	'minItems',
	'maxItems',
	'required',
	'nullable',
	'readOnly',
];

type Schema = Record<string, unknown>;

/**
 * Keeps the facts of a schema; `allOf` parts are merged: the spec uses them to add a description, or
 * to build an object from parts (an inbound rule's `office_hours` is `{mode}` + the weekdays), so
 * their properties and required lists are joined, not replaced by the last part's.
 */
export function simplify(schema: Schema | undefined): Schema | undefined {
	if (!schema || typeof schema !== 'object') return undefined;
	let merged: Schema = { ...schema };
	if (Array.isArray(schema.allOf)) {
		merged = {};
		for (const part of (schema.allOf as Schema[]).map((each) => simplify(each) ?? {})) {
			const properties = { ...(merged.properties as Schema | undefined), ...(part.properties as Schema | undefined) };
			const required = [...((merged.required as string[]) ?? []), ...((part.required as string[]) ?? [])];
			Object.assign(merged, part);
			if (Object.keys(properties).length > 0) merged.properties = properties;
			if (required.length > 0) merged.required = required;
		}
		for (const [key, value] of Object.entries(schema)) if (key !== 'allOf') merged[key] = value;
	}
	const out: Schema = {};
	for (const key of KEPT) if (merged[key] !== undefined) out[key] = merged[key];
	if (merged.properties) {
		// (merged allOf parts hold properties already simplified: simplifying twice changes nothing)
		out.properties = Object.fromEntries(
			Object.entries(merged.properties as Record<string, Schema>).map(([name, value]) => [name, simplify(value)]),
		);
	}
	if (merged.items) out.items = simplify(merged.items as Schema);
	for (const key of ['oneOf', 'anyOf']) {
		if (Array.isArray(merged[key])) out[key] = (merged[key] as Schema[]).map((s) => simplify(s));
	}
	return out;
}

export function extract(spec: Schema): Schema {
	const paths: Schema = {};
	for (const [path, methods] of Object.entries(spec.paths as Record<string, Schema>)) {
		const entry: Schema = {};
		for (const [method, operation] of Object.entries(methods as Record<string, Schema>)) {
			if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
			const parameters = ((operation.parameters as Schema[]) ?? []).map((p) => ({
				name: p.name,
				in: p.in,
				required: p.required === true,
				schema: simplify(p.schema as Schema),
			}));
			const content = (operation.requestBody as Schema | undefined)?.content as Record<string, Schema> | undefined;
			const bodies = content
				? Object.fromEntries(Object.entries(content).map(([type, c]) => [type, simplify(c.schema as Schema) ?? {}]))
				: undefined;
			entry[method.toUpperCase()] = {
				operationId: operation.operationId,
				parameters,
				...(bodies ? { requestBody: bodies } : {}),
				responses: Object.keys((operation.responses as Schema) ?? {}),
			};
		}
		paths[path] = entry;
	}
	return { source: 'PortSIP PBX REST API v22.2 (openapi (5).json, subset)', basePath: '/api', paths };
}

if (require.main === module) {
	const input = process.argv[2] ?? join(__dirname, '../../../shared/reference/portsip/openapi-v22.2-subset.json');
	const spec = JSON.parse(readFileSync(input, 'utf8')) as Schema;
	const output = join(__dirname, 'portsip-v22.2.contract.json');
	writeFileSync(output, JSON.stringify(extract(spec), null, 1) + '\n');
	console.log(`wrote ${output}`);
}
