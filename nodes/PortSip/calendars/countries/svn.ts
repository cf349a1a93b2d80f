// Slovenia: Zakon o praznikih in dela prostih dnevih. 2 January was not a day off in 2013-2016. No
// substitute days.
import { CountryDefinition, easter, fixed, h } from '../rules';

export const SVN: CountryDefinition = {
	alpha2: 'SI',
	alpha3: 'SVN',
	name: 'Slovenia',
	observedLocalSuffix: '',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Novo leto'), 1, 1),
		fixed(h('new-years-day-2', "New Year's Day (second day)", 'Novo leto'), 1, 2, { skip: [2013, 2014, 2015, 2016] }),
		fixed(h('preseren-day', 'Prešeren Day', 'Prešernov dan'), 2, 8),
		easter(h('easter-sunday', 'Easter Sunday', 'Velika noč'), 0),
		easter(h('easter-monday', 'Easter Monday', 'Velikonočni ponedeljek'), 1),
		fixed(h('resistance-day', 'Day of Uprising Against Occupation', 'Dan upora proti okupatorju'), 4, 27),
		fixed(h('labour-day', 'Labour Day', 'Praznik dela'), 5, 1),
		fixed(h('labour-day-2', 'Labour Day (second day)', 'Praznik dela'), 5, 2),
		easter(h('whit-sunday', 'Whit Sunday', 'Binkošti'), 49),
		fixed(h('statehood-day', 'Statehood Day', 'Dan državnosti'), 6, 25),
		fixed(h('assumption-day', 'Assumption Day', 'Marijino vnebovzetje'), 8, 15),
		fixed(h('reformation-day', 'Reformation Day', 'Dan reformacije'), 10, 31),
		fixed(h('remembrance-day', 'Day of Remembrance for the Dead', 'Dan spomina na mrtve'), 11, 1),
		fixed(h('christmas-day', 'Christmas Day', 'Božič'), 12, 25),
		fixed(h('independence-and-unity-day', 'Independence and Unity Day', 'Dan samostojnosti in enotnosti'), 12, 26),
	],
};
