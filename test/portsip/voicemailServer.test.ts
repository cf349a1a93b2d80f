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
