/** Holiday → Sync → Apply to Inbound Rules, and the Sync corrections, through n8n's engine against the sandbox. */
import type { IDataObject } from 'n8n-workflow';

import { getPublicHolidays } from '../../nodes/PortSip/calendars';
import { addHoliday, failHolidayWrites } from '../../sandbox/portsip/routes/holidays';
import { addInboundRule } from '../../sandbox/portsip/routes/inboundRules';
import type { Json } from '../../sandbox/portsip/state';
import { everyYear, oneDay } from '../harness/holidayBodies';
import { usePortSip, type PortSipFixture } from '../harness/portsip';

const tenantOf = (pbx: PortSipFixture) => pbx.sandbox.state.tenantByDomain('tenant1.example.com')!;
const trunkId = (pbx: PortSipFixture) => [...tenantOf(pbx).providers.keys()][0];
const holidayIds = (pbx: PortSipFixture) => [...tenantOf(pbx).holidays.keys()];
const ruleHolidays = (pbx: PortSipFixture, rule: Json) => tenantOf(pbx).inboundRules.get(rule.id as string)!.holidays as string[];
const requests = (pbx: PortSipFixture) => pbx.sandbox.apiRequests().map((request) => `${request.method} ${request.path}`);
const ruleWrites = (pbx: PortSipFixture) => requests(pbx).filter((request) => request.startsWith('POST /api/inbound_rules'));
const ruleItems = (items: Array<{ json: IDataObject }>) => items.filter((item) => item.json.inboundRule !== undefined).map((item) => item.json);

const SYNC = { resource: 'holiday', operation: 'sync' };
/** Mirror of one every-year holiday, Founders Day on 1 March, in the "[Auto] " scope. */
const MIRROR_FOUNDERS_DAY = {
	...SYNC,
	source: 'json',
	holidaysJson: JSON.stringify([{ name: 'Founders Day', date: '03-01', everyYear: true }]),
	region: 'USA',
	mode: 'mirror',
	namePrefix: '[Auto] ',
};
/** Two fixed company days, by JSON. */
const COMPANY_DAYS = JSON.stringify([
	{ name: 'Founders Day', date: '03-01', everyYear: true },
	{ name: 'Summer Party', date: '2026-07-10' },
]);

