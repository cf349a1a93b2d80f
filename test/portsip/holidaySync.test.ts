/** Holiday → Sync through n8n's engine (the custom operation) against the sandbox. */
import type { IDataObject } from 'n8n-workflow';

import { getPublicHolidays } from '../../nodes/PortSip/calendars';
import { addHoliday, failHolidayWrites } from '../../sandbox/portsip/routes/holidays';
import type { Json } from '../../sandbox/portsip/state';
import { Engine } from '../harness/engine';
import { SYSTEM_ADMIN, portSipCredential, usePortSip, type PortSipFixture } from '../harness/portsip';
import { ALL_DAY, everyYear, oneDay } from '../harness/holidayBodies';


const tenantOf = (pbx: PortSipFixture) => pbx.sandbox.state.tenantByDomain('tenant1.example.com')!;
const stored = (pbx: PortSipFixture) => [...tenantOf(pbx).holidays.values()];
const storedNames = (pbx: PortSipFixture) => stored(pbx).map((holiday) => holiday.name as string).sort();
const seed = (pbx: PortSipFixture, fields: Json) => addHoliday(tenantOf(pbx), fields);
const reads = (pbx: PortSipFixture) => pbx.sandbox.apiRequests().filter((request) => request.method === 'GET');
const writes = (pbx: PortSipFixture) => pbx.sandbox.apiRequests().filter((request) => request.method !== 'GET');
const actions = (items: Array<{ json: IDataObject }>) => items.map((item) => `${item.json.action as string} ${(item.json.holiday as IDataObject).name as string}`);

/** Holidays of these years, counting once each holiday that the sync writes once as every year. */
function calendarCount(country: string, years: number[], everyYearNames: string[]): number {
	const all = years.flatMap((year) => getPublicHolidays(country, year));
	return all.length - everyYearNames.length * (years.length - 1);
}

const SYNC = { resource: 'holiday', operation: 'sync' };

