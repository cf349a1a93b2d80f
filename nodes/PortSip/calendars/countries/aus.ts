// Australia: the holidays observed in every state and territory (the national ones of the Fair Work
// Act's National Employment Standards whose date is the same everywhere). The King's/Queen's
// Birthday is left out because its date differs by state. Substitute days (all states): New Year's
// Day, Australia Day, Christmas and Boxing Day on a weekend -> next free weekday; Anzac Day has no
// national substitute.
import { MONDAY, date, weekdayOnOrAfter } from '../dates';
import { CountryDefinition, Rule, SubdivisionDefinition, custom, easter, fixed, h, lastWeekday, nthWeekday, oneOff, oneOffs, sunToMon, weekendToMonday, weekendToNextFree as observed } from '../rules';

// The states' and territories' own public holidays (ACT Holidays Act 1958, NSW Public Holidays Act
// 2010, NT Public Holidays Act, Qld Holidays Act 1983, SA Holidays Act 1910, Tas Statutory Holidays
// Act 2000, Vic Public Holidays Act 1993, WA Public and Bank Holidays Act 1972). Left out: holidays of
// part of a state (Melbourne Cup, Royal Queensland Show, Hobart Regatta, Tasmania's Recreation Day),
// bank-only days (NSW Bank Holiday), part-day holidays (Christmas Eve and New Year's Eve evenings in
// SA and NT), ACT's Family and Community Day (2007-2017, set yearly) and Anzac Day substitutes
// except those of the ACT, Queensland, South Australia and Western Australia (NSW's declared 2026-2027 days).
const easterSaturday = easter(h('easter-saturday', 'Easter Saturday', 'Easter Saturday'), -1);
const easterSunday = (from?: number) => easter(h('easter-sunday', 'Easter Sunday', 'Easter Sunday'), 0, { from });
const sovereign = (month: number, nth: number, opts: { moved?: Record<number, readonly [number, number]>; last?: boolean } = {}): Rule[] => {
	const day = (key: string, name: string, range: { from?: number; until?: number }) =>
		opts.last
			? lastWeekday(h(key, name, name), month, MONDAY, { ...range, moved: opts.moved })
			: nthWeekday(h(key, name, name), month, MONDAY, nth, { ...range, moved: opts.moved });
	return [day('queens-birthday', "Queen's Birthday", { until: 2022 }), day('kings-birthday', "King's Birthday", { from: 2023 })];
};
const labourDay = (month: number, nth: number, name = 'Labour Day') => nthWeekday(h('labour-day', name, name), month, MONDAY, nth);
const state = (code: string, name: string, rules: Rule[]): SubdivisionDefinition => ({ code: `AU-${code}`, name, rules });

