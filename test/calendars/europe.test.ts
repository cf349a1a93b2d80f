// Known dates for the European countries.
// Sources of the expected dates (* = consulted online while writing; the others are the published
// official lists, used from knowledge and not re-fetched here):
// - GBR: gov.uk/bank-holidays (England and Wales) lists for 2002, 2011, 2012, 2020, 2022, 2023,
//   including the substitute days and the one-off bank holidays.
// - IRL*: moneyguideireland.com 2018 list (weekend substitutes are bank holidays, not public holidays)*;
//   citizensinformation.ie public holidays; S.I. for St Brigid's Day (2023); Public Holidays
//   (Covid-19 Day of Remembrance and Recognition) Act 2022.
// - FRA: service-public.fr "jours fériés" (Code du travail L3133-1).
// - DEU: bmi.bund.de nationwide holidays; 2017 Reformation Day in all Länder.
// - AUT, CHE, BEL, LUX, NLD (rijksoverheid.nl "feestdagen": Koningsdag on Saturday 26 April when the
//   27th is a Sunday), DNK (2024 abolition of Store bededag), NOR, SWE (Midsummer/All Saints' Saturday;
//   National Day replacing Whit Monday from 2005), FIN, ITA* (Legge 151/2025: 4 October from 2026;
//   17 March 2011), ESP (BOE yearly resolution, fiestas nacionales), PRT (Lei 23/2012, Lei 8/2016),
//   POL* (ustawa of 6 Dec 2024: Christmas Eve from 2025; 12 Nov 2018), CZE (Good Friday from 2016),
//   HUN (Good Friday from 2017), GRC* (Labour Day moved by ministerial decision in 2013, 2016, 2021, 2024).
import { byKey, dateOf, datesOf } from './helpers';

describe('GBR (England and Wales bank holidays)', () => {
	it('2012: Diamond Jubilee and moved spring bank holiday, New Year on Sunday -> Monday', () => {
		expect(datesOf('GB', 2012)).toEqual([
			'2012-01-01', '2012-01-02', '2012-04-06', '2012-04-09', '2012-05-07', '2012-06-04', '2012-06-05',
			'2012-08-27', '2012-12-25', '2012-12-26',
		]);
		expect(byKey('GB', 2012, 'spring-bank-holiday')?.fixed).toBe(false);
	});

	it('2002 Golden Jubilee, 2011 royal wedding, 2020 VE day, 2022 Platinum Jubilee and state funeral, 2023 coronation', () => {
		expect(dateOf('GB', 2002, 'golden-jubilee')).toBe('2002-06-03');
		expect(dateOf('GB', 2002, 'spring-bank-holiday')).toBe('2002-06-04');
		expect(dateOf('GB', 2011, 'royal-wedding')).toBe('2011-04-29');
		expect(dateOf('GB', 2020, 'early-may-bank-holiday')).toBe('2020-05-08');
		expect(dateOf('GB', 2021, 'early-may-bank-holiday')).toBe('2021-05-03');
		expect(dateOf('GB', 2022, 'spring-bank-holiday')).toBe('2022-06-02');
		expect(dateOf('GB', 2022, 'platinum-jubilee')).toBe('2022-06-03');
		expect(dateOf('GB', 2022, 'state-funeral')).toBe('2022-09-19');
		expect(dateOf('GB', 2023, 'coronation')).toBe('2023-05-08');
		expect(dateOf('GB', 2024, 'coronation')).toBeUndefined();
	});

	it('Christmas/Boxing Day substitute combinations', () => {
		// Sat + Sun -> Mon 27 + Tue 28
		expect(dateOf('GB', 2021, 'christmas-day-observed')).toBe('2021-12-27');
		expect(dateOf('GB', 2021, 'boxing-day-observed')).toBe('2021-12-28');
		// Sun + Mon -> Christmas on Tue 27
		expect(dateOf('GB', 2022, 'christmas-day-observed')).toBe('2022-12-27');
		expect(dateOf('GB', 2022, 'boxing-day-observed')).toBeUndefined();
		// Fri + Sat -> Boxing Day on Mon 28
		expect(dateOf('GB', 2020, 'boxing-day-observed')).toBe('2020-12-28');
		expect(dateOf('GB', 2020, 'christmas-day-observed')).toBeUndefined();
		expect(byKey('GB', 2020, 'boxing-day-observed')?.localName).toBe('Boxing Day (substitute day)');
	});

	it('Easter at the edges 2000 and 2100', () => {
		expect(dateOf('GB', 2000, 'good-friday')).toBe('2000-04-21');
		expect(dateOf('GB', 2000, 'easter-monday')).toBe('2000-04-24');
		expect(dateOf('GB', 2100, 'good-friday')).toBe('2100-03-26');
		expect(dateOf('GB', 2100, 'easter-monday')).toBe('2100-03-29');
	});
});

