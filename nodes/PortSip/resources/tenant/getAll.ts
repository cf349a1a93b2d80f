import type { INodeProperties } from 'n8n-workflow';

const showOnlyForGetAll = { resource: ['tenant'], operation: ['getAll'] };

export const tenantGetAllDescription: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		displayOptions: { show: showOnlyForGetAll },
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		displayOptions: { show: { ...showOnlyForGetAll, returnAll: [false] } },
		description: 'Max number of results to return',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showOnlyForGetAll },
		options: [
			{
				displayName: 'Filter',
				name: 'filter',
				type: 'string',
				default: '',
				placeholder: "enabled eq true and startswith(name,'Acme')",
				description:
					"The API's filter expression: eq, ne, gt, ge, lt, le, and, or, startswith(field,'x'), endswith(field,'x'), contains(field,'x'); strings in single quotes",
				routing: { send: { type: 'query', property: 'filter' } },
			},
			{
				displayName: 'Order By',
				name: 'orderby',
				type: 'string',
				default: '',
				placeholder: 'name asc, created_at desc',
				description: 'Fields to sort by, each followed by asc or desc, separated by commas',
				routing: { send: { type: 'query', property: 'orderby' } },
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				placeholder: 'acme',
				description: 'Only tenants that match this text',
				routing: { send: { type: 'query', property: 'search' } },
			},
		],
	},
];
