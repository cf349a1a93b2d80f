/**
 * Request Options → Max Concurrent Requests, on both n8n lines (jest.config.js runs test/requestPath
 * against n8n 2.x and 1.x): n8n starts every item's request at once; the node keeps at most the
 * limit in flight (default 10), every item still done exactly once, 429s retried as before, and no
 * item waits for a second slot (its read-back, its list's pages), which with a limit of 1 would hang.
 */
import { lanesInUse } from '../../nodes/shared/concurrency';
import type { Interceptor } from '../../sandbox/http';
import { KEEPS_ANSWER_HEADERS, N8N_MAJOR } from '../harness/line';
import { portSipCredential, usePortSip } from '../harness/portsip';
import { useVoxo } from '../harness/voxo';
import { useFaults } from '../reliability/helpers';

/**
 * Counts the requests the sandbox is answering at once (logins included), each held a few ms so
 * that requests sent together are in flight together; `inner` (the fault injector) still applies.
 */
function countInFlight(sandbox: { interceptor?: Interceptor }, inner?: Interceptor): { max: number } {
	const counter = { now: 0, max: 0 };
	sandbox.interceptor = async (request, raw, next) => {
		counter.now += 1;
		counter.max = Math.max(counter.max, counter.now);
		raw.res.once('close', () => (counter.now -= 1));
		await new Promise((resolve) => setTimeout(resolve, 5));
		return await inner?.(request, raw, next);
	};
	return counter;
}

const names = (count: number) => Array.from({ length: count }, (_, index) => `Holiday ${String(index + 1).padStart(4, '0')}`);
const createHolidays = (requestOptions: object = {}) => ({
	resource: 'holiday',
	operation: 'create',
	name: '={{ $json.name }}',
	region: 'GBR',
	date: '2026-05-01T00:00:00',
	everyYear: true,
	requestOptions,
});

describe(`Max Concurrent Requests on n8n ${N8N_MAJOR}.x: PortSIP`, () => {
	const pbx = usePortSip();
	const f = useFaults(() => pbx.sandbox);
	const tenant = () => pbx.sandbox.state.tenantByDomain('tenant1.example.com')!;
	beforeEach(() => tenant().holidays.clear());
	afterEach(() => expect(lanesInUse()).toBe(0));

	/** Each name created once on the PBX and returned to its own item, with no error. */
	function expectEachCreatedOnce(items: Array<{ json: { name?: unknown }; error?: unknown }>, wanted: string[]) {
		expect(items.filter((item) => item.error)).toEqual([]);
		expect(items.map((item) => item.json.name)).toEqual(wanted);
		expect([...tenant().holidays.values()].map((holiday) => holiday.name).sort()).toEqual(wanted);
		const created = pbx.sandbox.requests.filter((r) => r.method === 'POST' && r.path === '/api/holidays' && r.status === 201);
		expect(created).toHaveLength(wanted.length);
	}

	/** Creates `count` holidays in one run, counting the requests in flight; each must be created once. */
	async function createCounted(count: number, requestOptions: object = {}): Promise<{ max: number }> {
		const counter = countInFlight(pbx.sandbox, f.faults.interceptor);
		const wanted = names(count);
		const { items, error } = await pbx.engine.runNode(createHolidays(requestOptions), { items: wanted.map((name) => ({ name })) });
		expect(error).toBeUndefined();
		expectEachCreatedOnce(items, wanted);
		return counter;
	}

	it('300 creates with the default: at most 10 requests in flight, each holiday created once and read back', async () => {
		const counter = await createCounted(300);
		expect(pbx.sandbox.apiRequests().filter((r) => r.method === 'GET')).toHaveLength(300);
		expect(counter.max).toBeLessThanOrEqual(10);
		// the items still work side by side
		expect(counter.max).toBeGreaterThan(1);
	});

	it('set to 1: one request at a time, and an item\'s read-back does not wait for a second slot', async () => {
		const counter = await createCounted(60, { maxConcurrentRequests: 1 });
		expect(counter.max).toBe(1);
	});

	it('set to 50: more than 10 in flight (the counter sees the burst), never more than 50', async () => {
		const counter = await createCounted(300, { maxConcurrentRequests: 50 });
		expect(counter.max).toBeGreaterThan(10);
		expect(counter.max).toBeLessThanOrEqual(50);
	});

	it('429s under load: every item still completes once, after the Retry-After waits', async () => {
		// 12 refusals spread over the run (each rule lets 22 more creates through than the one before)
		for (let strike = 0; strike < 12; strike++) {
			f.faults.add({ method: 'POST', path: '/api/holidays', fault: { type: 'status', status: 429, retryAfter: '2' }, skip: 20 + 22 * strike });
		}
		const counter = await createCounted(300);
		expect(f.faults.injected).toHaveLength(12);
		// one wait per refusal: Retry-After on n8n 2.x, the backoff on 1.x (it does not keep the headers)
		expect(f.waits).toHaveLength(12);
		if (KEEPS_ANSWER_HEADERS) expect(f.waits.every((ms) => ms === 2000)).toBe(true);
		expect(counter.max).toBeLessThanOrEqual(10);
	});

	it('Get Many with 1: its pages share the item\'s slot (250 holidays, 3 pages, every holiday once)', async () => {
		const wanted = names(250);
		await pbx.engine.runNode(createHolidays(), { items: wanted.map((name) => ({ name })) });
		pbx.sandbox.clearLog();
		const counter = countInFlight(pbx.sandbox, f.faults.interceptor);
		const { items, error } = await pbx.engine.runNode({ resource: 'holiday', operation: 'getAll', returnAll: true, requestOptions: { maxConcurrentRequests: 1 } });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.name).sort()).toEqual(wanted);
		expect(pbx.sandbox.apiRequests().filter((r) => r.path === '/api/holidays')).toHaveLength(3);
		expect(counter.max).toBe(1);
	});

	it('Holiday → Sync with 1: each of its requests takes the one slot in turn', async () => {
		const counter = countInFlight(pbx.sandbox, f.faults.interceptor);
		const { items, error } = await pbx.engine.runNode({
			resource: 'holiday',
			operation: 'sync',
			source: 'calendar',
			country: 'DEU',
			years: '2026',
			mode: 'addMissing',
			requestOptions: { maxConcurrentRequests: 1 },
		});
		expect(error).toBeUndefined();
		expect(items.length).toBeGreaterThan(5);
		expect(items.every((item) => item.json.action === 'created')).toBe(true);
		expect(tenant().holidays.size).toBe(items.length);
		expect(counter.max).toBe(1);
	});

	it('a wrong password over 300 items: one refused login, every item fails with its message (not one login per 10 items)', async () => {
		pbx.engine.credentials.set('portSipApi', { ...portSipCredential(pbx.sandbox.url), password: 'wrong' });
		const wanted = names(300);
		const { items } = await pbx.engine.runNode(createHolidays(), { items: wanted.map((name) => ({ name })), continueOnFail: true });
		expect(pbx.sandbox.requests.filter((r) => r.path === '/api/login/oauth/token')).toHaveLength(1);
		expect(items).toHaveLength(300);
		expect(items.every((item) => /wrong username, password or tenant domain/.test(String(item.json.error)))).toBe(true);
		expect(pbx.sandbox.apiRequests()).toEqual([]);
		// the refusal ended with the run: the next run logs in again
		pbx.engine.credentials.set('portSipApi', portSipCredential(pbx.sandbox.url));
		const next = await pbx.engine.runNode(createHolidays(), { items: [{ name: 'Labour Day' }] });
		expect(next.error).toBeUndefined();
		expect(tenant().holidays.size).toBe(1);
	});

	it('a value of 0 (from an imported workflow) is refused before any request, naming the option', async () => {
		const { error } = await pbx.engine.runNode(createHolidays({ maxConcurrentRequests: 0 }), { items: [{ name: 'Labour Day' }] });
		expect(error?.message).toContain('"Request Options › Max Concurrent Requests" (requestOptions.maxConcurrentRequests) must be a whole number of at least 1');
		expect(pbx.sandbox.apiRequests()).toEqual([]);
		expect(tenant().holidays.size).toBe(0);
	});
});

