/** Holiday → Sync from the built-in calendar of a subdivision, through n8n's engine against the sandbox. */
import { getPublicHolidays } from '../../nodes/PortSip/calendars';
import { usePortSip, type PortSipFixture } from '../harness/portsip';

const tenantOf = (pbx: PortSipFixture) => pbx.sandbox.state.tenantByDomain('tenant1.example.com')!;
const SYNC = { resource: 'holiday', operation: 'sync', source: 'calendar' };

describe('Holiday → Sync with a subdivision', () => {
	const pbx = usePortSip();
	beforeEach(() => tenantOf(pbx).holidays.clear());

	it('Bavaria 2026: the national holidays and Bavaria\'s own are created, with the country as region', async () => {
		const run = await pbx.engine.runNode({ ...SYNC, country: 'DEU', subdivision: 'DE-BY', years: '2026', mode: 'addMissing' });
		expect(run.error).toBeUndefined();
		const stored = [...tenantOf(pbx).holidays.values()];
		expect(stored.map((holiday) => holiday.name).sort()).toEqual(getPublicHolidays('DE-BY', 2026).map((holiday) => holiday.name).sort());
		expect(stored.map((holiday) => holiday.name)).toEqual(expect.arrayContaining(['Epiphany', 'Corpus Christi', "All Saints' Day"]));
		expect(stored.every((holiday) => holiday.region === 'DEU')).toBe(true);
		// a second run for Bavaria changes nothing
		pbx.sandbox.clearLog();
		const again = await pbx.engine.runNode({ ...SYNC, country: 'DEU', subdivision: 'BY', years: '2026', mode: 'addMissing' });
		expect(again.items.every((item) => item.json.action === 'unchanged')).toBe(true);
		expect(pbx.sandbox.apiRequests().filter((request) => request.method !== 'GET')).toEqual([]);
	});

	it('Scotland by expression; an unknown subdivision is refused before anything is sent', async () => {
		const scotland = await pbx.engine.runNode({ ...SYNC, country: 'GBR', subdivision: '={{ "GB-SCT" }}', years: '2026', mode: 'addMissing', dryRun: true });
		expect(scotland.error).toBeUndefined();
		const names = scotland.items.map((item) => (item.json.holiday as { name: string }).name);
		expect(names).toEqual(expect.arrayContaining(["St Andrew's Day", '2nd January']));
		expect(names).not.toContain('Easter Monday');
		pbx.sandbox.clearLog();
		const bad = await pbx.engine.runNode({ ...SYNC, country: 'GBR', subdivision: 'GB-XYZ', years: '2026', mode: 'addMissing' });
		expect(bad.error?.message).toMatch(/^Subdivision Name or ID: Unsupported subdivision "GB-XYZ" of United Kingdom: expected an ISO 3166-2 code, one of GB-ENG, /);
		expect(pbx.sandbox.requests).toEqual([]);
	});
});
