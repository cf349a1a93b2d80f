/** PortSIP → User, and Tenant → Create with a first administrator, through n8n's engine. */
import type { IDataObject } from 'n8n-workflow';

import { SYSTEM_ADMIN, TENANT_ADMIN, usePortSip } from '../harness/portsip';

const byId = (id: string) => ({ __rl: true, mode: 'id', value: id });

const JANE = {
	name: 'jane.doe',
	displayName: 'Jane Doe',
	email: 'jane@acme.example',
	password: 'Secret-Pass-1',
	role: 'StandardUser',
	extensionNumber: '201',
	extensionPassword: 'Ext-Pass-1',
	voicemailPin: '135792',
};

const createUser = (fields: IDataObject = {}) => ({ resource: 'user', operation: 'create', ...JANE, ...fields });

describe('PortSIP → User (tenant administrator login)', () => {
	const pbx = usePortSip({ login: TENANT_ADMIN });
	const tenant = () => pbx.sandbox.state.tenantByDomain('tenant1.example.com')!;

	it('creates a user with an extension, returns it with the PIN masked, and it can sign in', async () => {
		const { items, error } = await pbx.engine.runNode(createUser({ role: 'Admin', additionalFields: { department: 'Sales', enableVoicemailNotify: true } }));
		expect(error).toBeUndefined();
		const [user] = items.map((item) => item.json);
		expect(user).toMatchObject({ name: 'jane.doe', display_name: 'Jane Doe', role: 'Admin', extension_number: '201', department: 'Sales', enable_voicemail_notify: true, voicemail_pin: '********' });
		expect(JSON.stringify(items)).not.toMatch(/Secret-Pass-1|Ext-Pass-1|135792/);
		const stored = tenant().users.get(String(user.id))!;
		expect(stored).toMatchObject({ password: 'Secret-Pass-1', extension_password: 'Ext-Pass-1', voicemail_pin: '135792' });
	});

	it('creates one user per input item (a staff list)', async () => {
		const staff = Array.from({ length: 12 }, (_, index) => ({ name: `staff${index}`, ext: String(300 + index) }));
		const { items, error } = await pbx.engine.runNode(
			createUser({ name: '={{ $json.name }}', displayName: '={{ $json.name }}', email: '={{ $json.name }}@acme.example', extensionNumber: '={{ $json.ext }}' }),
			{ items: staff },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(12);
		const names = [...tenant().users.values()].map((user) => user.name);
		for (const member of staff) expect(names.filter((name) => name === member.name)).toHaveLength(1);
	});

	it('gets, lists (Return All and Limit), updates and deletes a user', async () => {
		const created = await pbx.engine.runNode(createUser({ name: 'crud.user', extensionNumber: '401' }));
		const id = String(created.items[0].json.id);

		const got = await pbx.engine.runNode({ resource: 'user', operation: 'get', userId: byId(id) });
		expect(got.items[0].json).toMatchObject({ id, name: 'crud.user', voicemail_pin: '********' });

		const all = await pbx.engine.runNode({ resource: 'user', operation: 'getAll', returnAll: true });
		expect(all.items.map((item) => item.json.id)).toContain(id);
		expect(all.items).toHaveLength(tenant().users.size);
		const limited = await pbx.engine.runNode({ resource: 'user', operation: 'getAll', returnAll: false, limit: 2 });
		expect(limited.items).toHaveLength(2);

		const updated = await pbx.engine.runNode({ resource: 'user', operation: 'update', userId: byId(id), updateFields: { department: 'Support', enabled: false } });
		expect(updated.error).toBeUndefined();
		expect(updated.items[0].json).toMatchObject({ id, department: 'Support', enabled: false });

		const deleted = await pbx.engine.runNode({ resource: 'user', operation: 'delete', userId: byId(id) });
		expect(deleted.items[0].json).toEqual({ deleted: true, id });
		expect(tenant().users.has(id)).toBe(false);
	});

	it('shows the PIN with Include Secrets', async () => {
		const created = await pbx.engine.runNode(createUser({ name: 'secret.shown', extensionNumber: '402', includeSecrets: true }));
		expect(created.items[0].json.voicemail_pin).toBe('135792');
	});

	it.each<[string, IDataObject, RegExp]>([
		['an empty name', { name: '={{ "" }}' }, /"Name" \(name\) must not be empty/],
		['a reserved name', { name: 'Admin' }, /"Name" \(name\) must not be one of admin/],
		['a name with a space', { name: 'jane doe' }, /"Name" \(name\) may hold only letters/],
		['an email without @', { email: 'jane.example' }, /"Email" \(email\) must be an email address/],
		['an extension of 2 digits', { extensionNumber: '12' }, /"Extension Number" \(extension_number\) must be 3 to 64 digits/],
		['a PIN of 4 digits', { voicemailPin: '1357' }, /"Voicemail PIN" \(voicemail_pin\) must be 6 to 10 digits/],
		['a PIN with 111', { voicemailPin: '2111357' }, /"Voicemail PIN" \(voicemail_pin\) must not repeat a digit/],
		['a PIN with 123', { voicemailPin: '951238' }, /three ascending digits/],
		['a system role', { role: 'SystemAdmin' }, /"Role" \(role\) must be a role of a tenant user/],
		['an empty password', { password: '={{ "" }}' }, /"Password" \(password\) must not be empty/],
	])('rejects %s before sending anything', async (_case, fields, message) => {
		const { error } = await pbx.engine.runNode(createUser(fields));
		expect(error?.message).toMatch(/^Item 0: /);
		expect(error?.message).toMatch(message);
		expect(JSON.stringify(error?.message)).not.toMatch(/Secret-Pass-1|Ext-Pass-1/);
		expect(pbx.sandbox.requests).toEqual([]);
	});

	it('rejects an update with nothing to change and an empty user ID before sending', async () => {
		const empty = await pbx.engine.runNode({ resource: 'user', operation: 'update', userId: byId('abc'), updateFields: {} });
		expect(empty.error?.message).toMatch(/has no field to update/);
		const noId = await pbx.engine.runNode({ resource: 'user', operation: 'get', userId: byId('={{ "" }}') });
		expect(noId.error?.message).toMatch(/"User" \(userId\) must not be empty/);
		expect(pbx.sandbox.requests).toEqual([]);
	});

	it('shows the PBX\'s answer for an extension that is taken', async () => {
		await pbx.engine.runNode(createUser({ name: 'first.owner', extensionNumber: '555' }));
		const { error } = await pbx.engine.runNode(createUser({ name: 'second.owner', extensionNumber: '555' }));
		expect(error?.message).toMatch(/^PortSIP API error 400: VALIDATE_FAILED: .*extension number 555 is taken/);
	});
});

describe('PortSIP → Tenant → Create with a first administrator (system administrator login)', () => {
	const pbx = usePortSip({ login: SYSTEM_ADMIN });
	const NEW_TENANT = { name: 'NewCo Ltd', domain: 'newco.example.com', timezone: 'Europe/London', currency: 'GBP', region: 'GBR' };
	const ADMIN = { name: 'it-admin', password: 'NewCo-Admin-1', email: 'it@newco.example', extensionNumber: '100', extensionPassword: 'Ext-NewCo-1', voicemailPin: '246813' };

	it('creates the tenant, then its administrator (role Admin) in it; the output carries both, secrets masked', async () => {
		const { items, error } = await pbx.engine.runNode({ resource: 'tenant', operation: 'create', ...NEW_TENANT, firstAdministrator: ADMIN });
		expect(error).toBeUndefined();
		const output = items[0].json;
		expect(output).toMatchObject({ name: 'NewCo Ltd', domain: 'newco.example.com' });
		expect(output.firstAdministrator).toMatchObject({ name: 'it-admin', role: 'Admin', email: 'it@newco.example', display_name: 'it-admin', extension_number: '100', voicemail_pin: '********' });
		expect(JSON.stringify(items)).not.toMatch(/NewCo-Admin-1|Ext-NewCo-1|246813/);
		const tenant = pbx.sandbox.state.tenantByDomain('newco.example.com')!;
		const users = [...tenant.users.values()];
		expect(users).toHaveLength(1);
		expect(users[0]).toMatchObject({ name: 'it-admin', role: 'Admin' });
		// nothing was created in another tenant
		expect(pbx.sandbox.state.tenantByDomain('tenant1.example.com')!.users.size).toBe(0);

		// the new administrator can sign in to its tenant and act there
		pbx.engine.credentials.set('portSipApi', { baseUrl: pbx.sandbox.url, username: 'it-admin', password: 'NewCo-Admin-1', domain: 'newco.example.com', ignoreSslIssues: false, accessToken: '' });
		const settings = await pbx.engine.runNode({ resource: 'tenantSettings', operation: 'get' });
		expect(settings.error).toBeUndefined();
		expect(settings.items[0].json.domain).toBe('newco.example.com');
	});

	it('checks the administrator\'s fields before the tenant is created', async () => {
		const { error } = await pbx.engine.runNode({ resource: 'tenant', operation: 'create', ...NEW_TENANT, domain: 'other.example.com', firstAdministrator: { ...ADMIN, voicemailPin: '12' } });
		expect(error?.message).toMatch(/^Item 0: "First Administrator › Voicemail PIN" \(first_administrator\.voicemail_pin\) must be 6 to 10 digits/);
		expect(pbx.sandbox.requests).toEqual([]);
		expect(pbx.sandbox.state.tenantByDomain('other.example.com')).toBeUndefined();
	});

	it('says the tenant was created when only its administrator could not be', async () => {
		const { error } = await pbx.engine.runNode({ resource: 'tenant', operation: 'create', ...NEW_TENANT, name: 'Third', domain: 'third.example.com', firstAdministrator: { ...ADMIN, extensionNumber: '999' } });
		expect(error?.message).toMatch(/extension number 999 is taken/);
		expect((error as { description?: string }).description).toMatch(/The tenant Third \(ID .+\) was created; only creating its first administrator failed, so do not run Create again/);
		expect(pbx.sandbox.state.tenantByDomain('third.example.com')).toBeDefined();
	});
});
