import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { TENANT_ADMIN_HINTS } from '../../shared/hints';
import { searchPortSipList } from '../../shared/listSearch';

const two = (value: unknown) => String(value ?? '?').padStart(2, '0');

/** `12-25, every year`, `2025-12-24 13:00–23:59`, `2025-12-24 – 2026-01-02`: the holiday's dates at a glance. */
export function describeHolidayDates(holiday: IDataObject): string {
	const date = (side: 'start' | 'end') =>
		`${holiday.every_year ? '' : `${holiday[`year_${side}`] ?? '?'}-`}${two(holiday[`month_${side}`])}-${two(holiday[`day_${side}`])}`;
	const time = (side: 'start' | 'end') => `${two(holiday[`hour_${side}`])}:${two(holiday[`minute_${side}`])}`;
	const allDay = time('start') === '00:00' && time('end') === '23:59';
	const sameDay = date('start') === date('end');
	let text = sameDay ? date('start') : `${date('start')} – ${date('end')}`;
	if (!allDay) text += sameDay ? ` ${time('start')}–${time('end')}` : ` (${time('start')} to ${time('end')})`;
	return holiday.every_year ? `${text}, every year` : text;
}

/** From List of the holiday locator: holidays by name, with their dates. */
export async function searchHolidays(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const label = (holiday: IDataObject) => `${holiday.name as string} (${describeHolidayDates(holiday)})`;
	return await searchPortSipList(this, { url: '/api/holidays', label, hints: TENANT_ADMIN_HINTS }, filter, paginationToken);
}
