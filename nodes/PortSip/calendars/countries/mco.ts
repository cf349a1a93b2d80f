// Monaco: the public holidays of Loi n° 798 (1966, amended). A holiday on a Sunday is moved to the next
// day. No other substitute days.
import { CountryDefinition, easter, fixed, h, sunToNextFree as observed } from '../rules';

export const MCO: CountryDefinition = {
	alpha2: 'MC',
	alpha3: 'MCO',
	name: 'Monaco',
	observedLocalSuffix: '(reporté)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Jour de l’An'), 1, 1, { observed }),
		fixed(h('st-devote', "St Devota's Day", 'Sainte Dévote'), 1, 27, { observed }),
		easter(h('easter-monday', 'Easter Monday', 'Lundi de Pâques'), 1),
		fixed(h('labour-day', 'Labour Day', 'Fête du Travail'), 5, 1, { observed }),
		easter(h('ascension-day', 'Ascension Day', 'Ascension'), 39),
		easter(h('whit-monday', 'Whit Monday', 'Lundi de Pentecôte'), 50),
		easter(h('corpus-christi', 'Corpus Christi', 'Fête-Dieu'), 60),
		fixed(h('assumption-day', 'Assumption Day', 'Assomption'), 8, 15, { observed }),
		fixed(h('all-saints-day', "All Saints' Day", 'Toussaint'), 11, 1, { observed }),
		fixed(h('national-day', 'National Day', 'Fête du Prince'), 11, 19, { observed }),
		fixed(h('immaculate-conception', 'Immaculate Conception', 'Immaculée Conception'), 12, 8, { observed }),
		fixed(h('christmas-day', 'Christmas Day', 'Noël'), 12, 25, { observed }),
	],
};
