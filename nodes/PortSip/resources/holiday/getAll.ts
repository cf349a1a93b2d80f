import type { INodeProperties } from 'n8n-workflow';

const showOnlyForHolidayGetAll = { resource: ['holiday'], operation: ['getAll'] };

export const holidayGetAllDescription: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		displayOptions: { show: showOnlyForHolidayGetAll },
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		displayOptions: { show: { ...showOnlyForHolidayGetAll, returnAll: [false] } },
		description: 'Max number of results to return',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showOnlyForHolidayGetAll },
		options: [
			{
				displayName: 'Filter',
				name: 'filter',
				type: 'string',
				default: '',
				placeholder: "e.g. region eq 'USA' and every_year eq true",
				description:
					"PortSIP filter expression: eq, ne, gt, ge, lt, le, and, or, startswith(field,'x'), endswith(field,'x'), contains(field,'x'); text in single quotes",
				routing: { send: { type: 'query', property: 'filter' } },
			},
			{
				displayName: 'Order By',
				name: 'orderby',
				type: 'string',
				default: '',
				placeholder: 'e.g. month_start asc, day_start asc',
				description: 'Fields to sort by, each followed by asc or desc, separated by commas',
				routing: { send: { type: 'query', property: 'orderby' } },
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				placeholder: 'e.g. Christmas',
				description: 'Only holidays that match this text',
				routing: { send: { type: 'query', property: 'search' } },
			},
		],
	},
];
