import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { sendValidatedBody } from '../../../shared/routing';
import { fieldProperties, fieldsToApi } from '../../../shared/field';
import { voicemailServerFields, voicemailServerSchema } from '../../schemas/voicemailServer';

const showOnlyForVoicemailServerUpdate = { resource: ['voicemailServer'], operation: ['update'] };

export const voicemailServerUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForVoicemailServerUpdate },
		options: fieldProperties(voicemailServerFields),
	},
];

export const buildVoicemailServerBody = sendValidatedBody(voicemailServerSchema, function (
	this: IExecuteSingleFunctions,
) {
	return fieldsToApi(voicemailServerFields, this.getNodeParameter('updateFields', {}) as IDataObject);
});
