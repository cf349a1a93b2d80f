// Norway: the public holidays (helligdager, lov om helligdager og helligdagsfred) and the official
// flag days with holiday status (1 and 17 May, lov om 1. og 17. mai som høgtidsdager).
import { CountryDefinition, easter, fixed, h } from '../rules';

export const NOR: CountryDefinition = {
	alpha2: 'NO',
	alpha3: 'NOR',
	name: 'Norway',
	observedLocalSuffix: '(observert)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Første nyttårsdag'), 1, 1),
		easter(h('maundy-thursday', 'Maundy Thursday', 'Skjærtorsdag'), -3),
		easter(h('good-friday', 'Good Friday', 'Langfredag'), -2),
		easter(h('easter-sunday', 'Easter Sunday', 'Første påskedag'), 0),
		easter(h('easter-monday', 'Easter Monday', 'Andre påskedag'), 1),
		fixed(h('labour-day', 'Labour Day', 'Arbeidernes dag'), 5, 1),
		fixed(h('constitution-day', 'Constitution Day', 'Grunnlovsdag'), 5, 17),
		easter(h('ascension-day', 'Ascension Day', 'Kristi himmelfartsdag'), 39),
		easter(h('whit-sunday', 'Whit Sunday', 'Første pinsedag'), 49),
		easter(h('whit-monday', 'Whit Monday', 'Andre pinsedag'), 50),
		fixed(h('christmas-day', 'Christmas Day', 'Første juledag'), 12, 25),
		fixed(h('st-stephens-day', "St Stephen's Day", 'Andre juledag'), 12, 26),
	],
};
