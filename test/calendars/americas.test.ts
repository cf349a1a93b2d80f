// Known dates for USA, CAN, MEX, BRA and ARG.
// Sources of the expected dates (* = consulted online while writing; the others are the published
// official lists, used from knowledge and not re-fetched here):
// - USA: OPM federal holidays lists (opm.gov/policy-data-oversight/pay-leave/federal-holidays) for
//   2021, 2022 and 2024; 5 U.S.C. 6103; Juneteenth National Independence Day Act (2021).
// - CAN: Canada Labour Code s.166; canada.ca "Public holidays" / federal public service observed days
//   (2021 first National Day for Truth and Reconciliation; 2023 Sep 30 on Saturday -> Oct 2).
// - MEX*: DOF 17 Jan 2006 reform of LFT art. 74 and its 2nd transitory article (Juárez from 2007);
//   2024 reform (1 October, transmission of power).
// - BRA: Lei 14.759/2023 (Zumbi and Black Consciousness Day from 2024); gov.br holiday portarias.
// - ARG*: argentina.gob.ar/interior/feriados lists for 2024, 2025 and 2026 (as reported in the press:
//   Decreto 106/2023 bridge days 2024; Decreto 1027/2024 "días no laborables" 2025; Resolución 164/2025
//   for 2026); centrodecomercio.org.ar 2007 list; Decreto 297/2020 (Malvinas day moved to 31 March).
import { getPublicHolidays } from '../../nodes/PortSip/calendars';
import { byKey, dateOf, datesOf } from './helpers';

describe('USA (federal)', () => {
	it('2024 matches the OPM list', () => {
		expect(datesOf('US', 2024)).toEqual([
			'2024-01-01', '2024-01-15', '2024-02-19', '2024-05-27', '2024-06-19', '2024-07-04',
			'2024-09-02', '2024-10-14', '2024-11-11', '2024-11-28', '2024-12-25',
		]);
	});

	it('2021: observed days (Sat -> Fri, Sun -> Mon) and New Year 2022 observed on 31 Dec 2021', () => {
		expect(dateOf('US', 2021, 'juneteenth-observed')).toBe('2021-06-18');
		expect(dateOf('US', 2021, 'independence-day-observed')).toBe('2021-07-05');
		expect(dateOf('US', 2021, 'christmas-day-observed')).toBe('2021-12-24');
		expect(dateOf('US', 2021, 'new-years-day-observed')).toBe('2021-12-31');
		expect(dateOf('US', 2022, 'new-years-day-observed')).toBeUndefined();
		expect(dateOf('US', 2022, 'christmas-day-observed')).toBe('2022-12-26');
		expect(byKey('US', 2021, 'christmas-day')?.fixed).toBe(true);
		expect(byKey('US', 2021, 'christmas-day-observed')?.fixed).toBe(false);
	});

	it('Juneteenth only from 2021', () => {
		expect(dateOf('US', 2020, 'juneteenth')).toBeUndefined();
		expect(dateOf('US', 2021, 'juneteenth')).toBe('2021-06-19');
		expect(dateOf('US', 2100, 'juneteenth')).toBe('2100-06-19');
	});

	it('2000 and 2100 edges', () => {
		expect(dateOf('US', 2000, 'thanksgiving-day')).toBe('2000-11-23');
		expect(dateOf('US', 2000, 'memorial-day')).toBe('2000-05-29');
		expect(dateOf('US', 2100, 'martin-luther-king-jr-day')).toBe('2100-01-18');
		// 1 Jan 2101 is a Saturday: observed on Friday 31 Dec 2100.
		expect(dateOf('US', 2100, 'new-years-day-observed')).toBe('2100-12-31');
	});
});

describe('CAN (federal)', () => {
	it('2023 with Saturday holidays observed on Monday', () => {
		expect(datesOf('CA', 2023)).toEqual([
			'2023-01-01', '2023-01-02', '2023-04-07', '2023-05-22', '2023-07-01', '2023-07-03', '2023-09-04',
			'2023-09-30', '2023-10-02', '2023-10-09', '2023-11-11', '2023-11-13', '2023-12-25', '2023-12-26',
		]);
	});

	it('National Day for Truth and Reconciliation from 2021; 2022 day of mourning', () => {
		expect(dateOf('CAN', 2020, 'national-day-for-truth-and-reconciliation')).toBeUndefined();
		expect(dateOf('CAN', 2021, 'national-day-for-truth-and-reconciliation')).toBe('2021-09-30');
		expect(dateOf('CAN', 2022, 'national-day-of-mourning')).toBe('2022-09-19');
		expect(dateOf('CAN', 2023, 'national-day-of-mourning')).toBeUndefined();
	});

	it('Victoria Day is the Monday before 25 May; Christmas on Saturday -> Mon 27 + Tue 28', () => {
		expect(dateOf('CA', 2021, 'victoria-day')).toBe('2021-05-24');
		expect(dateOf('CA', 2022, 'victoria-day')).toBe('2022-05-23');
		expect(dateOf('CA', 2021, 'christmas-day-observed')).toBe('2021-12-27');
		expect(dateOf('CA', 2021, 'boxing-day-observed')).toBe('2021-12-28');
		expect(dateOf('CA', 2018, 'canada-day-observed')).toBe('2018-07-02');
	});
});

