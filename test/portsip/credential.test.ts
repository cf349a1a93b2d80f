import { PortSipApi } from '../../credentials/PortSipApi.credentials';
import { registerTypes } from '../harness/engine';
import { portSipCredential, usePortSip } from '../harness/portsip';
import { credentialTestNode } from '../harness/testNodes';

registerTypes({ 'test.portSipCredentialTest': credentialTestNode(new PortSipApi()) });

const getVoicemail = { resource: 'voicemailServer', operation: 'get' };

describe('PortSIP credential: token login through preAuthentication', () => {
	const pbx = usePortSip();

	it('logs in once and reuses the stored token on the next run', async () => {
		await pbx.engine.runNode(getVoicemail);
		const second = await pbx.engine.runNode(getVoicemail);
		expect(second.error).toBeUndefined();
		expect(pbx.sandbox.logins).toBe(1);
		expect(pbx.engine.credentials.stored.get('portSipApi')?.accessToken).toEqual(expect.any(String));
		expect(pbx.sandbox.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
			'POST /api/login/oauth/token 200',
			'GET /api/voicemail 200',
			'GET /api/voicemail 200',
		]);
	});

	it('many items on a fresh credential share one login (n8n starts every item at once)', async () => {
		const { items, error } = await pbx.engine.runNode(getVoicemail, { items: Array.from({ length: 40 }, (_, i) => ({ i })) });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(40);
		expect(pbx.sandbox.requests.filter((r) => r.path === '/api/login/oauth/token')).toHaveLength(1);
	});

	it('many items with a wrong password make one failed login, not one per item', async () => {
		pbx.engine.credentials.set('portSipApi', { ...portSipCredential(pbx.sandbox.url), password: 'wrong' });
		const { error } = await pbx.engine.runNode(getVoicemail, { items: Array.from({ length: 40 }, (_, i) => ({ i })) });
		expect(error?.message).toMatch(/wrong username, password or tenant domain/);
		expect(pbx.sandbox.requests.filter((r) => r.path === '/api/login/oauth/token')).toHaveLength(1);
	});

	it('after the token expires, logs in again once and the run succeeds', async () => {
		await pbx.engine.runNode(getVoicemail);
		pbx.sandbox.expireTokens();
		const { items, error } = await pbx.engine.runNode(getVoicemail);
		expect(error).toBeUndefined();
		expect(items[0].json.extension_number).toBeDefined();
		expect(pbx.sandbox.logins).toBe(2);
		expect(pbx.engine.credentials.preAuthenticationRuns.get('portSipApi')).toBe(2);
		// the last request is the retry, with the new token
		const last = pbx.sandbox.requests[pbx.sandbox.requests.length - 1];
		expect(`${last.method} ${last.path} ${last.status}`).toBe('GET /api/voicemail 200');
	});

	it('renews the login for custom requests too (the read-back after an update)', async () => {
		await pbx.engine.runNode(getVoicemail);
		pbx.sandbox.expireTokens();
		const { items, error } = await pbx.engine.runNode({
			resource: 'voicemailServer',
			operation: 'update',
			updateFields: { minSeconds: 3 },
		});
		expect(error).toBeUndefined();
		expect(items[0].json.min_seconds).toBe(3);
		expect(pbx.sandbox.logins).toBe(2);
	});

	it('accepts a base URL with a trailing slash or /api', async () => {
		for (const suffix of ['/', '/api', '/api/']) {
			pbx.engine.credentials.set('portSipApi', portSipCredential(pbx.sandbox.url + suffix));
			const { error } = await pbx.engine.runNode(getVoicemail);
			expect(error).toBeUndefined();
		}
	});

	it('a wrong password gives an error that says so, and sends nothing else', async () => {
		pbx.engine.credentials.set('portSipApi', { ...portSipCredential(pbx.sandbox.url), password: 'wrong' });
		const { error } = await pbx.engine.runNode(getVoicemail);
		expect(error?.message).toMatch(/PortSIP login failed: wrong username, password or tenant domain/);
		expect(error?.message).toMatch(/UNAUTHORIZED: Login failed, authentication error/);
		expect(JSON.stringify(error)).not.toContain('wrong"');
		expect(pbx.sandbox.apiRequests().filter((r) => r.status === 200)).toEqual([]);
	});

	it('an unreachable host gives an error that names the address and the cause', async () => {
		pbx.engine.credentials.set('portSipApi', portSipCredential('http://127.0.0.1:9'));
		const { error } = await pbx.engine.runNode(getVoicemail);
		expect(error?.message).toMatch(/Could not reach the PortSIP server at http:\/\/127\.0\.0\.1:9: the connection was refused\. Check the Base URL/);
	});

	describe('the credential test (its test request run by RoutingNode, as n8n runs it)', () => {
		const type = 'test.portSipCredentialTest';

		it('passes with a valid login', async () => {
			const { items, error } = await pbx.engine.runNode({}, { type, credentials: { portSipApi: { id: '1', name: 'x' } } });
			expect(error).toBeUndefined();
			expect(items[0].json).toMatchObject({ role: 'Admin' });
			expect(pbx.sandbox.requests.map((r) => r.path)).toEqual(['/api/login/oauth/token', '/api/auth/user']);
		});

		it('fails with a message about the login when the password is wrong', async () => {
			pbx.engine.credentials.set('portSipApi', { ...portSipCredential(pbx.sandbox.url), password: 'nope' });
			const { error } = await pbx.engine.runNode({}, { type, credentials: { portSipApi: { id: '1', name: 'x' } } });
			expect(error?.message).toMatch(/wrong username, password or tenant domain/);
		});

		it('fails with a message about the address when the host is unreachable', async () => {
			pbx.engine.credentials.set('portSipApi', portSipCredential('http://127.0.0.1:9'));
			const { error } = await pbx.engine.runNode({}, { type, credentials: { portSipApi: { id: '1', name: 'x' } } });
			expect(error?.message).toMatch(/Could not reach the PortSIP server at http:\/\/127\.0\.0\.1:9/);
		});

		it('fails with a message about the URL when there is no login endpoint', async () => {
			pbx.engine.credentials.set('portSipApi', portSipCredential(`${pbx.sandbox.url}/somewhere-else`));
			const { error } = await pbx.engine.runNode({}, { type, credentials: { portSipApi: { id: '1', name: 'x' } } });
			expect(error?.message).toMatch(/no login endpoint .* \(HTTP 404\)\. Check the Base URL/);
			// the wrong URL was the point of this test: keep it out of the contract check
			pbx.sandbox.clearLog();
		});
	});
});
