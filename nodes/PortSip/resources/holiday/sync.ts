/*
 * Holiday → Sync: makes the tenant's holidays match a desired set (a built-in calendar, the input
 * items or a JSON list). A custom operation (INodeType.customOperations), because it needs every input
 * item at once. The planning is in syncPlan.ts and the desired set in syncSource.ts; this file reads
 * the parameters, reads the PBX's holidays once, writes the plan and reports each holiday.
 */
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INode, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { portSipProfile, withAdviceForNextNode } from '../../../shared/errors';
import { toAlpha3 } from '../../../shared/iso';
import { pickerOf } from '../../../shared/pickers';
import { apiRequest } from '../../../shared/transport';
import { TENANT_ADMIN_HINTS } from '../../shared/hints';
import { readPortSipList } from '../../shared/list';
import { holidayBody, type HolidayDescription } from './body';
import {
	SyncInputError,
	checkDesired,
	checkScope,
	describeHoliday,
	planRuleChanges,
	planSync,
	updateBody,
	type ExistingRule,
	type HolidayRef,
	type RuleChange,
	type DesiredBody,
	type DesiredHoliday,
	type ExistingHoliday,
	type PlannedAction,
	type SyncMode,
	type SyncScope,
} from './syncPlan';
import { calendarCountryField, calendarSubdivisionField } from '../publicHoliday/fields';
import { icsHolidays } from './ics';
import { calendarHolidays, entryHoliday, parseHolidayList, parseYears, type SourcedHoliday } from './syncSource';

const show = (more: IDataObject = {}) => ({ show: { resource: ['holiday'], operation: ['sync'], ...more } });

export const holidaySyncDescription: INodeProperties[] = [
	{
		displayName: 'Source',
		name: 'source',
		type: 'options',
		noDataExpression: true,
		displayOptions: show(),
		options: [
			{
				name: 'Built-In Calendar',
				value: 'calendar',
			},
			{
				name: 'iCalendar',
				value: 'ics',
				description: 'The events of an .ics file',
			},
			{
				name: 'Input Items',
				value: 'inputItems',
				description: 'Each input item is a holiday',
			},
			{
				name: 'JSON',
				value: 'json',
			},
		],
		default: 'calendar',
	},
	calendarCountryField(show({ source: ['calendar'] })),
	calendarSubdivisionField(show({ source: ['calendar'] })),
	{
		displayName: 'Years',
		name: 'years',
		type: 'string',
		default: '',
		placeholder: 'e.g. 2026, 2027',
		displayOptions: show({ source: ['calendar'] }),
		description: 'Separated by commas; empty: this year and the next',
	},
	{
		displayName: 'Holiday Names',
		name: 'holidayNames',
		type: 'options',
		options: [
			{ name: 'English', value: 'english' },
			{ name: 'Local Language', value: 'local' },
		],
		default: 'english',
		displayOptions: show({ source: ['calendar'] }),
	},
	{
		displayName: 'iCalendar',
		name: 'icsText',
		type: 'string',
		typeOptions: { rows: 6 },
		default: '',
		required: true,
		placeholder: 'BEGIN:VCALENDAR …',
		displayOptions: show({ source: ['ics'] }),
		description: 'Text of an .ics file: pasted, or the data field of an HTTP Request (Response Format: Text) or Extract From File node',
	},
	{
		displayName: 'Holidays (JSON)',
		name: 'holidaysJson',
		type: 'json',
		default: '[\n  { "name": "Company Day", "date": "2026-06-01" }\n]',
		displayOptions: show({ source: ['json'] }),
		description: 'Each: name, and date (or startDate and endDate); optional region, everyYear, allDay, startTime, endTime',
	},
	{
		displayName: 'Region',
		name: 'region',
		...pickerOf('getCountries'),
		default: 'USA',
		displayOptions: show({ source: ['inputItems', 'json', 'ics'] }),
		description: 'For the holidays that give none (an expression may give alpha-2: DE)',
	},
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		noDataExpression: true,
		displayOptions: show(),
		options: [
			{
				name: 'Add Missing',
				value: 'addMissing',
				description: 'Create what the PBX does not have; change nothing else',
			},
			{
				// n8n's name for an upsert; the README calls it Upsert too
				name: 'Create or Update',
				value: 'upsert',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
			},
			{
				name: 'Mirror',
				value: 'mirror',
				description: 'Create or Update, and delete the holidays in scope (Name Prefix, Mirror Region) not in the list',
			},
		],
		default: 'addMissing',
	},
	{
		displayName: 'Name Prefix',
		name: 'namePrefix',
		type: 'string',
		default: '',
		placeholder: 'e.g. [Auto] ',
		displayOptions: show(),
		description: "Put before every synced holiday's name; Mirror deletes only holidays whose name starts with it",
	},
	{
		displayName: 'Mirror Region',
		name: 'mirrorRegion',
		...pickerOf('getCountriesOrAny'),
		default: 'any',
		displayOptions: show({ mode: ['mirror'] }),
		description: 'Mirror deletes only holidays of this region (and Name Prefix); one of the two is required',
	},
	{
		displayName: 'Apply to Inbound Rules',
		name: 'applyToInboundRules',
		type: 'options',
		noDataExpression: true,
		displayOptions: show(),
		options: [
			{
				name: 'None',
				value: 'none',
			},
			{
				name: 'All Inbound Rules',
				value: 'all',
			},
			{
				name: 'Chosen Inbound Rules',
				value: 'chosen',
			},
		],
		default: 'none',
		description: 'Rules that observe the holidays created (and drop those deleted): Holiday Forwarding applies only on a holiday selected on the rule',
	},
	{
		displayName: 'Inbound Rule Names or IDs',
		name: 'inboundRules',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getInboundRules' },
		default: [],
		displayOptions: show({ applyToInboundRules: ['chosen'] }),
		description: 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Dry Run',
		name: 'dryRun',
		type: 'boolean',
		default: false,
		displayOptions: show(),
		description: 'Whether to only report what the sync would do',
	},
];

