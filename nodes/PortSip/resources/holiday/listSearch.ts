import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { portSipProfile } from '../../../shared/errors';
import { apiRequest } from '../../../shared/transport';
import { PORTSIP_PAGE_SIZE } from '../../shared/operation';

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

/** From List of the holiday locator: holidays by name, a page per request, searched by the API. */
export async function searchHolidays(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const skip = Number(paginationToken ?? 0) || 0;
	const page = (await apiRequest.call(this, portSipProfile, {
		method: 'GET',
		url: '/api/holidays',
		qs: { skip, top: PORTSIP_PAGE_SIZE, orderby: 'name asc', ...(filter ? { search: filter } : {}) },
	})) as IDataObject;
	const items = (page.items as IDataObject[] | undefined) ?? [];
	const next = skip + items.length;
	const more = items.length === PORTSIP_PAGE_SIZE && (typeof page.count !== 'number' || next < page.count);
	return {
		results: items.map((holiday) => ({
			name: `${holiday.name as string} (${describeHolidayDates(holiday)})`,
			value: holiday.id as string,
		})),
		paginationToken: more ? String(next) : undefined,
	};
}
