// Luxembourg: the legal public holidays of the Code du travail, art. L.232-2 (Europe Day added by the
// law of 26 April 2019). Compensatory days for a holiday on a Sunday are per employee, so none is
// generated. Local names are in French, the language of the legislation.
import { CountryDefinition, easter, fixed, h } from '../rules';

export const LUX: CountryDefinition = {
	alpha2: 'LU',
	alpha3: 'LUX',
	name: 'Luxembourg',
	observedLocalSuffix: '(observé)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Jour de l’An'), 1, 1),
		easter(h('easter-monday', 'Easter Monday', 'Lundi de Pâques'), 1),
		fixed(h('labour-day', 'Labour Day', 'Fête du Travail'), 5, 1),
		fixed(h('europe-day', 'Europe Day', 'Journée de l’Europe'), 5, 9, { from: 2019 }),
		easter(h('ascension-day', 'Ascension Day', 'Ascension'), 39),
		easter(h('whit-monday', 'Whit Monday', 'Lundi de Pentecôte'), 50),
		fixed(h('national-day', 'National Day', 'Fête nationale'), 6, 23),
		fixed(h('assumption-day', 'Assumption Day', 'Assomption'), 8, 15),
		fixed(h('all-saints-day', "All Saints' Day", 'Toussaint'), 11, 1),
		fixed(h('christmas-day', 'Christmas Day', 'Noël'), 12, 25),
		fixed(h('st-stephens-day', "St Stephen's Day", 'Lendemain de Noël'), 12, 26),
	],
};
