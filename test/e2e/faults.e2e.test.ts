/**
 * Faults inside a real n8n, on every line: a connection lost on a read, on an update and on a create,
 * a token that expires, a pasted VOXO token that expired. The package's own retries and advice must
 * hold under each n8n's HTTP stack, not only under the engine the unit tests use.
 */
import { FaultInjector } from '../../sandbox/faults';
import { PortSipSandbox } from '../../sandbox/portsip';
import { VoxoSandbox } from '../../sandbox/voxo';
import { errorOf, N8N_LINES, n8nInstance, outputOf, type N8nInstance } from './n8n';
import { chainWorkflow, PORTSIP_CREDENTIAL } from './workflows';

const portSipNode = 'n8n-nodes-pbx-tenants.portSip';
const voxoNode = 'n8n-nodes-pbx-tenants.voxo';
const VOXO_PASTED = { voxoApi: { id: 'e2eVoxoPasted', name: 'VOXO pasted token' } };

describe.each(N8N_LINES.map((line) => [line.label, line] as const))('faults in a real %s', (_label, line) => {
	const portSip = new PortSipSandbox();
	const voxo = new VoxoSandbox();
	let faults: FaultInjector;
	let n8n: N8nInstance;
	const tenant = () => portSip.state.tenantByDomain('tenant1.example.com')!;
	const sent = (method: string, path: string) => portSip.requests.filter((request) => request.method === method && request.path === path);

	beforeAll(async () => {
		await Promise.all([portSip.start(), voxo.start()]);
		n8n = await n8nInstance(line);
		await n8n.importCredentials([
			{
				id: PORTSIP_CREDENTIAL.portSipApi.id,
				name: PORTSIP_CREDENTIAL.portSipApi.name,
				type: 'portSipApi',
				data: { baseUrl: `${portSip.url}/api/`, username: 'tenantadmin', password: 'tenant-password', domain: 'tenant1.example.com', ignoreSslIssues: false },
			},
		]);
		const portSipStep = (name: string, parameters: Record<string, unknown>) => [{ name, type: portSipNode, parameters, credentials: PORTSIP_CREDENTIAL }];
		await n8n.importWorkflow(chainWorkflow('e2eFaultRead', 'Read', portSipStep('Voicemail', { resource: 'voicemailServer', operation: 'get' })));
		await n8n.importWorkflow(
			chainWorkflow('e2eFaultUpdate', 'Update', portSipStep('Voicemail', { resource: 'voicemailServer', operation: 'update', updateFields: { retainDays: 45 } })),
		);
		await n8n.importWorkflow(
			chainWorkflow(
				'e2eFaultCreate',
				'Create',
				portSipStep('Holiday', { resource: 'holiday', operation: 'create', name: 'Founders Day', region: 'USA', date: '2026-06-01', everyYear: true }),
			),
		);
	});

	beforeEach(() => {
		faults = new FaultInjector();
		portSip.interceptor = faults.interceptor;
		voxo.interceptor = faults.interceptor;
		portSip.clearLog();
	});

	afterEach(() => {
		// a planned fault that never struck would make the test prove nothing
		expect(faults.pending()).toBe(0);
		expect(portSip.contractProblems()).toEqual([]);
	});

	afterAll(async () => {
		await Promise.all([portSip.stop(), voxo.stop()]);
	});

	it('a connection lost on a read: sent again, and the run succeeds', async () => {
		faults.add({ method: 'GET', path: '/api/voicemail', fault: { type: 'reset' } });
		const run = await n8n.execute('e2eFaultRead');
		expect(run.data.resultData.error).toBeUndefined();
		expect(outputOf(run, 'Voicemail')).toEqual([expect.objectContaining({ extension_number: '999' })]);
		expect(faults.injected).toEqual([{ method: 'GET', path: '/api/voicemail', fault: 'reset' }]);
	});

	it('a connection lost on an update after the PBX applied it: sent again (an update twice is the update once), the run succeeds', async () => {
		faults.add({ method: 'POST', path: '/api/voicemail', fault: { type: 'reset', afterProcessing: true } });
		const run = await n8n.execute('e2eFaultUpdate');
		expect(run.data.resultData.error).toBeUndefined();
		expect(outputOf(run, 'Voicemail')).toEqual([expect.objectContaining({ retain_days: 45 })]);
		expect(sent('POST', '/api/voicemail')).toHaveLength(2);
		expect(tenant().voicemail).toMatchObject({ retain_days: 45 });
	});

	it('a connection lost on a create after the PBX created it: sent once (no duplicate), the error says it may have been processed', async () => {
		tenant().holidays.clear();
		faults.add({ method: 'POST', path: '/api/holidays', fault: { type: 'reset', afterProcessing: true } });
		const run = await n8n.execute('e2eFaultCreate');
		const error = errorOf(run, 'Holiday') ?? run.data.resultData.error;
		expect(error).toBeDefined();
		expect(`${error?.message} ${error?.description ?? ''}`).toMatch(/PortSIP may have processed this request before the answer was lost, so it was not sent again/);
		expect(sent('POST', '/api/holidays')).toHaveLength(1);
		expect(tenant().holidays.size).toBe(1);
	});

	it('a token that expired: one 401, one new login, the read sent again and the run succeeds', async () => {
		await n8n.execute('e2eFaultRead');
		portSip.expireTokens();
		portSip.clearLog();
		const run = await n8n.execute('e2eFaultRead');
		expect(run.data.resultData.error).toBeUndefined();
		expect(outputOf(run, 'Voicemail')).toHaveLength(1);
		expect(portSip.requests.filter((request) => request.status === 401)).toHaveLength(1);
		expect(portSip.logins).toBe(1);
	});

	it('a pasted VOXO token that expired: the error says to paste a new one, and no login is tried', async () => {
		const token = voxo.issueToken(voxo.state.users.find((user) => user.email === 'admin@partner.example')!);
		await n8n.importCredentials([
			{ ...VOXO_PASTED.voxoApi, type: 'voxoApi', data: { baseUrl: voxo.url, authentication: 'accessToken', accessToken: token } },
		]);
		await n8n.importWorkflow(
			chainWorkflow('e2eFaultPasted', 'Pasted token', [
				{ name: 'Tenant', type: voxoNode, credentials: VOXO_PASTED, parameters: { resource: 'tenant', operation: 'get', tenantId: { __rl: true, mode: 'id', value: '100' } } },
			]),
		);
		voxo.expireTokens();
		const run = await n8n.execute('e2eFaultPasted');
		const error = errorOf(run, 'Tenant') ?? run.data.resultData.error;
		expect(error?.message).toBe('VOXO API error 401: NotAuthenticated: jwt expired');
		expect(error?.description).toMatch(/the pasted token has expired or was revoked: paste a new one/);
		expect(voxo.logins).toBe(0);
		expect(JSON.stringify(run)).not.toContain(token);
	});
});
