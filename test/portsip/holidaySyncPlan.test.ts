/** Holiday → Sync without the engine: the planner (syncPlan.ts) and the desired set (syncSource.ts). */
import { getPublicHolidays } from '../../nodes/PortSip/calendars';
import {
	SyncInputError,
	checkDesired,
	differences,
	matchKey,
	planSync,
	updateBody,
	type DesiredBody,
	type DesiredHoliday,
	type ExistingHoliday,
	type PlannedAction,
} from '../../nodes/PortSip/resources/holiday/syncPlan';
import { calendarHolidays, entryHoliday, parseHolidayList, parseYears } from '../../nodes/PortSip/resources/holiday/syncSource';
import { ALL_DAY, everyYear, oneDay as oneYear } from '../harness/holidayBodies';


const wanted = (body: DesiredBody, origin = `Item 0`, itemIndex = 0): DesiredHoliday => ({ body, origin, itemIndex });
let nextId = 0;
const onPbx = (body: DesiredBody, more: Record<string, unknown> = {}): ExistingHoliday => ({ id: `id-${++nextId}`, ...body, ...more });

/** `create Christmas Day`, `update Easter Monday: day_start`, … */
function summary(plan: PlannedAction[]): string[] {
	return plan.map((step) => {
		const holiday = step.action === 'create' ? step.desired.body : step.existing;
		const changes = 'changes' in step && step.changes ? `: ${Object.keys(step.changes).join(', ')}` : '';
		const duplicate = 'duplicateOf' in step && step.duplicateOf ? ` (copy of ${step.duplicateOf})` : '';
		return `${step.action} ${holiday.name as string}${changes}${duplicate}`;
	});
}

