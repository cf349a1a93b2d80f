/*
 * Holiday → Sync, the desired set: holidays from a built-in calendar, from input items or from a JSON
 * list, as holiday descriptions (see body.ts), which the operation checks and turns into API bodies.
 * Pure, like the planner.
 */
import type { IDataObject } from 'n8n-workflow';

import { MAX_YEAR, MIN_YEAR, SUPPORTED_COUNTRIES, getPublicHolidays, resolveCountry, resolveSubdivision, type CalendarDate, type PublicHoliday } from '../../calendars';
import type { HolidayDescription } from './body';
import { SyncInputError } from './syncPlan';

export interface SourcedHoliday {
	description: HolidayDescription;
	/** Where it came from, for messages. */
	origin: string;
}

/**
 * "2026, 2027", "2026 2027", 2026, [2026, 2027] (from an expression); empty means this year and the
 * next. Sorted, without repeats.
 */
export function parseYears(value: unknown, thisYear: number): number[] {
	const rule = `give years from ${MIN_YEAR} to ${MAX_YEAR}, such as "${thisYear}, ${thisYear + 1}" (empty: this year and the next)`;
	let parts: unknown[];
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
		parts = [thisYear, thisYear + 1];
	} else if (Array.isArray(value)) {
		parts = value;
	} else if (typeof value === 'number') {
		parts = [value];
	} else if (typeof value === 'string') {
		parts = value.split(/[\s,;]+/).filter((part) => part !== '');
	} else {
		throw new SyncInputError(`Years: ${rule}`);
	}
	if (parts.length === 0) throw new SyncInputError(`Years: ${rule}`);
	const years = parts.map((part) => {
		const year = typeof part === 'string' && /^\d+$/.test(part.trim()) ? Number(part) : part;
		if (typeof year !== 'number' || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
			throw new SyncInputError(`Years: "${String(part)}" is not a year the calendars cover; ${rule}`);
		}
		return year;
	});
	return [...new Set(years)].sort((a, b) => a - b);
}

const two = (value: number) => String(value).padStart(2, '0');
const monthDay = (date: CalendarDate) => `${two(date.month)}-${two(date.day)}`;
const isoDate = (date: CalendarDate) => `${date.year}-${monthDay(date)}`;

/** The dates of a holiday description: one day or a range, `MM-DD` every year, else with the year. */
function datesOf(holiday: PublicHoliday, everyYear: boolean) {
	const format = everyYear ? monthDay : isoDate;
	const oneDay = isoDate(holiday.start) === isoDate(holiday.end);
	return oneDay ? { date: format(holiday.start) } : { startDate: format(holiday.start), endDate: format(holiday.end) };
}

/** On the same dates in every year asked for, by a rule that gives that date every year. */
function sameEveryYear(occurrences: PublicHoliday[], yearCount: number): boolean {
	const [first] = occurrences;
	return (
		occurrences.length === yearCount &&
		occurrences.every(
			(holiday) =>
				holiday.fixed &&
				holiday.start.year === holiday.end.year && // a holiday every year cannot run over New Year
				monthDay(holiday.start) === monthDay(first.start) &&
				monthDay(holiday.end) === monthDay(first.end),
		)
	);
}

/**
 * The public holidays of a country (alpha-2 or alpha-3, any case), or of one of its subdivisions
 * (ISO 3166-2, such as DE-BY), in the given years. A holiday on
 * the same date in every one of those years by a fixed-date rule is one holiday every year; any other
 * is one holiday per year (an observed or substitute day is a holiday of its own). Holidays of one
 * year (or both every year) that share a name get their date added (`Bridge Holiday (tourism) (04-01)`),
 * so that each can be told apart.
 */
