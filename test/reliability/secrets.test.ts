/**
 * Secrets (passwords, tokens, private keys) never reach the output, error messages, descriptions or
 * the error objects n8n stores with a failed execution; the token lives only in the credential's
 * expirable field (queue mode: any worker may run the next execution); a token is only ever sent
 * for the login it came from.
 */
import type { IDataObject } from 'n8n-workflow';

import { PortSipApi } from '../../credentials/PortSipApi.credentials';
import { VoxoApi } from '../../credentials/VoxoApi.credentials';
import { PortSipSandbox } from '../../sandbox/portsip';
import type { VoxoSandbox } from '../../sandbox/voxo';
import { runCredentialTest } from '../harness/credentialTest';
import { Engine, registerTypes, type RunResult } from '../harness/engine';
import { portSipCredential, SYSTEM_ADMIN, TENANT_ADMIN, usePortSip } from '../harness/portsip';
import { credentialTestNode } from '../harness/testNodes';
import { PARTNER_ADMIN, useVoxo, voxoTokenCredential, VOXO_NODE } from '../harness/voxo';
import { allStrings, useFaults } from './helpers';

registerTypes({
	'test.secretsPortSipCredentialTest': credentialTestNode(new PortSipApi()),
	'test.secretsVoxoCredentialTest': credentialTestNode(new VoxoApi()),
});

/** Every bearer token the sandbox was sent (each one is a secret). */
function tokensSeen(sandbox: PortSipSandbox | VoxoSandbox): string[] {
	const tokens = sandbox.requests.map((r) => (r.headers.authorization ?? '').replace(/^Bearer\s*/, ''));
	return [...new Set(tokens.filter((token) => token.length > 8))];
}

/** Asserts that no secret occurs in any string of the run: output, errors (messages, descriptions, causes, context). */
function expectNoSecret(result: RunResult, secrets: string[]): void {
	expect(secrets.length).toBeGreaterThan(0);
	const strings = allStrings(result.run).join('\n');
	const serialised = JSON.stringify(result.run);
	for (const secret of secrets) {
		expect(strings).not.toContain(secret);
		expect(serialised).not.toContain(secret);
	}
}

const getVoicemail = { resource: 'voicemailServer', operation: 'get' };
const createHoliday = { resource: 'holiday', operation: 'create', name: 'Labour Day', region: 'GBR', date: '2026-05-01T00:00:00', everyYear: true };

describe('PortSIP: no secret in the output or the stored errors', () => {
	const pbx = usePortSip();
	const f = useFaults(() => pbx.sandbox);
	const warmUp = async () => {
		// a first run stores a token, so the failing runs below send one
		expect((await pbx.engine.runNode(getVoicemail)).error).toBeUndefined();
	};

	it.each([
		['a connection reset (n8n\'s own error would keep the request and its Authorization header)', { type: 'reset' as const }],
		['a reset after a create was processed', { type: 'reset' as const, afterProcessing: true }],
		['an answer slower than the timeout', { type: 'slow' as const, ms: 3000 }],
		['a 500', { type: 'status' as const, status: 500 }],
		['a 503 after processing', { type: 'statusAfterProcessing' as const, status: 503 }],
		['a malformed answer', { type: 'malformed' as const }],
	])('%s', async (_name, fault) => {
		await warmUp();
		f.faults.add({ method: 'POST', path: '/api/holidays', fault });
		for (const continueOnFail of [false, true]) {
			if (continueOnFail) f.faults.add({ method: 'POST', path: '/api/holidays', fault });
			// a short timeout only where the fault is a slow answer: elsewhere, on a busy machine, it could
			// expire before the request reaches the server, and the fault would never strike
			const requestOptions = fault.type === 'slow' ? { timeout: 300 } : {};
			const result = await pbx.engine.runNode({ ...createHoliday, requestOptions }, { continueOnFail });
			const error = continueOnFail ? result.items[0]?.error : result.error;
			expect(error?.message).toEqual(expect.any(String));
			expectNoSecret(result, [TENANT_ADMIN.password, ...tokensSeen(pbx.sandbox)]);
		}
	});

	it('a wrong password: the login failure says so without the password', async () => {
		pbx.engine.credentials.set('portSipApi', portSipCredential(pbx.sandbox.url, { ...TENANT_ADMIN, password: 'Wrong-Secret-42' }));
		const result = await pbx.engine.runNode(getVoicemail);
		expect(result.error?.message).toMatch(/^PortSIP login failed: wrong username, password or tenant domain/);
		expectNoSecret(result, ['Wrong-Secret-42']);
	});

	it('a token the PBX keeps rejecting: the 401 error holds no token', async () => {
		await warmUp();
		// the first answer, and n8n's own retry after the new login
		f.faults.add({ method: 'GET', path: '/api/voicemail', fault: { type: 'status', status: 401 }, times: 2 });
		const result = await pbx.engine.runNode(getVoicemail);
		expect(result.error?.message).toMatch(/^PortSIP API error 401/);
		expectNoSecret(result, [TENANT_ADMIN.password, ...tokensSeen(pbx.sandbox)]);
	});

	it('the credential test: failure messages name the problem, never the password or token', async () => {
		const credential = new PortSipApi();
		pbx.engine.credentials.set('portSipApi', portSipCredential(pbx.sandbox.url, { ...TENANT_ADMIN, password: 'Wrong-Secret-42' }));
		const wrong = await runCredentialTest(pbx.engine, credential, 'test.secretsPortSipCredentialTest');
		expect(wrong.message).toMatch(/wrong username, password or tenant domain/);
		expect(wrong.message).not.toContain('Wrong-Secret-42');

		pbx.engine.credentials.set('portSipApi', portSipCredential(pbx.sandbox.url));
		f.faults.add({ method: 'GET', path: '/api/auth/user', fault: { type: 'reset' } });
		const reset = await runCredentialTest(pbx.engine, credential, 'test.secretsPortSipCredentialTest');
		expect(reset.status).toBe('Error');
		for (const secret of [TENANT_ADMIN.password, ...tokensSeen(pbx.sandbox)]) expect(reset.message).not.toContain(secret);
	});
});

