import { z } from 'zod';

import { field, fieldShape } from '../../shared/field';
import { pickerOf } from '../../shared/pickers';
import { atLeastOneField, countryCode, text, wholeNumber, yesNo } from '../../shared/validation';
import { daysInMonth, type CalendarDate } from '../calendars/dates';

/*
 * How PortSIP's holiday fields express a holiday (the spec documents none of this; the admin guide
 * says "a holiday can be a specific time shift within a day or a range of days, for a particular
 * year or for every year"):
 *   - start = year_start-month_start-day_start hour_start:minute_start, end likewise with *_end;
 *   - one day: consecutive false, the same date at both ends; all day is 00:00 to 23:59;
 *   - several days: consecutive true, from the start date and time to the end date and time;
 *   - every year: every_year true and no year fields.
 */

const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** Days in a month; with no year (a holiday every year) February has 29 (2000 was a leap year). */
function daysIn(month: number, year?: number): number {
	return daysInMonth(year ?? 2000, month);
}

/** "must be a day that exists in February 2025: 1 to 28", or undefined when the day exists. */
function missingDay(month: number, day: number, year?: number): string | undefined {
	const last = daysIn(month, year);
	if (day <= last) return undefined;
	return `must be a day that exists in ${MONTH_NAMES[month - 1]}${year === undefined ? '' : ` ${year}`}: 1 to ${last}`;
}

/** One end of a holiday; no year for a holiday every year. */
export interface HolidayMoment {
	year?: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
}

const MOMENT_PARTS = ['year', 'month', 'day', 'hour', 'minute'] as const;
type MomentPart = (typeof MOMENT_PARTS)[number];

const two = (value: number) => String(value).padStart(2, '0');

/** `2025-12-24 13:00`, or `12-24 13:00` with no year. */
export function formatMoment(moment: HolidayMoment): string {
	const date = `${moment.year === undefined ? '' : `${moment.year}-`}${two(moment.month)}-${two(moment.day)}`;
	return `${date} ${two(moment.hour)}:${two(moment.minute)}`;
}

/** The first part in which the end comes before the start, or undefined when it does not. */
export function endBeforeStart(start: HolidayMoment, end: HolidayMoment): MomentPart | undefined {
	for (const part of MOMENT_PARTS) {
		const from = start[part];
		const to = end[part];
		if (from === undefined || to === undefined || from === to) continue;
		return to < from ? part : undefined;
	}
	return undefined;
}

const NEW_YEAR_HINT = '; a holiday every year cannot run over New Year: create one holiday up to 31 December and one from 1 January';

// ---------------------------------------------------------------------------------------------
// The request body of POST /api/holidays and POST /api/holidays/{id}

const year = wholeNumber({ min: 1970, max: 9999 });
const month = wholeNumber({ min: 1, max: 12 });
const day = wholeNumber({ min: 1, max: 31 });
const hour = wholeNumber({ min: 0, max: 23 });
const minute = wholeNumber({ min: 0, max: 59 });

const COUNTRY_HINT = 'Sent as ISO alpha-3; an expression may give alpha-2 (DE)';

/** Name and Region, as Create shows them (required) and Update offers them. */
export const holidayNameAndRegion = [
	field(
		'name',
		{ displayName: 'Name', type: 'string', default: '', placeholder: 'e.g. Christmas Day' },
		text({ min: 1, max: 64 }),
	),
	field(
		'region',
		{ displayName: 'Region', ...pickerOf('getCountries'), default: 'USA', description: COUNTRY_HINT },
		countryCode(),
	),
];

/** A number of the start or end (its bounds show in the editor and in the error: no description). */
const part = (api: string, displayName: string, rule: z.ZodTypeAny, fallback: number) =>
	field(api, { displayName, type: 'number', typeOptions: { numberPrecision: 0 }, default: fallback }, rule);

/** PortSIP's own date fields (Dates: Raw Fields), sent as they are; in the API's order (the first problem is reported first). */
export const holidayRawDateFields = [
	field('consecutive', {
		displayName: 'Consecutive',
		type: 'boolean',
		default: false,
		description: 'Whether it runs from the start date and time to the end date and time',
	}),
	field('every_year', {
		displayName: 'Every Year',
		type: 'boolean',
		default: false,
		description: 'Whether it comes back every year (then leave out the years)',
	}),
	part('year_start', 'Year Start', year, 2026),
	part('year_end', 'Year End', year, 2026),
	part('month_start', 'Month Start', month, 1),
	part('month_end', 'Month End', month, 1),
	part('day_start', 'Day Start', day, 1),
	part('day_end', 'Day End', day, 1),
	part('hour_start', 'Hour Start', hour, 0),
	part('hour_end', 'Hour End', hour, 23),
	part('minute_start', 'Minute Start', minute, 0),
	part('minute_end', 'Minute End', minute, 59),
];

