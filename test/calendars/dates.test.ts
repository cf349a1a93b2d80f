// Sources of the expected dates (published tables, used from knowledge and not re-fetched here):
// - Western Easter dates: the tables of the US Naval Observatory ("Date of Easter", aa.usno.navy.mil)
//   and timeanddate.com: 2000-04-23, 2008-03-23, 2011-04-24, 2019-04-21, 2024-03-31, 2025-04-20,
//   2038-04-25 (latest possible), 2100-03-28.
// - Orthodox Easter (Gregorian dates) from the Greek Church calendar / timeanddate.com Orthodox Easter
//   table: 2000-04-30, 2008-04-27, 2010-04-04, 2011-04-24, 2013-05-05, 2016-05-01, 2021-05-02,
//   2023-04-16, 2024-05-05, 2025-04-20, 2026-04-12.
import {
	addDays,
	daysInMonth,
	easterGregorian,
	easterOrthodox,
	isLeapYear,
	julianToGregorian,
	lastWeekdayOfMonth,
	nthWeekdayOfMonth,
	weekday,
	weekdayOnOrAfter,
	weekdayOnOrBefore,
	MONDAY,
	THURSDAY,
	SATURDAY,
} from '../../nodes/PortSip/calendars/dates';
import { iso } from './helpers';

describe('Gregorian (Western) Easter', () => {
	it.each([
		[2000, '2000-04-23'],
		[2008, '2008-03-23'],
		[2011, '2011-04-24'],
		[2019, '2019-04-21'],
		[2024, '2024-03-31'],
		[2025, '2025-04-20'],
		[2026, '2026-04-05'],
		[2038, '2038-04-25'],
		[2100, '2100-03-28'],
	])('Easter %i is %s', (year, expected) => {
		expect(iso(easterGregorian(year))).toBe(expected);
	});

	it('is always a Sunday between 22 March and 25 April (2000-2100)', () => {
		for (let y = 2000; y <= 2100; y++) {
			const e = easterGregorian(y);
			expect(weekday(e)).toBe(0);
			const md = e.month * 100 + e.day;
			expect(md).toBeGreaterThanOrEqual(322);
			expect(md).toBeLessThanOrEqual(425);
		}
	});
});

describe('Orthodox Easter (Julian computus, Gregorian date)', () => {
	it.each([
		[2000, '2000-04-30'],
		[2008, '2008-04-27'],
		[2010, '2010-04-04'],
		[2011, '2011-04-24'],
		[2013, '2013-05-05'],
		[2016, '2016-05-01'],
		[2021, '2021-05-02'],
		[2023, '2023-04-16'],
		[2024, '2024-05-05'],
		[2025, '2025-04-20'],
		[2026, '2026-04-12'],
	])('Orthodox Easter %i is %s', (year, expected) => {
		expect(iso(easterOrthodox(year))).toBe(expected);
	});

	it('is a Sunday, never before Western Easter (2000-2100)', () => {
		for (let y = 2000; y <= 2100; y++) {
			const o = easterOrthodox(y);
			expect(weekday(o)).toBe(0);
			expect(iso(o) >= iso(easterGregorian(y))).toBe(true);
		}
	});

	it('converts Julian dates with a 13-day gap until Feb 2100 and 14 days from March 2100', () => {
		expect(iso(julianToGregorian(2025, 12, 25))).toBe('2026-01-07');
		expect(iso(julianToGregorian(2100, 2, 28))).toBe('2100-03-13');
		expect(iso(julianToGregorian(2100, 3, 1))).toBe('2100-03-15');
	});
});

describe('leap years and month lengths', () => {
	it('knows the century rules', () => {
		expect(isLeapYear(2000)).toBe(true);
		expect(isLeapYear(2024)).toBe(true);
		expect(isLeapYear(2025)).toBe(false);
		expect(isLeapYear(2100)).toBe(false);
		expect(daysInMonth(2000, 2)).toBe(29);
		expect(daysInMonth(2100, 2)).toBe(28);
		expect(daysInMonth(2025, 4)).toBe(30);
		expect(daysInMonth(2025, 12)).toBe(31);
	});

	it('adds days across February 29 and year ends', () => {
		expect(iso(addDays({ year: 2024, month: 2, day: 28 }, 1))).toBe('2024-02-29');
		expect(iso(addDays({ year: 2024, month: 2, day: 28 }, 2))).toBe('2024-03-01');
		expect(iso(addDays({ year: 2100, month: 2, day: 28 }, 1))).toBe('2100-03-01');
		expect(iso(addDays({ year: 2000, month: 1, day: 1 }, -1))).toBe('1999-12-31');
		expect(iso(addDays({ year: 2100, month: 12, day: 31 }, 1))).toBe('2101-01-01');
	});
});

describe('weekdays', () => {
	it('computes the day of the week', () => {
		expect(weekday({ year: 2000, month: 1, day: 1 })).toBe(SATURDAY);
		expect(weekday({ year: 2024, month: 2, day: 29 })).toBe(THURSDAY);
		expect(weekday({ year: 2100, month: 12, day: 31 })).toBe(5);
	});

	it('finds n-th and last weekdays of a month', () => {
		expect(iso(nthWeekdayOfMonth(2025, 1, MONDAY, 3))).toBe('2025-01-20'); // MLK Day 2025
		expect(iso(nthWeekdayOfMonth(2024, 11, THURSDAY, 4))).toBe('2024-11-28'); // Thanksgiving 2024
		expect(iso(lastWeekdayOfMonth(2024, 5, MONDAY))).toBe('2024-05-27'); // Memorial Day 2024
		expect(iso(lastWeekdayOfMonth(2100, 2, MONDAY))).toBe('2100-02-22');
		expect(iso(nthWeekdayOfMonth(2025, 6, MONDAY, -2))).toBe('2025-06-23');
	});

	it('finds weekdays on or around a date', () => {
		expect(iso(weekdayOnOrAfter({ year: 2025, month: 6, day: 20 }, SATURDAY))).toBe('2025-06-21');
		expect(iso(weekdayOnOrBefore({ year: 2025, month: 5, day: 24 }, MONDAY))).toBe('2025-05-19');
		expect(iso(weekdayOnOrAfter({ year: 2025, month: 6, day: 21 }, SATURDAY))).toBe('2025-06-21');
	});
});
