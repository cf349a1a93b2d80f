import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { sendValidatedBody } from '../../../shared/routing';
import { tenantSettingsUpdateSchema } from '../../schemas/tenant';
import { tenantBody, tenantSettingsFields } from '../../shared/tenantFields';

export const tenantSettingsUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { resource: ['tenantSettings'], operation: ['update'] } },
		options: tenantSettingsFields(),
	},
];

export const buildTenantSettingsBody = sendValidatedBody(tenantSettingsUpdateSchema, function (
	this: IExecuteSingleFunctions,
) {
	return tenantBody(this.getNodeParameter('updateFields', {}) as IDataObject);
});
