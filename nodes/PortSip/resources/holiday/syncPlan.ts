/*
 * Holiday → Sync, the planning half: which holidays to create, update or delete so that the PBX holds
 * the desired set. Pure (no requests, no n8n context), so it is tested on its own.
 *
 * Matching: a desired holiday and a PBX holiday are the same holiday when they have the same region,
 * the same name (exactly, case included) and the same year, or are both "every year". The dates,
 * times and the consecutive flag are what an update may change; a holiday whose name, region or year
 * changes is another holiday.
 */
import type { IDataObject } from 'n8n-workflow';

import type { HolidayBody } from '../../schemas/holiday';

export type SyncMode = 'addMissing' | 'upsert' | 'mirror';

/** A checked create body (POST /api/holidays). */
export type DesiredBody = HolidayBody & { name: string; region: string; every_year: boolean };

export interface DesiredHoliday {
	body: DesiredBody;
	/** Where it came from, for messages: `Item 3`, `JSON entry 2`, `Germany 2026: Good Friday`. */
	origin: string;
	/** The input item it came from (for the output's pairing). */
	itemIndex: number;
}

/** A holiday as the list answers it. */
export type ExistingHoliday = HolidayBody & IDataObject & { id: string };

/** The part of the PBX that Mirror may delete from; what is outside it is never touched. */
export interface SyncScope {
	/** Only holidays of this region (alpha-3). */
	region?: string;
	/** Only holidays whose name starts with this. */
	namePrefix?: string;
}

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

export type PlannedAction =
	| { action: 'create'; desired: DesiredHoliday }
	/** `changes` are the fields to send (and only those). */
	| { action: 'update'; desired: DesiredHoliday; existing: ExistingHoliday; changes: FieldChanges }
	/**
	 * Nothing to do. `duplicateOf`: a second PBX holiday matching the same desired one, left alone
	 * outside Mirror (or its scope).
	 */
	| { action: 'unchanged'; desired: DesiredHoliday; existing: ExistingHoliday; duplicateOf?: string }
	/** Add Missing: the PBX's copy differs (`changes`), and Add Missing does not update. */
	| { action: 'differs'; desired: DesiredHoliday; existing: ExistingHoliday; changes: FieldChanges }
	/** Mirror: in the scope and not desired (`duplicateOf`: a second copy of a desired holiday). */
	| { action: 'delete'; existing: ExistingHoliday; desired?: DesiredHoliday; duplicateOf?: string };

/** A mistake in what the user asked for, found before any request; the operation shows the message. */
export class SyncInputError extends Error {}

/** The identity of a holiday: region, name and year (or "every year"). */
export function matchKey(holiday: HolidayBody): string {
	return JSON.stringify([holiday.region, holiday.name, holiday.every_year === true ? 'every year' : holiday.year_start]);
}

/** `"Christmas Day" (GBR, every year)`, `"Easter Monday" (DEU, 2026)`. */
export function describeHoliday(holiday: HolidayBody): string {
	return `"${String(holiday.name)}" (${String(holiday.region)}, ${holiday.every_year === true ? 'every year' : String(holiday.year_start)})`;
}

export function inScope(holiday: HolidayBody, scope: SyncScope): boolean {
	if (scope.region && holiday.region !== scope.region) return false;
	if (scope.namePrefix && !String(holiday.name ?? '').startsWith(scope.namePrefix)) return false;
	return true;
}

/** Mirror deletes, so it needs a scope that keeps hand-made holidays out of its reach. */
export function checkScope(mode: SyncMode, scope: SyncScope): void {
	if (mode === 'mirror' && !scope.region && !scope.namePrefix) {
		throw new SyncInputError(
			'Mirror needs a scope: set a Name Prefix (the holidays the sync manages) or a Mirror Region, or both. ' +
				'Mirror deletes the holidays in its scope that are not in the desired set; without a scope it would delete ' +
				'every other holiday of the tenant, those made by hand included.',
		);
	}
}

