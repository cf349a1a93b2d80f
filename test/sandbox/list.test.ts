/** The sandbox's list conventions (sandbox/portsip/list.ts), and the holiday checks it makes as the PBX would. */
import { listPage, listReply, parseFilter } from '../../sandbox/portsip/list';
import { PortSipSandbox } from '../../sandbox/portsip';
import { TENANT_ADMIN } from '../harness/portsip';

const FIELDS = ['id', 'name', 'month', 'every_year', 'note'];
const OPTIONS = { searchFields: ['name'], fields: FIELDS };
const ITEMS = [
	{ id: 'a', name: 'Christmas Day', month: 12, every_year: true, note: null },
	{ id: 'b', name: 'Christmas Eve', month: 12, every_year: false, note: "it's short" },
	{ id: 'c', name: 'New Year', month: 1, every_year: true, note: null },
	{ id: 'd', name: 'Boxing Day', month: 12, every_year: true, note: null },
	{ id: 'e', name: 'Easter Monday', month: 4, every_year: false, note: null },
];

const messageOf = (body: unknown) => (body as { errors: Array<{ message: string }> }).errors[0].message;
const ids = (filter: string) => ITEMS.filter(parseFilter(filter, FIELDS)).map((item) => item.id);

describe('sandbox list: filter', () => {
	it.each([
		["name eq 'New Year'", ['c']],
		["name ne 'New Year'", ['a', 'b', 'd', 'e']],
		['month gt 4', ['a', 'b', 'd']],
		['month ge 4', ['a', 'b', 'd', 'e']],
		['month lt 4', ['c']],
		['month le 4', ['c', 'e']],
		['every_year eq true', ['a', 'c', 'd']],
		["month eq '12'", ['a', 'b', 'd']],
		['note eq null', ['a', 'c', 'd', 'e']],
		["note eq 'it''s short'", ['b']],
		["startswith(name,'christmas')", ['a', 'b']],
		["endswith(name, 'DAY')", ['a', 'd', 'e']],
		["contains(name,'ST')", ['a', 'b', 'e']],
		// and binds tighter than or
		["month eq 1 or month eq 12 and every_year eq false", ['b', 'c']],
		["(month eq 1 or month eq 12) and every_year eq false", ['b']],
		["EVERY_YEAR eq true", 'error'],
	])('%s', (filter, expected) => {
		if (expected === 'error') expect(() => ids(filter)).toThrow('filter: unknown field "EVERY_YEAR"');
		else expect(ids(filter)).toEqual(expected);
	});

	it.each([
		["name eq 'open", 'filter: a text in quotes is not closed'],
		['name eq', 'filter: expected a value at the end'],
		["name like 'x'", 'filter: expected eq, ne, gt, ge, lt or le after "name"'],
		["colour eq 'red'", 'filter: unknown field "colour"'],
		["(month eq 1", 'filter: expected ")" at the end'],
		['month eq 1 month eq 2', 'filter: unexpected "month"'],
		['contains(name, 12)', 'filter: contains() needs a text in single quotes'],
		['month eq 1 ; drop', 'filter: unexpected ";" at position 12'],
	])('rejects %s', (filter, message) => {
		expect(() => ids(filter)).toThrow(message);
	});
});

describe('sandbox list: search, orderby, skip/top and count', () => {
	it('counts what matches before paging, and pages with skip and top', () => {
		const page = listPage(ITEMS, { filter: 'month eq 12', skip: '1', top: '1' }, OPTIONS);
		expect(page).toEqual({ count: 3, items: [ITEMS[1]] });
		expect(listPage(ITEMS, {}, OPTIONS)).toEqual({ count: 5, items: ITEMS });
	});

	it('searches names whatever the case', () => {
		expect(listPage(ITEMS, { search: 'DAY' }, OPTIONS).items.map((i) => i.id)).toEqual(['a', 'd', 'e']);
	});

	it('orders by several fields, ascending unless desc, keeping ties in order', () => {
		const order = (orderby: string) => listPage(ITEMS, { orderby }, OPTIONS).items.map((i) => i.id);
		expect(order('month desc, name')).toEqual(['d', 'a', 'b', 'e', 'c']);
		expect(order('every_year asc')).toEqual(['b', 'e', 'a', 'c', 'd']);
	});

	it.each([
		[{ top: '0' }, 'top must be a whole number from 1 to 100'],
		[{ top: '101' }, 'top must be a whole number from 1 to 100'],
		[{ skip: '-1' }, 'skip must be a whole number from 0 to'],
		[{ orderby: 'colour asc' }, 'orderby: unknown field "colour"'],
		[{ orderby: 'name up' }, 'orderby: "name up" must be a field followed by asc or desc'],
	])('answers 400 for %j', (query, message) => {
		const reply = listReply(ITEMS, query as Record<string, string>, OPTIONS);
		expect(reply.status).toBe(400);
		expect(messageOf(reply.body)).toContain(message);
	});
});

describe('sandbox holidays: what the PBX itself refuses', () => {
	const sandbox = new PortSipSandbox();
	let token = '';
	beforeAll(async () => {
		await sandbox.start();
		const login = await fetch(`${sandbox.url}/api/login/oauth/token`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({
				grant_type: 'password',
				client_id: '9d806019-75b2-4b3d-bb8b-f5a3a412cc0a',
				scope: 'all',
				...TENANT_ADMIN,
			}).toString(),
		});
		token = ((await login.json()) as { access_token: string }).access_token;
	});
	afterAll(async () => await sandbox.stop());

	const post = async (body: object) => {
		const response = await fetch(`${sandbox.url}/api/holidays`, {
			method: 'POST',
			headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
			body: JSON.stringify(body),
		});
		return { status: response.status, body: await response.json() };
	};
	const day = { name: 'X', region: 'USA', consecutive: false, every_year: false, year_start: 2025, year_end: 2025, month_start: 2, day_start: 28, month_end: 2, day_end: 28, hour_start: 0, minute_start: 0, hour_end: 23, minute_end: 59 };

	it.each([
		[{ day_start: 29, day_end: 29 }, 'day_start does not exist in that month'],
		[{ month_end: 13 }, 'month_end must be from 1 to 12'],
		[{ hour_end: 24 }, 'hour_end must be from 0 to 23'],
		[{ day_start: 28, day_end: 27 }, 'the holiday ends before it starts'],
		[{ region: 'DE' }, 'region "DE" is not an ISO 3166-1 alpha-3 country code'],
		[{ year_start: undefined }, 'year_start and year_end are required unless every_year is true'],
	])('refuses %j', async (change, message) => {
		const { status, body } = await post({ ...day, ...change });
		expect(status).toBe(400);
		expect(messageOf(body)).toContain(message);
	});

	it('accepts 29 February for a holiday every year, and answers 201 {id}', async () => {
		const { year_start: _start, year_end: _end, ...yearly } = day;
		const { status, body } = await post({ ...yearly, every_year: true, day_start: 29, day_end: 29 });
		expect(status).toBe(201);
		expect(body).toEqual({ id: expect.any(String) });
	});

	it('refuses what the spec does not allow before the handler runs', async () => {
		const { status, body } = await post({ ...day, colour: 'red' });
		expect(status).toBe(400);
		expect(JSON.stringify(body)).toContain('property \\"colour\\" is not in the spec');
		expect(messageOf(body)).toBe('field validation failed');
	});
});
