// Built-in public-holiday calendars: public holidays of countries and their subdivisions for 2000-2100,
// computed from rules (see rules.ts and countries/*.ts). No runtime dependency, no I/O.
//
// Conventions:
// - A year's list holds the holidays whose start date falls in that year, so a substitute day can
//   come from the next year's rule (USA: New Year's Day 2022 observed on Friday 31 Dec 2021).
// - A holiday moved to a substitute day keeps its own entry on the real date; the substitute is a
//   separate entry keyed '<key>-observed' named '<name> (observed)', never `fixed`.
// - `fixed` is true only for a rule giving the same month/day every year, and not in a year in which
//   a law moved it; one-off holidays are never `fixed`.

import { CalendarDate, addDays, compareDates, isValidDate, toDayNumber } from './dates';
import { CountryDefinition, Occurrence, SubdivisionDefinition, inYears } from './rules';
import { COUNTRY_DEFINITIONS } from './countries';

export type { CalendarDate } from './dates';

export interface PublicHoliday {
	/** Stable id of the rule within the country, e.g. 'christmas-day', 'christmas-day-observed'. */
	key: string;
	/** English name, 1..64 characters. */
	name: string;
	/** Name in the country's language. */
	localName: string;
	/** ISO 3166-1 alpha-3 code of the country. */
	region: string;
	/** ISO 3166-2 code of the subdivision asked for (e.g. 'DE-BY'); absent for a national calendar. */
	subdivision?: string;
	start: CalendarDate;
	/** Same as start for a single day. */
	end: CalendarDate;
	/** True when the holiday is on the same month/day every year by its rule and was not moved this year. */
	fixed: boolean;
}

export interface SupportedCountry {
	alpha2: string;
	alpha3: string;
	name: string;
	/** Years the calendar covers: 2000-2100, fewer for one taken from published tables (lunar calendars). */
	years: { from: number; until: number };
}

export interface SupportedSubdivision {
	/** ISO 3166-2 code, e.g. 'DE-BY'. */
	code: string;
	name: string;
	/** ISO 3166-1 alpha-3 code of its country. */
	country: string;
}

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export const SUPPORTED_COUNTRIES: ReadonlyArray<SupportedCountry> = Object.freeze(
	COUNTRY_DEFINITIONS.map((c) => Object.freeze(supported(c))),
);

function supported(c: CountryDefinition): SupportedCountry {
	const years = c.years ? { from: c.years.from, until: c.years.until } : { from: MIN_YEAR, until: MAX_YEAR };
	return { alpha2: c.alpha2, alpha3: c.alpha3, name: c.name, years };
}

function supportedList(): string {
	return SUPPORTED_COUNTRIES.map((c) => `${c.alpha2}/${c.alpha3}`).join(', ');
}

/** Every subdivision with a calendar, by country, in the order of the country files. */
export const SUPPORTED_SUBDIVISIONS: ReadonlyArray<SupportedSubdivision> = Object.freeze(
	COUNTRY_DEFINITIONS.flatMap((c) =>
		(c.subdivisions ?? []).map((s) => Object.freeze({ code: s.code, name: s.name, country: c.alpha3 })),
	),
);

/** The subdivisions of a country (alpha-2 or alpha-3), sorted by name; empty when it has none. */
export function subdivisionsOf(country: string): SupportedSubdivision[] {
	const { alpha3 } = resolveCountry(country);
	return SUPPORTED_SUBDIVISIONS.filter((s) => s.country === alpha3).sort((a, b) => a.name.localeCompare(b.name));
}

function findCountry(code: string): CountryDefinition {
	const wanted = typeof code === 'string' ? code.trim().toUpperCase() : '';
	const def = COUNTRY_DEFINITIONS.find((c) => c.alpha2 === wanted || c.alpha3 === wanted);
	if (!def) {
		throw new Error(
			`Unsupported country code "${String(code)}": expected an ISO 3166-1 alpha-2 or alpha-3 code, one of ${supportedList()}`,
		);
	}
	return def;
}

