// Uruguay: the paid holidays (feriados no laborables) of Ley 12.590 and its amendments: 1 January,
// 1 May, 18 July, 25 August and 25 December. The other national holidays (Carnival, Tourism Week,
// 6 January, 19 April, 18 May, 19 June, 12 October, 2 November) are working days for private employers
// (feriados laborables) and are not included.
import { CountryDefinition, fixed, h } from '../rules';

export const URY: CountryDefinition = {
	alpha2: 'UY',
	alpha3: 'URY',
	name: 'Uruguay',
	observedLocalSuffix: '',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Año Nuevo'), 1, 1),
		fixed(h('labour-day', "Workers' Day", 'Día de los Trabajadores'), 5, 1),
		fixed(h('constitution-day', 'Constitution Day', 'Jura de la Constitución'), 7, 18),
		fixed(h('independence-day', 'Independence Day', 'Declaratoria de la Independencia'), 8, 25),
		fixed(h('christmas-day', 'Christmas Day', 'Día de la Familia'), 12, 25),
	],
};
