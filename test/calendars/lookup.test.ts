/**
 * Public Holiday → Get Many / Check Date through n8n's engine: no credential, nothing sent to a PBX.
 * And the calendar pickers (loadOptions) as n8n's editor calls them.
 */
import { LoadOptionsContext } from 'n8n-core';
import { Workflow, type IDataObject, type INode, type INodePropertyOptions, type INodeTypes, type IWorkflowExecuteAdditionalData } from 'n8n-workflow';

import { getPublicHolidays } from '../../nodes/PortSip/calendars';
import { PortSip } from '../../nodes/PortSip/PortSip.node';
import { PACKAGE } from '../harness/engine';
import { usePortSip } from '../harness/portsip';

const LIST = { resource: 'publicHoliday', operation: 'getAll' };
const CHECK = { resource: 'publicHoliday', operation: 'check' };
const NO_CREDENTIAL = { credentials: {} };

describe('PortSIP → Public Holiday through n8n\'s engine', () => {
	const pbx = usePortSip();
	afterEach(() => {
		// whatever the operation did, it sent nothing to the PBX: no login, no API request
		expect(pbx.sandbox.requests).toEqual([]);
	});

	it('Get Many: a subdivision\'s holidays for two years, with Return All, without a credential', async () => {
		const run = await pbx.engine.runNode({ ...LIST, country: 'DEU', subdivision: 'DE-BY', years: '2026, 2027', returnAll: true }, NO_CREDENTIAL);
		expect(run.error).toBeUndefined();
		const expected = [2026, 2027].flatMap((year) => getPublicHolidays('DE-BY', year));
		expect(run.items).toHaveLength(expected.length);
		expect(run.items[1].json).toEqual({
			date: '2026-01-06', endDate: '2026-01-06', name: 'Epiphany', localName: 'Heilige Drei Könige', country: 'DEU', subdivision: 'DE-BY', key: 'epiphany',
		});
		expect(run.items.map((item) => item.json.date)).toContain('2027-05-27'); // Corpus Christi 2027
	});

	it('Get Many: Limit, and the national calendar when no subdivision is chosen', async () => {
		const run = await pbx.engine.runNode({ ...LIST, country: '={{ "ch" }}', years: '2026', returnAll: false, limit: 2 }, NO_CREDENTIAL);
		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => [item.json.date, item.json.name, item.json.subdivision])).toEqual([
			['2026-01-01', "New Year's Day", undefined],
			['2026-05-14', 'Ascension Day', undefined],
		]);
	});

	it('Check Date: one result per input item, with the holiday\'s name, for a subdivision given as an expression', async () => {
		const run = await pbx.engine.runNode(
			{ ...CHECK, country: 'CAN', subdivision: '={{ $json.province }}', date: '={{ $json.day }}' },
			{ ...NO_CREDENTIAL, items: [{ province: 'CA-QC', day: '2026-06-24' }, { province: 'QC', day: '2026-06-25T09:00:00' }, { province: 'CA-ON', day: '2026-06-24' }] },
		);
		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => [item.json.date, item.json.isPublicHoliday, item.json.name, item.json.subdivision])).toEqual([
			['2026-06-24', true, 'Saint-Jean-Baptiste Day (Quebec National Holiday)', 'CA-QC'],
			['2026-06-25', false, null, 'CA-QC'],
			['2026-06-24', false, null, 'CA-ON'],
		]);
		expect(run.items[0].json.localName).toBe('Fête nationale du Québec');
		expect(run.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('bad input: the message names the field; Continue On Fail gives one error item and goes on', async () => {
		const badDate = await pbx.engine.runNode({ ...CHECK, country: 'USA', date: '2026-02-30' }, NO_CREDENTIAL);
		expect(badDate.error?.message).toBe('Date: "2026-02-30" is not a date; give it as YYYY-MM-DD, such as 2026-12-25');
		const badSub = await pbx.engine.runNode({ ...CHECK, country: 'USA', subdivision: 'US-XX', date: '2026-01-01' }, NO_CREDENTIAL);
		expect(badSub.error?.message).toMatch(/^Subdivision: Unsupported subdivision "US-XX" of United States/);
		const badCountry = await pbx.engine.runNode({ ...LIST, country: 'XK', years: '2026' }, NO_CREDENTIAL);
		expect(badCountry.error?.message).toMatch(/^Country Name or ID: Unsupported country code "XK"/);
		const badYears = await pbx.engine.runNode({ ...LIST, country: 'USA', years: '1999' }, NO_CREDENTIAL);
		expect(badYears.error?.message).toMatch(/^Years: "1999" is not a year the calendars cover/);
		const goesOn = await pbx.engine.runNode(
			{ ...CHECK, country: 'GBR', subdivision: 'GB-SCT', date: '={{ $json.day }}' },
			{ ...NO_CREDENTIAL, continueOnFail: true, items: [{ day: 'soon' }, { day: '2026-11-30' }] },
		);
		expect(goesOn.error).toBeUndefined();
		expect(goesOn.items[0].json).toEqual({ error: 'Date: "soon" is not a date; give it as YYYY-MM-DD, such as 2026-12-25' });
		expect(goesOn.items[1].json).toMatchObject({ isPublicHoliday: true, name: "St Andrew's Day" });
	});

	it('the credential is hidden for Public Holiday only, and the operations are available to AI agents', () => {
		const { description } = new PortSip();
		expect(description.usableAsTool).toBe(true);
		expect(description.credentials).toEqual([{ name: 'portSipApi', required: true, displayOptions: { hide: { resource: ['publicHoliday'] } } }]);
	});
});

