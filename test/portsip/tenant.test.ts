import type { IDataObject } from 'n8n-workflow';

import { SECRET_MASK } from '../../nodes/shared/secrets';
import { SYSTEM_ADMIN, TENANT_ADMIN, usePortSip } from '../harness/portsip';

const byId = (id: string) => ({ __rl: true, mode: 'id', value: id });
const fromList = (id: string) => ({ __rl: true, mode: 'list', value: id });

const REQUIRED = { name: 'Globex', domain: 'globex.example.com', timezone: 'Europe/Berlin', currency: 'EUR', region: 'DEU' };

describe('PortSIP → Tenant (system administrator), through n8n\'s engine', () => {
	const pbx = usePortSip({ login: SYSTEM_ADMIN });
	let createdId = '';

	it('creates a tenant with only the fields set and returns it as it now stands', async () => {
		const { items, error } = await pbx.engine.runNode({
			resource: 'tenant',
			operation: 'create',
			...REQUIRED,
			region: '={{ "de" }}',
			additionalFields: {
				maxExtensions: '={{ "250" }}',
				maxConcurrentCalls: 40,
				enableFeatureWhatsApp: false,
				diskQuota: '50gb',
				emailRecipients: 'it@globex.example.com, ops@globex.example.com',
			},
		});
		expect(error).toBeUndefined();
		const [create, readBack] = pbx.sandbox.apiRequests();
		expect([create.method, create.path]).toEqual(['POST', '/api/tenants']);
		expect(create.body).toEqual({
			...REQUIRED,
			max_extensions: 250,
			max_concurrent_calls: 40,
			enable_feature_whats_app: false,
			disk_quota: '50GB',
			email_recipients: 'it@globex.example.com,ops@globex.example.com',
		});
		expect(create.status).toBe(201);
		createdId = items[0].json.id as string;
		expect(createdId).toEqual(expect.any(String));
		expect([readBack.method, readBack.path]).toEqual(['GET', `/api/tenants/${createdId}`]);
		expect(items[0].json).toMatchObject({
			...REQUIRED,
			enabled: true,
			max_extensions: 250,
			max_ring_groups: 20,
			disk_quota: '50GB',
			contact_update_interval: 720,
		});
	});

	it("sets the new tenant's own settings with Update (Create offers the limits and features only)", async () => {
		const { items, error } = await pbx.engine.runNode({
			resource: 'tenant',
			operation: 'update',
			tenantId: byId(createdId),
			updateFields: {
				website: 'https://globex.example.com',
				officeHours: { day: [{ day: 'sunday', enabled: false, ranges: {} }] },
				cdrEvent: { enabled: true, auth: 'BEARER', token: 'globex-cdr-token', url: 'https://crm.globex.example.com/cdr' },
			},
		});
		expect(error).toBeUndefined();
		expect(pbx.sandbox.apiRequests()[0].body).toEqual({
			website: 'https://globex.example.com',
			office_hours: { sunday: { enabled: false, ranges: [] } },
			cdr_event: { enabled: true, auth: 'BEARER', token: 'globex-cdr-token', url: 'https://crm.globex.example.com/cdr' },
		});
		expect(items[0].json.cdr_event).toMatchObject({ enabled: true, token: SECRET_MASK, url: 'https://crm.globex.example.com/cdr' });
		expect(JSON.stringify(items)).not.toMatch(/globex-cdr-token/);
	});

	it('gets a tenant chosen by ID, secrets masked', async () => {
		const { items, error } = await pbx.engine.runNode({ resource: 'tenant', operation: 'get', tenantId: byId(createdId) });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: createdId, name: 'Globex', email_recipients: 'it@globex.example.com,ops@globex.example.com' });
		expect(items[0].json.cdr_event).toMatchObject({ token: SECRET_MASK });
		expect(pbx.sandbox.apiRequests().map((r) => `${r.method} ${r.path}`)).toEqual([`GET /api/tenants/${createdId}`]);
	});

	it('gets a tenant chosen from the list, with Include Secrets', async () => {
		const { items, error } = await pbx.engine.runNode({
			resource: 'tenant',
			operation: 'get',
			tenantId: fromList(createdId),
			includeSecrets: true,
		});
		expect(error).toBeUndefined();
		expect(items[0].json.cdr_event).toMatchObject({ token: 'globex-cdr-token' });
	});

	it('updates only the fields set and returns the tenant as it now stands', async () => {
		const { items, error } = await pbx.engine.runNode({
			resource: 'tenant',
			operation: 'update',
			tenantId: byId(createdId),
			updateFields: { maxExtensions: 500, enabled: false, currency: 'CHF', imDiskQuota: '' },
		});
		expect(error).toBeUndefined();
		const [update, readBack] = pbx.sandbox.apiRequests();
		expect([update.method, update.path]).toEqual(['POST', `/api/tenants/${createdId}`]);
		expect(update.body).toEqual({ max_extensions: 500, enabled: false, currency: 'CHF', im_disk_quota: '' });
		expect([readBack.method, readBack.path]).toEqual(['GET', `/api/tenants/${createdId}`]);
		expect(items[0].json).toMatchObject({ id: createdId, name: 'Globex', max_extensions: 500, enabled: false, currency: 'CHF' });
	});

	it('deletes a tenant and says which', async () => {
		const { items, error } = await pbx.engine.runNode({ resource: 'tenant', operation: 'delete', tenantId: byId(createdId) });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([{ deleted: true, id: createdId }]);
		const [destroy] = pbx.sandbox.apiRequests();
		expect([destroy.method, destroy.path, destroy.status]).toEqual(['POST', `/api/tenants/${createdId}/destroy`, 204]);
		expect(pbx.sandbox.state.tenants.has(createdId)).toBe(false);
	});

	it('says clearly when the tenant does not exist', async () => {
		const { error } = await pbx.engine.runNode({ resource: 'tenant', operation: 'get', tenantId: byId(createdId) });
		expect(error?.message).toBe(`PortSIP API error 404: NOT_FOUND: Tenant ${createdId} does not exist`);
	});

	it('surfaces a rule the PBX enforces beyond the schema (domain already used)', async () => {
		const { error } = await pbx.engine.runNode({ resource: 'tenant', operation: 'create', ...REQUIRED, domain: 'tenant1.example.com' });
		expect(error?.message).toBe('PortSIP API error 400: VALIDATE_FAILED: domain: "tenant1.example.com" is already used by another tenant');
	});
});

