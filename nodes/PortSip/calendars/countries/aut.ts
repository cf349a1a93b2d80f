// Austria: the public holidays of the Feiertagsruhegesetz 1957 and the Arbeitsruhegesetz, § 7.
// Good Friday (for Protestants only until 2019) is not included.
import { CountryDefinition, SubdivisionDefinition, easter, fixed, h } from '../rules';

// The nine Länder have no public holidays of their own: the Arbeitsruhegesetz (§ 7) and the
// Feiertagsruhegesetz are federal law, the same everywhere. A Land patron's day (St Leopold in Vienna
// and Lower Austria, St Joseph in Carinthia, Styria, Tyrol and Vorarlberg, St Florian in Upper Austria,
// St Rupert in Salzburg, St Martin in Burgenland, 10 October in Carinthia) closes schools and the
// Land's offices but is a working day for businesses, so it is not included.
const BUNDESLAENDER: SubdivisionDefinition[] = [
	['1', 'Burgenland'], ['2', 'Carinthia'], ['3', 'Lower Austria'], ['4', 'Upper Austria'], ['5', 'Salzburg'],
	['6', 'Styria'], ['7', 'Tyrol'], ['8', 'Vorarlberg'], ['9', 'Vienna'],
].map(([code, name]) => ({ code: `AT-${code}`, name, rules: [] }));

export const AUT: CountryDefinition = {
	alpha2: 'AT',
	alpha3: 'AUT',
	name: 'Austria',
	observedLocalSuffix: '(beobachtet)',
	subdivisions: BUNDESLAENDER,
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
