import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { maskPaths } from '../../../shared/secrets';

/** Tenant fields that hold a secret (the password of the tenant's own recording storage). */
const TENANT_SECRETS = ['recordingPassword'] as const;

/** VOXO's 0/1 flags as true/false; null (not set) stays null. */
function yesNoFlag(value: IDataObject[string]): IDataObject[string] {
	if (value === 1 || value === '1' || value === true) return true;
	if (value === 0 || value === '0' || value === false) return false;
	return value;
}

/** The fields a builder chains on, flags as booleans; nothing secret. */
export function simplifyTenant(tenant: IDataObject): IDataObject {
	const simplified: IDataObject = {
		id: tenant.id,
		name: tenant.name,
		tenantCode: tenant.tenantCode,
		externalBillingId: tenant.externalBillingId,
		billingStartDate: tenant.billingStartDate,
		billingV2: yesNoFlag(tenant.billingV2),
		timezone: tenant.timezone,
		partner: tenant.partner,
		disabled: yesNoFlag(tenant.disabled),
	};
	for (const key of Object.keys(simplified)) if (simplified[key] === undefined) delete simplified[key];
	return simplified;
}

/** Last output step of every operation that returns tenants: Simplify, or the raw tenant with secrets masked. */
export async function tenantOutput(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const simplify = this.getNodeParameter('simplify', true) as boolean;
	const includeSecrets = !simplify && (this.getNodeParameter('includeSecrets', false) as boolean);
	return items.map((item) => ({
		json: simplify
			? simplifyTenant(item.json)
			: includeSecrets
				? item.json
				: maskPaths(item.json, TENANT_SECRETS),
	}));
}
