import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { sendValidatedBody } from '../../../shared/routing';
import { passwordPolicyUpdateSchema } from '../../schemas/passwordPolicy';
import { toApiFields } from '../../shared/fields';

const length = (displayName: string, name: string, fallback: number, rule: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue: 6, maxValue: 32 },
	default: fallback,
	description: `${rule}: 6 to 32, and Min Length may not exceed Max Length`,
});

const requirement = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'boolean',
	default: true,
	description,
});

export const passwordPolicyUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { resource: ['passwordPolicy'], operation: ['update'] } },
		options: [
			requirement('Contains Letters', 'containsLetters', 'Whether a password must contain at least one latin letter'),
			requirement('Contains Numbers', 'containsNumbers', 'Whether a password must contain at least one digit (0-9)'),
			requirement(
				'Contains Special Characters',
				'containsSpecialLetters',
				'Whether a password must contain at least one upper-case letter or special character (such as ~ ! @ # $ %)',
			),
			requirement('Disable Account Information', 'disableAccountInformation', 'Whether a password may not resemble the account information'),
			requirement('Disable Repeating Characters', 'disableRepeatingCharacters', 'Whether a password may not contain repeating characters'),
			requirement('Disable Sequential Characters', 'disableSequentialCharacters', 'Whether a password may not contain sequential characters'),
			length('Max Length', 'maxLength', 32, 'The most characters a password may have'),
			length('Min Length', 'minLength', 6, 'The fewest characters a password may have'),
		],
	},
];

export const buildPasswordPolicyBody = sendValidatedBody(passwordPolicyUpdateSchema, function (
	this: IExecuteSingleFunctions,
) {
	return toApiFields(this.getNodeParameter('updateFields', {}) as IDataObject);
});