describe('PortSIP → Holiday → Sync through n8n\'s engine', () => {
	const pbx = usePortSip();
	beforeEach(() => tenantOf(pbx).holidays.clear());
	afterEach(() => failHolidayWrites(pbx.sandbox, undefined));

	describe('built-in calendar', () => {
		it('two countries, two years: fixed-date holidays once every year, movable ones once per year, observed days apart; the second run writes nothing', async () => {
			const germany = await pbx.engine.runNode({ ...SYNC, source: 'calendar', country: 'DEU', years: '2026, 2027', mode: 'addMissing' });
			expect(germany.error).toBeUndefined();
			const germanFixed = ["New Year's Day", 'Labour Day', 'German Unity Day', 'Christmas Day', 'Second Day of Christmas'];
			const germanCount = calendarCount('DEU', [2026, 2027], germanFixed);
			expect(germanCount).toBe(13);
			expect(actions(germany.items)).toHaveLength(germanCount);
			expect(germany.items.every((item) => item.json.action === 'created')).toBe(true);
			const german = stored(pbx);
			expect(german.filter((holiday) => holiday.every_year).map((holiday) => holiday.name).sort()).toEqual([...germanFixed].sort());
			expect(german.filter((holiday) => holiday.name === 'Easter Monday').map(({ id: _id, ...holiday }) => holiday)).toEqual([
				oneDay('Easter Monday', 'DEU', 2026, 4, 6),
				oneDay('Easter Monday', 'DEU', 2027, 3, 29),
			]);
			// the output says what was written, with the new id (no read-back)
			const christmas = germany.items.find((item) => (item.json.holiday as IDataObject).name === 'Christmas Day')!.json;
			const christmasStored = german.find((holiday) => holiday.name === 'Christmas Day')!;
			expect(christmas).toEqual({ action: 'created', id: christmasStored.id, holiday: { id: christmasStored.id, ...everyYear('Christmas Day', 'DEU', 12, 25), year_start: 0, year_end: 0 } });
			// one shape: the holiday as the sync outputs it is the holiday as the PBX answers it
			expect(christmas.holiday).toEqual(christmasStored);
			expect(reads(pbx).map((request) => request.path)).toEqual(['/api/holidays']);
			expect(writes(pbx)).toHaveLength(germanCount);

			// the United Kingdom (by expression, alpha-2 in lower case), on the same PBX: Germany's are left alone
			pbx.sandbox.clearLog();
			const britain = await pbx.engine.runNode({ ...SYNC, source: 'calendar', country: '={{ "gb" }}', years: '={{ [2026, 2027] }}', mode: 'upsert' });
			expect(britain.error).toBeUndefined();
			const britishFixed = ["New Year's Day", 'Christmas Day', 'Boxing Day'];
			const britishCount = calendarCount('GBR', [2026, 2027], britishFixed);
			expect(britain.items).toHaveLength(britishCount);
			expect(britain.items.every((item) => item.json.action === 'created')).toBe(true);
			expect(writes(pbx)).toHaveLength(britishCount);
			const british = stored(pbx).filter((holiday) => holiday.region === 'GBR');
			expect(british.find((holiday) => holiday.name === 'Boxing Day')).toMatchObject(everyYear('Boxing Day', 'GBR', 12, 26));
			// 26 December 2026 is a Saturday, 25 and 26 December 2027 a Saturday and a Sunday: the substitute days are holidays of their own
			expect(british.filter((holiday) => String(holiday.name).endsWith('(observed)')).map(({ id: _id, ...holiday }) => holiday)).toEqual([
				oneDay('Boxing Day (observed)', 'GBR', 2026, 12, 28),
				oneDay('Christmas Day (observed)', 'GBR', 2027, 12, 27),
				oneDay('Boxing Day (observed)', 'GBR', 2027, 12, 28),
			]);
			expect(stored(pbx).filter((holiday) => holiday.region === 'DEU')).toEqual(german);

			// again, in each mode: zero writes
			for (const mode of ['addMissing', 'upsert', 'mirror']) {
				pbx.sandbox.clearLog();
				const again = await pbx.engine.runNode({ ...SYNC, source: 'calendar', country: 'GBR', years: '2026, 2027', mode, mirrorRegion: 'GBR' });
				expect(again.error).toBeUndefined();
				expect(again.items.map((item) => item.json.action)).toEqual(Array(britishCount).fill('unchanged'));
				expect(writes(pbx)).toEqual([]);
				expect(reads(pbx)).toHaveLength(1);
			}
		});

		it('local names and a name prefix; years left empty are this year and the next', async () => {
			const { items, error } = await pbx.engine.runNode({ ...SYNC, source: 'calendar', country: 'AUT', years: '', holidayNames: 'local', namePrefix: '[AT] ' });
			expect(error).toBeUndefined();
			const names = storedNames(pbx);
			expect(names).toContain('[AT] Christtag');
			expect(names.every((name) => name.startsWith('[AT] '))).toBe(true);
			const years = [...new Set(stored(pbx).filter((holiday) => !holiday.every_year).map((holiday) => holiday.year_start as number))].sort();
			const utcYear = new Date().getUTCFullYear();
			// this year in the workflow's time zone, which may be a day behind or ahead of UTC at New Year
			expect([[utcYear - 1, utcYear], [utcYear, utcYear + 1], [utcYear + 1, utcYear + 2]]).toContainEqual(years);
			expect(items).toHaveLength(stored(pbx).length);
		});

		it('a country without a calendar, a year out of range or a name made too long by the prefix: refused before any request', async () => {
			const country = await pbx.engine.runNode({ ...SYNC, source: 'calendar', country: '={{ "XK" }}', years: '2026' });
			expect(country.error?.message).toMatch(/^Country Name or ID: "XK" has no built-in calendar; the calendars cover US\/USA, CA\/CAN, /);
			const year = await pbx.engine.runNode({ ...SYNC, source: 'calendar', country: 'DEU', years: '2026, 2101' });
			expect(year.error?.message).toBe(
				'Years: "2101" is not a year the calendars cover; give years from 2000 to 2100, such as "2026, 2027" (empty: this year and the next)',
			);
			const long = await pbx.engine.runNode({ ...SYNC, source: 'calendar', country: 'DEU', years: '2026', namePrefix: 'x'.repeat(50) });
			expect(long.error?.message).toBe(`Germany every year: German Unity Day: "Name" (name) must be at most 64 characters long`);
			const region = await pbx.engine.runNode({ ...SYNC, source: 'calendar', country: 'DEU', years: '2026', mode: 'mirror', mirrorRegion: '={{ "Germany" }}' });
			expect(region.error?.message).toBe('Mirror Region: "Germany" is not an ISO 3166-1 country code (alpha-3 such as DEU, or alpha-2 such as DE)');
			expect(pbx.sandbox.requests).toEqual([]);
		});
	});

	describe('modes', () => {
		it('Add Missing creates only what is missing and leaves a holiday with other dates as it is, saying what differs', async () => {
			const moved = seed(pbx, { ...oneDay('Company Day', 'DEU', 2026, 6, 2) });
			const same = seed(pbx, everyYear('Founders Day', 'DEU', 3, 1));
			const { items, error } = await pbx.engine.runNode(
				{ ...SYNC, source: 'inputItems', region: 'DEU', mode: 'addMissing' },
				{ items: [{ name: 'Company Day', date: '2026-06-01' }, { name: 'Founders Day', date: '03-01', everyYear: true }, { name: 'Summer Party', date: '2026-07-10' }] },
			);
			expect(error).toBeUndefined();
			expect(items.map((item) => item.json)).toEqual([
				{ action: 'differs', id: moved.id, holiday: moved, changes: { day_start: { from: 2, to: 1 }, day_end: { from: 2, to: 1 } } },
				{ action: 'unchanged', id: same.id, holiday: same },
				{ action: 'created', id: expect.any(String), holiday: { id: expect.any(String), ...oneDay('Summer Party', 'DEU', 2026, 7, 10) } },
			]);
			expect(writes(pbx).map((request) => `${request.method} ${request.path}`)).toEqual(['POST /api/holidays']);
			expect(tenantOf(pbx).holidays.get(moved.id as string)).toEqual(moved);
		});

		it('Create or Update (upsert) updates with the changed fields only, one request each and no read-back; the second run writes nothing', async () => {
			const moved = seed(pbx, { ...oneDay('Company Day', 'DEU', 2026, 6, 2) });
			const hours = seed(pbx, { ...everyYear('Christmas Eve', 'DEU', 12, 24), hour_start: 12 });
			const input = {
				items: [
					{ name: 'Company Day', date: '2026-06-01' },
					{ name: 'Christmas Eve', date: '12-24', everyYear: true },
					{ name: 'Summer Party', startDate: '2026-07-10', endDate: '2026-07-11' },
				],
			};
			const { items, error } = await pbx.engine.runNode({ ...SYNC, source: 'inputItems', region: 'DEU', mode: 'upsert' }, input);
			expect(error).toBeUndefined();
			expect(actions(items)).toEqual(['updated Company Day', 'updated Christmas Eve', 'created Summer Party']);
			expect(writes(pbx).map((request) => [request.path, request.body])).toEqual([
				[`/api/holidays/${moved.id as string}`, { day_start: 1, day_end: 1 }],
				[`/api/holidays/${hours.id as string}`, { hour_start: 0 }],
				['/api/holidays', { ...oneDay('Summer Party', 'DEU', 2026, 7, 10), consecutive: true, day_end: 11 }],
			]);
			expect(items[0].json).toEqual({
				action: 'updated',
				id: moved.id,
				holiday: { ...moved, day_start: 1, day_end: 1 },
				changes: { day_start: { from: 2, to: 1 }, day_end: { from: 2, to: 1 } },
			});
			expect(tenantOf(pbx).holidays.get(moved.id as string)).toEqual(items[0].json.holiday);
			expect(reads(pbx)).toHaveLength(1);

			pbx.sandbox.clearLog();
			const again = await pbx.engine.runNode({ ...SYNC, source: 'inputItems', region: 'DEU', mode: 'upsert' }, input);
			expect(again.items.map((item) => item.json.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
			expect(writes(pbx)).toEqual([]);
		});

		it('Mirror deletes within its scope only: hand-made holidays, those of another region and those without the prefix survive', async () => {
			const handMade = seed(pbx, oneDay('Company Day', 'DEU', 2026, 6, 1)); // same region, no prefix
			const otherRegion = seed(pbx, oneDay('[Auto] Fête nationale', 'FRA', 2026, 7, 14)); // prefix, other region
			const otherRegionHandMade = seed(pbx, oneDay('Team Day', 'FRA', 2026, 9, 1));
			const lastYear = seed(pbx, oneDay('[Auto] Easter Monday', 'DEU', 2025, 4, 21)); // in scope, not desired
			const stale = seed(pbx, oneDay('[Auto] Carnival', 'DEU', 2026, 2, 16)); // in scope, not desired
			const kept = seed(pbx, everyYear('[Auto] Christmas Day', 'DEU', 12, 25));
			const copy = seed(pbx, everyYear('[Auto] Christmas Day', 'DEU', 12, 25)); // an extra copy

			const { items, error } = await pbx.engine.runNode({
				...SYNC,
				source: 'calendar',
				country: 'DEU',
				years: '2026',
				mode: 'mirror',
				namePrefix: '[Auto] ',
				mirrorRegion: 'DEU',
			});
			expect(error).toBeUndefined();
			const deleted = items.filter((item) => item.json.action === 'deleted').map((item) => item.json);
			expect(deleted).toEqual([
				{ action: 'deleted', id: copy.id, holiday: copy, duplicateOf: kept.id },
				{ action: 'deleted', id: lastYear.id, holiday: lastYear },
				{ action: 'deleted', id: stale.id, holiday: stale },
			]);
			const remaining = stored(pbx);
			for (const survivor of [handMade, otherRegion, otherRegionHandMade, kept]) expect(remaining).toContainEqual(survivor);
			expect(remaining.filter((holiday) => !String(holiday.name).startsWith('[Auto] ') || holiday.region !== 'DEU')).toEqual([
				handMade,
				otherRegion,
				otherRegionHandMade,
			]);
			expect(writes(pbx).filter((request) => request.path.endsWith('/destroy')).map((request) => request.path)).toEqual(
				[copy, lastYear, stale].map((holiday) => `/api/holidays/${holiday.id as string}/destroy`),
			);

			// with the prefix alone as the scope, the prefixed holiday of the other region goes too; the hand-made ones stay
			pbx.sandbox.clearLog();
			const prefixOnly = await pbx.engine.runNode({ ...SYNC, source: 'calendar', country: 'DEU', years: '2026', mode: 'mirror', namePrefix: '[Auto] ' });
			expect(prefixOnly.error).toBeUndefined();
			expect(prefixOnly.items.filter((item) => item.json.action === 'deleted').map((item) => item.json.id)).toEqual([otherRegion.id]);
			for (const survivor of [handMade, otherRegionHandMade]) expect(stored(pbx)).toContainEqual(survivor);

			// and a third run changes nothing
			pbx.sandbox.clearLog();
			const again = await pbx.engine.runNode({ ...SYNC, source: 'calendar', country: 'DEU', years: '2026', mode: 'mirror', namePrefix: '[Auto] ' });
			expect(again.items.every((item) => item.json.action === 'unchanged')).toBe(true);
			expect(writes(pbx)).toEqual([]);
		});

		it('Mirror with a region as its only scope deletes every holiday of that region that is not desired (made by hand too), and none of another', async () => {
			const handMade = seed(pbx, oneDay('Company Day', 'DEU', 2026, 6, 1));
			const french = seed(pbx, oneDay('Team Day', 'FRA', 2026, 9, 1));
			const { items, error } = await pbx.engine.runNode(
				{ ...SYNC, source: 'inputItems', region: 'DEU', mode: 'mirror', mirrorRegion: '={{ "de" }}' },
				{ items: [{ name: 'Summer Party', date: '2026-07-10' }] },
			);
			expect(error).toBeUndefined();
			expect(actions(items)).toEqual(['created Summer Party', 'deleted Company Day']);
			expect(items[1].json.id).toBe(handMade.id);
			expect(storedNames(pbx)).toEqual(['Summer Party', 'Team Day']);
			expect(stored(pbx)).toContainEqual(french);
		});

		it('Mirror without a scope is refused before any request, saying why', async () => {
			seed(pbx, oneDay('Company Day', 'DEU', 2026, 6, 1));
			const { error } = await pbx.engine.runNode({ ...SYNC, source: 'calendar', country: 'DEU', years: '2026', mode: 'mirror' });
			expect(error?.message).toBe(
				'Mirror needs a scope: set a Name Prefix (the holidays the sync manages) or a Mirror Region, or both. Mirror deletes the holidays in its scope that are not in the desired set; without a scope it would delete every other holiday of the tenant, those made by hand included.',
			);
			expect(pbx.sandbox.requests).toEqual([]);
			expect(storedNames(pbx)).toEqual(['Company Day']);
		});

		it('Dry Run reports the plan, each item marked dryRun, and writes nothing (only the list is read)', async () => {
			for (let index = 0; index < 120; index++) seed(pbx, oneDay(`Hand ${index}`, 'USA', 2026, 1 + (index % 12), 1 + (index % 28)));
			const stale = seed(pbx, oneDay('[Auto] Old', 'DEU', 2025, 1, 2));
			const moved = seed(pbx, oneDay('[Auto] Company Day', 'DEU', 2026, 6, 2));
			const before = structuredClone(stored(pbx));
			const { items, error } = await pbx.engine.runNode(
				{ ...SYNC, source: 'json', region: 'DEU', mode: 'mirror', namePrefix: '[Auto] ', dryRun: true, holidaysJson: JSON.stringify([{ name: 'Company Day', date: '2026-06-01' }, { name: 'Summer Party', date: '2026-07-10' }]) },
			);
			expect(error).toBeUndefined();
			expect(items.map((item) => item.json)).toEqual([
				{ action: 'updated', dryRun: true, id: moved.id, holiday: { ...moved, day_start: 1, day_end: 1 }, changes: { day_start: { from: 2, to: 1 }, day_end: { from: 2, to: 1 } } },
				{ action: 'created', dryRun: true, holiday: oneDay('[Auto] Summer Party', 'DEU', 2026, 7, 10) },
				{ action: 'deleted', dryRun: true, id: stale.id, holiday: stale },
			]);
			expect(pbx.sandbox.apiRequests().map((request) => `${request.method} ${request.path} ${request.query.skip}`)).toEqual([
				'GET /api/holidays 0',
				'GET /api/holidays 100',
			]);
			expect(stored(pbx)).toEqual(before);
		});
	});

	describe('cost', () => {
		it('250 holidays on the PBX: 3 list requests (pages of 100, stopping at count) and one request per change', async () => {
			for (let index = 0; index < 248; index++) seed(pbx, oneDay(`Hand ${index}`, 'USA', 2026, 1 + (index % 12), 1 + (index % 28)));
			const moved = seed(pbx, oneDay('[Auto] Company Day', 'DEU', 2026, 6, 2));
			const stale = seed(pbx, oneDay('[Auto] Old', 'DEU', 2025, 1, 2));
			const { items, error } = await pbx.engine.runNode({
				...SYNC,
				source: 'json',
				region: 'DEU',
				mode: 'mirror',
				namePrefix: '[Auto] ',
				holidaysJson: JSON.stringify([
					{ name: 'Company Day', date: '2026-06-01' },
					{ name: 'Summer Party', date: '2026-07-10' },
					{ name: 'Winter Party', date: '2026-12-11' },
				]),
			});
			expect(error).toBeUndefined();
			expect(actions(items)).toEqual(['updated [Auto] Company Day', 'created [Auto] Summer Party', 'created [Auto] Winter Party', 'deleted [Auto] Old']);
			expect(pbx.sandbox.apiRequests().map((request) => `${request.method} ${request.path}${request.method === 'GET' ? ` skip=${request.query.skip} top=${request.query.top}` : ''}`)).toEqual([
				'GET /api/holidays skip=0 top=100',
				'GET /api/holidays skip=100 top=100',
				'GET /api/holidays skip=200 top=100',
				`POST /api/holidays/${moved.id as string}`,
				'POST /api/holidays',
				'POST /api/holidays',
				`POST /api/holidays/${stale.id as string}/destroy`,
			]);
		});

		it('exactly 200 holidays: 2 list requests, no empty third page; an empty PBX: 1', async () => {
			await pbx.engine.runNode({ ...SYNC, source: 'calendar', country: 'DEU', years: '2026' });
			expect(reads(pbx)).toHaveLength(1);
			tenantOf(pbx).holidays.clear();
			for (let index = 0; index < 200; index++) seed(pbx, oneDay(`Hand ${index}`, 'USA', 2026, 1 + (index % 12), 1 + (index % 28)));
			pbx.sandbox.clearLog();
			const { error } = await pbx.engine.runNode({ ...SYNC, source: 'json', holidaysJson: '[]', mode: 'mirror', namePrefix: '[Auto] ' });
			expect(error).toBeUndefined();
			expect(pbx.sandbox.apiRequests().map((request) => request.query.skip)).toEqual(['0', '100']);
		});
	});

	describe('a write that fails', () => {
		it('without Continue On Fail: every other write is made, then the node fails naming what failed', async () => {
			failHolidayWrites(pbx.sandbox, (holiday) => holiday.name === 'Good Friday');
			const { error } = await pbx.engine.runNode({ ...SYNC, source: 'calendar', country: 'DEU', years: '2026' });
			const total = getPublicHolidays('DEU', 2026).length;
			expect(error?.message).toBe(
				`Holiday sync: 1 of ${total} changes failed; the others were made. create "Good Friday" (DEU, 2026): PortSIP API error 400 on POST /api/holidays: VALIDATE_FAILED: Holiday "Good Friday" was refused (sandbox: failHolidayWrites)`,
			);
			expect((error as { description?: string }).description).toContain(`Made: ${total - 1} created, 0 updated, 0 deleted, 0 unchanged.`);
			// Good Friday is the second holiday of the year: the writes after it were made
			expect(writes(pbx)).toHaveLength(total);
			expect(stored(pbx)).toHaveLength(total - 1);
			expect(storedNames(pbx)).not.toContain('Good Friday');

			// the next run makes up for it
			failHolidayWrites(pbx.sandbox, undefined);
			pbx.sandbox.clearLog();
			const again = await pbx.engine.runNode({ ...SYNC, source: 'calendar', country: 'DEU', years: '2026' });
			expect(again.error).toBeUndefined();
			expect(actions(again.items).filter((action) => !action.startsWith('unchanged'))).toEqual(['created Good Friday']);
		});

		it('with Continue On Fail: a failed create, update and delete are items with action "failed" and the error; the rest is done', async () => {
			const moved = seed(pbx, oneDay('Company Day', 'DEU', 2026, 6, 2));
			const movedToo = seed(pbx, oneDay('Sports Day', 'DEU', 2026, 5, 2));
			const stale = seed(pbx, oneDay('Old Day', 'DEU', 2025, 1, 2));
			const staleToo = seed(pbx, oneDay('Older Day', 'DEU', 2024, 1, 2));
			failHolidayWrites(pbx.sandbox, (holiday) => ['Summer Party', 'Company Day', 'Old Day'].includes(holiday.name as string));
			const { items, error } = await pbx.engine.runNode(
				{ ...SYNC, source: 'inputItems', region: 'DEU', mode: 'mirror', mirrorRegion: 'DEU' },
				{
					items: [
						{ name: 'Company Day', date: '2026-06-01' },
						{ name: 'Summer Party', date: '2026-07-10' },
						{ name: 'Sports Day', date: '2026-05-01' },
						{ name: 'Winter Party', date: '2026-12-11' },
					],
					continueOnFail: true,
				},
			);
			expect(error).toBeUndefined();
			expect(actions(items)).toEqual([
				'failed Company Day',
				'failed Summer Party',
				'updated Sports Day',
				'created Winter Party',
				'failed Old Day',
				'deleted Older Day',
			]);
			expect(items[0].json).toEqual({
				action: 'failed',
				id: moved.id,
				holiday: moved,
				changes: { day_start: { from: 2, to: 1 }, day_end: { from: 2, to: 1 } },
				attempted: 'update',
				// the message and, for the next node, the advice
				error: `PortSIP API error 400 on POST /api/holidays/${moved.id as string}: VALIDATE_FAILED: Holiday "Company Day" was refused (sandbox: failHolidayWrites). How to fix: The server rejected a value that was sent. Correct the field it names and run again.`,
			});
			expect(items[1].json).toMatchObject({ action: 'failed', attempted: 'create', error: expect.stringContaining('Holiday "Summer Party" was refused') });
			expect(items[4].json).toMatchObject({ action: 'failed', attempted: 'delete', id: stale.id });
			// the output items are paired with the input item each holiday came from
			expect(items.map((item) => (item.pairedItem as { item: number }).item)).toEqual([0, 1, 2, 3, 0, 0]);
			expect(tenantOf(pbx).holidays.get(movedToo.id as string)).toMatchObject({ day_start: 1 });
			expect(tenantOf(pbx).holidays.has(staleToo.id as string)).toBe(false);
			expect(storedNames(pbx)).toEqual(['Company Day', 'Old Day', 'Sports Day', 'Winter Party']);
		});
	});

	describe('through the shared transport', () => {
		it('a token that expires in the middle of the sync: one new login, the refused write is sent again, nothing is lost', async () => {
			let expired = false;
			pbx.sandbox.interceptor = (request) => {
				if (!expired && request.method === 'POST' && request.path === '/api/holidays') {
					expired = true;
					pbx.sandbox.expireTokens();
				}
				return undefined;
			};
			try {
				const { items, error } = await pbx.engine.runNode({ ...SYNC, source: 'calendar', country: 'DEU', years: '2026' });
				expect(error).toBeUndefined();
				expect(items.every((item) => item.json.action === 'created')).toBe(true);
			} finally {
				pbx.sandbox.interceptor = undefined;
			}
			expect(pbx.sandbox.logins).toBe(2);
			const total = getPublicHolidays('DEU', 2026).length;
			expect(stored(pbx)).toHaveLength(total);
			// the first create was answered 401 (not done) until the new login, then made once
			const statuses = writes(pbx).map((request) => request.status);
			expect(statuses.filter((status) => status === 201)).toHaveLength(total);
			expect(statuses.filter((status) => status !== 201).every((status) => status === 401)).toBe(true);
			expect(statuses[0]).toBe(401);
		});

		it('API errors are mapped: a system administrator login is told the holidays need a tenant administrator', async () => {
			const engine = new Engine({ portSipApi: portSipCredential(pbx.sandbox.url, SYSTEM_ADMIN) });
			const { error } = await engine.runNode({ ...SYNC, source: 'calendar', country: 'DEU', years: '2026' });
			expect(error?.message).toBe('PortSIP API error 403 on GET /api/holidays: FORBIDDEN: This API is only available to tenant users');
			expect((error as { description?: string }).description).toMatch(/needs a tenant administrator login/);
			expect(writes(pbx)).toEqual([]);
		});
	});

	describe('input items and JSON', () => {
		it('input items: name and date, or start and end date; every year, times and region per item, else the Region parameter', async () => {
			const { items, error } = await pbx.engine.runNode(
				{ ...SYNC, source: 'inputItems', region: '={{ $json.country ?? "DEU" }}', namePrefix: 'ACME ' },
				{
					items: [
						{ name: 'Company Day', date: '2026-06-01', ticket: 'T-1' },
						{ name: 'Christmas Eve afternoon', date: '12-24', everyYear: true, allDay: false, startTime: '13:00', endTime: '23:59', region: 'gb' },
						{ name: 'Winter closing', startDate: '2026-12-28T00:00:00.000Z', endDate: '2027-01-02', country: 'AT' },
					],
				},
			);
			expect(error).toBeUndefined();
			expect(writes(pbx).map((request) => request.body)).toEqual([
				oneDay('ACME Company Day', 'DEU', 2026, 6, 1),
				{ ...everyYear('ACME Christmas Eve afternoon', 'GBR', 12, 24), hour_start: 13 },
				{ ...oneDay('ACME Winter closing', 'AUT', 2026, 12, 28), consecutive: true, year_end: 2027, month_end: 1, day_end: 2 },
			]);
			expect(items.map((item) => item.json.action)).toEqual(['created', 'created', 'created']);
			expect(items.map((item) => (item.pairedItem as { item: number }).item)).toEqual([0, 1, 2]);
		});

		it('a holiday that breaks a rule: refused before any request, naming the item or JSON entry, the field and the rule', async () => {
			const item = await pbx.engine.runNode(
				{ ...SYNC, source: 'inputItems', region: 'DEU' },
				{ items: [{ name: 'Fine', date: '2026-06-01' }, { name: 'Leap', date: '2027-02-29' }] },
			);
			expect(item.error?.message).toBe('Item 1: "Date" (date) is not a date: February 2027 has 28 days');
			const entry = await pbx.engine.runNode({ ...SYNC, source: 'json', region: 'DEU', holidaysJson: '[{"name": "Fine", "date": "2026-06-01"}, {"date": "2026-06-02"}]' });
			expect(entry.error?.message).toBe('JSON entry 1: "Name" (name) is required');
			const json = await pbx.engine.runNode({ ...SYNC, source: 'json', region: 'DEU', holidaysJson: '[{"name": "Fine", "date": ' });
			expect(json.error?.message).toMatch(/^Holidays \(JSON\): not valid JSON/);
			expect(pbx.sandbox.requests).toEqual([]);
		});

		it('duplicates in the desired set: refused before any request, each named', async () => {
			seed(pbx, oneDay('Company Day', 'DEU', 2026, 6, 1));
			const { error } = await pbx.engine.runNode(
				{ ...SYNC, source: 'inputItems', region: 'DEU', mode: 'upsert' },
				{ items: [{ name: 'Company Day', date: '2026-06-01' }, { name: 'Summer Party', date: '2026-07-10' }, { name: 'Company Day', date: '2026-06-05' }] },
			);
			expect(error?.message).toBe(
				'The holidays to sync contain duplicates (same region, name and year, or both every year): "Company Day" (DEU, 2026) from Item 0 and Item 2. Give each a different name (or remove one); nothing was written.',
			);
			expect(pbx.sandbox.requests).toEqual([]);
			const json = await pbx.engine.runNode({
				...SYNC,
				source: 'json',
				region: 'DEU',
				holidaysJson: '[{"name": "Fête", "date": "07-14", "everyYear": true, "region": "FR"}, {"name": "Fête", "date": "07-15", "everyYear": true, "region": "FRA"}]',
			});
			expect(json.error?.message).toMatch(/^The holidays to sync contain duplicates .*: "Fête" \(FRA, every year\) from JSON entry 0 and JSON entry 1\./);
			expect(pbx.sandbox.requests).toEqual([]);
		});

		it('JSON from an expression, as a list', async () => {
			const { items, error } = await pbx.engine.runNode({
				...SYNC,
				source: 'json',
				region: 'USA',
				holidaysJson: '={{ [{ name: "Thanksgiving Friday", date: "2026-11-27" }] }}',
			});
			expect(error).toBeUndefined();
			expect(items.map((item) => item.json.action)).toEqual(['created']);
			expect(stored(pbx).map(({ id: _id, ...holiday }) => holiday)).toEqual([oneDay('Thanksgiving Friday', 'USA', 2026, 11, 27)]);
		});

		it('with Continue On Fail, a refused input is one error item and nothing is sent', async () => {
			const { items, error } = await pbx.engine.runNode(
				{ ...SYNC, source: 'calendar', country: 'DEU', years: '2026', mode: 'mirror' },
				{ continueOnFail: true },
			);
			expect(error).toBeUndefined();
			expect(items).toHaveLength(1);
			expect(items[0].json.error).toMatch(/^Mirror needs a scope/);
			expect(pbx.sandbox.requests).toEqual([]);
		});
	});
});
