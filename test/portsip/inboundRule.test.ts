/** PortSIP → Inbound Rule through n8n's engine against the sandbox (contract-checked). */
import { addHoliday } from '../../sandbox/portsip/routes/holidays';
import { addInboundRule } from '../../sandbox/portsip/routes/inboundRules';
import type { Json } from '../../sandbox/portsip/state';
import { everyYear } from '../harness/holidayBodies';
import { usePortSip, type PortSipFixture } from '../harness/portsip';

const byId = (id: string) => ({ __rl: true, mode: 'id', value: id });
const fromList = (id: string) => ({ __rl: true, mode: 'list', value: id, cachedResultName: 'Some rule' });
const tenantOf = (pbx: PortSipFixture) => pbx.sandbox.state.tenantByDomain('tenant1.example.com')!;
const trunkId = (pbx: PortSipFixture) => [...tenantOf(pbx).providers.keys()][0];
const writes = (pbx: PortSipFixture) => pbx.sandbox.apiRequests().filter((request) => request.method !== 'GET');
const RULE = { resource: 'inboundRule' };

describe('PortSIP → Inbound Rule through n8n\'s engine', () => {
	const pbx = usePortSip();
	let christmas: Json;
	let newYear: Json;
	beforeEach(() => {
		tenantOf(pbx).inboundRules.clear();
		tenantOf(pbx).holidays.clear();
		christmas = addHoliday(tenantOf(pbx), everyYear('Christmas Day', 'USA', 12, 25));
		newYear = addHoliday(tenantOf(pbx), everyYear("New Year's Day", 'USA', 1, 1));
	});

	it('Create routes a DID: trunk from the list, three forward rules, the holidays it observes; answers the rule as it stands', async () => {
		const { items, error } = await pbx.engine.runNode({
			...RULE,
			operation: 'create',
			name: 'Main number',
			didNumbers: '4420123450',
			providerId: { __rl: true, mode: 'list', value: trunkId(pbx), cachedResultName: 'Main Trunk' },
			officeHoursForwardRule: { action: 'FORWARD_TO_NUMBER', number: '101' },
			nonOfficeHoursForwardRule: { action: 'FORWARD_TO_VOICEMAIL', number: '101' },
			holidayForwardRule: { action: 'HANGUP' },
			holidays: [christmas.id, newYear.id],
			additionalFields: { cidNumberMask: '0044**********', enabled: true },
		});
		expect(error).toBeUndefined();
		const stored = [...tenantOf(pbx).inboundRules.values()];
		expect(stored).toHaveLength(1);
		expect(stored[0]).toMatchObject({
			name: 'Main number',
			did_numbers: '4420123450',
			provider_id: trunkId(pbx),
			cid_number_mask: '0044**********',
			office_hours_forward_rule: { action: 'FORWARD_TO_NUMBER', number: '101' },
			non_office_hours_forward_rule: { action: 'FORWARD_TO_VOICEMAIL', number: '101' },
			holiday_forward_rule: { action: 'HANGUP' },
			holidays: [christmas.id, newYear.id],
		});
		// read back: the holidays as the PBX answers them (objects)
		expect(items).toHaveLength(1);
		expect(items[0].json.id).toBe(stored[0].id);
		expect((items[0].json.holidays as Json[]).map((holiday) => holiday.name)).toEqual(['Christmas Day', "New Year's Day"]);
		expect(writes(pbx)).toHaveLength(1);
	});

	it('Get, Update (only the fields given, read back) and Delete by locator', async () => {
		const rule = addInboundRule(tenantOf(pbx), { name: 'Sales', did_numbers: '4420123451', provider_id: trunkId(pbx), holidays: [christmas.id] });
		const got = await pbx.engine.runNode({ ...RULE, operation: 'get', inboundRuleId: fromList(rule.id as string) });
		expect(got.error).toBeUndefined();
		expect(got.items[0].json).toMatchObject({ id: rule.id, name: 'Sales', holidays: [{ id: christmas.id, name: 'Christmas Day' }] });

		pbx.sandbox.clearLog();
		const updated = await pbx.engine.runNode({
			...RULE,
			operation: 'update',
			inboundRuleId: byId(rule.id as string),
			holidayForwardRule: { action: 'FORWARD_TO_NUMBER', number: '+14155550100' },
			updateFields: { name: 'Sales line', holidays: [newYear.id] },
		});
		expect(updated.error).toBeUndefined();
		expect(writes(pbx).map((request) => request.body)).toEqual([
			{ name: 'Sales line', holidays: [newYear.id], holiday_forward_rule: { action: 'FORWARD_TO_NUMBER', number: '+14155550100' } },
		]);
		expect(updated.items[0].json).toMatchObject({ name: 'Sales line', did_numbers: '4420123451', holidays: [{ id: newYear.id }] });

		const deleted = await pbx.engine.runNode({ ...RULE, operation: 'delete', inboundRuleId: byId(rule.id as string) });
		expect(deleted.error).toBeUndefined();
		expect(deleted.items[0].json).toEqual({ deleted: true, id: rule.id });
		expect(tenantOf(pbx).inboundRules.size).toBe(0);
	});

	it('Get Many: Limit, Return All over pages, Filter, Search and Order By', async () => {
		for (let n = 0; n < 130; n++) {
			addInboundRule(tenantOf(pbx), { name: `Rule ${String(n).padStart(3, '0')}`, did_numbers: `44201${n}`, provider_id: trunkId(pbx), enabled: n % 2 === 0 });
		}
		const limited = await pbx.engine.runNode({ ...RULE, operation: 'getAll', returnAll: false, limit: 5 });
		expect(limited.items).toHaveLength(5);
		const all = await pbx.engine.runNode({ ...RULE, operation: 'getAll', returnAll: true });
		expect(all.items).toHaveLength(130);
		const chosen = await pbx.engine.runNode({
			...RULE,
			operation: 'getAll',
			returnAll: true,
			options: { filter: 'enabled eq true', search: 'Rule 01', orderby: 'name desc' },
		});
		expect(chosen.items.map((item) => item.json.name)).toEqual(['Rule 018', 'Rule 016', 'Rule 014', 'Rule 012', 'Rule 010']);
	});

	it('pickers: rules and trunks From List, the tenant\'s holidays for the multi-select', async () => {
		addInboundRule(tenantOf(pbx), { name: 'Support', did_numbers: '4420123452', provider_id: trunkId(pbx) });
		expect((await pbx.engine.listSearch('searchInboundRules')).results).toEqual([
			{ name: 'Support (4420123452)', value: expect.any(String) },
		]);
		expect((await pbx.engine.listSearch('searchTrunks', { filter: 'main' })).results).toEqual([
			{ name: 'Main Trunk (sip.carrier.example)', value: trunkId(pbx) },
		]);
		expect(await pbx.engine.loadOptions('getHolidays')).toEqual([
			{ name: 'Christmas Day (12-25, every year)', value: christmas.id },
			{ name: "New Year's Day (01-01, every year)", value: newYear.id },
		]);
	});

	it('bad input is stopped before sending, the message naming the field as the node shows it', async () => {
		const base = { ...RULE, operation: 'create', name: 'Main', didNumbers: '4420123450', providerId: byId(trunkId(pbx)) };
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ name: 'x'.repeat(65) }, 'Item 0: "Name" (name) must be at most 64 characters long'],
			[{ didNumbers: '={{ "" }}' }, 'Item 0: "DID Numbers" (did_numbers) must not be empty'],
			[{ providerId: byId('  ') }, 'Item 0: "Trunk" (provider_id) must not be empty'],
			[{ officeHoursForwardRule: { action: 'FORWARD_TO_NUMBER' } }, 'Item 0: "Office Hours Forwarding › Number" (office_hours_forward_rule.number) is required when Action is Forward to Number'],
			[{ holidayForwardRule: { action: 'RING' } }, 'Item 0: "Holiday Forwarding › Action" (holiday_forward_rule.action) must be one of FORWARD_TO_NUMBER, FORWARD_TO_VOICEMAIL, HANGUP'],
			[{ holidays: '={{ "abc" }}' }, 'Item 0: "Holiday Names or IDs" (holidays) must be a list of holiday IDs'],
		];
		for (const [change, message] of cases) {
			const { error } = await pbx.engine.runNode({ ...base, ...change });
			expect(error?.message).toBe(message);
		}
		const noFields = await pbx.engine.runNode({ ...RULE, operation: 'update', inboundRuleId: byId('x') });
		expect(noFields.error?.message).toMatch(/^Item 0: The input has no field to update/);
		const noRule = await pbx.engine.runNode({ ...RULE, operation: 'get', inboundRuleId: byId(' ') });
		expect(noRule.error?.message).toBe('Item 0: "Inbound Rule" (inboundRuleId) must not be empty');
		expect(pbx.sandbox.apiRequests()).toEqual([]);
	});

	it('the PBX refuses a holiday that is not the tenant\'s', async () => {
		const { error } = await pbx.engine.runNode({
			...RULE,
			operation: 'create',
			name: 'Main',
			didNumbers: '4420123450',
			providerId: byId(trunkId(pbx)),
			holidays: ['NotAHoliday'],
		});
		expect(error?.message).toBe('PortSIP API error 400: VALIDATE_FAILED: field validation failed: holidays: NotAHoliday are not holidays of this tenant');
		expect(tenantOf(pbx).inboundRules.size).toBe(0);
	});
});
