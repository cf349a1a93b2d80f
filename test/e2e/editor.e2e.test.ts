/**
 * The editor side of a real n8n: the nodes and credentials load from the installed package, and
 * n8n's own credential tester ("Test" in the credential dialog) gives the right verdict and message.
 */
import { spawn, type ChildProcess } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';

import { PortSipSandbox } from '../../sandbox/portsip';
import { VoxoSandbox } from '../../sandbox/voxo';
import { editorApi, freePort, N8N_LINES, n8nInstance } from './n8n';

describe.each(N8N_LINES.map((line) => [line.label, line] as const))('a real %s editor with the package installed', (_label, line) => {
	const portSip = new PortSipSandbox();
	const voxo = new VoxoSandbox();
	let editor: ChildProcess;
	let base = '';

	let api: ReturnType<typeof editorApi>;
	const rest = async (path: string, body?: object) => ({ data: await api.call(path, body) });

	beforeAll(async () => {
		await Promise.all([portSip.start(), voxo.start()]);
		const n8n = await n8nInstance(line);
		const port = await freePort();
		base = `http://127.0.0.1:${port}`;
		editor = spawn(n8n.bin, ['start'], { env: { ...n8n.env, N8N_PORT: String(port), N8N_SECURE_COOKIE: 'false', N8N_LOG_LEVEL: 'warn' }, stdio: 'ignore' });
		api = editorApi(base);
		await api.setUpOwner();
	});

	afterAll(async () => {
		editor?.kill('SIGTERM');
		await Promise.all([portSip.stop(), voxo.stop()]);
	});

	it('lists both nodes (and their AI-tool variants) and both credential types', async () => {
		const nodes = (await (await fetch(`${base}/types/nodes.json`, { headers: { cookie: api.cookie() } })).json()) as Array<{ name: string }>;
		const ours = nodes.map((n) => n.name).filter((name) => name.startsWith('n8n-nodes-pbx-tenants.'));
		expect(ours.sort()).toEqual([
			'n8n-nodes-pbx-tenants.portSip',
			'n8n-nodes-pbx-tenants.portSipTool',
			'n8n-nodes-pbx-tenants.voxo',
			'n8n-nodes-pbx-tenants.voxoTool',
		]);
		const credentials = (await (await fetch(`${base}/types/credentials.json`, { headers: { cookie: api.cookie() } })).json()) as Array<{ name: string }>;
		expect(credentials.map((c) => c.name)).toEqual(expect.arrayContaining(['portSipApi', 'voxoApi']));
	});

	it("the node panel's search finds both nodes by what users type, and their documentation links resolve to README headings", async () => {
		type Codex = { alias?: string[]; resources?: { primaryDocumentation?: Array<{ url: string }>; credentialDocumentation?: Array<{ url: string }> } };
		const nodes = (await (await fetch(`${base}/types/nodes.json`, { headers: { cookie: api.cookie() } })).json()) as Array<{ name: string; codex?: Codex }>;
		// GitHub's anchors: the heading in lower case, punctuation dropped, spaces as hyphens
		const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
		const anchors = new Set([...readme.matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) => heading.trim().toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-')));
		for (const name of ['n8n-nodes-pbx-tenants.portSip', 'n8n-nodes-pbx-tenants.voxo']) {
			const codex = nodes.find((node) => node.name === name)?.codex;
			const aliases = (codex?.alias ?? []).map((alias) => alias.toLowerCase());
			expect(aliases).toEqual(expect.arrayContaining(['tenant', 'holiday', 'pbx', 'voip', 'telephony', 'phone system']));
			const links = [...(codex?.resources?.primaryDocumentation ?? []), ...(codex?.resources?.credentialDocumentation ?? [])].map((link) => link.url);
			expect(links.length).toBeGreaterThanOrEqual(2);
			for (const link of links) expect(anchors).toContain(link.split('#')[1]);
		}
	});

	it('lists stored credentials as the editor does on load (redaction must handle every field type)', async () => {
		await rest('/rest/credentials', { name: 'PortSIP listed', type: 'portSipApi', data: { baseUrl: portSip.url, username: 'tenantadmin', password: 'tenant-password', domain: 'tenant1.example.com', ignoreSslIssues: true } });
		const listed = (await rest('/rest/credentials?includeScopes=true&includeData=true')).data as Array<{ name: string; data?: Record<string, unknown> }>;
		const ours = listed.find((credential) => credential.name === 'PortSIP listed');
		expect(ours?.data).toMatchObject({ ignoreSslIssues: true, username: 'tenantadmin' });
		expect(JSON.stringify(listed)).not.toContain('tenant-password');
	});

	it.each([
		['PortSIP, valid login', 'portSipApi', () => ({ baseUrl: portSip.url, username: 'tenantadmin', password: 'tenant-password', domain: 'tenant1.example.com' }), 'OK', /Connection successful/],
		['PortSIP, wrong password', 'portSipApi', () => ({ baseUrl: portSip.url, username: 'tenantadmin', password: 'nope', domain: 'tenant1.example.com' }), 'Error', /^PortSIP login failed: wrong username, password or tenant domain/],
		['PortSIP, unreachable host', 'portSipApi', () => ({ baseUrl: 'http://127.0.0.1:9', username: 'a', password: 'b', domain: '' }), 'Error', /^Could not reach the PortSIP server at http:\/\/127\.0\.0\.1:9/],
		['VOXO, valid login', 'voxoApi', () => ({ baseUrl: voxo.url, authentication: 'emailPassword', email: 'admin@partner.example', password: 'partner-password' }), 'OK', /Connection successful/],
		['VOXO, wrong password', 'voxoApi', () => ({ baseUrl: voxo.url, authentication: 'emailPassword', email: 'admin@partner.example', password: 'nope' }), 'Error', /^VOXO login failed: wrong email or password/],
	])("n8n's credential test: %s", async (label, type, data, status, message) => {
		// n8n tests a credential the user owns: store it first, then test it as the dialog does
		const stored = (await rest('/rest/credentials', { name: label, type, data: data() })).data as { id: string };
		const result = (await rest('/rest/credentials/test', { credentials: { id: stored.id, name: label, type, data: data() } })).data as { status: string; message: string };
		expect(result.status).toBe(status);
		expect(result.message).toMatch(message);
		expect(result.message).not.toMatch(/nope|partner-password|tenant-password/);
	});
});
