// Estonia: Pühade ja tähtpäevade seadus § 2 (public holidays). Christmas Eve from 2005. No substitute days.
import { CountryDefinition, easter, fixed, h } from '../rules';

export const EST: CountryDefinition = {
	alpha2: 'EE',
	alpha3: 'EST',
	name: 'Estonia',
	observedLocalSuffix: '',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Uusaasta'), 1, 1),
		fixed(h('independence-day', 'Independence Day', 'Iseseisvuspäev'), 2, 24),
		easter(h('good-friday', 'Good Friday', 'Suur reede'), -2),
		easter(h('easter-sunday', 'Easter Sunday', 'Ülestõusmispühade 1. püha'), 0),
		fixed(h('spring-day', 'Spring Day', 'Kevadpüha'), 5, 1),
		easter(h('whit-sunday', 'Whit Sunday', 'Nelipühade 1. püha'), 49),
		fixed(h('victory-day', 'Victory Day', 'Võidupüha'), 6, 23),
		fixed(h('midsummer-day', 'Midsummer Day', 'Jaanipäev'), 6, 24),
		fixed(h('restoration-of-independence-day', 'Day of Restoration of Independence', 'Taasiseseisvumispäev'), 8, 20),
		fixed(h('christmas-eve', 'Christmas Eve', 'Jõululaupäev'), 12, 24, { from: 2005 }),
		fixed(h('christmas-day', 'Christmas Day', 'Esimene jõulupüha'), 12, 25),
		fixed(h('second-day-of-christmas', 'Second Day of Christmas', 'Teine jõulupüha'), 12, 26),
	],
};