describe('PortSIP → Tenant: validation before sending', () => {
	const pbx = usePortSip({ login: SYSTEM_ADMIN });

	it.each<[string, IDataObject, RegExp]>([
		// (n8n itself stops an empty required field typed in; an expression can still give one)
		['an empty name', { name: '={{ "" }}' }, /"Name" \(name\) must not be empty/],
		['an empty domain', { domain: '={{ "" }}' }, /"Domain" \(domain\) must not be empty/],
		['an unknown time zone', { timezone: '={{ "Europe/Atlantis" }}' }, /"Time Zone" \(timezone\) must be an IANA time zone name/],
		['an unknown currency', { currency: '={{ "EURO" }}' }, /"Currency" \(currency\) must be an ISO 4217 currency code/],
		['an unknown country', { region: '={{ "ZZZ" }}' }, /"Region" \(region\) must be an ISO 3166-1 country code/],
		['a negative limit', { additionalFields: { maxExtensions: -1 } }, /"Max Extensions" \(max_extensions\) must be a whole number of at least 0/],
		['a fractional limit', { additionalFields: { maxConcurrentCalls: 2.5 } }, /"Max Concurrent Calls" \(max_concurrent_calls\) must be a whole number of at least 0/],
		['a disk quota with a bad unit', { additionalFields: { diskQuota: '5 TB' } }, /"Disk Quota" \(disk_quota\) must be a positive whole number followed by KB, MB, GB or PB/],
		['an IM quota that is not a size', { additionalFields: { imDiskQuota: 'lots' } }, /"IM Disk Quota" \(im_disk_quota\) must be a positive whole number/],
		['a recipient that is not an e-mail address', { additionalFields: { emailRecipients: 'it@example.com, helpdesk' } }, /"E-Mail Recipients" \(email_recipients\) must be e-mail addresses separated by commas/],
		['16 recipients', { additionalFields: { emailRecipients: Array.from({ length: 16 }, (_u, i) => `user${i}@example.com`).join(',') } }, /\(email_recipients\) must list at most 15 e-mail addresses/],
		['a feature switch that is not yes/no', { additionalFields: { enableFeatureTrunks: '={{ "maybe" }}' } }, /"Enable Feature: Trunks" \(enable_feature_trunks\) must be true or false/],
	])('create rejects %s before sending anything', async (_rule, parameters, message) => {
		const { error } = await pbx.engine.runNode({ resource: 'tenant', operation: 'create', ...REQUIRED, ...parameters });
		expect(error?.message).toMatch(/^Item 0: /);
		expect(error?.message).toMatch(message);
		expect(pbx.sandbox.requests).toEqual([]);
	});

	it.each(['get', 'update', 'delete'])('%s rejects an empty tenant ID before sending anything', async (operation) => {
		const { error } = await pbx.engine.runNode({ resource: 'tenant', operation, tenantId: byId('={{ "" }}') });
		expect(error?.message).toBe('Item 0: "Tenant" (tenantId) must not be empty');
		expect(pbx.sandbox.requests).toEqual([]);
	});

	it('update applies the same rules, before sending anything', async () => {
		const { error } = await pbx.engine.runNode({
			resource: 'tenant',
			operation: 'update',
			tenantId: byId('NzAwNTUxOTA5NzczMTQ4MTYx'),
			updateFields: { contactUpdateInterval: 50000 },
		});
		expect(error?.message).toMatch(/^Item 0: "Contact Update Interval \(Minutes\)" \(contact_update_interval\) must be a whole number from 1 to 43200/);
		expect(pbx.sandbox.requests).toEqual([]);
	});
});

