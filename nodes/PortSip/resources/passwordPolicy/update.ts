import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { sendValidatedBody } from '../../../shared/routing';
import { fieldProperties, fieldsToApi } from '../../../shared/field';
import { passwordPolicyFields, passwordPolicyUpdateSchema } from '../../schemas/passwordPolicy';

export const passwordPolicyUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { resource: ['passwordPolicy'], operation: ['update'] } },
		options: fieldProperties(passwordPolicyFields),
	},
];

export const buildPasswordPolicyBody = sendValidatedBody(passwordPolicyUpdateSchema, function (
	this: IExecuteSingleFunctions,
) {
	return fieldsToApi(passwordPolicyFields, this.getNodeParameter('updateFields', {}) as IDataObject);
});