/** Two desired holidays that are the same holiday (same region, name and year) cannot both be written. */
export function checkDesired(desired: DesiredHoliday[]): void {
	const byKey = new Map<string, DesiredHoliday[]>();
	for (const holiday of desired) {
		const key = matchKey(holiday.body);
		byKey.set(key, [...(byKey.get(key) ?? []), holiday]);
	}
	const duplicates = [...byKey.values()].filter((group) => group.length > 1);
	if (duplicates.length === 0) return;
	const list = duplicates
		.map((group) => `${describeHoliday(group[0].body)} from ${group.map((holiday) => holiday.origin).join(' and ')}`)
		.join('; ');
	throw new SyncInputError(
		`The holidays to sync contain duplicates (same region, name and year, or both every year): ${list}. ` +
			'Give each a different name (or remove one); nothing was written.',
	);
}

/**
 * The fields of the desired body that the PBX's copy does not have (name and region are equal by
 * matching). Fields the desired body leaves out (the years of a holiday every year) are not compared.
 */
export function differences(desired: DesiredBody, existing: ExistingHoliday): FieldChanges | undefined {
	const changes: FieldChanges = {};
	for (const [field, to] of Object.entries(desired)) {
		if (field === 'name' || field === 'region' || to === undefined) continue;
		let from = existing[field];
		if (typeof to === 'boolean' && from === undefined) from = false;
		if (from !== to) changes[field] = { from, to };
	}
	return Object.keys(changes).length > 0 ? changes : undefined;
}

/**
 * What to do, in order: for each desired holiday, create, update or leave it (with any duplicates
 * the PBX holds of it); then, in Mirror, the deletions of what is in the scope and not desired.
 *
 * - Add Missing creates the desired holidays the PBX lacks.
 * - Upsert also updates those whose dates, times or flags differ.
 * - Mirror also deletes, within the scope, every holiday that is not desired, and the extra copies
 *   of a desired one.
 *
 * When the PBX holds several copies of a desired holiday, the one that already matches it exactly
 * is kept (else the first listed); the others are extra copies.
 */
export function planSync(desired: DesiredHoliday[], existing: ExistingHoliday[], mode: SyncMode, scope: SyncScope = {}): PlannedAction[] {
	checkScope(mode, scope);
	checkDesired(desired);
	const existingByKey = new Map<string, ExistingHoliday[]>();
	for (const holiday of existing) {
		const key = matchKey(holiday);
		existingByKey.set(key, [...(existingByKey.get(key) ?? []), holiday]);
	}
	const matched = new Set<ExistingHoliday>();
	const plan: PlannedAction[] = [];
	for (const wanted of desired) {
		const copies = existingByKey.get(matchKey(wanted.body)) ?? [];
		if (copies.length === 0) {
			plan.push({ action: 'create', desired: wanted });
			continue;
		}
		const kept = copies.find((copy) => !differences(wanted.body, copy)) ?? copies[0];
		const changes = differences(wanted.body, kept);
		if (!changes) plan.push({ action: 'unchanged', desired: wanted, existing: kept });
		else if (mode === 'addMissing') plan.push({ action: 'differs', desired: wanted, existing: kept, changes });
		else plan.push({ action: 'update', desired: wanted, existing: kept, changes });
		for (const copy of copies) {
			matched.add(copy);
			if (copy === kept) continue;
			if (mode === 'mirror' && inScope(copy, scope)) {
				plan.push({ action: 'delete', existing: copy, desired: wanted, duplicateOf: kept.id });
			} else {
				plan.push({ action: 'unchanged', desired: wanted, existing: copy, duplicateOf: kept.id });
			}
		}
	}
	if (mode === 'mirror') {
		const doomed = existing.filter((holiday) => !matched.has(holiday) && inScope(holiday, scope));
		const renamed = renames(plan, doomed);
		for (const holiday of doomed) if (!renamed.has(holiday)) plan.push({ action: 'delete', existing: holiday });
	}
	return plan;
}

const DATE_FIELDS = ['month_start', 'day_start', 'hour_start', 'minute_start', 'month_end', 'day_end', 'hour_end', 'minute_end'] as const;

