import { useVoxo } from '../harness/voxo';

const create = {
	resource: 'tenant',
	operation: 'create',
	name: 'Acme West',
	timezoneId: 2,
	partnerId: 7,
	billingStartDate: '2026-03-05T00:00:00',
};

describe('VOXO → Tenant → Create, through n8n\'s engine', () => {
	const voxo = useVoxo();

	it('sends every field as VOXO documents it and returns the simplified tenant', async () => {
		const { items, error } = await voxo.run({
			...create,
			additionalFields: {
				externalBillingId: '10042',
				billingV2: true,
				healthcareVertical: 'dental',
				billingInfo: '{"contact": "Ann Lee", "email": "billing@acme.example"}',
			},
		});
		expect(error).toBeUndefined();
		const [login, request] = voxo.sandbox.requests;
		expect(`${login.method} ${login.path}`).toBe('POST /v2/authentication');
		expect(`${request.method} ${request.path} ${request.status}`).toBe('POST /v2/admin/tenants/ 201');
		expect(request.headers.authorization).toMatch(/^Bearer eyJ\./);
		expect(request.body).toEqual({
			name: 'Acme West',
			timezoneId: 2,
			partnerId: 7,
			billingStartDate: '2026-03-05',
			externalBillingId: '10042',
			billingV2: true,
			healthcareVertical: 'dental',
			billingInfo: { contact: 'Ann Lee', email: 'billing@acme.example' },
		});
		const id = items[0].json.id as number;
		expect(items.map((i) => i.json)).toEqual([
			{
				id,
				name: 'Acme West',
				tenantCode: `acm${id}`,
				externalBillingId: '10042',
				billingStartDate: '2026-03-05',
				billingV2: true,
				timezone: { id: 2, name: 'America/Chicago' },
				partner: { id: 7, name: 'Acme Partner', tenantId: 1 },
				disabled: false,
			},
		]);
		expect(voxo.sandbox.state.billingInfo.get(id)).toEqual({ contact: 'Ann Lee', email: 'billing@acme.example' });
	});

	it('sends only the required fields when no additional field is set', async () => {
		const { error } = await voxo.run({ ...create, billingStartDate: '2026-04-20' });
		expect(error).toBeUndefined();
		expect(voxo.sandbox.apiRequests()[0].body).toEqual({
			name: 'Acme West',
			timezoneId: 2,
			partnerId: 7,
			billingStartDate: '2026-04-20',
		});
	});

	it('accepts values typed in expressions: numbers as text, an external billing ID as a number, a date-time with offset, a Luxon date', async () => {
		const { error } = await voxo.run({
			...create,
			timezoneId: '={{ "3" }}',
			partnerId: '={{ "7" }}',
			billingStartDate: '={{ "2026-06-15T23:30:00-05:00" }}',
			additionalFields: { externalBillingId: '={{ 10042 }}', billingV2: '={{ "false" }}', billingInfo: '={{ { "po": 12 } }}' },
		});
		expect(error).toBeUndefined();
		expect(voxo.sandbox.apiRequests()[0].body).toEqual({
			name: 'Acme West',
			timezoneId: 3,
			partnerId: 7,
			// the date as written, not shifted to UTC
			billingStartDate: '2026-06-15',
			externalBillingId: '10042',
			billingV2: false,
			billingInfo: { po: 12 },
		});
		const luxon = await voxo.run({ ...create, billingStartDate: '={{ DateTime.fromISO("2026-07-10T08:00:00") }}' });
		expect(luxon.error).toBeUndefined();
		expect(voxo.sandbox.apiRequests()[1].body).toMatchObject({ billingStartDate: '2026-07-10' });
	});

	it.each(['2026-01-01', '2026-02-05', '2026-12-20', '2026-10-10', '2028-02-15'])(
		'accepts %s (a real date on a billing day)',
		async (billingStartDate) => {
			const { error } = await voxo.run({ ...create, billingStartDate });
			expect(error).toBeUndefined();
			expect(voxo.sandbox.apiRequests()[0].body).toMatchObject({ billingStartDate });
		},
	);
});