describe('PortSIP: tenant secrets masked in output and errors', () => {
	const pbx = usePortSip({ login: SYSTEM_ADMIN });

	it('the STIR/SHAKEN key and webhook passwords and tokens read as ******** unless Include Secrets is on', async () => {
		const tenant = pbx.sandbox.state.tenantByDomain('tenant1.example.com')!;
		const secrets = { stir_shaken_key: '-----BEGIN PRIVATE KEY-----\nMIIEvTEST\n-----END PRIVATE KEY-----', cdr_event: { enabled: true, auth: 'BASIC', username: 'cdr', password: 'cdr-Secret-1', token: 'cdr-Token-1', url: 'https://x.example' } };
		Object.assign(tenant.tenant, secrets);
		const hidden = await pbx.engine.runNode({ resource: 'tenant', operation: 'get', tenantId: { __rl: true, mode: 'id', value: tenant.tenant.id } });
		expect(hidden.error).toBeUndefined();
		expectNoSecret(hidden, ['MIIEvTEST', 'cdr-Secret-1', 'cdr-Token-1', SYSTEM_ADMIN.password]);
		const shown = await pbx.engine.runNode({ resource: 'tenant', operation: 'get', tenantId: { __rl: true, mode: 'id', value: tenant.tenant.id }, includeSecrets: true });
		expect((shown.items[0].json.cdr_event as IDataObject).password).toBe('cdr-Secret-1');
	});
});

describe('PortSIP: the token lives only in the credential (queue mode)', () => {
	const pbx = usePortSip();

	it('nothing in workflow static data; a second worker reusing the stored credential sends its token without logging in', async () => {
		const first = await pbx.engine.runNode(getVoicemail);
		expect(first.error).toBeUndefined();
		expect(first.workflow.staticData).toEqual({});
		const stored = pbx.engine.credentials.stored.get('portSipApi')!;
		expect(stored.accessToken).toEqual(expect.any(String));

		// another worker: its own engine and module-free state, reading the same stored credential
		const worker = new Engine();
		worker.credentials.set('portSipApi', stored);
		const second = await worker.runNode(getVoicemail);
		expect(second.error).toBeUndefined();
		expect(second.workflow.staticData).toEqual({});
		expect(pbx.sandbox.logins).toBe(1);
		expect(pbx.sandbox.requests.at(-1)?.headers.authorization).toBe(`Bearer ${stored.accessToken as string}`);
	});

	it('no token kept in module state: a worker whose stored credential has no token logs in itself', async () => {
		await pbx.engine.runNode(getVoicemail);
		const worker = new Engine({ portSipApi: portSipCredential(pbx.sandbox.url) });
		expect((await worker.runNode(getVoicemail)).error).toBeUndefined();
		expect(pbx.sandbox.logins).toBe(2);
		expect(worker.credentials.stored.get('portSipApi')?.accessToken).not.toBe(pbx.engine.credentials.stored.get('portSipApi')?.accessToken);
	});
});

