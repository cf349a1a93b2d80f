import type { IDataObject } from 'n8n-workflow';

import { SECRET_MASK } from '../../nodes/shared/secrets';
import { SYSTEM_ADMIN, usePortSip } from '../harness/portsip';

const PRIVATE_KEY = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----';

describe('PortSIP → Tenant Settings, through n8n\'s engine', () => {
	const pbx = usePortSip();
	const stored = () => pbx.sandbox.state.tenantByDomain('tenant1.example.com')!.tenant;

	beforeAll(() => {
		Object.assign(stored(), {
			stir_shaken_key: PRIVATE_KEY,
			cdr_event: { enabled: true, auth: 'BASIC', username: 'cdrhook', password: 'cdrsecret1', token: '', url: 'https://crm.example.com/cdr' },
			extension_event: { enabled: true, auth: 'BEARER', username: '', password: '', token: 'bearer-token-value', url: 'https://crm.example.com/ext' },
		});
	});

	it('gets the whole tenant object, with secrets masked', async () => {
		const { items, error } = await pbx.engine.runNode({ resource: 'tenantSettings', operation: 'get' });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		const tenant = items[0].json;
		expect(tenant).toMatchObject({ name: 'Acme Corp', domain: 'tenant1.example.com', timezone: 'America/New_York', max_extensions: 1000 });
		expect(tenant.office_hours).toMatchObject({ monday: { enabled: true, ranges: [{ from: '09:00', to: '17:00' }] } });
		expect(tenant.stir_shaken_key).toBe(SECRET_MASK);
		expect(tenant.cdr_event).toEqual({ enabled: true, auth: 'BASIC', username: 'cdrhook', password: SECRET_MASK, token: '', url: 'https://crm.example.com/cdr' });
		expect(tenant.extension_event).toMatchObject({ password: '', token: SECRET_MASK });
		expect(JSON.stringify(items)).not.toMatch(/cdrsecret1|bearer-token-value|MIIEvQ/);
		const [request] = pbx.sandbox.apiRequests();
		expect([request.method, request.path]).toEqual(['GET', '/api/tenant']);
	});

	it('shows the secrets when Include Secrets is on', async () => {
		const { items, error } = await pbx.engine.runNode({ resource: 'tenantSettings', operation: 'get', includeSecrets: true });
		expect(error).toBeUndefined();
		expect(items[0].json.stir_shaken_key).toBe(PRIVATE_KEY);
		expect(items[0].json.cdr_event).toMatchObject({ password: 'cdrsecret1' });
		expect(items[0].json.extension_event).toMatchObject({ token: 'bearer-token-value' });
	});

	it('gets the tenant status', async () => {
		const { items, error } = await pbx.engine.runNode({ resource: 'tenantSettings', operation: 'getStatus' });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ version: '22.2.11', licensed_users: 1000, current_users: 4 });
		expect(items[0].json.calls_in_24_hours).toHaveLength(24);
		expect(pbx.sandbox.apiRequests().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/tenant/status']);
	});

	it('updates only the fields set, in the API\'s shape, and returns the settings as they now stand', async () => {
		const { items, error } = await pbx.engine.runNode({
			resource: 'tenantSettings',
			operation: 'update',
			updateFields: {
				website: 'https://acme.example.com',
				timezone: 'Europe/Berlin',
				currency: 'eur',
				region: '={{ "de" }}',
				recordingRetention: '={{ "90" }}',
				extensionImDiskQuota: '2 gb',
				customOptions: '{"theme":"dark"}',
				contactMatchType: 'MATCH_LENGTH',
				contactMatchLength: 8,
				officeHours: {
					day: [
						{ day: 'monday', enabled: true, ranges: { range: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '18:30' }] } },
						{ day: 'saturday', enabled: false },
					],
				},
				outboundCallerIds: { callerIds: [{ providerId: 'NzAwNTUxOTA5NzczMTQ4MTYw', callerId: '+4930123456', description: 'Berlin' }] },
				e164: { enabled: true, internationalCode: '00', removeSpecialChars: true },
				cdrEvent: { url: 'https://crm.example.com/cdr2', password: 'newsecret99' },
				stirShakenKey: PRIVATE_KEY.replace('MIIE', 'NEWK'),
			},
		});
		expect(error).toBeUndefined();
		const [update, readBack] = pbx.sandbox.apiRequests();
		expect([update.method, update.path]).toEqual(['POST', '/api/tenant']);
		expect(update.body).toEqual({
			website: 'https://acme.example.com',
			timezone: 'Europe/Berlin',
			currency: 'EUR',
			region: 'DEU',
			recording_retention: 90,
			extension_im_disk_quota: '2GB',
			custom_options: '{"theme":"dark"}',
			contact_match_type: 'MATCH_LENGTH',
			contact_match_length: 8,
			office_hours: {
				monday: { enabled: true, ranges: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '18:30' }] },
				// the form gives an added day its (empty) ranges: the day is replaced as a whole
				saturday: { enabled: false, ranges: [] },
			},
			outbound_caller_ids: [{ provider_id: 'NzAwNTUxOTA5NzczMTQ4MTYw', caller_id: '+4930123456', description: 'Berlin' }],
			e164: { enabled: true, international_code: '00', remove_special_chars: true },
			cdr_event: { url: 'https://crm.example.com/cdr2', password: 'newsecret99' },
			stir_shaken_key: PRIVATE_KEY.replace('MIIE', 'NEWK'),
		});
		expect([readBack.method, readBack.path]).toEqual(['GET', '/api/tenant']);
		const tenant = items[0].json;
		expect(tenant).toMatchObject({ name: 'Acme Corp', timezone: 'Europe/Berlin', currency: 'EUR', region: 'DEU', recording_retention: 90 });
		expect((tenant.office_hours as IDataObject).monday).toEqual({ enabled: true, ranges: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '18:30' }] });
		expect((tenant.office_hours as IDataObject).tuesday).toEqual({ enabled: true, ranges: [{ from: '09:00', to: '17:00' }] });
		expect(tenant.cdr_event).toMatchObject({ url: 'https://crm.example.com/cdr2', username: 'cdrhook', password: SECRET_MASK });
		expect(tenant.stir_shaken_key).toBe(SECRET_MASK);
		expect(JSON.stringify(items)).not.toMatch(/newsecret99|NEWK/);
	});

	it('with Include Secrets, the update\'s read-back shows the secrets', async () => {
		const { items, error } = await pbx.engine.runNode({
			resource: 'tenantSettings',
			operation: 'update',
			includeSecrets: true,
			updateFields: { extensionEvent: { token: 'rotated-token' } },
		});
		expect(error).toBeUndefined();
		expect(pbx.sandbox.apiRequests()[0].body).toEqual({ extension_event: { token: 'rotated-token' } });
		expect(items[0].json.extension_event).toMatchObject({ token: 'rotated-token', url: 'https://crm.example.com/ext' });
	});

	it('surfaces a rule the PBX enforces beyond the schema (domain already used) with its message', async () => {
		pbx.sandbox.state.addTenant({ name: 'Other', domain: 'other.example.com' });
		const { error } = await pbx.engine.runNode({ resource: 'tenantSettings', operation: 'update', updateFields: { domain: 'other.example.com' } });
		expect(error?.message).toBe('PortSIP API error 400: VALIDATE_FAILED: domain: "other.example.com" is already used by another tenant');
	});
});

