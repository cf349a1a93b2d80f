// Bulgaria: the official holidays of the Labour Code, art. 154. A fixed holiday on a Saturday or Sunday
// gives the next working day off (art. 154(2)); the Easter days (Orthodox) have no substitute. 1 November
// (National Awakening Day) is a school holiday but a working day. Working days moved by a yearly Council
// of Ministers decision (bridge days) are not included.
import { CountryDefinition, fixed, h, orthodoxEaster, weekendToNextFree as observed } from '../rules';

export const BGR: CountryDefinition = {
	alpha2: 'BG',
	alpha3: 'BGR',
	name: 'Bulgaria',
	observedLocalSuffix: '(почивен ден)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Нова година'), 1, 1, { observed }),
		fixed(h('liberation-day', 'Liberation Day', 'Ден на Освобождението'), 3, 3, { observed }),
		orthodoxEaster(h('good-friday', 'Good Friday', 'Велики петък'), -2),
		orthodoxEaster(h('holy-saturday', 'Holy Saturday', 'Велика събота'), -1),
		orthodoxEaster(h('easter-sunday', 'Easter Sunday', 'Великден'), 0),
		orthodoxEaster(h('easter-monday', 'Easter Monday', 'Великден (втори ден)'), 1),
		fixed(h('labour-day', 'Labour Day', 'Ден на труда'), 5, 1, { observed }),
		fixed(h('st-georges-day', "St George's Day (Army Day)", 'Гергьовден'), 5, 6, { observed }),
		fixed(h('culture-day', 'Education, Culture and Slavonic Literature Day', 'Ден на българската просвета и култура'), 5, 24, { observed }),
		fixed(h('unification-day', 'Unification Day', 'Ден на Съединението'), 9, 6, { observed }),
		fixed(h('independence-day', 'Independence Day', 'Ден на Независимостта'), 9, 22, { observed }),
		fixed(h('christmas-eve', 'Christmas Eve', 'Бъдни вечер'), 12, 24, { observed }),
		fixed(h('christmas-day', 'Christmas Day', 'Рождество Христово'), 12, 25, { observed }),
		fixed(h('second-day-of-christmas', 'Second Day of Christmas', 'Рождество Христово (втори ден)'), 12, 26, { observed }),
	],
};