const STATES: SubdivisionDefinition[] = [
	state('ACT', 'Australian Capital Territory', [
		// third Monday of March until 2007, second from 2008
		nthWeekday(h('canberra-day', 'Canberra Day', 'Canberra Day'), 3, MONDAY, 3, { until: 2007 }),
		nthWeekday(h('canberra-day', 'Canberra Day', 'Canberra Day'), 3, MONDAY, 2, { from: 2008 }),
		easterSaturday, easterSunday(2016),
		// Anzac Day on a weekend: the Monday after (cmtedd.act.gov.au, checked for 2024-2026)
		fixed(h('anzac-day', 'Anzac Day', 'Anzac Day'), 4, 25, { observed: weekendToMonday }),
		// the Monday on or after 27 May, from 2018
		custom(h('reconciliation-day', 'Reconciliation Day', 'Reconciliation Day'), (y) => weekdayOnOrAfter(date(y, 5, 27), MONDAY), { from: 2018 }),
		...sovereign(6, 2), labourDay(10, 1),
	]),
	state('NSW', 'New South Wales', [
		easterSaturday, easterSunday(2011), ...sovereign(6, 2), labourDay(10, 1),
		// the Monday after Anzac Day on a weekend, declared for 2026 and 2027 (Public Holidays Order; LGNSW, checked)
		...oneOffs(h('anzac-day-additional', 'Anzac Day (additional day)', 'Anzac Day (additional day)'), [[2026, 4, 27], [2027, 4, 26]]),
	]),
	state('NT', 'Northern Territory', [
		easterSaturday, labourDay(5, 1, 'May Day'), ...sovereign(6, 2),
		nthWeekday(h('picnic-day', 'Picnic Day', 'Picnic Day'), 8, MONDAY, 1),
	]),
	state('QLD', 'Queensland', [
		easterSaturday, easterSunday(2017),
		// Holidays Act 1983 sch. 1 (checked): Anzac Day on a Sunday -> the Monday
		fixed(h('anzac-day', 'Anzac Day', 'Anzac Day'), 4, 25, { observed: sunToMon }),
		// Labour Day: first Monday of May, of October in 2013-2015
		nthWeekday(h('labour-day', 'Labour Day', 'Labour Day'), 5, MONDAY, 1, { moved: { 2013: [10, 7], 2014: [10, 6], 2015: [10, 5] } }),
		// second Monday of June until 2015 (1 October in 2012), first Monday of October from 2016
		nthWeekday(h('queens-birthday', "Queen's Birthday", "Queen's Birthday"), 6, MONDAY, 2, { until: 2015, moved: { 2012: [10, 1] } }),
		nthWeekday(h('queens-birthday', "Queen's Birthday", "Queen's Birthday"), 10, MONDAY, 1, { from: 2016, until: 2022 }),
		nthWeekday(h('kings-birthday', "King's Birthday", "King's Birthday"), 10, MONDAY, 1, { from: 2023 }),
		oneOff(h('diamond-jubilee', "Queen's Diamond Jubilee", "Queen's Diamond Jubilee"), 2012, 6, 11),
	]),
	state('SA', 'South Australia', [
		// third Monday of March until 2005, second from 2006
		nthWeekday(h('adelaide-cup', 'Adelaide Cup Day', 'Adelaide Cup Day'), 3, MONDAY, 3, { until: 2005 }),
		nthWeekday(h('adelaide-cup', 'Adelaide Cup Day', 'Adelaide Cup Day'), 3, MONDAY, 2, { from: 2006 }),
		easterSaturday, easterSunday(2024),
		// Anzac Day on a Sunday: the Monday (Holidays Act 1910 sch.; checked in SA's 2016 and 2027 lists)
		fixed(h('anzac-day', 'Anzac Day', 'Anzac Day'), 4, 25, { observed: sunToMon }),
		...sovereign(6, 2), labourDay(10, 1),
	]),
	state('TAS', 'Tasmania', [labourDay(3, 2, 'Eight Hours Day'), ...sovereign(6, 2)]),
	state('VIC', 'Victoria', [
		labourDay(3, 2), easterSaturday, easterSunday(2016), ...sovereign(6, 2),
		// the Friday before the AFL Grand Final, fixed each year once the AFL sets the date: known years only
		...oneOffs(h('grand-final-friday', 'Friday before the AFL Grand Final', 'Friday before the AFL Grand Final'), [
			[2015, 10, 2], [2016, 9, 30], [2017, 9, 29], [2018, 9, 28], [2019, 9, 27], [2020, 10, 23],
			[2021, 9, 24], [2022, 9, 23], [2023, 9, 29], [2024, 9, 27], [2025, 9, 26],
		]),
	]),
	state('WA', 'Western Australia', [
		labourDay(3, 1),
		fixed(h('anzac-day', 'Anzac Day', 'Anzac Day'), 4, 25, { observed: weekendToMonday }),
		nthWeekday(h('western-australia-day', 'Western Australia Day', 'Western Australia Day'), 6, MONDAY, 1),
		// last Monday of September by proclamation; 28 October 2011 (CHOGM) and 1 October 2012
		...sovereign(9, -1, { last: true, moved: { 2011: [10, 28], 2012: [10, 1] } }),
	]),
];

export const AUS: CountryDefinition = {
	alpha2: 'AU',
	alpha3: 'AUS',
	name: 'Australia',
	observedLocalSuffix: '(observed)',
	subdivisions: STATES,
	rules: [
		fixed(h('new-years-day', "New Year's Day", "New Year's Day"), 1, 1, { observed }),
		fixed(h('australia-day', 'Australia Day', 'Australia Day'), 1, 26, { observed }),
		easter(h('good-friday', 'Good Friday', 'Good Friday'), -2),
		easter(h('easter-monday', 'Easter Monday', 'Easter Monday'), 1),
		fixed(h('anzac-day', 'Anzac Day', 'Anzac Day'), 4, 25),
		fixed(h('christmas-day', 'Christmas Day', 'Christmas Day'), 12, 25, { observed }),
		fixed(h('boxing-day', 'Boxing Day', 'Boxing Day'), 12, 26, { observed }),
		oneOff(h('national-day-of-mourning', 'National Day of Mourning for Queen Elizabeth II', 'National Day of Mourning for Queen Elizabeth II'), 2022, 9, 22),
	],
};
