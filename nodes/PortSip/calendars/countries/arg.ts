// Argentina: the national holidays (feriados nacionales) of Ley 27.399 (2017) and, for earlier
// years, the laws and decrees in force then; "días no laborables" (e.g. Maundy Thursday) are
// optional for private employers and not included. "Trasladables" move by the Ley 23.555 rule:
// Tuesday/Wednesday -> previous Monday, Thursday/Friday -> next Monday. The yearly tourism bridge
// days (Ley 27.399 art. 7 and earlier decrees) are one-offs in the years they were declared
// feriados (2011-2016, 2020-2024); in 2018-2019 and from 2025 they were only "días no laborables".
import { MONDAY, THURSDAY, addDays, date, nthWeekdayOfMonth, weekday } from '../dates';
import { CountryDefinition, custom, easter, fixed, h, nthWeekday, oneOff, oneOffs, toNearMonday } from '../rules';

const movable = (month: number, day: number) => (y: number) => toNearMonday(date(y, month, day));

const veterans = h('malvinas-day', 'Day of the Veterans and Fallen of the Malvinas War', 'Día del Veterano y de los Caídos en la Guerra de Malvinas');
const belgrano = h('flag-day', 'General Manuel Belgrano Memorial Day (Flag Day)', 'Paso a la Inmortalidad del Gral. Manuel Belgrano');
const sanMartin = h('san-martin-day', 'General José de San Martín Memorial Day', 'Paso a la Inmortalidad del Gral. José de San Martín');
const sovereignty = h('national-sovereignty-day', 'National Sovereignty Day', 'Día de la Soberanía Nacional');

