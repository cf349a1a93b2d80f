// New Zealand: the national public holidays of the Holidays Act 2003, s.44 (provincial anniversary
// days are regional). "Mondayisation": New Year, 2 January, Christmas and Boxing Day on a weekend
// move to the next free weekday; Waitangi and Anzac Day to the Monday from 2014 (Holidays (Full
// Recognition of Waitangi Day and ANZAC Day) Amendment Act 2013).
import { MONDAY, date } from '../dates';
import { CountryDefinition, custom, easter, fixed, h, nthWeekday, oneOff, weekendToMonday, weekendToNextFree as observed } from '../rules';

// Te Kāhui o Matariki Public Holiday Act 2022, Schedule 1: a Friday set by law for 2022-2052 (no
// rule exists; later dates are not yet legislated). [month, day] by year from 2022.
const MATARIKI: ReadonlyArray<readonly [number, number]> = [
	[6, 24], [7, 14], [6, 28], [6, 20], [7, 10], [6, 25], [7, 14], [7, 6], [6, 21], [7, 11],
	[7, 2], [6, 24], [7, 7], [6, 29], [7, 18], [7, 10], [6, 25], [7, 15], [7, 6], [7, 19],
	[7, 11], [7, 3], [6, 24], [7, 7], [6, 29], [7, 19], [7, 3], [6, 25], [7, 15], [6, 30], [6, 21],
];

export const NZL: CountryDefinition = {
	alpha2: 'NZ',
	alpha3: 'NZL',
	name: 'New Zealand',
	observedLocalSuffix: '(observed)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", "New Year's Day"), 1, 1, { observed }),
		fixed(h('day-after-new-years-day', "Day after New Year's Day", "Day after New Year's Day"), 1, 2, { observed }),
		fixed(h('waitangi-day', 'Waitangi Day', 'Waitangi Day'), 2, 6, { observed: weekendToMonday, observedFrom: 2014 }),
		easter(h('good-friday', 'Good Friday', 'Good Friday'), -2),
		easter(h('easter-monday', 'Easter Monday', 'Easter Monday'), 1),
		fixed(h('anzac-day', 'Anzac Day', 'Anzac Day'), 4, 25, { observed: weekendToMonday, observedFrom: 2014 }),
		nthWeekday(h('queens-birthday', "Queen's Birthday", "Queen's Birthday"), 6, MONDAY, 1, { until: 2022 }),
		nthWeekday(h('kings-birthday', "King's Birthday", "King's Birthday"), 6, MONDAY, 1, { from: 2023 }),
		custom(h('matariki', 'Matariki', 'Te Rā Aro ki a Matariki'), (y) => {
			const md = MATARIKI[y - 2022];
			return md ? date(y, md[0], md[1]) : null;
		}, { from: 2022, until: 2052 }),
		nthWeekday(h('labour-day', 'Labour Day', 'Labour Day'), 10, MONDAY, 4),
		fixed(h('christmas-day', 'Christmas Day', 'Christmas Day'), 12, 25, { observed }),
		fixed(h('boxing-day', 'Boxing Day', 'Boxing Day'), 12, 26, { observed }),
		// Queen Elizabeth II Memorial Day Act 2022.
		oneOff(h('queen-elizabeth-ii-memorial-day', 'Queen Elizabeth II Memorial Day', 'Queen Elizabeth II Memorial Day'), 2022, 9, 26),
	],
};
