import { VoxoApi } from '../../credentials/VoxoApi.credentials';
import { runCredentialTest } from '../harness/credentialTest';
import { registerTypes } from '../harness/engine';
import { credentialTestNode } from '../harness/testNodes';
import { PARTNER_ADMIN, TENANT_OWNER, useVoxo, voxoCredential, voxoTokenCredential } from '../harness/voxo';

const TEST_NODE = 'test.voxoCredentialTest';
registerTypes({ [TEST_NODE]: credentialTestNode(new VoxoApi()) });

const getTenant = { resource: 'tenant', operation: 'get', tenantId: { __rl: true, mode: 'id', value: '100' } };

describe('VOXO credential: Email and Password (login through preAuthentication)', () => {
	const voxo = useVoxo();

	it('many items on a fresh credential share one login', async () => {
		const { items, error } = await voxo.run(getTenant, { items: Array.from({ length: 30 }, (_, i) => ({ i })) });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(30);
		expect(voxo.sandbox.requests.filter((r) => r.path === '/v2/authentication')).toHaveLength(1);
	});

	it('logs in once and reuses the stored token on the next run', async () => {
		await voxo.run(getTenant);
		const second = await voxo.run(getTenant);
		expect(second.error).toBeUndefined();
		expect(voxo.sandbox.logins).toBe(1);
		expect(voxo.sandbox.requests[0].body).toEqual(PARTNER_ADMIN);
		expect(voxo.engine.credentials.stored.get('voxoApi')?.sessionToken).toMatch(/^eyJ\./);
		expect(voxo.sandbox.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
			'POST /v2/authentication 201',
			'GET /v2/admin/tenants/100 200',
			'GET /v2/admin/tenants/100 200',
		]);
	});

	it('after the token expires, logs in again once and the run succeeds', async () => {
		await voxo.run(getTenant);
		voxo.sandbox.expireTokens();
		const { items, error } = await voxo.run(getTenant);
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe(100);
		expect(voxo.sandbox.logins).toBe(2);
		expect(voxo.engine.credentials.preAuthenticationRuns.get('voxoApi')).toBe(2);
		// n8n itself runs the login again on the 401 and retries once: one 401 per expired token
		expect(voxo.sandbox.requests.filter((r) => r.status === 401)).toHaveLength(1);
	});

	it('renews the login for a create too, and creates the tenant once', async () => {
		await voxo.run(getTenant);
		voxo.sandbox.expireTokens();
		const { error } = await voxo.run({
			resource: 'tenant',
			operation: 'create',
			name: 'Renewed Co',
			timezoneId: 1,
			partnerId: 7,
			billingStartDate: '2026-09-01',
		});
		expect(error).toBeUndefined();
		expect(voxo.sandbox.logins).toBe(2);
		const creates = voxo.sandbox.apiRequests().filter((r) => r.method === 'POST');
		// refused once with the old token, created once
		expect(creates.map((r) => r.status)).toEqual([401, 201]);
		expect(voxo.sandbox.state.tenants.size).toBe(3);
	});

	it('after the email changes, logs in as the new user instead of reusing the old user\'s token', async () => {
		await voxo.run(getTenant);
		const stored = voxo.engine.credentials.stored.get('voxoApi');
		voxo.engine.credentials.set('voxoApi', { ...stored, email: TENANT_OWNER.email, password: TENANT_OWNER.password });
		const { error } = await voxo.run(getTenant);
		// the tenant administrator may not read tenants: proof that the request ran as the new user
		expect(error?.message).toMatch(/^VOXO API error 403/);
		expect(voxo.sandbox.logins).toBe(2);
		expect(voxo.sandbox.requests.filter((r) => r.path === '/v2/authentication').map((r) => (r.body as { email: string }).email)).toEqual([
			PARTNER_ADMIN.email,
			TENANT_OWNER.email,
		]);
	});

	it('after switching from Access Token to Email and Password, logs in rather than sending the stored pasted token', async () => {
		voxo.engine.credentials.set('voxoApi', voxoTokenCredential(voxo.sandbox.url, voxo.tokenFor(TENANT_OWNER.email)));
		await voxo.run(getTenant);
		const stored = voxo.engine.credentials.stored.get('voxoApi');
		voxo.engine.credentials.set('voxoApi', { ...stored, authentication: 'emailPassword', ...PARTNER_ADMIN });
		const { items, error } = await voxo.run(getTenant);
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe(100);
		expect(voxo.sandbox.logins).toBe(1);
	});

	it('accepts a base URL with a trailing slash', async () => {
		voxo.engine.credentials.set('voxoApi', voxoCredential(`${voxo.sandbox.url}/`));
		const { error } = await voxo.run(getTenant);
		expect(error).toBeUndefined();
	});

	it('a wrong password gives an error that says so, without the password, and sends nothing else', async () => {
		voxo.engine.credentials.set('voxoApi', { ...voxoCredential(voxo.sandbox.url), password: 'wrong-secret' });
		const { error } = await voxo.run(getTenant);
		expect(error?.message).toMatch(/VOXO login failed: wrong email or password \(HTTP 401: NotAuthenticated: Invalid login\)\. Check them in the credential; a user with multi-factor authentication on/);
		expect(JSON.stringify(error)).not.toContain('wrong-secret');
		expect(voxo.sandbox.apiRequests()).toEqual([]);
	});

	it('an unreachable host gives an error that names the address and the cause', async () => {
		voxo.engine.credentials.set('voxoApi', voxoCredential('http://127.0.0.1:9'));
		const { error } = await voxo.run(getTenant);
		expect(error?.message).toMatch(/Could not reach the VOXO server at http:\/\/127\.0\.0\.1:9: the connection was refused\. Check the Base URL/);
	});
});

