// Serbia: Zakon o državnim i drugim praznicima u Republici Srbiji (2001, amended). A state holiday on a
// Sunday gives the next working day off (art. 3), Orthodox Christmas and Easter excepted.
import { CountryDefinition, fixed, h, orthodoxEaster, sunToNextFree as observed } from '../rules';

export const SRB: CountryDefinition = {
	alpha2: 'RS',
	alpha3: 'SRB',
	name: 'Serbia',
	observedLocalSuffix: '(neradni dan)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Nova godina'), 1, 1, { observed }),
		fixed(h('new-years-day-2', "New Year's Day (second day)", 'Nova godina'), 1, 2, { observed }),
		fixed(h('orthodox-christmas', 'Orthodox Christmas Day', 'Božić'), 1, 7),
		fixed(h('statehood-day', 'Statehood Day', 'Sretenje – Dan državnosti'), 2, 15, { observed }),
		fixed(h('statehood-day-2', 'Statehood Day (second day)', 'Sretenje – Dan državnosti'), 2, 16, { observed }),
		orthodoxEaster(h('good-friday', 'Good Friday', 'Veliki petak'), -2),
		orthodoxEaster(h('holy-saturday', 'Holy Saturday', 'Velika subota'), -1),
		orthodoxEaster(h('easter-sunday', 'Easter Sunday', 'Vaskrs'), 0),
		orthodoxEaster(h('easter-monday', 'Easter Monday', 'Vaskršnji ponedeljak'), 1),
		fixed(h('labour-day', 'Labour Day', 'Praznik rada'), 5, 1, { observed }),
		fixed(h('labour-day-2', 'Labour Day (second day)', 'Praznik rada'), 5, 2, { observed }),
		fixed(h('armistice-day', 'Armistice Day', 'Dan primirja u Prvom svetskom ratu'), 11, 11, { observed }),
	],
};
