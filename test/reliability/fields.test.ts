/**
 * What users see in the editor: every field's property (as the node description has it) agrees
 * with the rule its value is checked by (display name, type, bounds, options); the description is
 * small and the same on every Node version; long lists come from loadOptions that send no request;
 * expressions in the examples raise no issue in the editor.
 */
import { Workflow, type INode, type INodeProperties, type INodePropertyCollection, type INodePropertyOptions, type INodeTypeDescription, type INodeTypes } from 'n8n-workflow';
import { z } from 'zod';

import { PortSip } from '../../nodes/PortSip/PortSip.node';
import { holidayCreateSchema, holidayDatesSchema, holidayUpdateSchema } from '../../nodes/PortSip/schemas/holiday';
import { inboundRuleCreateSchema, inboundRuleUpdateSchema } from '../../nodes/PortSip/schemas/inboundRule';
import { passwordPolicyUpdateSchema } from '../../nodes/PortSip/schemas/passwordPolicy';
import { tenantCreateSchema, tenantSettingsUpdateSchema, tenantUpdateSchema } from '../../nodes/PortSip/schemas/tenant';
import { userCreateSchema, userUpdateSchema } from '../../nodes/PortSip/schemas/user';
import { voicemailServerSchema } from '../../nodes/PortSip/schemas/voicemailServer';
import { parameterName } from '../../nodes/shared/field';
import { pickerLists, type PickerList } from '../../nodes/shared/pickers';
import { describedName, unwrapRule } from '../../nodes/shared/validation';
import { Voxo } from '../../nodes/Voxo/Voxo.node';
import { tenantCreateSchema as voxoCreateSchema, tenantUpdateSchema as voxoUpdateSchema } from '../../nodes/Voxo/schemas/tenant';
import { loadExamples } from '../harness/examples';

/** The options a static list gives (they need no request: no `this` at all). */
async function loaded(method: string): Promise<INodePropertyOptions[]> {
	return await (pickerLists[method as PickerList] as () => Promise<INodePropertyOptions[]>).call(undefined);
}

/** The object schema inside a body schema (refinements, preprocessing and `.partial()` taken off). */
function objectOf(schema: z.ZodTypeAny): z.ZodObject<z.ZodRawShape> {
	const inner = unwrapRule(schema);
	if (!(inner instanceof z.ZodObject)) throw new Error('not an object schema');
	return inner;
}

/**
 * Where a property and its rule disagree: display name, type, number bounds, option values; a
 * collection's options against the object's fields (each option must have a field and the reverse).
 */
