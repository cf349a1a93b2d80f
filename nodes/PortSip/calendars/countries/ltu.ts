// Lithuania: Darbo kodeksas, art. 123 (and the earlier code). All Souls' Day (2 November) from 2020,
// Christmas Eve from 2012. No substitute days.
import { SUNDAY } from '../dates';
import { CountryDefinition, easter, fixed, h, nthWeekday } from '../rules';

export const LTU: CountryDefinition = {
	alpha2: 'LT',
	alpha3: 'LTU',
	name: 'Lithuania',
	observedLocalSuffix: '',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Naujieji metai'), 1, 1),
		fixed(h('restoration-of-the-state-day', 'Day of Restoration of the State of Lithuania', 'Lietuvos valstybės atkūrimo diena'), 2, 16),
		fixed(h('restoration-of-independence-day', 'Day of Restoration of Independence of Lithuania', 'Lietuvos nepriklausomybės atkūrimo diena'), 3, 11),
		easter(h('easter-sunday', 'Easter Sunday', 'Velykos'), 0),
		easter(h('easter-monday', 'Easter Monday', 'Antroji Velykų diena'), 1),
		fixed(h('labour-day', 'International Workers’ Day', 'Tarptautinė darbo diena'), 5, 1),
		nthWeekday(h('mothers-day', "Mother's Day", 'Motinos diena'), 5, SUNDAY, 1),
		nthWeekday(h('fathers-day', "Father's Day", 'Tėvo diena'), 6, SUNDAY, 1),
		fixed(h('st-johns-day', "St John's Day (Midsummer)", 'Rasos ir Joninių diena'), 6, 24),
		fixed(h('statehood-day', 'Statehood Day', 'Valstybės diena'), 7, 6),
		fixed(h('assumption-day', 'Assumption Day', 'Žolinė'), 8, 15),
		fixed(h('all-saints-day', "All Saints' Day", 'Visų šventųjų diena'), 11, 1),
		fixed(h('all-souls-day', "All Souls' Day", 'Mirusiųjų atminimo diena'), 11, 2, { from: 2020 }),
		fixed(h('christmas-eve', 'Christmas Eve', 'Šv. Kūčios'), 12, 24, { from: 2012 }),
		fixed(h('christmas-day', 'Christmas Day', 'Šv. Kalėdos'), 12, 25),
		fixed(h('second-day-of-christmas', 'Second Day of Christmas', 'Antroji Kalėdų diena'), 12, 26),
	],
};
