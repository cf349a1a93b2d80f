// United Kingdom: the bank holidays of England and Wales (Banking and Financial Dealings Act 1971
// and royal proclamations) plus Good Friday and Christmas Day, i.e. the gov.uk/bank-holidays list
// for England and Wales. Scotland and Northern Ireland differ and are not included.
// A bank holiday on a weekend gets a substitute on the next free weekday.
import { MONDAY } from '../dates';
import { CountryDefinition, easter, fixed, h, lastWeekday, nthWeekday, oneOff, weekendToNextFree as observed } from '../rules';

export const GBR: CountryDefinition = {
	alpha2: 'GB',
	alpha3: 'GBR',
	name: 'United Kingdom',
	observedLocalSuffix: '(substitute day)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", "New Year's Day"), 1, 1, { observed }),
		easter(h('good-friday', 'Good Friday', 'Good Friday'), -2),
		easter(h('easter-monday', 'Easter Monday', 'Easter Monday'), 1),
		// 2020: moved to Friday 8 May for the 75th anniversary of VE Day.
		nthWeekday(h('early-may-bank-holiday', 'Early May bank holiday', 'Early May bank holiday'), 5, MONDAY, 1, { moved: { 2020: [5, 8] } }),
		// Moved for the Golden (2002), Diamond (2012) and Platinum (2022) Jubilees.
		lastWeekday(h('spring-bank-holiday', 'Spring bank holiday', 'Spring bank holiday'), 5, MONDAY, { moved: { 2002: [6, 4], 2012: [6, 4], 2022: [6, 2] } }),
		lastWeekday(h('summer-bank-holiday', 'Summer bank holiday', 'Summer bank holiday'), 8, MONDAY),
		fixed(h('christmas-day', 'Christmas Day', 'Christmas Day'), 12, 25, { observed }),
		fixed(h('boxing-day', 'Boxing Day', 'Boxing Day'), 12, 26, { observed }),
		oneOff(h('golden-jubilee', 'Golden Jubilee bank holiday', 'Golden Jubilee bank holiday'), 2002, 6, 3),
		oneOff(h('royal-wedding', 'Royal wedding bank holiday', 'Royal wedding bank holiday'), 2011, 4, 29),
		oneOff(h('diamond-jubilee', 'Diamond Jubilee bank holiday', 'Diamond Jubilee bank holiday'), 2012, 6, 5),
		oneOff(h('platinum-jubilee', 'Platinum Jubilee bank holiday', 'Platinum Jubilee bank holiday'), 2022, 6, 3),
		oneOff(h('state-funeral', 'State Funeral of Queen Elizabeth II', 'State Funeral of Queen Elizabeth II'), 2022, 9, 19),
		oneOff(h('coronation', 'Bank holiday for the coronation of King Charles III', 'Bank holiday for the coronation of King Charles III'), 2023, 5, 8),
	],
};
