// Sweden: the public holidays of Lag (1989:253) om allmänna helgdagar. National Day (6 June)
// replaced Whit Monday from 2005. Midsummer Eve, Christmas Eve and New Year's Eve are customary
// days off (de facto), not public holidays, and are not included.
import { SATURDAY } from '../dates';
import { CountryDefinition, easter, fixed, h, weekdayFrom } from '../rules';

export const SWE: CountryDefinition = {
	alpha2: 'SE',
	alpha3: 'SWE',
	name: 'Sweden',
	observedLocalSuffix: '(observerad)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Nyårsdagen'), 1, 1),
		fixed(h('epiphany', 'Epiphany', 'Trettondedag jul'), 1, 6),
		easter(h('good-friday', 'Good Friday', 'Långfredagen'), -2),
		easter(h('easter-sunday', 'Easter Sunday', 'Påskdagen'), 0),
		easter(h('easter-monday', 'Easter Monday', 'Annandag påsk'), 1),
		fixed(h('may-day', 'May Day', 'Första maj'), 5, 1),
		easter(h('ascension-day', 'Ascension Day', 'Kristi himmelsfärds dag'), 39),
		easter(h('whit-sunday', 'Whit Sunday', 'Pingstdagen'), 49),
		easter(h('whit-monday', 'Whit Monday', 'Annandag pingst'), 50, { until: 2004 }),
		fixed(h('national-day', 'National Day of Sweden', 'Sveriges nationaldag'), 6, 6, { from: 2005 }),
		// Saturday between 20 and 26 June.
		weekdayFrom(h('midsummer-day', 'Midsummer Day', 'Midsommardagen'), 6, 20, SATURDAY),
		// Saturday between 31 October and 6 November.
		weekdayFrom(h('all-saints-day', "All Saints' Day", 'Alla helgons dag'), 10, 31, SATURDAY),
		fixed(h('christmas-day', 'Christmas Day', 'Juldagen'), 12, 25),
		fixed(h('st-stephens-day', "St Stephen's Day", 'Annandag jul'), 12, 26),
	],
};