describe('PortSIP → Holiday → Sync → Apply to Inbound Rules', () => {
	const pbx = usePortSip();
	let main: Json;
	let support: Json;
	beforeEach(() => {
		tenantOf(pbx).inboundRules.clear();
		tenantOf(pbx).holidays.clear();
		main = addInboundRule(tenantOf(pbx), { name: 'Main', did_numbers: '4420123450', provider_id: trunkId(pbx) });
		support = addInboundRule(tenantOf(pbx), { name: 'Support', did_numbers: '4420123451', provider_id: trunkId(pbx) });
	});
	afterEach(() => failHolidayWrites(pbx.sandbox, undefined));

	it('All: every created holiday is attached to both rules, with one rule-list read and one update per rule; a second run writes nothing', async () => {
		const first = await pbx.engine.runNode({ ...SYNC, source: 'calendar', country: 'DEU', years: '2026', mode: 'addMissing', applyToInboundRules: 'all' });
		expect(first.error).toBeUndefined();
		const created = holidayIds(pbx);
		expect(created).toHaveLength(getPublicHolidays('DEU', 2026).length);
		expect(ruleHolidays(pbx, main).sort()).toEqual([...created].sort());
		expect(ruleHolidays(pbx, support).sort()).toEqual([...created].sort());
		expect(requests(pbx).filter((request) => request.startsWith('GET /api/inbound_rules'))).toEqual(['GET /api/inbound_rules']);
		expect(ruleWrites(pbx)).toEqual([`POST /api/inbound_rules/${main.id as string}`, `POST /api/inbound_rules/${support.id as string}`]);
		const mainItem = ruleItems(first.items).find((item) => (item.inboundRule as IDataObject).id === main.id)!;
		expect(mainItem).toMatchObject({ action: 'updated', inboundRule: { id: main.id, name: 'Main' }, detached: [] });
		expect((mainItem.attached as IDataObject[]).map((holiday) => holiday.id).sort()).toEqual([...created].sort());

		pbx.sandbox.clearLog();
		const second = await pbx.engine.runNode({ ...SYNC, source: 'calendar', country: 'DEU', years: '2026', mode: 'addMissing', applyToInboundRules: 'all' });
		expect(second.error).toBeUndefined();
		expect(requests(pbx)).toEqual(['GET /api/holidays', 'GET /api/inbound_rules']);
		expect(ruleItems(second.items).map((item) => item.action)).toEqual(['unchanged', 'unchanged']);
	});

	it('Chosen: only the chosen rule; holidays attached by hand stay; Dry Run shows the change and writes nothing', async () => {
		const handMade = addHoliday(tenantOf(pbx), everyYear('Office Party', 'USA', 12, 18));
		tenantOf(pbx).inboundRules.get(support.id as string)!.holidays = [handMade.id];
		const options = { ...SYNC, source: 'json', holidaysJson: COMPANY_DAYS, region: 'USA', mode: 'addMissing', applyToInboundRules: 'chosen', inboundRules: [support.id] };

		const dry = await pbx.engine.runNode({ ...options, dryRun: true });
		expect(dry.error).toBeUndefined();
		expect(ruleItems(dry.items)).toEqual([
			{
				action: 'updated',
				dryRun: true,
				inboundRule: { id: support.id, name: 'Support' },
				attached: [{ name: 'Founders Day' }, { name: 'Summer Party' }],
				detached: [],
				holidays: [handMade.id],
			},
		]);
		expect(requests(pbx).filter((request) => request.startsWith('POST'))).toEqual([]);

		const run = await pbx.engine.runNode(options);
		expect(run.error).toBeUndefined();
		const founders = [...tenantOf(pbx).holidays.values()].find((holiday) => holiday.name === 'Founders Day')!;
		const party = [...tenantOf(pbx).holidays.values()].find((holiday) => holiday.name === 'Summer Party')!;
		expect(ruleHolidays(pbx, support)).toEqual([handMade.id, founders.id, party.id]);
		expect(ruleHolidays(pbx, main)).toEqual([]);
		expect(ruleItems(run.items)).toEqual([
			{
				action: 'updated',
				inboundRule: { id: support.id, name: 'Support' },
				attached: [{ id: founders.id, name: 'Founders Day' }, { id: party.id, name: 'Summer Party' }],
				detached: [],
				holidays: [handMade.id, founders.id, party.id],
			},
		]);
	});

	it('Mirror detaches a holiday it deletes (before deleting it) and leaves the hand-attached ones', async () => {
		const handMade = addHoliday(tenantOf(pbx), everyYear('Office Party', 'USA', 12, 18));
		const stale = addHoliday(tenantOf(pbx), oneDay('[Auto] Old Day', 'USA', 2026, 5, 5));
		const kept = addHoliday(tenantOf(pbx), everyYear('[Auto] Founders Day', 'USA', 3, 1));
		tenantOf(pbx).inboundRules.get(main.id as string)!.holidays = [handMade.id, stale.id, kept.id];
		const { items, error } = await pbx.engine.runNode({
			...MIRROR_FOUNDERS_DAY,
			applyToInboundRules: 'all',
		});
		expect(error).toBeUndefined();
		expect(tenantOf(pbx).holidays.has(stale.id as string)).toBe(false);
		expect(ruleHolidays(pbx, main)).toEqual([handMade.id, kept.id]);
		expect(ruleItems(items)).toEqual([
			{ action: 'updated', inboundRule: { id: main.id, name: 'Main' }, attached: [], detached: [{ id: stale.id, name: '[Auto] Old Day' }], holidays: [handMade.id, kept.id] },
			{ action: 'unchanged', inboundRule: { id: support.id, name: 'Support' }, attached: [], detached: [], holidays: [] },
		]);
		// the rule let go of the holiday before it was deleted (the sandbox refuses to delete a holiday in use)
		expect(requests(pbx).filter((request) => request.startsWith('POST'))).toEqual([
			`POST /api/inbound_rules/${main.id as string}`,
			`POST /api/holidays/${stale.id as string}/destroy`,
		]);
	});

	it('a rule that observed an extra copy Mirror deletes observes the kept copy instead', async () => {
		const keptCopy = addHoliday(tenantOf(pbx), everyYear('[Auto] Founders Day', 'USA', 3, 1));
		const extraCopy = addHoliday(tenantOf(pbx), everyYear('[Auto] Founders Day', 'USA', 3, 1));
		tenantOf(pbx).inboundRules.get(main.id as string)!.holidays = [extraCopy.id];
		const { items, error } = await pbx.engine.runNode({
			...MIRROR_FOUNDERS_DAY,
			applyToInboundRules: 'chosen',
			inboundRules: [main.id],
		});
		expect(error).toBeUndefined();
		expect([...tenantOf(pbx).holidays.keys()]).toEqual([keptCopy.id]);
		expect(ruleHolidays(pbx, main)).toEqual([keptCopy.id]);
		expect(ruleItems(items)).toEqual([
			{
				action: 'updated',
				inboundRule: { id: main.id, name: 'Main' },
				attached: [{ id: keptCopy.id, name: '[Auto] Founders Day' }],
				detached: [{ id: extraCopy.id, name: '[Auto] Founders Day' }],
				holidays: [keptCopy.id],
			},
		]);
	});

	it('a chosen rule that is not there, or none chosen, stops the sync before any write', async () => {
		const gone = await pbx.engine.runNode({ ...SYNC, source: 'json', holidaysJson: COMPANY_DAYS, mode: 'addMissing', applyToInboundRules: 'chosen', inboundRules: ['NoSuchRule'] });
		expect(gone.error?.message).toBe('Inbound Rule Names or IDs: "NoSuchRule" is not an inbound rule of the tenant');
		const none = await pbx.engine.runNode({ ...SYNC, source: 'json', holidaysJson: COMPANY_DAYS, mode: 'addMissing', applyToInboundRules: 'chosen', inboundRules: [] });
		expect(none.error?.message).toMatch(/^Inbound Rule Names or IDs: choose at least one inbound rule/);
		expect(requests(pbx).filter((request) => request.startsWith('POST'))).toEqual([]);
		expect(tenantOf(pbx).holidays.size).toBe(0);
	});

	it('a create that fails is not attached; the rest are', async () => {
		failHolidayWrites(pbx.sandbox, (holiday) => holiday.name === 'Summer Party');
		const { items } = await pbx.engine.runNode(
			{ ...SYNC, source: 'json', holidaysJson: COMPANY_DAYS, region: 'USA', mode: 'addMissing', applyToInboundRules: 'all' },
			{ continueOnFail: true },
		);
		const founders = [...tenantOf(pbx).holidays.values()].find((holiday) => holiday.name === 'Founders Day')!;
		expect(ruleHolidays(pbx, main)).toEqual([founders.id]);
		expect(items.map((item) => item.json.action)).toEqual(['created', 'failed', 'updated', 'updated']);
	});
});

