import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { sendValidatedBody } from '../../../shared/routing';
import { tenantSettingsUpdateSchema } from '../../schemas/tenant';
import { tenantBody, tenantUpdateFieldsProperty } from '../../shared/tenantFields';

/** Update Fields, shared with Tenant → Update (see tenantUpdateFieldsProperty). */
export const tenantSettingsUpdateDescription: INodeProperties[] = [tenantUpdateFieldsProperty()];

export const buildTenantSettingsBody = sendValidatedBody(tenantSettingsUpdateSchema, function (
	this: IExecuteSingleFunctions,
) {
	return tenantBody(this.getNodeParameter('updateFields', {}) as IDataObject);
});
