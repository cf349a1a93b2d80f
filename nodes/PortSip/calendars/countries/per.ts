// Peru: the public holidays of Decreto Legislativo 713 and the laws adding days: Battle of Ayacucho
// (9 December) from 2022 (Ley 31624), Peruvian Air Force Day (23 July) from 2023 and Flag Day (7 June)
// from 2024 (Ley 31788), Battle of Junín (6 August) from 2024 (Ley 31906). Non-working days that the
// government declares for the public sector are not included. No substitute days.
import { CountryDefinition, easter, fixed, h } from '../rules';

export const PER: CountryDefinition = {
	alpha2: 'PE',
	alpha3: 'PER',
	name: 'Peru',
	observedLocalSuffix: '',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Año Nuevo'), 1, 1),
		easter(h('maundy-thursday', 'Maundy Thursday', 'Jueves Santo'), -3),
		easter(h('good-friday', 'Good Friday', 'Viernes Santo'), -2),
		fixed(h('labour-day', 'Labour Day', 'Día del Trabajo'), 5, 1),
		fixed(h('flag-day', 'Flag Day (Battle of Arica)', 'Batalla de Arica y Día de la Bandera'), 6, 7, { from: 2024 }),
		fixed(h('st-peter-and-paul', 'Saints Peter and Paul', 'San Pedro y San Pablo'), 6, 29),
		fixed(h('air-force-day', 'Peruvian Air Force Day', 'Día de la Fuerza Aérea del Perú'), 7, 23, { from: 2023 }),
		fixed(h('independence-day', 'Independence Day', 'Fiestas Patrias'), 7, 28),
		fixed(h('independence-day-2', 'Independence Day (second day)', 'Fiestas Patrias'), 7, 29),
		fixed(h('battle-of-junin', 'Battle of Junín', 'Batalla de Junín'), 8, 6, { from: 2024 }),
		fixed(h('santa-rosa', 'Saint Rose of Lima', 'Santa Rosa de Lima'), 8, 30),
		fixed(h('battle-of-angamos', 'Battle of Angamos', 'Combate de Angamos'), 10, 8),
		fixed(h('all-saints-day', "All Saints' Day", 'Todos los Santos'), 11, 1),
		fixed(h('immaculate-conception', 'Immaculate Conception', 'Inmaculada Concepción'), 12, 8),
		fixed(h('battle-of-ayacucho', 'Battle of Ayacucho', 'Batalla de Ayacucho'), 12, 9, { from: 2022 }),
		fixed(h('christmas-day', 'Christmas Day', 'Navidad'), 12, 25),
	],
};
