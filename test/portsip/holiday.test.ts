import type { IDataObject, INode } from 'n8n-workflow';

import { holidayBody } from '../../nodes/PortSip/resources/holiday/body';
import { addHoliday } from '../../sandbox/portsip/routes/holidays';
import type { Json } from '../../sandbox/portsip/state';
import { usePortSip, type PortSipFixture } from '../harness/portsip';

const CHRISTMAS_EVERY_YEAR = {
	name: 'Christmas Day',
	region: 'GBR',
	consecutive: false,
	every_year: true,
	month_start: 12,
	day_start: 25,
	hour_start: 0,
	minute_start: 0,
	month_end: 12,
	day_end: 25,
	hour_end: 23,
	minute_end: 59,
};

const byId = (id: string) => ({ __rl: true, mode: 'id', value: id });
const fromList = (id: string) => ({ __rl: true, mode: 'list', value: id, cachedResultName: 'Some holiday' });

function tenantOf(pbx: PortSipFixture) {
	return pbx.sandbox.state.tenantByDomain('tenant1.example.com')!;
}

/** `count` holidays named "Holiday 001"…, each on its own day of 2026. */
function seedHolidays(pbx: PortSipFixture, count: number, extra: (index: number) => Json = () => ({})): Json[] {
	return Array.from({ length: count }, (_, index) =>
		addHoliday(tenantOf(pbx), {
			name: `Holiday ${String(index + 1).padStart(3, '0')}`,
			region: 'USA',
			consecutive: false,
			every_year: false,
			year_start: 2026,
			year_end: 2026,
			month_start: (index % 12) + 1,
			day_start: (index % 28) + 1,
			month_end: (index % 12) + 1,
			day_end: (index % 28) + 1,
			hour_start: 0,
			minute_start: 0,
			hour_end: 23,
			minute_end: 59,
			...extra(index),
		}),
	);
}

