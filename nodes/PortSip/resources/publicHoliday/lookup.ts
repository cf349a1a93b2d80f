/*
 * Public Holiday → Get Many / Check Date: the built-in calendars, for workflows and AI agents. Custom
 * operations (PortSip.customOperations): nothing is sent to a PBX and no credential is needed.
 */
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { getPublicHolidays, resolveCountry, type CalendarDate, type PublicHoliday } from '../../calendars';
import { isValidDate } from '../../calendars/dates';
import { attempt, parseYears } from '../holiday/syncSource';

const two = (value: number) => String(value).padStart(2, '0');
const isoDate = (date: CalendarDate) => `${date.year}-${two(date.month)}-${two(date.day)}`;

/** Runs `each` for every input item; a bad item fails the run, or gives an error item with Continue On Fail. */
async function perItem(context: IExecuteFunctions, each: (itemIndex: number) => IDataObject[]): Promise<INodeExecutionData[][]> {
	const output: INodeExecutionData[] = [];
	const items = context.getInputData();
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			output.push(...each(itemIndex).map((json) => ({ json, pairedItem: { item: itemIndex } })));
		} catch (error) {
			const failure = new NodeOperationError(context.getNode(), (error as Error).message, { itemIndex });
			if (!context.continueOnFail()) throw failure;
			output.push({ json: { error: failure.message }, pairedItem: { item: itemIndex } });
		}
	}
	return [output];
}

/** The calendar holidays of the item's Country and Subdivision in a year; errors name the field. */
function holidaysOf(context: IExecuteFunctions, itemIndex: number, year: number): PublicHoliday[] {
	const country = context.getNodeParameter('country', itemIndex) as string;
	const subdivision = (context.getNodeParameter('subdivision', itemIndex, '', { extractValue: true }) as string) || undefined;
	const holidays = attempt(() => getPublicHolidays(country, year, subdivision));
	if ('value' in holidays) return holidays.value;
	const { problem } = holidays;
	const field = /subdivision/i.test(problem) ? 'Subdivision' : /^(No calendar|Invalid year)/.test(problem) ? 'Years' : 'Country Name or ID';
	throw new NodeOperationError(context.getNode(), `${field}: ${problem}`);
}

function holidayJson(holiday: PublicHoliday): IDataObject {
	return {
		date: isoDate(holiday.start),
		endDate: isoDate(holiday.end),
		name: holiday.name,
		localName: holiday.localName,
		country: holiday.region,
		...(holiday.subdivision ? { subdivision: holiday.subdivision } : {}),
		key: holiday.key,
	};
}

export async function listPublicHolidays(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const thisYear = Number(new Intl.DateTimeFormat('en-US', { timeZone: this.getTimezone(), year: 'numeric' }).format(new Date()));
	return await perItem(this, (itemIndex) => {
		const years = parseYears(this.getNodeParameter('years', itemIndex, ''), thisYear);
		const all = years.flatMap((year) => holidaysOf(this, itemIndex, year)).map(holidayJson);
		const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
		return returnAll ? all : all.slice(0, this.getNodeParameter('limit', itemIndex, 50) as number);
	});
}

/** "2026-12-25", or a date-time whose date part is taken as written (no time-zone shift). */
function parseDate(value: unknown): CalendarDate {
	const text = typeof value === 'string' ? value.trim() : value instanceof Date ? value.toISOString() : String(value ?? '');
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text);
	const date = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
	if (!date || !isValidDate(date)) throw new Error(`Date: "${text}" is not a date; give it as YYYY-MM-DD, such as 2026-12-25`);
	return date;
}

export async function checkPublicHoliday(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await perItem(this, (itemIndex) => {
		const date = parseDate(this.getNodeParameter('date', itemIndex));
		const all = holidaysOf(this, itemIndex, date.year);
		const wanted = isoDate(date);
		// a multi-day holiday counts on every one of its days
		const matching = all.filter((holiday) => isoDate(holiday.start) <= wanted && wanted <= isoDate(holiday.end));
		const country = resolveCountry(this.getNodeParameter('country', itemIndex) as string).alpha3;
		const subdivision = (this.getNodeParameter('subdivision', itemIndex, '', { extractValue: true }) as string) || undefined;
		return [
			{
				date: wanted,
				isPublicHoliday: matching.length > 0,
				name: matching.length > 0 ? matching.map((holiday) => holiday.name).join(' / ') : null,
				localName: matching.length > 0 ? matching.map((holiday) => holiday.localName).join(' / ') : null,
				country,
				...(subdivision ? { subdivision: all[0]?.subdivision ?? subdivision } : {}),
				holidays: matching.map(holidayJson),
			},
		];
	});
}