const holidayFields = fieldShape([...holidayNameAndRegion, ...holidayRawDateFields]);

export interface HolidayBody {
	name?: string;
	region?: string;
	consecutive?: boolean;
	every_year?: boolean;
	year_start?: number;
	year_end?: number;
	month_start?: number;
	month_end?: number;
	day_start?: number;
	day_end?: number;
	hour_start?: number;
	hour_end?: number;
	minute_start?: number;
	minute_end?: number;
}

/** The start or end of a body, when all its fields are there (the year only when both years are). */
function bodyMoment(body: HolidayBody, side: 'start' | 'end', withYear: boolean): HolidayMoment | undefined {
	const moment = {
		year: withYear ? body[`year_${side}`] : undefined,
		month: body[`month_${side}`],
		day: body[`day_${side}`],
		hour: body[`hour_${side}`],
		minute: body[`minute_${side}`],
	};
	if ([moment.month, moment.day, moment.hour, moment.minute].some((value) => value === undefined)) return undefined;
	return moment as HolidayMoment;
}

/** The calendar rules, checked on the fields that are there (an update may send a few). */
function checkCalendar(requireYears: boolean) {
	return (body: HolidayBody, ctx: z.RefinementCtx) => {
		for (const side of ['start', 'end'] as const) {
			const yearField = `year_${side}` as const;
			if (body.every_year === true && body[yearField] !== undefined) {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: [yearField],
					message: 'must be left out when every_year is true: a holiday every year has no year',
				});
			}
			if (requireYears && body.every_year === false && body[yearField] === undefined) {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: [yearField],
					message: 'is required when every_year is false (a holiday in one year only)',
				});
			}
			const monthValue = body[`month_${side}`];
			const dayValue = body[`day_${side}`];
			if (monthValue !== undefined && dayValue !== undefined) {
				const problem = missingDay(monthValue, dayValue, body.every_year === true ? undefined : body[yearField]);
				if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [`day_${side}`], message: problem });
			}
		}
		const bothYears = body.year_start !== undefined && body.year_end !== undefined && body.every_year !== true;
		const oneYear = (body.year_start === undefined) !== (body.year_end === undefined);
		const start = bodyMoment(body, 'start', bothYears);
		const end = bodyMoment(body, 'end', bothYears);
		if (!start || !end || oneYear) return;
		const part = endBeforeStart(start, end);
		if (part) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: [`${part}_end`],
				message: `must not put the end (${formatMoment(end)}) before the start (${formatMoment(start)})${
					bothYears ? '' : NEW_YEAR_HINT
				}`,
			});
		}
	};
}

/** Body of POST /api/holidays: name, region, consecutive and every_year (spec) and the dates are required. */
export const holidayCreateSchema = z
	.object({ ...holidayFields, year_start: holidayFields.year_start.optional(), year_end: holidayFields.year_end.optional() })
	.strict()
	.superRefine(checkCalendar(true));

/** Body of POST /api/holidays/{id}: every field optional; the rules apply to the fields sent. */
export const holidayUpdateSchema = atLeastOneField(
	z.object(holidayFields).partial().strict().superRefine(checkCalendar(false)),
	'"Update Fields" or change the dates',
);

/** A holiday ID (an opaque string). */
// an ID of spaces is no ID (it would be sent as `/api/holidays/%20`)
export const holidayIdSchema = z
	.object({
		holidayId: z.preprocess((value) => (typeof value === 'string' ? value.trim() : value), text({ min: 1 })).describe('Holiday'),
	})
	.strict();

// ---------------------------------------------------------------------------------------------
// Dates as a person enters them: a date or a date range, all day or from/to a time

