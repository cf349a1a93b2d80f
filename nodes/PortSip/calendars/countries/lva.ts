// Latvia: Likums "Par svētku, atceres un atzīmējamām dienām" § 1. 4 May (from 2002) and 18 November
// on a Saturday or Sunday give the next Monday off (from 2008 and 2007). Christmas Eve from 2007.
// One-off days off by law: 9 July 2018 and 10 July 2023 (Song and Dance Festival), 24 September 2018
// (papal visit), 29 May 2023 (ice hockey bronze).
import { CountryDefinition, easter, fixed, h, nthWeekday, oneOff, weekendToMonday } from '../rules';

export const LVA: CountryDefinition = {
	alpha2: 'LV',
	alpha3: 'LVA',
	name: 'Latvia',
	observedLocalSuffix: '(brīvdiena)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Jaunais gads'), 1, 1),
		easter(h('good-friday', 'Good Friday', 'Lielā Piektdiena'), -2),
		easter(h('easter-sunday', 'Easter Sunday', 'Lieldienas'), 0),
		easter(h('easter-monday', 'Easter Monday', 'Otrās Lieldienas'), 1),
		fixed(h('labour-day', 'Labour Day', 'Darba svētki'), 5, 1),
		fixed(h('restoration-of-independence-day', 'Restoration of Independence Day', 'Latvijas Republikas Neatkarības atjaunošanas diena'), 5, 4, { from: 2002, observed: weekendToMonday, observedFrom: 2008 }),
		nthWeekday(h('mothers-day', "Mother's Day", 'Mātes diena'), 5, 0, 2),
		fixed(h('midsummer-eve', 'Midsummer Eve', 'Līgo diena'), 6, 23),
		fixed(h('midsummer-day', 'Midsummer Day', 'Jāņu diena'), 6, 24),
		fixed(h('proclamation-day', 'Proclamation Day of the Republic of Latvia', 'Latvijas Republikas proklamēšanas diena'), 11, 18, { observed: weekendToMonday, observedFrom: 2007 }),
		fixed(h('christmas-eve', 'Christmas Eve', 'Ziemassvētku vakars'), 12, 24, { from: 2007 }),
		fixed(h('christmas-day', 'Christmas Day', 'Ziemassvētki'), 12, 25),
		fixed(h('second-day-of-christmas', 'Second Day of Christmas', 'Otrie Ziemassvētki'), 12, 26),
		fixed(h('new-years-eve', "New Year's Eve", 'Vecgada vakars'), 12, 31),
		oneOff(h('song-festival-2018', 'Song and Dance Festival closing day', 'Dziesmu un deju svētku noslēguma diena'), 2018, 7, 9),
		oneOff(h('papal-visit', 'Papal visit day', 'Pāvesta Franciska vizītes diena'), 2018, 9, 24),
		oneOff(h('hockey-bronze', 'Ice Hockey World Championship bronze medal day', 'Hokeja bronzas medaļas diena'), 2023, 5, 29),
		oneOff(h('song-festival-2023', 'Song and Dance Festival closing day', 'Dziesmu un deju svētku noslēguma diena'), 2023, 7, 10),
	],
};