describe('calendar pickers (loadOptions, no request)', () => {
	const node = new PortSip();
	const nodeTypes = { getByName: () => node, getByNameAndVersion: () => node, getKnownTypes: () => ({}) } as unknown as INodeTypes;

	async function loadOptions(method: string, parameters: IDataObject) {
		const under: INode = { id: '1', name: 'Under Test', type: `${PACKAGE}.portSip`, typeVersion: 1, position: [0, 0], parameters: parameters as INode['parameters'] };
		const workflow = new Workflow({ id: 'test', nodes: [under], connections: {}, nodeTypes, active: false, settings: {} });
		const additionalData = { currentNodeParameters: parameters } as unknown as IWorkflowExecuteAdditionalData;
		const context = new LoadOptionsContext(workflow, under, additionalData, 'parameters');
		const methods = node.methods!.loadOptions as Record<string, (this: LoadOptionsContext) => Promise<INodePropertyOptions[]>>;
		return await methods[method].call(context);
	}

	async function subdivisions(parameters: IDataObject) {
		const under: INode = { id: '1', name: 'Under Test', type: `${PACKAGE}.portSip`, typeVersion: 1, position: [0, 0], parameters: parameters as INode['parameters'] };
		const workflow = new Workflow({ id: 'test', nodes: [under], connections: {}, nodeTypes, active: false, settings: {} });
		const additionalData = { currentNodeParameters: parameters } as unknown as IWorkflowExecuteAdditionalData;
		const context = new LoadOptionsContext(workflow, under, additionalData, 'parameters');
		return (await node.methods!.listSearch!.searchCalendarSubdivisions.call(context)).results;
	}

	it('lists the subdivisions of the chosen country, after "Whole Country"', async () => {
		const swiss = await subdivisions({ resource: 'publicHoliday', country: 'CHE' });
		expect(swiss).toHaveLength(27);
		expect(swiss[0]).toEqual({ name: 'Whole Country (National Holidays)', value: '' });
		expect(swiss.find((option) => option.value === 'CH-ZH')?.name).toBe('Zurich (CH-ZH)');
		const american = await subdivisions({ resource: 'holiday', operation: 'sync', source: 'calendar', country: 'USA' });
		expect(american).toHaveLength(52);
		expect(await subdivisions({ country: 'FRA' })).toEqual([{ name: 'Whole Country (National Holidays)', value: '' }]);
		expect(await subdivisions({ country: '={{ $json.country }}' })).toHaveLength(1);
	});

	it('lists the countries with a calendar by name', async () => {
		const countries = await loadOptions('calendarCountries', { resource: 'publicHoliday' });
		expect(countries.find((option) => option.value === 'DEU')).toEqual({ name: 'Germany', value: 'DEU', description: 'DE / DEU' });
		expect(countries.map((option) => option.name)).toEqual([...countries.map((option) => option.name)].sort((a, b) => a.localeCompare(b)));
	});
});
