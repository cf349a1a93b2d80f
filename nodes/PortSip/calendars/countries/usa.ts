// United States: the federal holidays of 5 U.S.C. 6103(a). Observed days per 6103(b)/E.O. 11582:
// Saturday -> Friday before, Sunday -> Monday after (so New Year's Day on a Saturday is observed
// on 31 December of the previous year, which is listed in that previous year).
// Inauguration Day (DC area only) and executive-order closures are not included.
import { MONDAY, THURSDAY } from '../dates';
import { CountryDefinition, fixed, h, lastWeekday, nthWeekday, satToFriSunToMon as observed } from '../rules';

export const USA: CountryDefinition = {
	alpha2: 'US',
	alpha3: 'USA',
	name: 'United States',
	observedLocalSuffix: '(observed)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", "New Year's Day"), 1, 1, { observed }),
		nthWeekday(h('martin-luther-king-jr-day', 'Birthday of Martin Luther King, Jr.', 'Birthday of Martin Luther King, Jr.'), 1, MONDAY, 3),
		nthWeekday(h('washingtons-birthday', "Washington's Birthday", "Washington's Birthday"), 2, MONDAY, 3),
		lastWeekday(h('memorial-day', 'Memorial Day', 'Memorial Day'), 5, MONDAY),
		// Juneteenth National Independence Day Act, signed 17 June 2021.
		fixed(h('juneteenth', 'Juneteenth National Independence Day', 'Juneteenth National Independence Day'), 6, 19, { from: 2021, observed }),
		fixed(h('independence-day', 'Independence Day', 'Independence Day'), 7, 4, { observed }),
		nthWeekday(h('labor-day', 'Labor Day', 'Labor Day'), 9, MONDAY, 1),
		nthWeekday(h('columbus-day', 'Columbus Day', 'Columbus Day'), 10, MONDAY, 2),
		fixed(h('veterans-day', 'Veterans Day', 'Veterans Day'), 11, 11, { observed }),
		nthWeekday(h('thanksgiving-day', 'Thanksgiving Day', 'Thanksgiving Day'), 11, THURSDAY, 4),
		fixed(h('christmas-day', 'Christmas Day', 'Christmas Day'), 12, 25, { observed }),
	],
};
