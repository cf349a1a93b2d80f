// Netherlands: the general holidays of the Algemene termijnenwet, art. 3 (Liberation Day included
// every year, although many employers give it off only every fifth year). Good Friday is not a
// general holiday. King's/Queen's Day falling on a Sunday is held on the Saturday before.
import { SUNDAY, addDays, date, weekday } from '../dates';
import { CountryDefinition, custom, easter, fixed, h } from '../rules';

const notOnSunday = (month: number, day: number) => (y: number) => {
	const d = date(y, month, day);
	return weekday(d) === SUNDAY ? addDays(d, -1) : d;
};

export const NLD: CountryDefinition = {
	alpha2: 'NL',
	alpha3: 'NLD',
	name: 'Netherlands',
	observedLocalSuffix: '(verschoven)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Nieuwjaarsdag'), 1, 1),
		easter(h('easter-sunday', 'Easter Sunday', 'Eerste Paasdag'), 0),
		easter(h('easter-monday', 'Easter Monday', 'Tweede Paasdag'), 1),
		custom(h('queens-day', "Queen's Day", 'Koninginnedag'), notOnSunday(4, 30), { until: 2013 }),
		// King Willem-Alexander's birthday, from 2014.
		custom(h('kings-day', "King's Day", 'Koningsdag'), notOnSunday(4, 27), { from: 2014 }),
		fixed(h('liberation-day', 'Liberation Day', 'Bevrijdingsdag'), 5, 5),
		easter(h('ascension-day', 'Ascension Day', 'Hemelvaartsdag'), 39),
		easter(h('whit-sunday', 'Whit Sunday', 'Eerste Pinksterdag'), 49),
		easter(h('whit-monday', 'Whit Monday', 'Tweede Pinksterdag'), 50),
		fixed(h('christmas-day', 'Christmas Day', 'Eerste Kerstdag'), 12, 25),
		fixed(h('boxing-day', 'Boxing Day', 'Tweede Kerstdag'), 12, 26),
	],
};