describe('planSync', () => {
	const christmas = everyYear('Christmas Day', 'GBR', 12, 25);
	const easterMonday = oneYear('Easter Monday', 'GBR', 2026, 4, 6);

	it('matches by region, name and year (or every year): the same holiday in another year, region or name is another holiday', () => {
		const existing = [
			onPbx(oneYear('Easter Monday', 'GBR', 2025, 4, 21)),
			onPbx(oneYear('Easter Monday', 'DEU', 2026, 4, 6)),
			onPbx(oneYear('Easter monday', 'GBR', 2026, 4, 6)),
			onPbx(everyYear('Easter Monday', 'GBR', 4, 6)),
		];
		expect(summary(planSync([wanted(easterMonday)], existing, 'upsert'))).toEqual(['create Easter Monday']);
		expect(matchKey(easterMonday)).toBe(matchKey({ ...easterMonday, month_start: 5, year_end: 2027 }));
	});

	it('Add Missing creates what is missing and leaves a holiday that differs as it is, saying what differs', () => {
		const existing = [onPbx({ ...christmas, hour_start: 12 }), onPbx(easterMonday)];
		const plan = planSync([wanted(christmas), wanted(easterMonday), wanted(oneYear('Good Friday', 'GBR', 2026, 4, 3))], existing, 'addMissing');
		// its own action, so that "action is not unchanged" catches it
		expect(summary(plan)).toEqual(['differs Christmas Day: hour_start', 'unchanged Easter Monday', 'create Good Friday']);
		expect(plan[0]).toMatchObject({ changes: { hour_start: { from: 12, to: 0 } } });
	});

	it('Upsert updates only the fields that differ; the years of a holiday every year are not compared', () => {
		const existing = [onPbx({ ...christmas, year_start: 2019, year_end: 2019 }), onPbx({ ...easterMonday, day_start: 5, consecutive: true })];
		const plan = planSync([wanted(christmas), wanted(easterMonday)], existing, 'upsert');
		expect(summary(plan)).toEqual(['unchanged Christmas Day', 'update Easter Monday: consecutive, day_start']);
		const update = plan[1] as Extract<PlannedAction, { action: 'update' }>;
		expect(updateBody(update.changes)).toEqual({ consecutive: false, day_start: 6 });
	});

	it('a flag the PBX leaves out counts as false', () => {
		const { consecutive: _left, ...withoutFlag } = christmas;
		expect(differences(christmas, onPbx(withoutFlag as DesiredBody))).toBeUndefined();
		expect(differences({ ...christmas, consecutive: true }, onPbx(withoutFlag as DesiredBody))).toEqual({ consecutive: { from: false, to: true } });
	});

	it('Mirror deletes what is in the scope and not desired, and nothing outside it', () => {
		const existing = [
			onPbx(everyYear('[Auto] Christmas Day', 'GBR', 12, 25)),
			onPbx(oneYear('[Auto] Easter Monday', 'GBR', 2025, 4, 21)), // last year's: in scope, not desired
			onPbx(oneYear('Company Day', 'GBR', 2026, 6, 1)), // made by hand: no prefix
			onPbx(oneYear('[Auto] Fête', 'FRA', 2026, 7, 14)), // another region
		];
		const desired = [wanted(everyYear('[Auto] Christmas Day', 'GBR', 12, 25))];
		expect(summary(planSync(desired, existing, 'mirror', { namePrefix: '[Auto] ' }))).toEqual([
			'unchanged [Auto] Christmas Day',
			'delete [Auto] Easter Monday',
			'delete [Auto] Fête',
		]);
		expect(summary(planSync(desired, existing, 'mirror', { namePrefix: '[Auto] ', region: 'GBR' }))).toEqual([
			'unchanged [Auto] Christmas Day',
			'delete [Auto] Easter Monday',
		]);
		expect(summary(planSync(desired, existing, 'mirror', { region: 'GBR' }))).toEqual([
			'unchanged [Auto] Christmas Day',
			'delete [Auto] Easter Monday',
			'delete Company Day',
		]);
		// the other modes never delete
		expect(summary(planSync(desired, existing, 'upsert', { namePrefix: '[Auto] ' }))).toEqual(['unchanged [Auto] Christmas Day']);
	});

	it('Mirror without a scope is refused, saying why', () => {
		expect(() => planSync([], [onPbx(christmas)], 'mirror', {})).toThrow(SyncInputError);
		expect(() => planSync([], [onPbx(christmas)], 'mirror', { namePrefix: '' })).toThrow(
			/^Mirror needs a scope: set a Name Prefix .* or a Mirror Region, or both\..*made by hand/,
		);
	});

	it('several PBX copies of a desired holiday: the exact one is kept, the others are extra copies (deleted by Mirror within its scope)', () => {
		const stale = onPbx({ ...christmas, day_start: 24, day_end: 24 });
		const exact = onPbx(christmas);
		const upsert = planSync([wanted(christmas)], [stale, exact], 'upsert');
		expect(summary(upsert)).toEqual(['unchanged Christmas Day', `unchanged Christmas Day (copy of ${exact.id})`]);
		expect(upsert.map((step) => (step as { existing: ExistingHoliday }).existing.id)).toEqual([exact.id, stale.id]);
		const mirror = planSync([wanted(christmas)], [stale, exact], 'mirror', { region: 'GBR' });
		expect(summary(mirror)).toEqual(['unchanged Christmas Day', `delete Christmas Day (copy of ${exact.id})`]);
		expect(summary(planSync([wanted(christmas)], [stale, exact], 'mirror', { region: 'DEU' }))).toEqual([
			'unchanged Christmas Day',
			`unchanged Christmas Day (copy of ${exact.id})`,
		]);
		// no exact copy: the first listed is updated, the second is a copy
		const other = onPbx({ ...christmas, hour_start: 9 });
		expect(summary(planSync([wanted(christmas)], [stale, other], 'upsert'))).toEqual([
			'update Christmas Day: day_start, day_end',
			`unchanged Christmas Day (copy of ${stale.id})`,
		]);
	});

	it('duplicates in the desired set are refused, each named with where it came from', () => {
		const desired = [wanted(christmas, 'Item 0'), wanted(easterMonday, 'Item 1'), wanted({ ...christmas, day_start: 26, day_end: 26 }, 'Item 4')];
		expect(() => checkDesired(desired)).toThrow(
			'The holidays to sync contain duplicates (same region, name and year, or both every year): "Christmas Day" (GBR, every year) from Item 0 and Item 4. Give each a different name (or remove one); nothing was written.',
		);
		expect(() => planSync(desired, [], 'addMissing')).toThrow(SyncInputError);
		// the same name in two years, or once every year and once in a year, is not a duplicate
		expect(() => checkDesired([wanted(easterMonday), wanted({ ...easterMonday, year_start: 2027, year_end: 2027 }), wanted(everyYear('Easter Monday', 'GBR', 4, 6))])).not.toThrow();
	});

	it('nothing desired and nothing to delete: an empty plan', () => {
		expect(planSync([], [onPbx(christmas)], 'upsert')).toEqual([]);
	});
});

