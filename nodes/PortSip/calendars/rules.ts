// The small rule language the country files are written in.
//
// A rule yields at most one date per year (its "rule year"). Options bound it in time
// (`from`/`until`, inclusive), drop it in given years (`skip`), move it in given years by
// law (`moved`; a moved holiday is never `fixed` that year) and attach an observed-day
// policy (`observed`) that may add a separate "<key>-observed" substitute day.

import {
	CalendarDate,
	FRIDAY,
	MONDAY,
	SATURDAY,
	SUNDAY,
	addDays,
	date,
	easterGregorian,
	easterOrthodox,
	nthWeekdayOfMonth,
	weekday,
} from './dates';

/** Decides the substitute day of a holiday, or null when none. `taken(d)` tells whether d is already a holiday. */
export type ObservedPolicy = (d: CalendarDate, taken: (d: CalendarDate) => boolean) => CalendarDate | null;

export interface RuleOptions {
	from?: number;
	until?: number;
	/** Years in which the holiday is not held. */
	skip?: readonly number[];
	/** Single-year moves made by law: year -> [month, day]. */
	moved?: Readonly<Record<number, readonly [number, number]>>;
	observed?: ObservedPolicy;
	/** Observed policy only from/until these years (e.g. a law introducing it). */
	observedFrom?: number;
	observedUntil?: number;
	/** Length in days (multi-day holidays). */
	days?: number;
}

export interface Rule extends RuleOptions {
	key: string;
	name: string;
	localName: string;
	/** True when the rule always gives the same month/day (fixed-date rules). */
	fixed: boolean;
	/** The holiday's date in a year, or null when it is not held that year. */
	date: (year: number) => CalendarDate | null;
}

export interface HolidayNames {
	key: string;
	name: string;
	localName: string;
}

function rule(n: HolidayNames, fixedRule: boolean, fn: (year: number) => CalendarDate | null, opts: RuleOptions = {}): Rule {
	return { ...opts, key: n.key, name: n.name, localName: n.localName, fixed: fixedRule, date: fn };
}

/** Shorthand for the names triple. */
export function h(key: string, name: string, localName: string): HolidayNames {
	return { key, name, localName };
}

/** Same month/day every year. */
export function fixed(n: HolidayNames, month: number, day: number, opts?: RuleOptions): Rule {
	return rule(n, true, (y) => date(y, month, day), opts);
}

/** Days after (or before, when negative) Western Easter Sunday. */
export function easter(n: HolidayNames, offset: number, opts?: RuleOptions): Rule {
	return rule(n, false, (y) => addDays(easterGregorian(y), offset), opts);
}

/** Days after (or before) Orthodox Easter Sunday, in the Gregorian calendar. */
export function orthodoxEaster(n: HolidayNames, offset: number, opts?: RuleOptions): Rule {
	return rule(n, false, (y) => addDays(easterOrthodox(y), offset), opts);
}

/** The n-th weekday (0 = Sunday) of a month, n >= 1. */
export function nthWeekday(n: HolidayNames, month: number, wd: number, nth: number, opts?: RuleOptions): Rule {
	return rule(n, false, (y) => nthWeekdayOfMonth(y, month, wd, nth), opts);
}

/** The last weekday (0 = Sunday) of a month. */
export function lastWeekday(n: HolidayNames, month: number, wd: number, opts?: RuleOptions): Rule {
	return rule(n, false, (y) => nthWeekdayOfMonth(y, month, wd, -1), opts);
}

/** The first given weekday on or after month/day (e.g. Swedish Midsummer Day: Saturday from 20 June). */
export function weekdayFrom(n: HolidayNames, month: number, day: number, wd: number, opts?: RuleOptions): Rule {
	return rule(n, false, (y) => addDays(date(y, month, day), (wd - weekday(date(y, month, day)) + 7) % 7), opts);
}

/** Any computed date. Not `fixed`. */
export function custom(n: HolidayNames, fn: (year: number) => CalendarDate | null, opts?: RuleOptions): Rule {
	return rule(n, false, fn, opts);
}

/** A holiday held in one year only (by law or decree). Never `fixed`: it does not recur. */
export function oneOff(n: HolidayNames, year: number, month: number, day: number, opts: RuleOptions = {}): Rule {
	return rule(n, false, (y) => (y === year ? date(y, month, day) : null), { ...opts, from: year, until: year });
}

/** Several one-offs sharing a name, e.g. yearly decree days: one rule per date, keys suffixed by the date. */
export function oneOffs(n: HolidayNames, dates: ReadonlyArray<readonly [number, number, number]>): Rule[] {
	return dates.map(([y, m, d]) =>
		oneOff({ ...n, key: `${n.key}-${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` }, y, m, d),
	);
}