type Source = 'calendar' | 'ics' | 'inputItems' | 'json';

/** The custom operation (PortSip.customOperations.holiday.sync). */
export async function syncHolidays(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const node = this.getNode();
	let plan: PlannedAction[];
	let rules: ExistingRule[];
	const dryRun = this.getNodeParameter('dryRun', 0, false) as boolean;
	try {
		const mode = this.getNodeParameter('mode', 0) as SyncMode;
		const scope = syncScope(this, mode);
		checkScope(mode, scope);
		const desired = desiredHolidays(this);
		checkDesired(desired);
		const chosenRules = ruleChoice(this);
		// only now, with the input checked, is anything sent
		plan = planSync(desired, await readHolidays(this), mode, scope);
		rules = chosenRules ? await readRules(this, chosenRules) : [];
	} catch (error) {
		// with Continue On Fail the next node sees only the message: it carries the advice too
		const failure = withAdviceForNextNode(asNodeError(node, error), this);
		if (!this.continueOnFail()) throw failure;
		return [[{ json: { error: failure.message }, pairedItem: { item: 0 } }]];
	}
	const deletes = plan.filter((step): step is Extract<PlannedAction, { action: 'delete' }> => step.action === 'delete');
	const deleted = deletes.map((step) => ({
		id: step.existing.id,
		name: String(step.existing.name),
		...(step.duplicateOf ? { keptCopy: { id: step.duplicateOf, name: String(step.existing.name) } } : {}),
	}));
	if (dryRun) {
		const created = plan.flatMap((step) => (step.action === 'create' ? [{ name: step.desired.body.name }] : []));
		const ruleItems = planRuleChanges(rules, created, deleted).map((change) => ruleItem(change, { dryRun: true }));
		return [[...plan.map((step) => outputItem(step, { dryRun: true })), ...ruleItems]];
	}

	const output: INodeExecutionData[] = [];
	const failures: string[] = [];
	const created: HolidayRef[] = [];
	const write = async (step: PlannedAction) => {
		try {
			const newId = await carryOut(this, step);
			if (step.action === 'create' && newId) created.push({ id: newId, name: step.desired.body.name });
			output.push(outputItem(step, { newId }));
		} catch (error) {
			// one failure must not stop (or hide) the other writes: report it and go on
			const message = withAdviceForNextNode(error as Error, this).message;
			failures.push(`${step.action} ${describeHoliday(holidayOf(step))}: ${message}`);
			output.push(outputItem(step, { failed: message }));
		}
	};
	for (const step of plan) if (step.action !== 'delete') await write(step);
	// the rules let go of a holiday before it is deleted (a PBX may refuse to delete a holiday in use)
	const ruleItems: INodeExecutionData[] = [];
	for (const change of planRuleChanges(rules, created, deleted)) {
		if (change.attached.length === 0 && change.detached.length === 0) {
			ruleItems.push(ruleItem(change, {}));
			continue;
		}
		try {
			const url = `/api/inbound_rules/${encodeURIComponent(change.rule.id)}`;
			await apiRequest.call(this, portSipProfile, { method: 'POST', url, body: { holidays: change.holidays }, idempotent: true }, { hints: TENANT_ADMIN_HINTS });
			ruleItems.push(ruleItem(change, {}));
		} catch (error) {
			const message = withAdviceForNextNode(error as Error, this).message;
			failures.push(`update inbound rule "${String(change.rule.name)}": ${message}`);
			ruleItems.push(ruleItem(change, { failed: message }));
		}
	}
	for (const step of deletes) await write(step);
	output.push(...ruleItems);
	if (failures.length > 0 && !this.continueOnFail()) {
		const writes = plan.filter((step) => step.action !== 'unchanged' && step.action !== 'differs').length + ruleItems.filter((item) => item.json.action !== 'unchanged').length;
		throw new NodeOperationError(node, `Holiday sync: ${failures.length} of ${writes} changes failed; the others were made. ${failures[0]}`, {
			description: `${failures.join('\n')}\nMade: ${summary(output)}. Running the sync again retries what failed (turn on "Continue On Fail" to get one item per holiday instead of this error).`,
		});
	}
	return [output];
}

