import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { validateBody } from '../../../shared/validation';
import { fieldProperties, type Field } from '../../../shared/field';
import {
	inboundRuleBody,
	inboundRuleCreateSchema,
	inboundRuleDidNumbers,
	inboundRuleForwardings,
	inboundRuleHolidays,
	inboundRuleIdSchema,
	inboundRuleOptionalFields,
	inboundRuleTrunk,
	inboundRuleUpdateFields,
	inboundRuleUpdateSchema,
} from '../../schemas/inboundRule';
import { listLocator } from '../../shared/locator';

type Show = Record<string, string[]>;
const show = (operation: string[], more: Show = {}) => ({ show: { resource: ['inboundRule'], operation, ...more } });

/** The rule to work on: From List (searchInboundRules) or By ID. */
export function inboundRuleLocator(operations: string[]): INodeProperties {
	return {
		...listLocator({ displayName: 'Inbound Rule', description: 'The inbound rule to use', required: true }, { method: 'searchInboundRules', placeholder: 'Select an inbound rule...' }),
		name: 'inboundRuleId',
		displayOptions: show(operations),
	};
}

/** The chosen rule's ID, checked (an empty ID would turn a Get into a list). */
export function inboundRuleIdOf(context: IExecuteSingleFunctions): string {
	const inboundRuleId = context.getNodeParameter('inboundRuleId', undefined, { extractValue: true });
	return validateBody(context.getNode(), inboundRuleIdSchema, { inboundRuleId }, context.getItemIndex()).inboundRuleId;
}

/** preSend: the chosen rule's ID in place of `{id}`. */
export async function inboundRuleUrl(this: IExecuteSingleFunctions, options: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	return { ...options, url: (options.url ?? '').replace('{id}', encodeURIComponent(inboundRuleIdOf(this))) };
}

const property = (entry: Field, operations: string[], required = false): INodeProperties => ({
	...entry.property,
	displayOptions: show(operations),
	...(required ? { required } : {}),
});

export const inboundRuleCreateDescription: INodeProperties[] = [
	// Name: one property for every resource's Create (PortSip.node.ts)
	property(inboundRuleDidNumbers, ['create'], true),
	property(inboundRuleTrunk, ['create'], true),
	// Update's trunk may be left empty (unchanged), so it is a parameter of its own
	{ ...property(inboundRuleTrunk, ['update']), description: 'The trunk (provider) the calls arrive on; empty: unchanged' },
	// one set for Create and Update
	...inboundRuleForwardings.map((entry) => property(entry, ['create', 'update'])),
	property(inboundRuleHolidays, ['create']),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show(['create']),
		options: fieldProperties(inboundRuleOptionalFields),
	},
];

export const inboundRuleUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show(['update']),
		options: fieldProperties(inboundRuleUpdateFields),
	},
];

/** The parameters of this item (Trunk and the forwardings, and the given fields), as the API's body. */
function ruleBody(context: IExecuteSingleFunctions, fields: IDataObject): IDataObject {
	const trunk = context.getNodeParameter('providerId', '', { extractValue: true });
	const values: IDataObject = { ...fields, providerId: trunk === '' ? undefined : (trunk as string) };
	for (const { property } of inboundRuleForwardings) values[property.name] = context.getNodeParameter(property.name, {}) as IDataObject;
	return inboundRuleBody(values);
}

/** preSend of Create: the body, checked before sending. */
export async function buildInboundRuleCreateBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const fields = {
		...(this.getNodeParameter('additionalFields', {}) as IDataObject),
		name: this.getNodeParameter('name', ''),
		didNumbers: this.getNodeParameter('didNumbers', ''),
		holidays: this.getNodeParameter('holidays', []),
	} as IDataObject;
	if (Array.isArray(fields.holidays) && fields.holidays.length === 0) delete fields.holidays;
	const body = validateBody(this.getNode(), inboundRuleCreateSchema, ruleBody(this, fields), this.getItemIndex());
	return { ...options, body };
}

/** preSend of Update: only the fields given, checked before sending. */
export async function buildInboundRuleUpdateBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	const body = validateBody(this.getNode(), inboundRuleUpdateSchema, ruleBody(this, fields), this.getItemIndex());
	return { ...options, body };
}
