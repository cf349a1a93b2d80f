// Poland: the public holidays (dni wolne od pracy) of the Ustawa o dniach wolnych od pracy (1951)
// as amended: Epiphany restored from 2011, Christmas Eve added from 2025.
import { CountryDefinition, easter, fixed, h, oneOff } from '../rules';

export const POL: CountryDefinition = {
	alpha2: 'PL',
	alpha3: 'POL',
	name: 'Poland',
	observedLocalSuffix: '(obchodzone)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Nowy Rok'), 1, 1),
		fixed(h('epiphany', 'Epiphany', 'Święto Trzech Króli'), 1, 6, { from: 2011 }),
		easter(h('easter-sunday', 'Easter Sunday', 'Wielkanoc'), 0),
		easter(h('easter-monday', 'Easter Monday', 'Poniedziałek Wielkanocny'), 1),
		fixed(h('labour-day', 'Labour Day', 'Święto Pracy'), 5, 1),
		fixed(h('constitution-day', 'Constitution Day', 'Święto Konstytucji 3 Maja'), 5, 3),
		easter(h('whit-sunday', 'Whit Sunday', 'Zielone Świątki'), 49),
		easter(h('corpus-christi', 'Corpus Christi', 'Boże Ciało'), 60),
		fixed(h('assumption-day', 'Assumption Day', 'Wniebowzięcie Najświętszej Maryi Panny'), 8, 15),
		fixed(h('all-saints-day', "All Saints' Day", 'Wszystkich Świętych'), 11, 1),
		fixed(h('independence-day', 'Independence Day', 'Narodowe Święto Niepodległości'), 11, 11),
		fixed(h('christmas-eve', 'Christmas Eve', 'Wigilia Bożego Narodzenia'), 12, 24, { from: 2025 }),
		fixed(h('christmas-day', 'Christmas Day', 'Boże Narodzenie (pierwszy dzień)'), 12, 25),
		fixed(h('st-stephens-day', 'Second Day of Christmas', 'Boże Narodzenie (drugi dzień)'), 12, 26),
		// Centenary of independence (Ustawa of 20 November 2018).
		oneOff(h('independence-centenary', 'Centenary of Independence', 'Narodowe Święto Niepodległości (100-lecie)'), 2018, 11, 12),
	],
};
