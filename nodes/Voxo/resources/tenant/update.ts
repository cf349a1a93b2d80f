import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { sendValidatedBody } from '../../../shared/routing';
import { tenantUpdateSchema } from '../../schemas/tenant';
import { tenantFieldProperties as field, tenantLocator, tenantOutputProperties } from './fields';

const showOnlyForTenantUpdate = { resource: ['tenant'], operation: ['update'] };

export const tenantUpdateDescription: INodeProperties[] = [
	tenantLocator(['update']),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForTenantUpdate },
		// the fields VOXO's Update Tenant page lists (partner, billing V2 and vertical are not among them)
		options: [field.billingInfo, field.billingStartDate, field.externalBillingId, field.name, field.timezoneId],
	},
	...tenantOutputProperties(['update']),
];

export const buildTenantUpdateBody = sendValidatedBody(tenantUpdateSchema, function (this: IExecuteSingleFunctions) {
	return this.getNodeParameter('updateFields', {}) as IDataObject;
});
