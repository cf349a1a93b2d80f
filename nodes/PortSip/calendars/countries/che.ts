// Switzerland: the federal holiday (Swiss National Day, art. 110 Federal Constitution) plus the
// holidays that all 26 cantons observe: New Year's Day, Ascension Day and Christmas Day. Days
// observed by most but not all cantons (Good Friday, Easter/Whit Monday, 2 Jan, 26 Dec) are left out.
import { MONDAY, SUNDAY, THURSDAY, addDays, date, easterGregorian, nthWeekdayOfMonth, sameDate, weekday } from '../dates';
import { CountryDefinition, Rule, SubdivisionDefinition, custom, easter, fixed, h } from '../rules';

// The cantons' public holidays (days equal to Sundays by cantonal law, ArG art. 20a), as the Federal
// Office of Justice lists them ("Gesetzliche Feiertage", bj.admin.ch). Days that are customary but not
// law (Berchtoldstag in Zurich, 1 May in Solothurn as a half day), optional days some cantons leave to
// municipalities or employers, and days of single municipalities (Sechseläuten and Knabenschiessen in
// the city of Zurich) are left out.
const berchtold = fixed(h('st-berchtolds-day', "St Berchtold's Day", 'Berchtoldstag'), 1, 2);
const epiphany = fixed(h('epiphany', 'Epiphany', 'Heilige Drei Könige'), 1, 6);
const stJoseph = fixed(h('st-josephs-day', "St Joseph's Day", 'Josefstag'), 3, 19);
const goodFriday = easter(h('good-friday', 'Good Friday', 'Karfreitag'), -2);
const easterMonday = easter(h('easter-monday', 'Easter Monday', 'Ostermontag'), 1);
const labourDay = fixed(h('labour-day', 'Labour Day', 'Tag der Arbeit'), 5, 1);
const whitMonday = easter(h('whit-monday', 'Whit Monday', 'Pfingstmontag'), 50);
const corpusChristi = easter(h('corpus-christi', 'Corpus Christi', 'Fronleichnam'), 60);
const assumption = fixed(h('assumption-day', 'Assumption Day', 'Mariä Himmelfahrt'), 8, 15);
const allSaints = fixed(h('all-saints-day', "All Saints' Day", 'Allerheiligen'), 11, 1);
const immaculate = fixed(h('immaculate-conception', 'Immaculate Conception', 'Mariä Empfängnis'), 12, 8);
const stStephen = fixed(h('st-stephens-day', "St Stephen's Day", 'Stephanstag'), 12, 26);
// Appenzell and Uri: no St Stephen's Day when it is a Tuesday or a Saturday (Christmas on Monday or Friday).
const stStephenUnlessBridge = custom(h('st-stephens-day', "St Stephen's Day", 'Stephanstag'), (y) => {
	const d = date(y, 12, 26);
	return weekday(d) === 2 || weekday(d) === 6 ? null : d;
});
// Neuchâtel: 2 January and 26 December only when they are Mondays (1 January / Christmas on a Sunday).
const onlyMonday = (key: string, name: string, local: string, month: number, day: number) =>
	custom(h(key, name, local), (y) => (weekday(date(y, month, day)) === MONDAY ? date(y, month, day) : null));
// Näfelser Fahrt: first Thursday of April, a week later when that is Maundy Thursday.
const naefels = custom(h('naefelser-fahrt', 'Näfels Pilgrimage', 'Näfelser Fahrt'), (y) => {
	const first = nthWeekdayOfMonth(y, 4, THURSDAY, 1);
	return sameDate(first, addDays(easterGregorian(y), -3)) ? addDays(first, 7) : first;
});
// Jeûne genevois: the Thursday after the first Sunday of September.
const genevaFast = custom(h('geneva-fast', 'Geneva Fast', 'Jeûne genevois'), (y) => addDays(nthWeekdayOfMonth(y, 9, SUNDAY, 1), 4));
// Lundi du Jeûne: the Monday after the Federal Fast (third Sunday of September).
const fastMonday = custom(h('fast-monday', 'Federal Fast Monday', 'Lundi du Jeûne fédéral'), (y) => addDays(nthWeekdayOfMonth(y, 9, SUNDAY, 3), 1));

const canton = (code: string, name: string, rules: Rule[]): SubdivisionDefinition => ({ code: `CH-${code}`, name, rules });

