// Australia: the holidays observed in every state and territory (the national ones of the Fair Work
// Act's National Employment Standards whose date is the same everywhere). The King's/Queen's
// Birthday is left out because its date differs by state. Substitute days (all states): New Year's
// Day, Australia Day, Christmas and Boxing Day on a weekend -> next free weekday; Anzac Day has no
// national substitute.
import { CountryDefinition, easter, fixed, h, oneOff, weekendToNextFree as observed } from '../rules';

export const AUS: CountryDefinition = {
	alpha2: 'AU',
	alpha3: 'AUS',
	name: 'Australia',
	observedLocalSuffix: '(observed)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", "New Year's Day"), 1, 1, { observed }),
		fixed(h('australia-day', 'Australia Day', 'Australia Day'), 1, 26, { observed }),
		easter(h('good-friday', 'Good Friday', 'Good Friday'), -2),
		easter(h('easter-monday', 'Easter Monday', 'Easter Monday'), 1),
		fixed(h('anzac-day', 'Anzac Day', 'Anzac Day'), 4, 25),
		fixed(h('christmas-day', 'Christmas Day', 'Christmas Day'), 12, 25, { observed }),
		fixed(h('boxing-day', 'Boxing Day', 'Boxing Day'), 12, 26, { observed }),
		oneOff(h('national-day-of-mourning', 'National Day of Mourning for Queen Elizabeth II', 'National Day of Mourning for Queen Elizabeth II'), 2022, 9, 22),
	],
};
