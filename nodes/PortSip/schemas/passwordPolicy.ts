import { z } from 'zod';

import { field, fieldShape, type Field } from '../../shared/field';
import { atLeastOneField } from '../../shared/validation';

const length = (api: string, displayName: string, fallback: number): Field =>
	field(api, { displayName, type: 'number', typeOptions: { minValue: 6, maxValue: 32 }, default: fallback, description: 'Min Length may not exceed Max Length' });

const requirement = (api: string, displayName: string, description: string): Field =>
	field(api, { displayName, type: 'boolean', default: true, description });

/** The fields of POST /api/tenant/password_policy (v22.2 spec: every field optional), as the node shows them. */
export const passwordPolicyFields = [
	requirement('contains_letters', 'Contains Letters', 'Whether a password needs a latin letter'),
	requirement('contains_numbers', 'Contains Numbers', 'Whether a password needs a digit'),
	requirement('contains_special_letters', 'Contains Special Characters', 'Whether a password needs an upper-case letter or a special character (~ ! @ # $ %)'),
	requirement('disable_account_information', 'Disable Account Information', 'Whether a password may not resemble the account information'),
	requirement('disable_repeating_characters', 'Disable Repeating Characters', 'Whether a password may not repeat characters'),
	requirement('disable_sequential_characters', 'Disable Sequential Characters', 'Whether a password may not hold sequential characters'),
	length('max_length', 'Max Length', 32),
	length('min_length', 'Min Length', 6),
];

/**
 * Body of POST /api/tenant/password_policy.
 * min_length ≤ max_length is checked here when both are sent. When only one is sent, the other is
 * the tenant's current value, which the node does not read first (the update stays one request);
 * the PBX enforces the rule then ("Must be less than or equal the value of max_length").
 */
export const passwordPolicyUpdateSchema = atLeastOneField(
	z
		.object(fieldShape(passwordPolicyFields))
		.partial()
		.strict()
		.superRefine((policy, context) => {
			const { min_length: min, max_length: max } = policy as { min_length?: number; max_length?: number };
			if (min !== undefined && max !== undefined && min > max) {
				context.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['min_length'],
					message: `must be less than or equal to "Max Length" (max_length): ${min} is more than ${max}`,
				});
			}
		}),
);