describe('VOXO credential: Access Token (pasted)', () => {
	const voxo = useVoxo();

	it('sends the pasted token as a bearer token, with no login', async () => {
		const token = voxo.tokenFor(PARTNER_ADMIN.email);
		voxo.engine.credentials.set('voxoApi', voxoTokenCredential(voxo.sandbox.url, token));
		const { items, error } = await voxo.run(getTenant);
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe(100);
		expect(voxo.sandbox.logins).toBe(0);
		expect(voxo.sandbox.requests.map((r) => r.path)).toEqual(['/v2/admin/tenants/100']);
		expect(voxo.sandbox.requests[0].headers.authorization).toBe(`Bearer ${token}`);
	});

	it('uses a newly pasted token at once, although the old one is still stored', async () => {
		voxo.engine.credentials.set('voxoApi', voxoTokenCredential(voxo.sandbox.url, voxo.tokenFor(PARTNER_ADMIN.email)));
		await voxo.run(getTenant);
		const fresh = voxo.tokenFor(PARTNER_ADMIN.email);
		voxo.engine.credentials.set('voxoApi', { ...voxo.engine.credentials.stored.get('voxoApi'), accessToken: fresh });
		await voxo.run(getTenant);
		expect(voxo.sandbox.requests[1].headers.authorization).toBe(`Bearer ${fresh}`);
	});

	it('an expired token gives a clear "paste a new token" error, with no login attempt', async () => {
		voxo.engine.credentials.set('voxoApi', voxoTokenCredential(voxo.sandbox.url, voxo.tokenFor(PARTNER_ADMIN.email)));
		voxo.sandbox.expireTokens();
		const { error } = await voxo.run(getTenant);
		expect(error?.message).toBe('VOXO API error 401: NotAuthenticated: jwt expired');
		expect((error as { description?: string }).description).toMatch(/the pasted token has expired or was revoked: paste a new one/);
		expect(voxo.sandbox.logins).toBe(0);
		expect(voxo.sandbox.requests.every((r) => r.path === '/v2/admin/tenants/100')).toBe(true);
	});

	it('an empty token stops with a message that says what to do, sending nothing', async () => {
		voxo.engine.credentials.set('voxoApi', voxoTokenCredential(voxo.sandbox.url, '  '));
		const { error } = await voxo.run(getTenant);
		expect(error?.message).toMatch(/The VOXO credential has no access token: paste one, or use Email and Password\./);
		expect(voxo.sandbox.requests).toEqual([]);
	});
});

describe('VOXO credential test (its test request run by RoutingNode, read as n8n reads it)', () => {
	const voxo = useVoxo();
	const test = () => runCredentialTest(voxo.engine, new VoxoApi(), TEST_NODE);

	it('passes with a valid email and password: a real login, then the token check', async () => {
		expect(await test()).toEqual({ status: 'OK', message: 'Connection successful!' });
		const [login, check] = voxo.sandbox.requests;
		expect(`${login.path} ${login.status}`).toBe('/v2/authentication 201');
		expect(`${check.method} ${check.path} ${check.status}`).toBe('POST /v2/authentication/jwt 201');
		expect(check.body).toEqual({ accessToken: voxo.engine.credentials.stored.get('voxoApi')?.sessionToken });
	});

	it('passes with a valid pasted token, checking that token', async () => {
		const token = voxo.tokenFor(PARTNER_ADMIN.email);
		voxo.engine.credentials.set('voxoApi', voxoTokenCredential(voxo.sandbox.url, token));
		expect((await test()).status).toBe('OK');
		expect(voxo.sandbox.requests.map((r) => [r.path, r.body])).toEqual([['/v2/authentication/jwt', { accessToken: token }]]);
	});

	it('fails with "paste a new token" when the pasted token has expired', async () => {
		voxo.engine.credentials.set('voxoApi', voxoTokenCredential(voxo.sandbox.url, voxo.tokenFor(PARTNER_ADMIN.email)));
		voxo.sandbox.expireTokens();
		expect(await test()).toEqual({
			status: 'Error',
			message:
				'VOXO rejected the access token: it has expired or was revoked. Paste a new token, or use Email and Password so that n8n logs in again by itself.',
		});
	});

	it('fails with the login message when the password is wrong', async () => {
		voxo.engine.credentials.set('voxoApi', { ...voxoCredential(voxo.sandbox.url), password: 'nope' });
		const result = await test();
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/VOXO login failed: wrong email or password \(HTTP 401: NotAuthenticated: Invalid login\)/);
	});

	it('fails with a message about the URL when there is no VOXO API there', async () => {
		voxo.engine.credentials.set('voxoApi', voxoCredential(`${voxo.sandbox.url}/somewhere-else`));
		const result = await test();
		expect(result.message).toMatch(/VOXO login failed: there is no login endpoint at .*\/somewhere-else \(HTTP 404\)\. Check the Base URL: it is the API address, normally https:\/\/api\.voxo\.co\./);
	});
});
