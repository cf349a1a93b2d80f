// Malta: the national and public holidays of the National Holidays and Other Public Holidays Act
// (Cap. 252). A holiday on a weekend gives an extra day of leave (since 2021), not a fixed substitute day,
// so none is listed.
import { CountryDefinition, easter, fixed, h } from '../rules';

export const MLT: CountryDefinition = {
	alpha2: 'MT',
	alpha3: 'MLT',
	name: 'Malta',
	observedLocalSuffix: '',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'L-Ewwel tas-Sena'), 1, 1),
		fixed(h('st-pauls-shipwreck', "Feast of St Paul's Shipwreck", 'Il-Festa tan-Nawfraġju ta’ San Pawl'), 2, 10),
		fixed(h('st-josephs-day', "Feast of St Joseph", 'Il-Festa ta’ San Ġużepp'), 3, 19),
		fixed(h('freedom-day', 'Freedom Day', 'Jum il-Ħelsien'), 3, 31),
		easter(h('good-friday', 'Good Friday', 'Il-Ġimgħa l-Kbira'), -2),
		fixed(h('labour-day', "Workers' Day", 'Jum il-Ħaddiem'), 5, 1),
		fixed(h('sette-giugno', 'Sette Giugno', 'Sette Giugno'), 6, 7),
		fixed(h('st-peter-and-paul', 'Feast of St Peter and St Paul (Mnarja)', 'L-Imnarja'), 6, 29),
		fixed(h('assumption-day', 'Feast of the Assumption', 'Santa Marija'), 8, 15),
		fixed(h('victory-day', 'Victory Day', 'Jum il-Vitorja'), 9, 8),
		fixed(h('independence-day', 'Independence Day', 'Jum l-Indipendenza'), 9, 21),
		fixed(h('immaculate-conception', 'Feast of the Immaculate Conception', 'Il-Kunċizzjoni'), 12, 8),
		fixed(h('republic-day', 'Republic Day', 'Jum ir-Repubblika'), 12, 13),
		fixed(h('christmas-day', 'Christmas Day', 'Il-Milied'), 12, 25),
	],
};
