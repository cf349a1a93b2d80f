/**
 * Checks requests against the schema facts extracted from PortSIP's own OpenAPI spec
 * (portsip-v22.2.contract.json). Used by the sandbox to reject what the real API would reject, and
 * by the test harness to assert that every request the node sent was valid for the vendor's spec.
 */
import contract from './portsip-v22.2.contract.json';

type Schema = {
	type?: string;
	format?: string;
	enum?: unknown[];
	minLength?: number;
	maxLength?: number;
	pattern?: string;
	minimum?: number;
	maximum?: number;
	required?: string[];
	readOnly?: boolean;
	properties?: Record<string, Schema>;
	items?: Schema;
	oneOf?: Schema[];
};
type Parameter = { name: string; in: string; required: boolean; schema?: Schema };
type Operation = {
	operationId: string;
	parameters: Parameter[];
	requestBody?: Record<string, Schema>;
	responses: string[];
};

const paths = contract.paths as unknown as Record<string, Record<string, Operation>>;

/** Documented in PortSIP's authentication page, not in the OpenAPI paths. */
const DOCUMENTED_OUTSIDE_SPEC = new Set(['POST /login/oauth/token', 'POST /login/oauth/revoke']);

export interface ContractRequest {
	method: string;
	/** Full path as received, e.g. `/api/holidays/123`. */
	path: string;
	query: Record<string, string>;
	contentType?: string;
	body?: unknown;
}

/** A literal path (/tenants/switch) before a template that would take it for an ID (/tenants/{id}). */
const templatesLiteralFirst = Object.entries(paths).sort(([a], [b]) => Number(a.includes('{')) - Number(b.includes('{')));

export function findOperation(method: string, path: string): { template: string; operation: Operation; params: Record<string, string> } | undefined {
	const relative = path.replace(/^\/api(?=\/)/, '');
	for (const [template, methods] of templatesLiteralFirst) {
		const operation = methods[method.toUpperCase()];
		if (!operation) continue;
		const names: string[] = [];
		const pattern = new RegExp(
			'^' + template.replace(/\{([^}]+)\}/g, (_m, name: string) => (names.push(name), '([^/]+)')) + '$',
		);
		const match = pattern.exec(relative);
		if (match) {
			return { template, operation, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1])])) };
		}
	}
	return undefined;
}

/** The ways a request breaks the vendor's spec; empty when it conforms. */
export function contractViolations(request: ContractRequest): string[] {
	const relative = request.path.replace(/^\/api(?=\/)/, '');
	const key = `${request.method.toUpperCase()} ${relative}`;
	if (DOCUMENTED_OUTSIDE_SPEC.has(key)) return [];
	if (!request.path.startsWith('/api/')) return [`${key}: every PortSIP path starts with /api`];
	const found = findOperation(request.method, request.path);
	if (!found) return [`${key}: no such path and method in the PortSIP v22.2 spec`];
	const { operation, template } = found;
	const where = `${request.method.toUpperCase()} ${template}`;
	const problems: string[] = [];
	const queryParams = operation.parameters.filter((p) => p.in === 'query');
	for (const [name, value] of Object.entries(request.query)) {
		const parameter = queryParams.find((p) => p.name === name);
		if (!parameter) {
			problems.push(`${where}: query parameter "${name}" is not in the spec`);
			continue;
		}
		const typed = parameter.schema?.type === 'integer' || parameter.schema?.type === 'number' ? Number(value) : parameter.schema?.type === 'boolean' ? value === 'true' ? true : value === 'false' ? false : value : value;
		problems.push(...schemaViolations(parameter.schema ?? {}, typed, `${where} ?${name}`));
	}
	for (const parameter of queryParams) {
		if (parameter.required && request.query[parameter.name] === undefined) {
			problems.push(`${where}: required query parameter "${parameter.name}" is missing`);
		}
	}
	if (operation.requestBody) {
		const type = (request.contentType ?? '').split(';')[0].trim();
		const schema = operation.requestBody[type];
		if (!schema) {
			problems.push(`${where}: content type "${type}" is not accepted (spec: ${Object.keys(operation.requestBody).join(', ')})`);
		} else if (type === 'application/json') {
			problems.push(...schemaViolations(schema, request.body === undefined ? {} : request.body, `${where} body`, true));
		}
	} else if (request.body !== undefined && request.body !== '' && !(typeof request.body === 'object' && request.body !== null && Object.keys(request.body).length === 0)) {
		problems.push(`${where}: the spec declares no request body`);
	}
	return problems;
}

