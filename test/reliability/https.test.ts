/**
 * HTTPS with a self-signed certificate (made at test time; no key is committed): refused by
 * default with a message that says what to do, accepted by PortSIP with "Ignore SSL Issues
 * (Insecure)" on. VOXO's credential has no such switch (a public API with a trusted certificate).
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { PortSipApi } from '../../credentials/PortSipApi.credentials';
import { VoxoApi } from '../../credentials/VoxoApi.credentials';
import { PortSipSandbox } from '../../sandbox/portsip';
import { VoxoSandbox } from '../../sandbox/voxo';
import { runCredentialTest } from '../harness/credentialTest';
import { Engine, registerTypes } from '../harness/engine';
import { portSipCredential } from '../harness/portsip';
import { credentialTestNode } from '../harness/testNodes';
import { voxoCredential, VOXO_NODE } from '../harness/voxo';

registerTypes({
	'test.httpsPortSipCredentialTest': credentialTestNode(new PortSipApi()),
	'test.httpsVoxoCredentialTest': credentialTestNode(new VoxoApi()),
});

/** A throw-away self-signed certificate for 127.0.0.1. */
function selfSignedCertificate(): { key: string; cert: string } {
	const dir = mkdtempSync(join(tmpdir(), 'pbx-test-tls-'));
	try {
		execFileSync('openssl', [
			'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
			'-addext', 'subjectAltName=IP:127.0.0.1',
			'-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
		], { stdio: 'ignore' });
		return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const tls = selfSignedCertificate();
const getVoicemail = { resource: 'voicemailServer', operation: 'get' };

describe('PortSIP over HTTPS with a self-signed certificate', () => {
	const sandbox = new PortSipSandbox({ tls });
	beforeAll(async () => {
		await sandbox.start();
	});
	afterAll(async () => {
		await sandbox.stop();
	});

	it('is refused by default, with a message that names the setting', async () => {
		expect(sandbox.url).toMatch(/^https:/);
		const engine = new Engine({ portSipApi: portSipCredential(sandbox.url) });
		const { error } = await engine.runNode(getVoicemail);
		expect(error?.message).toBe(
			`The PortSIP server at ${sandbox.url} presented a certificate that is not trusted (depth zero self signed cert). If you trust this server (self-signed certificates are common on PBXs), turn on "Ignore SSL Issues (Insecure)" in the credential.`,
		);
		const tested = await runCredentialTest(engine, new PortSipApi(), 'test.httpsPortSipCredentialTest');
		expect(tested).toEqual({ status: 'Error', message: error?.message });
	});

	it('works with "Ignore SSL Issues (Insecure)" on: login, operations, read-backs and the credential test', async () => {
		const engine = new Engine({ portSipApi: { ...portSipCredential(sandbox.url), ignoreSslIssues: true } });
		const read = await engine.runNode(getVoicemail);
		expect(read.error).toBeUndefined();
		expect(read.items[0].json).toHaveProperty('retain_days');
		const updated = await engine.runNode({ resource: 'voicemailServer', operation: 'update', updateFields: { retainDays: 45 } });
		expect(updated.error).toBeUndefined();
		expect(updated.items[0].json).toMatchObject({ retain_days: 45 });
		expect(await runCredentialTest(engine, new PortSipApi(), 'test.httpsPortSipCredentialTest')).toEqual({ status: 'OK', message: 'Connection successful!' });
	});
});

describe('VOXO over HTTPS with a self-signed certificate', () => {
	const sandbox = new VoxoSandbox({ tls });
	beforeAll(async () => {
		await sandbox.start();
	});
	afterAll(async () => {
		await sandbox.stop();
	});

	it('is refused, with advice that fits a public API (no switch to turn it off)', async () => {
		expect(new VoxoApi().properties.map((p) => p.name)).not.toContain('ignoreSslIssues');
		const engine = new Engine({ voxoApi: voxoCredential(sandbox.url) });
		const { error } = await engine.runNode({ resource: 'tenant', operation: 'get', tenantId: { __rl: true, mode: 'id', value: '100' } }, { type: VOXO_NODE });
		expect(error?.message).toBe(
			`The VOXO server at ${sandbox.url} presented a certificate that is not trusted (depth zero self signed cert). VOXO's API has a publicly trusted certificate, so check the Base URL (normally https://api.voxo.co). If a proxy on your network inspects HTTPS, give n8n its certificate authority (the NODE_EXTRA_CA_CERTS environment variable).`,
		);
		const tested = await runCredentialTest(engine, new VoxoApi(), 'test.httpsVoxoCredentialTest');
		expect(tested).toEqual({ status: 'Error', message: error?.message });
		expect(sandbox.requests).toEqual([]);
	});
});
