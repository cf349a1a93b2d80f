// Germany: only the holidays observed in all 16 Länder (German Unity Day is federal, the others are
// in every Land's holiday law); regional ones (Epiphany, Corpus Christi, Reformation Day...) are not.
import { CountryDefinition, easter, fixed, h, oneOff } from '../rules';

export const DEU: CountryDefinition = {
	alpha2: 'DE',
	alpha3: 'DEU',
	name: 'Germany',
	observedLocalSuffix: '(beobachtet)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Neujahr'), 1, 1),
		easter(h('good-friday', 'Good Friday', 'Karfreitag'), -2),
		easter(h('easter-monday', 'Easter Monday', 'Ostermontag'), 1),
		fixed(h('labour-day', 'Labour Day', 'Tag der Arbeit'), 5, 1),
		easter(h('ascension-day', 'Ascension Day', 'Christi Himmelfahrt'), 39),
		easter(h('whit-monday', 'Whit Monday', 'Pfingstmontag'), 50),
		fixed(h('german-unity-day', 'German Unity Day', 'Tag der Deutschen Einheit'), 10, 3),
		fixed(h('christmas-day', 'Christmas Day', 'Erster Weihnachtstag'), 12, 25),
		fixed(h('st-stephens-day', "St Stephen's Day", 'Zweiter Weihnachtstag'), 12, 26),
		// 500th anniversary of the Reformation: a one-time holiday in all Länder.
		oneOff(h('reformation-day', 'Reformation Day (500th anniversary)', 'Reformationstag'), 2017, 10, 31),
	],
};
