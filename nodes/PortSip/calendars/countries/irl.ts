// Ireland: the public holidays of the Organisation of Working Time Act 1997, Schedule 2 (Good Friday
// is not a public holiday). When New Year's Day, St Patrick's Day, Christmas Day or St Stephen's Day
// falls on a weekend, the next free weekday is listed as its observed day: it is a bank holiday on
// which banks and most employers close, though the Act itself gives no automatic day off (s.21).
import { FRIDAY, MONDAY, date, nthWeekdayOfMonth, weekday } from '../dates';
import { CountryDefinition, custom, easter, fixed, h, lastWeekday, nthWeekday, oneOff, weekendToNextFree as observed } from '../rules';

export const IRL: CountryDefinition = {
	alpha2: 'IE',
	alpha3: 'IRL',
	name: 'Ireland',
	observedLocalSuffix: '(lá ionaid)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Lá Caille'), 1, 1, { observed }),
		// S.I. 2022: from 2023, first Monday of February, or 1 February when that is a Friday.
		custom(h('st-brigids-day', "St Brigid's Day", 'Lá Fhéile Bríde'), (y) =>
			weekday(date(y, 2, 1)) === FRIDAY ? date(y, 2, 1) : nthWeekdayOfMonth(y, 2, MONDAY, 1),
		{ from: 2023 }),
		fixed(h('st-patricks-day', "St Patrick's Day", 'Lá Fhéile Pádraig'), 3, 17, { observed }),
		easter(h('easter-monday', 'Easter Monday', 'Luan Cásca'), 1),
		nthWeekday(h('may-day', 'May Day', 'Lá Bealtaine'), 5, MONDAY, 1),
		nthWeekday(h('june-bank-holiday', 'June Bank Holiday', 'Lá Saoire i mí an Mheithimh'), 6, MONDAY, 1),
		nthWeekday(h('august-bank-holiday', 'August Bank Holiday', 'Lá Saoire i mí Lúnasa'), 8, MONDAY, 1),
		lastWeekday(h('october-bank-holiday', 'October Bank Holiday', 'Lá Saoire i mí Dheireadh Fómhair'), 10, MONDAY),
		fixed(h('christmas-day', 'Christmas Day', 'Lá Nollag'), 12, 25, { observed }),
		fixed(h('st-stephens-day', "St Stephen's Day", 'Lá Fhéile Stiofáin'), 12, 26, { observed }),
		// Public Holidays (Covid-19 Day of Remembrance and Recognition) Act 2022.
		oneOff(h('day-of-remembrance-and-recognition', 'Day of Remembrance and Recognition', 'Lá Cuimhneacháin agus Aitheantais'), 2022, 3, 18),
	],
};