describe('PortSIP → Tenant → Get Many and the tenant picker', () => {
	const pbx = usePortSip({ login: SYSTEM_ADMIN });

	beforeAll(() => {
		// 250 more tenants: "Tenant 001" … "Tenant 250", every third one disabled
		for (let n = 1; n <= 250; n++) {
			const number = String(n).padStart(3, '0');
			pbx.sandbox.state.addTenant({
				name: `Tenant ${number}`,
				domain: `t${number}.example.com`,
				enabled: n % 3 !== 0,
				max_extensions: n,
			});
		}
	});

	const pages = () => pbx.sandbox.apiRequests().map((r) => r.query);

	it('Return All reads every page of 100 through skip/top', async () => {
		const { items, error } = await pbx.engine.runNode({ resource: 'tenant', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(251);
		expect(new Set(items.map((i) => i.json.id)).size).toBe(251);
		expect(pages()).toEqual([
			{ skip: '0', top: '100' },
			{ skip: '100', top: '100' },
			{ skip: '200', top: '100' },
		]);
		expect(Object.keys(items[0].json)).toEqual(expect.arrayContaining(['id', 'name', 'domain', 'enabled', 'max_extensions']));
	});

	it('Limit defaults to 50 and asks for no more', async () => {
		const { items, error } = await pbx.engine.runNode({ resource: 'tenant', operation: 'getAll' });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(50);
		expect(pages()).toEqual([{ skip: '0', top: '50' }]);
	});

	it('a Limit above one page reads the rest from the next page', async () => {
		const { items, error } = await pbx.engine.runNode({ resource: 'tenant', operation: 'getAll', limit: 130 });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(130);
		expect(pages()).toEqual([
			{ skip: '0', top: '100' },
			{ skip: '100', top: '30' },
		]);
	});

	it('passes Filter, Search and Order By through to the API', async () => {
		const { items, error } = await pbx.engine.runNode({
			resource: 'tenant',
			operation: 'getAll',
			returnAll: true,
			options: { filter: "enabled eq false and max_extensions le 30", search: 'tenant 0', orderby: 'max_extensions desc' },
		});
		expect(error).toBeUndefined();
		expect(pages()).toEqual([
			{ filter: 'enabled eq false and max_extensions le 30', search: 'tenant 0', orderby: 'max_extensions desc', skip: '0', top: '100' },
		]);
		expect(items.map((i) => i.json.name)).toEqual([
			'Tenant 030', 'Tenant 027', 'Tenant 024', 'Tenant 021', 'Tenant 018', 'Tenant 015', 'Tenant 012', 'Tenant 009', 'Tenant 006', 'Tenant 003',
		]);
	});

	it('filters with functions and or', async () => {
		const { items, error } = await pbx.engine.runNode({
			resource: 'tenant',
			operation: 'getAll',
			returnAll: true,
			options: { filter: "startswith(name,'Acme') or endswith(domain,'250.example.com') or contains(name,'12')", orderby: 'name asc' },
		});
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.name)).toEqual(['Acme Corp', 'Tenant 012', 'Tenant 112', 'Tenant 120', 'Tenant 121', 'Tenant 122', 'Tenant 123', 'Tenant 124', 'Tenant 125', 'Tenant 126', 'Tenant 127', 'Tenant 128', 'Tenant 129', 'Tenant 212', 'Tenant 250']);
	});

	it('shows the API\'s answer to a filter it cannot read', async () => {
		const { error } = await pbx.engine.runNode({ resource: 'tenant', operation: 'getAll', options: { filter: 'name like "x"' } });
		expect(error?.message).toMatch(/^PortSIP API error 400: VALIDATE_FAILED: filter: /);
	});

	it('the tenant picker pages with pagination tokens', async () => {
		const first = await pbx.engine.listSearch('searchTenants', { parameters: { resource: 'tenant', operation: 'get' } });
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: 'Acme Corp (tenant1.example.com)', value: expect.any(String) });
		expect(first.paginationToken).toBe('100');
		const second = await pbx.engine.listSearch('searchTenants', { paginationToken: first.paginationToken as string });
		expect(second.paginationToken).toBe('200');
		const third = await pbx.engine.listSearch('searchTenants', { paginationToken: second.paginationToken as string });
		expect(third.results).toHaveLength(51);
		expect(third.paginationToken).toBeUndefined();
		const all = [...first.results, ...second.results, ...third.results].map((r) => r.value);
		expect(new Set(all).size).toBe(251);
		expect(pages()).toEqual([
			{ orderby: 'name asc', skip: '0', top: '100' },
			{ orderby: 'name asc', skip: '100', top: '100' },
			{ orderby: 'name asc', skip: '200', top: '100' },
		]);
	});

	it('the tenant picker searches', async () => {
		const found = await pbx.engine.listSearch('searchTenants', { filter: 't24' });
		expect(found.results.map((r) => r.name)).toEqual([
			'Tenant 240 (t240.example.com)', 'Tenant 241 (t241.example.com)', 'Tenant 242 (t242.example.com)', 'Tenant 243 (t243.example.com)',
			'Tenant 244 (t244.example.com)', 'Tenant 245 (t245.example.com)', 'Tenant 246 (t246.example.com)', 'Tenant 247 (t247.example.com)',
			'Tenant 248 (t248.example.com)', 'Tenant 249 (t249.example.com)',
		]);
		expect(found.paginationToken).toBeUndefined();
		expect(pages()).toEqual([{ search: 't24', orderby: 'name asc', skip: '0', top: '100' }]);
	});
});

describe('PortSIP → Tenant with a tenant administrator login', () => {
	const pbx = usePortSip({ login: TENANT_ADMIN });

	it.each<[string, IDataObject]>([
		['get', { operation: 'get', tenantId: byId('NzAwNTUxOTA5NzczMTQ4MTYx') }],
		['get many', { operation: 'getAll' }],
		['create', { operation: 'create', ...REQUIRED }],
		['delete', { operation: 'delete', tenantId: byId('NzAwNTUxOTA5NzczMTQ4MTYx') }],
	])('%s says that a system administrator login is needed', async (_operation, parameters) => {
		const { error } = await pbx.engine.runNode({ resource: 'tenant', ...parameters });
		expect(error?.message).toBe('PortSIP API error 403: FORBIDDEN: Permission denied');
		expect((error as { description?: string }).description).toMatch(/^Tenant \(managing tenants\) needs a system administrator login/);
	});

	it('the tenant picker says so too', async () => {
		await expect(pbx.engine.listSearch('searchTenants')).rejects.toMatchObject({
			message: 'PortSIP API error 403 on GET /api/tenants: FORBIDDEN: Permission denied',
			description: expect.stringMatching(/needs a system administrator login/),
		});
	});
});
