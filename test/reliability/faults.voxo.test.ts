/** VOXO under faults: the same retry policy as PortSIP, through the same wrapper. */
import { KEEPS_ANSWER_HEADERS } from '../harness/line';
import { useVoxo } from '../harness/voxo';
import { useFaults } from './helpers';

const byId = (id: string) => ({ __rl: true, mode: 'id', value: id });
const create = { resource: 'tenant', operation: 'create', name: 'Acme West', timezoneId: 2, partnerId: 7, billingStartDate: '2026-03-05T00:00:00' };

describe('VOXO under faults', () => {
	const voxo = useVoxo();
	const f = useFaults(() => voxo.sandbox);
	const tenantCount = () => voxo.sandbox.state.tenants.size;
	const creates = () => voxo.sandbox.requests.filter((r) => r.method === 'POST' && r.path === '/v2/admin/tenants/');

	it('a create answered 503 after VOXO processed it is not sent again: one tenant, and the error says to check', async () => {
		const before = tenantCount();
		f.faults.add({ method: 'POST', fault: { type: 'statusAfterProcessing', status: 503 }, path: '/v2/admin/tenants/' });
		const { error } = await voxo.run(create);
		expect(tenantCount()).toBe(before + 1);
		expect(creates()).toHaveLength(1);
		expect(error?.description).toContain('VOXO may have processed this request before the answer was lost, so it was not sent again');
	});

	it('a create refused with 429: sent again after Retry-After; one tenant', async () => {
		const before = tenantCount();
		f.faults.add({ method: 'POST', path: '/v2/admin/tenants/', fault: { type: 'status', status: 429, retryAfter: '3' } });
		const { items, error } = await voxo.run(create);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ name: 'Acme West' });
		expect(tenantCount()).toBe(before + 1);
		expect(f.waits).toEqual(KEEPS_ANSWER_HEADERS ? [3000] : [expect.any(Number)]);
	});

	it('an update whose connection was reset after VOXO processed it: sent again, returns the tenant', async () => {
		f.faults.add({ method: 'PATCH', path: '/v2/admin/tenants/101', fault: { type: 'reset', afterProcessing: true } });
		const { items, error } = await voxo.run({ resource: 'tenant', operation: 'update', tenantId: byId('101'), updateFields: { name: 'Blue Ridge Health' } });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: 101, name: 'Blue Ridge Health' });
	});

	it('a Get slower than the timeout, then a malformed answer: sent again until it gets a whole answer', async () => {
		f.faults.add({ method: 'GET', path: '/v2/admin/tenants/100', fault: { type: 'slow', ms: 3000 } });
		f.faults.add({ method: 'GET', path: '/v2/admin/tenants/100', fault: { type: 'malformed' } });
		const { items, error } = await voxo.run({ resource: 'tenant', operation: 'get', tenantId: byId('100'), requestOptions: { timeout: 300 } });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: 100, name: 'Acme Dental' });
		expect(f.waits).toHaveLength(2);
	});

	it('Return All with a 429 on page 2 and a token that expires on page 3: every tenant once, one new login', async () => {
		for (let i = 0; i < 228; i++) voxo.sandbox.state.addTenant({ name: `Tenant ${i}`, timezoneId: 1, partnerId: 7, billingStartDate: '2025-01-01' });
		const total = tenantCount();
		f.faults.add({ method: 'GET', path: '/v2/admin/tenants', fault: { type: 'status', status: 429, retryAfter: '1' }, skip: 1 });
		let expired = false;
		const faults = f.faults;
		voxo.sandbox.interceptor = (request, raw, next) => {
			if (!expired && request.path === '/v2/admin/tenants' && request.query.page === '3') {
				expired = true;
				voxo.sandbox.expireTokens();
			}
			return faults.interceptor(request, raw, next);
		};
		const { items, error } = await voxo.run({ resource: 'tenant', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(total);
		expect(new Set(items.map((i) => i.json.id)).size).toBe(total);
		expect(voxo.sandbox.logins).toBe(2);
		expect(f.waits).toEqual(KEEPS_ANSWER_HEADERS ? [1000] : [expect.any(Number)]);
	});
});
