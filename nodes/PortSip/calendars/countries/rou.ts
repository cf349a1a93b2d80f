// Romania: Codul muncii, art. 139, with its additions: Orthodox Whit Sunday and Monday from 2008,
// Assumption from 2009, St Andrew's Day from 2012, Union of the Principalities (24 January) and
// Children's Day from 2017, Orthodox Good Friday from 2018, Epiphany and St John (6-7 January) from 2024.
// No substitute days.
import { CountryDefinition, fixed, h, orthodoxEaster } from '../rules';

export const ROU: CountryDefinition = {
	alpha2: 'RO',
	alpha3: 'ROU',
	name: 'Romania',
	observedLocalSuffix: '',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Anul Nou'), 1, 1),
		fixed(h('new-years-day-2', "Day after New Year's Day", 'A doua zi de Anul Nou'), 1, 2),
		fixed(h('epiphany', 'Epiphany', 'Boboteaza'), 1, 6, { from: 2024 }),
		fixed(h('st-john', 'Synaxis of St John the Baptist', 'Sfântul Ioan Botezătorul'), 1, 7, { from: 2024 }),
		fixed(h('union-day', 'Union of the Romanian Principalities', 'Ziua Unirii Principatelor Române'), 1, 24, { from: 2017 }),
		orthodoxEaster(h('good-friday', 'Good Friday', 'Vinerea Mare'), -2, { from: 2018 }),
		orthodoxEaster(h('easter-sunday', 'Easter Sunday', 'Paștele'), 0),
		orthodoxEaster(h('easter-monday', 'Easter Monday', 'A doua zi de Paște'), 1),
		fixed(h('labour-day', 'Labour Day', 'Ziua Muncii'), 5, 1),
		fixed(h('childrens-day', "Children's Day", 'Ziua Copilului'), 6, 1, { from: 2017 }),
		orthodoxEaster(h('whit-sunday', 'Whit Sunday', 'Rusaliile'), 49, { from: 2008 }),
		orthodoxEaster(h('whit-monday', 'Whit Monday', 'A doua zi de Rusalii'), 50, { from: 2008 }),
		fixed(h('assumption-day', 'Assumption Day', 'Adormirea Maicii Domnului'), 8, 15, { from: 2009 }),
		fixed(h('st-andrews-day', "St Andrew's Day", 'Sfântul Andrei'), 11, 30, { from: 2012 }),
		fixed(h('national-day', 'National Day', 'Ziua Națională a României'), 12, 1),
		fixed(h('christmas-day', 'Christmas Day', 'Crăciunul'), 12, 25),
		fixed(h('second-day-of-christmas', 'Second Day of Christmas', 'A doua zi de Crăciun'), 12, 26),
	],
};