export const ARG: CountryDefinition = {
	alpha2: 'AR',
	alpha3: 'ARG',
	name: 'Argentina',
	observedLocalSuffix: '(observado)',
	rules: [
		fixed(h('new-years-day', "New Year's Day", 'Año Nuevo'), 1, 1),
		// Restored by Decreto 1584/2010.
		easter(h('carnival-monday', 'Carnival Monday', 'Lunes de Carnaval'), -48, { from: 2011 }),
		easter(h('carnival-tuesday', 'Carnival Tuesday', 'Martes de Carnaval'), -47, { from: 2011 }),
		// Ley 26.085 (2006): fixed holiday.
		fixed(h('truth-and-justice-day', 'Day of Remembrance for Truth and Justice', 'Día Nacional de la Memoria por la Verdad y la Justicia'), 3, 24, { from: 2006 }),
		// Ley 25.370: from 2001, movable until Ley 26.110 made it fixed (2007); moved to 31 March in 2020 (Decreto 297/2020).
		custom(veterans, movable(4, 2), { from: 2001, until: 2006 }),
		fixed(veterans, 4, 2, { from: 2007, moved: { 2020: [3, 31] } }),
		easter(h('good-friday', 'Good Friday', 'Viernes Santo'), -2),
		fixed(h('labour-day', 'Labour Day', 'Día del Trabajador'), 5, 1),
		fixed(h('may-revolution-day', 'May Revolution Day', 'Día de la Revolución de Mayo'), 5, 25),
		// Superseded in 2001 by 2 April (Ley 25.370).
		custom(h('malvinas-sovereignty-day', 'Day of Affirmation of Argentine Rights over the Malvinas', 'Día de la Afirmación de los Derechos Argentinos sobre Malvinas'), movable(6, 10), { until: 2000 }),
		// Ley 27.258 (2016): Tuesday/Wednesday -> previous Monday, Thursday -> next Monday, Friday stays.
		custom(h('guemes-day', 'General Martín Miguel de Güemes Memorial Day', 'Paso a la Inmortalidad del Gral. Martín Miguel de Güemes'), (y) => {
			const d = date(y, 6, 17);
			return weekday(d) === THURSDAY ? addDays(d, 4) : weekday(d) === 5 ? d : toNearMonday(d);
		}, { from: 2016 }),
		// Ley 24.445 (1995): third Monday of June; fixed on 20 June again by Decreto 1584/2010.
		nthWeekday(belgrano, 6, MONDAY, 3, { until: 2010 }),
		fixed(belgrano, 6, 20, { from: 2011 }),
		fixed(h('independence-day', 'Independence Day', 'Día de la Independencia'), 7, 9),
		// Third Monday of August (Ley 24.445) until 2016, 22 August in 2011 (Decreto 521/2011); trasladable from 2017.
		custom(sanMartin, (y) => (y === 2011 ? date(y, 8, 22) : nthWeekdayOfMonth(y, 8, MONDAY, 3)), { until: 2016 }),
		custom(sanMartin, movable(8, 17), { from: 2017 }),
		// 2001: 8 October (Ley 25.442); 2002: 14 October (Decreto 1932/2002); second Monday of October 2008-2016.
		custom(h('columbus-day', 'Columbus Day', 'Día de la Raza'), (y) =>
			y === 2001 ? date(y, 10, 8) : y === 2002 ? date(y, 10, 14) : y >= 2008 ? nthWeekdayOfMonth(y, 10, MONDAY, 2) : toNearMonday(date(y, 10, 12)),
		{ until: 2009 }),
		custom(h('cultural-diversity-day', 'Day of Respect for Cultural Diversity', 'Día del Respeto a la Diversidad Cultural'), (y) =>
			y <= 2016 ? nthWeekdayOfMonth(y, 10, MONDAY, 2) : toNearMonday(date(y, 10, 12)),
		{ from: 2010 }),
		// Decreto 1584/2010: fourth Monday of November; 27 Nov 2015 and 28 Nov 2016 by decree; trasladable from 2017.
		custom(sovereignty, (y) =>
			y === 2015 ? date(y, 11, 27) : y === 2016 ? date(y, 11, 28) : y <= 2014 ? nthWeekdayOfMonth(y, 11, MONDAY, 4) : toNearMonday(date(y, 11, 20)),
		{ from: 2010 }),
		// Restored in 1995 (Ley 24.445).
		fixed(h('immaculate-conception', 'Immaculate Conception', 'Inmaculada Concepción de María'), 12, 8),
		fixed(h('christmas-day', 'Christmas Day', 'Navidad'), 12, 25),
		// One-off holidays fixed by law or decree.
		oneOff(h('bicentenary-may-revolution', 'Bicentenary of the May Revolution', 'Bicentenario de la Revolución de Mayo'), 2010, 5, 24),
		// Ley 24.254: the day of each national census is a national holiday (2001, 2010, 2022).
		oneOff(h('census-day', 'National Census Day', 'Censo Nacional'), 2001, 11, 17),
		oneOff(h('census-day', 'National Census Day', 'Censo Nacional'), 2010, 10, 27),
		oneOff(h('bicentenary-flag', 'Bicentenary of the National Flag', 'Bicentenario de la creación de la Bandera Nacional'), 2012, 2, 27),
		oneOff(h('bicentenary-battle-of-tucuman', 'Bicentenary of the Battle of Tucumán', 'Bicentenario de la Batalla de Tucumán'), 2012, 9, 24),
		oneOff(h('bicentenary-assembly-1813', 'Bicentenary of the 1813 Constituent Assembly', 'Bicentenario de la Asamblea General Constituyente de 1813'), 2013, 1, 31),
		oneOff(h('bicentenary-battle-of-salta', 'Bicentenary of the Battle of Salta', 'Bicentenario de la Batalla de Salta'), 2013, 2, 20),
		oneOff(h('census-day', 'National Census Day', 'Censo Nacional'), 2022, 5, 18),
		oneOff(h('world-cup-victory-day', 'FIFA World Cup 2022 Victory Day', 'Feriado por la obtención de la Copa Mundial de la FIFA'), 2022, 12, 20),
		...oneOffs(h('bridge-holiday', 'Bridge Holiday (tourism)', 'Feriado con fines turísticos'), [
			[2011, 3, 25], [2011, 12, 9],
			[2012, 4, 30], [2012, 12, 24],
			[2013, 4, 1], [2013, 6, 21],
			[2014, 5, 2], [2014, 12, 26],
			[2015, 3, 23], [2015, 12, 7],
			[2016, 7, 8], [2016, 12, 9],
			[2020, 3, 23], [2020, 7, 10], [2020, 12, 7],
			[2021, 5, 24], [2021, 10, 8], [2021, 11, 22],
			[2022, 10, 7], [2022, 11, 21], [2022, 12, 9],
			[2023, 5, 26], [2023, 6, 19], [2023, 10, 13],
			[2024, 4, 1], [2024, 6, 21], [2024, 10, 11],
		]),
	],
};
