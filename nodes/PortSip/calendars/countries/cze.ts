// Czechia: public holidays (státní svátky and ostatní svátky) of Zákon 245/2000 Sb.; Good Friday
// added from 2016 (Zákon 359/2015 Sb.).
import { CountryDefinition, easter, fixed, h } from '../rules';

export const CZE: CountryDefinition = {
	alpha2: 'CZ',
	alpha3: 'CZE',
	name: 'Czechia',
	observedLocalSuffix: '(náhradní)',
	rules: [
		fixed(h('new-years-day', 'Restoration Day of the Independent Czech State; New Year', 'Den obnovy samostatného českého státu; Nový rok'), 1, 1),
		easter(h('good-friday', 'Good Friday', 'Velký pátek'), -2, { from: 2016 }),
		easter(h('easter-monday', 'Easter Monday', 'Velikonoční pondělí'), 1),
		fixed(h('labour-day', 'Labour Day', 'Svátek práce'), 5, 1),
		fixed(h('liberation-day', 'Liberation Day', 'Den vítězství'), 5, 8),
		fixed(h('saints-cyril-and-methodius-day', 'Saints Cyril and Methodius Day', 'Den slovanských věrozvěstů Cyrila a Metoděje'), 7, 5),
		fixed(h('jan-hus-day', 'Jan Hus Day', 'Den upálení mistra Jana Husa'), 7, 6),
		fixed(h('statehood-day', 'St Wenceslas Day (Czech Statehood Day)', 'Den české státnosti'), 9, 28),
		fixed(h('independence-day', 'Independent Czechoslovak State Day', 'Den vzniku samostatného československého státu'), 10, 28),
		fixed(h('freedom-and-democracy-day', 'Struggle for Freedom and Democracy Day', 'Den boje za svobodu a demokracii'), 11, 17),
		fixed(h('christmas-eve', 'Christmas Eve', 'Štědrý den'), 12, 24),
		fixed(h('christmas-day', 'Christmas Day', '1. svátek vánoční'), 12, 25),
		fixed(h('st-stephens-day', "St Stephen's Day", '2. svátek vánoční'), 12, 26),
	],
};