function findSubdivision(def: CountryDefinition, code: string): SubdivisionDefinition {
	// 'BY', 'DE-BY' and 'DEU-BY' all name Bavaria
	const wanted = code.trim().toUpperCase().replace(/^[A-Z]{2,3}-/, '');
	const sub = (def.subdivisions ?? []).find((s) => s.code === `${def.alpha2}-${wanted}`);
	if (!sub) {
		const list = (def.subdivisions ?? []).map((s) => s.code).join(', ');
		throw new Error(
			list
				? `Unsupported subdivision "${code}" of ${def.name}: expected an ISO 3166-2 code, one of ${list}`
				: `${def.name} has no subdivision calendars ("${code}"); its national calendar applies everywhere`,
		);
	}
	return sub;
}

/** A subdivision's rules: the country's, less those it omits or replaces, plus its own. */
const mergedDefinitions = new Map<string, CountryDefinition>();
function withSubdivision(def: CountryDefinition, sub: SubdivisionDefinition): CountryDefinition {
	let merged = mergedDefinitions.get(sub.code);
	if (!merged) {
		const own = new Set(sub.rules.map((r) => r.key));
		const omitted = new Set(sub.omit ?? []);
		const national = def.rules.filter((r) => !own.has(r.key) && !omitted.has(r.key));
		merged = { ...def, rules: [...national, ...sub.rules] };
		mergedDefinitions.set(sub.code, merged);
	}
	return merged;
}

/**
 * The definition for a country ('DE', 'DEU'), a subdivision given on its own ('DE-BY') or a country with
 * a subdivision ('DE' + 'BY' or 'DE-BY'). An empty subdivision means the national calendar.
 */
function findDefinition(code: string, subdivision?: string): { def: CountryDefinition; subdivision?: string } {
	let country = typeof code === 'string' ? code.trim() : code;
	let sub = typeof subdivision === 'string' ? subdivision.trim() : '';
	const split = typeof country === 'string' ? /^([A-Za-z]{2,3})-([A-Za-z0-9]{1,3})$/.exec(country) : null;
	if (split) {
		country = split[1];
		if (sub && findSubdivision(findCountry(country), sub).code !== findSubdivision(findCountry(country), split[2]).code) {
			throw new Error(`Subdivision "${subdivision}" does not match "${code}"`);
		}
		sub = split[2];
	}
	const def = findCountry(country);
	if (!sub) return { def };
	const found = findSubdivision(def, sub);
	return { def: withSubdivision(def, found), subdivision: found.code };
}

/** Accepts alpha-2 or alpha-3 in any case; throws an Error listing the supported codes otherwise. */
export function resolveCountry(code: string): SupportedCountry {
	return supported(findCountry(typeof code === 'string' ? code.replace(/-[A-Za-z0-9]{1,3}$/, '') : code));
}

/** A subdivision code ('DE-BY', or 'BY' with its country) as the calendars know it; throws when unknown. */
export function resolveSubdivision(country: string, subdivision: string): SupportedSubdivision {
	const def = findCountry(country);
	const sub = findSubdivision(def, subdivision);
	return { code: sub.code, name: sub.name, country: def.alpha3 };
}

function checkYear(year: number, def?: CountryDefinition): void {
	if (typeof year !== 'number' || !Number.isInteger(year)) {
		throw new Error(`Invalid year ${String(year)}: the year must be an integer between ${MIN_YEAR} and ${MAX_YEAR}`);
	}
	if (year < MIN_YEAR || year > MAX_YEAR) {
		throw new Error(`Invalid year ${year}: the year must be between ${MIN_YEAR} and ${MAX_YEAR} inclusive`);
	}
	const covered = def?.years;
	if (covered && (year < covered.from || year > covered.until)) {
		throw new Error(
			`No calendar for ${def.name} in ${year}: it covers ${covered.from} to ${covered.until} only (${covered.why})`,
		);
	}
}

