// Structural checks of the public API over every supported country and every year 2000-2100.
import {
	PublicHoliday,
	SUPPORTED_COUNTRIES,
	getPublicHolidays,
	getPublicHolidaysForYears,
	resolveCountry,
} from '../../nodes/PortSip/calendars';
import { daysInMonth } from '../../nodes/PortSip/calendars/dates';
import { iso } from './helpers';

const ALL = [
	'USA', 'CAN', 'MEX', 'BRA', 'ARG', 'GBR', 'IRL', 'FRA', 'DEU', 'AUT', 'CHE', 'ITA', 'ESP', 'PRT', 'NLD',
	'BEL', 'LUX', 'DNK', 'NOR', 'SWE', 'FIN', 'POL', 'CZE', 'HUN', 'GRC', 'AUS', 'NZL', 'ZAF', 'IND', 'JPN',
	'COL', 'PER', 'URY', 'BGR', 'HRV', 'CYP', 'EST', 'LVA', 'LTU', 'MLT', 'ROU', 'SVK', 'SVN', 'ISL', 'LIE',
	'MCO', 'SRB', 'TUR', 'SGP', 'KOR',
];
// calendars from published tables (lunar and religious holidays) cover these years only
const TABLE_YEARS: Record<string, [number, number]> = { SGP: [2024, 2026], KOR: [2024, 2026], TUR: [2024, 2026] };
const yearsOf = (country: string) => YEARS.filter((year) => !TABLE_YEARS[country] || (year >= TABLE_YEARS[country][0] && year <= TABLE_YEARS[country][1]));
const YEARS = Array.from({ length: 101 }, (_, i) => 2000 + i);

