// Austria: the public holidays of the Feiertagsruhegesetz 1957 and the Arbeitsruhegesetz, § 7.
// Good Friday (for Protestants only until 2019) is not included.
import { CountryDefinition, easter, fixed, h } from '../rules';

export const AUT: CountryDefinition = {
	alpha2: 'AT',
	alpha3: 'AUT',
	name: 'Austria',
	observedLocalSuffix: '(beobachtet)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Neujahr'), 1, 1),
		fixed(h('epiphany', 'Epiphany', 'Heilige Drei Könige'), 1, 6),
		easter(h('easter-monday', 'Easter Monday', 'Ostermontag'), 1),
		fixed(h('labour-day', 'National Holiday (Labour Day)', 'Staatsfeiertag'), 5, 1),
		easter(h('ascension-day', 'Ascension Day', 'Christi Himmelfahrt'), 39),
		easter(h('whit-monday', 'Whit Monday', 'Pfingstmontag'), 50),
		easter(h('corpus-christi', 'Corpus Christi', 'Fronleichnam'), 60),
		fixed(h('assumption-day', 'Assumption Day', 'Mariä Himmelfahrt'), 8, 15),
		fixed(h('national-day', 'National Day', 'Nationalfeiertag'), 10, 26),
		fixed(h('all-saints-day', "All Saints' Day", 'Allerheiligen'), 11, 1),
		fixed(h('immaculate-conception', 'Immaculate Conception', 'Mariä Empfängnis'), 12, 8),
		fixed(h('christmas-day', 'Christmas Day', 'Christtag'), 12, 25),
		fixed(h('st-stephens-day', "St Stephen's Day", 'Stefanitag'), 12, 26),
	],
};
