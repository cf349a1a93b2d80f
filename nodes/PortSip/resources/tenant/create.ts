import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { sendValidatedBody } from '../../../shared/routing';
import { tenantCreateSchema } from '../../schemas/tenant';
import { tenantBody, tenantCreateFields, tenantIdentityFields } from '../../shared/tenantFields';

const showOnlyForCreate = { resource: ['tenant'], operation: ['create'] };

/** Name, domain, time zone, currency and region are required on create. */
const REQUIRED = ['name', 'domain', 'timezone', 'currency', 'region'];

export const tenantCreateDescription: INodeProperties[] = [
	// Name: one property for every resource's Create (PortSip.node.ts)
	...tenantIdentityFields()
		.filter((field) => field.name !== 'name')
		.map((field) => ({ ...field, required: true, displayOptions: { show: showOnlyForCreate } })),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForCreate },
		options: tenantCreateFields(),
	},
];

export const buildTenantCreateBody = sendValidatedBody(tenantCreateSchema, function (this: IExecuteSingleFunctions) {
	const fields: IDataObject = {};
	for (const name of REQUIRED) fields[name] = this.getNodeParameter(name, '');
	const additional = this.getNodeParameter('additionalFields', {}) as IDataObject;
	return tenantBody({ ...fields, ...additional });
});