/** A small JSON-schema check for what the spec uses; strict about unknown and read-only properties. */
export function schemaViolations(schema: Schema, value: unknown, at: string, isRequest = false): string[] {
	const problems: string[] = [];
	if (schema.oneOf) {
		const fits = schema.oneOf.filter((s) => schemaViolations(s, value, at, isRequest).length === 0);
		return fits.length === 1 ? [] : [`${at}: matches ${fits.length} of the oneOf alternatives, not exactly one`];
	}
	if (value === null) return schema.type ? [`${at}: is null, spec type is ${schema.type}`] : [];
	switch (schema.type) {
		case 'integer':
			if (typeof value !== 'number' || !Number.isInteger(value)) return [`${at}: must be an integer, got ${JSON.stringify(value)}`];
			if (schema.format === 'int32' && (value < -2147483648 || value > 2147483647)) problems.push(`${at}: outside int32`);
			if (schema.format === 'uint32' && (value < 0 || value > 4294967295)) problems.push(`${at}: outside uint32`);
			break;
		case 'number':
			if (typeof value !== 'number' || !Number.isFinite(value)) return [`${at}: must be a number, got ${JSON.stringify(value)}`];
			break;
		case 'string':
			if (typeof value !== 'string') return [`${at}: must be a string, got ${JSON.stringify(value)}`];
			break;
		case 'boolean':
			if (typeof value !== 'boolean') return [`${at}: must be a boolean, got ${JSON.stringify(value)}`];
			break;
		case 'array':
			if (!Array.isArray(value)) return [`${at}: must be an array`];
			break;
		case 'object':
			if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: must be an object`];
			break;
	}
	if (schema.enum && !schema.enum.includes(value)) problems.push(`${at}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
	if (typeof value === 'string') {
		if (schema.minLength !== undefined && [...value].length < schema.minLength) problems.push(`${at}: shorter than ${schema.minLength}`);
		if (schema.maxLength !== undefined && [...value].length > schema.maxLength) problems.push(`${at}: longer than ${schema.maxLength}`);
		if (schema.pattern && !new RegExp(schema.pattern).test(value)) problems.push(`${at}: does not match ${schema.pattern}`);
	}
	if (typeof value === 'number') {
		if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${at}: below minimum ${schema.minimum}`);
		if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${at}: above maximum ${schema.maximum}`);
	}
	if (Array.isArray(value) && schema.items) {
		value.forEach((entry, i) => problems.push(...schemaViolations(schema.items as Schema, entry, `${at}[${i}]`, isRequest)));
	}
	if (value && typeof value === 'object' && !Array.isArray(value) && (schema.properties || schema.type === 'object')) {
		const record = value as Record<string, unknown>;
		for (const name of schema.required ?? []) {
			if (record[name] === undefined) problems.push(`${at}: required property "${name}" is missing`);
		}
		if (schema.properties) {
			for (const [name, entry] of Object.entries(record)) {
				const property = schema.properties[name];
				if (!property) problems.push(`${at}: property "${name}" is not in the spec`);
				else if (isRequest && property.readOnly) problems.push(`${at}: property "${name}" is read-only`);
				else if (entry !== undefined) problems.push(...schemaViolations(property, entry, `${at}.${name}`, isRequest));
			}
		}
	}
	return problems;
}