describe('PortSIP → Holiday: create, get, update, delete through n8n\'s engine', () => {
	const pbx = usePortSip();
	beforeEach(() => tenantOf(pbx).holidays.clear());

	it('creates "Christmas Day, every year, 25 December, all day" from a name, a date and a switch', async () => {
		const { items, error } = await pbx.engine.runNode({
			resource: 'holiday',
			operation: 'create',
			name: 'Christmas Day',
			region: 'GBR',
			date: '2025-12-25T00:00:00',
			everyYear: true,
		});
		expect(error).toBeUndefined();
		const [create, readBack] = pbx.sandbox.apiRequests();
		expect(create.method).toBe('POST');
		expect(create.path).toBe('/api/holidays');
		expect(create.body).toEqual(CHRISTMAS_EVERY_YEAR);
		const [stored] = [...tenantOf(pbx).holidays.values()];
		expect(readBack.method).toBe('GET');
		expect(readBack.path).toBe(`/api/holidays/${stored.id as string}`);
		// (the PBX answers a holiday every year with year_start and year_end 0)
		expect(items.map((i) => i.json)).toEqual([{ id: stored.id, ...CHRISTMAS_EVERY_YEAR, year_start: 0, year_end: 0 }]);
	});

	it('creates a multi-day range of one year with start and end times; a region typed as alpha-2 is sent as alpha-3', async () => {
		const { items, error } = await pbx.engine.runNode(
			{
				resource: 'holiday',
				operation: 'create',
				name: '={{ $json.name }}',
				region: '={{ $json.country }}',
				dateInput: 'dateRange',
				startDate: '2025-12-24T00:00:00',
				endDate: '2026-01-02T00:00:00',
				allDay: false,
				startTime: '13:00',
				endTime: '18:30',
			},
			{ items: [{ name: 'Winter closing', country: 'de' }] },
		);
		expect(error).toBeUndefined();
		const expected = {
			name: 'Winter closing',
			region: 'DEU',
			consecutive: true,
			every_year: false,
			year_start: 2025,
			year_end: 2026,
			month_start: 12,
			day_start: 24,
			hour_start: 13,
			minute_start: 0,
			month_end: 1,
			day_end: 2,
			hour_end: 18,
			minute_end: 30,
		};
		expect(pbx.sandbox.apiRequests()[0].body).toEqual(expected);
		expect(items[0].json).toEqual({ id: expect.any(String), ...expected });
	});

	it('creates a part of one day: not consecutive, the same date at both ends, the hours as given', async () => {
		const { error } = await pbx.engine.runNode({
			resource: 'holiday',
			operation: 'create',
			name: 'Christmas Eve afternoon',
			region: 'USA',
			date: '2025-12-24',
			allDay: false,
			startTime: '13:00',
			endTime: '23:59',
		});
		expect(error).toBeUndefined();
		expect(pbx.sandbox.apiRequests()[0].body).toEqual({
			name: 'Christmas Eve afternoon',
			region: 'USA',
			consecutive: false,
			every_year: false,
			year_start: 2025,
			year_end: 2025,
			month_start: 12,
			day_start: 24,
			hour_start: 13,
			minute_start: 0,
			month_end: 12,
			day_end: 24,
			hour_end: 23,
			minute_end: 59,
		});
	});

	it('accepts 29 February in a leap year, and for a holiday every year (given as "02-29")', async () => {
		const leap = await pbx.engine.runNode({ resource: 'holiday', operation: 'create', name: 'Leap day', region: 'USA', date: '2024-02-29' });
		expect(leap.error).toBeUndefined();
		expect(leap.items[0].json).toMatchObject({ year_start: 2024, month_start: 2, day_start: 29, every_year: false });
		const yearly = await pbx.engine.runNode({
			resource: 'holiday',
			operation: 'create',
			name: 'Leap day',
			region: 'USA',
			date: '02-29',
			everyYear: true,
		});
		expect(yearly.error).toBeUndefined();
		expect(yearly.items[0].json).toMatchObject({ month_start: 2, day_start: 29, every_year: true });
		// no year is sent (the PBX answers year_start and year_end 0)
		expect(pbx.sandbox.apiRequests().filter((request) => request.method === 'POST').at(-1)?.body).not.toHaveProperty('year_start');
	});

	it('takes yes/no and numbers typed as text by expressions', async () => {
		const { error } = await pbx.engine.runNode(
			{
				resource: 'holiday',
				operation: 'create',
				name: 'Half day',
				region: 'USA',
				date: '={{ $json.date }}',
				everyYear: '={{ $json.yearly }}',
				allDay: '={{ $json.allDay }}',
				startTime: '={{ $json.from }}',
				endTime: '={{ $json.to }}',
			},
			{ items: [{ date: '12-31', yearly: 'true', allDay: 'false', from: '12:00', to: '23:59' }] },
		);
		expect(error).toBeUndefined();
		expect(pbx.sandbox.apiRequests()[0].body).toMatchObject({ every_year: true, month_start: 12, day_start: 31, hour_start: 12, minute_start: 0 });

		pbx.sandbox.clearLog();
		const fields = { consecutive: 'false', everyYear: 'true', monthStart: '5', dayStart: '1', monthEnd: '5', dayEnd: '1', hourStart: '0', minuteStart: '0', hourEnd: '23', minuteEnd: '59' };
		const raw = await pbx.engine.runNode(
			{
				resource: 'holiday',
				operation: 'create',
				name: 'Raw',
				region: 'USA',
				dateInput: 'rawFields',
				dateFields: Object.fromEntries(Object.keys(fields).map((field) => [field, `={{ $json.${field} }}`])),
			},
			{ items: [fields] },
		);
		expect(raw.error).toBeUndefined();
		expect(pbx.sandbox.apiRequests()[0].body).toMatchObject({ consecutive: false, every_year: true, month_start: 5, day_start: 1, hour_end: 23 });
	});

	it('creates from raw fields, sent as they are', async () => {
		const dateFields = {
			consecutive: true,
			everyYear: true,
			monthStart: 12,
			dayStart: 24,
			hourStart: 12,
			minuteStart: 0,
			monthEnd: 12,
			dayEnd: 26,
			hourEnd: 23,
			minuteEnd: 59,
		};
		const { items, error } = await pbx.engine.runNode({
			resource: 'holiday',
			operation: 'create',
			name: 'Christmas break',
			region: 'AUT',
			dateInput: 'rawFields',
			dateFields,
		});
		expect(error).toBeUndefined();
		expect(pbx.sandbox.apiRequests()[0].body).toEqual({
			name: 'Christmas break',
			region: 'AUT',
			consecutive: true,
			every_year: true,
			month_start: 12,
			day_start: 24,
			hour_start: 12,
			minute_start: 0,
			month_end: 12,
			day_end: 26,
			hour_end: 23,
			minute_end: 59,
		});
		expect(items[0].json).toMatchObject({ name: 'Christmas break', consecutive: true });
	});

	it('gets a holiday chosen by ID, from the list, or by an expression per item', async () => {
		const [first, second] = seedHolidays(pbx, 2);
		const one = await pbx.engine.runNode({ resource: 'holiday', operation: 'get', holidayId: byId(first.id as string) });
		expect(one.error).toBeUndefined();
		expect(one.items.map((i) => i.json)).toEqual([first]);
		const listed = await pbx.engine.runNode({ resource: 'holiday', operation: 'get', holidayId: fromList(second.id as string) });
		expect(listed.items.map((i) => i.json)).toEqual([second]);
		pbx.sandbox.clearLog();
		const each = await pbx.engine.runNode(
			{ resource: 'holiday', operation: 'get', holidayId: byId('={{ $json.holiday }}') },
			{ items: [{ holiday: second.id as string }, { holiday: first.id as string }] },
		);
		expect(each.items.map((i) => i.json.id)).toEqual([second.id, first.id]);
		expect(pbx.sandbox.apiRequests().map((r) => r.path).sort()).toEqual(
			[`/api/holidays/${first.id as string}`, `/api/holidays/${second.id as string}`].sort(),
		);
	});

	it('says what the PBX answered for an unknown ID, and refuses an empty ID before sending', async () => {
		const unknown = await pbx.engine.runNode({ resource: 'holiday', operation: 'get', holidayId: byId('NoSuchHoliday') });
		expect(unknown.error?.message).toBe('PortSIP API error 404: NOT_FOUND: Holiday NoSuchHoliday not found');
		pbx.sandbox.clearLog();
		const empty = await pbx.engine.runNode({ resource: 'holiday', operation: 'get', holidayId: byId('={{ "" }}') });
		expect(empty.error?.message).toBe('Item 0: "Holiday" (holidayId) must not be empty');
		expect(pbx.sandbox.requests).toEqual([]);
	});

	it('updates only the fields set and returns the holiday as it now stands', async () => {
		const [holiday] = seedHolidays(pbx, 1);
		const { items, error } = await pbx.engine.runNode({
			resource: 'holiday',
			operation: 'update',
			holidayId: byId(holiday.id as string),
			updateFields: { name: 'Renamed', region: 'fr' },
		});
		expect(error).toBeUndefined();
		const [update, readBack] = pbx.sandbox.apiRequests();
		expect(update.method).toBe('POST');
		expect(update.path).toBe(`/api/holidays/${holiday.id as string}`);
		expect(update.body).toEqual({ name: 'Renamed', region: 'FRA' });
		expect(readBack.method).toBe('GET');
		expect(readBack.path).toBe(`/api/holidays/${holiday.id as string}`);
		expect(items.map((i) => i.json)).toEqual([{ ...holiday, name: 'Renamed', region: 'FRA' }]);
	});

	it('updates the dates from a date (every year, all day) or from a few raw fields', async () => {
		const [holiday] = seedHolidays(pbx, 1);
		const moved = await pbx.engine.runNode({
			resource: 'holiday',
			operation: 'update',
			holidayId: byId(holiday.id as string),
			dateInput: 'date',
			date: '2026-12-25T00:00:00',
			everyYear: true,
		});
		expect(moved.error).toBeUndefined();
		const { name: _name, region: _region, ...dates } = CHRISTMAS_EVERY_YEAR;
		expect(pbx.sandbox.apiRequests()[0].body).toEqual(dates);
		expect(moved.items[0].json).toMatchObject({ ...dates, name: holiday.name });

		pbx.sandbox.clearLog();
		const raw = await pbx.engine.runNode({
			resource: 'holiday',
			operation: 'update',
			holidayId: byId(holiday.id as string),
			dateInput: 'rawFields',
			dateFields: { hourStart: 8, minuteStart: 30 },
		});
		expect(raw.error).toBeUndefined();
		expect(pbx.sandbox.apiRequests()[0].body).toEqual({ hour_start: 8, minute_start: 30 });
		expect(raw.items[0].json).toMatchObject({ hour_start: 8, minute_start: 30, day_start: 25 });
	});

	it('deletes a holiday and says so', async () => {
		const [holiday, other] = seedHolidays(pbx, 2);
		const { items, error } = await pbx.engine.runNode({ resource: 'holiday', operation: 'delete', holidayId: byId(holiday.id as string) });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([{ deleted: true, id: holiday.id }]);
		const [destroy] = pbx.sandbox.apiRequests();
		expect(destroy.method).toBe('POST');
		expect(destroy.path).toBe(`/api/holidays/${holiday.id as string}/destroy`);
		expect([...tenantOf(pbx).holidays.keys()]).toEqual([other.id]);

		const again = await pbx.engine.runNode({ resource: 'holiday', operation: 'delete', holidayId: byId(holiday.id as string) });
		expect(again.error?.message).toBe('PortSIP API error 400: VALIDATE_FAILED: Invalid holiday ID supplied.');
	});
});