async function disagreements(property: INodeProperties, rule: z.ZodTypeAny | undefined, where: string): Promise<string[]> {
	const at = `${where}${property.displayName}`;
	if (!rule) return [`${at}: no rule for the parameter "${property.name}"`];
	const problems: string[] = [];
	const label = describedName(rule);
	if (label !== property.displayName) problems.push(`${at}: the rule says "${label}"`);
	const inner = unwrapRule(rule);
	switch (property.type) {
		case 'boolean':
			if (!(inner instanceof z.ZodBoolean)) problems.push(`${at}: a switch with a ${inner.constructor.name} rule`);
			break;
		case 'number': {
			if (!(inner instanceof z.ZodNumber)) {
				problems.push(`${at}: a number with a ${inner.constructor.name} rule`);
				break;
			}
			const { minValue, maxValue } = property.typeOptions ?? {};
			if ((minValue ?? null) !== inner.minValue) problems.push(`${at}: minValue ${minValue} but the rule's minimum is ${inner.minValue}`);
			if ((maxValue ?? null) !== inner.maxValue) problems.push(`${at}: maxValue ${maxValue} but the rule's maximum is ${inner.maxValue}`);
			break;
		}
		case 'options': {
			const method = property.typeOptions?.loadOptionsMethod as string | undefined;
			const values = method
				? (await loaded(method)).map((option) => option.value)
				: (property.options as INodePropertyOptions[]).map((option) => option.value);
			if (inner instanceof z.ZodEnum) {
				const allowed = [...(inner.options as string[])].sort();
				if (JSON.stringify([...values].map(String).sort()) !== JSON.stringify(allowed)) {
					problems.push(`${at}: options ${values.join(', ')} but the rule allows ${allowed.join(', ')}`);
				}
			} else {
				const refused = values.filter((value) => !rule.safeParse(value).success);
				if (refused.length > 0) problems.push(`${at}: the rule refuses the options ${refused.slice(0, 5).join(', ')}`);
			}
			if (!values.map(String).includes(String(property.default)) && !rule.safeParse(property.default).success) {
				problems.push(`${at}: the default ${String(property.default)} is not allowed`);
			}
			break;
		}
		case 'collection':
			problems.push(...(await objectDisagreements(property.options as INodeProperties[], inner, `${at} › `)));
			break;
		case 'fixedCollection': {
			const groups = property.options as INodePropertyCollection[];
			if (property.typeOptions?.multipleValues && inner instanceof z.ZodObject && groups.length === 1) {
				// a list of entries keyed by one of their fields (Office Hours: one entry per Day): the
				// key's options are the object's keys, the other fields agree with each key's rule
				const [key, ...rest] = groups[0].values;
				const shape = inner.shape as z.ZodRawShape;
				const keys = (key.options as INodePropertyOptions[]).map((option) => String(option.value)).sort();
				if (JSON.stringify(keys) !== JSON.stringify(Object.keys(shape).sort())) problems.push(`${at} › ${key.displayName}: options ${keys.join(', ')} but the rule has ${Object.keys(shape).join(', ')}`);
				for (const option of key.options as INodePropertyOptions[]) {
					const entry = shape[String(option.value)];
					if (entry && describedName(entry) !== option.name) problems.push(`${at} › ${option.name}: the rule says "${describedName(entry)}"`);
					if (entry) problems.push(...(await objectDisagreements(rest, unwrapRule(entry), `${at} › ${option.name} › `)));
				}
			} else if (property.typeOptions?.multipleValues) {
				if (!(inner instanceof z.ZodArray) || groups.length !== 1) {
					problems.push(`${at}: a list with a ${inner.constructor.name} rule`);
					break;
				}
				problems.push(...(await objectDisagreements(groups[0].values, unwrapRule(inner.element as z.ZodTypeAny), `${at} › `)));
			} else {
				const shape = inner instanceof z.ZodObject ? (inner.shape as z.ZodRawShape) : {};
				for (const group of groups) {
					const groupRule = shape[group.name];
					if (!groupRule) problems.push(`${at} › ${group.displayName}: no rule`);
					else if (describedName(groupRule) !== group.displayName) problems.push(`${at} › ${group.displayName}: the rule says "${describedName(groupRule)}"`);
					else problems.push(...(await objectDisagreements(group.values, unwrapRule(groupRule), `${at} › ${group.displayName} › `)));
				}
			}
			break;
		}
		default:
			// text, JSON and dates: a rule of their own (a pattern, a date, JSON); it must take text
			if (inner instanceof z.ZodNumber || inner instanceof z.ZodBoolean) problems.push(`${at}: a ${property.type} field with a ${inner.constructor.name} rule`);
	}
	return problems;
}

async function objectDisagreements(properties: INodeProperties[], rule: z.ZodTypeAny, where: string): Promise<string[]> {
	if (!(rule instanceof z.ZodObject)) return [`${where}: a group of fields with a ${rule.constructor.name} rule`];
	const shape = rule.shape as z.ZodRawShape;
	const byParameter = new Map(Object.keys(shape).map((api) => [parameterName(api), api]));
	const problems: string[] = [];
	for (const property of properties) {
		problems.push(...(await disagreements(property, shape[byParameter.get(property.name) ?? property.name], where)));
	}
	const shown = new Set(properties.map((property) => property.name));
	for (const [parameter, api] of byParameter) {
		if (!shown.has(parameter)) problems.push(`${where}${api}: a rule with no field in the node`);
	}
	return problems;
}

const portSip = new PortSip().description;
const voxo = new Voxo().description;

