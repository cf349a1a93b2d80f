// Canada: the federal general holidays of the Canada Labour Code s.166 (federally regulated
// workplaces); provincial holidays (Family Day, Civic Holiday, Easter Monday...) are not included.
// Fixed-date holidays on a Saturday or Sunday are observed on the next free weekday, as the federal
// public service does (Holidays Act: Canada Day on a Sunday -> 2 July); Christmas on Saturday ->
// Monday 27, Boxing Day -> Tuesday 28. Local names are in French, the other official language.
import { MONDAY, addDays, date, weekdayOnOrBefore } from '../dates';
import { CountryDefinition, Rule, SubdivisionDefinition, custom, easter, fixed, h, nthWeekday, oneOff, sunToMon, weekendToNextFree as observed } from '../rules';

// Provinces and territories: the general (statutory) holidays of each one's employment standards law,
// as the province lists them. A province's set is the federal list less the federal holidays it does not
// have, plus its own; substitute days follow the federal practice. Left out: optional days (Easter
// Monday, Civic Holiday in Ontario, Natal Day in Nova Scotia, Newfoundland's St Patrick's, St George's,
// Discovery and Orangemen's Days, Yukon's Heritage Day) and holidays of government employees only.
const FEDERAL_ONLY = ['national-day-for-truth-and-reconciliation', 'boxing-day', 'national-day-of-mourning'];
const truthAndReconciliation = (from: number) =>
	fixed(h('national-day-for-truth-and-reconciliation', 'National Day for Truth and Reconciliation', 'Journée nationale de la vérité et de la réconciliation'), 9, 30, { from });
const familyDay = (from: number, name = 'Family Day', local = 'Fête de la famille') => nthWeekday(h('family-day', name, local), 2, MONDAY, 3, { from });
const augustCivic = (name: string, local: string) => nthWeekday(h('civic-holiday', name, local), 8, MONDAY, 1);
const indigenousPeoplesDay = (from: number) =>
	fixed(h('national-indigenous-peoples-day', 'National Indigenous Peoples Day', 'Journée nationale des peuples autochtones'), 6, 21, { from });
const province = (code: string, name: string, omit: string[], rules: Rule[]): SubdivisionDefinition => ({ code: `CA-${code}`, name, omit, rules });

