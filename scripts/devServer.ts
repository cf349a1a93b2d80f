/**
 * What `npm run dev` starts (scripts/dev.ts), as a function the end-to-end suite can start too: the
 * sandboxes, the stand-ins for the mail server and the CRM, and a real n8n editor (one of the suite's
 * lines) with this package installed as users get it, the sample credentials pointing at the
 * sandboxes and stand-ins, and the example workflows imported as they are (the CRM's placeholder
 * address pointed at the stand-in).
 */
import { spawn, type ChildProcess } from 'child_process';
import { readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';

import { PortSipSandbox } from '../sandbox/portsip';
import { sampleCredentials } from '../sandbox/sampleCredentials';
import { CrmStandIn, EXAMPLE_CRM_URL, EXAMPLE_STAFF_SHEET_HOST, SmtpStandIn } from '../sandbox/standins';
import { SAMPLE_STAFF } from '../test/harness/examples';
import { VoxoSandbox } from '../sandbox/voxo';
import { n8nInstance, type N8nLine } from '../test/e2e/n8n';

const ROOT = resolve(__dirname, '..');

export interface DevPorts {
	n8n: number;
	portSip: number;
	voxo: number;
	smtp: number;
	crm: number;
}

export interface DevSetup {
	editorUrl: string;
	urls: { portSip: string; voxo: string; smtpPort: number; crm: string };
	portSip: PortSipSandbox;
	voxo: VoxoSandbox;
	smtp: SmtpStandIn;
	crm: CrmStandIn;
	examples: string[];
	editor: ChildProcess;
	stop(): Promise<void>;
}

export async function startDev(line: N8nLine, userFolder: string, ports: DevPorts, editorOutput: 'inherit' | 'ignore'): Promise<DevSetup> {
	const n8n = await n8nInstance(line, userFolder);
	const portSip = new PortSipSandbox({ port: ports.portSip });
	const voxo = new VoxoSandbox({ port: ports.voxo });
	const smtp = new SmtpStandIn();
	// the CRM stand-in also serves the onboarding example's staff sheet
	const crm = new CrmStandIn({ staff: SAMPLE_STAFF });
	const urls = { portSip: await portSip.start(), voxo: await voxo.start(), smtpPort: await smtp.start(ports.smtp), crm: await crm.start(ports.crm) };
	await n8n.importCredentials(sampleCredentials(urls));
	const folder = join(ROOT, 'examples');
	const examples = readdirSync(folder).filter((file) => file.endsWith('.json'));
	for (const file of examples) {
		await n8n.importWorkflow(JSON.parse(readFileSync(join(folder, file), 'utf8').split(EXAMPLE_CRM_URL).join(urls.crm).split(EXAMPLE_STAFF_SHEET_HOST).join(urls.crm)) as object);
	}
	const editor = spawn(n8n.bin, ['start'], {
		env: { ...n8n.env, N8N_PORT: String(ports.n8n), N8N_SECURE_COOKIE: 'false', N8N_LOG_LEVEL: 'warn' },
		stdio: editorOutput,
	});
	return {
		editorUrl: `http://localhost:${ports.n8n}`,
		urls,
		portSip,
		voxo,
		smtp,
		crm,
		examples,
		editor,
		async stop() {
			editor.kill('SIGTERM');
			await Promise.all([portSip.stop(), voxo.stop(), smtp.stop(), crm.stop()]);
		},
	};
}
