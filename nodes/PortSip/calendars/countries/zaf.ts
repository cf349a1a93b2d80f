// South Africa: the public holidays of the Public Holidays Act 36 of 1994. s.2(1): a holiday on a
// Sunday makes the Monday a holiday (nothing extra when that Monday is already one). Days declared
// under s.2A (election days, 27 December when Christmas is on a Sunday...) are one-offs.
import { CountryDefinition, easter, fixed, h, oneOff, oneOffs, sunToMon as observed } from '../rules';

export const ZAF: CountryDefinition = {
	alpha2: 'ZA',
	alpha3: 'ZAF',
	name: 'South Africa',
	observedLocalSuffix: '(observed)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", "New Year's Day"), 1, 1, { observed }),
		fixed(h('human-rights-day', 'Human Rights Day', 'Human Rights Day'), 3, 21, { observed }),
		easter(h('good-friday', 'Good Friday', 'Good Friday'), -2),
		easter(h('family-day', 'Family Day', 'Family Day'), 1),
		fixed(h('freedom-day', 'Freedom Day', 'Freedom Day'), 4, 27, { observed }),
		fixed(h('workers-day', "Workers' Day", "Workers' Day"), 5, 1, { observed }),
		fixed(h('youth-day', 'Youth Day', 'Youth Day'), 6, 16, { observed }),
		fixed(h('national-womens-day', "National Women's Day", "National Women's Day"), 8, 9, { observed }),
		fixed(h('heritage-day', 'Heritage Day', 'Heritage Day'), 9, 24, { observed }),
		fixed(h('day-of-reconciliation', 'Day of Reconciliation', 'Day of Reconciliation'), 12, 16, { observed }),
		fixed(h('christmas-day', 'Christmas Day', 'Christmas Day'), 12, 25, { observed }),
		fixed(h('day-of-goodwill', 'Day of Goodwill', 'Day of Goodwill'), 12, 26, { observed }),
		oneOff(h('y2k-changeover', 'Y2K changeover', 'Y2K changeover'), 2000, 1, 2, { observed }),
		...oneOffs(h('election-day', 'Election Day', 'Election Day'), [
			[2004, 4, 14], [2006, 3, 1], [2009, 4, 22], [2011, 5, 18], [2014, 5, 7],
			[2016, 8, 3], [2019, 5, 8], [2021, 11, 1], [2024, 5, 29],
		]),
		oneOff(h('presidential-decree-holiday', 'Public holiday by presidential decree', 'Public holiday by presidential decree'), 2008, 5, 2),
		// Christmas on a Sunday, the Monday being the Day of Goodwill already.
		...oneOffs(h('christmas-day-extra', 'Christmas Day (additional holiday)', 'Christmas Day (additional holiday)'), [
			[2011, 12, 27], [2016, 12, 27], [2022, 12, 27],
		]),
		// Rugby World Cup 2023 victory.
		oneOff(h('rugby-world-cup-holiday', 'Public holiday for the Rugby World Cup victory', 'Public holiday for the Rugby World Cup victory'), 2023, 12, 15),
	],
};
