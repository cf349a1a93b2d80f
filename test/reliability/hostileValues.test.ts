/**
 * Hostile values in names, filters and IDs (quotes, newlines, `&`, `#`, `/`, `%`, `?`, emoji, very
 * long strings) are sent correctly encoded: what the sandbox receives is exactly what was typed.
 */
import { usePortSip } from '../harness/portsip';
import { useVoxo } from '../harness/voxo';

const HOSTILE_NAMES = [
	`O'Brien "Day" & Co`,
	'#1 / 100% off?',
	'Line one\nLine two\tTabbed',
	'a=b&c=d; e%20f %zz',
	'🎄 Noël ✨ 日本の祝日',
	'<script>alert(1)</script>',
	'back\\slash and {{ braces }}',
];

const HOSTILE_QUERIES = [
	`name eq 'A&B #1/2 100%'`,
	`startswith(name,'O''Brien') and name ne "x?y=z"`,
	'🎉 & # / % ? + =',
	'x'.repeat(3000),
];

const HOSTILE_IDS = ['a/b', 'a#b', 'a?b=c', '100%', '../tenant', 'ü 😀'];

describe('PortSIP: hostile values are sent exactly as typed', () => {
	const pbx = usePortSip();
	const tenant = () => pbx.sandbox.state.tenantByDomain('tenant1.example.com')!;
	beforeEach(() => tenant().holidays.clear());

	it.each(HOSTILE_NAMES)('a holiday named %j is created, stored and returned with that exact name', async (name) => {
		const { items, error } = await pbx.engine.runNode({ resource: 'holiday', operation: 'create', name, region: 'GBR', date: '2026-12-26', everyYear: true });
		expect(error).toBeUndefined();
		const [create] = pbx.sandbox.apiRequests();
		expect((create.body as { name: string }).name).toBe(name);
		expect([...tenant().holidays.values()].map((h) => h.name)).toEqual([name]);
		expect(items[0].json.name).toBe(name);
	});

	it.each(HOSTILE_QUERIES)('Get Many sends filter, search and order by %j unchanged', async (text) => {
		const { error } = await pbx.engine.runNode({
			resource: 'holiday',
			operation: 'getAll',
			returnAll: true,
			options: { search: text },
		});
		expect(error).toBeUndefined();
		const [list] = pbx.sandbox.apiRequests();
		expect(list.query.search).toBe(text);
		// the other query parameters were not broken by the value's & or #
		expect(list.query.skip).toBe('0');
		expect(list.query.top).toBe('100');
	});

	it('a hostile filter and order by reach the PBX as typed (its own parser then answers)', async () => {
		const filter = `name eq 'A&B #1/2 100%'`;
		const orderby = 'name asc, month_start desc';
		const { error } = await pbx.engine.runNode({ resource: 'holiday', operation: 'getAll', returnAll: false, limit: 5, options: { filter, orderby } });
		expect(error).toBeUndefined();
		const [list] = pbx.sandbox.apiRequests();
		expect(list.query).toEqual({ filter, orderby, skip: '0', top: '5' });
	});

	it.each(HOSTILE_IDS)('a holiday ID %j is escaped into one path segment: the PBX looks up exactly that ID', async (id) => {
		const { error } = await pbx.engine.runNode({ resource: 'holiday', operation: 'get', holidayId: { __rl: true, mode: 'id', value: id } });
		const [get] = pbx.sandbox.apiRequests();
		expect(get.method).toBe('GET');
		expect(get.path).toBe(`/api/holidays/${encodeURIComponent(id)}`);
		expect(decodeURIComponent(get.path.split('/').pop()!)).toBe(id);
		expect(error?.message).toBe(`PortSIP API error 404: NOT_FOUND: Holiday ${id} not found`);
	});
});

describe('VOXO: hostile values are sent exactly as typed', () => {
	const voxo = useVoxo();

	it.each(HOSTILE_NAMES)('a tenant named %j is created with that exact name', async (name) => {
		const { items, error } = await voxo.run({ resource: 'tenant', operation: 'create', name, timezoneId: 2, partnerId: 7, billingStartDate: '2026-03-05' });
		expect(error).toBeUndefined();
		expect((voxo.sandbox.apiRequests()[0].body as { name: string }).name).toBe(name);
		expect(items[0].json.name).toBe(name);
	});

	it('billing info with hostile JSON strings is sent as the same object', async () => {
		const billingInfo = { note: `"quoted" & #tag / 100% 🎉\nnext`, nested: { key: '</script>' } };
		const { error } = await voxo.run({
			resource: 'tenant',
			operation: 'create',
			name: 'Acme West',
			timezoneId: 2,
			partnerId: 7,
			billingStartDate: '2026-03-05',
			additionalFields: { billingInfo: JSON.stringify(billingInfo) },
		});
		expect(error).toBeUndefined();
		expect((voxo.sandbox.apiRequests()[0].body as { billingInfo: unknown }).billingInfo).toEqual(billingInfo);
	});
});
