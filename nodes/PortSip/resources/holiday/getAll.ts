import type { INodeProperties } from 'n8n-workflow';

import { portSipListOptions, returnAllAndLimit } from '../../../shared/descriptions';

const show = { resource: ['holiday'], operation: ['getAll'] };

export const holidayGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(show),
	portSipListOptions(show, {
		filter: "region eq 'USA' and every_year eq true",
		orderby: 'month_start asc, day_start asc',
		search: 'Christmas',
		what: 'holidays',
	}),
];
