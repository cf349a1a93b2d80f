/**
 * 1,000 items in one run while the token expires every 5 requests and the server rate-limits,
 * stalls and drops connections: every item ends with its own holiday, none lost, none doubled.
 */
import { usePortSip } from '../harness/portsip';
import { useFaults } from './helpers';

const ITEMS = 1000;

describe('PortSIP: a 1,000-item run under token expiry and faults', () => {
	const pbx = usePortSip({ tokenMaxUses: 5 });
	const f = useFaults(() => pbx.sandbox);

	it('creates exactly one holiday per item and returns each item its own', async () => {
		const tenant = pbx.sandbox.state.tenantByDomain('tenant1.example.com')!;
		tenant.holidays.clear();
		f.faults
			.add({ method: 'POST', path: '/api/holidays', fault: { type: 'status', status: 429, retryAfter: '1' }, times: 20, skip: 100 })
			.add({ method: 'GET', path: /^\/api\/holidays\/.+/, fault: { type: 'status', status: 503 }, times: 20, skip: 200 })
			.add({ method: 'GET', path: /^\/api\/holidays\/.+/, fault: { type: 'reset' }, times: 10, skip: 300 });
		const names = Array.from({ length: ITEMS }, (_, index) => `Holiday ${String(index + 1).padStart(4, '0')}`);

		const { items, error } = await pbx.engine.runNode(
			{ resource: 'holiday', operation: 'create', name: '={{ $json.name }}', region: 'GBR', date: '2026-05-01T00:00:00', everyYear: true },
			{ items: names.map((name) => ({ name })) },
		);

		expect(error).toBeUndefined();
		// every item answered, in order, each with its own holiday
		expect(items.map((item) => item.json.name)).toEqual(names);
		expect(items.filter((item) => item.error)).toEqual([]);
		const ids = items.map((item) => item.json.id);
		expect(new Set(ids).size).toBe(ITEMS);
		// the PBX holds exactly one holiday per item: none lost, none doubled
		const stored = [...tenant.holidays.values()].map((holiday) => holiday.name).sort();
		expect(stored).toEqual(names);
		const created = pbx.sandbox.requests.filter((r) => r.method === 'POST' && r.path === '/api/holidays' && r.status === 201);
		expect(created).toHaveLength(ITEMS);
		// the faults did strike: 401s from the expiring token, and the injected ones
		expect(pbx.sandbox.requests.filter((r) => r.status === 401).length).toBeGreaterThan(100);
		expect(f.faults.injected).toHaveLength(50);
		expect(pbx.sandbox.logins).toBeGreaterThan(ITEMS / 5);
		// about 20 s on an idle machine; a busy one (tests of other projects) may take several times that
	}, 180_000);
});