describe('IRL', () => {
	it('2024 full list with St Patrick on Sunday -> Monday', () => {
		expect(datesOf('IE', 2024)).toEqual([
			'2024-01-01', '2024-02-05', '2024-03-17', '2024-03-18', '2024-04-01', '2024-05-06', '2024-06-03',
			'2024-08-05', '2024-10-28', '2024-12-25', '2024-12-26',
		]);
	});

	it("St Brigid's Day from 2023 (1 Feb when a Friday), 2022 one-off", () => {
		expect(dateOf('IE', 2022, 'st-brigids-day')).toBeUndefined();
		expect(dateOf('IE', 2022, 'day-of-remembrance-and-recognition')).toBe('2022-03-18');
		expect(dateOf('IE', 2023, 'st-brigids-day')).toBe('2023-02-06');
		expect(dateOf('IE', 2026, 'st-brigids-day')).toBe('2026-02-02');
		expect(dateOf('IE', 2030, 'st-brigids-day')).toBe('2030-02-01');
	});
});

describe('FRA', () => {
	it('2024 and 2025', () => {
		expect(datesOf('FR', 2024)).toEqual([
			'2024-01-01', '2024-04-01', '2024-05-01', '2024-05-08', '2024-05-09', '2024-05-20', '2024-07-14',
			'2024-08-15', '2024-11-01', '2024-11-11', '2024-12-25',
		]);
		expect(dateOf('FR', 2025, 'ascension-day')).toBe('2025-05-29');
		expect(dateOf('FR', 2025, 'whit-monday')).toBe('2025-06-09');
	});
});

describe('DEU (nationwide)', () => {
	it('2017 Reformation Day only in 2017', () => {
		expect(dateOf('DE', 2017, 'reformation-day')).toBe('2017-10-31');
		expect(dateOf('DE', 2018, 'reformation-day')).toBeUndefined();
		expect(datesOf('DE', 2025)).toEqual([
			'2025-01-01', '2025-04-18', '2025-04-21', '2025-05-01', '2025-05-29', '2025-06-09', '2025-10-03',
			'2025-12-25', '2025-12-26',
		]);
	});
});

describe('AUT', () => {
	it('Corpus Christi 2024 and 2025', () => {
		expect(dateOf('AT', 2024, 'corpus-christi')).toBe('2024-05-30');
		expect(dateOf('AT', 2025, 'corpus-christi')).toBe('2025-06-19');
		expect(datesOf('AT', 2025)).toHaveLength(13);
	});
});

describe('CHE', () => {
	it('federal + all-canton holidays', () => {
		expect(datesOf('CH', 2024)).toEqual(['2024-01-01', '2024-05-09', '2024-08-01', '2024-12-25']);
		expect(datesOf('CH', 2025)).toEqual(['2025-01-01', '2025-05-29', '2025-08-01', '2025-12-25']);
	});
});

describe('ITA', () => {
	it('2011 one-off, St Francis from 2026', () => {
		expect(dateOf('IT', 2011, 'unification-150th-anniversary')).toBe('2011-03-17');
		expect(dateOf('IT', 2025, 'st-francis-day')).toBeUndefined();
		expect(dateOf('IT', 2026, 'st-francis-day')).toBe('2026-10-04');
		expect(byKey('IT', 2027, 'st-francis-day')?.fixed).toBe(true);
		expect(dateOf('IT', 2025, 'easter-monday')).toBe('2025-04-21');
	});
});

