import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import { fieldProperties } from '../../../shared/field';
import { validateBody } from '../../../shared/validation';
import { listLocator } from '../../shared/locator';
import { holidayIdSchema, holidayRawDateFields, type HolidayDateInput } from '../../schemas/holiday';

/** The holiday to work on: From List (searchHolidays) or By ID. */
export function holidayLocator(operations: string[]): INodeProperties {
	return {
		name: 'holidayId',
		...listLocator(
			{ displayName: 'Holiday', description: 'The holiday to use', required: true, displayOptions: { show: { resource: ['holiday'], operation: operations } } },
			{ method: 'searchHolidays', placeholder: 'Select a holiday...' },
		),
	};
}

/** The chosen holiday's ID, checked (an empty ID would turn a Get into a list). */
export function holidayIdOf(context: IExecuteSingleFunctions): string {
	const holidayId = context.getNodeParameter('holidayId', undefined, { extractValue: true });
	return validateBody(context.getNode(), holidayIdSchema, { holidayId }, context.getItemIndex()).holidayId;
}

/** preSend: puts the chosen holiday's ID in place of `{id}` in the operation's URL. */
export async function holidayUrl(this: IExecuteSingleFunctions, options: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	return { ...options, url: (options.url ?? '').replace('{id}', encodeURIComponent(holidayIdOf(this))) };
}

const DATE_MODES: INodePropertyOptions[] = [
	{
		name: 'Date Range',
		value: 'dateRange',
	},
	{
		name: 'Raw Fields',
		value: 'rawFields',
		description: "PortSIP's own fields",
	},
	{
		name: 'Single Day',
		value: 'date',
	},
];

const KEEP_DATES: INodePropertyOptions = {
	name: "Don't Change",
	value: 'keep',
};

/**
 * How the dates are entered (see the README): a date, or a date range, each all day or between two
 * times, with an Every Year switch; or PortSIP's raw fields for anything else.
 */
export function holidayDateInputProperty(operation: 'create' | 'update'): INodeProperties {
	const show = () => ({ show: { resource: ['holiday'], operation: [operation] } });
	return operation === 'update'
			? {
					displayName: 'Dates',
					name: 'dateInput',
					type: 'options',
					noDataExpression: true,
					displayOptions: show(),
					options: [DATE_MODES[0], KEEP_DATES, ...DATE_MODES.slice(1)],
					default: 'keep',
				}
			: {
					displayName: 'Dates',
					name: 'dateInput',
					type: 'options',
					noDataExpression: true,
					displayOptions: show(),
					options: DATE_MODES,
					default: 'date',
				};
}

/**
 * The date fields, one set for Create and Update (each copy would be sent to the editor again);
 * listed after both operations' Dates selector, so that it comes first in either.
 */
export function holidayDateProperties(): INodeProperties[] {
	const show = (more: IDataObject = {}) => ({
		show: { resource: ['holiday'], operation: ['create', 'update'], ...more },
	});
	const friendly = { dateInput: ['date', 'dateRange'] };
	return [
		{
			displayName: 'Date',
			name: 'date',
			type: 'dateTime',
			required: true,
			default: '',
			displayOptions: show({ dateInput: ['date'] }),
			description: 'Its time is ignored (see All Day); with Every Year an expression may give "12-25"',
		},
		{
			displayName: 'Start Date',
			name: 'startDate',
			type: 'dateTime',
			required: true,
			default: '',
			displayOptions: show({ dateInput: ['dateRange'] }),
		},
		{
			displayName: 'End Date',
			name: 'endDate',
			type: 'dateTime',
			required: true,
			default: '',
			displayOptions: show({ dateInput: ['dateRange'] }),
			description: 'Included',
		},
		{
			displayName: 'Every Year',
			name: 'everyYear',
			type: 'boolean',
			default: false,
			displayOptions: show(friendly),
			description: 'Whether it comes back every year on the same date',
		},
		{
			displayName: 'All Day',
			name: 'allDay',
			type: 'boolean',
			default: true,
			displayOptions: show(friendly),
			description: 'Whether it lasts 00:00 to 23:59; off to give a start and end time',
		},
		{
			displayName: 'Start Time',
			name: 'startTime',
			type: 'string',
			default: '00:00',
			placeholder: 'e.g. 13:00',
			displayOptions: show({ ...friendly, allDay: [false] }),
		},
		{
			displayName: 'End Time',
			name: 'endTime',
			type: 'string',
			default: '23:59',
			placeholder: 'e.g. 23:59',
			displayOptions: show({ ...friendly, allDay: [false] }),
		},
		{
			displayName: 'Date Fields',
			name: 'dateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			displayOptions: show({ dateInput: ['rawFields'] }),
			description: 'Sent as they are (Create needs all but the years when Every Year is on)',
			options: fieldProperties(holidayRawDateFields),
		},
	];
}

/** The friendly date parameters of this item, as `holidayDatesSchema` takes them (it ignores the times when all day). */
export function holidayDateInput(context: IExecuteSingleFunctions, mode: 'date' | 'dateRange'): HolidayDateInput {
	const parameter = (name: string) => emptyToUndefined(context.getNodeParameter(name, ''));
	return {
		everyYear: context.getNodeParameter('everyYear', false),
		...(mode === 'date' ? { date: parameter('date') } : { startDate: parameter('startDate'), endDate: parameter('endDate') }),
		allDay: context.getNodeParameter('allDay', true),
		startTime: parameter('startTime'),
		endTime: parameter('endTime'),
	} as HolidayDateInput;
}

function emptyToUndefined(value: unknown): unknown {
	return value === '' || value === null ? undefined : value;
}