export function calendarHolidays(country: string, years: number[], names: 'english' | 'local' = 'english', subdivision = ''): SourcedHoliday[] {
	const code = typeof country === 'string' ? country.trim().toUpperCase() : '';
	if (!SUPPORTED_COUNTRIES.some((supported) => supported.alpha2 === code || supported.alpha3 === code)) {
		const list = SUPPORTED_COUNTRIES.map((supported) => `${supported.alpha2}/${supported.alpha3}`).join(', ');
		throw new SyncInputError(`Country Name or ID: "${String(country)}" has no built-in calendar; the calendars cover ${list}`);
	}
	const { alpha3, name } = resolveCountry(code);
	const sub = typeof subdivision === 'string' && subdivision.trim() !== '' ? subdivision.trim() : undefined;
	const found = sub ? attempt(() => resolveSubdivision(alpha3, sub)) : undefined;
	if (found && 'problem' in found) throw new SyncInputError(`Subdivision: ${found.problem}`);
	const countryName = found ? `${name} (${found.value.code})` : name;
	const byRule = new Map<string, PublicHoliday[]>();
	for (const year of years) {
		// a calendar from a published table covers fewer years than 2000-2100
		const holidays = attempt(() => getPublicHolidays(alpha3, year, sub));
		if ('problem' in holidays) throw new SyncInputError(`Years: ${holidays.problem}`);
		for (const holiday of holidays.value) byRule.set(holiday.key, [...(byRule.get(holiday.key) ?? []), holiday]);
	}
	const entries: Array<{ holiday: PublicHoliday; everyYear: boolean }> = [];
	for (const occurrences of byRule.values()) {
		if (sameEveryYear(occurrences, years.length)) entries.push({ holiday: occurrences[0], everyYear: true });
		else entries.push(...occurrences.map((holiday) => ({ holiday, everyYear: false })));
	}
	// in date order (a holiday every year where it falls in the first year), as a person reads a calendar
	entries.sort((a, b) => isoDate(a.holiday.start).localeCompare(isoDate(b.holiday.start)));
	const nameOf = (holiday: PublicHoliday) => (names === 'local' ? holiday.localName : holiday.name);
	const group = (entry: (typeof entries)[number]) =>
		JSON.stringify([nameOf(entry.holiday), entry.everyYear ? 'every year' : entry.holiday.start.year]);
	const sharing = new Map<string, number>();
	for (const entry of entries) sharing.set(group(entry), (sharing.get(group(entry)) ?? 0) + 1);
	return entries.map((entry) => {
		const { holiday, everyYear } = entry;
		const name = sharing.get(group(entry))! > 1 ? `${nameOf(holiday)} (${monthDay(holiday.start)})` : nameOf(holiday);
		return {
			description: { name, region: alpha3, everyYear, ...datesOf(holiday, everyYear) },
			origin: `${countryName} ${everyYear ? 'every year' : holiday.start.year}: ${name}`,
		};
	});
}

/** The fields a holiday item (or JSON entry) may have; others are ignored. */
export const HOLIDAY_ENTRY_FIELDS = ['name', 'region', 'everyYear', 'date', 'startDate', 'endDate', 'allDay', 'startTime', 'endTime'] as const;

/**
 * A holiday given as an input item or a JSON entry: `{ name, date }` or `{ name, startDate, endDate }`,
 * optionally `region` (else `defaultRegion`), `everyYear` (default false), `allDay` (default true),
 * `startTime` and `endTime`. Empty values count as absent.
 */
export function entryHoliday(entry: IDataObject, defaultRegion: string): HolidayDescription {
	const picked: IDataObject = {};
	for (const field of HOLIDAY_ENTRY_FIELDS) {
		const value = entry[field];
		if (value !== undefined && value !== null && value !== '') picked[field] = value;
	}
	return { everyYear: false, region: defaultRegion, ...picked } as HolidayDescription;
}

/** The JSON list parameter: an array of holiday entries (text, or an array from an expression). */
export function parseHolidayList(value: unknown): IDataObject[] {
	let list = value;
	if (typeof value === 'string') {
		const parsed = parseJson(value);
		if ('problem' in parsed) throw new SyncInputError(`Holidays (JSON): not valid JSON (${parsed.problem})`);
		list = parsed.value;
	}
	if (!Array.isArray(list)) {
		throw new SyncInputError('Holidays (JSON): must be a list, such as [{"name": "Company Day", "date": "2026-06-01"}]');
	}
	list.forEach((entry, index) => {
		if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
			throw new SyncInputError(`Holidays (JSON): entry ${index} must be an object such as {"name": "Company Day", "date": "2026-06-01"}`);
		}
	});
	return list as IDataObject[];
}

function parseJson(text: string): { value: unknown } | { problem: string } {
	return attempt(() => JSON.parse(text) as unknown);
}

/** The value, or the message of what was thrown (so the caller can throw its own error, naming the field). */
export function attempt<T>(run: () => T): { value: T } | { problem: string } {
	try {
		return { value: run() };
	} catch (error) {
		return { problem: (error as Error).message };
	}
}
