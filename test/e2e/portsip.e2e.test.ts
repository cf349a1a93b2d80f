/**
 * The package inside a real n8n, on every line (see n8n.ts): loaded from the nodes folder as users
 * install it, credential and workflows imported with n8n's CLI, each run with `n8n execute`.
 */
import { PortSipSandbox } from '../../sandbox/portsip';
import { N8N_LINES, outputOf, n8nInstance, type N8nInstance } from './n8n';
import { chainWorkflow, PORTSIP_CREDENTIAL } from './workflows';

const portSip = 'n8n-nodes-pbx-tenants.portSip';

describe.each(N8N_LINES.map((line) => [line.label, line] as const))('PortSIP PBX node in a real %s', (_label, line) => {
	const sandbox = new PortSipSandbox();
	let n8n: N8nInstance;

	beforeAll(async () => {
		await sandbox.start();
		n8n = await n8nInstance(line);
		await n8n.importCredentials([
			{
				id: PORTSIP_CREDENTIAL.portSipApi.id,
				name: PORTSIP_CREDENTIAL.portSipApi.name,
				type: 'portSipApi',
				data: { baseUrl: `${sandbox.url}/api/`, username: 'tenantadmin', password: 'tenant-password', domain: 'tenant1.example.com', ignoreSslIssues: false },
			},
		]);
		await n8n.importWorkflow(
			chainWorkflow('e2eVoicemailGet', 'Voicemail get', [
				{ name: 'Voicemail', type: portSip, parameters: { resource: 'voicemailServer', operation: 'get' }, credentials: PORTSIP_CREDENTIAL },
			]),
		);
		await n8n.importWorkflow(
			chainWorkflow('e2eVoicemailUpdate', 'Voicemail update', [
				{ name: 'Voicemail', type: portSip, parameters: { resource: 'voicemailServer', operation: 'update', updateFields: { retainDays: 60, minSeconds: 2 } }, credentials: PORTSIP_CREDENTIAL },
			]),
		);
		await n8n.importWorkflow(
			chainWorkflow('e2eHolidaySync', 'Holiday sync', [
				{
					name: 'Sync',
					type: portSip,
					parameters: { resource: 'holiday', operation: 'sync', source: 'calendar', country: 'DEU', years: '2026', mode: 'mirror', namePrefix: '[Auto] ' },
					credentials: PORTSIP_CREDENTIAL,
				},
			]),
		);
	});

	afterAll(async () => {
		await sandbox.stop();
	});

	afterEach(() => {
		expect(sandbox.contractProblems()).toEqual([]);
	});

	it('logs in with the imported credential and reads the voicemail server', async () => {
		const run = await n8n.execute('e2eVoicemailGet');
		expect(run.status).toBe('success');
		expect(outputOf(run, 'Voicemail')).toEqual([{ extension_number: '999', retain_days: 30, min_seconds: 1 }]);
		expect(sandbox.logins).toBe(1);
	});

	it('reuses the token n8n stored with the credential on the next run (no new login)', async () => {
		const run = await n8n.execute('e2eVoicemailUpdate');
		expect(run.status).toBe('success');
		expect(outputOf(run, 'Voicemail')).toEqual([{ extension_number: '999', retain_days: 60, min_seconds: 2 }]);
		expect(sandbox.logins).toBe(1);
		const update = sandbox.apiRequests().find((r) => r.method === 'POST' && r.path === '/api/voicemail');
		expect(update?.body).toEqual({ retain_days: 60, min_seconds: 2 });
	});

	it('after the token expires, logs in once more and succeeds', async () => {
		sandbox.expireTokens();
		sandbox.clearLog();
		const run = await n8n.execute('e2eVoicemailGet');
		expect(run.status).toBe('success');
		expect(outputOf(run, 'Voicemail')[0]).toMatchObject({ retain_days: 60 });
		// one 401 for the stored token, one login, the read sent again
		expect(sandbox.requests.filter((request) => request.status === 401)).toHaveLength(1);
		expect(sandbox.logins).toBe(1);
	});

	it('runs Holiday → Sync (a custom operation of the declarative node): the first run creates, the second writes nothing', async () => {
		sandbox.clearLog();
		const first = await n8n.execute('e2eHolidaySync');
		expect(first.status).toBe('success');
		const created = outputOf(first, 'Sync');
		expect(created.length).toBeGreaterThan(5);
		expect(created.every((item) => item.action === 'created')).toBe(true);
		expect(created.map((item) => (item.holiday as { name: string }).name)).toContain('[Auto] Christmas Day');
		sandbox.clearLog();
		const second = await n8n.execute('e2eHolidaySync');
		expect(second.status).toBe('success');
		expect(outputOf(second, 'Sync').map((item) => item.action)).toEqual(created.map(() => 'unchanged'));
		expect(sandbox.apiRequests().map((request) => `${request.method} ${request.path}`)).toEqual(['GET /api/holidays']);
	});
});
