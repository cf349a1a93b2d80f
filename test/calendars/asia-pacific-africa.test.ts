// Known dates for AUS, NZL, ZAF, IND and JPN.
// Sources of the expected dates (* = consulted online while writing; the others are the published
// official lists, used from knowledge and not re-fetched here):
// - AUS: Fair Work Ombudsman / australia.gov.au public holidays; Prime Minister's announcement of the
//   National Day of Mourning (22 September 2022).
// - NZL*: employment.govt.nz public holidays and Mondayisation rules; Te Kāhui o Matariki Public
//   Holiday Act 2022, Schedule 1 (as published by the NZ Government, NZ Herald and TVNZ, 2021-07);
//   Queen Elizabeth II Memorial Day Act 2022.
// - ZAF*: gov.za public holidays; Public Holidays Act 36 of 1994 s.2(1); Presidency statement of
//   8 Dec 2022 (27 December 2022 declared under s.2A); 2024-05-29 election-day proclamation.
// - IND: Ministry of Personnel (DoPT) holiday circulars: the three national holidays.
// - JPN: Cabinet Office list of national holidays (cao.go.jp "国民の祝日について") for 2019, 2020, 2021
//   and 2026, and the Act on National Holidays (substitute and citizens' holidays).
import { getPublicHolidays } from '../../nodes/PortSip/calendars';
import { byKey, dateOf, datesOf, iso } from './helpers';

describe('AUS (national)', () => {
	it('2022 with the National Day of Mourning and Christmas on Sunday', () => {
		expect(datesOf('AU', 2022)).toEqual([
			'2022-01-01', '2022-01-03', '2022-01-26', '2022-04-15', '2022-04-18', '2022-04-25', '2022-09-22',
			'2022-12-25', '2022-12-26', '2022-12-27',
		]);
	});

	it('2021 Christmas/Boxing Day on the weekend; 2023 Australia Day; no Anzac substitute', () => {
		expect(dateOf('AU', 2021, 'christmas-day-observed')).toBe('2021-12-27');
		expect(dateOf('AU', 2021, 'boxing-day-observed')).toBe('2021-12-28');
		expect(dateOf('AU', 2020, 'anzac-day')).toBe('2020-04-25');
		expect(dateOf('AU', 2020, 'anzac-day-observed')).toBeUndefined();
		expect(dateOf('AU', 2025, 'australia-day-observed')).toBe('2025-01-27');
	});
});

describe('NZL', () => {
	it('2022: Mondayisation, first Matariki, Queen Elizabeth II Memorial Day', () => {
		expect(datesOf('NZ', 2022)).toEqual([
			'2022-01-01', '2022-01-02', '2022-01-03', '2022-01-04', '2022-02-06', '2022-02-07', '2022-04-15',
			'2022-04-18', '2022-04-25', '2022-06-06', '2022-06-24', '2022-09-26', '2022-10-24', '2022-12-25',
			'2022-12-26', '2022-12-27',
		]);
	});

	it("Matariki is set by law 2022-2052 and always a Friday; King's Birthday from 2023", () => {
		expect(dateOf('NZ', 2021, 'matariki')).toBeUndefined();
		expect(dateOf('NZ', 2023, 'matariki')).toBe('2023-07-14');
		expect(dateOf('NZ', 2024, 'matariki')).toBe('2024-06-28');
		expect(dateOf('NZ', 2025, 'matariki')).toBe('2025-06-20');
		expect(dateOf('NZ', 2026, 'matariki')).toBe('2026-07-10');
		expect(dateOf('NZ', 2052, 'matariki')).toBe('2052-06-21');
		expect(dateOf('NZ', 2053, 'matariki')).toBeUndefined();
		for (let y = 2022; y <= 2052; y++) {
			const m = byKey('NZ', y, 'matariki');
			expect(m && new Date(Date.UTC(m.start.year, m.start.month - 1, m.start.day)).getUTCDay()).toBe(5);
		}
		expect(dateOf('NZ', 2023, 'kings-birthday')).toBe('2023-06-05');
		expect(dateOf('NZ', 2023, 'queens-birthday')).toBeUndefined();
	});

	it('Waitangi/Anzac Mondayised only from 2014; New Year on Sunday 2023', () => {
		// 6 Feb 2010 was a Saturday and 6 Feb 2011 a Sunday: no Monday before the 2013 amendment.
		expect(dateOf('NZ', 2010, 'waitangi-day-observed')).toBeUndefined();
		expect(dateOf('NZ', 2011, 'waitangi-day-observed')).toBeUndefined();
		expect(dateOf('NZ', 2015, 'anzac-day-observed')).toBe('2015-04-27');
		expect(dateOf('NZ', 2016, 'waitangi-day-observed')).toBe('2016-02-08');
		expect(dateOf('NZ', 2023, 'new-years-day-observed')).toBe('2023-01-03');
	});
});

describe('ZAF', () => {
	it('2022: Sunday -> Monday and the declared 27 December', () => {
		expect(datesOf('ZA', 2022)).toEqual([
			'2022-01-01', '2022-03-21', '2022-04-15', '2022-04-18', '2022-04-27', '2022-05-01', '2022-05-02',
			'2022-06-16', '2022-08-09', '2022-09-24', '2022-12-16', '2022-12-25', '2022-12-26', '2022-12-27',
		]);
	});

	it('2024 election day; 2023 New Year on Sunday; no extra day when the Monday is already a holiday', () => {
		expect(datesOf('ZA', 2024)).toContain('2024-05-29');
		expect(dateOf('ZA', 2023, 'new-years-day-observed')).toBe('2023-01-02');
		expect(dateOf('ZA', 2022, 'christmas-day-observed')).toBeUndefined();
		expect(dateOf('ZA', 2023, 'rugby-world-cup-holiday')).toBe('2023-12-15');
		expect(dateOf('ZA', 2000, 'y2k-changeover-observed')).toBe('2000-01-03');
	});
});

