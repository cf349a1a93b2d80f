import type { INode } from 'n8n-workflow';

import { validateBody } from '../../../shared/validation';
import { holidayCreateSchema, holidayDatesSchema, type HolidayDateInput } from '../../schemas/holiday';

/**
 * A holiday as a person (or a built-in calendar) describes it, e.g.
 * `{ name: 'Christmas Day', region: 'GBR', everyYear: true, date: '12-25' }` or
 * `{ name: 'Easter', region: 'DE', everyYear: false, startDate: '2026-04-03', endDate: '2026-04-06' }`.
 * All day unless `allDay` is false; then `startTime` and `endTime` (HH:mm) bound it.
 */
export type HolidayDescription = HolidayDateInput & {
	name: string;
	/** ISO 3166-1 alpha-3 or alpha-2. */
	region: string;
};

/**
 * The body of POST /api/holidays for a holiday description, checked by the same rules as the
 * Create operation; a broken rule throws an error naming the item, the field and the rule.
 */
export function holidayBody(node: INode, description: HolidayDescription, itemIndex: number) {
	const { name, region, ...dates } = description;
	const dateFields = validateBody(node, holidayDatesSchema, dates, itemIndex);
	return validateBody(node, holidayCreateSchema, { name, region, ...dateFields }, itemIndex);
}
