/**
 * `npm run demo`: starts the sandboxes with sample data, runs the example workflows (examples/)
 * through n8n's engine (n8n-core's WorkflowExecute, as in the tests) and prints what each did.
 * Offline, no n8n install needed: the few base nodes the examples use run as small stand-ins
 * (test/harness/baseNodes.ts); Send Email is recorded, not sent; the CRM is a local stub.
 */
// first: n8n-core keeps its settings under N8N_USER_FOLDER, here a temporary folder
import '../test/harness/env';

import { createServer } from 'http';
import type { IDataObject, INode } from 'n8n-workflow';

import { PortSipSandbox } from '../sandbox/portsip';
import { sampleCredentials } from '../sandbox/sampleCredentials';
import { VoxoSandbox } from '../sandbox/voxo';
import { baseNodeStandIns, sentEmails } from '../test/harness/baseNodes';
import { Engine, registerTypes, type RunResult } from '../test/harness/engine';
import { headless, loadExamples, SAMPLE_STAFF, type WorkflowJson } from '../test/harness/examples';

type Item = IDataObject;


const countActions = (items: Item[]) => {
	const counts: Record<string, number> = {};
	for (const item of items) {
		// Holiday → Sync also outputs one item per inbound rule it applies the holidays to
		const action = item.inboundRule ? `inbound rule ${String(item.action)}` : String(item.action);
		counts[action] = (counts[action] ?? 0) + 1;
	}
	return Object.entries(counts).map(([action, count]) => `${count} ${action}`).join(', ') || 'nothing';
};