/** The region and dates of a holiday (the years only for a one-year holiday): what a rename keeps. */
function datesKey(holiday: HolidayBody): string {
	const years = holiday.every_year === true ? 'every year' : [holiday.year_start, holiday.year_end];
	return JSON.stringify([holiday.region, holiday.consecutive === true, years, ...DATE_FIELDS.map((field) => holiday[field])]);
}

/**
 * Mirror with other names (Holiday Names switched language, a Name Prefix dropped): a holiday it
 * would create and one it would delete that have the same region and dates, each the only one of
 * its side with them, are the same holiday renamed: the create becomes an update of the name, and
 * the holiday keeps its ID (and the inbound rules that observe it). Returns the holidays renamed.
 */
function renames(plan: PlannedAction[], doomed: ExistingHoliday[]): Set<ExistingHoliday> {
	const group = <T>(items: T[], key: (item: T) => string) => {
		const groups = new Map<string, T[]>();
		for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
		return groups;
	};
	const creates = plan.flatMap((step, index) => (step.action === 'create' ? [{ step, index }] : []));
	const createsByDates = group(creates, ({ step }) => datesKey(step.desired.body));
	const doomedByDates = group(doomed, datesKey);
	const renamed = new Set<ExistingHoliday>();
	for (const [key, [only, ...others]] of createsByDates) {
		const [existing, ...moreExisting] = doomedByDates.get(key) ?? [];
		if (others.length > 0 || !existing || moreExisting.length > 0) continue;
		const changes = differences(only.step.desired.body, existing) ?? {};
		plan[only.index] = {
			action: 'update',
			desired: only.step.desired,
			existing,
			changes: { name: { from: existing.name, to: only.step.desired.body.name }, ...changes },
		};
		renamed.add(existing);
	}
	return renamed;
}

/** The request body of an update: the changed fields and nothing else. */
export function updateBody(changes: FieldChanges): HolidayBody {
	return Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change.to])) as HolidayBody;
}

/** An inbound rule as the list answers it: `holidays` are the holidays it observes (objects, or IDs). */
export type ExistingRule = IDataObject & { id: string; name?: string; holidays?: Array<IDataObject | string> };

/** A holiday the sync created (no ID in a dry run) or deleted. */
export interface HolidayRef {
	id?: string;
	name: string;
}

/** A holiday the sync deletes; an extra copy names the copy that is kept. */
export type DeletedHoliday = HolidayRef & { id: string; keptCopy?: HolidayRef & { id: string } };

/** What the sync does to one inbound rule: the holiday list to send, and what it attaches and detaches. */
export interface RuleChange {
	rule: ExistingRule;
	holidays: string[];
	attached: HolidayRef[];
	detached: HolidayRef[];
}

/**
 * Apply to Inbound Rules: each rule keeps the holidays it observes (those attached by hand too),
 * gains each created holiday and loses each deleted one; a rule that observed an extra copy Mirror
 * deletes observes the kept copy instead. A rule with nothing attached or detached is not written.
 */
export function planRuleChanges(rules: ExistingRule[], created: HolidayRef[], deleted: DeletedHoliday[]): RuleChange[] {
	const deletedIds = new Set(deleted.map((holiday) => holiday.id));
	return rules.map((rule) => {
		const current = (rule.holidays ?? []).map((holiday) => (typeof holiday === 'string' ? holiday : String(holiday.id)));
		const lost = deleted.filter((holiday) => current.includes(holiday.id));
		const kept = current.filter((id) => !deletedIds.has(id));
		const attached: HolidayRef[] = [];
		for (const holiday of [...created, ...lost.flatMap((copy) => (copy.keptCopy ? [copy.keptCopy] : []))]) {
			const known = holiday.id !== undefined && (kept.includes(holiday.id) || attached.some((other) => other.id === holiday.id));
			if (!known) attached.push(holiday);
		}
		const detached = lost.map(({ id, name }) => ({ id, name }));
		return { rule, holidays: [...kept, ...attached.flatMap((holiday) => (holiday.id ? [holiday.id] : []))], attached, detached };
	});
}
