import { z } from 'zod';

import { atLeastOneField, wholeNumber, yesNo } from '../../shared/validation';

/**
 * Body of POST /api/tenant/password_policy (v22.2 spec: every field optional).
 * min_length ≤ max_length is checked here when both are sent. When only one is sent, the other is
 * the tenant's current value, which the node does not read first (the update stays one request);
 * the PBX enforces the rule then ("Must be less than or equal the value of max_length").
 */
export const passwordPolicyUpdateSchema = atLeastOneField(
	z
		.object({
			min_length: wholeNumber({ min: 6, max: 32 }),
			max_length: wholeNumber({ min: 6, max: 32 }),
			contains_letters: yesNo(),
			contains_numbers: yesNo(),
			contains_special_letters: yesNo(),
			disable_sequential_characters: yesNo(),
			disable_repeating_characters: yesNo(),
			disable_account_information: yesNo(),
		})
		.partial()
		.strict()
		.superRefine((policy, context) => {
			if (policy.min_length !== undefined && policy.max_length !== undefined && policy.min_length > policy.max_length) {
				context.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['min_length'],
					message: `must be less than or equal to "Max Length" (max_length): ${policy.min_length} is more than ${policy.max_length}`,
				});
			}
		}),
);
