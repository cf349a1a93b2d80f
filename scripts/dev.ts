/**
 * `npm run dev`: the sandboxes and a real n8n editor (the pinned n8n of the end-to-end suite) with
 * this package installed as users get it, the sample credentials pointing at the sandboxes, and the
 * example workflows imported. Open http://localhost:5678 (first time: create the owner account).
 */
import { spawn } from 'child_process';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';

import { PortSipSandbox } from '../sandbox/portsip';
import { sampleCredentials } from '../sandbox/sampleCredentials';
import { VoxoSandbox } from '../sandbox/voxo';
import { n8nInstance, N8N_VERSION } from '../test/e2e/n8n';

const ROOT = resolve(__dirname, '..');
const PORT = Number(process.env.N8N_PORT ?? 5678);

async function main(): Promise<void> {
	console.log(`Preparing n8n ${N8N_VERSION} (the first time this installs it, about 4 minutes)...`);
	const n8n = n8nInstance(join(ROOT, '.n8n-dev'));
	const portSip = new PortSipSandbox({ port: 8887 });
	const voxo = new VoxoSandbox({ port: 8889 });
	const urls = { portSip: await portSip.start(), voxo: await voxo.start() };
	await n8n.importCredentials(sampleCredentials(urls));
	const examples = join(ROOT, 'examples');
	const files = existsSync(examples) ? readdirSync(examples).filter((file) => file.endsWith('.json')) : [];
	for (const file of files) await n8n.importWorkflow(JSON.parse(readFileSync(join(examples, file), 'utf8')) as object);
	console.log(`PortSIP sandbox: ${urls.portSip}   VOXO sandbox: ${urls.voxo}`);
	console.log(`Imported 4 sample credentials and ${files.length} example workflows.`);
	console.log(`Starting n8n: open http://localhost:${PORT} (Ctrl+C stops everything)`);
	const editor = spawn(n8n.bin, ['start'], {
		env: { ...n8n.env, N8N_PORT: String(PORT), N8N_SECURE_COOKIE: 'false', N8N_LOG_LEVEL: 'warn' },
		stdio: 'inherit',
	});
	const stop = async () => {
		editor.kill('SIGTERM');
		await Promise.all([portSip.stop(), voxo.stop()]);
		process.exit(0);
	};
	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());
	editor.on('exit', () => void stop());
}

void main();
