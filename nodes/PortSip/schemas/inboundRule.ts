import { z } from 'zod';

import { atLeastOneField, oneOf, text, yesNo } from '../../shared/validation';

/*
 * The body of POST /api/inbound_rules and POST /api/inbound_rules/{id} (v22.2 spec): name (1 to 64),
 * did_numbers (not empty) and provider_id are required on create; forward rules are an action of
 * three and a number; holidays is a list of the tenant's holiday IDs (GET answers the holidays
 * themselves). Each rule is described with the field's display name, so that an error names the
 * field as the node shows it.
 */

export const FORWARD_ACTIONS = ['FORWARD_TO_NUMBER', 'FORWARD_TO_VOICEMAIL', 'HANGUP'] as const;

/** An opaque PortSIP ID; one of spaces is no ID. */
export const portSipId = () => z.preprocess((value) => (typeof value === 'string' ? value.trim() : value), text({ min: 1 }));

/**
 * `{action, number}`. The spec requires neither; a forward to a number with no number could only
 * fail when a call comes, so the number is required with that action (our rule, not the spec's).
 */
function forwardRule(displayName: string) {
	return z
		.object({ action: oneOf([...FORWARD_ACTIONS]).describe('Action'), number: text().describe('Number').optional() })
		.strict()
		.superRefine((rule, ctx) => {
			if (rule.action === 'FORWARD_TO_NUMBER' && !rule.number?.trim()) {
				ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['number'], message: 'is required when Action is Forward to Number' });
			}
		})
		.describe(displayName);
}

const inboundRuleFields = {
	name: text({ min: 1, max: 64 }).describe('Name'),
	did_numbers: text({ min: 1 }).describe('DID Numbers'),
	provider_id: portSipId().describe('Trunk'),
	enabled: yesNo().describe('Enabled'),
	cid_number_mask: text().describe('Caller ID Number Mask'),
	office_hours_forward_rule: forwardRule('Office Hours Forwarding'),
	non_office_hours_forward_rule: forwardRule('Outside Office Hours Forwarding'),
	holiday_forward_rule: forwardRule('Holiday Forwarding'),
	holidays: z.array(portSipId().describe('Holiday'), { invalid_type_error: 'must be a list of holiday IDs' }).describe('Holiday Names or IDs'),
	play_recording_disclaimer: yesNo().describe('Play Recording Disclaimer'),
};

const { name, did_numbers, provider_id, ...optionalFields } = inboundRuleFields;

/** Body of POST /api/inbound_rules. */
export const inboundRuleCreateSchema = z.object({ name, did_numbers, provider_id }).extend(z.object(optionalFields).partial().shape).strict();

/** Body of POST /api/inbound_rules/{id}: every field optional; only those sent change. */
export const inboundRuleUpdateSchema = atLeastOneField(z.object(inboundRuleFields).partial().strict());

export const inboundRuleIdSchema = z.object({ inboundRuleId: portSipId().describe('Inbound Rule') }).strict();
