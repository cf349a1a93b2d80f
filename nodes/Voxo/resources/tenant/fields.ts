import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { validateBody } from '../../../shared/validation';
import { TENANTS_PATH } from '../../shared/endpoints';
import { tenantIdSchema } from '../../schemas/tenant';

/**
 * The tenant fields as the node shows them, once: Create shows them at the top level (the
 * required ones) or under "Additional Fields", Update under "Update Fields".
 */
export const tenantFieldProperties = {
	name: {
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'Acme Dental',
		description: "The tenant's name, at least 3 characters",
	},
	timezoneId: {
		displayName: 'Timezone ID',
		name: 'timezoneId',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description:
			"VOXO's ID of the tenant's time zone. VOXO publishes no list of them: use Get on an existing tenant and copy the ID inside its timezone field.",
	},
	partnerId: {
		displayName: 'Partner ID',
		name: 'partnerId',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'The partner the tenant belongs to. Use Get on an existing tenant of the partner and copy the ID inside its partner field.',
	},
	billingStartDate: {
		displayName: 'Billing Start Date',
		name: 'billingStartDate',
		type: 'dateTime',
		default: '',
		description:
			'The day billing starts: the 1st, 5th, 10th, 15th or 20th of a month. A date-time is accepted; only its date is sent (YYYY-MM-DD).',
	},
	externalBillingId: {
		displayName: 'External Billing ID',
		name: 'externalBillingId',
		type: 'string',
		default: '',
		placeholder: '10042',
		description: "The tenant's ID in your billing system: digits only, no leading zero",
	},
	billingV2: {
		displayName: 'Billing V2',
		name: 'billingV2',
		type: 'boolean',
		default: false,
		description: "Whether to enable VOXO's billing V2 for the tenant",
	},
	healthcareVertical: {
		displayName: 'Healthcare Vertical',
		name: 'healthcareVertical',
		type: 'string',
		default: '',
		description: "The tenant's healthcare vertical (VOXO documents no list of values)",
	},
	billingInfo: {
		displayName: 'Billing Info',
		name: 'billingInfo',
		type: 'json',
		default: '{}',
		description: "Billing contact information as a JSON object, sent as is (VOXO's docs do not list its fields)",
	},
} satisfies Record<string, INodeProperties>;

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
