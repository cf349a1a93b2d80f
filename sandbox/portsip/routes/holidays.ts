/**
 * The tenant's holidays (`/api/holidays`). The contract check has already applied the spec's
 * schema; these handlers add what the PBX itself would refuse: an unknown region, a month, day, hour
 * or minute that does not exist, a holiday that ends before it starts, a one-year holiday with no
 * year. (Written apart from the node's own rules, so that the two cannot agree on a mistake.)
 */
import { toAlpha3 } from '../../../nodes/shared/iso';
import { portSipError, type PortSipRoutes } from '../api';
import { listReply } from '../list';
import { newPortSipId, type Json, type TenantState } from '../state';
import { rulesObserving } from './inboundRules';

const DATE_FIELDS = ['year', 'month', 'day', 'hour', 'minute'].flatMap((part) => [`${part}_start`, `${part}_end`]);

export const HOLIDAY_FIELDS = ['id', 'name', 'region', 'consecutive', 'every_year', ...DATE_FIELDS];

/** The PBX stores (and answers) a holiday every year with year_start and year_end 0. */
function asStored(holiday: Json): Json {
	return holiday.every_year ? { ...holiday, year_start: 0, year_end: 0 } : holiday;
}

/** Adds a holiday straight to the sandbox's data (test set-up); returns it with its new id. */
export function addHoliday(tenant: TenantState, fields: Json): Json {
	const holiday = asStored({ id: newPortSipId(), ...fields });
	tenant.holidays.set(holiday.id as string, holiday);
	return holiday;
}

/**
 * Test hook: holiday writes (create, update, delete) that this predicate picks are refused with a
 * 400, as the PBX refuses a bad holiday; it sees the holiday as it would be stored (for a delete,
 * the stored one). Set with `failHolidayWrites(sandbox, predicate)`, cleared with `undefined`.
 */
const refusedWrites = new WeakMap<PortSipRoutes, (holiday: Json) => boolean>();

export function failHolidayWrites(sandbox: PortSipRoutes, refuse: ((holiday: Json) => boolean) | undefined): void {
	if (refuse) refusedWrites.set(sandbox, refuse);
	else refusedWrites.delete(sandbox);
}

function refused(sandbox: PortSipRoutes, holiday: Json) {
	if (!refusedWrites.get(sandbox)?.(holiday)) return undefined;
	return portSipError(400, 'VALIDATE_FAILED', `Holiday "${String(holiday.name)}" was refused (sandbox: failHolidayWrites)`);
}

/** What the PBX would say is wrong with a holiday, if anything. */
function holidayProblem(holiday: Json): string | undefined {
	if (toAlpha3(holiday.region) !== holiday.region) return `region "${String(holiday.region)}" is not an ISO 3166-1 alpha-3 country code`;
	const ranges: Record<string, [number, number]> = { year: [1970, 9999], month: [1, 12], day: [1, 31], hour: [0, 23], minute: [0, 59] };
	for (const field of DATE_FIELDS) {
		const value = holiday[field];
		if (holiday.every_year && field.startsWith('year_')) continue;
		const [min, max] = ranges[field.split('_')[0]];
		if (value !== undefined && (typeof value !== 'number' || value < min || value > max)) {
			return `${field} must be from ${min} to ${max}`;
		}
	}
	if (!holiday.every_year && (holiday.year_start === undefined || holiday.year_end === undefined)) {
		return 'year_start and year_end are required unless every_year is true';
	}
	const point = (side: 'start' | 'end') => {
		const year = holiday.every_year ? 2000 : (holiday[`year_${side}`] as number); // 2000: Feb 29 exists
		const month = holiday[`month_${side}`] as number | undefined;
		const day = holiday[`day_${side}`] as number | undefined;
		if (month === undefined || day === undefined) return undefined;
		const date = new Date(Date.UTC(year, month - 1, day, (holiday[`hour_${side}`] as number) ?? 0, (holiday[`minute_${side}`] as number) ?? 0));
		return date.getUTCDate() === day ? date.getTime() : Number.NaN;
	};
	const start = point('start');
	const end = point('end');
	if (start === undefined || end === undefined) return 'month_start, day_start, month_end and day_end are required';
	if (Number.isNaN(start)) return 'day_start does not exist in that month';
	if (Number.isNaN(end)) return 'day_end does not exist in that month';
	if (end < start) return 'the holiday ends before it starts';
	return undefined;
}

export function registerHolidayRoutes(sandbox: PortSipRoutes): void {
	sandbox.route('GET', '/api/holidays', 'tenant', ({ tenant, request }) =>
		listReply([...tenant!.holidays.values()], request.query, { searchFields: ['name'], fields: HOLIDAY_FIELDS }),
	);

	sandbox.route('POST', '/api/holidays', 'tenant', ({ tenant, request }) => {
		const body = request.body as Json;
		const problem = holidayProblem(body);
		if (problem) return portSipError(400, 'VALIDATE_FAILED', `field validation failed: ${problem}`);
		const refusal = refused(sandbox, body);
		if (refusal) return refusal;
		const holiday = addHoliday(tenant!, body);
		return { status: 201, body: { id: holiday.id } };
	});

	sandbox.route('GET', '/api/holidays/{id}', 'tenant', ({ tenant, params }) => {
		const holiday = tenant!.holidays.get(params.id);
		if (!holiday) return portSipError(404, 'NOT_FOUND', `Holiday ${params.id} not found`);
		return { status: 200, body: { ...holiday } };
	});

	// 200 with no body, as PortSIP answers updates
	sandbox.route('POST', '/api/holidays/{id}', 'tenant', ({ tenant, params, request }) => {
		const holiday = tenant!.holidays.get(params.id);
		if (!holiday) return portSipError(404, 'NOT_FOUND', `Holiday ${params.id} not found`);
		const updated = asStored({ ...holiday, ...(request.body as Json) });
		const problem = holidayProblem(updated);
		if (problem) return portSipError(400, 'VALIDATE_FAILED', `field validation failed: ${problem}`);
		const refusal = refused(sandbox, updated);
		if (refusal) return refusal;
		tenant!.holidays.set(params.id, updated);
		return { status: 200 };
	});

	// the spec documents 400 "Invalid rule ID supplied." for an unknown id here
	sandbox.route('POST', '/api/holidays/{id}/destroy', 'tenant', ({ tenant, params }) => {
		const stored = tenant!.holidays.get(params.id);
		const refusal = stored && refused(sandbox, stored);
		if (refusal) return refusal;
		const observing = rulesObserving(tenant!, params.id).map((rule) => String(rule.name));
		if (observing.length > 0) return portSipError(400, 'VALIDATE_FAILED', `The holiday is used by inbound rules: ${observing.join(', ')}`);
		if (!tenant!.holidays.delete(params.id)) return portSipError(400, 'VALIDATE_FAILED', 'Invalid holiday ID supplied.');
		return { status: 204 };
	});
}