describe('PortSIP: a stored token is only used for the login it came from', () => {
	const pbx = usePortSip();

	it('after the username and domain change, the old login\'s token is not sent: n8n logs in as the new user', async () => {
		await pbx.engine.runNode(getVoicemail);
		const old = pbx.engine.credentials.stored.get('portSipApi')!;
		// the user edits the credential: another login; the hidden token field keeps the old token
		pbx.engine.credentials.set('portSipApi', { ...old, ...SYSTEM_ADMIN });
		pbx.sandbox.clearLog();
		const { items, error } = await pbx.engine.runNode({ resource: 'tenant', operation: 'getAll', limit: 5 });
		expect(error).toBeUndefined();
		expect(items.length).toBeGreaterThan(0);
		expect(pbx.sandbox.requests.some((r) => r.headers.authorization === `Bearer ${old.accessToken as string}`)).toBe(false);
		expect(pbx.sandbox.logins).toBe(1);
	});

	it('after the Base URL changes, the old server\'s token is never sent to the new one', async () => {
		await pbx.engine.runNode(getVoicemail);
		const old = pbx.engine.credentials.stored.get('portSipApi')!;
		const other = new PortSipSandbox();
		await other.start();
		try {
			pbx.engine.credentials.set('portSipApi', { ...old, baseUrl: other.url });
			const { error } = await pbx.engine.runNode(getVoicemail);
			expect(error).toBeUndefined();
			expect(other.requests.some((r) => (r.headers.authorization ?? '').includes(old.accessToken as string))).toBe(false);
			expect(other.logins).toBe(1);
		} finally {
			await other.stop();
		}
	});
});

describe('VOXO: no secret in the output or the stored errors', () => {
	const voxo = useVoxo();
	const f = useFaults(() => voxo.sandbox);

	it.each([
		['a connection reset', { type: 'reset' as const }],
		['a 500', { type: 'status' as const, status: 500 }],
		['an answer slower than the timeout', { type: 'slow' as const, ms: 3000 }],
	])('%s', async (_name, fault) => {
		expect((await voxo.run({ resource: 'tenant', operation: 'get', tenantId: { __rl: true, mode: 'id', value: '100' } })).error).toBeUndefined();
		f.faults.add({ method: 'POST', path: '/v2/admin/tenants/', fault });
		const result = await voxo.run(
			{ resource: 'tenant', operation: 'create', name: 'Acme West', timezoneId: 2, partnerId: 7, billingStartDate: '2026-03-05T00:00:00', requestOptions: { timeout: 300 } },
		);
		expect(result.error?.message).toEqual(expect.any(String));
		expectNoSecret(result, [PARTNER_ADMIN.password, ...tokensSeen(voxo.sandbox), 'rec-secret-']);
	});

	it('a rejected pasted token and a wrong password: the errors and the credential test hold neither', async () => {
		voxo.engine.credentials.set('voxoApi', voxoTokenCredential(voxo.sandbox.url, 'eyJ.pasted-Secret-Token'));
		const rejected = await voxo.run({ resource: 'tenant', operation: 'get', tenantId: { __rl: true, mode: 'id', value: '100' } });
		expect(rejected.error?.message).toMatch(/^VOXO API error 401/);
		expectNoSecret(rejected, ['eyJ.pasted-Secret-Token']);
		const tested = await runCredentialTest(voxo.engine, new VoxoApi(), 'test.secretsVoxoCredentialTest');
		expect(tested.message).toMatch(/VOXO rejected the access token/);
		expect(tested.message).not.toContain('pasted-Secret-Token');

		voxo.engine.credentials.set('voxoApi', { baseUrl: voxo.sandbox.url, authentication: 'emailPassword', email: PARTNER_ADMIN.email, password: 'Wrong-Secret-42', accessToken: '', sessionToken: '', sessionOwner: '' });
		const wrong = await voxo.run({ resource: 'tenant', operation: 'get', tenantId: { __rl: true, mode: 'id', value: '100' } });
		expect(wrong.error?.message).toMatch(/^VOXO login failed: wrong email or password/);
		expectNoSecret(wrong, ['Wrong-Secret-42']);
	});

	it('nothing in workflow static data; the session token is in the credential only', async () => {
		const result = await voxo.run({ resource: 'tenant', operation: 'get', tenantId: { __rl: true, mode: 'id', value: '100' } });
		expect(result.workflow.staticData).toEqual({});
		const worker = new Engine();
		worker.credentials.set('voxoApi', voxo.engine.credentials.stored.get('voxoApi')!);
		expect((await worker.runNode({ resource: 'tenant', operation: 'get', tenantId: { __rl: true, mode: 'id', value: '100' } }, { type: VOXO_NODE })).error).toBeUndefined();
		expect(voxo.sandbox.logins).toBe(1);
	});
});
