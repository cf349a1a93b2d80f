// Denmark: the public holidays (helligdage) of the Church's holiday order; Great Prayer Day was
// abolished from 2024 (Lov nr. 131 of 2023). Constitution Day (5 June), Christmas Eve and New
// Year's Eve are customary days off, not public holidays.
import { CountryDefinition, easter, fixed, h } from '../rules';

export const DNK: CountryDefinition = {
	alpha2: 'DK',
	alpha3: 'DNK',
	name: 'Denmark',
	observedLocalSuffix: '(observeret)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Nytårsdag'), 1, 1),
		easter(h('maundy-thursday', 'Maundy Thursday', 'Skærtorsdag'), -3),
		easter(h('good-friday', 'Good Friday', 'Langfredag'), -2),
		easter(h('easter-sunday', 'Easter Sunday', 'Påskedag'), 0),
		easter(h('easter-monday', 'Easter Monday', 'Anden påskedag'), 1),
		easter(h('great-prayer-day', 'Great Prayer Day', 'Store bededag'), 26, { until: 2023 }),
		easter(h('ascension-day', 'Ascension Day', 'Kristi himmelfartsdag'), 39),
		easter(h('whit-sunday', 'Whit Sunday', 'Pinsedag'), 49),
		easter(h('whit-monday', 'Whit Monday', 'Anden pinsedag'), 50),
		fixed(h('christmas-day', 'Christmas Day', 'Juledag'), 12, 25),
		fixed(h('st-stephens-day', "St Stephen's Day", 'Anden juledag'), 12, 26),
	],
};