/** Apply to Inbound Rules: undefined for none, 'all', or the IDs chosen (checked before any request). */
function ruleChoice(context: IExecuteFunctions): 'all' | string[] | undefined {
	const choice = context.getNodeParameter('applyToInboundRules', 0, 'none') as string;
	if (choice === 'none') return undefined;
	if (choice === 'all') return 'all';
	const chosen = context.getNodeParameter('inboundRules', 0, []) as unknown;
	const ids = (Array.isArray(chosen) ? chosen : String(chosen ?? '').split(',')).map((id) => String(id).trim()).filter(Boolean);
	if (ids.length === 0) {
		throw new SyncInputError('Inbound Rule Names or IDs: choose at least one inbound rule, or set Apply to Inbound Rules to None or All Inbound Rules');
	}
	return ids;
}

/** The rules to apply the holidays to: one read of the rule list; a chosen rule that is not there stops the sync. */
async function readRules(context: IExecuteFunctions, chosen: 'all' | string[]): Promise<ExistingRule[]> {
	const { items } = await readPortSipList(context, { url: '/api/inbound_rules' }, {}, { hints: TENANT_ADMIN_HINTS });
	const rules = items as ExistingRule[];
	if (chosen === 'all') return rules;
	const missing = chosen.filter((id) => !rules.some((rule) => String(rule.id) === id));
	if (missing.length > 0) {
		throw new NodeOperationError(context.getNode(), `Inbound Rule Names or IDs: ${missing.map((id) => `"${id}"`).join(', ')} is not an inbound rule of the tenant`, {
			description: 'Nothing was changed on the PBX. Choose the rules from the list again (a rule may have been deleted).',
		});
	}
	return rules.filter((rule) => chosen.includes(String(rule.id)));
}

function syncScope(context: IExecuteFunctions, mode: SyncMode): SyncScope {
	const namePrefix = context.getNodeParameter('namePrefix', 0, '') as string;
	const region = mode === 'mirror' ? (context.getNodeParameter('mirrorRegion', 0, 'any') as string) : 'any';
	if (region === 'any' || region === '') return { namePrefix: namePrefix || undefined };
	const alpha3 = toAlpha3(region);
	if (!alpha3) throw new SyncInputError(`Mirror Region: "${region}" is not an ISO 3166-1 country code (alpha-3 such as DEU, or alpha-2 such as DE)`);
	return { region: alpha3, namePrefix: namePrefix || undefined };
}

