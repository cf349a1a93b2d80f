// United States: the federal holidays of 5 U.S.C. 6103(a). Observed days per 6103(b)/E.O. 11582:
// Saturday -> Friday before, Sunday -> Monday after (so New Year's Day on a Saturday is observed
// on 31 December of the previous year, which is listed in that previous year).
// Inauguration Day (DC area only) and executive-order closures are not included.
import { FRIDAY, MONDAY, THURSDAY, TUESDAY, addDays, date, nthWeekdayOfMonth, weekday } from '../dates';
import { CountryDefinition, Rule, SubdivisionDefinition, custom, easter, fixed, h, lastWeekday, nthWeekday, oneOffs, satToFriSunToMon as observed, sunToMon } from '../rules';

// States and DC: the legal holidays in each state's statutes (state government closings), as the
// federal list less the federal days a state does not keep (most often Columbus Day) plus its own.
// Left out: days of part of a state (Evacuation Day in Suffolk County, MA), half days, days set each
// year by the governor or a personnel board (Christmas Eve in Kansas, Kentucky, North Carolina, South
// Carolina, Wisconsin), and optional days. Federal holidays keep their federal name where a state
// renamed them, except where noted. Juneteenth is kept for every state from 2021 (federal list) but
// California (CalHR 2024) and Arizona, where it is not a legal holiday; other states were not checked one by
// one (Pew counted 28 states and DC with a paid Juneteenth in 2023).
const name3 = (key: string, name: string) => h(key, name, name);
const ownDay = (key: string, name: string, month: number, day: number, opts: { from?: number; until?: number; observed?: typeof observed } = {}) =>
	fixed(name3(key, name), month, day, opts);
const goodFriday = easter(name3('good-friday', 'Good Friday'), -2);
const dayAfterThanksgiving = (name = 'Day After Thanksgiving', from?: number) =>
	custom(name3('day-after-thanksgiving', name), (y) => addDays(nthWeekdayOfMonth(y, 11, THURSDAY, 4), 1), { from });
// the Tuesday after the first Monday of November; `everyYear` from that year, else in even years
const electionDay = (from: number, everyYearFrom = 2101) =>
	custom(name3('election-day', 'Election Day'), (y) => (y % 2 === 0 || y >= everyYearFrom ? addDays(nthWeekdayOfMonth(y, 11, MONDAY, 1), 1) : null), { from });
const lincoln = ownDay('lincolns-birthday', "Lincoln's Birthday", 2, 12, { observed });
const patriotsDay = nthWeekday(name3('patriots-day', "Patriots' Day"), 4, MONDAY, 3);
const columbusAs = (name: string, from?: number) => nthWeekday(name3('columbus-day', name), 10, MONDAY, 2, { from });
// Georgia and Indiana keep Washington's Birthday in Christmas week (a working day next to Christmas).
const washingtonInDecember = custom(name3('washingtons-birthday', "Washington's Birthday"), (y) => {
	const shift = [-2, 1, -1, -1, 1, -1, -2][weekday(date(y, 12, 25))];
	return addDays(date(y, 12, 25), shift);
});
const inaugurationDay = custom(name3('inauguration-day', 'Inauguration Day'), (y) => ((y - 2001) % 4 === 0 ? date(y, 1, 20) : null), { observed: sunToMon });
const NO_COLUMBUS = ['columbus-day'];

const state = (code: string, name: string, rules: Rule[], omit: string[] = NO_COLUMBUS): SubdivisionDefinition => ({ code: `US-${code}`, name, rules, omit });