async function main(): Promise<void> {
	const started = Date.now();
	const portSip = new PortSipSandbox();
	const voxo = new VoxoSandbox();
	const urls = { portSip: await portSip.start(), voxo: await voxo.start() };
	const crmCalls: string[] = [];
	const crm = createServer((req, res) => {
		let body = '';
		req.on('data', (chunk: Buffer) => (body += chunk.toString()));
		req.on('end', () => {
			// the onboarding example's staff sheet (a published sheet as JSON), then the CRM
			if (req.url?.startsWith('/staff/')) {
				res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(SAMPLE_STAFF));
				return;
			}
			crmCalls.push(`${req.method} ${req.url} ${body}`);
			res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
		});
	});
	await new Promise<void>((resolve) => crm.listen(0, '127.0.0.1', resolve));
	const crmUrl = `http://127.0.0.1:${(crm.address() as { port: number }).port}`;

	registerTypes(baseNodeStandIns);
	const engine = new Engine();
	for (const credential of sampleCredentials(urls) as Array<{ id: string; type: string; data: IDataObject }>) {
		engine.credentials.set(credential.type, credential.data as never, credential.id);
	}
	const run = async (example: WorkflowJson): Promise<RunResult> => {
		const runnable = headless(example, {
			sampleNode: (trigger, items) => ({
				id: trigger.id,
				name: trigger.name,
				type: 'test.fixedItems',
				typeVersion: 1,
				position: trigger.position,
				parameters: { items: JSON.stringify(items) },
			}),
			replace: { 'https://crm.example.com': crmUrl, 'https://sheets.example.com': crmUrl },
		});
		const result = await engine.run(runnable.nodes as unknown as INode[], runnable.connections as never);
		if (result.error) throw new Error(`${example.name} failed: ${result.error.message}`);
		return result;
	};
	const out = (result: RunResult, node: string) => result.output(node).map((item) => item.json as Item);

	console.log(`PBX tenants demo: the example workflows run through n8n's engine against the sandboxes`);
	console.log(`(PortSIP ${urls.portSip}, VOXO ${urls.voxo})\n`);
	const examples = new Map(loadExamples().map((example) => [example.id, example]));

	const onboarding = await run(examples.get('pbxExampleOnboardingPortSip')!);
	const tenant = out(onboarding, 'Create PortSIP tenant')[0];
	const administrator = tenant.firstAdministrator as Item;
	const users = out(onboarding, 'Create users');
	const policy = out(onboarding, 'Set password policy')[0];
	const voicemail = out(onboarding, 'Set voicemail server')[0];
	const holidays = out(onboarding, 'Sync public holidays');
	console.log('1. Tenant onboarding (PortSIP)');
	console.log(`   tenant created     ${tenant.name} (${tenant.domain}, ${tenant.region}, ${tenant.currency}, ${tenant.timezone}), id ${tenant.id}`);
	console.log(`   first admin        ${administrator.name} (role ${administrator.role}, extension ${administrator.extension_number}), all with one system administrator credential`);
	console.log(`   users created      ${users.map((user) => `${user.name} (${user.extension_number})`).join(', ')}`);
	console.log(`   password policy    ${policy.min_length} to ${policy.max_length} characters, letters ${policy.contains_letters}, numbers ${policy.contains_numbers}`);
	console.log(`   voicemail server   extension ${voicemail.extension_number}, kept ${voicemail.retain_days} days, minimum ${voicemail.min_seconds} s`);
	console.log(`   holidays synced    ${countActions(holidays)}: ${holidays.slice(0, 4).map((h) => (h.holiday as Item).name).join(', ')}, ...`);
	console.log(`   welcome email      to ${sentEmails[0]?.to}: "${sentEmails[0]?.subject}"\n`);

	const voxoOnboarding = await run(examples.get('pbxExampleOnboardingVoxo')!);
	const voxoTenant = out(voxoOnboarding, 'Create VOXO tenant')[0];
	console.log('2. Tenant onboarding (VOXO)');
	console.log(`   tenant created     ${voxoTenant.name}, id ${voxoTenant.id}, code ${voxoTenant.tenantCode}, billing from ${voxoTenant.billingStartDate}`);
	console.log(`   welcome email      to ${sentEmails[1]?.to}: "${sentEmails[1]?.subject}"\n`);

	const emailsBefore = sentEmails.length;
	const firstSync = await run(examples.get('pbxExampleScheduledHolidays')!);
	const emailsAfterFirst = sentEmails.length;
	const secondSync = await run(examples.get('pbxExampleScheduledHolidays')!);
	console.log('3. Scheduled holiday sync (run twice, as two Mondays would)');
	console.log(`   first run          ${countActions(out(firstSync, 'Sync holidays'))}; NOC notified: ${emailsAfterFirst > emailsBefore ? `yes ("${sentEmails[emailsAfterFirst - 1].subject}")` : 'no'}`);
	console.log(`   second run         ${countActions(out(secondSync, 'Sync holidays'))}; NOC notified: ${sentEmails.length > emailsAfterFirst ? 'yes' : 'no (nothing changed)'}\n`);

	portSip.state.addTenant({ name: 'Globex Berlin', domain: 'globex.example.com', region: 'DEU', timezone: 'Europe/Berlin', currency: 'EUR' });
	const emailsBeforeFleet = sentEmails.length;
	const fleet = await run(examples.get('pbxExampleFleetHolidays')!);
	const fleetTenants = out(fleet, 'Tenants');
	console.log('4. Fleet holiday sync (one system administrator credential, every tenant)');
	for (const fleetTenant of fleetTenants) {
		const holidays = [...(portSip.state.tenants.get(String(fleetTenant.id))?.holidays.values() ?? [])];
		console.log(`   ${String(fleetTenant.name).padEnd(18)} ${fleetTenant.region}: ${holidays.filter((h) => String(h.name).startsWith('PH: ')).length} public holidays`);
	}
	console.log(`   summary            "${sentEmails[emailsBeforeFleet]?.subject}"\n`);

	const chaining = await run(examples.get('pbxExampleCrmChaining')!);
	const crmTenant = out(chaining, 'Create VOXO tenant')[0];
	console.log('5. CRM chaining');
	console.log(`   tenant created     ${crmTenant.name}, id ${crmTenant.id}, external billing id ${crmTenant.externalBillingId}`);
	console.log(`   written back       ${crmCalls[0]}\n`);

	console.log(`Requests received: PortSIP ${portSip.requests.length} (${portSip.logins} logins), VOXO ${voxo.requests.length}.`);
	console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
	crm.close();
	await Promise.all([portSip.stop(), voxo.stop()]);
}

main().catch((error: Error) => {
	console.error(`Demo failed: ${error.message}`);
	process.exit(1);
});