describe('ESP (fiestas nacionales)', () => {
	it('2024 and 2025', () => {
		expect(datesOf('ES', 2024)).toEqual([
			'2024-01-01', '2024-01-06', '2024-03-29', '2024-05-01', '2024-08-15', '2024-10-12', '2024-11-01',
			'2024-12-06', '2024-12-08', '2024-12-25',
		]);
		expect(dateOf('ES', 2025, 'good-friday')).toBe('2025-04-18');
	});
});

describe('PRT', () => {
	it('four holidays suspended 2013-2015 and restored in 2016', () => {
		for (const key of ['corpus-christi', 'republic-day', 'all-saints-day', 'restoration-of-independence']) {
			expect(dateOf('PT', 2012, key)).toBeDefined();
			expect(dateOf('PT', 2014, key)).toBeUndefined();
			expect(dateOf('PT', 2016, key)).toBeDefined();
		}
		expect(dateOf('PT', 2016, 'corpus-christi')).toBe('2016-05-26');
		expect(dateOf('PT', 2025, 'corpus-christi')).toBe('2025-06-19');
	});
});

describe('NLD', () => {
	it("Queen's Day until 2013, King's Day from 2014, on Saturday when the date is a Sunday", () => {
		expect(dateOf('NL', 2006, 'queens-day')).toBe('2006-04-29');
		expect(dateOf('NL', 2013, 'queens-day')).toBe('2013-04-30');
		expect(dateOf('NL', 2014, 'kings-day')).toBe('2014-04-26');
		expect(dateOf('NL', 2024, 'kings-day')).toBe('2024-04-27');
		expect(dateOf('NL', 2025, 'kings-day')).toBe('2025-04-26');
		expect(byKey('NL', 2024, 'kings-day')?.fixed).toBe(false);
		expect(datesOf('NL', 2025)).toEqual([
			'2025-01-01', '2025-04-20', '2025-04-21', '2025-04-26', '2025-05-05', '2025-05-29', '2025-06-08',
			'2025-06-09', '2025-12-25', '2025-12-26',
		]);
	});
});

describe('BEL', () => {
	it('the ten legal holidays of 2025 and 2026', () => {
		expect(datesOf('BE', 2025)).toEqual([
			'2025-01-01', '2025-04-21', '2025-05-01', '2025-05-29', '2025-06-09', '2025-07-21', '2025-08-15',
			'2025-11-01', '2025-11-11', '2025-12-25',
		]);
		expect(dateOf('BE', 2026, 'easter-monday')).toBe('2026-04-06');
		expect(dateOf('BE', 2026, 'ascension-day')).toBe('2026-05-14');
	});
});

describe('LUX', () => {
	it('Europe Day from 2019', () => {
		expect(dateOf('LU', 2018, 'europe-day')).toBeUndefined();
		expect(dateOf('LU', 2019, 'europe-day')).toBe('2019-05-09');
		expect(datesOf('LU', 2025)).toEqual([
			'2025-01-01', '2025-04-21', '2025-05-01', '2025-05-09', '2025-05-29', '2025-06-09', '2025-06-23',
			'2025-08-15', '2025-11-01', '2025-12-25', '2025-12-26',
		]);
	});
});

describe('DNK', () => {
	it('Great Prayer Day until 2023, abolished from 2024', () => {
		expect(dateOf('DK', 2023, 'great-prayer-day')).toBe('2023-05-05');
		expect(dateOf('DK', 2024, 'great-prayer-day')).toBeUndefined();
		expect(datesOf('DK', 2024)).toEqual([
			'2024-01-01', '2024-03-28', '2024-03-29', '2024-03-31', '2024-04-01', '2024-05-09', '2024-05-19',
			'2024-05-20', '2024-12-25', '2024-12-26',
		]);
	});
});

describe('NOR', () => {
	it('2025 and 2026', () => {
		expect(datesOf('NO', 2025)).toEqual([
			'2025-01-01', '2025-04-17', '2025-04-18', '2025-04-20', '2025-04-21', '2025-05-01', '2025-05-17',
			'2025-05-29', '2025-06-08', '2025-06-09', '2025-12-25', '2025-12-26',
		]);
		expect(dateOf('NO', 2026, 'maundy-thursday')).toBe('2026-04-02');
	});
});