/** Base occurrences of all rules for one rule year (no substitutes yet). */
function baseOccurrences(def: CountryDefinition, year: number): Occurrence[] {
	const out: Occurrence[] = [];
	for (const r of def.rules) {
		if (!inYears(year, r.from, r.until)) continue;
		if (r.skip && r.skip.includes(year)) continue;
		const move = r.moved ? r.moved[year] : undefined;
		const start: CalendarDate | null = move ? { year, month: move[0], day: move[1] } : r.date(year);
		if (!start) continue;
		out.push({
			key: r.key,
			name: r.name,
			localName: r.localName,
			start,
			end: r.days && r.days > 1 ? addDays(start, r.days - 1) : start,
			fixed: r.fixed && !move,
			ruleYear: year,
			observed: false,
		});
	}
	return out;
}

/** Adds the substitute days of rules with an observed policy, in date order. */
function addObserved(def: CountryDefinition, base: Occurrence[]): Occurrence[] {
	const taken = new Set<number>();
	for (const o of base) for (let d = toDayNumber(o.start); d <= toDayNumber(o.end); d++) taken.add(d);
	const isTaken = (d: CalendarDate) => taken.has(toDayNumber(d));
	const rulesByKey = new Map(def.rules.map((r) => [r.key, r] as const));
	const result = base.slice();
	const ordered = base.slice().sort((a, b) => compareDates(a.start, b.start));
	for (const o of ordered) {
		const r = rulesByKey.get(o.key);
		if (!r || !r.observed || !inYears(o.ruleYear, r.observedFrom, r.observedUntil)) continue;
		const sub = r.observed(o.start, isTaken);
		if (!sub || compareDates(sub, o.start) === 0) continue;
		taken.add(toDayNumber(sub));
		result.push({
			key: `${o.key}-observed`,
			name: `${o.name} (observed)`,
			localName: `${o.localName} ${def.observedLocalSuffix}`,
			start: sub,
			end: sub,
			fixed: false,
			ruleYear: o.ruleYear,
			observed: true,
		});
	}
	return result;
}

function byDateThenName(a: PublicHoliday, b: PublicHoliday): number {
	const c = compareDates(a.start, b.start);
	if (c !== 0) return c;
	return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Public holidays of a country, or of one of its subdivisions ('DE-BY', or 'DE' with subdivision 'BY'),
 * in a year (2000..2100), sorted by date, then name.
 */
export function getPublicHolidays(country: string, year: number, subdivision?: string): PublicHoliday[] {
	const { def, subdivision: subCode } = findDefinition(country, subdivision);
	checkYear(year, def);
	// Rules of the neighbouring years too: a substitute day can cross the new year (USA 2021-12-31).
	let all: Occurrence[] = [];
	// (a table-based calendar has no rules outside its years: those neighbours are skipped)
	const first = Math.max(year - 1, def.years?.from ?? year - 1);
	const last = Math.min(year + 1, def.years?.until ?? year + 1);
	for (let y = first; y <= last; y++) {
		all = all.concat(baseOccurrences(def, y));
	}
	all = addObserved(def, all);
	if (def.finish) all = def.finish(all);
	const seen = new Set<string>();
	const result: PublicHoliday[] = [];
	for (const o of all) {
		if (o.start.year !== year) continue;
		if (!isValidDate(o.start) || !isValidDate(o.end)) {
			throw new Error(`Internal error: invalid date for ${def.alpha3} ${o.key} in ${year}`);
		}
		let key = o.key;
		for (let i = 2; seen.has(key); i++) key = `${o.key}-${i}`;
		seen.add(key);
		result.push({
			key,
			name: o.name,
			localName: o.localName,
			region: def.alpha3,
			...(subCode ? { subdivision: subCode } : {}),
			start: { ...o.start },
			end: { ...o.end },
			fixed: o.fixed,
		});
	}
	return result.sort(byDateThenName);
}

/** Holidays of several years (duplicates ignored), sorted by date, then name. */
export function getPublicHolidaysForYears(country: string, years: number[], subdivision?: string): PublicHoliday[] {
	const { def } = findDefinition(country, subdivision);
	if (!Array.isArray(years)) throw new Error(`years must be an array of integers between ${MIN_YEAR} and ${MAX_YEAR}`);
	years.forEach((y) => checkYear(y, def));
	const unique = years.filter((y, i) => years.indexOf(y) === i).sort((a, b) => a - b);
	return unique.reduce<PublicHoliday[]>((acc, y) => acc.concat(getPublicHolidays(country, y, subdivision)), []);
}
