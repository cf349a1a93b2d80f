// South Korea: the public holidays of the Regulations on Holidays of Government Offices, which the
// Public Holidays Act (2021) extends to all workplaces. Seollal, Buddha's Birthday and Chuseok follow
// the lunar calendar and substitute days and temporary holidays are set each year, so this calendar
// covers only the years whose official lists it holds (2024-2026); other years are an error.
import { CountryDefinition, fixed, h, oneOffs } from '../rules';

const table = (key: string, name: string, localName: string, dates: Array<readonly [number, number, number]>) => oneOffs(h(key, name, localName), dates);

export const KOR: CountryDefinition = {
	alpha2: 'KR',
	alpha3: 'KOR',
	name: 'South Korea',
	observedLocalSuffix: '(대체공휴일)',
	years: { from: 2024, until: 2026, why: 'lunar holidays, substitute days and temporary holidays are taken from the official lists for 2024 to 2026' },
	rules: [
		fixed(h('new-years-day', "New Year's Day", '신정'), 1, 1),
		...table('seollal', 'Seollal (Korean New Year)', '설날', [
			[2024, 2, 9], [2024, 2, 10], [2024, 2, 11], [2025, 1, 28], [2025, 1, 29], [2025, 1, 30], [2026, 2, 16], [2026, 2, 17], [2026, 2, 18],
		]),
		fixed(h('independence-movement-day', 'Independence Movement Day', '삼일절'), 3, 1),
		fixed(h('childrens-day', "Children's Day", '어린이날'), 5, 5),
		...table('buddhas-birthday', "Buddha's Birthday", '부처님 오신 날', [[2024, 5, 15], [2025, 5, 5], [2026, 5, 24]]),
		fixed(h('memorial-day', 'Memorial Day', '현충일'), 6, 6),
		fixed(h('liberation-day', 'Liberation Day', '광복절'), 8, 15),
		...table('chuseok', 'Chuseok', '추석', [
			[2024, 9, 16], [2024, 9, 17], [2024, 9, 18], [2025, 10, 5], [2025, 10, 6], [2025, 10, 7], [2026, 9, 24], [2026, 9, 25], [2026, 9, 26],
		]),
		fixed(h('national-foundation-day', 'National Foundation Day', '개천절'), 10, 3),
		fixed(h('hangul-day', 'Hangul Day', '한글날'), 10, 9),
		fixed(h('christmas-day', 'Christmas Day', '기독탄신일'), 12, 25),
		...table('substitute-holiday', 'Substitute Holiday', '대체공휴일', [
			[2024, 2, 12], [2024, 5, 6], [2025, 3, 3], [2025, 5, 6], [2025, 10, 8], [2026, 3, 2], [2026, 5, 25], [2026, 8, 17], [2026, 10, 5],
		]),
		...table('election-day', 'Election Day', '선거일', [[2024, 4, 10], [2025, 6, 3], [2026, 6, 3]]),
		...table('temporary-holiday', 'Temporary Public Holiday', '임시공휴일', [[2024, 10, 1], [2025, 1, 27]]),
	],
};
