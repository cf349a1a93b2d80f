import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { sendValidatedBody } from '../../../shared/routing';
import { toApiFields } from '../../shared/fields';
import { voicemailServerSchema } from '../../schemas/voicemailServer';

const showOnlyForVoicemailServerUpdate = { resource: ['voicemailServer'], operation: ['update'] };

export const voicemailServerUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForVoicemailServerUpdate },
		options: [
			{
				displayName: 'Extension Number',
				name: 'extensionNumber',
				type: 'string',
				default: '',
				placeholder: '999',
				description: 'Extension number of the voicemail server: 3 to 64 digits',
			},
			{
				displayName: 'Minimum Length (Seconds)',
				name: 'minSeconds',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 1,
				description: 'Calls shorter than this many seconds are not saved as voicemail',
			},
			{
				displayName: 'Retention (Days)',
				name: 'retainDays',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 30,
				description: 'Days a voicemail is kept before it is deleted automatically',
			},
		],
	},
];

export const buildVoicemailServerBody = sendValidatedBody(voicemailServerSchema, function (
	this: IExecuteSingleFunctions,
) {
	return toApiFields(this.getNodeParameter('updateFields', {}) as IDataObject);
});