/** The node's property `name` shown for these resource/operation values (options visible there only). */
function propertyOf(description: INodeTypeDescription, name: string, resource: string, operation: string): INodeProperties {
	const found = description.properties.find(
		(property) =>
			property.name === name &&
			property.displayOptions?.show?.resource?.includes(resource) &&
			property.displayOptions?.show?.operation?.includes(operation),
	);
	if (!found) throw new Error(`no ${name} for ${resource} ${operation}`);
	const visible = (found.options as INodeProperties[] | undefined)?.filter((option) => {
		const only = option.displayOptions?.show?.['/resource'];
		return !only || only.includes(resource);
	});
	return visible ? { ...found, options: visible } : found;
}

/** Inbound Rule's parameters on both Create and Update (the rest are Create's own, or Update Fields). */
const RULE_PARAMETERS = ['providerId', 'officeHoursForwardRule', 'nonOfficeHoursForwardRule', 'holidayForwardRule'];

/** The fields each body schema is made from, as the node shows them. */
const PAIRS: Array<[string, () => INodeProperties[], z.ZodTypeAny]> = [
	['PortSIP Voicemail Server → Update', () => [propertyOf(portSip, 'updateFields', 'voicemailServer', 'update')], voicemailServerSchema],
	['PortSIP Password Policy → Update', () => [propertyOf(portSip, 'updateFields', 'passwordPolicy', 'update')], passwordPolicyUpdateSchema],
	['PortSIP Current Tenant → Update', () => [propertyOf(portSip, 'updateFields', 'tenantSettings', 'update')], tenantSettingsUpdateSchema],
	['PortSIP Tenant → Update', () => [propertyOf(portSip, 'updateFields', 'tenant', 'update')], tenantUpdateSchema],
	[
		'PortSIP Tenant → Create',
		() => [...['name', 'domain', 'timezone', 'currency', 'region'].map((name) => propertyOf(portSip, name, 'tenant', 'create')), propertyOf(portSip, 'additionalFields', 'tenant', 'create')],
		tenantCreateSchema,
	],
	['PortSIP Holiday → Create (raw fields)', () => [...['name', 'region'].map((name) => propertyOf(portSip, name, 'holiday', 'create')), propertyOf(portSip, 'dateFields', 'holiday', 'create')], holidayCreateSchema],
	[
		'PortSIP Holiday → Create/Update (dates)',
		() => ['date', 'startDate', 'endDate', 'everyYear', 'allDay', 'startTime', 'endTime'].map((name) => propertyOf(portSip, name, 'holiday', 'create')),
		holidayDatesSchema,
	],
	['PortSIP Holiday → Update', () => [propertyOf(portSip, 'updateFields', 'holiday', 'update'), propertyOf(portSip, 'dateFields', 'holiday', 'update')], holidayUpdateSchema],
	[
		'PortSIP Inbound Rule → Create',
		() =>
			[...RULE_PARAMETERS, 'name', 'didNumbers', 'holidays', 'additionalFields'].map((name) => propertyOf(portSip, name, 'inboundRule', 'create')),
		inboundRuleCreateSchema,
	],
	['PortSIP Inbound Rule → Update', () => [...RULE_PARAMETERS, 'updateFields'].map((name) => propertyOf(portSip, name, 'inboundRule', 'update')), inboundRuleUpdateSchema],
	[
		'PortSIP User → Create',
		() =>
			['name', 'displayName', 'email', 'password', 'role', 'extensionNumber', 'extensionPassword', 'voicemailPin', 'additionalFields'].map((name) =>
				propertyOf(portSip, name, 'user', 'create'),
			),
		userCreateSchema,
	],
	['PortSIP User → Update', () => [propertyOf(portSip, 'updateFields', 'user', 'update')], userUpdateSchema],
	[
		'VOXO Tenant → Create',
		() => [...['name', 'timezoneId', 'partnerId', 'billingStartDate'].map((name) => propertyOf(voxo, name, 'tenant', 'create')), propertyOf(voxo, 'additionalFields', 'tenant', 'create')],
		voxoCreateSchema,
	],
	['VOXO Tenant → Update', () => [propertyOf(voxo, 'updateFields', 'tenant', 'update')], voxoUpdateSchema],
];

/** A collection property stands for its fields; the others for themselves. */
function fieldsOf(properties: INodeProperties[]): INodeProperties[] {
	return properties.flatMap((property) =>
		property.type === 'collection' && ['updateFields', 'additionalFields', 'dateFields'].includes(property.name)
			? (property.options as INodeProperties[])
			: [property],
	);
}

