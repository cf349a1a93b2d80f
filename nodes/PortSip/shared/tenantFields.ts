import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { fieldProperties } from '../../shared/field';
import * as tenant from '../schemas/tenant';

/*
 * The tenant's fields as each operation offers them. Each field (property and rule) is stated once
 * in schemas/tenant.ts; these only pick the groups.
 */

/** Name, domain, time zone, currency and region (Tenant → Create shows them as required parameters). */
export function tenantIdentityFields(): INodeProperties[] {
	return tenant.tenantIdentityProperties();
}

/** Tenant Settings → Update: everything POST /tenant takes. */
export function tenantSettingsFields(): INodeProperties[] {
	return fieldProperties(tenant.tenantSettingsFields);
}

/** Tenant → Create, Additional Fields: the required five are separate parameters. */
export function tenantCreateFields(): INodeProperties[] {
	return fieldProperties(tenant.tenantCreateFields);
}

/** Tenant → Update: the spec takes no name on POST /tenants/{id}. */
export function tenantUpdateFields(): INodeProperties[] {
	return fieldProperties(tenant.tenantUpdateFields);
}

/**
 * Update Fields of Current Tenant → Update and of Tenant → Update, as one property: the two
 * endpoints share most fields, and each copy of them would be sent to the editor again. A field
 * only one of them takes is shown only for that resource.
 */
export function tenantUpdateFieldsProperty(): INodeProperties {
	const settings = new Set(tenant.tenantSettingsFields);
	const managed = new Set(tenant.tenantUpdateFields);
	const fields = [...new Set([...tenant.tenantSettingsFields, ...tenant.tenantUpdateFields])];
	const options = fieldProperties(fields).map((property) => {
		const entry = fields.find((candidate) => candidate.property === property)!;
		if (settings.has(entry) && managed.has(entry)) return property;
		return { ...property, displayOptions: { show: { '/resource': [settings.has(entry) ? 'tenantSettings' : 'tenant'] } } };
	});
	return {
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { resource: ['tenantSettings', 'tenant'], operation: ['update'] } },
		options,
	};
}

/** The node's tenant parameters → the API's body. */
export function tenantBody(fields: IDataObject): IDataObject {
	return tenant.tenantBody(fields);
}