const DATE_RULE = 'must be a date such as 2025-12-25 (or 12-25 for a holiday every year)';
const DATE_PATTERN = /^(?:(\d{4})-|--)?(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;
const TIME_RULE = 'must be a time of day from 00:00 to 23:59, such as 13:30';

/** A date as entered: the calendars' CalendarDate, its year absent for a holiday every year. */
type EnteredDate = Omit<CalendarDate, 'year'> & Partial<Pick<CalendarDate, 'year'>>;

/** Dates arrive as text (the date picker: `2025-12-25T00:00:00`) or, from expressions, as dates. */
function dateAsText(value: unknown): unknown {
	if (value instanceof Date) return `${value.getFullYear()}-${value.getMonth() + 1}-${value.getDate()}`;
	const isoDate = (value as { toISODate?: unknown } | null)?.toISODate; // a Luxon DateTime ($now, $today)
	if (typeof isoDate === 'function') return isoDate.call(value);
	return value;
}

const calendarDate = z.preprocess(
	dateAsText,
	z
		.string({ invalid_type_error: DATE_RULE, required_error: 'is required' })
		.trim()
		.regex(DATE_PATTERN, DATE_RULE)
		.transform((value): EnteredDate => {
			const [, yearText, monthText, dayText] = DATE_PATTERN.exec(value) as RegExpExecArray;
			return {
				year: yearText === undefined ? undefined : Number(yearText),
				month: Number(monthText),
				day: Number(dayText),
			};
		}),
);

const clockTime = z
	.string({ invalid_type_error: TIME_RULE, required_error: 'is required' })
	.trim()
	.regex(/^\d{1,2}:\d{2}$/, TIME_RULE)
	.transform((value) => {
		const [hourText, minuteText] = value.split(':');
		return { hour: Number(hourText), minute: Number(minuteText) };
	})
	.refine((time) => time.hour <= 23 && time.minute <= 59, TIME_RULE);

/**
 * Dates as entered in the node (or by a calendar sync): `date` for one day, or `startDate` and
 * `endDate` for several; all day unless `allDay` is false, then from `startTime` to `endTime`. The
 * output is the date part of the API body.
 */
export const holidayDatesSchema = z
	.object({
		// the display names of holidayDateProperties (resources/holiday/shared.ts)
		everyYear: yesNo().describe('Every Year'),
		date: calendarDate.optional().describe('Date'),
		startDate: calendarDate.optional().describe('Start Date'),
		endDate: calendarDate.optional().describe('End Date'),
		allDay: yesNo().optional().describe('All Day'),
		startTime: clockTime.optional().describe('Start Time'),
		endTime: clockTime.optional().describe('End Time'),
	})
	.strict()
	.superRefine((input, ctx) => {
		const issue = (field: string, message: string) =>
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message });
		if (input.date && (input.startDate || input.endDate)) {
			issue(input.startDate ? 'startDate' : 'endDate', 'cannot be used with Date: give Date for one day, or Start Date and End Date for several');
		}
		if (!input.date && !input.startDate) issue('date', 'is required (or Start Date and End Date for several days)');
		if (!input.date && input.startDate && !input.endDate) issue('endDate', 'is required with Start Date');
		for (const field of ['date', 'startDate', 'endDate'] as const) {
			const value = input[field];
			if (!value) continue;
			if (value.year === undefined && !input.everyYear) {
				issue(field, 'needs a year (such as 2025-12-25) unless Every Year is on');
			} else if (value.month < 1 || value.month > 12) {
				issue(field, `has no month ${value.month}: months are 1 to 12`);
			} else if (value.day < 1) {
				issue(field, 'has no day 0: days start at 1');
			} else {
				const inYear = input.everyYear ? undefined : value.year;
				const last = daysIn(value.month, inYear);
				if (value.day > last) {
					issue(field, `is not a date: ${MONTH_NAMES[value.month - 1]}${inYear === undefined ? '' : ` ${inYear}`} has ${last} days`);
				}
			}
		}
		if (input.allDay === false) {
			if (!input.startTime) issue('startTime', 'is required when All Day is off');
			if (!input.endTime) issue('endTime', 'is required when All Day is off');
		}
	})
	.transform((input) => {
		const first = (input.date ?? input.startDate) as EnteredDate;
		const last = (input.date ?? input.endDate) as EnteredDate;
		const allDay = input.allDay !== false;
		const from = allDay ? { hour: 0, minute: 0 } : input.startTime!;
		const to = allDay ? { hour: 23, minute: 59 } : input.endTime!;
		const withYear = !input.everyYear;
		return {
			consecutive: !(first.month === last.month && first.day === last.day && (!withYear || first.year === last.year)),
			every_year: input.everyYear,
			...(withYear ? { year_start: first.year, year_end: last.year } : {}),
			month_start: first.month,
			day_start: first.day,
			hour_start: from.hour,
			minute_start: from.minute,
			month_end: last.month,
			day_end: last.day,
			hour_end: to.hour,
			minute_end: to.minute,
		};
	})
	.superRefine((body, ctx) => {
		// (zod runs this after a failed step too, with the input: then there is nothing to compare)
		const start = bodyMoment(body, 'start', !body.every_year);
		const end = bodyMoment(body, 'end', !body.every_year);
		const part = start && end ? endBeforeStart(start, end) : undefined;
		if (!start || !end || !part) return;
		const sameDay = part === 'hour' || part === 'minute';
		ctx.addIssue({
			code: z.ZodIssueCode.custom,
			path: [sameDay ? 'endTime' : 'endDate'],
			message: sameDay
				? `must not be before Start Time (the holiday would end at ${formatMoment(end)}, before it starts at ${formatMoment(start)})`
				: `must not be before Start Date (${formatMoment(end).slice(0, -6)} is before ${formatMoment(start).slice(0, -6)})${
						body.every_year ? NEW_YEAR_HINT : ''
					}`,
		});
	});

export type HolidayDateInput = z.input<typeof holidayDatesSchema>;
