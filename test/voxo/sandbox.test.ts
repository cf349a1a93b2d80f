/**
 * The sandbox itself enforces VOXO's documented request rules: if it did not, the engine tests
 * could not catch a node that sends what VOXO would refuse.
 */
import { VoxoSandbox } from '../../sandbox/voxo';
import { BILLING_START_DATE } from '../../sandbox/voxo/schema';

describe('VOXO sandbox: the documented rules, enforced', () => {
	const sandbox = new VoxoSandbox();
	let token = '';

	beforeAll(async () => {
		await sandbox.start();
		const login = await fetch(`${sandbox.url}/v2/authentication`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ email: 'admin@partner.example', password: 'partner-password' }),
		});
		token = ((await login.json()) as { accessToken: string }).accessToken;
	});
	afterAll(async () => {
		await sandbox.stop();
	});

	async function create(body: Record<string, unknown>): Promise<{ status: number; body: Record<string, unknown> }> {
		const response = await fetch(`${sandbox.url}/v2/admin/tenants/`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
			body: JSON.stringify(body),
		});
		return { status: response.status, body: (await response.json()) as Record<string, unknown> };
	}

	const valid = { name: 'Valid Co', timezoneId: 1, partnerId: 7, billingStartDate: '2026-03-05' };

	it('uses the exact pattern of VOXO\'s page: leap days only in leap years, no 31st in 30-day months', () => {
		for (const date of ['2024-02-29', '2000-02-29', '2026-01-31', '2026-04-30']) expect(BILLING_START_DATE.test(date)).toBe(true);
		for (const date of ['2023-02-29', '1900-02-29', '2026-04-31', '2026-02-30', '2026-00-10', '26-03-05']) {
			expect(BILLING_START_DATE.test(date)).toBe(false);
		}
	});

	it('answers 201 with the tenant of VOXO\'s page (0/1 flags) for a valid body', async () => {
		const { status, body } = await create(valid);
		expect(status).toBe(201);
		expect(body).toMatchObject({ name: 'Valid Co', billingStartDate: '2026-03-05', disabled: 0, billingV2: 0, isResellerAccount: 0 });
		expect(sandbox.contractProblems()).toEqual([]);
	});

	it.each([
		[{ billingStartDate: '2023-02-29' }, 'billingStartDate must match pattern'],
		[{ billingStartDate: '2026-03-02' }, 'billingStartDate must be 1st, 5th, 10th, 15th, or 20th of the month'],
		[{ name: 'Ab' }, 'name must NOT have fewer than 3 characters'],
		[{ timezoneId: '1' }, 'timezoneId must be number'],
		[{ externalBillingId: '0123' }, 'externalBillingId must match pattern "^[1-9]\\d*$"'],
		[{ externalBillingId: 123 }, 'externalBillingId must be string'],
		[{ billingV2: 1 }, 'billingV2 must be boolean'],
		[{ disabled: 1 }, 'disabled must NOT have additional properties'],
	])('refuses %j with a Feathers BadRequest and records it', async (change, problem) => {
		sandbox.clearLog();
		const { status, body } = await create({ ...valid, ...change });
		expect(status).toBe(400);
		expect(body).toMatchObject({ name: 'BadRequest', code: 400, className: 'bad-request', message: 'Validation failed' });
		expect(sandbox.contractProblems().join('\n')).toContain(problem);
	});

	it('refuses a body without the required fields', async () => {
		sandbox.clearLog();
		const { status } = await create({ name: 'Only Name' });
		expect(status).toBe(400);
		expect(sandbox.contractProblems()).toEqual([
			"POST /v2/admin/tenants/: timezoneId must have required property 'timezoneId'",
			"POST /v2/admin/tenants/: partnerId must have required property 'partnerId'",
			"POST /v2/admin/tenants/: billingStartDate must have required property 'billingStartDate'",
		]);
	});

	it('refuses a request without a token with NotAuthenticated', async () => {
		const response = await fetch(`${sandbox.url}/v2/admin/tenants/100`);
		expect(response.status).toBe(401);
		expect(await response.json()).toMatchObject({ name: 'NotAuthenticated', className: 'not-authenticated' });
	});
});