describe('calendarHolidays', () => {
	it('a fixed-date holiday becomes one holiday every year; a movable one, one per year; observed days are holidays of their own', () => {
		const holidays = calendarHolidays('GB', [2026, 2027]);
		const byName = (name: string) => holidays.filter((holiday) => holiday.description.name === name).map((holiday) => holiday.description);
		expect(byName('Christmas Day')).toEqual([{ name: 'Christmas Day', region: 'GBR', everyYear: true, date: '12-25' }]);
		expect(byName('Easter Monday')).toEqual([
			{ name: 'Easter Monday', region: 'GBR', everyYear: false, date: '2026-04-06' },
			{ name: 'Easter Monday', region: 'GBR', everyYear: false, date: '2027-03-29' },
		]);
		// 25 and 26 December 2027 are a Saturday and a Sunday
		expect(byName('Christmas Day (observed)')).toEqual([{ name: 'Christmas Day (observed)', region: 'GBR', everyYear: false, date: '2027-12-27' }]);
		// every holiday of both years is there, once
		const perYear = [2026, 2027].flatMap((year) => getPublicHolidays('GBR', year));
		const everyYearCount = holidays.filter((holiday) => holiday.description.everyYear).length;
		expect(holidays.length + everyYearCount).toBe(perYear.length);
		expect(holidays[0].origin).toBe("United Kingdom every year: New Year's Day");
	});

	it('a fixed holiday is one holiday every year only if it falls on its date in each year asked for', () => {
		// New Year's Day, Saturday 1 January 2022 in the UK: still on 1 January (its observed day is separate)
		expect(calendarHolidays('GBR', [2022]).filter((holiday) => holiday.description.name === "New Year's Day").map((h) => h.description)).toEqual([
			{ name: "New Year's Day", region: 'GBR', everyYear: true, date: '01-01' },
		]);
		// Greece's Labour Day (1 May) was moved to 7 May in 2024: one holiday per year for 2023 and 2024
		const labourDay = (years: number[]) =>
			calendarHolidays('GRC', years).filter((holiday) => holiday.description.name === 'Labour Day').map((holiday) => holiday.description);
		expect(labourDay([2023, 2024])).toEqual([
			{ name: 'Labour Day', region: 'GRC', everyYear: false, date: '2023-05-01' },
			{ name: 'Labour Day', region: 'GRC', everyYear: false, date: '2024-05-07' },
		]);
		expect(labourDay([2025, 2026])).toEqual([{ name: 'Labour Day', region: 'GRC', everyYear: true, date: '05-01' }]);
		// Germany's Reformation Day 2017 was a one-off: a holiday of that year only
		const reformation = calendarHolidays('DEU', [2016, 2017]).filter((holiday) => holiday.description.name.startsWith('Reformation'));
		expect(reformation.map((holiday) => holiday.description)).toEqual([
			{ name: 'Reformation Day (500th anniversary)', region: 'DEU', everyYear: false, date: '2017-10-31' },
		]);
	});

	it('local names on request', () => {
		const names = calendarHolidays('deu', [2026], 'local').map((holiday) => holiday.description.name);
		expect(names).toContain('Erster Weihnachtstag');
		expect(names).not.toContain('Christmas Day');
	});

	it('holidays of one year that share a name get their date, so each can be told apart (Argentina\'s bridge days)', () => {
		const bridges = calendarHolidays('AR', [2024]).filter((holiday) => holiday.description.name.startsWith('Bridge'));
		expect(bridges.map((holiday) => holiday.description.name)).toEqual([
			'Bridge Holiday (tourism) (04-01)',
			'Bridge Holiday (tourism) (06-21)',
			'Bridge Holiday (tourism) (10-11)',
		]);
		expect(() => checkDesired(calendarHolidays('AR', [2024]).map((h, i) => wanted({ ...oneYear(h.description.name, 'ARG', 2024, 1, 1) }, `#${i}`)))).not.toThrow();
	});

	it('a country without a calendar is refused with the list of those that have one', () => {
		expect(() => calendarHolidays('XX', [2026])).toThrow(/^Country Name or ID: "XX" has no built-in calendar; the calendars cover US\/USA, CA\/CAN, .*KR\/KOR$/);
	});
});

