import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { validateBody } from '../../../shared/validation';
import { inboundRuleCreateSchema, inboundRuleIdSchema, inboundRuleUpdateSchema } from '../../schemas/inboundRule';

type Show = Record<string, string[]>;
const show = (operation: string[], more: Show = {}) => ({ show: { resource: ['inboundRule'], operation, ...more } });

/** A resource locator: From List (a listSearch method over a PortSIP list) or By ID. */
function locator(
	property: Pick<INodeProperties, 'displayName' | 'name' | 'description' | 'displayOptions'> & { required: boolean },
	list: { method: string; placeholder: string },
): INodeProperties {
	return {
		...property,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: list.placeholder,
				typeOptions: { searchListMethod: list.method, searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. NzAwNTUxOTA5NzczMTQ4MTYw' },
		],
	};
}

/** The rule to work on: From List (searchInboundRules) or By ID. */
export function inboundRuleLocator(operations: string[]): INodeProperties {
	return locator(
		{ displayName: 'Inbound Rule', name: 'inboundRuleId', required: true, description: 'The inbound rule to use', displayOptions: show(operations) },
		{ method: 'searchInboundRules', placeholder: 'Select an inbound rule...' },
	);
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

const FORWARD_ACTION_OPTIONS = [
	{ name: 'Forward to Number', value: 'FORWARD_TO_NUMBER', description: 'Ring an extension or an external number' },
	{ name: 'Forward to Voicemail', value: 'FORWARD_TO_VOICEMAIL', description: "Send the call to the Number's voicemail" },
	{ name: 'Hang Up', value: 'HANGUP', description: 'End the call' },
];

const FORWARDING = [
	['Office Hours Forwarding', 'officeHoursForwardRule', 'during office hours'],
	['Outside Office Hours Forwarding', 'nonOfficeHoursForwardRule', 'outside office hours'],
	['Holiday Forwarding', 'holidayForwardRule', 'on the holidays the rule observes (see Holidays)'],
] as const;

/** Where calls go during office hours, outside them and on holidays: an action and its number. */
function forwardingProperties(operations: string[]): INodeProperties[] {
	return FORWARDING.map(([displayName, name, when]) => ({
		displayName,
		name,
		type: 'collection',
		placeholder: 'Add Setting',
		default: {},
		displayOptions: show(operations),
		description: `What happens to calls ${when}`,
		options: [
			{ displayName: 'Action', name: 'action', type: 'options', options: FORWARD_ACTION_OPTIONS, default: 'FORWARD_TO_NUMBER' },
			{
				displayName: 'Number',
				name: 'number',
				type: 'string',
				default: '',
				placeholder: 'e.g. 101',
				description: 'Extension number, or an external number (digits, with or without a leading +); required for Forward to Number',
			},
		],
	}));
}

/** The Trunk locator: From List (the provider list) or By ID. */
function trunkLocator(operations: string[], required: boolean): INodeProperties {
	return locator(
		{
			displayName: 'Trunk',
			name: 'providerId',
			required,
			description: required ? 'The trunk (provider) the calls arrive on' : 'The trunk (provider) the calls arrive on; empty: unchanged',
			displayOptions: show(operations),
		},
		{ method: 'searchTrunks', placeholder: 'Select a trunk...' },
	);
}

function holidaysProperty(description: string): INodeProperties {
	return {
		displayName: 'Holiday Names or IDs',
		name: 'holidays',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getHolidays' },
		default: [],
		description: `${description}. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

const name = (required: boolean): INodeProperties => ({
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required,
	default: '',
	placeholder: 'e.g. Main number',
	description: 'Name of the rule, 1 to 64 characters',
});

const didNumbers = (required: boolean): INodeProperties => ({
	displayName: 'DID Numbers',
	name: 'didNumbers',
	type: 'string',
	required,
	default: '',
	placeholder: 'e.g. 4420123456 or 4420123450-4420123459',
	description: 'The DID (DDI) number the rule receives, or a range of them joined by a hyphen',
});

const optionalFields: INodeProperties[] = [
	{
		displayName: 'Caller ID Number Mask',
		name: 'cidNumberMask',
		type: 'string',
		default: '',
		placeholder: 'e.g. 0044**********',
		description: 'Only calls from matching numbers: a whole number, * for any digit (one per digit), or a range such as 00442012345670-00442012345680',
	},
	{ displayName: 'Enabled', name: 'enabled', type: 'boolean', default: true, description: 'Whether the rule routes calls' },
	{
		displayName: 'Play Recording Disclaimer',
		name: 'playRecordingDisclaimer',
		type: 'boolean',
		default: false,
		description: 'Whether callers hear the recording disclaimer',
	},
];

export const inboundRuleCreateDescription: INodeProperties[] = [
	{ ...name(true), displayOptions: show(['create']) },
	{ ...didNumbers(true), displayOptions: show(['create']) },
	trunkLocator(['create'], true),
	...forwardingProperties(['create']),
	{ ...holidaysProperty('The holidays on which Holiday Forwarding applies'), displayOptions: show(['create']) },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show(['create']),
		options: optionalFields,
	},
];

export const inboundRuleUpdateDescription: INodeProperties[] = [
	inboundRuleLocator(['update']),
	trunkLocator(['update'], false),
	...forwardingProperties(['update']),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show(['update']),
		options: [
			...optionalFields,
			didNumbers(false),
			holidaysProperty('The whole list of holidays on which Holiday Forwarding applies (replaces the current list)'),
			name(false),
		].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
];

/** The parameters the user set, under the API's names: only what was given is sent. */
function ruleBody(context: IExecuteSingleFunctions, fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	const put = (apiName: string, value: unknown) => {
		if (value !== undefined) body[apiName] = value as IDataObject[string];
	};
	put('name', fields.name);
	put('did_numbers', fields.didNumbers);
	const trunk = context.getNodeParameter('providerId', '', { extractValue: true });
	put('provider_id', trunk === '' ? undefined : trunk);
	put('enabled', fields.enabled);
	put('cid_number_mask', fields.cidNumberMask);
	put('play_recording_disclaimer', fields.playRecordingDisclaimer);
	put('holidays', fields.holidays);
	for (const [, parameter] of FORWARDING) {
		const rule = context.getNodeParameter(parameter, {}) as IDataObject;
		if (Object.keys(rule).length > 0) put(parameter.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`), rule);
	}
	return body;
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