/** The desired set, each holiday checked by the rules of Create (nothing is sent if one breaks them). */
function desiredHolidays(context: IExecuteFunctions): DesiredHoliday[] {
	const source = context.getNodeParameter('source', 0) as Source;
	const namePrefix = context.getNodeParameter('namePrefix', 0, '') as string;
	let sourced: Array<SourcedHoliday & { itemIndex: number }>;
	if (source === 'calendar') {
		const years = parseYears(context.getNodeParameter('years', 0, ''), currentYear(context));
		const country = context.getNodeParameter('country', 0) as string;
		const names = context.getNodeParameter('holidayNames', 0, 'english') as 'english' | 'local';
		const subdivision = context.getNodeParameter('subdivision', 0, '', { extractValue: true }) as string;
		sourced = calendarHolidays(country, years, names, subdivision).map((holiday) => ({ ...holiday, itemIndex: 0 }));
	} else if (source === 'ics') {
		const region = context.getNodeParameter('region', 0) as string;
		sourced = icsHolidays(context.getNodeParameter('icsText', 0), region, context.getTimezone()).map((holiday) => ({ ...holiday, itemIndex: 0 }));
	} else if (source === 'json') {
		const region = context.getNodeParameter('region', 0) as string;
		sourced = parseHolidayList(context.getNodeParameter('holidaysJson', 0)).map((entry, index) => ({
			description: entryHoliday(entry, region),
			origin: `JSON entry ${index}`,
			itemIndex: 0,
		}));
	} else {
		sourced = context.getInputData().map((item, index) => ({
			description: entryHoliday(item.json, context.getNodeParameter('region', index) as string),
			origin: `Item ${index}`,
			itemIndex: index,
		}));
	}
	return sourced.map(({ description, origin, itemIndex }) => ({
		body: checkedBody(context.getNode(), withPrefix(description, namePrefix), itemIndex, origin),
		origin,
		itemIndex,
	}));
}

function withPrefix(description: HolidayDescription, namePrefix: string): HolidayDescription {
	const { name } = description as { name: unknown };
	if (!namePrefix || (typeof name !== 'string' && typeof name !== 'number')) return description;
	return { ...description, name: `${namePrefix}${name}` };
}

/** holidayBody, with the error naming where the holiday came from (`JSON entry 2: "Date" (date) …`). */
function checkedBody(node: INode, description: HolidayDescription, itemIndex: number, origin: string): DesiredBody {
	try {
		return holidayBody(node, description, itemIndex) as DesiredBody;
	} catch (error) {
		if (!(error instanceof NodeOperationError)) throw new NodeOperationError(node, error as Error, { itemIndex });
		throw new NodeOperationError(node, `${origin}: ${error.message.replace(/^Item \d+: /, '')}`, {
			itemIndex,
			description: error.description ?? undefined,
		});
	}
}

/** This year in the workflow's time zone. */
function currentYear(context: IExecuteFunctions): number {
	return Number(new Intl.DateTimeFormat('en-US', { timeZone: context.getTimezone(), year: 'numeric' }).format(new Date()));
}

/** Every holiday of the tenant (readPortSipList: pages of 100 until `count` are read). */
async function readHolidays(context: IExecuteFunctions): Promise<ExistingHoliday[]> {
	// (a holiday listed twice, as pages shift, is read once: it must not look like a duplicate to delete)
	const { items } = await readPortSipList(context, { url: '/api/holidays' }, {}, { hints: TENANT_ADMIN_HINTS });
	return items as unknown as ExistingHoliday[];
}

/** One write per change, and no read-back: the output is built from what was sent. Returns a new id. */
async function carryOut(context: IExecuteFunctions, step: PlannedAction): Promise<string | undefined> {
	const options = { itemIndex: step.desired?.itemIndex, hints: TENANT_ADMIN_HINTS };
	if (step.action === 'create') {
		const created = await apiRequest.call(
			context,
			portSipProfile,
			{ method: 'POST', url: '/api/holidays', body: step.desired.body as unknown as IDataObject, idempotent: false },
			options,
		);
		return String((created as IDataObject | undefined)?.id ?? '');
	}
	if (step.action === 'update') {
		const url = `/api/holidays/${encodeURIComponent(step.existing.id)}`;
		await apiRequest.call(context, portSipProfile, { method: 'POST', url, body: updateBody(step.changes) as IDataObject, idempotent: true }, options);
	}
	if (step.action === 'delete') {
		const url = `/api/holidays/${encodeURIComponent(step.existing.id)}/destroy`;
		// the spec answers 400 for a holiday that does not exist: after a lost answer, it was deleted
		await apiRequest.call(context, portSipProfile, { method: 'POST', url, goneStatuses: [400, 404] }, options);
	}
	return undefined;
}

