import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import { field, fieldProperties, fieldShape, fieldsToApi, type Field } from '../../shared/field';
import { atLeastOneField, text } from '../../shared/validation';
import { listLocator } from '../shared/locator';

/*
 * The fields of POST /api/inbound_rules and POST /api/inbound_rules/{id} (v22.2 spec), each stated
 * once (property and rule, see shared/field.ts): name (1 to 64), did_numbers (not empty) and
 * provider_id are required on create; forward rules are an action of three and a number; holidays
 * is a list of the tenant's holiday IDs (GET answers the holidays themselves).
 */

/** An opaque PortSIP ID; one of spaces is no ID. */
export const portSipId = () => z.preprocess((value) => (typeof value === 'string' ? value.trim() : value), text({ min: 1 }));

const forwardAction = field('action', {
	displayName: 'Action',
	type: 'options',
	options: [
		{ name: 'Forward to Number', value: 'FORWARD_TO_NUMBER' },
		{ name: 'Forward to Voicemail', value: 'FORWARD_TO_VOICEMAIL', description: "The Number's voicemail" },
		{ name: 'Hang Up', value: 'HANGUP' },
	],
	default: 'FORWARD_TO_NUMBER',
});

const forwardNumber = field(
	'number',
	{ displayName: 'Number', type: 'string', default: '', placeholder: 'e.g. 101', description: 'Extension or external number' },
	text(),
);

/**
 * `{action, number}`. The spec requires neither; a forward to a number with no number could only
 * fail when a call comes, so the number is required with that action (our rule, not the spec's).
 */
const forwarding = (api: string, displayName: string, when: string) =>
	field(
		api,
		{ displayName, type: 'collection', placeholder: 'Add Setting', default: {}, description: `Where calls go ${when}`, options: fieldProperties([forwardAction, forwardNumber]) },
		z
			.object({ action: forwardAction.rule, number: forwardNumber.rule.optional() })
			.strict()
			.superRefine((rule, ctx) => {
				if (rule.action === 'FORWARD_TO_NUMBER' && !String(rule.number ?? '').trim()) {
					ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['number'], message: 'is required when Action is Forward to Number' });
				}
			}),
		// an empty collection is no rule: nothing to send
		(value) => (value && typeof value === 'object' && Object.keys(value).length === 0 ? undefined : value),
	);

export const inboundRuleName = field(
	'name',
	{ displayName: 'Name', type: 'string', default: '', placeholder: 'e.g. Main number' },
	text({ min: 1, max: 64 }),
);

export const inboundRuleDidNumbers = field(
	'did_numbers',
	{ displayName: 'DID Numbers', type: 'string', default: '', placeholder: 'e.g. 4420123456 or 4420123450-4420123459', description: 'A number, or a range joined by a hyphen' },
	text({ min: 1 }),
);

export const inboundRuleTrunk = field(
	'provider_id',
	{
		...listLocator({ displayName: 'Trunk', description: 'The trunk (provider) the calls arrive on' }, { method: 'searchTrunks', placeholder: 'Select a trunk...' }),
		name: 'providerId',
	},
	portSipId(),
);

export const inboundRuleHolidays = field(
	'holidays',
	{
		displayName: 'Holiday Names or IDs',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getHolidays' },
		default: [],
		description:
			'Where Holiday Forwarding applies (Update: the whole list). Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	z.array(portSipId().describe('Holiday'), { invalid_type_error: 'must be a list of holiday IDs' }),
);

export const inboundRuleForwardings = [
	forwarding('office_hours_forward_rule', 'Office Hours Forwarding', 'during office hours'),
	forwarding('non_office_hours_forward_rule', 'Outside Office Hours Forwarding', 'outside office hours'),
	forwarding('holiday_forward_rule', 'Holiday Forwarding', 'on the holidays the rule observes'),
];

/** Optional on create (Additional Fields) and on update. */
export const inboundRuleOptionalFields = [
	field(
		'cid_number_mask',
		{
			displayName: 'Caller ID Number Mask',
			type: 'string',
			default: '',
			placeholder: 'e.g. 0044**********',
			description: 'Only calls from matching numbers: * for any one digit, or a range (from-to)',
		},
		text(),
	),
	field('enabled', { displayName: 'Enabled', type: 'boolean', default: true, description: 'Whether the rule routes calls' }),
	field('play_recording_disclaimer', { displayName: 'Play Recording Disclaimer', type: 'boolean', default: false, description: 'Whether callers hear the recording disclaimer' }),
];

/** Update Fields: what else Update may change (Trunk and the forwardings are parameters of their own). */
export const inboundRuleUpdateFields = [...inboundRuleOptionalFields, inboundRuleDidNumbers, inboundRuleHolidays, inboundRuleName];

const allFields: Field[] = [inboundRuleName, inboundRuleDidNumbers, inboundRuleTrunk, ...inboundRuleForwardings, inboundRuleHolidays, ...inboundRuleOptionalFields];

/** The node's parameters → the API's body (only what was given). */
export function inboundRuleBody(values: IDataObject): IDataObject {
	const body = fieldsToApi(allFields, values);
	for (const [name, value] of Object.entries(body)) if (value === undefined) delete body[name];
	return body;
}

/** Body of POST /api/inbound_rules. */
export const inboundRuleCreateSchema = z
	.object(fieldShape(allFields))
	.partial()
	.required({ name: true, did_numbers: true, provider_id: true })
	.strict();

/** Body of POST /api/inbound_rules/{id}: every field optional; only those sent change. */
export const inboundRuleUpdateSchema = atLeastOneField(z.object(fieldShape(allFields)).partial().strict());

export const inboundRuleIdSchema = z.object({ inboundRuleId: portSipId().describe('Inbound Rule') }).strict();

