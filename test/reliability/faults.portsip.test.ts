/**
 * PortSIP under faults: rate limits, overloaded servers, reset connections, slow and broken
 * answers, tokens expiring mid-run. Reads and idempotent writes are sent again (with backoff that
 * honours Retry-After); a create is never sent again once it may have been processed.
 */
import type { IDataObject } from 'n8n-workflow';

import { RETRY_POLICY as retryPolicy, retryVerdict } from '../../nodes/shared/retry';
import { addHoliday } from '../../sandbox/portsip/routes/holidays';
import type { Json } from '../../sandbox/portsip/state';
import { KEEPS_ANSWER_HEADERS } from '../harness/line';
import { SYSTEM_ADMIN, usePortSip, type PortSipFixture } from '../harness/portsip';
import { itemErrors, useFaults } from './helpers';

const byId = (id: string) => ({ __rl: true, mode: 'id', value: id });

const tenantOf = (pbx: PortSipFixture) => pbx.sandbox.state.tenantByDomain('tenant1.example.com')!;

const createHoliday = (name: string | number = 'Christmas Day', extra: IDataObject = {}) => ({
	resource: 'holiday',
	operation: 'create',
	name,
	region: 'GBR',
	date: '2025-12-25T00:00:00',
	everyYear: true,
	...extra,
});

function seedHoliday(pbx: PortSipFixture, name = 'Boxing Day'): Json {
	return addHoliday(tenantOf(pbx), {
		name,
		region: 'GBR',
		consecutive: false,
		every_year: true,
		month_start: 12,
		day_start: 26,
		month_end: 12,
		day_end: 26,
		hour_start: 0,
		minute_start: 0,
		hour_end: 23,
		minute_end: 59,
	});
}

const posts = (pbx: PortSipFixture, path: string) => pbx.sandbox.requests.filter((r) => r.method === 'POST' && r.path === path);

