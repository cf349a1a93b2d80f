/**
 * A 403 on any resource says which login it needs, in the editor's words: every operation of the
 * tenant-scoped resources (and the holiday picker) with a system administrator login, and Tenant
 * with a tenant administrator login.
 */
import { SYSTEM_ADMIN, usePortSip } from '../harness/portsip';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const HOLIDAY = byId('NzAwNTUxOTA5NzczMTQ4MTYw');
const EDITOR_NAMES = /Current Tenant, Holiday, Inbound Rule, Password Policy, User and Voicemail Server/;

describe('PortSIP 403 advice names the login needed, on every tenant-scoped resource', () => {
	const pbx = usePortSip({ login: SYSTEM_ADMIN });

	it.each([
		['Current Tenant → Get', { resource: 'tenantSettings', operation: 'get' }],
		['Current Tenant → Get Status', { resource: 'tenantSettings', operation: 'getStatus' }],
		['Current Tenant → Update', { resource: 'tenantSettings', operation: 'update', updateFields: { website: 'https://x.example' } }],
		['Password Policy → Get', { resource: 'passwordPolicy', operation: 'get' }],
		['Password Policy → Update', { resource: 'passwordPolicy', operation: 'update', updateFields: { minLength: 8 } }],
		['Voicemail Server → Get', { resource: 'voicemailServer', operation: 'get' }],
		['Voicemail Server → Update', { resource: 'voicemailServer', operation: 'update', updateFields: { retainDays: 10 } }],
		['Holiday → Create', { resource: 'holiday', operation: 'create', name: 'Day', region: 'USA', date: '2026-12-25' }],
		['Holiday → Get', { resource: 'holiday', operation: 'get', holidayId: HOLIDAY }],
		['Holiday → Get Many', { resource: 'holiday', operation: 'getAll' }],
		['Holiday → Update', { resource: 'holiday', operation: 'update', holidayId: HOLIDAY, updateFields: { name: 'New' } }],
		['Holiday → Delete', { resource: 'holiday', operation: 'delete', holidayId: HOLIDAY }],
	])('%s with a system administrator login', async (_what, parameters) => {
		const { error } = await pbx.engine.runNode(parameters);
		expect(error?.message).toMatch(/^PortSIP API error 403/);
		const description = (error as { description?: string }).description;
		expect(description).toMatch(/needs a tenant administrator login/);
		expect(description).toMatch(EDITOR_NAMES);
		expect(description).not.toMatch(/Tenant Settings|needed role/);
	});

	it('the holiday picker says so too', async () => {
		await expect(pbx.engine.listSearch('searchHolidays')).rejects.toMatchObject({
			message: expect.stringMatching(/^PortSIP API error 403/),
			description: expect.stringMatching(/needs a tenant administrator login/),
		});
	});
});

describe('PortSIP 403 advice on Tenant with a tenant administrator login', () => {
	const pbx = usePortSip();

	it('names the system administrator login and, in the editor\'s words, what a tenant administrator can use', async () => {
		const { error } = await pbx.engine.runNode({ resource: 'tenant', operation: 'getAll' });
		const description = (error as { description?: string }).description;
		expect(description).toMatch(/^Tenant \(managing tenants\) needs a system administrator login/);
		expect(description).toMatch(EDITOR_NAMES);
		expect(description).not.toMatch(/Tenant Settings/);
	});
});