// ---------------------------------------------------------------------------------------------
// Observed-day policies
// ---------------------------------------------------------------------------------------------

/** USA federal (5 U.S.C. 6103(b)): Saturday -> preceding Friday, Sunday -> following Monday. */
export const satToFriSunToMon: ObservedPolicy = (d) => {
	const wd = weekday(d);
	if (wd === SATURDAY) return addDays(d, -1);
	if (wd === SUNDAY) return addDays(d, 1);
	return null;
};

/** Sunday -> Monday only (e.g. ZAF Public Holidays Act s.2(1)); nothing when that Monday already is a holiday. */
export const sunToMon: ObservedPolicy = (d, taken) => {
	if (weekday(d) !== SUNDAY) return null;
	const mon = addDays(d, 1);
	return taken(mon) ? null : mon;
};

/** Saturday or Sunday -> the following Monday, even when that Monday is a holiday too (NZL Waitangi/Anzac Day). */
export const weekendToMonday: ObservedPolicy = (d) => {
	const wd = weekday(d);
	if (wd === SATURDAY) return addDays(d, 2);
	if (wd === SUNDAY) return addDays(d, 1);
	return null;
};

/** Sunday -> next day that is not already a holiday. */
export const sunToNextFree: ObservedPolicy = (d, taken) => {
	if (weekday(d) !== SUNDAY) return null;
	return nextFreeWeekday(addDays(d, 1), taken);
};

/**
 * Saturday or Sunday -> next weekday that is not already a holiday or substitute
 * (GBR/IRL substitute days, AUS/NZL "Mondayisation", CAN federal practice). This handles the
 * Christmas/Boxing Day combinations: Sat+Sun -> Mon+Tue, Sun+Mon -> Tue.
 */
export const weekendToNextFree: ObservedPolicy = (d, taken) => {
	const wd = weekday(d);
	if (wd !== SATURDAY && wd !== SUNDAY) return null;
	return nextFreeWeekday(addDays(d, 1), taken);
};

function nextFreeWeekday(start: CalendarDate, taken: (d: CalendarDate) => boolean): CalendarDate {
	let d = start;
	while (weekday(d) === SATURDAY || weekday(d) === SUNDAY || taken(d)) d = addDays(d, 1);
	return d;
}

/** Move to a Monday: Tuesday/Wednesday -> previous Monday, Thursday/Friday -> next Monday (ARG Law 23.555 style). */
export function toNearMonday(d: CalendarDate): CalendarDate {
	const wd = weekday(d);
	if (wd === 2 || wd === 3) return addDays(d, MONDAY - wd);
	if (wd === 4 || wd === FRIDAY) return addDays(d, 8 - wd);
	return d;
}

/** Inclusive year-bound check shared by rules and observed policies. */
export function inYears(year: number, from?: number, until?: number): boolean {
	return (from === undefined || year >= from) && (until === undefined || year <= until);
}

// ---------------------------------------------------------------------------------------------
// Country definitions
// ---------------------------------------------------------------------------------------------

/** One generated holiday occurrence (internal form). */
export interface Occurrence {
	key: string;
	name: string;
	localName: string;
	start: CalendarDate;
	end: CalendarDate;
	fixed: boolean;
	/** The year whose rules produced it (a substitute may fall in the next/previous calendar year). */
	ruleYear: number;
	observed: boolean;
}

/**
 * A subdivision (ISO 3166-2, e.g. DE-BY): the country's rules plus its own. A rule of its own with the
 * key of a national rule replaces that rule (e.g. Scotland's summer bank holiday); `omit` drops national
 * rules the subdivision does not observe (e.g. a federal holiday a state does not keep).
 */
export interface SubdivisionDefinition {
	/** Full ISO 3166-2 code, e.g. 'DE-BY'. */
	code: string;
	name: string;
	rules: readonly Rule[];
	omit?: readonly string[];
}

export interface CountryDefinition {
	alpha2: string;
	alpha3: string;
	name: string;
	rules: readonly Rule[];
	/** Subdivisions with their own holidays, when the calendar has them. */
	subdivisions?: readonly SubdivisionDefinition[];
	/** Years the calendar covers when it rests on a published table (lunar calendars); 2000..2100 otherwise. */
	years?: { from: number; until: number; why: string };
	/** Suffix of a substitute day's local name, e.g. '(observed)'. */
	observedLocalSuffix: string;
	/** Extra whole-list step for rules that depend on other holidays (e.g. JPN substitute/citizens' holidays). */
	finish?: (occurrences: Occurrence[]) => Occurrence[];
}