describe('IND', () => {
	it('the three national holidays', () => {
		expect(datesOf('IN', 2000)).toEqual(['2000-01-26', '2000-08-15', '2000-10-02']);
		expect(datesOf('IN', 2025)).toEqual(['2025-01-26', '2025-08-15', '2025-10-02']);
		expect(getPublicHolidays('IN', 2025).every((h) => h.fixed)).toBe(true);
	});
});

describe('JPN', () => {
	it('2019 (enthronement): citizens\' holidays 30 April and 2 May, substitute holidays', () => {
		expect(datesOf('JP', 2019)).toEqual([
			'2019-01-01', '2019-01-14', '2019-02-11', '2019-03-21', '2019-04-29', '2019-04-30', '2019-05-01',
			'2019-05-02', '2019-05-03', '2019-05-04', '2019-05-05', '2019-05-06', '2019-07-15', '2019-08-11',
			'2019-08-12', '2019-09-16', '2019-09-23', '2019-10-14', '2019-10-22', '2019-11-03', '2019-11-04',
			'2019-11-23',
		]);
		expect(byKey('JP', 2019, 'citizens-holiday')?.localName).toBe('国民の休日');
		expect(byKey('JP', 2019, 'childrens-day-observed')?.localName).toBe('振替休日');
		expect(dateOf('JP', 2019, 'emperors-birthday')).toBeUndefined();
		expect(dateOf('JP', 2019, 'emperors-birthday-heisei')).toBeUndefined();
	});

	it('2020 and 2021 Olympic moves', () => {
		expect(datesOf('JP', 2020)).toEqual([
			'2020-01-01', '2020-01-13', '2020-02-11', '2020-02-23', '2020-02-24', '2020-03-20', '2020-04-29',
			'2020-05-03', '2020-05-04', '2020-05-05', '2020-05-06', '2020-07-23', '2020-07-24', '2020-08-10',
			'2020-09-21', '2020-09-22', '2020-11-03', '2020-11-23',
		]);
		expect(dateOf('JP', 2021, 'marine-day')).toBe('2021-07-22');
		expect(dateOf('JP', 2021, 'sports-day')).toBe('2021-07-23');
		expect(dateOf('JP', 2021, 'mountain-day')).toBe('2021-08-08');
		expect(dateOf('JP', 2021, 'mountain-day-observed')).toBe('2021-08-09');
		expect(byKey('JP', 2021, 'mountain-day')?.fixed).toBe(false);
		expect(byKey('JP', 2022, 'mountain-day')?.fixed).toBe(true);
	});

	it('Mountain Day from 2016; Sports Day renamed 2020; 2026 citizens\' holiday in September', () => {
		expect(dateOf('JP', 2015, 'mountain-day')).toBeUndefined();
		expect(dateOf('JP', 2016, 'mountain-day')).toBe('2016-08-11');
		expect(dateOf('JP', 2019, 'health-and-sports-day')).toBe('2019-10-14');
		expect(dateOf('JP', 2022, 'sports-day')).toBe('2022-10-10');
		expect(dateOf('JP', 2026, 'citizens-holiday')).toBe('2026-09-22');
		expect(dateOf('JP', 2026, 'constitution-memorial-day-observed')).toBe('2026-05-06');
		expect(dateOf('JP', 2009, 'citizens-holiday')).toBe('2009-09-22');
	});

	it('2000-2006 rules: Happy Monday 2000, 4 May citizens\' holiday, fixed Marine/Respect-for-the-Aged days', () => {
		expect(dateOf('JP', 2000, 'coming-of-age-day')).toBe('2000-01-10');
		expect(dateOf('JP', 2000, 'health-and-sports-day')).toBe('2000-10-09');
		expect(dateOf('JP', 2000, 'citizens-holiday')).toBe('2000-05-04');
		expect(dateOf('JP', 2002, 'marine-day')).toBe('2002-07-20');
		expect(dateOf('JP', 2003, 'marine-day')).toBe('2003-07-21');
		expect(dateOf('JP', 2002, 'respect-for-the-aged-day')).toBe('2002-09-15');
		expect(dateOf('JP', 2006, 'greenery-day-april')).toBe('2006-04-29');
		expect(dateOf('JP', 2007, 'showa-day')).toBe('2007-04-29');
		expect(dateOf('JP', 2007, 'greenery-day')).toBe('2007-05-04');
		expect(dateOf('JP', 2000, 'vernal-equinox-day')).toBe('2000-03-20');
		expect(dateOf('JP', 2000, 'autumnal-equinox-day')).toBe('2000-09-23');
	});

	it('equinox days match the published dates', () => {
		const spring: Record<number, string> = { 2023: '2023-03-21', 2024: '2024-03-20', 2025: '2025-03-20', 2026: '2026-03-20' };
		const autumn: Record<number, string> = { 2023: '2023-09-23', 2024: '2024-09-22', 2025: '2025-09-23', 2026: '2026-09-23' };
		for (const y of [2023, 2024, 2025, 2026]) {
			expect(dateOf('JP', y, 'vernal-equinox-day')).toBe(spring[y]);
			expect(dateOf('JP', y, 'autumnal-equinox-day')).toBe(autumn[y]);
		}
		expect(iso(byKey('JP', 2024, 'autumnal-equinox-day-observed')!.start)).toBe('2024-09-23');
	});
});