describe('MEX', () => {
	it('2005: fixed dates before the 2006 reform', () => {
		expect(datesOf('MX', 2005)).toEqual([
			'2005-01-01', '2005-02-05', '2005-03-21', '2005-05-01', '2005-09-16', '2005-11-20', '2005-12-25',
		]);
	});

	it('2006: Monday moves, but Juárez stays on 21 March (bicentenary), and 1 December', () => {
		expect(dateOf('MX', 2006, 'constitution-day')).toBe('2006-02-06');
		expect(dateOf('MX', 2006, 'benito-juarez-day')).toBe('2006-03-21');
		expect(dateOf('MX', 2006, 'revolution-day')).toBe('2006-11-20');
		expect(dateOf('MX', 2006, 'transmission-of-executive-power')).toBe('2006-12-01');
		expect(dateOf('MX', 2007, 'benito-juarez-day')).toBe('2007-03-19');
	});

	it('2024: transmission of power on 1 October; 2025 Monday holidays', () => {
		expect(dateOf('MX', 2018, 'transmission-of-executive-power')).toBe('2018-12-01');
		expect(dateOf('MX', 2024, 'transmission-of-executive-power')).toBe('2024-10-01');
		expect(dateOf('MX', 2025, 'transmission-of-executive-power')).toBeUndefined();
		expect(datesOf('MX', 2025)).toEqual([
			'2025-01-01', '2025-02-03', '2025-03-17', '2025-05-01', '2025-09-16', '2025-11-17', '2025-12-25',
		]);
		expect(byKey('MX', 2025, 'benito-juarez-day')?.fixed).toBe(false);
		expect(byKey('MX', 2005, 'benito-juarez-day')?.fixed).toBe(true);
	});
});

describe('BRA', () => {
	it('2024 adds Black Consciousness Day; 2023 does not have it', () => {
		expect(datesOf('BR', 2024)).toEqual([
			'2024-01-01', '2024-03-29', '2024-04-21', '2024-05-01', '2024-09-07', '2024-10-12',
			'2024-11-02', '2024-11-15', '2024-11-20', '2024-12-25',
		]);
		expect(dateOf('BR', 2023, 'black-consciousness-day')).toBeUndefined();
		expect(dateOf('BR', 2023, 'good-friday')).toBe('2023-04-07');
	});
});

describe('ARG', () => {
	it('2024: trasladables and bridge holidays (feriados con fines turísticos)', () => {
		expect(datesOf('AR', 2024)).toEqual([
			'2024-01-01', '2024-02-12', '2024-02-13', '2024-03-24', '2024-03-29', '2024-04-01', '2024-04-02',
			'2024-05-01', '2024-05-25', '2024-06-17', '2024-06-20', '2024-06-21', '2024-07-09', '2024-08-17',
			'2024-10-11', '2024-10-12', '2024-11-18', '2024-12-08', '2024-12-25',
		]);
	});

	it('2025 and 2026: trasladables move to Mondays; "días no laborables" are not holidays', () => {
		expect(dateOf('AR', 2025, 'guemes-day')).toBe('2025-06-16');
		expect(dateOf('AR', 2025, 'national-sovereignty-day')).toBe('2025-11-24');
		expect(datesOf('AR', 2025)).not.toContain('2025-05-02');
		expect(dateOf('AR', 2026, 'guemes-day')).toBe('2026-06-15');
		expect(dateOf('AR', 2026, 'national-sovereignty-day')).toBe('2026-11-23');
		expect(dateOf('AR', 2026, 'carnival-monday')).toBe('2026-02-16');
		expect(datesOf('AR', 2026)).not.toContain('2026-03-23');
	});

	it('older regimes: 2007 Monday rules, 2011 Carnival restored, 2020 Malvinas moved', () => {
		expect(dateOf('AR', 2007, 'flag-day')).toBe('2007-06-18');
		expect(dateOf('AR', 2007, 'san-martin-day')).toBe('2007-08-20');
		expect(dateOf('AR', 2007, 'columbus-day')).toBe('2007-10-15');
		expect(dateOf('AR', 2010, 'carnival-monday')).toBeUndefined();
		expect(dateOf('AR', 2011, 'carnival-monday')).toBe('2011-03-07');
		expect(dateOf('AR', 2020, 'malvinas-day')).toBe('2020-03-31');
		expect(byKey('AR', 2020, 'malvinas-day')?.fixed).toBe(false);
		expect(byKey('AR', 2021, 'malvinas-day')?.fixed).toBe(true);
		expect(dateOf('AR', 2022, 'world-cup-victory-day')).toBe('2022-12-20');
		// Ley 24.254: census days are national holidays (2001, 2010, 2022)
		expect(dateOf('AR', 2001, 'census-day')).toBe('2001-11-17');
		expect(dateOf('AR', 2010, 'census-day')).toBe('2010-10-27');
		expect(dateOf('AR', 2022, 'census-day')).toBe('2022-05-18');
		expect(getPublicHolidays('AR', 2100).find((h) => h.key === 'carnival-monday')?.start).toEqual({ year: 2100, month: 2, day: 8 });
	});
});
