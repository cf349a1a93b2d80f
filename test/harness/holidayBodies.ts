/** PortSIP holiday bodies for tests: all day, one date every year or in one year. */
export const ALL_DAY = { hour_start: 0, minute_start: 0, hour_end: 23, minute_end: 59 };

export function everyYear(name: string, region: string, month: number, day: number) {
	return { name, region, consecutive: false, every_year: true, month_start: month, day_start: day, month_end: month, day_end: day, ...ALL_DAY };
}

export function oneDay(name: string, region: string, year: number, month: number, day: number) {
	return {
		name,
		region,
		consecutive: false,
		every_year: false,
		year_start: year,
		year_end: year,
		month_start: month,
		day_start: day,
		month_end: month,
		day_end: day,
		...ALL_DAY,
	};
}
