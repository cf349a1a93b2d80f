// Hungary: the public holidays (munkaszüneti napok) of the Labour Code (Mt. 102. §); Good Friday
// added from 2017. The yearly bridge days (rest days worked off on a Saturday) are not holidays.
import { CountryDefinition, easter, fixed, h } from '../rules';

export const HUN: CountryDefinition = {
	alpha2: 'HU',
	alpha3: 'HUN',
	name: 'Hungary',
	observedLocalSuffix: '(áthelyezett)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Újév'), 1, 1),
		fixed(h('national-day-1848', 'National Day (1848 Revolution)', 'Nemzeti ünnep'), 3, 15),
		easter(h('good-friday', 'Good Friday', 'Nagypéntek'), -2, { from: 2017 }),
		easter(h('easter-sunday', 'Easter Sunday', 'Húsvétvasárnap'), 0),
		easter(h('easter-monday', 'Easter Monday', 'Húsvéthétfő'), 1),
		fixed(h('labour-day', 'Labour Day', 'A munka ünnepe'), 5, 1),
		easter(h('whit-sunday', 'Whit Sunday', 'Pünkösdvasárnap'), 49),
		easter(h('whit-monday', 'Whit Monday', 'Pünkösdhétfő'), 50),
		fixed(h('state-foundation-day', 'State Foundation Day', 'Az államalapítás ünnepe'), 8, 20),
		fixed(h('national-day-1956', 'National Day (1956 Revolution)', 'Nemzeti ünnep'), 10, 23),
		fixed(h('all-saints-day', "All Saints' Day", 'Mindenszentek'), 11, 1),
		fixed(h('christmas-day', 'Christmas Day', 'Karácsony'), 12, 25),
		fixed(h('second-day-of-christmas', 'Second Day of Christmas', 'Karácsony másnapja'), 12, 26),
	],
};