describe('PortSIP → Tenant Settings: validation before sending', () => {
	const pbx = usePortSip();

	it.each<[string, IDataObject, RegExp]>([
		['an unknown time zone', { timezone: '={{ "Mars/Olympus_Mons" }}' }, /"Time Zone" \(timezone\) must be an IANA time zone name/],
		['an unknown currency', { currency: '={{ "XYZ" }}' }, /"Currency" \(currency\) must be an ISO 4217 currency code/],
		['an unknown country', { region: '={{ "XX" }}' }, /"Region" \(region\) must be an ISO 3166-1 country code/],
		['a quota without unit', { extensionImDiskQuota: '500' }, /"Extension IM Disk Quota" \(extension_im_disk_quota\) must be a positive whole number followed by KB, MB, GB or PB/],
		['a zero quota', { extensionImDiskQuota: '0GB' }, /\(extension_im_disk_quota\) must be a positive whole number/],
		['a quota in TB', { extensionImDiskQuota: '1TB' }, /\(extension_im_disk_quota\) must be a positive whole number/],
		['an office hour that is not HH:MM', { officeHours: { day: [{ day: 'monday', enabled: true, ranges: { range: [{ from: '9:00', to: '17:00' }] } }] } }, /"Office Hours › Monday › Ranges › #1 › From" \(office_hours\.monday\.ranges\.0\.from\) must be a time as HH:MM/],
		['an office hour range that ends before it starts', { officeHours: { day: [{ day: 'friday', enabled: true, ranges: { range: [{ from: '17:00', to: '09:00' }] } }] } }, /"Office Hours › Friday › Ranges › #1 › From" \(office_hours\.friday\.ranges\.0\.from\) must be earlier than "To" \(17:00 is not before 09:00\)/],
		['custom options that are not JSON', { customOptions: '{"theme": dark}' }, /"Custom Options" \(custom_options\) must be valid JSON/],
		['a retention of 0 days', { recordingRetention: 0 }, /"Recording Retention \(Days\)" \(recording_retention\) must be a whole number of at least 1/],
		['a fractional retention', { logRetention: 1.5 }, /"Log Retention \(Days\)" \(log_retention\) must be a whole number of at least 1/],
		['a contact update interval of 0', { contactUpdateInterval: 0 }, /"Contact Update Interval \(Minutes\)" \(contact_update_interval\) must be a whole number from 1 to 43200/],
		['a contact update interval above 30 days', { contactUpdateInterval: 43201 }, /\(contact_update_interval\) must be a whole number from 1 to 43200/],
		['a negative contact match length', { contactMatchLength: -1 }, /"Contact Match Length" \(contact_match_length\) must be a whole number of at least 0/],
		['an unknown contact match type', { contactMatchType: '={{ "FUZZY" }}' }, /"Contact Match Type" \(contact_match_type\) must be one of DISABLE, MATCH_LENGTH, MATCH_EXACTLY/],
		['an unknown append type', { contactAppendType: '={{ "SUFFIX" }}' }, /"Contact Append Type" \(contact_append_type\) must be one of APPEND, DISABLE, PREPEND/],
		['an unknown webhook authentication', { cdrEvent: { auth: '={{ "OAUTH" }}' } }, /"CDR Event Webhook › Authentication" \(cdr_event\.auth\) must be one of BASIC, BEARER, DIGEST, DISABLE/],
		['a webhook URL that is not http(s)', { cdrEvent: { url: 'ftp://files.example.com/cdr' } }, /"CDR Event Webhook › URL" \(cdr_event\.url\) must be an http:\/\/ or https:\/\/ URL/],
		['a webhook URL over 128 characters', { extensionEvent: { url: `https://example.com/${'a'.repeat(120)}` } }, /\(extension_event\.url\) must be at most 128 characters long/],
		['a webhook password with capitals', { extensionEvent: { password: 'Secret123' } }, /"Extension Event Webhook › Password" \(extension_event\.password\) must be 6 to 64 lowercase letters or digits/],
		['a webhook username under 6 characters', { cdrEvent: { username: 'abc' } }, /\(cdr_event\.username\) must be at least 6 characters long/],
		['an empty name', { name: '' }, /"Name" \(name\) must not be empty/],
		['a domain over 280 characters', { domain: `${'a'.repeat(277)}.com` }, /"Domain" \(domain\) must be at most 280 characters long/],
		['a domain with a path', { domain: 'example.com/tenant' }, /"Domain" \(domain\) must be a SIP domain/],
		['a website over 255 characters', { website: `https://example.com/${'a'.repeat(240)}` }, /"Website" \(website\) must be at most 255 characters long/],
		['a caller ID over 64 characters', { outboundCallerIds: { callerIds: [{ providerId: 'p1', callerId: '1'.repeat(65) }] } }, /"Outbound Caller IDs › #1 › Caller ID" \(outbound_caller_ids\.0\.caller_id\) must be at most 64 characters long/],
		['a caller ID without trunk', { outboundCallerIds: { callerIds: [{ providerId: '', callerId: '100' }] } }, /\(outbound_caller_ids\.0\.provider_id\) must not be empty/],
		['a certificate that is not PEM', { stirShakenCert: 'not a certificate' }, /"STIR\/SHAKEN Certificate" \(stir_shaken_cert\) must be the certificate as PEM text/],
		['a retention typed as words', { tempFileRetention: '={{ "thirty" }}' }, /"Temporary File Retention \(Days\)" \(temp_file_retention\) must be a whole number of at least 1/],
	])('rejects %s before sending anything', async (_rule, updateFields, message) => {
		const { error } = await pbx.engine.runNode({ resource: 'tenantSettings', operation: 'update', updateFields });
		expect(error?.message).toMatch(/^Item 0: /);
		expect(error?.message).toMatch(message);
		expect(pbx.sandbox.requests).toEqual([]);
	});

	it('never puts a rejected secret in the error', async () => {
		const { error } = await pbx.engine.runNode({
			resource: 'tenantSettings',
			operation: 'update',
			updateFields: { stirShakenKey: 'MY-PRIVATE-KEY-MATERIAL' },
		});
		expect(error?.message).toMatch(/"STIR\/SHAKEN Private Key" \(stir_shaken_key\) must be the private key as PEM text/);
		// (n8n's error object also carries the node's parameters, as the workflow itself does)
		const { message, description } = error as { message: string; description?: string };
		expect(`${message} ${description}`).not.toMatch(/MY-PRIVATE-KEY-MATERIAL/);
		expect(pbx.sandbox.requests).toEqual([]);
	});
});

describe('PortSIP → Tenant Settings with a system administrator login', () => {
	const pbx = usePortSip({ login: SYSTEM_ADMIN });

	it('says that a tenant administrator login is needed', async () => {
		const { error } = await pbx.engine.runNode({ resource: 'tenantSettings', operation: 'get' });
		expect(error?.message).toMatch(/^PortSIP API error 403/);
		expect((error as { description?: string }).description).toMatch(/needs a tenant administrator login/);
	});
});
