import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { validateBody } from '../../../shared/validation';
import { TENANTS_PATH } from '../../shared/endpoints';
import { tenantIdSchema, voxoTenantFields } from '../../schemas/tenant';

/**
 * The tenant fields as the node shows them (stated once with their rules in schemas/tenant.ts):
 * Create shows them at the top level (the required ones) or under "Additional Fields", Update under
 * "Update Fields".
 */
export const tenantFieldProperties = Object.fromEntries(
	Object.entries(voxoTenantFields).map(([name, entry]) => [name, entry.property]),
) as Record<keyof typeof voxoTenantFields, INodeProperties>;

/** The tenant an operation acts on: picked from the list, or typed as an ID. */
export function tenantLocator(operations: string[]): INodeProperties {
	return {
		displayName: 'Tenant',
		name: 'tenantId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: { show: { resource: ['tenant'], operation: operations } },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchTenants', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '1234',
				validation: [
					{
						type: 'regex',
						properties: { regex: '^[1-9][0-9]*$', errorMessage: 'A tenant ID is a whole number such as 1234' },
					},
				],
			},
		],
	};
}

/** preSend: the tenant's own URL, after checking its ID. */
export async function tenantUrl(this: IExecuteSingleFunctions, options: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const raw = this.getNodeParameter('tenantId', undefined, { extractValue: true }) as unknown;
	const { tenantId } = validateBody(
		this.getNode(),
		tenantIdSchema,
		{ tenantId: typeof raw === 'string' ? raw.trim() : raw },
		this.getItemIndex(),
	);
	return { ...options, url: `${TENANTS_PATH}/${tenantId}` };
}

/** The output switches every operation that returns tenants shows. */
export function tenantOutputProperties(operations: string[]): INodeProperties[] {
	return [
		{
			displayName: 'Simplify',
			name: 'simplify',
			type: 'boolean',
			default: true,
			displayOptions: { show: { resource: ['tenant'], operation: operations } },
			description:
				'Whether to return only the fields most workflows use (ID, name, code, billing, time zone, partner, disabled) with yes/no flags as true/false, instead of the raw data',
		},
		{
			displayName: 'Include Secrets',
			name: 'includeSecrets',
			type: 'boolean',
			default: false,
			displayOptions: { show: { resource: ['tenant'], operation: operations, simplify: [false] } },
			description: 'Whether to include the recording storage password; off, it is replaced by ********',
		},
	];
}
