// France: the jours fériés of the Code du travail, art. L3133-1 (metropolitan France; Alsace-Moselle's
// Good Friday and 26 December and overseas days are regional). Whit Monday stays listed although
// since 2004 it may serve as the unpaid "journée de solidarité".
import { CountryDefinition, easter, fixed, h } from '../rules';

export const FRA: CountryDefinition = {
	alpha2: 'FR',
	alpha3: 'FRA',
	name: 'France',
	observedLocalSuffix: '(observé)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Jour de l’an'), 1, 1),
		easter(h('easter-monday', 'Easter Monday', 'Lundi de Pâques'), 1),
		fixed(h('labour-day', 'Labour Day', 'Fête du Travail'), 5, 1),
		fixed(h('victory-in-europe-day', 'Victory in Europe Day', 'Fête de la Victoire 1945'), 5, 8),
		easter(h('ascension-day', 'Ascension Day', 'Ascension'), 39),
		easter(h('whit-monday', 'Whit Monday', 'Lundi de Pentecôte'), 50),
		fixed(h('bastille-day', 'Bastille Day', 'Fête nationale'), 7, 14),
		fixed(h('assumption-day', 'Assumption Day', 'Assomption'), 8, 15),
		fixed(h('all-saints-day', "All Saints' Day", 'Toussaint'), 11, 1),
		fixed(h('armistice-day', 'Armistice Day', 'Armistice 1918'), 11, 11),
		fixed(h('christmas-day', 'Christmas Day', 'Noël'), 12, 25),
	],
};
