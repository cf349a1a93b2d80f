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
		expect(bad.error?.message).toMatch(/^Subdivision: Unsupported subdivision "GB-XYZ" of United Kingdom: expected an ISO 3166-2 code, one of GB-ENG, /);
		expect(pbx.sandbox.requests).toEqual([]);
	});

	it('a subdivision chosen from the list (a resource locator value) is used like a code', async () => {
		const run = await pbx.engine.runNode({ ...SYNC, country: 'DEU', subdivision: { __rl: true, mode: 'list', value: 'DE-BY' }, years: '2026', mode: 'addMissing', dryRun: true });
		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => (item.json.holiday as { name: string }).name)).toEqual(expect.arrayContaining(['Epiphany', 'Corpus Christi']));
	});

	it('the Subdivision picker lists the chosen country\'s subdivisions, and only "Whole Country" while the country is an unresolved expression', async () => {
		const parameters = { resource: 'holiday', operation: 'sync', source: 'calendar' };
		const germany = await pbx.engine.listSearch('searchCalendarSubdivisions', { parameters: { ...parameters, country: 'DEU' } });
		expect(germany.results[0]).toEqual({ name: 'Whole Country (National Holidays)', value: '' });
		expect(germany.results).toContainEqual({ name: 'Bavaria (DE-BY)', value: 'DE-BY' });
		const searched = await pbx.engine.listSearch('searchCalendarSubdivisions', { parameters: { ...parameters, country: 'DEU' }, filter: 'bav' });
		expect(searched.results).toEqual([{ name: 'Bavaria (DE-BY)', value: 'DE-BY' }]);
		for (const country of [null, '={{ $json.region }}', 'XXX']) {
			const unknown = await pbx.engine.listSearch('searchCalendarSubdivisions', { parameters: { ...parameters, country } });
			expect(unknown.results).toEqual([{ name: 'Whole Country (National Holidays)', value: '' }]);
		}
		expect(pbx.sandbox.requests).toEqual([]);
	});
});
