// Belgium: the ten legal public holidays (Arrêté royal of 18 April 1974). Replacement days for a
// holiday on a Sunday are set per employer, so none is generated. Local names are in Dutch.
import { CountryDefinition, easter, fixed, h } from '../rules';

export const BEL: CountryDefinition = {
	alpha2: 'BE',
	alpha3: 'BEL',
	name: 'Belgium',
	observedLocalSuffix: '(vervangdag)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Nieuwjaar'), 1, 1),
		easter(h('easter-monday', 'Easter Monday', 'Paasmaandag'), 1),
		fixed(h('labour-day', 'Labour Day', 'Dag van de Arbeid'), 5, 1),
		easter(h('ascension-day', 'Ascension Day', 'Onze Lieve Heer Hemelvaart'), 39),
		easter(h('whit-monday', 'Whit Monday', 'Pinkstermaandag'), 50),
		fixed(h('national-day', 'National Day', 'Nationale feestdag'), 7, 21),
		fixed(h('assumption-day', 'Assumption Day', 'Onze Lieve Vrouw Hemelvaart'), 8, 15),
		fixed(h('all-saints-day', "All Saints' Day", 'Allerheiligen'), 11, 1),
		fixed(h('armistice-day', 'Armistice Day', 'Wapenstilstand'), 11, 11),
		fixed(h('christmas-day', 'Christmas Day', 'Kerstmis'), 12, 25),
	],
};
