import type { IDataObject } from 'n8n-workflow';

import { SYSTEM_ADMIN, usePortSip } from '../harness/portsip';

const DEFAULT_POLICY = {
	min_length: 6,
	max_length: 32,
	contains_letters: true,
	contains_numbers: true,
	contains_special_letters: true,
	disable_sequential_characters: true,
	disable_repeating_characters: true,
	disable_account_information: true,
};

describe('PortSIP → Password Policy, through n8n\'s engine', () => {
	const pbx = usePortSip();

	it('gets the password policy', async () => {
		const { items, error } = await pbx.engine.runNode({ resource: 'passwordPolicy', operation: 'get' });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([DEFAULT_POLICY]);
		expect(pbx.sandbox.apiRequests().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/tenant/password_policy']);
	});

	it('updates only the fields set and returns the policy as it now stands', async () => {
		const { items, error } = await pbx.engine.runNode({
			resource: 'passwordPolicy',
			operation: 'update',
			updateFields: { minLength: '={{ "10" }}', maxLength: 20, containsSpecialLetters: false, disableAccountInformation: '={{ "false" }}' },
		});
		expect(error).toBeUndefined();
		const [update, readBack] = pbx.sandbox.apiRequests();
		expect([update.method, update.path]).toEqual(['POST', '/api/tenant/password_policy']);
		expect(update.body).toEqual({ min_length: 10, max_length: 20, contains_special_letters: false, disable_account_information: false });
		expect([readBack.method, readBack.path]).toEqual(['GET', '/api/tenant/password_policy']);
		expect(items.map((i) => i.json)).toEqual([
			{ ...DEFAULT_POLICY, min_length: 10, max_length: 20, contains_special_letters: false, disable_account_information: false },
		]);
	});

	it('leaves a minimum above the current maximum to the PBX, and shows its answer', async () => {
		// max_length is 20 now; only min_length is sent, so the node cannot compare without reading first
		const { error } = await pbx.engine.runNode({ resource: 'passwordPolicy', operation: 'update', updateFields: { minLength: 24 } });
		expect(error?.message).toBe(
			'PortSIP API error 400: VALIDATE_FAILED: min_length (24) must be less than or equal to max_length (20)',
		);
		expect(pbx.sandbox.apiRequests()).toHaveLength(1);
	});
});

describe('PortSIP → Password Policy: validation before sending', () => {
	const pbx = usePortSip();

	it.each<[string, IDataObject, RegExp]>([
		['a minimum above the maximum', { minLength: 16, maxLength: 12 }, /"Min Length" \(min_length\) must be less than or equal to "Max Length" \(max_length\): 16 is more than 12/],
		['a minimum under 6', { minLength: 5 }, /"Min Length" \(min_length\) must be a whole number from 6 to 32/],
		['a maximum over 32', { maxLength: 33 }, /"Max Length" \(max_length\) must be a whole number from 6 to 32/],
		['a fractional length', { minLength: 7.5 }, /"Min Length" \(min_length\) must be a whole number from 6 to 32/],
		['a switch that is not yes/no', { containsNumbers: '={{ "sometimes" }}' }, /"Contains Numbers" \(contains_numbers\) must be true or false/],
	])('rejects %s before sending anything', async (_rule, updateFields, message) => {
		const { error } = await pbx.engine.runNode({ resource: 'passwordPolicy', operation: 'update', updateFields });
		expect(error?.message).toMatch(/^Item 0: /);
		expect(error?.message).toMatch(message);
		expect(pbx.sandbox.requests).toEqual([]);
	});
});

describe('PortSIP → Password Policy with a system administrator login', () => {
	const pbx = usePortSip({ login: SYSTEM_ADMIN });

	it('says that a tenant administrator login is needed', async () => {
		const { error } = await pbx.engine.runNode({ resource: 'passwordPolicy', operation: 'update', updateFields: { minLength: 8 } });
		expect(error?.message).toMatch(/^PortSIP API error 403/);
		expect((error as { description?: string }).description).toMatch(/needs a tenant administrator login/);
	});
});
