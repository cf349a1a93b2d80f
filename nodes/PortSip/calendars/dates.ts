// Pure calendar arithmetic on plain integers (proleptic Gregorian, UTC day numbers).
// No time zones are involved anywhere: a day is an integer count since 1970-01-01.

export interface CalendarDate {
	year: number;
	/** 1..12 */
	month: number;
	day: number;
}

export const SUNDAY = 0;
export const MONDAY = 1;
export const TUESDAY = 2;
export const WEDNESDAY = 3;
export const THURSDAY = 4;
export const FRIDAY = 5;
export const SATURDAY = 6;

const MS_PER_DAY = 86400000;

export function date(year: number, month: number, day: number): CalendarDate {
	return { year, month, day };
}

export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(d: CalendarDate): boolean {
	return (
		Number.isInteger(d.year) &&
		Number.isInteger(d.month) &&
		Number.isInteger(d.day) &&
		d.month >= 1 &&
		d.month <= 12 &&
		d.day >= 1 &&
		d.day <= daysInMonth(d.year, d.month)
	);
}

/** Days since 1970-01-01 (UTC). */
export function toDayNumber(d: CalendarDate): number {
	return Math.round(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): CalendarDate {
	const js = new Date(n * MS_PER_DAY);
	return { year: js.getUTCFullYear(), month: js.getUTCMonth() + 1, day: js.getUTCDate() };
}

/** 0 = Sunday .. 6 = Saturday */
export function weekday(d: CalendarDate): number {
	// 1970-01-01 was a Thursday (4).
	return (((toDayNumber(d) + 4) % 7) + 7) % 7;
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
	return fromDayNumber(toDayNumber(d) + days);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
	return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function sameDate(a: CalendarDate, b: CalendarDate): boolean {
	return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** n-th (1-based) given weekday of a month; n = -1 is the last one. */
export function nthWeekdayOfMonth(year: number, month: number, wd: number, n: number): CalendarDate {
	if (n < 0) {
		const last = date(year, month, daysInMonth(year, month));
		return addDays(last, -((weekday(last) - wd + 7) % 7) + (n + 1) * 7);
	}
	const first = date(year, month, 1);
	return addDays(first, ((wd - weekday(first) + 7) % 7) + (n - 1) * 7);
}

export function lastWeekdayOfMonth(year: number, month: number, wd: number): CalendarDate {
	return nthWeekdayOfMonth(year, month, wd, -1);
}

/** First given weekday on or after d. */
export function weekdayOnOrAfter(d: CalendarDate, wd: number): CalendarDate {
	return addDays(d, (wd - weekday(d) + 7) % 7);
}

/** Last given weekday on or before d. */
export function weekdayOnOrBefore(d: CalendarDate, wd: number): CalendarDate {
	return addDays(d, -((weekday(d) - wd + 7) % 7));
}

/** Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterGregorian(year: number): CalendarDate {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return date(year, month, day);
}

/** Julian-calendar date -> Julian Day Number (integer, noon-based). */
function julianCalendarToJdn(year: number, month: number, day: number): number {
	const a = Math.floor((14 - month) / 12);
	const y = year + 4800 - a;
	const m = month + 12 * a - 3;
	return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
}

/** Day number (since 1970-01-01) of a Julian Day Number. JDN 2440588 = 1970-01-01. */
function jdnToDayNumber(jdn: number): number {
	return jdn - 2440588;
}

/** A Julian-calendar date expressed in the Gregorian calendar (13 days apart in 1900-2099, 14 from March 2100). */
export function julianToGregorian(year: number, month: number, day: number): CalendarDate {
	return fromDayNumber(jdnToDayNumber(julianCalendarToJdn(year, month, day)));
}

/** Orthodox Easter Sunday: Julian computus (Meeus), converted to the Gregorian calendar. */
export function easterOrthodox(year: number): CalendarDate {
	const a = year % 4;
	const b = year % 7;
	const c = year % 19;
	const d = (19 * c + 15) % 30;
	const e = (2 * a + 4 * b - d + 34) % 7;
	const month = Math.floor((d + e + 114) / 31);
	const day = ((d + e + 114) % 31) + 1;
	return julianToGregorian(year, month, day);
}
