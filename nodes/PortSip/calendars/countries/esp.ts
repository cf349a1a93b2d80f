// Spain: the national holidays (fiestas laborales de ámbito nacional, Real Decreto 2001/1983 art. 45)
// that no autonomous community may replace and that the yearly BOE resolution lists for all of Spain.
// Maundy Thursday, 19 March, 25 July, Easter Monday and the Monday after a Sunday holiday vary by
// community and are not included.
import { CountryDefinition, easter, fixed, h } from '../rules';

export const ESP: CountryDefinition = {
	alpha2: 'ES',
	alpha3: 'ESP',
	name: 'Spain',
	observedLocalSuffix: '(trasladado)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Año Nuevo'), 1, 1),
		fixed(h('epiphany', 'Epiphany', 'Epifanía del Señor'), 1, 6),
		easter(h('good-friday', 'Good Friday', 'Viernes Santo'), -2),
		fixed(h('labour-day', 'Labour Day', 'Fiesta del Trabajo'), 5, 1),
		fixed(h('assumption-day', 'Assumption Day', 'Asunción de la Virgen'), 8, 15),
		fixed(h('national-day', 'National Day of Spain', 'Fiesta Nacional de España'), 10, 12),
		fixed(h('all-saints-day', "All Saints' Day", 'Todos los Santos'), 11, 1),
		fixed(h('constitution-day', 'Constitution Day', 'Día de la Constitución Española'), 12, 6),
		fixed(h('immaculate-conception', 'Immaculate Conception', 'Inmaculada Concepción'), 12, 8),
		fixed(h('christmas-day', 'Christmas Day', 'Natividad del Señor'), 12, 25),
	],
};
