/** Holiday → Sync, source iCalendar: the parser (pure) and a sync through n8n's engine against the sandbox. */
import { icsHolidays } from '../../nodes/PortSip/resources/holiday/ics';
import { usePortSip, type PortSipFixture } from '../harness/portsip';

const ics = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR'].join('\r\n');
const event = (...lines: string[]) => ['BEGIN:VEVENT', 'UID:1@test', ...lines, 'END:VEVENT'];
const descriptions = (text: string, timeZone = 'Europe/Berlin') => icsHolidays(text, 'DEU', timeZone).map((holiday) => holiday.description);

describe('iCalendar parser', () => {
	it('all-day single and multi-day events (DTEND exclusive), folded lines and escaped text', () => {
		const text = ics(
			...event('SUMMARY:Company', '  Day\\, summer', 'DTSTART;VALUE=DATE:20260601', 'DTEND;VALUE=DATE:20260602'),
			...event('SUMMARY:Christmas closure', 'DTSTART;VALUE=DATE:20261224', 'DTEND;VALUE=DATE:20261228'),
			...event('SUMMARY:No end', 'DTSTART;VALUE=DATE:20260701'),
		);
		// a byte order mark before BEGIN:VCALENDAR (files saved by Windows tools) is ignored
		expect(descriptions(`\uFEFF${text}`)).toEqual(descriptions(text));
		expect(descriptions(text)).toEqual([
			{ name: 'Company Day, summer', region: 'DEU', everyYear: false, date: '2026-06-01' },
			{ name: 'Christmas closure', region: 'DEU', everyYear: false, startDate: '2026-12-24', endDate: '2026-12-27' },
			{ name: 'No end', region: 'DEU', everyYear: false, date: '2026-07-01' },
		]);
	});

	it('timed events become part-day holidays: UTC and IANA TZID converted to the workflow zone, floating and Windows zones as written', () => {
		const text = ics(
			...event('SUMMARY:Staff meeting', 'DTSTART:20260115T120000Z', 'DTEND:20260115T150000Z'),
			...event('SUMMARY:New York office party', 'DTSTART;TZID=America/New_York:20260320T090000', 'DTEND;TZID=America/New_York:20260320T110000'),
			...event('SUMMARY:Floating', 'DTSTART:20260401T083000', 'DURATION:PT2H15M'),
			...event('SUMMARY:Outlook', 'DTSTART;TZID="W. Europe Standard Time":20260402T100000', 'DTEND;TZID="W. Europe Standard Time":20260402T120000'),
			...event('SUMMARY:Overnight', 'DTSTART:20260403T220000', 'DTEND:20260405T000000'),
		);
		expect(descriptions(text)).toEqual([
			{ name: 'Staff meeting', region: 'DEU', everyYear: false, date: '2026-01-15', allDay: false, startTime: '13:00', endTime: '16:00' },
			{ name: 'New York office party', region: 'DEU', everyYear: false, date: '2026-03-20', allDay: false, startTime: '14:00', endTime: '16:00' },
			{ name: 'Floating', region: 'DEU', everyYear: false, date: '2026-04-01', allDay: false, startTime: '08:30', endTime: '10:45' },
			{ name: 'Outlook', region: 'DEU', everyYear: false, date: '2026-04-02', allDay: false, startTime: '10:00', endTime: '12:00' },
			{ name: 'Overnight', region: 'DEU', everyYear: false, startDate: '2026-04-03', endDate: '2026-04-04', allDay: false, startTime: '22:00', endTime: '23:59' },
		]);
		// summer time: 12:00 UTC is 14:00 in Berlin in July
		expect(descriptions(ics(...event('SUMMARY:x', 'DTSTART:20260715T120000Z')), 'Europe/Berlin')[0]).toMatchObject({ startTime: '14:00', endTime: '14:00' });
	});

	it('yearly rules: every year when unbounded, one per year with COUNT or UNTIL; cancelled events and alarms are skipped', () => {
		const text = ics(
			...event('SUMMARY:Founders Day', 'DTSTART;VALUE=DATE:20200905', 'RRULE:FREQ=YEARLY', 'BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:-PT15M', 'END:VALARM'),
			...event('SUMMARY:Summer break', 'DTSTART;VALUE=DATE:20260803', 'DTEND;VALUE=DATE:20260808', 'RRULE:FREQ=YEARLY;COUNT=2'),
			...event('SUMMARY:Leap day', 'DTSTART;VALUE=DATE:20240229', 'RRULE:FREQ=YEARLY;UNTIL=20290301'),
			...event('SUMMARY:Cancelled', 'STATUS:CANCELLED', 'DTSTART;VALUE=DATE:20260101'),
		);
		expect(descriptions(text)).toEqual([
			{ name: 'Founders Day', region: 'DEU', everyYear: true, date: '09-05' },
			{ name: 'Summer break', region: 'DEU', everyYear: false, startDate: '2026-08-03', endDate: '2026-08-07' },
			{ name: 'Summer break', region: 'DEU', everyYear: false, startDate: '2027-08-03', endDate: '2027-08-07' },
			{ name: 'Leap day', region: 'DEU', everyYear: false, date: '2024-02-29' },
			{ name: 'Leap day', region: 'DEU', everyYear: false, date: '2028-02-29' },
		]);
	});

	it.each([
		['not a calendar', 'hello', /^iCalendar: line 1: "hello" is not an iCalendar content line/],
		['weekly rule', ics(...event('SUMMARY:x', 'DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=WEEKLY')), /^iCalendar: line 8: RRULE FREQ=WEEKLY is not supported: only FREQ=YEARLY/],
		['weekday rule', ics(...event('SUMMARY:Thanksgiving', 'DTSTART;VALUE=DATE:20261126', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH')), /^iCalendar: line 8: RRULE BYDAY is not supported/],
		['EXDATE', ics(...event('SUMMARY:x', 'DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=YEARLY', 'EXDATE;VALUE=DATE:20270101')), /^iCalendar: line 9: EXDATE is not supported/],
		['bad date', ics(...event('SUMMARY:x', 'DTSTART;VALUE=DATE:20260230')), /^iCalendar: line 7: DTSTART "20260230" is not a day that exists/],
		['no summary', ics(...event('DTSTART;VALUE=DATE:20260101')), /^iCalendar: line 4: the event has no SUMMARY/],
		['unclosed event', ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'SUMMARY:x'].join('\n'), /^iCalendar: line 2: BEGIN:VEVENT is never closed/],
		['ends before it starts', ics(...event('SUMMARY:x', 'DTSTART:20260101T100000', 'DTEND:20260101T090000')), /^iCalendar: line 8: the event "x" ends before it starts/],
		['empty', '  ', /^iCalendar: give the text of an \.ics file/],
	])('refuses %s, naming the line', (_, text, message) => {
		expect(() => icsHolidays(text, 'DEU', 'UTC')).toThrow(message);
	});
});

describe('Holiday → Sync from iCalendar through n8n\'s engine', () => {
	const pbx = usePortSip();
	const tenantOf = (fixture: PortSipFixture) => fixture.sandbox.state.tenantByDomain('tenant1.example.com')!;
	beforeEach(() => tenantOf(pbx).holidays.clear());

	it('creates an all-day, a multi-day yearly and a part-day holiday; a bad file sends nothing', async () => {
		const text = ics(
			...event('SUMMARY:Company Day', 'DTSTART;VALUE=DATE:20260601'),
			// a floating time: as written, whatever the workflow's time zone (conversions are tested above)
			...event('SUMMARY:Works outing', 'DTSTART:20260612T130000', 'DTEND:20260612T180000'),
			...event('SUMMARY:Christmas closure', 'DTSTART;VALUE=DATE:20261224', 'DTEND;VALUE=DATE:20261227', 'RRULE:FREQ=YEARLY'),
		);
		const run = await pbx.engine.runNode({ resource: 'holiday', operation: 'sync', source: 'ics', icsText: text, region: 'DEU', mode: 'addMissing' });
		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => item.json.action)).toEqual(['created', 'created', 'created']);
		const stored = [...tenantOf(pbx).holidays.values()];
		const outing = stored.find((holiday) => holiday.name === 'Works outing')!;
		expect(outing).toMatchObject({ every_year: false, year_start: 2026, month_start: 6, day_start: 12, hour_start: 13, minute_start: 0, hour_end: 18, minute_end: 0 });
		const closure = stored.find((holiday) => holiday.name === 'Christmas closure')!;
		expect(closure).toMatchObject({ every_year: true, consecutive: true, month_start: 12, day_start: 24, month_end: 12, day_end: 26 });

		pbx.sandbox.clearLog();
		const bad = await pbx.engine.runNode({ resource: 'holiday', operation: 'sync', source: 'ics', icsText: text.replace('RRULE:FREQ=YEARLY', 'RRULE:FREQ=DAILY'), region: 'DEU', mode: 'mirror', mirrorRegion: 'DEU' });
		expect(bad.error?.message).toMatch(/^iCalendar: line \d+: RRULE FREQ=DAILY is not supported/);
		expect(pbx.sandbox.requests).toEqual([]);
		expect(tenantOf(pbx).holidays.size).toBe(3);
	});
});