function validDate(d: { year: number; month: number; day: number }): boolean {
	return Number.isInteger(d.month) && d.month >= 1 && d.month <= 12 && Number.isInteger(d.day) && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

describe('SUPPORTED_COUNTRIES and resolveCountry', () => {
	it('lists exactly the 50 countries, with the years each covers', () => {
		expect(SUPPORTED_COUNTRIES.map((c) => c.alpha3).sort()).toEqual([...ALL].sort());
		for (const c of SUPPORTED_COUNTRIES) {
			expect(c.alpha2).toMatch(/^[A-Z]{2}$/);
			expect(c.alpha3).toMatch(/^[A-Z]{3}$/);
			expect(c.name.length).toBeGreaterThan(0);
		}
		expect(new Set(SUPPORTED_COUNTRIES.map((c) => c.alpha2)).size).toBe(50);
		for (const c of SUPPORTED_COUNTRIES) {
			const [from, until] = TABLE_YEARS[c.alpha3] ?? [2000, 2100];
			expect(c.years).toEqual({ from, until });
		}
	});

	it.each([
		['us', 'USA'], ['USA', 'USA'], ['usa', 'USA'], ['Us', 'USA'],
		['gb', 'GBR'], ['GBR', 'GBR'], ['gbr', 'GBR'],
		['jp', 'JPN'], ['Jpn', 'JPN'], ['za', 'ZAF'], ['GR', 'GRC'], [' de ', 'DEU'],
	])('accepts %p', (code, alpha3) => {
		expect(resolveCountry(code).alpha3).toBe(alpha3);
		expect(getPublicHolidays(code, 2025)[0].region).toBe(alpha3);
	});

	it('rejects an unknown code with the list of supported codes', () => {
		for (const bad of ['XX', 'UK', 'EU', '', 'GERMANY', 'U']) {
			expect(() => resolveCountry(bad)).toThrow(Error);
			expect(() => getPublicHolidays(bad, 2025)).toThrow(/supported|one of/);
		}
		let message = '';
		try {
			resolveCountry('XX');
		} catch (e) {
			message = (e as Error).message;
		}
		expect(message).toContain('"XX"');
		for (const c of SUPPORTED_COUNTRIES) {
			expect(message).toContain(c.alpha2);
			expect(message).toContain(c.alpha3);
		}
	});
});

describe('year validation', () => {
	it.each([1999, 2101, 2025.5, NaN, Infinity, -2025])('rejects %p', (year) => {
		expect(() => getPublicHolidays('US', year)).toThrow(/year/i);
		expect(() => getPublicHolidaysForYears('US', [2025, year])).toThrow(/year/i);
	});

	it('names the rule in the message', () => {
		expect(() => getPublicHolidays('US', 1999)).toThrow(/2000 and 2100/);
		expect(() => getPublicHolidays('US', 2025.5)).toThrow(/integer/);
	});

	it('a calendar from a published table refuses the years outside it, saying which it covers (never a guess)', () => {
		for (const [country, [from, until]] of Object.entries(TABLE_YEARS)) {
			expect(getPublicHolidays(country, from).length).toBeGreaterThan(0);
			expect(getPublicHolidays(country, until).length).toBeGreaterThan(0);
			expect(() => getPublicHolidays(country, from - 1)).toThrow(new RegExp(`in ${from - 1}: it covers ${from} to ${until} only \\(`));
			expect(() => getPublicHolidays(country, until + 1)).toThrow(/covers/);
		}
	});

	it('accepts the edges 2000 and 2100', () => {
		expect(getPublicHolidays('GB', 2000).length).toBeGreaterThan(0);
		expect(getPublicHolidays('GB', 2100).length).toBeGreaterThan(0);
	});
});

describe('every country, every year 2000-2100 (or of its table)', () => {
	it.each(ALL)('%s yields valid, sorted, unique, PortSIP-ready holidays', (country) => {
		// problems are collected and asserted once (an expect per holiday made this test the slowest of the suite)
		const problems: string[] = [];
		const check = (ok: boolean, what: string) => {
			if (!ok) problems.push(what);
		};
		// key -> month/day of its `fixed` occurrences
		const fixedDates = new Map<string, string>();
		for (const year of yearsOf(country)) {
			const list = getPublicHolidays(country, year);
			check(list.length > 0, `${year}: no holidays`);
			const keys = new Set<string>();
			let previous: PublicHoliday | undefined;
			for (const h of list) {
				const at = `${year} ${h.key}`;
				check(h.region === country, `${at}: region ${h.region}`);
				check(validDate(h.start) && validDate(h.end), `${at}: invalid date`);
				check(h.start.year === year, `${at}: starts in ${h.start.year}`);
				check(iso(h.end) >= iso(h.start), `${at}: ends before it starts`);
				check(h.name.length >= 1 && h.name.length <= 64, `${at}: name length ${h.name.length}`);
				check(h.localName.length >= 1 && h.localName.length <= 64, `${at}: local name length ${h.localName.length}`);
				check(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(h.key), `${at}: key form`);
				check(!keys.has(h.key), `${at}: key twice`);
				keys.add(h.key);
				if (previous) check(`${iso(previous.start)} ${previous.name}` <= `${iso(h.start)} ${h.name}`, `${at}: out of order`);
				previous = h;
				if (h.fixed) {
					const md = iso(h.start).slice(5);
					const seen = fixedDates.get(h.key);
					check(seen === undefined || seen === md, `${at}: fixed on ${md}, before on ${seen}`);
					fixedDates.set(h.key, md);
				}
				if (h.key.endsWith('-observed')) check(!h.fixed, `${at}: observed day marked fixed`);
			}
		}
		expect(problems).toEqual([]);
	});
});

describe('getPublicHolidaysForYears', () => {
	it('concatenates the years in order and ignores duplicates', () => {
		const both = getPublicHolidaysForYears('fr', [2026, 2025, 2026]);
		const expected = [...getPublicHolidays('FRA', 2025), ...getPublicHolidays('FRA', 2026)];
		expect(both).toEqual(expected);
	});

	it('returns an empty list for no years and validates the country first', () => {
		expect(getPublicHolidaysForYears('NZ', [])).toEqual([]);
		expect(() => getPublicHolidaysForYears('ZZ', [2025])).toThrow(/supported|one of/);
	});

	it('returns copies that callers cannot use to corrupt later results', () => {
		const first = getPublicHolidays('DE', 2025);
		first[0].start.day = 31;
		expect(getPublicHolidays('DE', 2025)[0].start.day).toBe(1);
	});
});
