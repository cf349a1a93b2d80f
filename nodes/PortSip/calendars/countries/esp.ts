// Spain: the national holidays (fiestas laborales de ámbito nacional, Real Decreto 2001/1983 art. 45)
// that no autonomous community may replace and that the yearly BOE resolution lists for all of Spain.
// Maundy Thursday, 19 March, 25 July, Easter Monday and the Monday after a Sunday holiday vary by
// community and are not included.
import { CountryDefinition, Rule, SubdivisionDefinition, easter, fixed, h } from '../rules';

// The autonomous communities and the autonomous cities: each sets part of its list every year by decree
// (published together in the BOE), choosing among Maundy Thursday, Easter Monday, St Joseph, St James
// and the Mondays after national holidays on a Sunday. Included here are only the days a community has
// kept every year: its own day (set by its statute or law), Maundy Thursday (everywhere but Catalonia
// and Valencia), Easter Monday (Catalonia, Valencia, Basque Country, Navarre, Balearic Islands) and
// Catalonia's St John and St Stephen. Yearly choices and local holidays (two per municipality) are not.
// This is an approximation of the yearly BOE list: a community that replaces one of these days in a
// year (Galicia kept no Maundy Thursday in 2022) or moves its own day off a Sunday is not followed.
const maundyThursday = easter(h('maundy-thursday', 'Maundy Thursday', 'Jueves Santo'), -3);
const easterMonday = easter(h('easter-monday', 'Easter Monday', 'Lunes de Pascua'), 1);
const ownDay = (key: string, name: string, localName: string, month: number, day: number) => fixed(h(key, name, localName), month, day);
const community = (code: string, name: string, rules: Rule[]): SubdivisionDefinition => ({ code: `ES-${code}`, name, rules });

const COMMUNITIES: SubdivisionDefinition[] = [
	community('AN', 'Andalusia', [maundyThursday, ownDay('andalusia-day', 'Andalusia Day', 'Día de Andalucía', 2, 28)]),
	community('AR', 'Aragon', [maundyThursday, ownDay('aragon-day', 'Aragon Day (St George)', 'Día de Aragón', 4, 23)]),
	community('AS', 'Asturias', [maundyThursday, ownDay('asturias-day', 'Asturias Day', 'Día de Asturias', 9, 8)]),
	community('CN', 'Canary Islands', [maundyThursday, ownDay('canary-islands-day', 'Canary Islands Day', 'Día de Canarias', 5, 30)]),
	community('CB', 'Cantabria', [maundyThursday]),
	community('CL', 'Castile and León', [maundyThursday, ownDay('castile-and-leon-day', 'Castile and León Day', 'Día de Castilla y León', 4, 23)]),
	// its own day (31 May) gives way to Corpus Christi in some years (2024): left out
	community('CM', 'Castilla-La Mancha', [maundyThursday]),
	community('CT', 'Catalonia', [
		easterMonday,
		ownDay('st-johns-day', "St John's Day", 'Sant Joan', 6, 24),
		ownDay('national-day-of-catalonia', 'National Day of Catalonia', 'Diada Nacional de Catalunya', 9, 11),
		ownDay('st-stephens-day', "St Stephen's Day", 'Sant Esteve', 12, 26),
	]),
	community('EX', 'Extremadura', [maundyThursday, ownDay('extremadura-day', 'Extremadura Day', 'Día de Extremadura', 9, 8)]),
	community('GA', 'Galicia', [
		maundyThursday,
		ownDay('galician-literature-day', 'Galician Literature Day', 'Día das Letras Galegas', 5, 17),
		ownDay('galicia-day', 'Galician National Day', 'Día Nacional de Galicia', 7, 25),
	]),
	community('IB', 'Balearic Islands', [maundyThursday, easterMonday, ownDay('balearic-islands-day', 'Balearic Islands Day', 'Día de les Illes Balears', 3, 1)]),
	community('RI', 'La Rioja', [maundyThursday, ownDay('la-rioja-day', 'La Rioja Day', 'Día de La Rioja', 6, 9)]),
	community('MD', 'Community of Madrid', [maundyThursday, ownDay('madrid-day', 'Community of Madrid Day', 'Fiesta de la Comunidad de Madrid', 5, 2)]),
	community('MC', 'Region of Murcia', [maundyThursday, ownDay('murcia-day', 'Region of Murcia Day', 'Día de la Región de Murcia', 6, 9)]),
	community('NC', 'Navarre', [maundyThursday, easterMonday]),
	community('PV', 'Basque Country', [maundyThursday, easterMonday]),
	community('VC', 'Valencian Community', [easterMonday, ownDay('valencian-community-day', 'Valencian Community Day', 'Dia de la Comunitat Valenciana', 10, 9)]),
	community('CE', 'Ceuta', [maundyThursday]),
	community('ML', 'Melilla', [maundyThursday]),
];

export const ESP: CountryDefinition = {
	alpha2: 'ES',
	alpha3: 'ESP',
	name: 'Spain',
	observedLocalSuffix: '(trasladado)',
	subdivisions: COMMUNITIES,
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Año Nuevo'), 1, 1),
		fixed(h('epiphany', 'Epiphany', 'Epifanía del Señor'), 1, 6),
		easter(h('good-friday', 'Good Friday', 'Viernes Santo'), -2),
		fixed(h('labour-day', 'Labour Day', 'Fiesta del Trabajo'), 5, 1),
		fixed(h('assumption-day', 'Assumption Day', 'Asunción de la Virgen'), 8, 15),
		fixed(h('national-day', 'National Day of Spain', 'Fiesta Nacional de España'), 10, 12),
		fixed(h('all-saints-day', "All Saints' Day", 'Todos los Santos'), 11, 1),
		fixed(h('constitution-day', 'Constitution Day', 'Día de la Constitución Española'), 12, 6),
		fixed(h('immaculate-conception', 'Immaculate Conception', 'Inmaculada Concepción'), 12, 8),
		fixed(h('christmas-day', 'Christmas Day', 'Natividad del Señor'), 12, 25),
	],
};