const STATES: SubdivisionDefinition[] = [
	state('AK', 'Alaska', [
		lastWeekday(name3('sewards-day', "Seward's Day"), 3, MONDAY),
		columbusAs('Columbus Day'), // Indigenous Peoples' Day from 2015, same Monday
		ownDay('alaska-day', 'Alaska Day', 10, 18, { observed }),
	], []),
	state('AL', 'Alabama', [
		nthWeekday(name3('confederate-memorial-day', 'Confederate Memorial Day'), 4, MONDAY, 4),
		nthWeekday(name3('jefferson-davis-birthday', "Jefferson Davis' Birthday"), 6, MONDAY, 1),
	], []),
	state('AR', 'Arkansas', []),
	state('AZ', 'Arizona', [], ['juneteenth']), // recognized, but not a legal holiday: offices open (NewsNation 2023, checked)
	state('CA', 'California', [
		ownDay('lincolns-birthday', "Lincoln's Birthday", 2, 12, { until: 2009, observed }),
		ownDay('cesar-chavez-day', 'César Chávez Day', 3, 31, { observed: sunToMon }),
		{ ...columbusAs('Columbus Day'), until: 2008 }, // dropped from 2009
		dayAfterThanksgiving(),
	], ['columbus-day', 'juneteenth']), // CalHR 2024: Juneteenth is not a California state holiday
	state('CO', 'Colorado', [
		ownDay('cesar-chavez-day', 'César Chávez Day', 3, 31, { from: 2001 }),
		// Frances Xavier Cabrini Day replaced Columbus Day in 2020
		{ ...columbusAs('Columbus Day'), until: 2019 },
		nthWeekday(name3('cabrini-day', 'Frances Xavier Cabrini Day'), 10, MONDAY, 1, { from: 2020 }),
	]),
	state('CT', 'Connecticut', [lincoln, goodFriday], []),
	state('DC', 'District of Columbia', [inaugurationDay, ownDay('emancipation-day', 'DC Emancipation Day', 4, 16, { from: 2005, observed })], []),
	state('DE', 'Delaware', [
		goodFriday,
		{ ...nthWeekday(name3('washingtons-birthday', "Washington's Birthday"), 2, MONDAY, 3), until: 2009 },
		electionDay(2008),
		dayAfterThanksgiving(),
	]),
	state('FL', 'Florida', [dayAfterThanksgiving('Friday After Thanksgiving')], ['columbus-day', 'washingtons-birthday']),
	state('GA', 'Georgia', [
		// Confederate Memorial Day (4th Monday of April), a "State Holiday" from 2016; since 2020 the governor
		// sets its date each year (Good Friday in 2020, 2024 and 2025, georgia.gov): the years not known are left out
		nthWeekday(name3('state-holiday-april', 'State Holiday'), 4, MONDAY, 4, { until: 2019 }),
		...oneOffs(name3('state-holiday-april', 'State Holiday'), [[2020, 4, 10], [2024, 3, 29], [2025, 4, 18]]),
		dayAfterThanksgiving('State Holiday'),
		washingtonInDecember,
	], []),
	state('HI', 'Hawaii', [
		ownDay('prince-kuhio-day', 'Prince Jonah Kūhiō Kalanianaʻole Day', 3, 26, { observed }),
		goodFriday,
		ownDay('kamehameha-day', 'King Kamehameha I Day', 6, 11, { until: 2010 }),
		ownDay('kamehameha-day', 'King Kamehameha I Day', 6, 11, { from: 2011, observed }),
		custom(name3('statehood-day', 'Statehood Day'), (y) => nthWeekdayOfMonth(y, 8, FRIDAY, 3)),
		electionDay(2008),
	]),
	state('IA', 'Iowa', [lincoln]),
	state('ID', 'Idaho', [], []),
	state('IL', 'Illinois', [lincoln, nthWeekday(name3('casimir-pulaski-day', 'Casimir Pulaski Day'), 3, MONDAY, 1), electionDay(2008)], []),
	state('IN', 'Indiana', [
		goodFriday,
		custom(name3('primary-election-day', 'Primary Election Day'), (y) => (y % 2 === 0 || y >= 2015 ? addDays(nthWeekdayOfMonth(y, 5, MONDAY, 1), 1) : null), { from: 2006 }),
		electionDay(2008, 2015),
		dayAfterThanksgiving("Lincoln's Birthday", 2010),
		washingtonInDecember,
	], []),
	state('KS', 'Kansas', []),
	state('KY', 'Kentucky', []),
	state('LA', 'Louisiana', [easter(name3('mardi-gras', 'Mardi Gras'), -47), goodFriday, electionDay(2008)]),
	state('MA', 'Massachusetts', [patriotsDay], []),
	state('MD', 'Maryland', [dayAfterThanksgiving('American Indian Heritage Day', 2008)], []),
	state('ME', 'Maine', [patriotsDay], []),
	state('MI', 'Michigan', [
		electionDay(2008),
		dayAfterThanksgiving('Day After Thanksgiving', 2017),
		ownDay('christmas-eve', 'Christmas Eve', 12, 24, { from: 2013 }),
		ownDay('new-years-eve', "New Year's Eve", 12, 31, { from: 2013 }),
	]),
	state('MN', 'Minnesota', []),
	state('MO', 'Missouri', [ownDay('truman-day', 'Truman Day', 5, 8, { observed })], []),
	state('MS', 'Mississippi', [lastWeekday(name3('confederate-memorial-day', 'Confederate Memorial Day'), 4, MONDAY)]),
	state('MT', 'Montana', [electionDay(2008)], []),
	state('NC', 'North Carolina', [goodFriday, dayAfterThanksgiving()]),
	state('ND', 'North Dakota', []),
	state('NE', 'Nebraska', [lastWeekday(name3('arbor-day', 'Arbor Day'), 4, FRIDAY)], []),
	state('NH', 'New Hampshire', [electionDay(2008), dayAfterThanksgiving()]),
	state('NJ', 'New Jersey', [lincoln, goodFriday, electionDay(2008)], []),
	state('NM', 'New Mexico', [dayAfterThanksgiving("Presidents' Day")], ['washingtons-birthday']),
	state('NV', 'Nevada', [
		custom(name3('nevada-day', 'Nevada Day'), (y) => nthWeekdayOfMonth(y, 10, FRIDAY, -1)),
		dayAfterThanksgiving('Family Day'),
	]),
	state('NY', 'New York', [lincoln, electionDay(2008, 2015)], []),
	state('OH', 'Ohio', [], []),
	state('OK', 'Oklahoma', [dayAfterThanksgiving()]),
	state('OR', 'Oregon', []),
	state('PA', 'Pennsylvania', [dayAfterThanksgiving()], []),
	state('RI', 'Rhode Island', [nthWeekday(name3('victory-day', 'Victory Day'), 8, MONDAY, 2)], []),
	state('SC', 'South Carolina', []),
	state('SD', 'South Dakota', [columbusAs("Native Americans' Day")], []),
	state('TN', 'Tennessee', [goodFriday]),
	state('TX', 'Texas', [
		ownDay('confederate-heroes-day', 'Confederate Heroes Day', 1, 19),
		ownDay('texas-independence-day', 'Texas Independence Day', 3, 2),
		ownDay('san-jacinto-day', 'San Jacinto Day', 4, 21),
		// Emancipation Day in Texas (since 1980) is the date Juneteenth later took
		ownDay('juneteenth', 'Emancipation Day in Texas', 6, 19),
		ownDay('lbj-day', 'Lyndon Baines Johnson Day', 8, 27),
		dayAfterThanksgiving('Friday After Thanksgiving'),
		ownDay('christmas-eve', 'Christmas Eve', 12, 24),
		ownDay('day-after-christmas', 'Day After Christmas', 12, 26),
	]),
	state('UT', 'Utah', [ownDay('pioneer-day', 'Pioneer Day', 7, 24, { observed })], []),
	state('VA', 'Virginia', [
		// Lee-Jackson Day: the Friday before the third Monday of January, repealed in 2020 for Election Day
		custom(name3('lee-jackson-day', 'Lee-Jackson Day'), (y) => addDays(nthWeekdayOfMonth(y, 1, MONDAY, 3), -3), { until: 2020 }),
		electionDay(2020, 2020),
	], []),
	state('VT', 'Vermont', [
		custom(name3('town-meeting-day', 'Town Meeting Day'), (y) => nthWeekdayOfMonth(y, 3, TUESDAY, 1)),
		ownDay('bennington-battle-day', 'Bennington Battle Day', 8, 16, { observed }),
	], []),
	state('WA', 'Washington', [dayAfterThanksgiving('Native American Heritage Day', 2015)]),
	state('WI', 'Wisconsin', []),
	state('WV', 'West Virginia', [ownDay('west-virginia-day', 'West Virginia Day', 6, 20, { observed }), electionDay(2008), dayAfterThanksgiving()], []),
	state('WY', 'Wyoming', []),
];

export const USA: CountryDefinition = {
	alpha2: 'US',
	alpha3: 'USA',
	name: 'United States',
	observedLocalSuffix: '(observed)',
	subdivisions: STATES,
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
