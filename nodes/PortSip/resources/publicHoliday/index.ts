import type { INodeProperties } from 'n8n-workflow';

import { calendarCountryField, calendarSubdivisionField } from './fields';

const show = (operations: string[]) => ({ show: { resource: ['publicHoliday'], operation: operations } });

export const publicHolidayDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['publicHoliday'] } },
		options: [
			{
				// custom operations (PortSip.customOperations): the built-in calendars, no PBX request
				name: 'Check Date',
				value: 'check',
				action: 'Check whether a date is a public holiday',
				description: 'Whether a date is a public holiday, and which',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many public holidays',
				description: 'The public holidays of a country or subdivision',
			},
		],
		default: 'getAll',
	},
	calendarCountryField(show(['getAll', 'check'])),
	calendarSubdivisionField(show(['getAll', 'check'])),
	{
		displayName: 'Date',
		name: 'date',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2026-12-25',
		displayOptions: show(['check']),
		description: 'The day to check, as YYYY-MM-DD (a date-time counts by its date as written)',
	},
	{
		displayName: 'Years',
		name: 'years',
		type: 'string',
		default: '',
		placeholder: 'e.g. 2026, 2027',
		displayOptions: show(['getAll']),
		description: 'Years to list, separated by commas (2000 to 2100). Empty: this year and the next, in the time zone of the workflow.',
	},
];
