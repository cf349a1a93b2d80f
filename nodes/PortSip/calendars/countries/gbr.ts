// United Kingdom: the bank holidays of England and Wales (Banking and Financial Dealings Act 1971
// and royal proclamations) plus Good Friday and Christmas Day, i.e. the gov.uk/bank-holidays list
// for England and Wales; Scotland and Northern Ireland are subdivisions (below).
// A bank holiday on a weekend gets a substitute on the next free weekday.
import { MONDAY } from '../dates';
import { CountryDefinition, SubdivisionDefinition, easter, fixed, h, lastWeekday, nthWeekday, oneOff, weekendToNextFree as observed } from '../rules';

// The nations: England and Wales share the national list; Scotland (Banking and Financial Dealings Act
// 1971 sch. 1 para 2, St Andrew's Day Bank Holiday (Scotland) Act 2007) has 2 January and the first
// Monday of August, not Easter Monday; Northern Ireland adds St Patrick's Day and 12 July. Local
// holidays of Scottish towns are left out.
const NATIONS: SubdivisionDefinition[] = [
	{ code: 'GB-ENG', name: 'England', rules: [] },
	{ code: 'GB-WLS', name: 'Wales', rules: [] },
	{ code: 'GB-EAW', name: 'England and Wales', rules: [] },
	{
		code: 'GB-SCT',
		name: 'Scotland',
		omit: ['easter-monday'],
		rules: [
			fixed(h('second-january', '2nd January', '2nd January'), 1, 2, { observed }),
			nthWeekday(h('summer-bank-holiday', 'Summer bank holiday', 'Summer bank holiday'), 8, MONDAY, 1),
			fixed(h('st-andrews-day', "St Andrew's Day", "St Andrew's Day"), 11, 30, { from: 2007, observed }),
		],
	},
	{
		code: 'GB-NIR',
		name: 'Northern Ireland',
		rules: [
			fixed(h('st-patricks-day', "St Patrick's Day", "St Patrick's Day"), 3, 17, { observed }),
			fixed(h('battle-of-the-boyne', 'Battle of the Boyne (Orangemen’s Day)', 'Battle of the Boyne (Orangemen’s Day)'), 7, 12, { observed }),
		],
	},
];

export const GBR: CountryDefinition = {
	alpha2: 'GB',
	alpha3: 'GBR',
	name: 'United Kingdom',
	observedLocalSuffix: '(substitute day)',
	subdivisions: NATIONS,
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
