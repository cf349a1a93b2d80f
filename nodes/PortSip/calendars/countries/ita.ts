// Italy: the national holidays of Legge 260/1949 as amended (Easter Sunday included, patron
// saints' days are local). Legge 151/2025 restores St Francis of Assisi's Day (4 October) from 2026.
import { CountryDefinition, easter, fixed, h, oneOff } from '../rules';

export const ITA: CountryDefinition = {
	alpha2: 'IT',
	alpha3: 'ITA',
	name: 'Italy',
	observedLocalSuffix: '(osservato)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Capodanno'), 1, 1),
		fixed(h('epiphany', 'Epiphany', 'Epifania del Signore'), 1, 6),
		easter(h('easter-sunday', 'Easter Sunday', 'Pasqua di Resurrezione'), 0),
		easter(h('easter-monday', 'Easter Monday', "Lunedì dell'Angelo"), 1),
		fixed(h('liberation-day', 'Liberation Day', 'Festa della Liberazione'), 4, 25),
		fixed(h('labour-day', 'Labour Day', 'Festa del Lavoro'), 5, 1),
		fixed(h('republic-day', 'Republic Day', 'Festa della Repubblica'), 6, 2),
		fixed(h('assumption-day', 'Assumption Day', 'Assunzione della Vergine'), 8, 15),
		fixed(h('st-francis-day', 'St Francis of Assisi Day', "San Francesco d'Assisi"), 10, 4, { from: 2026 }),
		fixed(h('all-saints-day', "All Saints' Day", 'Tutti i Santi'), 11, 1),
		fixed(h('immaculate-conception', 'Immaculate Conception', 'Immacolata Concezione'), 12, 8),
		fixed(h('christmas-day', 'Christmas Day', 'Natale'), 12, 25),
		fixed(h('st-stephens-day', "St Stephen's Day", 'Santo Stefano'), 12, 26),
		// 150th anniversary of the unification of Italy (Decreto-legge 5/2011).
		oneOff(h('unification-150th-anniversary', '150th Anniversary of the Unification of Italy', "150º anniversario dell'Unità d'Italia"), 2011, 3, 17),
	],
};
