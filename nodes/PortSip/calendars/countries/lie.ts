// Liechtenstein: the public holidays of the Arbeitsgesetz (Art. 18 and its ordinance), the days on which
// work is not done in the whole country. Shrove Tuesday afternoon, Christmas Eve and New Year's Eve
// (customary or part days) are not included. No substitute days.
import { CountryDefinition, easter, fixed, h } from '../rules';

export const LIE: CountryDefinition = {
	alpha2: 'LI',
	alpha3: 'LIE',
	name: 'Liechtenstein',
	observedLocalSuffix: '',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Neujahr'), 1, 1),
		fixed(h('st-berchtolds-day', "St Berchtold's Day", 'Berchtoldstag'), 1, 2),
		fixed(h('epiphany', 'Epiphany', 'Heilige Drei Könige'), 1, 6),
		fixed(h('candlemas', 'Candlemas', 'Mariä Lichtmess'), 2, 2),
		fixed(h('st-josephs-day', "St Joseph's Day", 'Josefstag'), 3, 19),
		easter(h('good-friday', 'Good Friday', 'Karfreitag'), -2),
		easter(h('easter-monday', 'Easter Monday', 'Ostermontag'), 1),
		fixed(h('labour-day', 'Labour Day', 'Tag der Arbeit'), 5, 1),
		easter(h('ascension-day', 'Ascension Day', 'Auffahrt'), 39),
		easter(h('whit-monday', 'Whit Monday', 'Pfingstmontag'), 50),
		easter(h('corpus-christi', 'Corpus Christi', 'Fronleichnam'), 60),
		fixed(h('national-day', 'National Day', 'Staatsfeiertag'), 8, 15),
		fixed(h('nativity-of-mary', 'Nativity of Mary', 'Mariä Geburt'), 9, 8),
		fixed(h('all-saints-day', "All Saints' Day", 'Allerheiligen'), 11, 1),
		fixed(h('immaculate-conception', 'Immaculate Conception', 'Mariä Empfängnis'), 12, 8),
		fixed(h('christmas-day', 'Christmas Day', 'Weihnachten'), 12, 25),
		fixed(h('st-stephens-day', "St Stephen's Day", 'Stephanstag'), 12, 26),
	],
};
