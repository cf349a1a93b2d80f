// Switzerland: the federal holiday (Swiss National Day, art. 110 Federal Constitution) plus the
// holidays that all 26 cantons observe: New Year's Day, Ascension Day and Christmas Day. Days
// observed by most but not all cantons (Good Friday, Easter/Whit Monday, 2 Jan, 26 Dec) are left out.
import { CountryDefinition, easter, fixed, h } from '../rules';

export const CHE: CountryDefinition = {
	alpha2: 'CH',
	alpha3: 'CHE',
	name: 'Switzerland',
	observedLocalSuffix: '(beobachtet)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Neujahr'), 1, 1),
		easter(h('ascension-day', 'Ascension Day', 'Auffahrt'), 39),
		fixed(h('national-day', 'Swiss National Day', 'Bundesfeier'), 8, 1),
		fixed(h('christmas-day', 'Christmas Day', 'Weihnachten'), 12, 25),
	],
};
