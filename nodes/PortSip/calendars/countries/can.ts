// Canada: the federal general holidays of the Canada Labour Code s.166 (federally regulated
// workplaces); provincial holidays (Family Day, Civic Holiday, Easter Monday...) are not included.
// Fixed-date holidays on a Saturday or Sunday are observed on the next free weekday, as the federal
// public service does (Holidays Act: Canada Day on a Sunday -> 2 July); Christmas on Saturday ->
// Monday 27, Boxing Day -> Tuesday 28. Local names are in French, the other official language.
import { MONDAY, addDays, date, weekdayOnOrBefore } from '../dates';
import { CountryDefinition, custom, easter, fixed, h, nthWeekday, oneOff, weekendToNextFree as observed } from '../rules';

export const CAN: CountryDefinition = {
	alpha2: 'CA',
	alpha3: 'CAN',
	name: 'Canada',
	observedLocalSuffix: '(observé)',
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
