/**
 * A system administrator credential acting in tenants ("Tenant" on tenant-scoped resources): each
 * tenant through its own login and switch, never a token another tenant's requests use.
 */
import type { IDataObject } from 'n8n-workflow';

import { SYSTEM_ADMIN, TENANT_ADMIN, usePortSip, type PortSipFixture } from '../harness/portsip';

const inTenant = (value: string, mode: 'id' | 'domain' | 'list' = 'id') => ({ __rl: true, mode, value });

function addTenants(pbx: PortSipFixture, count: number) {
	return Array.from({ length: count }, (_, index) => pbx.sandbox.state.addTenant({ name: `Fleet ${index}`, domain: `fleet${index}-${Date.now()}.example.com` }));
}

const holidayCreate = (tenant: IDataObject): IDataObject => ({
	resource: 'holiday',
	operation: 'create',
	actInTenant: tenant,
	name: '={{ $json.name }}',
	region: 'DEU',
	date: '={{ $json.date }}',
});

describe('PortSIP → acting in a tenant with a system administrator login', () => {
	const pbx = usePortSip({ login: SYSTEM_ADMIN });

	it('puts 50 interleaved items for 5 tenants each in its own tenant, with one login and switch per tenant', async () => {
		const tenants = addTenants(pbx, 5);
		const items = Array.from({ length: 50 }, (_, index) => {
			const tenant = tenants[index % 5];
			return { tenantId: String(tenant.tenant.id), name: `Day ${index} for ${String(tenant.tenant.name)}`, date: `2026-03-${String(1 + (index % 28)).padStart(2, '0')}` };
		});
		const { items: output, error } = await pbx.engine.runNode(holidayCreate(inTenant('={{ $json.tenantId }}')), { items });
		expect(error).toBeUndefined();
		expect(output).toHaveLength(50);
		for (const tenant of tenants) {
			const names = [...tenant.holidays.values()].map((holiday) => holiday.name).sort();
			const expected = items.filter((item) => item.tenantId === tenant.tenant.id).map((item) => item.name).sort();
			expect(names).toEqual(expected);
		}
		expect(pbx.sandbox.state.tenantByDomain('tenant1.example.com')!.holidays.size).toBe(0);
		// one login and switch per tenant; n8n also logs the credential itself in once before its first
		// authenticated request (that token is never switched and, here, never used)
		expect(pbx.sandbox.requests.filter((r) => r.path === '/api/tenants/switch')).toHaveLength(5);
		expect(pbx.sandbox.logins).toBe(5 + 1);
	});

	it('acts in a tenant given by domain, and the output is that tenant\'s', async () => {
		const [tenant] = addTenants(pbx, 1);
		const { items, error } = await pbx.engine.runNode({
			resource: 'tenantSettings',
			operation: 'get',
			actInTenant: inTenant(String(tenant.tenant.domain), 'domain'),
		});
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe(tenant.tenant.id);
	});

	it('never switches the credential\'s own token: a tenant-scoped request without Tenant is still refused (403)', async () => {
		const [tenant] = addTenants(pbx, 1);
		const first = await pbx.engine.runNode({ resource: 'voicemailServer', operation: 'get', actInTenant: inTenant(String(tenant.tenant.id)) });
		expect(first.error).toBeUndefined();
		const plain = await pbx.engine.runNode({ resource: 'voicemailServer', operation: 'get' });
		expect(plain.error?.message).toMatch(/^PortSIP API error 403/);
	});

	it('keeps two tenants apart when their items run at the same time in two executions', async () => {
		const [a, b] = addTenants(pbx, 2);
		const run = (tenant: typeof a, prefix: string) =>
			pbx.engine.runNode(holidayCreate(inTenant(String(tenant.tenant.id))), {
				items: Array.from({ length: 20 }, (_, index) => ({ name: `${prefix} ${index}`, date: '2026-05-04' })),
			});
		const [runA, runB] = await Promise.all([run(a, 'A'), run(b, 'B')]);
		expect(runA.error).toBeUndefined();
		expect(runB.error).toBeUndefined();
		const names = (tenant: typeof a) => [...tenant.holidays.values()].map((holiday) => String(holiday.name));
		expect(names(a)).toHaveLength(20);
		expect(names(b)).toHaveLength(20);
		expect(names(a).every((name) => name.startsWith('A '))).toBe(true);
		expect(names(b).every((name) => name.startsWith('B '))).toBe(true);
	});

	it('logs in and switches again when a tenant session\'s token is rejected (401), once', async () => {
		const [tenant] = addTenants(pbx, 1);
		const items: IDataObject[] = Array.from({ length: 6 }, (_, index) => ({ name: `Renewed ${index}`, date: '2026-06-01' }));
		// every token expires after 8 requests (the switch and 7 more): the 6 creates and 6 read-backs need a renewal
		pbx.sandbox.options.tokenMaxUses = 8;
		try {
			const { error, items: output } = await pbx.engine.runNode(holidayCreate(inTenant(String(tenant.tenant.id))), { items });
			expect(error).toBeUndefined();
			expect(output).toHaveLength(6);
		} finally {
			pbx.sandbox.options.tokenMaxUses = undefined;
		}
		expect(tenant.holidays.size).toBe(6);
		// a new login and switch for the tenant (plus the credential's own login, never switched)
		const switches = pbx.sandbox.requests.filter((r) => r.path === '/api/tenants/switch').length;
		expect(switches).toBe(2);
		expect(pbx.sandbox.logins).toBe(switches + 1);
		expect(pbx.sandbox.state.tenantByDomain('tenant1.example.com')!.holidays.size).toBe(0);
	});

	it('runs Holiday → Sync in the chosen tenant, renewing expired tenant tokens (login and switch again)', async () => {
		const [tenant] = addTenants(pbx, 1);
		pbx.sandbox.options.tokenMaxUses = 5;
		try {
			const { error, items } = await pbx.engine.runNode({
				resource: 'holiday',
				operation: 'sync',
				actInTenant: inTenant(String(tenant.tenant.id)),
				source: 'calendar',
				country: 'DEU',
				years: '2026',
				mode: 'addMissing',
			});
			expect(error).toBeUndefined();
			expect(items.every((item) => item.json.action === 'created')).toBe(true);
			expect(tenant.holidays.size).toBe(items.length);
		} finally {
			pbx.sandbox.options.tokenMaxUses = undefined;
		}
		expect(tenant.holidays.size).toBeGreaterThan(8);
		expect(pbx.sandbox.state.tenantByDomain('tenant1.example.com')!.holidays.size).toBe(0);
		const switches = pbx.sandbox.requests.filter((r) => r.path === '/api/tenants/switch').length;
		expect(switches).toBeGreaterThan(1);
		// every tenant-session login was followed by its switch (the one other login is the credential's own)
		expect(pbx.sandbox.logins).toBeLessThanOrEqual(switches + 1);
	});

	it('lists the chosen tenant\'s holidays in the Holiday picker, and all tenants in the Tenant picker without switching', async () => {
		const [tenant] = addTenants(pbx, 1);
		tenant.holidays.set('h1', { id: 'h1', name: 'Only here', region: 'DEU', consecutive: false, every_year: true, month_start: 1, day_start: 2, month_end: 1, day_end: 2 });
		const parameters = { resource: 'holiday', operation: 'get', actInTenant: inTenant(String(tenant.tenant.id)) };
		const holidays = await pbx.engine.listSearch('searchHolidays', { parameters });
		expect(holidays.results.map((result) => result.value)).toEqual(['h1']);
		const switchesBefore = pbx.sandbox.requests.filter((r) => r.path === '/api/tenants/switch').length;
		const tenants = await pbx.engine.listSearch('searchTenants', { parameters });
		expect(tenants.results.map((result) => result.value)).toContain(String(tenant.tenant.id));
		expect(pbx.sandbox.requests.filter((r) => r.path === '/api/tenants/switch')).toHaveLength(switchesBefore);
	});

	it('says which tenant could not be switched to, for an ID that does not exist', async () => {
		const { error } = await pbx.engine.runNode({ resource: 'passwordPolicy', operation: 'get', actInTenant: inTenant('no-such-tenant') });
		expect(error?.message).toMatch(/could not switch to the tenant with ID no-such-tenant \(HTTP 404/);
	});

	it('checks the input before it logs in for a tenant', async () => {
		const [tenant] = addTenants(pbx, 1);
		const { error } = await pbx.engine.runNode({ ...holidayCreate(inTenant(String(tenant.tenant.id))), name: '={{ "" }}', date: '2026-01-01' });
		expect(error?.message).toMatch(/^Item 0: "Name"/);
		expect(pbx.sandbox.requests).toEqual([]);
	});
});

describe('PortSIP → Tenant with a tenant administrator login', () => {
	const pbx = usePortSip({ login: TENANT_ADMIN });

	it('works as before when Tenant is empty: no switch', async () => {
		const { error, items } = await pbx.engine.runNode({ resource: 'tenantSettings', operation: 'get' });
		expect(error).toBeUndefined();
		expect(items[0].json.domain).toBe('tenant1.example.com');
		expect(pbx.sandbox.requests.filter((r) => r.path === '/api/tenants/switch')).toEqual([]);
		expect(pbx.sandbox.logins).toBe(1);
	});

	it('refuses a Tenant before sending anything', async () => {
		const { error } = await pbx.engine.runNode({ resource: 'tenantSettings', operation: 'get', actInTenant: inTenant('abc') });
		expect(error?.message).toMatch(/"Tenant" is for a system administrator login/);
		expect(pbx.sandbox.requests).toEqual([]);
	});
});

describe('PortSIP → Tenant when the switch answers with a token of its own', () => {
	const pbx = usePortSip({ login: SYSTEM_ADMIN, switchAnswersToken: true });

	it('uses the token the switch answered with', async () => {
		const [tenant] = addTenants(pbx, 1);
		const { error } = await pbx.engine.runNode(holidayCreate(inTenant(String(tenant.tenant.id))), { items: [{ name: 'Via new token', date: '2026-07-01' }] });
		expect(error).toBeUndefined();
		expect([...tenant.holidays.values()].map((holiday) => holiday.name)).toEqual(['Via new token']);
		const created = pbx.sandbox.requests.find((r) => r.method === 'POST' && r.path === '/api/holidays');
		expect(created?.headers.authorization).toMatch(/^Bearer switched-/);
	});
});
