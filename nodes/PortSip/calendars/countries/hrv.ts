// Croatia: Zakon o blagdanima, spomendanima i neradnim danima (NN 110/2019 from 2020; earlier texts
// before). From 2020 Statehood Day is 30 May and 18 November (Remembrance Day) is a holiday; until
// 2019 Statehood Day was 25 June and Independence Day 8 October. No substitute days.
import { CountryDefinition, easter, fixed, h } from '../rules';

export const HRV: CountryDefinition = {
	alpha2: 'HR',
	alpha3: 'HRV',
	name: 'Croatia',
	observedLocalSuffix: '',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Nova godina'), 1, 1),
		fixed(h('epiphany', 'Epiphany', 'Bogojavljenje ili Sveta tri kralja'), 1, 6),
		easter(h('easter-sunday', 'Easter Sunday', 'Uskrs'), 0),
		easter(h('easter-monday', 'Easter Monday', 'Uskrsni ponedjeljak'), 1),
		fixed(h('labour-day', 'Labour Day', 'Praznik rada'), 5, 1),
		fixed(h('statehood-day', 'Statehood Day', 'Dan državnosti'), 5, 30, { from: 2020 }),
		easter(h('corpus-christi', 'Corpus Christi', 'Tijelovo'), 60),
		fixed(h('anti-fascist-struggle-day', 'Anti-Fascist Struggle Day', 'Dan antifašističke borbe'), 6, 22),
		fixed(h('statehood-day-june-25', 'Statehood Day', 'Dan državnosti'), 6, 25, { until: 2019 }),
		fixed(h('victory-day', 'Victory and Homeland Thanksgiving Day', 'Dan pobjede i domovinske zahvalnosti'), 8, 5),
		fixed(h('assumption-day', 'Assumption Day', 'Velika Gospa'), 8, 15),
		fixed(h('independence-day', 'Independence Day', 'Dan neovisnosti'), 10, 8, { until: 2019 }),
		fixed(h('all-saints-day', "All Saints' Day", 'Svi sveti'), 11, 1),
		fixed(h('remembrance-day', 'Remembrance Day', 'Dan sjećanja na žrtve Domovinskog rata'), 11, 18, { from: 2020 }),
		fixed(h('christmas-day', 'Christmas Day', 'Božić'), 12, 25),
		fixed(h('st-stephens-day', "St Stephen's Day", 'Sveti Stjepan'), 12, 26),
	],
};
