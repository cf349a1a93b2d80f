/** The holidays the benchmark works with: n distinct one-day holidays, in the node's input form and in PortSIP's. */
export const REGION = 'DEU';
export const LOGIN = { username: 'tenantadmin', password: 'tenant-password', domain: 'tenant1.example.com' };
export const TENANT_DOMAIN = LOGIN.domain;

/** `Bench holiday 00042`, on a day of 2026 (names are unique, so sync matches one to one). */
export function benchEntry(index: number, shiftDays = 0): { name: string; date: string } {
	const day = new Date(Date.UTC(2026, 0, 1 + ((index + shiftDays) % 365)));
	return { name: `Bench holiday ${String(index).padStart(5, '0')}`, date: day.toISOString().slice(0, 10) };
}

/** The body PortSIP stores (and the node sends on Create) for `benchEntry(index)`: all day, one year. */
export function benchBody(index: number, shiftDays = 0): Record<string, unknown> {
	const { name, date } = benchEntry(index, shiftDays);
	const [year, month, day] = date.split('-').map(Number);
	return {
		name,
		region: REGION,
		consecutive: false,
		every_year: false,
		year_start: year,
		month_start: month,
		day_start: day,
		hour_start: 0,
		minute_start: 0,
		year_end: year,
		month_end: month,
		day_end: day,
		hour_end: 23,
		minute_end: 59,
	};
}