describe(`Max Concurrent Requests on n8n ${N8N_MAJOR}.x: a large run`, () => {
	const pbx = usePortSip();
	const f = useFaults(() => pbx.sandbox);
	// a long test, like the 1,000-item one: the timeout fits a 2-core machine shared with other runs
	const TIMEOUT_MS = 10 * 60 * 1000;

	it('3,000 creates with the default and some 429s: at most 10 in flight, every holiday created exactly once', async () => {
		const tenant = pbx.sandbox.state.tenantByDomain('tenant1.example.com')!;
		tenant.holidays.clear();
		for (let strike = 0; strike < 10; strike++) {
			f.faults.add({ method: 'POST', path: '/api/holidays', fault: { type: 'status', status: 429, retryAfter: '1' }, skip: 100 + 250 * strike });
		}
		const counter = countInFlight(pbx.sandbox, f.faults.interceptor);
		const wanted = names(3000);
		const { items, error } = await pbx.engine.runNode(createHolidays(), { items: wanted.map((name) => ({ name })) });
		expect(error).toBeUndefined();
		expect(items.filter((item) => item.error)).toEqual([]);
		expect(items.map((item) => item.json.name)).toEqual(wanted);
		expect([...tenant.holidays.values()].map((holiday) => holiday.name).sort()).toEqual(wanted);
		expect(pbx.sandbox.requests.filter((r) => r.method === 'POST' && r.path === '/api/holidays' && r.status === 201)).toHaveLength(3000);
		expect(f.faults.injected).toHaveLength(10);
		expect(pbx.sandbox.logins).toBe(1);
		expect(counter.max).toBeLessThanOrEqual(10);
		expect(lanesInUse()).toBe(0);
	}, TIMEOUT_MS);
});

describe(`Max Concurrent Requests on n8n ${N8N_MAJOR}.x: VOXO`, () => {
	const voxo = useVoxo();
	afterEach(() => {
		voxo.sandbox.interceptor = undefined;
		expect(lanesInUse()).toBe(0);
	});

	it('40 reads with the default: at most 10 in flight, each item answered', async () => {
		const counter = countInFlight(voxo.sandbox);
		const { items, error } = await voxo.run(
			{ resource: 'tenant', operation: 'get', tenantId: { __rl: true, mode: 'id', value: '100' } },
			{ items: Array.from({ length: 40 }, (_, index) => ({ index })) },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(40);
		expect(items.every((item) => String(item.json.id) === '100')).toBe(true);
		expect(counter.max).toBeLessThanOrEqual(10);
		expect(counter.max).toBeGreaterThan(1);
	});

	it('set to 1: one at a time', async () => {
		const counter = countInFlight(voxo.sandbox);
		const { items, error } = await voxo.run(
			{ resource: 'tenant', operation: 'get', tenantId: { __rl: true, mode: 'id', value: '100' }, requestOptions: { maxConcurrentRequests: 1 } },
			{ items: Array.from({ length: 20 }, (_, index) => ({ index })) },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(20);
		expect(counter.max).toBe(1);
	});
});
