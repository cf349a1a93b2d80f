// Finland: the public holidays (yleiset vapaapäivät / kirkolliset juhlapyhät and Independence Day).
// Midsummer Eve and Christmas Eve are customary days off, not public holidays, and are not included.
import { SATURDAY } from '../dates';
import { CountryDefinition, easter, fixed, h, weekdayFrom } from '../rules';

export const FIN: CountryDefinition = {
	alpha2: 'FI',
	alpha3: 'FIN',
	name: 'Finland',
	observedLocalSuffix: '(siirretty)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Uudenvuodenpäivä'), 1, 1),
		fixed(h('epiphany', 'Epiphany', 'Loppiainen'), 1, 6),
		easter(h('good-friday', 'Good Friday', 'Pitkäperjantai'), -2),
		easter(h('easter-sunday', 'Easter Sunday', 'Pääsiäispäivä'), 0),
		easter(h('easter-monday', 'Easter Monday', '2. pääsiäispäivä'), 1),
		fixed(h('may-day', 'May Day', 'Vappu'), 5, 1),
		easter(h('ascension-day', 'Ascension Day', 'Helatorstai'), 39),
		easter(h('whit-sunday', 'Whit Sunday', 'Helluntaipäivä'), 49),
		// Saturday between 20 and 26 June.
		weekdayFrom(h('midsummer-day', 'Midsummer Day', 'Juhannuspäivä'), 6, 20, SATURDAY),
		// Saturday between 31 October and 6 November.
		weekdayFrom(h('all-saints-day', "All Saints' Day", 'Pyhäinpäivä'), 10, 31, SATURDAY),
		fixed(h('independence-day', 'Independence Day', 'Itsenäisyyspäivä'), 12, 6),
		fixed(h('christmas-day', 'Christmas Day', 'Joulupäivä'), 12, 25),
		fixed(h('st-stephens-day', "St Stephen's Day", 'Tapaninpäivä'), 12, 26),
	],
};
