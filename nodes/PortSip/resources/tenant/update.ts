import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { sendValidatedBody } from '../../../shared/routing';
import { tenantUpdateSchema } from '../../schemas/tenant';
import { tenantBody, tenantUpdateFields } from '../../shared/tenantFields';

export const tenantUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { resource: ['tenant'], operation: ['update'] } },
		// the spec's POST /tenants/{id} takes no name: a tenant's name is set when it is created
		options: tenantUpdateFields(),
	},
];

export const buildTenantUpdateBody = sendValidatedBody(tenantUpdateSchema, function (this: IExecuteSingleFunctions) {
	return tenantBody(this.getNodeParameter('updateFields', {}) as IDataObject);
});