const CANTONS: SubdivisionDefinition[] = [
	canton('AG', 'Aargau', [berchtold, goodFriday, easterMonday, labourDay, whitMonday, corpusChristi, assumption, allSaints, immaculate, stStephen]),
	canton('AI', 'Appenzell Innerrhoden', [goodFriday, easterMonday, whitMonday, corpusChristi, assumption, allSaints, immaculate, stStephenUnlessBridge]),
	canton('AR', 'Appenzell Ausserrhoden', [goodFriday, easterMonday, whitMonday, stStephenUnlessBridge]),
	canton('BE', 'Bern', [berchtold, goodFriday, easterMonday, whitMonday, stStephen]),
	canton('BL', 'Basel-Landschaft', [goodFriday, easterMonday, labourDay, whitMonday, stStephen]),
	canton('BS', 'Basel-Stadt', [goodFriday, easterMonday, labourDay, whitMonday, stStephen]),
	canton('FR', 'Fribourg', [goodFriday]),
	canton('GE', 'Geneva', [goodFriday, easterMonday, whitMonday, genevaFast, fixed(h('restoration-day', 'Restoration of the Republic', 'Restauration de la République'), 12, 31)]),
	canton('GL', 'Glarus', [naefels, goodFriday, easterMonday, whitMonday, allSaints, stStephen]),
	canton('GR', 'Graubünden', [easterMonday, whitMonday, stStephen]),
	canton('JU', 'Jura', [berchtold, goodFriday, easterMonday, labourDay, whitMonday, corpusChristi, fixed(h('independence-day', 'Jura Independence Day', 'Fête de l’Indépendance jurassienne'), 6, 23), assumption, allSaints]),
	canton('LU', 'Lucerne', [berchtold, goodFriday, easterMonday, whitMonday, corpusChristi, assumption, allSaints, immaculate, stStephen]),
	canton('NE', 'Neuchâtel', [
		onlyMonday('st-berchtolds-day', "St Berchtold's Day", 'Lendemain du Nouvel An', 1, 2),
		fixed(h('republic-day', 'Republic Day', 'Instauration de la République'), 3, 1),
		goodFriday, labourDay, corpusChristi,
		onlyMonday('st-stephens-day', "St Stephen's Day", 'Lendemain de Noël', 12, 26),
	]),
	canton('NW', 'Nidwalden', [stJoseph, goodFriday, corpusChristi, assumption, allSaints, immaculate]),
	canton('OW', 'Obwalden', [goodFriday, corpusChristi, assumption, fixed(h('brother-klaus', 'St Nicholas of Flüe', 'Bruder Klaus'), 9, 25), allSaints, immaculate]),
	canton('SG', 'St. Gallen', [goodFriday, easterMonday, whitMonday, allSaints, stStephen]),
	canton('SH', 'Schaffhausen', [goodFriday, easterMonday, labourDay, whitMonday, stStephen]),
	canton('SO', 'Solothurn', [goodFriday]),
	canton('SZ', 'Schwyz', [epiphany, stJoseph, goodFriday, easterMonday, whitMonday, corpusChristi, assumption, allSaints, immaculate, stStephen]),
	canton('TG', 'Thurgau', [berchtold, goodFriday, easterMonday, labourDay, whitMonday, stStephen]),
	canton('TI', 'Ticino', [epiphany, stJoseph, easterMonday, labourDay, whitMonday, corpusChristi, fixed(h('st-peter-and-paul', 'Saints Peter and Paul', 'San Pietro e Paolo'), 6, 29), assumption, allSaints, immaculate, stStephen]),
	canton('UR', 'Uri', [epiphany, stJoseph, goodFriday, easterMonday, whitMonday, corpusChristi, assumption, allSaints, immaculate, stStephenUnlessBridge]),
	canton('VD', 'Vaud', [berchtold, goodFriday, easterMonday, whitMonday, fastMonday]),
	canton('VS', 'Valais', [stJoseph, corpusChristi, assumption, allSaints, immaculate]),
	canton('ZG', 'Zug', [goodFriday, corpusChristi, assumption, allSaints, immaculate]),
	canton('ZH', 'Zurich', [goodFriday, easterMonday, labourDay, whitMonday, stStephen]),
];

export const CHE: CountryDefinition = {
	alpha2: 'CH',
	alpha3: 'CHE',
	name: 'Switzerland',
	observedLocalSuffix: '(beobachtet)',
	subdivisions: CANTONS,
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Neujahr'), 1, 1),
		easter(h('ascension-day', 'Ascension Day', 'Auffahrt'), 39),
		fixed(h('national-day', 'Swiss National Day', 'Bundesfeier'), 8, 1),
		fixed(h('christmas-day', 'Christmas Day', 'Weihnachten'), 12, 25),
	],
};
