import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { sendValidatedBody } from '../../../shared/routing';
import { tenantCreateSchema } from '../../schemas/tenant';
import { tenantFieldProperties as field, tenantOutputProperties } from './fields';

const showOnlyForTenantCreate = { resource: ['tenant'], operation: ['create'] };

export const tenantCreateDescription: INodeProperties[] = [
	{ ...field.name, required: true, displayOptions: { show: showOnlyForTenantCreate } },
	{ ...field.timezoneId, required: true, displayOptions: { show: showOnlyForTenantCreate } },
	{ ...field.partnerId, required: true, displayOptions: { show: showOnlyForTenantCreate } },
	{ ...field.billingStartDate, required: true, displayOptions: { show: showOnlyForTenantCreate } },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForTenantCreate },
		options: [field.billingInfo, field.billingV2, field.externalBillingId, field.healthcareVertical],
	},
	...tenantOutputProperties(['create']),
];

export const buildTenantCreateBody = sendValidatedBody(tenantCreateSchema, function (this: IExecuteSingleFunctions) {
	return {
		name: this.getNodeParameter('name'),
		timezoneId: this.getNodeParameter('timezoneId'),
		partnerId: this.getNodeParameter('partnerId'),
		billingStartDate: this.getNodeParameter('billingStartDate'),
		...(this.getNodeParameter('additionalFields', {}) as IDataObject),
	};
});
