// Germany: only the holidays observed in all 16 Länder (German Unity Day is federal, the others are
// in every Land's holiday law); regional ones (Epiphany, Corpus Christi, Reformation Day...) are not.
import { WEDNESDAY, date, weekdayOnOrBefore } from '../dates';
import { CountryDefinition, Rule, SubdivisionDefinition, custom, easter, fixed, h, oneOff } from '../rules';

// The Länder's own holidays (each Land's Feiertagsgesetz). Holidays of only some municipalities are
// left out: Assumption Day in Bavaria's Catholic municipalities, the Augsburg Peace Festival, Corpus
// Christi in parts of Saxony and Thuringia.
const epiphany = fixed(h('epiphany', 'Epiphany', 'Heilige Drei Könige'), 1, 6);
const corpusChristi = easter(h('corpus-christi', 'Corpus Christi', 'Fronleichnam'), 60);
const allSaints = fixed(h('all-saints-day', "All Saints' Day", 'Allerheiligen'), 11, 1);
const assumption = fixed(h('assumption-day', 'Assumption Day', 'Mariä Himmelfahrt'), 8, 15);
const easterSunday = easter(h('easter-sunday', 'Easter Sunday', 'Ostersonntag'), 0);
const whitSunday = easter(h('whit-sunday', 'Whit Sunday', 'Pfingstsonntag'), 49);
const reformation = h('reformation-day', 'Reformation Day', 'Reformationstag');
// the Länder that made Reformation Day a holiday from 2018 (it was one everywhere in 2017)
const reformationFrom2017 = fixed(reformation, 10, 31, { from: 2017 });
const reformationAlways = fixed(reformation, 10, 31);
const womensDay = (from: number) => fixed(h('womens-day', "International Women's Day", 'Internationaler Frauentag'), 3, 8, { from });
// Easter and Whit Sunday are named in Brandenburg's law only (Hesse's § 1 HFeiertagsG counts them as Sundays).
// Buß- und Bettag: the Wednesday before 23 November.
const repentance = custom(h('repentance-day', 'Day of Repentance and Prayer', 'Buß- und Bettag'), (y) => weekdayOnOrBefore(date(y, 11, 22), WEDNESDAY));

const land = (code: string, name: string, rules: Rule[]): SubdivisionDefinition => ({ code: `DE-${code}`, name, rules });

const LAENDER: SubdivisionDefinition[] = [
	land('BW', 'Baden-Württemberg', [epiphany, corpusChristi, allSaints]),
	land('BY', 'Bavaria', [epiphany, corpusChristi, allSaints]),
	land('BE', 'Berlin', [
		womensDay(2019),
		oneOff(h('liberation-day-2020', '75th Anniversary of the End of World War II', '75. Jahrestag der Befreiung vom Nationalsozialismus'), 2020, 5, 8),
		oneOff(h('liberation-day-2025', '80th Anniversary of the End of World War II', '80. Jahrestag der Befreiung vom Nationalsozialismus'), 2025, 5, 8),
	]),
	land('BB', 'Brandenburg', [easterSunday, whitSunday, reformationAlways]),
	land('HB', 'Bremen', [reformationFrom2017]),
	land('HH', 'Hamburg', [reformationFrom2017]),
	land('HE', 'Hesse', [corpusChristi]),
	land('MV', 'Mecklenburg-Western Pomerania', [womensDay(2023), reformationAlways]),
	land('NI', 'Lower Saxony', [reformationFrom2017]),
	land('NW', 'North Rhine-Westphalia', [corpusChristi, allSaints]),
	land('RP', 'Rhineland-Palatinate', [corpusChristi, allSaints]),
	land('SL', 'Saarland', [corpusChristi, assumption, allSaints]),
	land('SN', 'Saxony', [reformationAlways, repentance]),
	land('ST', 'Saxony-Anhalt', [epiphany, reformationAlways]),
	land('SH', 'Schleswig-Holstein', [reformationFrom2017]),
	land('TH', 'Thuringia', [
		fixed(h('world-childrens-day', "World Children's Day", 'Weltkindertag'), 9, 20, { from: 2019 }),
		reformationAlways,
	]),
];

export const DEU: CountryDefinition = {
	alpha2: 'DE',
	alpha3: 'DEU',
	name: 'Germany',
	observedLocalSuffix: '(beobachtet)',
	subdivisions: LAENDER,
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Neujahr'), 1, 1),
		easter(h('good-friday', 'Good Friday', 'Karfreitag'), -2),
		easter(h('easter-monday', 'Easter Monday', 'Ostermontag'), 1),
		fixed(h('labour-day', 'Labour Day', 'Tag der Arbeit'), 5, 1),
		easter(h('ascension-day', 'Ascension Day', 'Christi Himmelfahrt'), 39),
		easter(h('whit-monday', 'Whit Monday', 'Pfingstmontag'), 50),
		fixed(h('german-unity-day', 'German Unity Day', 'Tag der Deutschen Einheit'), 10, 3),
		fixed(h('christmas-day', 'Christmas Day', 'Erster Weihnachtstag'), 12, 25),
		// "Second Day of Christmas", as Germans name it in English (not St Stephen's Day).
		fixed(h('second-day-of-christmas', 'Second Day of Christmas', 'Zweiter Weihnachtstag'), 12, 26),
		// 500th anniversary of the Reformation: a one-time holiday in all Länder.
		oneOff(h('reformation-day', 'Reformation Day (500th anniversary)', 'Reformationstag'), 2017, 10, 31),
	],
};
