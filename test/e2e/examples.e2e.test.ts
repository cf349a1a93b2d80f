/**
 * The example workflows in a real n8n, against the sandboxes, as `npm run dev` sets them up: the
 * mail server and the CRM are the local stand-ins (sandbox/standins.ts), and each trigger is a Manual
 * Trigger and a Code node of the same name that returns the trigger's pinned sample data.
 */

import { PortSipSandbox } from '../../sandbox/portsip';
import { sampleCredentials } from '../../sandbox/sampleCredentials';
import { CrmStandIn, EXAMPLE_CRM_URL, EXAMPLE_STAFF_SHEET_HOST, SmtpStandIn } from '../../sandbox/standins';
import { VoxoSandbox } from '../../sandbox/voxo';
import { headless, loadExamples, SAMPLE_STAFF, type WorkflowJson } from '../harness/examples';
import { N8N_LINES, n8nInstance, outputOf, type N8nInstance } from './n8n';

describe.each(N8N_LINES.map((line) => [line.label, line] as const))('the example workflows in a real %s', (_label, line) => {
	const portSip = new PortSipSandbox();
	const voxo = new VoxoSandbox();
	// the CRM stand-in also serves the onboarding example's staff sheet
	const crm = new CrmStandIn({ staff: SAMPLE_STAFF });
	const smtp = new SmtpStandIn();
	let n8n: N8nInstance;
	const examples = new Map<string, WorkflowJson>();

	beforeAll(async () => {
		const urls = { portSip: await portSip.start(), voxo: await voxo.start(), smtpPort: await smtp.start() };
		const crmUrl = await crm.start();
		n8n = await n8nInstance(line);
		await n8n.importCredentials(sampleCredentials(urls));
		for (const example of loadExamples()) {
			const runnable = headless(example, {
				sampleNode: (trigger, items) => ({
					id: trigger.id,
					name: trigger.name,
					type: 'n8n-nodes-base.code',
					typeVersion: 2,
					position: trigger.position,
					parameters: { jsCode: `return ${JSON.stringify(items.map((json) => ({ json })))};` },
				}),
				replace: { [EXAMPLE_CRM_URL]: crmUrl, [EXAMPLE_STAFF_SHEET_HOST]: crmUrl },
			});
			examples.set(example.id, runnable);
			await n8n.importWorkflow(runnable);
		}
	});

	afterAll(async () => {
		await Promise.all([portSip.stop(), voxo.stop(), crm.stop(), smtp.stop()]);
	});

	afterEach(() => {
		expect(portSip.contractProblems()).toEqual([]);
	});

	it('tenant onboarding (PortSIP): creates the tenant, sets policy and voicemail, adds the holidays', async () => {
		const run = await n8n.execute('pbxExampleOnboardingPortSip');
		expect(run.data.resultData.error).toBeUndefined();
		const tenant = outputOf(run, 'Create PortSIP tenant')[0];
		expect(tenant).toMatchObject({ name: 'NewCo Ltd', domain: 'newco.example.com', region: 'GBR', currency: 'GBP', timezone: 'Europe/London' });
		expect(tenant.firstAdministrator).toMatchObject({ name: 'it-admin', role: 'Admin' });
		expect(outputOf(run, 'Create users').map((user) => user.name)).toEqual(SAMPLE_STAFF.map((row) => row.username));
		expect(outputOf(run, 'Set password policy')[0]).toMatchObject({ min_length: 10 });
		expect(outputOf(run, 'Set voicemail server')[0]).toMatchObject({ retain_days: 60, min_seconds: 3 });
		const synced = outputOf(run, 'Sync public holidays');
		expect(synced.length).toBeGreaterThan(8);
		expect(synced.every((item) => item.action === 'created')).toBe(true);
		expect(synced.map((item) => (item.holiday as { name: string }).name)).toContain('Christmas Day');
		expect(outputOf(run, 'Welcome email')).toHaveLength(1);
		expect(smtp.mails.filter((mail) => mail.data.includes('NewCo Ltd'))).toHaveLength(1);
		const newTenant = portSip.state.tenantByDomain('newco.example.com');
		expect(newTenant?.holidays.size).toBe(synced.length);
		expect(newTenant?.passwordPolicy.min_length).toBe(10);
		expect(newTenant?.users.size).toBe(1 + SAMPLE_STAFF.length);
	});

	it('tenant onboarding (VOXO): creates the tenant with billing from the 1st of next month', async () => {
		const run = await n8n.execute('pbxExampleOnboardingVoxo');
		expect(run.data.resultData.error).toBeUndefined();
		const tenant = outputOf(run, 'Create VOXO tenant')[0];
		expect(tenant).toMatchObject({ name: 'NewCo Ltd' });
		expect(String(tenant.billingStartDate)).toMatch(/^\d{4}-\d{2}-01$/);
		expect(outputOf(run, 'Welcome email')).toHaveLength(1);
	});

	it('scheduled holiday sync: first run changes and notifies, second run changes nothing and stays quiet', async () => {
		const mailsBefore = smtp.mails.length;
		const first = await n8n.execute('pbxExampleScheduledHolidays');
		expect(first.data.resultData.error).toBeUndefined();
		const changes = outputOf(first, 'Only changes');
		expect(changes.length).toBeGreaterThan(8);
		expect(outputOf(first, 'Notify')).toHaveLength(1);
		expect(smtp.mails.slice(mailsBefore).map((mail) => mail.to)).toEqual([['noc@msp.example']]);
		const second = await n8n.execute('pbxExampleScheduledHolidays');
		expect(second.data.resultData.error).toBeUndefined();
		expect(outputOf(second, 'Sync holidays').every((item) => item.action === 'unchanged')).toBe(true);
		expect(outputOf(second, 'Only changes')).toEqual([]);
		expect(second.data.resultData.runData.Notify).toBeUndefined();
		expect(smtp.mails.length).toBe(mailsBefore + 1);
	});

	it('CRM chaining: a deal creates the VOXO tenant and its ID is written back to the deal', async () => {
		const run = await n8n.execute('pbxExampleCrmChaining');
		expect(run.data.resultData.error).toBeUndefined();
		const tenant = outputOf(run, 'Create VOXO tenant')[0];
		expect(tenant).toMatchObject({ name: 'Initech', externalBillingId: '40017', billingStartDate: '2026-12-15' });
		expect(crm.calls).toEqual([{ method: 'PATCH', url: '/api/deals/D-1001', body: { pbxTenantId: tenant.id, pbxTenantCode: tenant.tenantCode } }]);
	});

	// after the scheduled sync, which expects Acme's holidays not yet synced
	it('fleet holiday sync: every tenant gets its region\'s holidays, acting in it, and one summary', async () => {
		const run = await n8n.execute('pbxExampleFleetHolidays');
		expect(run.data.resultData.error).toBeUndefined();
		const tenants = outputOf(run, 'Tenants');
		expect(tenants.length).toBeGreaterThan(1);
		for (const tenant of tenants) {
			const names = [...(portSip.state.tenants.get(String(tenant.id))?.holidays.values() ?? [])].map((holiday) => String(holiday.name));
			expect(names.filter((name) => name.startsWith('PH: ')).length).toBeGreaterThan(8);
		}
		expect(outputOf(run, 'Summary')).toHaveLength(1);
	});
});
