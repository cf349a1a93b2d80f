/**
 * `npm run dev`: the sandboxes, stand-ins for the mail server and the CRM, and a real n8n editor
 * (n8n 2.x on Node 24; PBX_N8N_LINE=1.x for n8n 1.x on Node 20) with this package, the sample
 * credentials and the example workflows (see scripts/devServer.ts). Open http://localhost:5678 (the
 * first time: create the owner account), open an example and run it: its trigger's sample data is pinned.
 */
import { join, resolve } from 'path';

import { n8nLine } from '../test/e2e/n8n';
import { startDev } from './devServer';

async function main(): Promise<void> {
	const line = n8nLine(process.env.PBX_N8N_LINE ?? '2.x');
	console.log(`Preparing ${line.label} (the first time this installs it: about 10 minutes)...`);
	const ports = { n8n: Number(process.env.N8N_PORT ?? 5678), portSip: 8887, voxo: 8889, smtp: 2525, crm: 8890 };
	const dev = await startDev(line, join(resolve(__dirname, '..'), '.n8n-dev', line.id), ports, 'inherit');
	console.log(`PortSIP sandbox: ${dev.urls.portSip}   VOXO sandbox: ${dev.urls.voxo}`);
	console.log(`Mail stand-in: smtp://127.0.0.1:${dev.urls.smtpPort}   CRM stand-in: ${dev.urls.crm}   (what they receive is printed here)`);
	console.log(`Imported 5 sample credentials and ${dev.examples.length} example workflows.`);
	console.log(`Starting ${line.label}: open ${dev.editorUrl} (Ctrl+C stops everything)`);
	const printed = { mails: 0, calls: 0 };
	const report = setInterval(() => {
		for (const mail of dev.smtp.mails.slice(printed.mails)) console.log(`[mail stand-in] to ${mail.to.join(', ')}: ${/^Subject: (.*)$/m.exec(mail.data)?.[1] ?? ''}`);
		for (const call of dev.crm.calls.slice(printed.calls)) console.log(`[CRM stand-in] ${call.method} ${call.url} ${JSON.stringify(call.body)}`);
		printed.mails = dev.smtp.mails.length;
		printed.calls = dev.crm.calls.length;
	}, 500);
	const stop = async () => {
		clearInterval(report);
		await dev.stop();
		process.exit(0);
	};
	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());
	dev.editor.on('exit', () => void stop());
}

void main();