describe('PortSIP under faults: what is sent again and what is not', () => {
	const pbx = usePortSip();
	const f = useFaults(() => pbx.sandbox);
	beforeEach(() => tenantOf(pbx).holidays.clear());

	it('429 with Retry-After: waits exactly that long (by value, not by clock), then succeeds', async () => {
		const holiday = seedHoliday(pbx);
		f.faults.add({ method: 'GET', path: `/api/holidays/${holiday.id as string}`, fault: { type: 'status', status: 429, retryAfter: '7' } });
		const { items, error } = await pbx.engine.runNode({ resource: 'holiday', operation: 'get', holidayId: byId(holiday.id as string) });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([holiday]);
		expect(f.waits).toEqual(KEEPS_ANSWER_HEADERS ? [7000] : [expect.any(Number)]);
	});

	it('429 with Retry-After as an HTTP date is honoured too', async () => {
		f.faults.add({ method: 'GET', path: '/api/voicemail', fault: { type: 'status', status: 429, retryAfter: new Date(Date.now() + 20_000).toUTCString() } });
		const { error } = await pbx.engine.runNode({ resource: 'voicemailServer', operation: 'get' });
		expect(error).toBeUndefined();
		expect(f.waits).toHaveLength(1);
		if (!KEEPS_ANSWER_HEADERS) return; // n8n 1.x: the backoff (see KEEPS_ANSWER_HEADERS)
		expect(f.waits[0]).toBeGreaterThan(10_000);
		expect(f.waits[0]).toBeLessThanOrEqual(20_000);
	});

	it('429 without Retry-After on a create: sent again with capped exponential backoff (the server did not process it); one holiday', async () => {
		f.faults.add({ method: 'POST', path: '/api/holidays', fault: { type: 'status', status: 429 }, times: 3 });
		const { items, error } = await pbx.engine.runNode(createHoliday());
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(tenantOf(pbx).holidays.size).toBe(1);
		// waits: base·2^(n-1), with equal jitter (between half and all of it), never over the cap
		const base = retryPolicy.baseDelayMs;
		expect(f.waits).toHaveLength(3);
		f.waits.forEach((wait, n) => {
			expect(wait).toBeGreaterThanOrEqual(Math.floor((base * 2 ** n) / 2));
			expect(wait).toBeLessThanOrEqual(Math.min(retryPolicy.maxDelayMs, base * 2 ** n));
		});
	});

	it('429 every time: gives up after the set number of attempts with a clear error', async () => {
		f.faults.add({ method: 'GET', path: '/api/voicemail', fault: { type: 'status', status: 429 }, times: retryPolicy.attempts });
		const { error } = await pbx.engine.runNode({ resource: 'voicemailServer', operation: 'get' });
		expect(error?.message).toBe('PortSIP API error 429: FAULT: injected 429');
		expect(error?.description).toContain(`Tried ${retryPolicy.attempts} times.`);
		expect(f.waits).toHaveLength(retryPolicy.attempts - 1);
	});

	it('a Retry-After longer than the node waits is not waited for: the error says when to try again', async () => {
		f.faults.add({ method: 'GET', path: '/api/voicemail', fault: { type: 'status', status: 429, retryAfter: '3600' } });
		const { error } = await pbx.engine.runNode({ resource: 'voicemailServer', operation: 'get' });
		if (KEEPS_ANSWER_HEADERS) {
			expect(error?.description).toContain('The server asked to wait 3600 s before retrying, longer than this node waits (30 s)');
			expect(f.waits).toEqual([]);
		} else {
			// n8n 1.x: the Retry-After is unknown, so the backoff applies and the retry succeeds
			expect(error).toBeUndefined();
			expect(f.waits).toHaveLength(1);
		}
	});

	it('a cap on waits: the backoff never exceeds the cap, however large the base', () => {
		const policy = { ...retryPolicy, baseDelayMs: 50_000 };
		for (let attempt = 1; attempt < policy.attempts; attempt++) {
			const verdict = retryVerdict({ kind: 'status', statusCode: 503 }, true, attempt, policy);
			expect(verdict).toEqual({ retry: true, delayMs: expect.any(Number) });
			expect((verdict as { delayMs: number }).delayMs).toBeLessThanOrEqual(policy.maxDelayMs);
		}
	});

	it('503 on a read: sent again and succeeds', async () => {
		f.faults.add({ method: 'GET', path: '/api/voicemail', fault: { type: 'status', status: 503, retryAfter: '1' } });
		const { items, error } = await pbx.engine.runNode({ resource: 'voicemailServer', operation: 'get' });
		expect(error).toBeUndefined();
		expect(items[0].json).toHaveProperty('retain_days');
		expect(f.waits).toEqual(KEEPS_ANSWER_HEADERS ? [1000] : [expect.any(Number)]);
	});

	it('503 after a create was processed: NOT sent again (no duplicate holiday); the error says to check first', async () => {
		f.faults.add({ method: 'POST', path: '/api/holidays', fault: { type: 'statusAfterProcessing', status: 503 } });
		const { error } = await pbx.engine.runNode(createHoliday());
		expect(posts(pbx, '/api/holidays')).toHaveLength(1);
		expect(tenantOf(pbx).holidays.size).toBe(1);
		expect(error?.message).toBe('PortSIP API error 503: FAULT: gateway lost the answer');
		expect(error?.description).toContain('PortSIP may have processed this request before the answer was lost, so it was not sent again');
		expect(f.waits).toEqual([]);
	});

	it('503 after an update was processed: sent again (an update twice = once) and returns the holiday as it stands', async () => {
		const holiday = seedHoliday(pbx);
		f.faults.add({ method: 'POST', path: `/api/holidays/${holiday.id as string}`, fault: { type: 'statusAfterProcessing', status: 503 } });
		const { items, error } = await pbx.engine.runNode({
			resource: 'holiday',
			operation: 'update',
			holidayId: byId(holiday.id as string),
			updateFields: { name: 'St Stephen' },
		});
		expect(error).toBeUndefined();
		expect(posts(pbx, `/api/holidays/${holiday.id as string}`)).toHaveLength(2);
		expect(items[0].json).toEqual({ ...holiday, name: 'St Stephen' });
	});

	it('a connection reset before the answer: a read is sent again', async () => {
		f.faults.add({ method: 'GET', path: '/api/voicemail', fault: { type: 'reset' } });
		const { error } = await pbx.engine.runNode({ resource: 'voicemailServer', operation: 'get' });
		expect(error).toBeUndefined();
		expect(f.waits).toHaveLength(1);
	});

	it('a connection reset after a create was processed: not sent again; a clear error without the request', async () => {
		f.faults.add({ method: 'POST', path: '/api/holidays', fault: { type: 'reset', afterProcessing: true } });
		const { error } = await pbx.engine.runNode(createHoliday());
		expect(tenantOf(pbx).holidays.size).toBe(1);
		expect(posts(pbx, '/api/holidays')).toHaveLength(1);
		expect(error?.message).toBe(`Could not reach the PortSIP server at ${pbx.sandbox.url}: the connection was reset. Check the Base URL and port in the credential and that the server is running.`);
		expect(error?.description).toContain('was not sent again');
	});

	it('a delete whose answer was lost: sent again; the 404 it then gets means it is deleted', async () => {
		const holiday = seedHoliday(pbx);
		f.faults.add({ method: 'POST', path: `/api/holidays/${holiday.id as string}/destroy`, fault: { type: 'reset', afterProcessing: true } });
		const { items, error } = await pbx.engine.runNode({ resource: 'holiday', operation: 'delete', holidayId: byId(holiday.id as string) });
		expect(error).toBeUndefined();
		expect(posts(pbx, `/api/holidays/${holiday.id as string}/destroy`)).toHaveLength(2);
		expect(items.map((i) => i.json)).toEqual([{ deleted: true, id: holiday.id }]);
	});

	it('a delete of a holiday that does not exist still fails (only after a lost answer does "not found" mean deleted)', async () => {
		const { error } = await pbx.engine.runNode({ resource: 'holiday', operation: 'delete', holidayId: byId('NzAwNTUxOTA5NzczMTQ4MTYw') });
		expect(error?.message).toBe('PortSIP API error 400: VALIDATE_FAILED: Invalid holiday ID supplied.');
	});

	it('an answer slower than the timeout: a read is sent again; a create is not', async () => {
		f.faults.add({ method: 'GET', path: '/api/voicemail', fault: { type: 'slow', ms: 3000 } });
		const read = await pbx.engine.runNode({ resource: 'voicemailServer', operation: 'get', requestOptions: { timeout: 300 } });
		expect(read.error).toBeUndefined();
		expect(f.waits).toHaveLength(1);

		f.faults.add({ method: 'POST', path: '/api/holidays', fault: { type: 'slow', ms: 3000 } });
		const created = await pbx.engine.runNode({ ...createHoliday(), requestOptions: { timeout: 300 } });
		expect(created.error?.message).toBe(`Could not reach the PortSIP server at ${pbx.sandbox.url}: the request timed out. Check the Base URL and port in the credential and that the server is running.`);
		expect(created.error?.description).toContain('was not sent again');
		expect(posts(pbx, '/api/holidays')).toHaveLength(1);
		expect(tenantOf(pbx).holidays.size).toBe(1);
	});

	it('a malformed JSON body: a read is sent again; if it stays broken, the error says so (never a string as output)', async () => {
		f.faults.add({ method: 'GET', path: '/api/voicemail', fault: { type: 'malformed' } });
		const once = await pbx.engine.runNode({ resource: 'voicemailServer', operation: 'get' });
		expect(once.error).toBeUndefined();
		expect(once.items[0].json).toHaveProperty('retain_days');

		f.faults.add({ method: 'GET', path: '/api/voicemail', fault: { type: 'malformed' }, times: retryPolicy.attempts });
		const always = await pbx.engine.runNode({ resource: 'voicemailServer', operation: 'get' });
		expect(always.error?.message).toBe('PortSIP answered with HTTP 200 but a body that is not valid JSON');
		expect(always.error?.description).toContain(`Tried ${retryPolicy.attempts} times.`);
	});

	it('a malformed answer to a create: not sent again; the error says it may have been created', async () => {
		f.faults.add({ method: 'POST', path: '/api/holidays', fault: { type: 'malformed' } });
		const { error } = await pbx.engine.runNode(createHoliday());
		expect(error?.message).toBe('PortSIP answered with HTTP 201 but a body that is not valid JSON');
		expect(error?.description).toContain('may have processed this request');
		expect(tenantOf(pbx).holidays.size).toBe(1);
	});

	it('a create whose read-back keeps failing: the create is not repeated, and the error says the change is made', async () => {
		f.faults.add({ method: 'GET', path: /^\/api\/holidays\/.+/, fault: { type: 'status', status: 503 }, times: retryPolicy.attempts });
		const { error } = await pbx.engine.runNode(createHoliday());
		expect(posts(pbx, '/api/holidays')).toHaveLength(1);
		expect(tenantOf(pbx).holidays.size).toBe(1);
		expect(error?.description).toMatch(/^PortSIP accepted the request \(HTTP 201\); only reading the result back \(GET \/api\/holidays\/\S+\) failed, so do not run this item again/);
	});

	it('the read-back (custom request) retries like the operation: a 503 and a reset on it, one holiday, correct output', async () => {
		f.faults.add({ method: 'GET', path: /^\/api\/holidays\/.+/, fault: { type: 'status', status: 503 } });
		f.faults.add({ method: 'GET', path: /^\/api\/holidays\/.+/, fault: { type: 'reset' } });
		const { items, error } = await pbx.engine.runNode(createHoliday());
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ name: 'Christmas Day', every_year: true });
		expect(tenantOf(pbx).holidays.size).toBe(1);
	});

	it('the holiday picker (list search) retries too', async () => {
		seedHoliday(pbx);
		f.faults.add({ method: 'GET', path: '/api/holidays', fault: { type: 'status', status: 503 } });
		const result = await pbx.engine.listSearch('searchHolidays', { parameters: { resource: 'holiday', operation: 'get' } });
		expect(result.results.map((r) => r.name)).toEqual([expect.stringContaining('Boxing Day')]);
	});

	it('Continue On Fail: the item that keeps failing becomes an error item; the others keep their results', async () => {
		const [a, b, c] = ['A', 'B', 'C'].map((name) => seedHoliday(pbx, name));
		f.faults.add({ method: 'POST', path: `/api/holidays/${b.id as string}`, fault: { type: 'status', status: 503 }, times: Infinity });
		const { items, error } = await pbx.engine.runNode(
			{ resource: 'holiday', operation: 'update', holidayId: byId('={{ $json.id }}'), updateFields: { name: '={{ $json.name }}-renamed' } },
			{ items: [a, b, c].map((h) => ({ id: h.id as string, name: h.name as string })), continueOnFail: true },
		);
		expect(error).toBeUndefined();
		// with Continue On Fail the message carries the advice too (the next node sees only the message)
		expect(itemErrors(items)).toEqual([undefined, expect.stringMatching(/^PortSIP API error 503: FAULT: injected 503\. How to fix: .* Tried 4 times\.$/), undefined]);
		expect(items[0].json).toMatchObject({ id: a.id, name: 'A-renamed' });
		expect(items[2].json).toMatchObject({ id: c.id, name: 'C-renamed' });
		expect(tenantOf(pbx).holidays.get(b.id as string)?.name).toBe('B');
	});

	it('without Continue On Fail the node stops with the failing item named', async () => {
		const [a, b] = ['A', 'B'].map((name) => seedHoliday(pbx, name));
		f.faults.add({ method: 'GET', path: `/api/holidays/${b.id as string}`, fault: { type: 'status', status: 403 } });
		const { error } = await pbx.engine.runNode(
			{ resource: 'holiday', operation: 'get', holidayId: byId('={{ $json.id }}') },
			{ items: [{ id: a.id as string }, { id: b.id as string }] },
		);
		expect(error?.message).toBe('PortSIP API error 403: FAULT: injected 403');
		expect((error as { context?: IDataObject })?.context?.itemIndex).toBe(1);
		expect(f.waits).toEqual([]);
	});

	it('a login whose connection is reset: the create it was for (never sent) is sent once the login works; one holiday', async () => {
		f.faults.add({ method: 'POST', path: '/api/login/oauth/token', fault: { type: 'reset' } });
		const { items, error } = await pbx.engine.runNode(createHoliday());
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ name: 'Christmas Day' });
		expect(posts(pbx, '/api/holidays')).toHaveLength(1);
		expect(tenantOf(pbx).holidays.size).toBe(1);
		expect(f.waits).toHaveLength(1);
	});

	it('a login that keeps failing on the network: the login\'s own message, after the set attempts', async () => {
		f.faults.add({ method: 'POST', path: '/api/login/oauth/token', fault: { type: 'reset' }, times: retryPolicy.attempts });
		const { error } = await pbx.engine.runNode(createHoliday());
		expect(error?.message).toBe(`Could not reach the PortSIP server at ${pbx.sandbox.url}: the connection was reset. Check the Base URL and port in the credential and that the server is running.`);
		expect(error?.description).toContain(`Tried ${retryPolicy.attempts} times.`);
		expect(posts(pbx, '/api/holidays')).toHaveLength(0);
	});

	it('a 401 in the middle of Return All: one new login, every holiday once', async () => {
		for (let i = 0; i < 250; i++) seedHoliday(pbx, `Holiday ${i}`);
		const faults = f.faults;
		let expired = false;
		pbx.sandbox.interceptor = (request, raw, next) => {
			if (!expired && request.path === '/api/holidays' && request.query.skip === '100') {
				expired = true;
				pbx.sandbox.expireTokens();
			}
			return faults.interceptor(request, raw, next);
		};
		const { items, error } = await pbx.engine.runNode({ resource: 'holiday', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(250);
		expect(new Set(items.map((i) => i.json.id)).size).toBe(250);
		expect(pbx.sandbox.logins).toBe(2);
	});
});

