/**
 * What the request path promises, checked at the engine level on both n8n lines (jest.config.js
 * runs this file against n8n 2.x and against the 1.x packages of n8n 1.123.81): the same retries,
 * the same single login renewal and the same messages, whatever n8n keeps of a failed request.
 */
import { createHash } from 'crypto';

import { sha256Hex } from '../../credentials/hash';
import { addHoliday } from '../../sandbox/portsip/routes/holidays';
import { everyYear } from '../harness/holidayBodies';
import { N8N_MAJOR } from '../harness/line';
import { SYSTEM_ADMIN, usePortSip, type PortSipFixture } from '../harness/portsip';
import { useVoxo } from '../harness/voxo';
import { useFaults } from '../reliability/helpers';

const byId = (id: string) => ({ __rl: true, mode: 'id', value: id });
const tenantOf = (pbx: PortSipFixture) => pbx.sandbox.state.tenantByDomain('tenant1.example.com')!;
const createHoliday = { resource: 'holiday', operation: 'create', name: 'Christmas Day', region: 'GBR', date: '2025-12-25T00:00:00', everyYear: true };

/** A holiday on 26 December every year, stored on the sandbox. */
const seed = (pbx: PortSipFixture, name: string) => addHoliday(tenantOf(pbx), everyYear(name, 'GBR', 12, 26));

describe(`the request path on n8n ${N8N_MAJOR}.x: PortSIP`, () => {
	const pbx = usePortSip();
	const f = useFaults(() => pbx.sandbox);
	beforeEach(() => tenantOf(pbx).holidays.clear());
	const statuses = (status: number) => pbx.sandbox.requests.filter((r) => r.status === status);

	it('a connection reset on a read: sent again, and the read succeeds', async () => {
		f.faults.add({ method: 'GET', path: '/api/voicemail', fault: { type: 'reset' } });
		const { items, error } = await pbx.engine.runNode({ resource: 'voicemailServer', operation: 'get' });
		expect(error).toBeUndefined();
		expect(items[0].json).toHaveProperty('retain_days');
		expect(f.waits).toHaveLength(1);
	});

	it('a create whose answer was lost: sent once, and the error says it may have been processed', async () => {
		f.faults.add({ method: 'POST', path: '/api/holidays', fault: { type: 'reset', afterProcessing: true } });
		const { error } = await pbx.engine.runNode(createHoliday);
		expect(tenantOf(pbx).holidays.size).toBe(1);
		expect(pbx.sandbox.requests.filter((r) => r.method === 'POST' && r.path === '/api/holidays')).toHaveLength(1);
		expect(error?.message).toBe(`Could not reach the PortSIP server at ${pbx.sandbox.url}: the connection was reset. Check the Base URL and port in the credential and that the server is running.`);
		expect(error?.description).toContain('PortSIP may have processed this request before the answer was lost, so it was not sent again');
	});

	it('an expired token: one 401 and one login, for the operation and for its read-back', async () => {
		const holiday = seed(pbx, 'Boxing Day');
		await pbx.engine.runNode({ resource: 'voicemailServer', operation: 'get' });
		pbx.sandbox.expireTokens();
		const { items, error } = await pbx.engine.runNode({ resource: 'holiday', operation: 'update', holidayId: byId(holiday.id as string), updateFields: { name: 'St Stephen' } });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: holiday.id, name: 'St Stephen' });
		expect(statuses(401)).toHaveLength(1);
		expect(pbx.sandbox.logins).toBe(2);
	});

	it('a 404 after a renewal keeps the API\'s own message', async () => {
		await pbx.engine.runNode({ resource: 'voicemailServer', operation: 'get' });
		pbx.sandbox.expireTokens();
		const { error } = await pbx.engine.runNode({ resource: 'holiday', operation: 'get', holidayId: byId('NzAwNTUxOTA5NzczMTQ4MTYw') });
		expect(statuses(401)).toHaveLength(1);
		expect(error?.message).toMatch(/^PortSIP API error (400|404): [A-Z_]+: .+/);
		expect(error?.message).not.toMatch(/could not be found|Bad request/);
	});

	it('Get Many over exactly 300 holidays: 3 list requests, every holiday once', async () => {
		for (let i = 0; i < 300; i++) seed(pbx, `Holiday ${i}`);
		const { items, error } = await pbx.engine.runNode({ resource: 'holiday', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(new Set(items.map((i) => i.json.id)).size).toBe(300);
		expect(pbx.sandbox.apiRequests().filter((r) => r.path === '/api/holidays')).toHaveLength(3);
	});

	it('Get Many from a server that ignores skip: the repeated first page ends the reading, each holiday once', async () => {
		for (let i = 0; i < 150; i++) seed(pbx, `Holiday ${i}`);
		pbx.sandbox.interceptor = (request) => {
			if (request.path === '/api/holidays') request.query.skip = '0';
			return undefined;
		};
		const { items, error } = await pbx.engine.runNode({ resource: 'holiday', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(100);
		expect(new Set(items.map((i) => i.json.id)).size).toBe(100);
		expect(pbx.sandbox.apiRequests().filter((r) => r.path === '/api/holidays')).toHaveLength(2);
	});

	it('Request Options → Timeout given by an expression holds for the read-back too', async () => {
		f.faults.add({ method: 'GET', path: /^\/api\/holidays\/.+/, fault: { type: 'slow', ms: 3000 } });
		const { items, error } = await pbx.engine.runNode({ ...createHoliday, requestOptions: { timeout: '={{ 300 }}' } });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ name: 'Christmas Day' });
		// the slow read-back timed out after 300 ms and was sent again
		expect(f.waits).toHaveLength(1);
		expect(tenantOf(pbx).holidays.size).toBe(1);
	});
});

