/**
 * `npm run dev`: the sandboxes, the stand-ins for the mail server and the CRM, and a real n8n editor
 * (a line of the end-to-end suite: n8n 2.x on Node 24 unless PBX_N8N_LINE=1.x) with this package
 * installed as users get it, the sample credentials pointing at the sandboxes and stand-ins, and the
 * example workflows imported. Open http://localhost:5678 (first time: create the owner account).
 */
import { spawn } from 'child_process';
import { readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';

import { PortSipSandbox } from '../sandbox/portsip';
import { sampleCredentials } from '../sandbox/sampleCredentials';
import { CrmStandIn, EXAMPLE_CRM_URL, SmtpStandIn } from '../sandbox/standins';
import { VoxoSandbox } from '../sandbox/voxo';
import { n8nInstance, n8nLine } from '../test/e2e/n8n';

const ROOT = resolve(__dirname, '..');
const PORT = Number(process.env.N8N_PORT ?? 5678);

async function main(): Promise<void> {
	const line = n8nLine(process.env.PBX_N8N_LINE ?? '2.x');
	console.log(`Preparing ${line.label} (the first time this installs it: about 10 minutes)...`);
	const n8n = await n8nInstance(line, join(ROOT, '.n8n-dev', line.id));
	const portSip = new PortSipSandbox({ port: 8887 });
	const voxo = new VoxoSandbox({ port: 8889 });
	const smtp = new SmtpStandIn();
	const crm = new CrmStandIn();
	const urls = { portSip: await portSip.start(), voxo: await voxo.start(), smtpPort: await smtp.start(2525) };
	const crmUrl = await crm.start(8890);
	await n8n.importCredentials(sampleCredentials(urls));
	const examples = join(ROOT, 'examples');
	const files = readdirSync(examples).filter((file) => file.endsWith('.json'));
	for (const file of files) {
		// the CRM example writes back to the CRM stand-in instead of the placeholder address
		await n8n.importWorkflow(JSON.parse(readFileSync(join(examples, file), 'utf8').split(EXAMPLE_CRM_URL).join(crmUrl)) as object);
	}
	console.log(`PortSIP sandbox: ${urls.portSip}   VOXO sandbox: ${urls.voxo}`);
	console.log(`Mail stand-in: smtp://127.0.0.1:${urls.smtpPort} (prints what it receives)   CRM stand-in: ${crmUrl}`);
	console.log(`Imported 5 sample credentials and ${files.length} example workflows (each runs with its pinned sample data).`);
	console.log(`Starting ${line.label}: open http://localhost:${PORT} (Ctrl+C stops everything)`);
	const received = { mails: 0, crm: 0 };
	const report = setInterval(() => {
		for (const mail of smtp.mails.slice(received.mails)) console.log(`[mail stand-in] to ${mail.to.join(', ')}: ${/^Subject: (.*)$/m.exec(mail.data)?.[1] ?? ''}`);
		for (const call of crm.calls.slice(received.crm)) console.log(`[CRM stand-in] ${call.method} ${call.url} ${JSON.stringify(call.body)}`);
		received.mails = smtp.mails.length;
		received.crm = crm.calls.length;
	}, 500);
	const editor = spawn(n8n.bin, ['start'], {
		env: { ...n8n.env, N8N_PORT: String(PORT), N8N_SECURE_COOKIE: 'false', N8N_LOG_LEVEL: 'warn' },
		stdio: 'inherit',
	});
	const stop = async () => {
		clearInterval(report);
		editor.kill('SIGTERM');
		await Promise.all([portSip.stop(), voxo.stop(), smtp.stop(), crm.stop()]);
		process.exit(0);
	};
	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());
	editor.on('exit', () => void stop());
}

void main();
