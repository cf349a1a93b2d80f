import { usePortSip } from '../harness/portsip';

describe('PortSIP → Voicemail Server, through n8n\'s engine', () => {
	const pbx = usePortSip();

	it('gets the voicemail server with a real token login', async () => {
		const { items, error } = await pbx.engine.runNode({ resource: 'voicemailServer', operation: 'get' });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([{ extension_number: '999', retain_days: 30, min_seconds: 1 }]);
		expect(pbx.sandbox.logins).toBe(1);
		const login = pbx.sandbox.requests[0];
		expect(login.path).toBe('/api/login/oauth/token');
		expect(login.body).toMatchObject({ grant_type: 'password', username: 'tenantadmin', domain: 'tenant1.example.com', scope: 'all' });
		expect(pbx.sandbox.apiRequests()[0].headers.authorization).toMatch(/^Bearer /);
	});

	it('updates only the fields set and returns the settings as they now stand', async () => {
		const { items, error } = await pbx.engine.runNode({
			resource: 'voicemailServer',
			operation: 'update',
			updateFields: { retainDays: 45, extensionNumber: '101' },
		});
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([{ extension_number: '101', retain_days: 45, min_seconds: 1 }]);
		const [update, readBack] = pbx.sandbox.apiRequests();
		expect(update.method).toBe('POST');
		expect(update.body).toEqual({ retain_days: 45, extension_number: '101' });
		expect(readBack.method).toBe('GET');
		expect(readBack.path).toBe('/api/voicemail');
	});
});

describe('PortSIP → Voicemail Server: errors', () => {
	const pbx = usePortSip();

	it('surfaces an API validation error with the API\'s own code and message', async () => {
		const { error } = await pbx.engine.runNode({
			resource: 'voicemailServer',
			operation: 'update',
			updateFields: { extensionNumber: '555' },
		});
		expect(error?.message).toBe(
			'PortSIP API error 400: VALIDATE_FAILED: The extension number 555 does not exist in this tenant',
		);
		expect((error as { description?: string }).description).toMatch(/Correct the field/);
	});

	it.each([
		[{ retainDays: -1 }, /"Retention \(Days\)" \(retain_days\) must be a whole number of at least 0/],
		[{ minSeconds: 1.5 }, /"Minimum Length \(Seconds\)" \(min_seconds\) must be a whole number of at least 0/],
		[{ extensionNumber: '12' }, /"Extension Number" \(extension_number\) must be at least 3 characters long/],
		[{ extensionNumber: '12a4' }, /"Extension Number" \(extension_number\) must be 3 to 64 digits/],
	])('rejects %j before sending anything', async (updateFields, message) => {
		const { error } = await pbx.engine.runNode({ resource: 'voicemailServer', operation: 'update', updateFields });
		expect(error?.message).toMatch(/^Item 0: /);
		expect(error?.message).toMatch(message);
		expect(pbx.sandbox.requests).toEqual([]);
	});

	it('with Continue On Fail, a bad item becomes an error item and the good ones go through', async () => {
		const { items, error } = await pbx.engine.runNode(
			{ resource: 'voicemailServer', operation: 'update', updateFields: { retainDays: '={{ $json.days }}' } },
			{ items: [{ days: 10 }, { days: -5 }, { days: 20 }], continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		// n8n's RoutingNode sends the items' requests concurrently, so each read-back of this one
		// shared object may already show the other item's update
		expect([10, 20]).toContain(items[0].json.retain_days);
		expect(JSON.stringify(items[1])).toMatch(/Item 1: \\"Retention \(Days\)\\" \(retain_days\)/);
		expect([10, 20]).toContain(items[2].json.retain_days);
		const updates = pbx.sandbox.apiRequests().filter((r) => r.method === 'POST');
		expect(updates.map((r) => r.body)).toEqual(expect.arrayContaining([{ retain_days: 10 }, { retain_days: 20 }]));
		expect(updates).toHaveLength(2);
	});
});