describe('PortSIP tenants under faults (system administrator)', () => {
	const pbx = usePortSip({ login: SYSTEM_ADMIN });
	const f = useFaults(() => pbx.sandbox);
	const REQUIRED = { name: 'Initech', domain: 'initech.example.com', timezone: 'Europe/Berlin', currency: 'EUR', region: 'DEU' };

	it('a tenant create answered 503 after it was processed is not sent again: one tenant', async () => {
		const before = pbx.sandbox.state.tenants.size;
		f.faults.add({ method: 'POST', path: '/api/tenants', fault: { type: 'statusAfterProcessing', status: 503 } });
		const { error } = await pbx.engine.runNode({ resource: 'tenant', operation: 'create', ...REQUIRED });
		expect(error?.description).toContain('was not sent again');
		expect(pbx.sandbox.state.tenants.size).toBe(before + 1);
		expect(posts(pbx, '/api/tenants')).toHaveLength(1);
	});

	it('Return All over tenants with a 429 and a reset on the pages: every tenant once', async () => {
		f.faults.add({ method: 'GET', path: '/api/tenants', fault: { type: 'status', status: 429, retryAfter: '2' } });
		f.faults.add({ method: 'GET', path: '/api/tenants', fault: { type: 'reset' } });
		const { items, error } = await pbx.engine.runNode({ resource: 'tenant', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(pbx.sandbox.state.tenants.size);
		expect(f.waits).toHaveLength(2);
		if (KEEPS_ANSWER_HEADERS) expect(f.waits[0]).toBe(2000);
	});
});