describe('parseYears', () => {
	it('reads "2026, 2027", spaces, numbers and lists; sorted without repeats; empty means this year and the next', () => {
		expect(parseYears('2027, 2026;2026  2028', 2030)).toEqual([2026, 2027, 2028]);
		expect(parseYears(2026, 2030)).toEqual([2026]);
		expect(parseYears([2027, '2026'], 2030)).toEqual([2026, 2027]);
		expect(parseYears('', 2030)).toEqual([2030, 2031]);
		expect(parseYears(undefined, 2030)).toEqual([2030, 2031]);
	});

	it('refuses what is not a year the calendars cover, and a list with no year', () => {
		expect(() => parseYears('2026, 20x7', 2026)).toThrow('Years: "20x7" is not a year the calendars cover; give years from 2000 to 2100, such as "2026, 2027" (empty: this year and the next)');
		expect(() => parseYears('1999', 2026)).toThrow(/"1999" is not a year/);
		expect(() => parseYears(2026.5, 2026)).toThrow(/"2026.5" is not a year/);
		expect(() => parseYears(' , ', 2026)).toThrow(/^Years: give years/);
	});
});

describe('holiday entries (input items, JSON)', () => {
	it('keeps the holiday fields, drops others and empty values, and fills the region and every year', () => {
		expect(entryHoliday({ name: 'Company Day', date: '2026-06-01', id: 'x', note: 'n', endTime: '' }, 'DEU')).toEqual({
			name: 'Company Day',
			date: '2026-06-01',
			region: 'DEU',
			everyYear: false,
		});
		expect(entryHoliday({ name: 'Fête', region: 'fr', everyYear: true, startDate: '07-14', endDate: '07-15', allDay: false, startTime: '08:00', endTime: '12:00' }, 'DEU')).toEqual({
			name: 'Fête',
			region: 'fr',
			everyYear: true,
			startDate: '07-14',
			endDate: '07-15',
			allDay: false,
			startTime: '08:00',
			endTime: '12:00',
		});
	});

	it('a JSON list is text or a list; anything else is refused, saying what is expected', () => {
		expect(parseHolidayList('[{"name": "A", "date": "2026-01-02"}]')).toEqual([{ name: 'A', date: '2026-01-02' }]);
		expect(parseHolidayList([{ name: 'A' }])).toEqual([{ name: 'A' }]);
		expect(() => parseHolidayList('[{"name": ')).toThrow(/^Holidays \(JSON\): not valid JSON/);
		expect(() => parseHolidayList('{"name": "A"}')).toThrow('Holidays (JSON): must be a list, such as [{"name": "Company Day", "date": "2026-06-01"}]');
		expect(() => parseHolidayList('[{"name": "A"}, 3]')).toThrow(/^Holidays \(JSON\): entry 1 must be an object/);
	});
});
