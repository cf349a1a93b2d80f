// Colombia: Ley 51 de 1983 ("Ley Emiliani"): Epiphany, St Joseph, Sts Peter and Paul, Assumption,
// Columbus Day, All Saints and Independence of Cartagena move to the next Monday when they fall on
// another day; Ascension, Corpus Christi and Sacred Heart are Mondays (Easter + 43, + 64, + 71).
import { MONDAY, date, weekdayOnOrAfter } from '../dates';
import { CountryDefinition, custom, easter, fixed, h } from '../rules';

const nextMonday = (key: string, name: string, localName: string, month: number, day: number) =>
	custom(h(key, name, localName), (y) => weekdayOnOrAfter(date(y, month, day), MONDAY));

export const COL: CountryDefinition = {
	alpha2: 'CO',
	alpha3: 'COL',
	name: 'Colombia',
	observedLocalSuffix: '(trasladado)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Año Nuevo'), 1, 1),
		nextMonday('epiphany', 'Epiphany', 'Día de los Reyes Magos', 1, 6),
		nextMonday('st-josephs-day', "St Joseph's Day", 'Día de San José', 3, 19),
		easter(h('maundy-thursday', 'Maundy Thursday', 'Jueves Santo'), -3),
		easter(h('good-friday', 'Good Friday', 'Viernes Santo'), -2),
		fixed(h('labour-day', 'Labour Day', 'Día del Trabajo'), 5, 1),
		easter(h('ascension-day', 'Ascension Day', 'Ascensión del Señor'), 43),
		easter(h('corpus-christi', 'Corpus Christi', 'Corpus Christi'), 64),
		easter(h('sacred-heart', 'Sacred Heart', 'Sagrado Corazón'), 71),
		nextMonday('st-peter-and-paul', 'Saints Peter and Paul', 'San Pedro y San Pablo', 6, 29),
		fixed(h('independence-day', 'Independence Day', 'Día de la Independencia'), 7, 20),
		fixed(h('battle-of-boyaca', 'Battle of Boyacá', 'Batalla de Boyacá'), 8, 7),
		nextMonday('assumption-day', 'Assumption Day', 'La Asunción', 8, 15),
		nextMonday('columbus-day', 'Columbus Day', 'Día de la Raza', 10, 12),
		nextMonday('all-saints-day', "All Saints' Day", 'Día de Todos los Santos', 11, 1),
		nextMonday('independence-of-cartagena', 'Independence of Cartagena', 'Independencia de Cartagena', 11, 11),
		fixed(h('immaculate-conception', 'Immaculate Conception', 'Inmaculada Concepción'), 12, 8),
		fixed(h('christmas-day', 'Christmas Day', 'Navidad'), 12, 25),
	],
};
