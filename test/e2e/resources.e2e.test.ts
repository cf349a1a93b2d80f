/**
 * Every resource of both nodes at least once, inside a real n8n: three workflows (tenant
 * administrator, system administrator, VOXO), each a chain of operations run by `n8n execute`.
 */
import { PortSipSandbox } from '../../sandbox/portsip';
import { SAMPLE_CREDENTIAL_IDS, sampleCredentials } from '../../sandbox/sampleCredentials';
import { VoxoSandbox } from '../../sandbox/voxo';
import { N8N_LINES, n8nInstance, outputOf, type N8nInstance } from './n8n';
import { chainWorkflow } from './workflows';

const portSip = 'n8n-nodes-pbx-tenants.portSip';
const voxoNode = 'n8n-nodes-pbx-tenants.voxo';
const credential = (type: string, id: string) => ({ [type]: { id, name: id } });
const tenantAdmin = credential('portSipApi', SAMPLE_CREDENTIAL_IDS.portSipTenantAdmin);
const systemAdmin = credential('portSipApi', SAMPLE_CREDENTIAL_IDS.portSipSystemAdmin);
const voxoCredential = credential('voxoApi', SAMPLE_CREDENTIAL_IDS.voxo);

describe.each(N8N_LINES.map((line) => [line.label, line] as const))('every resource of both nodes in a real %s', (_label, line) => {
	const portSipSandbox = new PortSipSandbox();
	const voxoSandbox = new VoxoSandbox();
	let n8n: N8nInstance;

	beforeAll(async () => {
		const urls = { portSip: await portSipSandbox.start(), voxo: await voxoSandbox.start() };
		n8n = await n8nInstance(line);
		await n8n.importCredentials(sampleCredentials(urls));
	});

	afterAll(async () => {
		await Promise.all([portSipSandbox.stop(), voxoSandbox.stop()]);
	});

	afterEach(() => {
		expect(portSipSandbox.contractProblems()).toEqual([]);
	});

	it('tenant administrator: current tenant, password policy, holidays, voicemail server', async () => {
		await n8n.importWorkflow(
			chainWorkflow('e2eTenantAdmin', 'Tenant administrator chain', [
				{ name: 'Tenant', type: portSip, credentials: tenantAdmin, parameters: { resource: 'tenantSettings', operation: 'get' } },
				{ name: 'Status', type: portSip, credentials: tenantAdmin, parameters: { resource: 'tenantSettings', operation: 'getStatus' } },
				{ name: 'Policy', type: portSip, credentials: tenantAdmin, parameters: { resource: 'passwordPolicy', operation: 'update', updateFields: { minLength: 10, maxLength: 24 } } },
				{ name: 'Christmas', type: portSip, credentials: tenantAdmin, parameters: { resource: 'holiday', operation: 'create', name: 'Christmas Day', region: '={{ $("Tenant").item.json.region }}', date: '2026-12-25', everyYear: true } },
				{ name: 'Holidays', type: portSip, credentials: tenantAdmin, parameters: { resource: 'holiday', operation: 'getAll', returnAll: true } },
				{ name: 'Voicemail', type: portSip, credentials: tenantAdmin, executeOnce: true, parameters: { resource: 'voicemailServer', operation: 'update', updateFields: { retainDays: 14 } } },
			]),
		);
		const run = await n8n.execute('e2eTenantAdmin');
		expect(run.data.resultData.error).toBeUndefined();
		expect(outputOf(run, 'Tenant')[0]).toMatchObject({ name: 'Acme Corp', region: 'USA' });
		expect(outputOf(run, 'Status')[0]).toHaveProperty('licensed_users');
		expect(outputOf(run, 'Policy')[0]).toMatchObject({ min_length: 10, max_length: 24 });
		expect(outputOf(run, 'Christmas')[0]).toMatchObject({ name: 'Christmas Day', region: 'USA', every_year: true, month_start: 12, day_start: 25 });
		expect(outputOf(run, 'Holidays').map((h) => h.name)).toContain('Christmas Day');
		expect(outputOf(run, 'Voicemail')).toEqual([{ extension_number: '999', retain_days: 14, min_seconds: 1 }]);
		// one login for the whole run: the token is reused from node to node
		expect(portSipSandbox.logins).toBe(1);
	});

	it('system administrator: tenant create, get many, update, delete', async () => {
		await n8n.importWorkflow(
			chainWorkflow('e2eSystemAdmin', 'System administrator chain', [
				{ name: 'Create', type: portSip, credentials: systemAdmin, parameters: { resource: 'tenant', operation: 'create', name: 'Globex', domain: 'globex.example.com', timezone: 'Europe/Berlin', currency: 'EUR', region: 'DE' } },
				{ name: 'Update', type: portSip, credentials: systemAdmin, parameters: { resource: 'tenant', operation: 'update', tenantId: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, updateFields: { maxExtensions: 50 } } },
				{ name: 'List', type: portSip, credentials: systemAdmin, parameters: { resource: 'tenant', operation: 'getAll', returnAll: true } },
				{ name: 'Delete', type: portSip, credentials: systemAdmin, executeOnce: true, parameters: { resource: 'tenant', operation: 'delete', tenantId: { __rl: true, mode: 'id', value: '={{ $("Create").item.json.id }}' } } },
			]),
		);
		const run = await n8n.execute('e2eSystemAdmin');
		expect(run.data.resultData.error).toBeUndefined();
		const created = outputOf(run, 'Create')[0];
		expect(created).toMatchObject({ name: 'Globex', domain: 'globex.example.com', region: 'DEU', currency: 'EUR' });
		expect(outputOf(run, 'Update')[0]).toMatchObject({ id: created.id, max_extensions: 50 });
		expect(outputOf(run, 'List').map((t) => t.domain)).toEqual(expect.arrayContaining(['tenant1.example.com', 'globex.example.com']));
		expect(outputOf(run, 'Delete')).toEqual([{ deleted: true, id: created.id }]);
	});

	it('VOXO: tenant create, get, update, get many', async () => {
		await n8n.importWorkflow(
			chainWorkflow('e2eVoxo', 'VOXO chain', [
				{ name: 'Create', type: voxoNode, credentials: voxoCredential, parameters: { resource: 'tenant', operation: 'create', name: 'Acme West', timezoneId: 2, partnerId: 7, billingStartDate: '2026-03-05', additionalFields: { externalBillingId: '={{ 1042 }}' } } },
				{ name: 'Get', type: voxoNode, credentials: voxoCredential, parameters: { resource: 'tenant', operation: 'get', tenantId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } } },
				{ name: 'Update', type: voxoNode, credentials: voxoCredential, parameters: { resource: 'tenant', operation: 'update', tenantId: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, updateFields: { name: 'Acme West Coast' } } },
				{ name: 'List', type: voxoNode, credentials: voxoCredential, parameters: { resource: 'tenant', operation: 'getAll', returnAll: true } },
			]),
		);
		const run = await n8n.execute('e2eVoxo');
		expect(run.data.resultData.error).toBeUndefined();
		const created = outputOf(run, 'Create')[0];
		expect(created).toMatchObject({ name: 'Acme West', externalBillingId: '1042', billingStartDate: '2026-03-05' });
		expect(outputOf(run, 'Get')[0]).toMatchObject({ id: created.id, name: 'Acme West' });
		expect(outputOf(run, 'Update')[0]).toMatchObject({ id: created.id, name: 'Acme West Coast' });
		expect(outputOf(run, 'List').map((t) => t.id)).toContain(created.id);
		const post = voxoSandbox.requests.find((r) => r.method === 'POST' && r.path === '/v2/admin/tenants/');
		expect(post?.body).toEqual({ name: 'Acme West', timezoneId: 2, partnerId: 7, billingStartDate: '2026-03-05', externalBillingId: '1042' });
	});
});
