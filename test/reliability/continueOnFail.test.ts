/**
 * With Continue On Fail, the error item the next node receives carries the "how to fix" advice:
 * n8n-core (RoutingNode, then WorkflowExecute) keeps only the error's message in `json.error`, so
 * the node adds the advice to the message then, and only then.
 */
import { SYSTEM_ADMIN, usePortSip } from '../harness/portsip';

describe('Continue On Fail: the error item tells the next node how to fix it', () => {
	describe('an API error (403 with a system administrator login)', () => {
		const pbx = usePortSip({ login: SYSTEM_ADMIN });

		it('json.error holds the API error and the advice', async () => {
			const { items, error } = await pbx.engine.runNode({ resource: 'voicemailServer', operation: 'get' }, { continueOnFail: true });
			expect(error).toBeUndefined();
			expect(Object.keys(items[0].json)).toEqual(['error']);
			expect(items[0].json.error).toMatch(/^PortSIP API error 403: FORBIDDEN: .*\. How to fix: .*needs a tenant administrator login/);
		});

		it('without Continue On Fail the message stays short (the advice is the description)', async () => {
			const { error } = await pbx.engine.runNode({ resource: 'voicemailServer', operation: 'get' });
			expect(error?.message).toMatch(/^PortSIP API error 403/);
			expect(error?.message).not.toMatch(/How to fix/);
			expect((error as { description?: string }).description).toMatch(/needs a tenant administrator login/);
		});
	});

	describe('a bad value', () => {
		const pbx = usePortSip();

		it('json.error names the field and says nothing was sent', async () => {
			const { items } = await pbx.engine.runNode(
				{ resource: 'voicemailServer', operation: 'update', updateFields: { retainDays: '={{ $json.days }}' } },
				{ items: [{ days: -5 }], continueOnFail: true },
			);
			expect(items[0].json.error).toBe(
				'Item 0: "Retention (Days)" (retain_days) must be a whole number of at least 0. How to fix: Nothing was sent to the server; correct the value and run again.',
			);
			expect(pbx.sandbox.requests).toEqual([]);
		});
	});
});

describe('Continue On Fail: a bad ID (checked in the URL step) keeps its advice too', () => {
	const pbx = usePortSip();

	it('json.error names the field and says nothing was sent', async () => {
		const { items } = await pbx.engine.runNode(
			{ resource: 'holiday', operation: 'get', holidayId: { __rl: true, mode: 'id', value: '={{ "" }}' } },
			{ continueOnFail: true },
		);
		expect(items[0].json.error).toMatch(/^Item 0: "Holiday" \(holidayId\) must not be empty\. How to fix: Nothing was sent/);
		expect(pbx.sandbox.requests).toEqual([]);
	});
});

describe('Continue On Fail: Holiday → Sync (a custom operation) keeps the advice too', () => {
	const SYNC = { resource: 'holiday', operation: 'sync', source: 'json', region: 'USA', mode: 'addMissing' };

	describe('refused input', () => {
		const pbx = usePortSip();

		it('json.error holds what is wrong and that nothing was sent', async () => {
			const { items, error } = await pbx.engine.runNode({ ...SYNC, holidaysJson: '[{"name": "No Date"}]' }, { continueOnFail: true });
			expect(error).toBeUndefined();
			expect(items).toHaveLength(1);
			expect(items[0].json.error).toMatch(/^JSON entry 0: "Date" \(date\) is required.*\. How to fix: Nothing was sent to the server; correct the value and run again\.$/);
			// a rule of the sync itself (Mirror needs a scope)
			const mirror = await pbx.engine.runNode({ ...SYNC, mode: 'mirror', holidaysJson: '[]' }, { continueOnFail: true });
			expect(mirror.items[0].json.error).toMatch(/^Mirror needs a scope.*\. How to fix: Nothing was sent to the PBX; correct the input and run again\.$/);
			expect(pbx.sandbox.requests).toEqual([]);
		});
	});

	describe('an API error (403 with a system administrator login)', () => {
		const pbx = usePortSip({ login: SYSTEM_ADMIN });

		it('json.error holds the API error and which login is needed', async () => {
			const { items, error } = await pbx.engine.runNode({ ...SYNC, holidaysJson: '[{"name": "Company Day", "date": "2026-06-01"}]' }, { continueOnFail: true });
			expect(error).toBeUndefined();
			expect(items).toHaveLength(1);
			expect(items[0].json.error).toMatch(/^PortSIP API error 403.*\. How to fix: .*needs a tenant administrator login/);
		});

		it('without Continue On Fail the message stays short (the advice is the description)', async () => {
			const { error } = await pbx.engine.runNode({ ...SYNC, holidaysJson: '[{"name": "Company Day", "date": "2026-06-01"}]' });
			expect(error?.message).toMatch(/^PortSIP API error 403/);
			expect(error?.message).not.toMatch(/How to fix/);
			expect((error as { description?: string }).description).toMatch(/needs a tenant administrator login/);
		});
	});
});