describe('SWE', () => {
	it('Whit Monday until 2004, National Day from 2005; Saturday holidays', () => {
		expect(dateOf('SE', 2004, 'whit-monday')).toBe('2004-05-31');
		expect(dateOf('SE', 2004, 'national-day')).toBeUndefined();
		expect(dateOf('SE', 2005, 'whit-monday')).toBeUndefined();
		expect(dateOf('SE', 2005, 'national-day')).toBe('2005-06-06');
		expect(dateOf('SE', 2025, 'midsummer-day')).toBe('2025-06-21');
		expect(dateOf('SE', 2025, 'all-saints-day')).toBe('2025-11-01');
		expect(dateOf('SE', 2024, 'midsummer-day')).toBe('2024-06-22');
		expect(dateOf('SE', 2024, 'all-saints-day')).toBe('2024-11-02');
	});
});

describe('FIN', () => {
	it('2024 and 2025', () => {
		expect(datesOf('FI', 2025)).toEqual([
			'2025-01-01', '2025-01-06', '2025-04-18', '2025-04-20', '2025-04-21', '2025-05-01', '2025-05-29',
			'2025-06-08', '2025-06-21', '2025-11-01', '2025-12-06', '2025-12-25', '2025-12-26',
		]);
		expect(dateOf('FI', 2024, 'midsummer-day')).toBe('2024-06-22');
	});
});

describe('POL', () => {
	it('Epiphany from 2011, Christmas Eve from 2025, 2018 centenary', () => {
		expect(dateOf('PL', 2010, 'epiphany')).toBeUndefined();
		expect(dateOf('PL', 2011, 'epiphany')).toBe('2011-01-06');
		expect(dateOf('PL', 2024, 'christmas-eve')).toBeUndefined();
		expect(dateOf('PL', 2025, 'christmas-eve')).toBe('2025-12-24');
		expect(dateOf('PL', 2018, 'independence-centenary')).toBe('2018-11-12');
		expect(dateOf('PL', 2025, 'corpus-christi')).toBe('2025-06-19');
		expect(datesOf('PL', 2025)).toHaveLength(14);
	});
});

describe('CZE', () => {
	it('Good Friday from 2016', () => {
		expect(dateOf('CZ', 2015, 'good-friday')).toBeUndefined();
		expect(dateOf('CZ', 2016, 'good-friday')).toBe('2016-03-25');
		expect(datesOf('CZ', 2025)).toEqual([
			'2025-01-01', '2025-04-18', '2025-04-21', '2025-05-01', '2025-05-08', '2025-07-05', '2025-07-06',
			'2025-09-28', '2025-10-28', '2025-11-17', '2025-12-24', '2025-12-25', '2025-12-26',
		]);
	});
});

describe('HUN', () => {
	it('Good Friday from 2017', () => {
		expect(dateOf('HU', 2016, 'good-friday')).toBeUndefined();
		expect(dateOf('HU', 2017, 'good-friday')).toBe('2017-04-14');
		expect(dateOf('HU', 2025, 'whit-monday')).toBe('2025-06-09');
	});
});

describe('GRC (Orthodox Easter based)', () => {
	it('2024 with Labour Day moved after Easter', () => {
		expect(datesOf('GR', 2024)).toEqual([
			'2024-01-01', '2024-01-06', '2024-03-18', '2024-03-25', '2024-05-03', '2024-05-05', '2024-05-06',
			'2024-05-07', '2024-06-24', '2024-08-15', '2024-10-28', '2024-12-25', '2024-12-26',
		]);
		expect(byKey('GR', 2024, 'labour-day')?.fixed).toBe(false);
		expect(byKey('GR', 2025, 'labour-day')?.fixed).toBe(true);
	});

	it('moves of 2013, 2016 and 2021; 2025 movable feasts', () => {
		expect(dateOf('GR', 2013, 'labour-day')).toBe('2013-05-07');
		expect(dateOf('GR', 2016, 'labour-day')).toBe('2016-05-03');
		expect(dateOf('GR', 2021, 'labour-day')).toBe('2021-05-04');
		expect(dateOf('GR', 2025, 'clean-monday')).toBe('2025-03-03');
		expect(dateOf('GR', 2025, 'good-friday')).toBe('2025-04-18');
		expect(dateOf('GR', 2025, 'whit-monday')).toBe('2025-06-09');
		expect(dateOf('GR', 2000, 'easter-sunday')).toBe('2000-04-30');
	});
});