const PROVINCES: SubdivisionDefinition[] = [
	province('AB', 'Alberta', FEDERAL_ONLY, [familyDay(2000)]),
	province('BC', 'British Columbia', ['boxing-day'], [
		// second Monday of February 2013-2018, third from 2019
		nthWeekday(h('family-day', 'Family Day', 'Fête de la famille'), 2, MONDAY, 2, { from: 2013, until: 2018 }),
		familyDay(2019),
		augustCivic('British Columbia Day', 'Jour de la Colombie-Britannique'),
		truthAndReconciliation(2023),
	]),
	province('MB', 'Manitoba', ['remembrance-day', ...FEDERAL_ONLY], [familyDay(2008, 'Louis Riel Day', 'Journée Louis Riel'), truthAndReconciliation(2024)]),
	province('NB', 'New Brunswick', ['victoria-day', 'thanksgiving-day', 'national-day-for-truth-and-reconciliation', 'boxing-day'], [
		familyDay(2018),
		augustCivic('New Brunswick Day', 'Fête du Nouveau-Brunswick'),
	]),
	province('NL', 'Newfoundland and Labrador', ['victoria-day', 'thanksgiving-day', 'national-day-for-truth-and-reconciliation', 'boxing-day'], []),
	province('NS', 'Nova Scotia', ['victoria-day', 'thanksgiving-day', 'national-day-for-truth-and-reconciliation', 'boxing-day'], [
		familyDay(2015, 'Heritage Day', 'Jour du Patrimoine'),
	]),
	province('NT', 'Northwest Territories', FEDERAL_ONLY, [
		indigenousPeoplesDay(2001),
		augustCivic('Civic Holiday', 'Premier lundi d’août'),
		truthAndReconciliation(2022),
	]),
	province('NU', 'Nunavut', FEDERAL_ONLY, [
		fixed(h('nunavut-day', 'Nunavut Day', 'Jour du Nunavut'), 7, 9, { from: 2020 }),
		augustCivic('Civic Holiday', 'Premier lundi d’août'),
		truthAndReconciliation(2022),
	]),
	province('ON', 'Ontario', ['remembrance-day', 'national-day-for-truth-and-reconciliation', 'national-day-of-mourning'], [familyDay(2008)]),
	province('PE', 'Prince Edward Island', ['victoria-day', 'thanksgiving-day', 'national-day-for-truth-and-reconciliation', 'boxing-day'], [
		// second Monday of February in 2009, third from 2010
		nthWeekday(h('family-day', 'Islander Day', 'Fête des Insulaires'), 2, MONDAY, 2, { from: 2009, until: 2009 }),
		familyDay(2010, 'Islander Day', 'Fête des Insulaires'),
		truthAndReconciliation(2022),
	]),
	province('QC', 'Quebec', ['remembrance-day', ...FEDERAL_ONLY], [
		// Loi sur les normes du travail / Loi sur la fête nationale: the Monday before 25 May is National
		// Patriots' Day from 2003; 24 June on a Sunday is observed on 25 June.
		custom(h('victoria-day', 'National Patriots’ Day', 'Journée nationale des patriotes'), (y) => weekdayOnOrBefore(addDays(date(y, 5, 25), -1), MONDAY), { from: 2003 }),
		custom(h('victoria-day', 'Victoria Day', 'Fête de Dollard'), (y) => weekdayOnOrBefore(addDays(date(y, 5, 25), -1), MONDAY), { until: 2002 }),
		fixed(h('st-jean-baptiste-day', 'Saint-Jean-Baptiste Day (Quebec National Holiday)', 'Fête nationale du Québec'), 6, 24, { observed: sunToMon }),
	]),
	province('SK', 'Saskatchewan', FEDERAL_ONLY, [familyDay(2007), augustCivic('Saskatchewan Day', 'Fête de la Saskatchewan')]),
	province('YT', 'Yukon', ['boxing-day'], [
		indigenousPeoplesDay(2017),
		nthWeekday(h('discovery-day', 'Discovery Day', 'Jour de la Découverte'), 8, MONDAY, 3),
		truthAndReconciliation(2023),
	]),
];

export const CAN: CountryDefinition = {
	alpha2: 'CA',
	alpha3: 'CAN',
	name: 'Canada',
	observedLocalSuffix: '(observé)',
	subdivisions: PROVINCES,
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Jour de l’An'), 1, 1, { observed }),
		easter(h('good-friday', 'Good Friday', 'Vendredi saint'), -2),
		// Monday preceding 25 May.
		custom(h('victoria-day', 'Victoria Day', 'Fête de la Reine'), (y) => weekdayOnOrBefore(addDays(date(y, 5, 25), -1), MONDAY)),
		fixed(h('canada-day', 'Canada Day', 'Fête du Canada'), 7, 1, { observed }),
		nthWeekday(h('labour-day', 'Labour Day', 'Fête du Travail'), 9, MONDAY, 1),
		// Bill C-5 (2021): federal holiday from 30 September 2021.
		fixed(h('national-day-for-truth-and-reconciliation', 'National Day for Truth and Reconciliation', 'Journée nationale de la vérité et de la réconciliation'), 9, 30, { from: 2021, observed }),
		nthWeekday(h('thanksgiving-day', 'Thanksgiving Day', 'Action de grâce'), 10, MONDAY, 2),
		fixed(h('remembrance-day', 'Remembrance Day', 'Jour du Souvenir'), 11, 11, { observed }),
		fixed(h('christmas-day', 'Christmas Day', 'Noël'), 12, 25, { observed }),
		fixed(h('boxing-day', 'Boxing Day', 'Lendemain de Noël'), 12, 26, { observed }),
		// Federal holiday for the funeral of Queen Elizabeth II (proclamation of 2022).
		oneOff(h('national-day-of-mourning', 'National Day of Mourning for Queen Elizabeth II', 'Jour de deuil national pour la reine Elizabeth II'), 2022, 9, 19),
	],
};