describe('every field: the property the node shows agrees with the rule its value is checked by', () => {
	it.each(PAIRS)('%s', async (_what, properties, schema) => {
		expect(await objectDisagreements(fieldsOf(properties()), objectOf(schema), '')).toEqual([]);
	});

	it('finds a disagreement in name, type, bounds and options (the check can fail)', async () => {
		const rule = z.object({
			retain_days: z.number().int().min(0).max(30).describe('Retention (Days)'),
			auth: z.enum(['BASIC', 'NONE']).describe('Authentication'),
			enabled: z.string().describe('Enabled'),
			min_seconds: z.number().describe('Min Seconds'),
		});
		const problems = await objectDisagreements(
			[
				{ displayName: 'Retention (Days)', name: 'retainDays', type: 'number', typeOptions: { minValue: 0, maxValue: 31 }, default: 1 },
				{ displayName: 'Authentication', name: 'auth', type: 'options', options: [{ name: 'Basic', value: 'BASIC' }, { name: 'Digest', value: 'DIGEST' }], default: 'BASIC' },
				{ displayName: 'Enabled', name: 'enabled', type: 'boolean', default: false },
				{ displayName: 'Minimum Length (Seconds)', name: 'minSeconds', type: 'number', default: 1 },
				{ displayName: 'Extra', name: 'extra', type: 'string', default: '' },
			],
			rule,
			'',
		);
		expect(problems).toEqual([
			"Retention (Days): maxValue 31 but the rule's maximum is 30",
			'Authentication: options BASIC, DIGEST but the rule allows BASIC, NONE',
			'Enabled: a switch with a ZodString rule',
			'Minimum Length (Seconds): the rule says "Min Seconds"',
			'Extra: no rule for the parameter "extra"',
		]);
	});
});

describe('the node description the editor receives', () => {
	it('is under 60 KB for PortSIP (and VOXO)', () => {
		expect(JSON.stringify(portSip).length).toBeLessThan(60_000);
		expect(JSON.stringify(voxo).length).toBeLessThan(60_000);
	});

	it('is the same whatever time zones the runtime knows (no list from Intl)', () => {
		const intl = Intl as unknown as { supportedValuesOf: (key: string) => string[] };
		const original = intl.supportedValuesOf;
		let other = '';
		try {
			intl.supportedValuesOf = () => ['UTC', 'Europe/Berlin'];
			jest.isolateModules(() => {
				const { PortSip: Fresh } = jest.requireActual<typeof import('../../nodes/PortSip/PortSip.node')>('../../nodes/PortSip/PortSip.node');
				other = JSON.stringify(new Fresh().description);
			});
		} finally {
			intl.supportedValuesOf = original;
		}
		expect(other).toBe(JSON.stringify(portSip));
	});

	it('repeats no long list: an options field has at most 40 options of its own, longer lists come from loadOptions', () => {
		const long: string[] = [];
		const walk = (properties: INodeProperties[]) => {
			for (const property of properties) {
				if (property.type === 'options' && (property.options?.length ?? 0) > 40) long.push(property.name);
				if (property.type === 'collection') walk(property.options as INodeProperties[]);
				if (property.type === 'fixedCollection') for (const group of property.options as INodePropertyCollection[]) walk(group.values);
			}
		};
		walk(portSip.properties);
		expect(long).toEqual([]);
	});

	it('serves the lists without a request, from lists shipped in the package', async () => {
		const countries = await loaded('getCountries');
		expect(countries.length).toBeGreaterThan(240);
		expect(countries).toContainEqual(expect.objectContaining({ value: 'DEU' }));
		expect((await loaded('getCountriesOrAny'))[0]).toEqual({ name: 'Any Region', value: 'any' });
		expect((await loaded('getCurrencies')).map((option) => option.value)).toEqual(expect.arrayContaining(['EUR', 'USD', 'JPY']));
		expect((await loaded('getTimeZones')).map((option) => option.value)).toEqual(expect.arrayContaining(['UTC', 'Europe/Berlin', 'Asia/Kolkata']));
		// every shipped list is served by the node (it serves others too: calendars, holidays, inbound rules)
		expect(Object.keys(new PortSip().methods.loadOptions)).toEqual(expect.arrayContaining(Object.keys(pickerLists)));
	});
});