describe('PortSIP → Holiday: Get Many', () => {
	const pbx = usePortSip();
	beforeEach(() => tenantOf(pbx).holidays.clear());

	const listRequests = () => pbx.sandbox.apiRequests().filter((r) => r.path === '/api/holidays');

	it.each([
		[253, [0, 100, 200]],
		[200, [0, 100]],
		[300, [0, 100, 200]],
	])('Return All reads %i holidays in pages of 100 (⌈n/100⌉ requests, stopping at count), each holiday exactly once', async (count, skips) => {
		const seeded = seedHolidays(pbx, count);
		const { items, error } = await pbx.engine.runNode({ resource: 'holiday', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(count);
		expect(new Set(items.map((i) => i.json.id)).size).toBe(count);
		expect(items.map((i) => i.json)).toEqual(seeded);
		expect(listRequests().map((r) => r.query)).toEqual(skips.map((skip) => ({ skip: String(skip), top: '100' })));
	});

	it('Limit reads no more than it needs: 50 by default, then pages up to the limit', async () => {
		const seeded = seedHolidays(pbx, 160);
		const byDefault = await pbx.engine.runNode({ resource: 'holiday', operation: 'getAll' });
		expect(byDefault.items.map((i) => i.json)).toEqual(seeded.slice(0, 50));
		expect(listRequests().map((r) => r.query)).toEqual([{ skip: '0', top: '50' }]);

		pbx.sandbox.clearLog();
		const limited = await pbx.engine.runNode({ resource: 'holiday', operation: 'getAll', returnAll: false, limit: 130 });
		expect(limited.items.map((i) => i.json)).toEqual(seeded.slice(0, 130));
		expect(listRequests().map((r) => r.query)).toEqual([
			{ skip: '0', top: '100' },
			{ skip: '100', top: '30' },
		]);
	});

	it('passes Filter, Search and Order By to the API and returns what it answers', async () => {
		seedHolidays(pbx, 12, (index) => ({
			name: ['Christmas Day', 'Christmas Eve', 'Boxing Day', 'Christmas Market'][index % 4] + ` ${index}`,
			every_year: index % 2 === 0,
			...(index % 2 === 0 ? { year_start: undefined, year_end: undefined } : {}),
		}));
		const options = { filter: "every_year eq true and startswith(name,'Christmas')", search: 'day', orderby: 'month_start desc' };
		const { items, error } = await pbx.engine.runNode({ resource: 'holiday', operation: 'getAll', returnAll: true, options });
		expect(error).toBeUndefined();
		expect(listRequests().map((r) => r.query)).toEqual([{ ...options, skip: '0', top: '100' }]);
		expect(items.map((i) => [i.json.name, i.json.month_start])).toEqual([
			['Christmas Day 8', 9],
			['Christmas Day 4', 5],
			['Christmas Day 0', 1],
		]);
	});

	it('stops, without repeating items, when a server answers the same full page whatever the skip', async () => {
		const page = seedHolidays(pbx, 100);
		const skips: string[] = [];
		// (answered before the sandbox logs the request, so the interceptor keeps its own log)
		pbx.sandbox.interceptor = (request) => {
			if (request.path !== '/api/holidays') return undefined;
			skips.push(request.query.skip);
			return { status: 200, body: { count: 1000, items: page } };
		};
		try {
			const { items, error } = await pbx.engine.runNode({ resource: 'holiday', operation: 'getAll', returnAll: true });
			expect(error).toBeUndefined();
			expect(items.map((i) => i.json)).toEqual(page);
			expect(skips).toEqual(['0', '100']);
		} finally {
			pbx.sandbox.interceptor = undefined;
		}
	});

	it('says what the PBX answered for a filter it cannot read', async () => {
		const { error } = await pbx.engine.runNode({
			resource: 'holiday',
			operation: 'getAll',
			options: { filter: "colour eq 'red'" },
		});
		expect(error?.message).toBe('PortSIP API error 400: VALIDATE_FAILED: filter: unknown field "colour"');
	});
});

describe('PortSIP → Holiday: dates are checked before anything is sent', () => {
	const pbx = usePortSip();
	beforeEach(() => tenantOf(pbx).holidays.clear());

	const create = { resource: 'holiday', operation: 'create', name: 'Holiday', region: 'USA' };
	const range = { ...create, dateInput: 'dateRange' };
	const window = { ...create, date: '2025-12-24', allDay: false };
	const raw = (fields: IDataObject) => ({
		...create,
		dateInput: 'rawFields',
		dateFields: {
			consecutive: false,
			everyYear: false,
			yearStart: 2025,
			yearEnd: 2025,
			monthStart: 4,
			dayStart: 1,
			monthEnd: 4,
			dayEnd: 1,
			hourStart: 0,
			minuteStart: 0,
			hourEnd: 23,
			minuteEnd: 59,
			...fields,
		},
	});

	it.each([
		['30 February', { ...create, date: '2025-02-30' }, '"Date" (date) is not a date: February 2025 has 28 days'],
		['31 April', { ...create, date: '2025-04-31' }, '"Date" (date) is not a date: April 2025 has 30 days'],
		['29 February in a year that is not a leap year', { ...create, date: '2025-02-29' }, '"Date" (date) is not a date: February 2025 has 28 days'],
		['30 February, even every year', { ...create, date: '02-30', everyYear: true }, '"Date" (date) is not a date: February has 29 days'],
		['month 13', { ...create, date: '2025-13-01' }, '"Date" (date) has no month 13: months are 1 to 12'],
		['a date that is not a date', { ...create, date: 'Christmas' }, '"Date" (date) must be a date such as 2025-12-25 (or 12-25 for a holiday every year)'],
		['no year for a holiday in one year', { ...create, date: '12-25' }, '"Date" (date) needs a year (such as 2025-12-25) unless Every Year is on'],
		['hour 24', { ...window, startTime: '24:00', endTime: '23:59' }, '"Start Time" (startTime) must be a time of day from 00:00 to 23:59, such as 13:30'],
		['minute 60', { ...window, startTime: '13:00', endTime: '13:60' }, '"End Time" (endTime) must be a time of day from 00:00 to 23:59, such as 13:30'],
		['an end time before the start time', { ...window, startTime: '13:00', endTime: '12:59' }, '"End Time" (endTime) must not be before Start Time (the holiday would end at 2025-12-24 12:59, before it starts at 2025-12-24 13:00)'],
		['an end date before the start date', { ...range, startDate: '2025-12-26', endDate: '2025-12-24' }, '"End Date" (endDate) must not be before Start Date (2025-12-24 is before 2025-12-26)'],
		['a range every year over New Year', { ...range, everyYear: true, startDate: '2025-12-24', endDate: '2026-01-02' }, '"End Date" (endDate) must not be before Start Date (01-02 is before 12-24); a holiday every year cannot run over New Year'],
		['raw: 31 April', raw({ dayStart: 31 }), '"Day Start" (day_start) must be a day that exists in April 2025: 1 to 30'],
		['raw: 29 February 2025', raw({ monthStart: 2, dayStart: 29, monthEnd: 2, dayEnd: 29 }), '"Day Start" (day_start) must be a day that exists in February 2025: 1 to 28'],
		['raw: month 13', raw({ monthEnd: 13 }), '"Month End" (month_end) must be a whole number from 1 to 12'],
		['raw: hour 24', raw({ hourEnd: 24 }), '"Hour End" (hour_end) must be a whole number from 0 to 23'],
		['raw: minute 60', raw({ minuteStart: 60 }), '"Minute Start" (minute_start) must be a whole number from 0 to 59'],
		['raw: start after end', raw({ dayStart: 2 }), '"Day End" (day_end) must not put the end (2025-04-01 23:59) before the start (2025-04-02 00:00)'],
		['raw: no year for a holiday in one year', raw({ yearStart: undefined }), '"Year Start" (year_start) is required when every_year is false'],
		['raw: a year for a holiday every year', raw({ everyYear: true }), '"Year Start" (year_start) must be left out when every_year is true'],
		['raw: a missing field', raw({ consecutive: undefined }), '"Consecutive" (consecutive) is required'],
		['a name too long', { ...create, name: 'x'.repeat(65), date: '2025-12-25' }, '"Name" (name) must be at most 64 characters long'],
		['a region that is no country', { ...create, region: 'XX', date: '2025-12-25' }, '"Region" (region) must be an ISO 3166-1 country code'],
	])('rejects %s', async (_case, parameters, message) => {
		const { error } = await pbx.engine.runNode(parameters);
		expect(error?.message).toMatch(/^Item 0: /);
		expect(error?.message).toContain(message);
		expect(pbx.sandbox.requests).toEqual([]);
	});

	it('rejects bad dates on Update too, with nothing sent', async () => {
		const [holiday] = seedHolidays(pbx, 1);
		pbx.sandbox.clearLog();
		const { error } = await pbx.engine.runNode({
			resource: 'holiday',
			operation: 'update',
			holidayId: byId(holiday.id as string),
			dateInput: 'rawFields',
			dateFields: { monthStart: 4, dayStart: 31 },
		});
		expect(error?.message).toBe('Item 0: "Day Start" (day_start) must be a day that exists in April: 1 to 30');
		expect(pbx.sandbox.requests).toEqual([]);
	});

	it('with Continue On Fail, a bad date becomes an error item and the other holidays are created', async () => {
		const { items, error } = await pbx.engine.runNode(
			{ ...create, name: '={{ $json.name }}', date: '={{ $json.date }}', everyYear: true },
			{
				items: [
					{ name: 'New Year', date: '01-01' },
					{ name: 'Broken', date: '02-30' },
					{ name: 'Christmas Day', date: '12-25' },
				],
				continueOnFail: true,
			},
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(items[0].json).toMatchObject({ name: 'New Year', month_start: 1, day_start: 1 });
		expect(JSON.stringify(items[1])).toContain('Item 1: \\"Date\\" (date) is not a date: February has 29 days');
		expect(items[2].json).toMatchObject({ name: 'Christmas Day', month_start: 12, day_start: 25 });
		const creates = pbx.sandbox.apiRequests().filter((r) => r.method === 'POST');
		expect(creates.map((r) => (r.body as Json).name).sort()).toEqual(['Christmas Day', 'New Year']);
	});
});

describe('PortSIP → Holiday: the resource locator\'s list', () => {
	const pbx = usePortSip();
	beforeEach(() => tenantOf(pbx).holidays.clear());

	it('lists holidays by name a page at a time, with a token for the next page', async () => {
		const seeded = seedHolidays(pbx, 130);
		const first = await pbx.engine.listSearch('searchHolidays');
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: 'Holiday 001 (2026-01-01)', value: seeded[0].id });
		expect(first.paginationToken).toBe('100');
		const second = await pbx.engine.listSearch('searchHolidays', { paginationToken: first.paginationToken as string });
		expect(second.results.map((r) => r.value)).toEqual(seeded.slice(100).map((h) => h.id));
		expect(second.paginationToken).toBeUndefined();
		expect(pbx.sandbox.apiRequests().map((r) => r.query)).toEqual([
			{ skip: '0', top: '100', orderby: 'name asc' },
			{ skip: '100', top: '100', orderby: 'name asc' },
		]);
	});

	it('searches by what the user types and shows each holiday\'s dates', async () => {
		addHoliday(tenantOf(pbx), { ...CHRISTMAS_EVERY_YEAR });
		addHoliday(tenantOf(pbx), { ...CHRISTMAS_EVERY_YEAR, name: 'Christmas Eve', day_start: 24, day_end: 24, hour_start: 13 });
		addHoliday(tenantOf(pbx), { ...CHRISTMAS_EVERY_YEAR, name: 'New Year', month_start: 1, day_start: 1, month_end: 1, day_end: 1 });
		const found = await pbx.engine.listSearch('searchHolidays', { filter: 'christmas' });
		expect(found.results.map((r) => r.name)).toEqual([
			'Christmas Day (12-25, every year)',
			'Christmas Eve (12-24 13:00–23:59, every year)',
		]);
		expect(found.paginationToken).toBeUndefined();
		expect(pbx.sandbox.apiRequests()[0].query).toEqual({ skip: '0', top: '100', orderby: 'name asc', search: 'christmas' });
	});
});

describe('holidayBody: the body builder a calendar sync reuses', () => {
	const node = { id: '1', name: 'PortSIP PBX', type: 'n8n-nodes-pbx-tenants.portSip', typeVersion: 1, position: [0, 0], parameters: {} } as INode;

	it('turns a described holiday into the API body', () => {
		expect(holidayBody(node, { name: 'Christmas Day', region: 'gb', everyYear: true, date: '12-25' }, 0)).toEqual(CHRISTMAS_EVERY_YEAR);
		expect(
			holidayBody(node, { name: 'Easter', region: 'DEU', everyYear: false, startDate: '2026-04-03', endDate: '2026-04-06' }, 3),
		).toMatchObject({ consecutive: true, year_start: 2026, month_start: 4, day_start: 3, year_end: 2026, month_end: 4, day_end: 6 });
	});

	it('throws an error that names the item, the field and the rule', () => {
		expect(() => holidayBody(node, { name: 'Bad', region: 'DEU', everyYear: false, date: '2026-02-29' }, 7)).toThrow(
			'Item 7: "Date" (date) is not a date: February 2026 has 28 days',
		);
		expect(() => holidayBody(node, { name: '', region: 'DEU', everyYear: true, date: '05-01' }, 2)).toThrow(
			'Item 2: "Name" (name) must not be empty',
		);
	});
});

describe('PortSIP → Holiday: a token that expires while Return All reads pages', () => {
	const pbx = usePortSip({ tokenMaxUses: 2 });
	beforeEach(() => tenantOf(pbx).holidays.clear());

	it('logs in again and goes on from the page that failed', async () => {
		const seeded = seedHolidays(pbx, 250);
		const { items, error } = await pbx.engine.runNode({ resource: 'holiday', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual(seeded);
		const answered = pbx.sandbox.apiRequests().filter((r) => r.status === 200);
		expect(answered.map((r) => r.query.skip)).toEqual(['0', '100', '200']);
		expect(pbx.sandbox.apiRequests().filter((r) => r.status === 401).map((r) => r.query.skip)).toContain('200');
		expect(pbx.sandbox.logins).toBe(2);
	});
});
