import { CalendarDate, PublicHoliday, getPublicHolidays } from '../../nodes/PortSip/calendars';

export function iso(d: CalendarDate): string {
	return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Distinct holiday dates of a country/year, ISO strings, sorted. */
export function datesOf(country: string, year: number): string[] {
	return Array.from(new Set(getPublicHolidays(country, year).map((x) => iso(x.start)))).sort();
}

/** The date of the holiday with a given key (undefined when absent). */
export function dateOf(country: string, year: number, key: string): string | undefined {
	const found = getPublicHolidays(country, year).find((x) => x.key === key);
	return found ? iso(found.start) : undefined;
}

export function byKey(country: string, year: number, key: string): PublicHoliday | undefined {
	return getPublicHolidays(country, year).find((x) => x.key === key);
}

/** Sorted, de-duplicated list of ISO dates. */
export function sorted(list: string[]): string[] {
	return Array.from(new Set(list)).sort();
}
