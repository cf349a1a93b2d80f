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

/** The node's tenant parameters → the API's body. */
export function tenantBody(fields: IDataObject): IDataObject {
	return tenant.tenantBody(fields);
}
