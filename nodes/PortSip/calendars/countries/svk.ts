// Slovakia: Zákon 241/1993 Z. z. (state holidays and days of rest). Constitution Day (1 September) is no
// longer a day off from 2024 (consolidation act of 2023). One-off: 30 October 2018 (centenary of the
// Declaration of the Slovak Nation). No substitute days.
import { CountryDefinition, easter, fixed, h, oneOff } from '../rules';

export const SVK: CountryDefinition = {
	alpha2: 'SK',
	alpha3: 'SVK',
	name: 'Slovakia',
	observedLocalSuffix: '',
	rules: [
		fixed(h('republic-day', 'Day of the Establishment of the Slovak Republic', 'Deň vzniku Slovenskej republiky'), 1, 1),
		fixed(h('epiphany', 'Epiphany', 'Zjavenie Pána'), 1, 6),
		easter(h('good-friday', 'Good Friday', 'Veľký piatok'), -2),
		easter(h('easter-monday', 'Easter Monday', 'Veľkonočný pondelok'), 1),
		fixed(h('labour-day', 'Labour Day', 'Sviatok práce'), 5, 1),
		fixed(h('victory-day', 'Day of Victory over Fascism', 'Deň víťazstva nad fašizmom'), 5, 8),
		fixed(h('cyril-and-methodius', 'St Cyril and St Methodius Day', 'Sviatok svätého Cyrila a svätého Metoda'), 7, 5),
		fixed(h('snp-anniversary', 'Slovak National Uprising Anniversary', 'Výročie Slovenského národného povstania'), 8, 29),
		fixed(h('constitution-day', 'Constitution Day', 'Deň Ústavy Slovenskej republiky'), 9, 1, { until: 2023 }),
		fixed(h('our-lady-of-sorrows', 'Our Lady of Sorrows', 'Sedembolestná Panna Mária'), 9, 15),
		oneOff(h('declaration-centenary', 'Centenary of the Declaration of the Slovak Nation', '100. výročie prijatia Deklarácie slovenského národa'), 2018, 10, 30),
		fixed(h('all-saints-day', "All Saints' Day", 'Sviatok Všetkých svätých'), 11, 1),
		fixed(h('freedom-and-democracy-day', 'Struggle for Freedom and Democracy Day', 'Deň boja za slobodu a demokraciu'), 11, 17, { from: 2001 }),
		fixed(h('christmas-eve', 'Christmas Eve', 'Štedrý deň'), 12, 24),
		fixed(h('christmas-day', 'Christmas Day', 'Prvý sviatok vianočný'), 12, 25),
		fixed(h('second-day-of-christmas', 'Second Day of Christmas', 'Druhý sviatok vianočný'), 12, 26),
	],
};
