// Mexico: the mandatory rest days of the Ley Federal del Trabajo, art. 74 (election days, which
// vary, are not included). The reform published 17 January 2006 moved three holidays to Mondays;
// by its 2nd transitory article Juárez's day stayed on 21 March in 2006, his bicentenary.
import { MONDAY, date } from '../dates';
import { CountryDefinition, custom, fixed, h, nthWeekday } from '../rules';

const constitution = h('constitution-day', 'Constitution Day', 'Día de la Constitución');
const juarez = h('benito-juarez-day', "Benito Juárez's Birthday", 'Natalicio de Benito Juárez');
const revolution = h('revolution-day', 'Revolution Day', 'Día de la Revolución');

export const MEX: CountryDefinition = {
	alpha2: 'MX',
	alpha3: 'MEX',
	name: 'Mexico',
	observedLocalSuffix: '(observado)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Año Nuevo'), 1, 1),
		fixed(constitution, 2, 5, { until: 2005 }),
		nthWeekday(constitution, 2, MONDAY, 1, { from: 2006 }),
		fixed(juarez, 3, 21, { until: 2006 }),
		nthWeekday(juarez, 3, MONDAY, 3, { from: 2007 }),
		fixed(h('labour-day', 'Labour Day', 'Día del Trabajo'), 5, 1),
		fixed(h('independence-day', 'Independence Day', 'Día de la Independencia'), 9, 16),
		fixed(revolution, 11, 20, { until: 2005 }),
		nthWeekday(revolution, 11, MONDAY, 3, { from: 2006 }),
		// Every six years; 1 December until 2018, 1 October from 2024 (2014 constitutional reform).
		custom(h('transmission-of-executive-power', 'Transmission of Federal Executive Power', 'Transmisión del Poder Ejecutivo Federal'), (y) =>
			(y - 2000) % 6 !== 0 ? null : y <= 2018 ? date(y, 12, 1) : date(y, 10, 1),
		),
		fixed(h('christmas-day', 'Christmas Day', 'Navidad'), 12, 25),
	],
};