describe('the examples open in the editor with no issue', () => {
	// the editor's check (ParameterInput): an options field whose value (or an expression's value)
	// is not one of its options shows "The value … is not supported!", unless allowArbitraryValues
	const ours = [...loadExamples().flatMap((workflow) => workflow.nodes)].filter((node) => node.type.startsWith('n8n-nodes-pbx-tenants.'));

	it.each(ours.map((node) => [node.name, node] as const))('%s', async (_name, node) => {
		const description = node.type.endsWith('.voxo') ? voxo : portSip;
		const resource = String(node.parameters.resource ?? description.properties.find((p) => p.name === 'resource')?.default);
		const operation = String(node.parameters.operation);
		const issues: string[] = [];
		const check = async (properties: INodeProperties[], values: Record<string, unknown>) => {
			for (const [name, value] of Object.entries(values)) {
				const property = properties.find(
					(candidate) =>
						candidate.name === name &&
						(!candidate.displayOptions?.show?.resource || candidate.displayOptions.show.resource.includes(resource)) &&
						(!candidate.displayOptions?.show?.operation || candidate.displayOptions.show.operation.includes(operation)),
				);
				if (!property) continue;
				if (property.type === 'collection') await check(property.options as INodeProperties[], value as Record<string, unknown>);
				if (property.type !== 'options' || property.allowArbitraryValues) continue;
				const method = property.typeOptions?.loadOptionsMethod as string | undefined;
				const options = method ? await loaded(method) : (property.options as INodePropertyOptions[]);
				const isExpression = typeof value === 'string' && value.startsWith('=');
				if (isExpression || !options.some((option) => option.value === value)) issues.push(`${property.displayName}: ${String(value)}`);
			}
		};
		await check(description.properties, node.parameters);
		expect(issues).toEqual([]);
	});
});

describe('defaults and subtitles, in the editor\'s words', () => {
	const subtitleOf = (type: 'portSip' | 'voxo', parameters: Record<string, unknown>) => {
		const node = new (type === 'portSip' ? PortSip : Voxo)();
		const nodeTypes = { getByName: () => node, getByNameAndVersion: () => node, getKnownTypes: () => ({}) } as unknown as INodeTypes;
		const workflowNode: INode = { id: '1', name: 'Node', type, typeVersion: 1, position: [0, 0], parameters: parameters as INode['parameters'] };
		const workflow = new Workflow({ nodes: [workflowNode], connections: {}, active: false, nodeTypes });
		return workflow.expression.getSimpleParameterValue(workflowNode, node.description.subtitle as string, 'internal', {});
	};

	it.each([
		['portSip', { resource: 'passwordPolicy', operation: 'update' }, 'Update: Password Policy'],
		['portSip', { resource: 'tenantSettings', operation: 'get' }, 'Get: Current Tenant'],
		['portSip', { resource: 'tenantSettings', operation: 'getStatus' }, 'Get Status: Current Tenant'],
		['portSip', { resource: 'holiday', operation: 'getAll' }, 'Get Many: Holiday'],
		['portSip', { resource: 'holiday', operation: 'sync' }, 'Sync: Holiday'],
		['voxo', { resource: 'tenant', operation: 'create' }, 'Create: Tenant'],
	] as const)('%s %o reads "%s"', (type, parameters, expected) => {
		expect(subtitleOf(type, parameters)).toBe(expected);
	});

	it('opens on a read: each resource defaults to an operation that changes nothing, PortSIP on Current Tenant', () => {
		for (const description of [portSip, voxo]) {
			for (const operation of description.properties.filter((property) => property.name === 'operation')) {
				const chosen = (operation.options as INodePropertyOptions[]).find((option) => option.value === operation.default);
				const request = (chosen?.routing?.request ?? {}) as { method?: string };
				expect([description.name, operation.displayOptions?.show?.resource, request.method ?? 'GET']).toEqual([description.name, operation.displayOptions?.show?.resource, 'GET']);
			}
		}
		expect(portSip.properties.find((property) => property.name === 'resource')?.default).toBe('tenantSettings');
	});
});