describe(`the request path on n8n ${N8N_MAJOR}.x: VOXO`, () => {
	const voxo = useVoxo();
	const getTenant = { resource: 'tenant', operation: 'get', tenantId: byId('100') };

	it('an expired token: one 401 and one login', async () => {
		await voxo.run(getTenant);
		voxo.sandbox.expireTokens();
		const { error } = await voxo.run(getTenant);
		expect(error).toBeUndefined();
		expect(voxo.sandbox.requests.filter((r) => r.status === 401)).toHaveLength(1);
		expect(voxo.sandbox.logins).toBe(2);
	});
	// a pasted token that expired: test/voxo/credential.test.ts (run on both lines too)
});

describe('a tenant ID with spaces around it (from an expression, a pasted value)', () => {
	const pbx = usePortSip({ login: SYSTEM_ADMIN });

	it('is trimmed in the URL, like the holiday ID: get and update (and its read-back) find the tenant', async () => {
		const [tenant] = [...pbx.sandbox.state.tenants.values()].map((state) => state.tenant as { id: string });
		const padded = byId(`  ${tenant.id} `);
		const got = await pbx.engine.runNode({ resource: 'tenant', operation: 'get', tenantId: padded });
		expect(got.error).toBeUndefined();
		expect(got.items[0].json).toMatchObject({ id: tenant.id });
		const updated = await pbx.engine.runNode({ resource: 'tenant', operation: 'update', tenantId: padded, updateFields: { maxExtensions: 500 } });
		expect(updated.error).toBeUndefined();
		expect(pbx.sandbox.apiRequests().map((r) => r.path).filter((path) => path.startsWith('/api/tenants/'))).toEqual([
			`/api/tenants/${tenant.id}`,
			`/api/tenants/${tenant.id}`,
			`/api/tenants/${tenant.id}`,
		]);
	});
});

describe('the hash that keys logins in flight', () => {
	it.each(['', 'abc', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'pässwörd ✓ '.repeat(40)])('is SHA-256 (%#)', (text) => {
		expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
	});
});
