// Singapore: the public holidays of the Holidays Act as the Ministry of Manpower gazettes them each
// year. Chinese New Year, Hari Raya Puasa, Vesak Day, Hari Raya Haji and Deepavali follow lunar and
// religious calendars announced yearly, so this calendar covers only the years of the published lists
// (2024-2026); other years are an error. A holiday on a Sunday gives the next day off (s. 4(2)).
import { CountryDefinition, Rule, easter, fixed, h, oneOffs, sunToNextFree as observed } from '../rules';

const announced = (key: string, name: string, dates: Array<readonly [number, number, number]>): Rule[] =>
	oneOffs(h(key, name, name), dates).map((rule) => ({ ...rule, observed }));

export const SGP: CountryDefinition = {
	alpha2: 'SG',
	alpha3: 'SGP',
	name: 'Singapore',
	observedLocalSuffix: '(observed)',
	years: { from: 2024, until: 2026, why: 'lunar and religious holidays are taken from the Ministry of Manpower lists published for 2024 to 2026' },
	rules: [
		fixed(h('new-years-day', "New Year's Day", "New Year's Day"), 1, 1, { observed }),
		...announced('chinese-new-year', 'Chinese New Year', [[2024, 2, 10], [2024, 2, 11], [2025, 1, 29], [2025, 1, 30], [2026, 2, 17], [2026, 2, 18]]),
		...announced('hari-raya-puasa', 'Hari Raya Puasa', [[2024, 4, 10], [2025, 3, 31], [2026, 3, 21]]),
		easter(h('good-friday', 'Good Friday', 'Good Friday'), -2),
		fixed(h('labour-day', 'Labour Day', 'Labour Day'), 5, 1, { observed }),
		...announced('polling-day', 'Polling Day', [[2025, 5, 3]]),
		...announced('vesak-day', 'Vesak Day', [[2024, 5, 22], [2025, 5, 12], [2026, 5, 31]]),
		...announced('hari-raya-haji', 'Hari Raya Haji', [[2024, 6, 17], [2025, 6, 7], [2026, 5, 27]]),
		fixed(h('national-day', 'National Day', 'National Day'), 8, 9, { observed }),
		...announced('deepavali', 'Deepavali', [[2024, 10, 31], [2025, 10, 20], [2026, 11, 8]]),
		fixed(h('christmas-day', 'Christmas Day', 'Christmas Day'), 12, 25, { observed }),
	],
};
