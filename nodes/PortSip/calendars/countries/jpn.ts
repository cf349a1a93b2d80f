// Japan: the national holidays (国民の祝日) of the Act on National Holidays (祝日法), with its two
// derived kinds of rest day, computed over the whole list:
//  - substitute holiday (振替休日, art. 3(2)): a national holiday on a Sunday makes the next day a
//    holiday; from 2007 the next day that is not itself a national holiday.
//  - citizens' holiday (国民の休日, art. 3(3)): a weekday sandwiched between two national holidays.
// The equinox days are set yearly by the Cabinet from the NAOJ ephemeris; the usual formula is used.
import { MONDAY, SUNDAY, addDays, date, toDayNumber, weekday } from '../dates';
import { CountryDefinition, Occurrence, custom, fixed, h, nthWeekday, oneOff } from '../rules';

/** Day of the month of an equinox by the usual approximation (bases for 1980-2099 and 2100-2150). */
function equinoxDay(year: number, base1980: number, base2100: number): number {
	const b = year >= 2100 ? base2100 : base1980;
	return Math.floor(b + 0.242194 * (year - 1980)) - Math.floor((year - 1980) / 4);
}

/** The 2020/2021 Olympic moves (Tokyo 2020 special measures acts). */
const olympicMoves = (m2020: readonly [number, number], m2021: readonly [number, number]) => ({ moved: { 2020: m2020, 2021: m2021 } });

function finish(occurrences: Occurrence[]): Occurrence[] {
	const national = new Set(occurrences.map((o) => toDayNumber(o.start)));
	const isNational = (n: number) => national.has(n);
	const out = occurrences.slice();
	const rest = new Set(national);
	// 振替休日
	for (const o of occurrences) {
		if (weekday(o.start) !== SUNDAY) continue;
		let n = toDayNumber(o.start) + 1;
		if (o.start.year >= 2007) while (isNational(n)) n++;
		else if (isNational(n)) continue;
		rest.add(n);
		const d = addDays(o.start, n - toDayNumber(o.start));
		out.push({ ...o, key: `${o.key}-observed`, name: `${o.name} (observed)`, localName: '振替休日', start: d, end: d, fixed: false, observed: true });
	}
	// 国民の休日
	for (const o of occurrences) {
		const n = toDayNumber(o.start) + 1;
		const d = addDays(o.start, 1);
		if (!rest.has(n) && isNational(n + 1) && weekday(d) !== SUNDAY) {
			rest.add(n);
			out.push({ key: 'citizens-holiday', name: "Citizens' Holiday", localName: '国民の休日', start: d, end: d, fixed: false, ruleYear: d.year, observed: true });
		}
	}
	return out;
}

export const JPN: CountryDefinition = {
	alpha2: 'JP',
	alpha3: 'JPN',
	name: 'Japan',
	observedLocalSuffix: '(振替休日)',
	finish,
	rules: [
		fixed(h('new-years-day', "New Year's Day", '元日'), 1, 1),
		// Happy Monday system (2000).
		nthWeekday(h('coming-of-age-day', 'Coming of Age Day', '成人の日'), 1, MONDAY, 2),
		fixed(h('national-foundation-day', 'National Foundation Day', '建国記念の日'), 2, 11),
		// Emperor Naruhito's birthday from 2020 (none in 2019).
		fixed(h('emperors-birthday', "The Emperor's Birthday", '天皇誕生日'), 2, 23, { from: 2020 }),
		custom(h('vernal-equinox-day', 'Vernal Equinox Day', '春分の日'), (y) => date(y, 3, equinoxDay(y, 20.8431, 21.851))),
		// 2007 revision: 29 April became Shōwa Day and Greenery Day moved to 4 May.
		fixed(h('greenery-day-april', 'Greenery Day', 'みどりの日'), 4, 29, { until: 2006 }),
		fixed(h('showa-day', 'Shōwa Day', '昭和の日'), 4, 29, { from: 2007 }),
		fixed(h('constitution-memorial-day', 'Constitution Memorial Day', '憲法記念日'), 5, 3),
		fixed(h('greenery-day', 'Greenery Day', 'みどりの日'), 5, 4, { from: 2007 }),
		fixed(h('childrens-day', "Children's Day", 'こどもの日'), 5, 5),
		// Third Monday of July from 2003 (Happy Monday, 2001 revision).
		fixed(h('marine-day', 'Marine Day', '海の日'), 7, 20, { until: 2002 }),
		nthWeekday(h('marine-day', 'Marine Day', '海の日'), 7, MONDAY, 3, { from: 2003, ...olympicMoves([7, 23], [7, 22]) }),
		// From 2016 (2014 revision).
		fixed(h('mountain-day', 'Mountain Day', '山の日'), 8, 11, { from: 2016, ...olympicMoves([8, 10], [8, 8]) }),
		fixed(h('respect-for-the-aged-day', 'Respect for the Aged Day', '敬老の日'), 9, 15, { until: 2002 }),
		nthWeekday(h('respect-for-the-aged-day', 'Respect for the Aged Day', '敬老の日'), 9, MONDAY, 3, { from: 2003 }),
		custom(h('autumnal-equinox-day', 'Autumnal Equinox Day', '秋分の日'), (y) => date(y, 9, equinoxDay(y, 23.2488, 24.2488))),
		nthWeekday(h('health-and-sports-day', 'Health and Sports Day', '体育の日'), 10, MONDAY, 2, { until: 2019 }),
		// Renamed Sports Day from 2020.
		nthWeekday(h('sports-day', 'Sports Day', 'スポーツの日'), 10, MONDAY, 2, { from: 2020, ...olympicMoves([7, 24], [7, 23]) }),
		fixed(h('culture-day', 'Culture Day', '文化の日'), 11, 3),
		fixed(h('labour-thanksgiving-day', 'Labour Thanksgiving Day', '勤労感謝の日'), 11, 23),
		// Emperor Akihito's birthday until 2018.
		fixed(h('emperors-birthday-heisei', "The Emperor's Birthday (Heisei)", '天皇誕生日'), 12, 23, { until: 2018 }),
		// 2019 enthronement: national holidays by special act (30 April and 2 May follow as citizens' holidays).
		oneOff(h('enthronement-day', 'Enthronement Day', '天皇の即位の日'), 2019, 5, 1),
		oneOff(h('enthronement-ceremony-day', 'Enthronement Ceremony Day', '即位礼正殿の儀の行われる日'), 2019, 10, 22),
	],
};
