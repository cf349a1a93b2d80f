import { TENANT_UPDATE_METHOD } from '../../nodes/Voxo/shared/endpoints';

import { useVoxo, VOXO_NODE } from '../harness/voxo';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const fromList = (value: string) => ({ __rl: true, mode: 'list', value });

describe('VOXO → Tenant → Get', () => {
	const voxo = useVoxo();

	it('gets a tenant picked from the list, simplified', async () => {
		const { items, error } = await voxo.run({ resource: 'tenant', operation: 'get', tenantId: fromList('101') });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([
			{
				id: 101,
				name: 'Blue Ridge Clinic',
				tenantCode: 'blu101',
				externalBillingId: null,
				billingStartDate: '2025-02-15',
				billingV2: false,
				timezone: { id: 2, name: 'America/Chicago' },
				partner: { id: 7, name: 'Acme Partner', tenantId: 1 },
				disabled: false,
			},
		]);
		expect(voxo.sandbox.apiRequests().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v2/admin/tenants/101']);
	});

	it('a typed tenant ID that is not a number is flagged by n8n itself (the locator\'s pattern)', async () => {
		await expect(voxo.run({ resource: 'tenant', operation: 'get', tenantId: byId('acme') })).rejects.toThrow(
			/A tenant ID is a whole number such as 1234/,
		);
		expect(voxo.sandbox.requests).toEqual([]);
	});

	it('a tenant ID from an expression that is not a number is rejected before sending', async () => {
		const { error } = await voxo.run(
			{ resource: 'tenant', operation: 'get', tenantId: byId('={{ $json.tenant }}') },
			{ items: [{ tenant: '0042' }] },
		);
		expect(error?.message).toBe('Item 0: "Tenant" (tenantId) must be a tenant ID: a whole number such as 1234');
		expect(voxo.sandbox.requests).toEqual([]);
	});

	it('an unknown tenant gives VOXO\'s NotFound with advice', async () => {
		const { error } = await voxo.run({ resource: 'tenant', operation: 'get', tenantId: byId('999') });
		expect(error?.message).toBe("VOXO API error 404: NotFound: No record found for id '999'");
		expect((error as { description?: string }).description).toMatch(/No tenant has this ID/);
	});
});

describe('VOXO → Tenant → Get Many: Return All and Limit over page/recordsPerPage', () => {
	const voxo = useVoxo();

	beforeAll(() => {
		// 2 seeded + 228 = 230 tenants: three pages of 100
		for (let n = 1; n <= 228; n++) {
			voxo.sandbox.state.addTenant({ name: `Tenant ${n}`, timezoneId: 1, partnerId: 7, billingStartDate: '2026-01-01' });
		}
	});
	afterEach(() => {
		voxo.sandbox.interceptor = undefined;
	});

	const listed = () => voxo.sandbox.apiRequests().map((r) => `${r.query.page}/${r.query.recordsPerPage}`);

	it('Return All reads every page and stops at totalRecords', async () => {
		const { items, error } = await voxo.run({ resource: 'tenant', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(230);
		expect(new Set(items.map((i) => i.json.id)).size).toBe(230);
		expect(items[229].json).toMatchObject({ name: 'Tenant 228', disabled: false });
		expect(listed()).toEqual(['1/100', '2/100', '3/100']);
	});

	it('Limit asks for one page of that size', async () => {
		const { items, error } = await voxo.run({ resource: 'tenant', operation: 'getAll', returnAll: false, limit: 5 });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.name)).toEqual(['Acme Dental', 'Blue Ridge Clinic', 'Tenant 1', 'Tenant 2', 'Tenant 3']);
		expect(listed()).toEqual(['1/5']);
	});

	it('the default Limit is 50', async () => {
		const { items } = await voxo.run({ resource: 'tenant', operation: 'getAll' });
		expect(items).toHaveLength(50);
		expect(listed()).toEqual(['1/50']);
	});

	it('a Limit above the page size reads pages of 100 and trims the last one', async () => {
		const { items } = await voxo.run({ resource: 'tenant', operation: 'getAll', limit: 150 });
		expect(items).toHaveLength(150);
		expect(items[149].json.name).toBe('Tenant 148');
		expect(listed()).toEqual(['1/100', '2/100']);
	});

	it('Simplify off returns the raw tenants, recording passwords masked', async () => {
		const { items } = await voxo.run({ resource: 'tenant', operation: 'getAll', limit: 3, simplify: false });
		expect(items.map((i) => i.json.recordingPassword)).toEqual(['********', '********', '********']);
		expect(items[0].json.disabled).toBe(0);
	});

	/** Answers every list request with `body` (a server that behaves otherwise), noting the pages asked for. */
	function answerListsWith(body: unknown): string[] {
		const asked: string[] = [];
		voxo.sandbox.interceptor = (request) => {
			if (request.path !== '/v2/admin/tenants') return undefined;
			asked.push(`${request.query.page}/${request.query.recordsPerPage}`);
			return { status: 200, body };
		};
		return asked;
	}

	it('a bare list (no envelope) is read too', async () => {
		const asked = answerListsWith([...voxo.sandbox.state.tenants.values()].slice(0, 3));
		const { items, error } = await voxo.run({ resource: 'tenant', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.name)).toEqual(['Acme Dental', 'Blue Ridge Clinic', 'Tenant 1']);
		expect(asked).toEqual(['1/100']);
	});

	it('a server that ignores "page" does not make Return All loop for ever', async () => {
		const asked = answerListsWith([...voxo.sandbox.state.tenants.values()].slice(0, 100));
		const { items, error } = await voxo.run({ resource: 'tenant', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(100);
		expect(asked).toEqual(['1/100', '2/100']);
	});

	it('an answer with no records list is an error that names what came back', async () => {
		answerListsWith({ data: [], total: 0 });
		const { error } = await voxo.run({ resource: 'tenant', operation: 'getAll', returnAll: true });
		expect(error?.message).toBe('VOXO answered the list with no "records" list (found: data, total)');
	});

	it('the tenant picker lists tenants page by page and filters by name', async () => {
		const first = await voxo.engine.listSearch('searchTenants', { type: VOXO_NODE });
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: 'Acme Dental', value: '100' });
		expect(first.paginationToken).toBe('2');
		const last = await voxo.engine.listSearch('searchTenants', { type: VOXO_NODE, paginationToken: '3' });
		expect(last.results).toHaveLength(30);
		expect(last.paginationToken).toBeUndefined();
		const filtered = await voxo.engine.listSearch('searchTenants', { type: VOXO_NODE, filter: 'blue' });
		expect(filtered.results).toEqual([{ name: 'Blue Ridge Clinic', value: '101' }]);
		expect(listed()).toEqual(['1/100', '3/100', '1/100']);
	});
});

describe('VOXO → Tenant → Get Many: a server that caps the page size', () => {
	const voxo = useVoxo({ maxRecordsPerPage: 25 });

	beforeAll(() => {
		for (let n = 1; n <= 58; n++) {
			voxo.sandbox.state.addTenant({ name: `Tenant ${n}`, timezoneId: 1, partnerId: 7, billingStartDate: '2026-01-01' });
		}
	});

	it('Return All still reads everything, by totalRecords rather than page length', async () => {
		const { items, error } = await voxo.run({ resource: 'tenant', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(60);
		expect(voxo.sandbox.apiRequests()).toHaveLength(3);
	});
});

describe('VOXO → Tenant → Update', () => {
	const voxo = useVoxo();

	it(`sends only the fields set, with ${TENANT_UPDATE_METHOD}, and returns the updated tenant`, async () => {
		const { items, error } = await voxo.run({
			resource: 'tenant',
			operation: 'update',
			tenantId: byId('100'),
			updateFields: {
				name: 'Acme Dental Group',
				timezoneId: 4,
				billingStartDate: '2026-08-10T00:00:00',
				externalBillingId: '77',
				billingInfo: '{"email": "ap@acme.example"}',
			},
		});
		expect(error).toBeUndefined();
		const [update] = voxo.sandbox.apiRequests();
		expect(`${update.method} ${update.path} ${update.status}`).toBe(`${TENANT_UPDATE_METHOD} /v2/admin/tenants/100 200`);
		expect(update.body).toEqual({
			name: 'Acme Dental Group',
			timezoneId: 4,
			billingStartDate: '2026-08-10',
			externalBillingId: '77',
			billingInfo: { email: 'ap@acme.example' },
		});
		expect(items[0].json).toMatchObject({
			id: 100,
			name: 'Acme Dental Group',
			billingStartDate: '2026-08-10',
			externalBillingId: '77',
			timezone: { id: 4, name: 'America/Los_Angeles' },
		});
		expect(voxo.sandbox.state.billingInfo.get(100)).toEqual({ email: 'ap@acme.example' });
	});

	it('sends a single field alone', async () => {
		await voxo.run({ resource: 'tenant', operation: 'update', tenantId: byId('101'), updateFields: { name: 'Blue Ridge' } });
		expect(voxo.sandbox.apiRequests()[0].body).toEqual({ name: 'Blue Ridge' });
	});

	it.each([
		[{}, /^Item 0: The input has no field to update: add at least one under "Update Fields"$/],
		[{ name: 'XY' }, /"Name" \(name\) must be at least 3 characters long/],
		[{ billingStartDate: '2026-04-31' }, /"Billing Start Date" \(billingStartDate\) must be a real calendar date; 2026-04-31 does not exist/],
		[{ billingStartDate: '2026-04-02' }, /"Billing Start Date" \(billingStartDate\) must be the 1st, 5th, 10th, 15th or 20th of a month/],
		[{ externalBillingId: '0123' }, /"External Billing ID" \(externalBillingId\) must be a whole number written without leading zeros/],
		[{ timezoneId: 0 }, /"Timezone ID" \(timezoneId\) must be a whole number of at least 1/],
	])('rejects %j before sending anything', async (updateFields, message) => {
		const { error } = await voxo.run({ resource: 'tenant', operation: 'update', tenantId: byId('100'), updateFields });
		expect(error?.message).toMatch(message);
		expect(voxo.sandbox.requests).toEqual([]);
	});

	it('if VOXO refuses the method, the error says the method is unconfirmed', async () => {
		voxo.sandbox.interceptor = (request) =>
			request.method === TENANT_UPDATE_METHOD ? { status: 405, body: { name: 'MethodNotAllowed', message: 'Method not allowed', code: 405, className: 'method-not-allowed', errors: {} } } : undefined;
		const { error } = await voxo.run({ resource: 'tenant', operation: 'update', tenantId: byId('100'), updateFields: { name: 'Anything' } });
		voxo.sandbox.interceptor = undefined;
		expect(error?.message).toBe('VOXO API error 405: MethodNotAllowed: Method not allowed');
		expect((error as { description?: string }).description).toMatch(
			new RegExp(`The update method is not in VOXO's public documentation \\(this package assumes ${TENANT_UPDATE_METHOD}\\)`),
		);
	});
});