describe('VOXO → Tenant → Create: every rule is checked before anything is sent', () => {
	const voxo = useVoxo();

	it.each([
		[{ name: 'Ab' }, /"Name" \(name\) must be at least 3 characters long/],
		[{ timezoneId: 0 }, /"Timezone ID" \(timezoneId\) must be a whole number of at least 1/],
		[{ timezoneId: 2.5 }, /"Timezone ID" \(timezoneId\) must be a whole number of at least 1/],
		[{ partnerId: -7 }, /"Partner ID" \(partnerId\) must be a whole number of at least 1/],
		[{ partnerId: '={{ "seven" }}' }, /"Partner ID" \(partnerId\) must be a whole number of at least 1/],
		[{ billingStartDate: '={{ "" }}' }, /"Billing Start Date" \(billingStartDate\) must be a date written YYYY-MM-DD/],
		[{ billingStartDate: '05/03/2026' }, /"Billing Start Date" \(billingStartDate\) must be a date written YYYY-MM-DD/],
		[{ billingStartDate: '2023-02-29' }, /"Billing Start Date" \(billingStartDate\) must be a real calendar date; 2023-02-29 does not exist/],
		[{ billingStartDate: '1900-02-29' }, /must be a real calendar date; 1900-02-29 does not exist/],
		[{ billingStartDate: '2026-04-31' }, /must be a real calendar date; 2026-04-31 does not exist/],
		[{ billingStartDate: '2026-13-01' }, /must be a real calendar date; 2026-13-01 does not exist/],
		[{ billingStartDate: '2026-03-02' }, /"Billing Start Date" \(billingStartDate\) must be the 1st, 5th, 10th, 15th or 20th of a month \(VOXO bills from these days only\); 2026-03-02 is not/],
		[{ billingStartDate: '2026-03-25T00:00:00' }, /must be the 1st, 5th, 10th, 15th or 20th of a month.*2026-03-25 is not/],
		[{ additionalFields: { externalBillingId: '0123' } }, /"External Billing ID" \(externalBillingId\) must be a whole number written without leading zeros/],
		[{ additionalFields: { externalBillingId: 'AB-12' } }, /"External Billing ID" \(externalBillingId\) must be a whole number written without leading zeros/],
		[{ additionalFields: { externalBillingId: '={{ 12.5 }}' } }, /"External Billing ID" \(externalBillingId\) must be a whole number written without leading zeros/],
		[{ additionalFields: { billingInfo: '{"email": ' } }, /"Billing Info" \(billingInfo\) must be valid JSON/],
		[{ additionalFields: { billingInfo: '[1, 2]' } }, /"Billing Info" \(billingInfo\) must be a JSON object/],
		[{ additionalFields: { billingV2: '={{ "maybe" }}' } }, /"Billing V2" \(billingV2\) must be true or false/],
	])('rejects %j', async (change, message) => {
		const { error } = await voxo.run({ ...create, ...change });
		expect(error?.message).toMatch(/^Item 0: /);
		expect(error?.message).toMatch(message);
		expect(voxo.sandbox.requests).toEqual([]);
	});

	// Leap days are real dates (VOXO's pattern accepts them) but not billing days: they pass the
	// calendar check and stop at the day rule, where 2023-02-29 and 1900-02-29 stop as non-dates.
	it.each(['2024-02-29', '2000-02-29'])('%s is a real date (leap year), rejected only as a billing day', async (billingStartDate) => {
		const { error } = await voxo.run({ ...create, billingStartDate });
		expect(error?.message).toBe(
			`Item 0: "Billing Start Date" (billingStartDate) must be the 1st, 5th, 10th, 15th or 20th of a month (VOXO bills from these days only); ${billingStartDate} is not`,
		);
		expect(error?.message).not.toMatch(/does not exist/);
		expect(voxo.sandbox.requests).toEqual([]);
	});

	it('with Continue On Fail, a bad item becomes an error item and the others are created', async () => {
		const { items, error } = await voxo.run(
			{ ...create, billingStartDate: '={{ $json.day }}' },
			{ items: [{ day: '2026-05-01' }, { day: '2026-05-02' }, { day: '2026-05-05' }], continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(items[0].json.billingStartDate).toBe('2026-05-01');
		expect(JSON.stringify(items[1])).toMatch(/Item 1: \\"Billing Start Date\\" \(billingStartDate\) must be the 1st, 5th/);
		expect(items[2].json.billingStartDate).toBe('2026-05-05');
		const creates = voxo.sandbox.apiRequests();
		expect(creates.map((r) => (r.body as { billingStartDate: string }).billingStartDate).sort()).toEqual([
			'2026-05-01',
			'2026-05-05',
		]);
	});
});

describe('VOXO → Tenant → Create: answers and output', () => {
	const voxo = useVoxo();

	it('surfaces a VOXO error with its own name and message', async () => {
		const { error } = await voxo.run({ ...create, partnerId: 999 });
		expect(error?.message).toBe('VOXO API error 400: BadRequest: Partner 999 not found');
		expect((error as { description?: string }).description).toMatch(/Correct the field it names/);
		expect(voxo.sandbox.apiRequests().map((r) => r.status)).toEqual([400]);
	});

	it('shows the details of a Feathers validation error (its "errors") in the description', async () => {
		voxo.sandbox.interceptor = (request) =>
			request.path === '/v2/admin/tenants/'
				? { status: 400, body: { name: 'BadRequest', message: 'Validation failed', code: 400, className: 'bad-request', errors: [{ path: 'name', message: 'Name already taken' }] } }
				: undefined;
		const { error } = await voxo.run(create);
		voxo.sandbox.interceptor = undefined;
		expect(error?.message).toBe('VOXO API error 400: BadRequest: Validation failed');
		expect((error as { description?: string }).description).toMatch(/Details: \[\{"path":"name","message":"Name already taken"\}\]/);
	});

	it('says which role is needed when the user may not manage tenants', async () => {
		voxo.engine.credentials.set('voxoApi', {
			...voxo.engine.credentials.stored.get('voxoApi'),
			email: 'owner@tenant.example',
			password: 'owner-password',
		});
		const { error } = await voxo.run(create);
		expect(error?.message).toBe('VOXO API error 403: Forbidden: You do not have the permissions to access this');
		expect((error as { description?: string }).description).toMatch(/partner or platform administrator/);
	});

	it('Simplify off returns VOXO\'s tenant as it is, with the recording password masked', async () => {
		const { items, error } = await voxo.run({ ...create, simplify: false });
		expect(error).toBeUndefined();
		const tenant = items[0].json;
		expect(tenant.recordingPassword).toBe('********');
		// flags stay VOXO's 0/1, every documented field is there
		expect(tenant).toMatchObject({ disabled: 0, billingV2: 0, mfaEnabled: 0, callWaiting: 1, recordingUser: `recorder-${tenant.id}` });
		expect(Object.keys(tenant)).toEqual(expect.arrayContaining(['conduitPrefix', 'musicOnHold', 'routingProfile', 'products', 'integrations']));
		expect(JSON.stringify(items)).not.toContain('rec-secret');
	});

	it('Include Secrets shows the recording password', async () => {
		const { items, error } = await voxo.run({ ...create, simplify: false, includeSecrets: true });
		expect(error).toBeUndefined();
		expect(items[0].json.recordingPassword).toBe(`rec-secret-${items[0].json.id}`);
	});

	it('Include Secrets has no effect while Simplify is on (the simplified tenant holds no secret)', async () => {
		const { items } = await voxo.run({ ...create, includeSecrets: true });
		expect(items[0].json).not.toHaveProperty('recordingPassword');
		expect(JSON.stringify(items)).not.toContain('rec-secret');
	});
});
