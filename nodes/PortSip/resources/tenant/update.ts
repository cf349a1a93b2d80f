import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { sendValidatedBody } from '../../../shared/routing';
import { tenantUpdateSchema } from '../../schemas/tenant';
import { tenantBody } from '../../shared/tenantFields';

// Update Fields is one property with Current Tenant → Update (tenantUpdateFieldsProperty, listed
// there); the spec's POST /tenants/{id} takes no name: a tenant's name is set when it is created.
export const tenantUpdateDescription: INodeProperties[] = [];

export const buildTenantUpdateBody = sendValidatedBody(tenantUpdateSchema, function (this: IExecuteSingleFunctions) {
	return tenantBody(this.getNodeParameter('updateFields', {}) as IDataObject);
});
