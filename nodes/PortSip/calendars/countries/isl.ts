// Iceland: the public holidays of Lög um 40 stunda vinnuviku (nr. 88/1971) § 6. Christmas Eve and New
// Year's Eve are holidays from noon only (part days) and are not included. No substitute days.
import { THURSDAY, date, weekdayOnOrAfter } from '../dates';
import { CountryDefinition, custom, easter, fixed, h, nthWeekday } from '../rules';

export const ISL: CountryDefinition = {
	alpha2: 'IS',
	alpha3: 'ISL',
	name: 'Iceland',
	observedLocalSuffix: '',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Nýársdagur'), 1, 1),
		easter(h('maundy-thursday', 'Maundy Thursday', 'Skírdagur'), -3),
		easter(h('good-friday', 'Good Friday', 'Föstudagurinn langi'), -2),
		easter(h('easter-sunday', 'Easter Sunday', 'Páskadagur'), 0),
		easter(h('easter-monday', 'Easter Monday', 'Annar í páskum'), 1),
		// the first Thursday after 18 April
		custom(h('first-day-of-summer', 'First Day of Summer', 'Sumardagurinn fyrsti'), (y) => weekdayOnOrAfter(date(y, 4, 19), THURSDAY)),
		fixed(h('labour-day', 'Labour Day', 'Verkalýðsdagurinn'), 5, 1),
		easter(h('ascension-day', 'Ascension Day', 'Uppstigningardagur'), 39),
		easter(h('whit-sunday', 'Whit Sunday', 'Hvítasunnudagur'), 49),
		easter(h('whit-monday', 'Whit Monday', 'Annar í hvítasunnu'), 50),
		fixed(h('national-day', 'National Day', 'Þjóðhátíðardagurinn'), 6, 17),
		nthWeekday(h('commerce-day', 'Commerce Day', 'Frídagur verslunarmanna'), 8, 1, 1),
		fixed(h('christmas-day', 'Christmas Day', 'Jóladagur'), 12, 25),
		fixed(h('second-day-of-christmas', 'Second Day of Christmas', 'Annar í jólum'), 12, 26),
	],
};