const DONE = { create: 'created', update: 'updated', delete: 'deleted', unchanged: 'unchanged', differs: 'differs' } as const;

function holidayOf(step: PlannedAction): IDataObject {
	return (step.action === 'create' ? step.desired.body : step.existing) as unknown as IDataObject;
}

/**
 * `{action, id, holiday, …}`: action is what was done (in a dry run, what would be done, with
 * `dryRun: true`), holiday the holiday as it now stands (or would); a failed write is
 * `action: 'failed'` with `attempted` and `error`, and the holiday as it was.
 */
function outputItem(step: PlannedAction, outcome: { dryRun?: boolean; failed?: string; newId?: string }): INodeExecutionData {
	const id = step.action === 'create' ? outcome.newId : step.existing.id;
	let holiday = pbxShape(holidayOf(step));
	if (step.action === 'create' && id) holiday = { id, ...holiday };
	if (step.action === 'update' && outcome.failed === undefined) holiday = { ...holiday, ...(updateBody(step.changes) as IDataObject) };
	const json: IDataObject = {
		action: outcome.failed === undefined ? DONE[step.action] : 'failed',
		...(outcome.dryRun ? { dryRun: true } : {}),
		...(id ? { id } : {}),
		holiday,
	};
	if (step.action === 'update' || step.action === 'differs') json.changes = step.changes as IDataObject;
	if ((step.action === 'unchanged' || step.action === 'delete') && step.duplicateOf) json.duplicateOf = step.duplicateOf;
	if (outcome.failed !== undefined) {
		json.attempted = step.action;
		json.error = outcome.failed;
	}
	return { json, pairedItem: { item: step.desired?.itemIndex ?? 0 } };
}

/** The PBX answers a holiday every year with year_start and year_end 0: the output has the same shape. */
function pbxShape(holiday: IDataObject): IDataObject {
	if (holiday.every_year !== true) return holiday;
	return { ...holiday, year_start: holiday.year_start ?? 0, year_end: holiday.year_end ?? 0 };
}

/**
 * `{action, inboundRule: {id, name}, attached, detached, holidays}`: per inbound rule, the holidays
 * it was given and those it let go (`{id, name}`; a dry run's creates have no ID yet), and the IDs
 * it observes now. action: updated, unchanged (nothing to attach or detach) or failed.
 */
function ruleItem(change: RuleChange, outcome: { dryRun?: boolean; failed?: string }): INodeExecutionData {
	const changed = change.attached.length > 0 || change.detached.length > 0;
	const json: IDataObject = {
		action: outcome.failed !== undefined ? 'failed' : changed ? 'updated' : 'unchanged',
		...(outcome.dryRun ? { dryRun: true } : {}),
		inboundRule: { id: change.rule.id, name: change.rule.name },
		attached: change.attached as unknown as IDataObject[],
		detached: change.detached as unknown as IDataObject[],
		holidays: change.holidays,
	};
	if (outcome.failed !== undefined) json.error = outcome.failed;
	return { json, pairedItem: { item: 0 } };
}

function summary(output: INodeExecutionData[]): string {
	const holidays = output.filter((item) => item.json.holiday !== undefined);
	const count = (action: string) => holidays.filter((item) => item.json.action === action).length;
	const rules = output.filter((item) => item.json.inboundRule !== undefined);
	const ruleCount = rules.length > 0 ? `, ${rules.filter((item) => item.json.action === 'updated').length} inbound rules updated` : '';
	return `${count('created')} created, ${count('updated')} updated, ${count('deleted')} deleted, ${count('unchanged') + count('differs')} unchanged${ruleCount}`;
}

function asNodeError(node: INode, error: unknown): Error {
	if (error instanceof SyncInputError) {
		return new NodeOperationError(node, error.message, { description: 'Nothing was sent to the PBX; correct the input and run again.' });
	}
	return error as Error;
}