describe('PortSIP → Holiday → Sync corrections', () => {
	const pbx = usePortSip();
	beforeEach(() => {
		tenantOf(pbx).inboundRules.clear();
		tenantOf(pbx).holidays.clear();
	});

	it('switching Holiday Names to the local language renames each holiday in Mirror (an update that keeps its ID and its rules) instead of delete + create', async () => {
		const options = { ...SYNC, source: 'calendar', country: 'DEU', years: '2026', mode: 'mirror', mirrorRegion: 'DEU' };
		const english = await pbx.engine.runNode({ ...options, holidayNames: 'english' });
		expect(english.error).toBeUndefined();
		const before = new Map([...tenantOf(pbx).holidays.values()].map((holiday) => [holiday.id, holiday.name]));
		const rule = addInboundRule(tenantOf(pbx), { name: 'Main', did_numbers: '4420123450', provider_id: trunkId(pbx), holidays: [...before.keys()] });

		pbx.sandbox.clearLog();
		const local = await pbx.engine.runNode({ ...options, holidayNames: 'local', applyToInboundRules: 'all' });
		expect(local.error).toBeUndefined();
		const after = [...tenantOf(pbx).holidays.values()];
		// the same holidays (IDs), under their German names; nothing deleted or created
		expect(after.map((holiday) => holiday.id).sort()).toEqual([...before.keys()].sort());
		expect(after.find((holiday) => before.get(holiday.id) === 'Christmas Day')?.name).toBe('Erster Weihnachtstag');
		const holidayActions = local.items.filter((item) => item.json.holiday !== undefined).map((item) => item.json.action);
		expect(new Set(holidayActions)).toEqual(new Set(['updated']));
		const christmas = local.items.find((item) => (item.json.holiday as IDataObject).name === 'Erster Weihnachtstag')!.json;
		expect(christmas.changes).toEqual({ name: { from: 'Christmas Day', to: 'Erster Weihnachtstag' } });
		expect(requests(pbx).filter((request) => request.endsWith('/destroy') || request === 'POST /api/holidays')).toEqual([]);
		// the rule keeps observing them: nothing to attach or detach
		expect(ruleHolidays(pbx, rule).sort()).toEqual([...before.keys()].sort());
		expect(ruleWrites(pbx)).toEqual([]);
	});

	it('a rename needs exactly one holiday with the same region and dates on each side; otherwise delete + create', async () => {
		addHoliday(tenantOf(pbx), everyYear('[Auto] Feast A', 'USA', 8, 15));
		addHoliday(tenantOf(pbx), everyYear('[Auto] Feast B', 'USA', 8, 15));
		const { items, error } = await pbx.engine.runNode({
			...SYNC,
			source: 'json',
			holidaysJson: JSON.stringify([{ name: 'Assumption', date: '08-15', everyYear: true }]),
			region: 'USA',
			mode: 'mirror',
			namePrefix: '[Auto] ',
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => `${item.json.action as string} ${(item.json.holiday as IDataObject).name as string}`)).toEqual([
			'created [Auto] Assumption',
			'deleted [Auto] Feast A',
			'deleted [Auto] Feast B',
		]);
	});

	it('Add Missing: a holiday with other dates is "differs" (with changes), so that "action is not unchanged" catches it', async () => {
		const moved = addHoliday(tenantOf(pbx), everyYear('Founders Day', 'USA', 3, 2));
		const { items } = await pbx.engine.runNode({ ...SYNC, source: 'json', holidaysJson: COMPANY_DAYS, region: 'USA', mode: 'addMissing' });
		expect(items[0].json).toEqual({ action: 'differs', id: moved.id, holiday: moved, changes: { day_start: { from: 2, to: 1 }, day_end: { from: 2, to: 1 } } });
		expect(tenantOf(pbx).holidays.get(moved.id as string)).toEqual(moved);
	});

	it('an every-year holiday: the Sync outputs the shape Get answers (year_start and year_end 0)', async () => {
		const synced = await pbx.engine.runNode({ ...SYNC, source: 'json', holidaysJson: COMPANY_DAYS, region: 'USA', mode: 'addMissing' });
		const founders = synced.items.find((item) => (item.json.holiday as IDataObject).name === 'Founders Day')!.json;
		const got = await pbx.engine.runNode({ resource: 'holiday', operation: 'get', holidayId: { __rl: true, mode: 'id', value: founders.id } });
		expect(founders.holiday).toEqual(got.items[0].json);
		expect(got.items[0].json).toMatchObject({ every_year: true, year_start: 0, year_end: 0 });
	});
});
