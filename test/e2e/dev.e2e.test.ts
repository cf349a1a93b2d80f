/**
 * `npm run dev` on every line, driven as a user drives the editor: each example workflow, as
 * imported, is run the way the editor's "Execute workflow" runs it (from its trigger, whose sample
 * data is pinned) through n8n's REST API, and must finish green, reaching the sandboxes and stand-ins.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { startDev, type DevSetup } from '../../scripts/devServer';
import { openEditor } from './browser';
import { editorApi, freePort, N8N_LINES, OWNER } from './n8n';

const TRIGGERS = /Trigger$|\.webhook$/;

describe.each(N8N_LINES.map((line) => [line.label, line] as const))('npm run dev on %s: the examples run green from the editor', (_label, line) => {
	let dev: DevSetup;
	let api: ReturnType<typeof editorApi>;
	const rest = (method: 'GET' | 'POST', path: string, body?: object) => api.call(path, method === 'POST' ? body : undefined);

	beforeAll(async () => {
		const ports = { n8n: await freePort(), portSip: 0, voxo: 0, smtp: 0, crm: 0 };
		dev = await startDev(line, mkdtempSync(join(tmpdir(), `pbx-e2e-dev-${line.id}-`)), ports, 'ignore');
		api = editorApi(dev.editorUrl);
		await api.setUpOwner();
	});

	afterAll(async () => {
		await dev?.stop();
	});

	/** What "Execute workflow" sends: the workflow as stored, started from its (pinned) trigger. */
	const runFromEditor = async (workflowId: string): Promise<{ status: string }> => {
		const workflow = (await rest('GET', `/rest/workflows/${workflowId}`)) as { nodes: Array<{ name: string; type: string }> };
		const trigger = workflow.nodes.find((node) => TRIGGERS.test(node.type));
		const started = (await rest('POST', `/rest/workflows/${workflowId}/run`, { workflowData: workflow, triggerToStartFrom: { name: trigger?.name } })) as { executionId?: string };
		expect(started.executionId).toBeDefined();
		for (;;) {
			const execution = (await rest('GET', `/rest/executions/${started.executionId}`)) as { status: string };
			if (!['new', 'running', 'waiting'].includes(execution.status)) return execution;
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
	};

	it('tenant onboarding (PortSIP): the tenant is created, set up, and the welcome email sent', async () => {
		expect((await runFromEditor('pbxExampleOnboardingPortSip')).status).toBe('success');
		expect(dev.portSip.state.tenantByDomain('newco.example.com')?.holidays.size).toBeGreaterThan(8);
		expect(dev.smtp.mails.filter((mail) => mail.data.includes('NewCo Ltd'))).toHaveLength(1);
	});

	it('tenant onboarding (VOXO): the tenant is created and the welcome email sent', async () => {
		const mails = dev.smtp.mails.length;
		expect((await runFromEditor('pbxExampleOnboardingVoxo')).status).toBe('success');
		expect(dev.smtp.mails.length).toBe(mails + 1);
	});

	it('scheduled holiday sync: the holidays are synced and the NOC notified', async () => {
		const mails = dev.smtp.mails.length;
		expect((await runFromEditor('pbxExampleScheduledHolidays')).status).toBe('success');
		expect(dev.smtp.mails.slice(mails).map((mail) => mail.to)).toEqual([['noc@msp.example']]);
	});

	it('CRM chaining: the VOXO tenant is created and written back to the CRM stand-in', async () => {
		expect((await runFromEditor('pbxExampleCrmChaining')).status).toBe('success');
		expect(dev.crm.calls).toEqual([{ method: 'PATCH', url: '/api/deals/D-1001', body: expect.objectContaining({ pbxTenantId: expect.any(Number) }) }]);
	});

	it('every example opens in the editor (headless Chromium) with no issue on its canvas or in any node panel; a broken copy shows its issue', async () => {
		// the control: the onboarding example with its tenant's Name (a required field) emptied
		const onboarding = (await rest('GET', '/rest/workflows/pbxExampleOnboardingPortSip')) as { nodes: Array<{ name: string; parameters: Record<string, unknown> }>; connections: object; settings?: object; pinData?: object };
		const broken = onboarding.nodes.map((node) => (node.name === 'Create PortSIP tenant' ? { ...node, parameters: { ...node.parameters, name: '' } } : node));
		const control = (await rest('POST', '/rest/workflows', { name: 'control: tenant Name empty', active: false, nodes: broken, connections: onboarding.connections, settings: onboarding.settings, pinData: onboarding.pinData })) as { id: string };
		const browser = await openEditor(dev.editorUrl, OWNER);
		try {
			const examples = ['pbxExampleOnboardingPortSip', 'pbxExampleOnboardingVoxo', 'pbxExampleScheduledHolidays', 'pbxExampleFleetHolidays', 'pbxExampleCrmChaining'];
			for (const id of examples) {
				const seen = await browser.issuesOf(id);
				expect(seen.nodes.length).toBeGreaterThan(2);
				expect({ id, flagged: seen.flagged }).toEqual({ id, flagged: [] });
			}
			const seen = await browser.issuesOf(control.id);
			expect(seen.flagged).toEqual([{ node: 'Create PortSIP tenant', onCanvas: true, inPanel: [expect.stringMatching(/^Name/)] }]);
		} finally {
			await browser.close();
		}
	});
});
