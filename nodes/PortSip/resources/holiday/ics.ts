/*
 * Holiday → Sync, source iCalendar: the VEVENTs of ICS text (RFC 5545) as holiday descriptions.
 *   - all-day events (DTSTART;VALUE=DATE) are all-day holidays; DTEND is exclusive, so a 3-day event
 *     becomes a holiday from its first to its last day;
 *   - timed events become part-day holidays from the start time to the end time; a UTC time (…Z) or a
 *     time with a TZID that is an IANA zone is converted to the workflow's time zone; a floating time,
 *     or a TZID that is not an IANA zone (Outlook's "W. Europe Standard Time"), is taken as written;
 *   - RRULE FREQ=YEARLY on the start's month and day: a holiday every year, or with COUNT or UNTIL one
 *     holiday per year it occurs in.
 * Not supported, and refused with the line: other frequencies, BYDAY/BYWEEKNO/BYYEARDAY/BYSETPOS
 * rules, INTERVAL other than 1 without an end, EXDATE, RDATE and RECURRENCE-ID (changed occurrences).
 * Cancelled events (STATUS:CANCELLED) are skipped. Pure: no I/O.
 */
import { isValidDate } from '../../calendars/dates';
import type { HolidayDescription } from './body';
import { SyncInputError } from './syncPlan';
import type { SourcedHoliday } from './syncSource';

interface ContentLine {
	/** 1-based number of the line where it starts (before unfolding). */
	line: number;
	name: string;
	params: Record<string, string>;
	value: string;
}

interface Moment {
	year: number;
	month: number;
	day: number;
	/** Absent for a DATE value (all day). */
	hour?: number;
	minute?: number;
}

const FIELD = 'iCalendar';
const DAY = 24 * 60;
const fail = (line: number, problem: string): never => {
	throw new SyncInputError(`${FIELD}: line ${line}: ${problem}`);
};

/** Unfolds (a line break followed by a space or tab continues the line) and splits into content lines. */
function contentLines(text: string): ContentLine[] {
	const physical = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
	const logical: Array<{ line: number; text: string }> = [];
	physical.forEach((raw, index) => {
		if ((raw.startsWith(' ') || raw.startsWith('\t')) && logical.length > 0) logical[logical.length - 1].text += raw.slice(1);
		else if (raw.trim() !== '') logical.push({ line: index + 1, text: raw });
	});
	return logical.map(({ line, text: content }) => {
		// NAME;PARAM=VALUE;PARAM="QUOTED:VALUE":VALUE — the value starts at the first colon outside quotes
		let colon = -1;
		for (let i = 0, quoted = false; i < content.length; i++) {
			if (content[i] === '"') quoted = !quoted;
			else if (content[i] === ':' && !quoted) {
				colon = i;
				break;
			}
		}
		if (colon <= 0) fail(line, `"${content.slice(0, 40)}" is not an iCalendar content line (NAME:VALUE)`);
		const [name, ...params] = content.slice(0, colon).split(';');
		const paramMap: Record<string, string> = {};
		for (const param of params) {
			const equals = param.indexOf('=');
			if (equals > 0) paramMap[param.slice(0, equals).toUpperCase()] = param.slice(equals + 1).replace(/^"|"$/g, '');
		}
		return { line, name: name.toUpperCase(), params: paramMap, value: content.slice(colon + 1) };
	});
}

/** TEXT value unescaped (\n, \, \; \\). */
const unescapeText = (value: string) => value.replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? ' ' : c)).trim();

/** A DATE or DATE-TIME value in the workflow's time zone (see the header for the forms). */
function parseMoment(entry: ContentLine, timeZone: string): Moment {
	const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(entry.value.trim());
	if (!match) fail(entry.line, `${entry.name} "${entry.value}" is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS, optionally Z)`);
	const [, y, mo, d, h, mi, , utc] = match!;
	const date = { year: Number(y), month: Number(mo), day: Number(d) };
	if (!isValidDate(date)) fail(entry.line, `${entry.name} "${entry.value}" is not a day that exists`);
	if (h === undefined) {
		if (entry.params.VALUE && entry.params.VALUE !== 'DATE') fail(entry.line, `${entry.name} has VALUE=${entry.params.VALUE} but a date value`);
		return date;
	}
	const wall = { ...date, hour: Number(h), minute: Number(mi) };
	if (wall.hour > 23 || wall.minute > 59) fail(entry.line, `${entry.name} "${entry.value}" is not a time of day`);
	const zone = utc ? 'utc' : entry.params.TZID;
	if (!zone) return wall; // floating: as written
	const instant = utc ? toMinutes(wall) : zonedToUtc(wall, zone);
	if (instant === undefined) return wall; // a TZID that is not an IANA zone: as written
	return fromMinutes(instant + (offsetMinutes(instant, timeZone) ?? 0), true);
}

/** Minutes since 1970 of a wall time read as UTC (the arithmetic of this file: no zone, no DST). */
const toMinutes = (moment: Moment) => Date.UTC(moment.year, moment.month - 1, moment.day, moment.hour ?? 0, moment.minute ?? 0) / 60000;
function fromMinutes(minutes: number, timed: boolean): Moment {
	const date = new Date(minutes * 60000);
	const day = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
	return timed ? { ...day, hour: date.getUTCHours(), minute: date.getUTCMinutes() } : day;
}

/** The zone's offset from UTC at an instant, in minutes; undefined for a zone the runtime does not know. */
function offsetMinutes(instant: number, zone: string): number | undefined {
	let parts: Intl.DateTimeFormatPart[];
	try {
		const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
		parts = format.formatToParts(new Date(instant * 60000));
	} catch {
		return undefined;
	}
	const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	return toMinutes({ year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') }) - instant;
}

/** The instant of a wall time in a zone (the offset looked up twice, for the days the clocks change). */
function zonedToUtc(wall: Moment, zone: string): number | undefined {
	const guess = toMinutes(wall);
	const first = offsetMinutes(guess, zone);
	if (first === undefined) return undefined;
	return guess - (offsetMinutes(guess - first, zone) ?? first);
}

/** DURATION (RFC 5545 3.3.6): P1D, PT2H30M, P1W, P1DT12H. */
function durationMinutes(entry: ContentLine): number {
	const match = /^\+?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(entry.value.trim());
	if (!match || entry.value.trim() === 'P' || entry.value.trim().endsWith('T')) fail(entry.line, `DURATION "${entry.value}" is not a duration such as P1D or PT2H`);
	const [, w, d, h, m] = match!.map((part) => Number(part ?? 0));
	return ((w * 7 + d) * 24 + h) * 60 + m;
}


interface YearlyRule {
	/** Years it occurs in when bounded (COUNT or UNTIL); undefined: every year. */
	years?: number[];
}

/** RRULE: FREQ=YEARLY on the start's date only (see the header). */
function parseRule(entry: ContentLine, start: Moment): YearlyRule {
	const parts: Record<string, string> = {};
	for (const part of entry.value.split(';')) {
		const [key, value] = part.split('=');
		if (key) parts[key.toUpperCase()] = (value ?? '').toUpperCase();
	}
	if (parts.FREQ !== 'YEARLY') fail(entry.line, `RRULE FREQ=${parts.FREQ ?? '(none)'} is not supported: only FREQ=YEARLY (a holiday every year)`);
	for (const key of ['BYDAY', 'BYWEEKNO', 'BYYEARDAY', 'BYSETPOS', 'BYHOUR', 'BYMINUTE', 'BYSECOND']) {
		if (parts[key] !== undefined) fail(entry.line, `RRULE ${key} is not supported: only a yearly rule on the start's month and day`);
	}
	if (parts.BYMONTH !== undefined && Number(parts.BYMONTH) !== start.month) fail(entry.line, `RRULE BYMONTH=${parts.BYMONTH} differs from the start's month`);
	if (parts.BYMONTHDAY !== undefined && Number(parts.BYMONTHDAY) !== start.day) fail(entry.line, `RRULE BYMONTHDAY=${parts.BYMONTHDAY} differs from the start's day`);
	const interval = parts.INTERVAL === undefined ? 1 : Number(parts.INTERVAL);
	if (!Number.isInteger(interval) || interval < 1) fail(entry.line, `RRULE INTERVAL=${parts.INTERVAL} is not a whole number from 1`);
	const step = (index: number) => start.year + index * interval;
	if (parts.COUNT !== undefined) {
		const count = Number(parts.COUNT);
		if (!Number.isInteger(count) || count < 1 || count > 200) fail(entry.line, `RRULE COUNT=${parts.COUNT} must be a whole number from 1 to 200`);
		return { years: Array.from({ length: count }, (_, i) => step(i)) };
	}
	if (parts.UNTIL !== undefined) {
		const until = /^(\d{4})(\d{2})(\d{2})/.exec(parts.UNTIL);
		if (!until) fail(entry.line, `RRULE UNTIL=${parts.UNTIL} is not a date`);
		const last = Number(until![1]);
		const beforeOrOn = (year: number) => `${year}${String(start.month).padStart(2, '0')}${String(start.day).padStart(2, '0')}` <= parts.UNTIL.slice(0, 8);
		const years: number[] = [];
		for (let i = 0; step(i) <= last && i < 200; i++) if (beforeOrOn(step(i))) years.push(step(i));
		return { years };
	}
	if (interval !== 1) fail(entry.line, `RRULE INTERVAL=${interval} with no COUNT or UNTIL is not supported (PortSIP repeats a holiday every year only)`);
	return {};
}

const two = (value: number) => String(value).padStart(2, '0');
const dayOf = (moment: Moment, withYear: boolean) => `${withYear ? `${moment.year}-` : ''}${two(moment.month)}-${two(moment.day)}`;
const timeOf = (moment: Moment) => `${two(moment.hour ?? 0)}:${two(moment.minute ?? 0)}`;

/** One holiday description for an event from `start` to `end` (the last day or the end time, inclusive). */
function describe(name: string, region: string, start: Moment, end: Moment, everyYear: boolean): HolidayDescription {
	const oneDay = dayOf(start, true) === dayOf(end, true);
	const dates = oneDay ? { date: dayOf(start, !everyYear) } : { startDate: dayOf(start, !everyYear), endDate: dayOf(end, !everyYear) };
	const timed = start.hour !== undefined;
	return { name, region, everyYear, ...dates, ...(timed ? { allDay: false, startTime: timeOf(start), endTime: timeOf(end) } : {}) };
}

/** The holidays of ICS text: one per event, or per year of a bounded yearly rule. */
export function icsHolidays(text: unknown, region: string, timeZone: string): SourcedHoliday[] {
	if (typeof text !== 'string' || text.trim() === '') {
		throw new SyncInputError(`${FIELD}: give the text of an .ics file (BEGIN:VCALENDAR … END:VCALENDAR), e.g. {{ $json.data }} from an HTTP Request or Extract From File node`);
	}
	const lines = contentLines(text);
	if (lines[0]?.name !== 'BEGIN' || lines[0].value.toUpperCase() !== 'VCALENDAR') fail(lines[0]?.line ?? 1, 'an iCalendar file starts with BEGIN:VCALENDAR');
	const holidays: SourcedHoliday[] = [];
	const stack: Array<{ name: string; line: number }> = [];
	let event: { line: number; props: ContentLine[] } | undefined;
	for (const entry of lines) {
		if (entry.name === 'BEGIN') {
			const component = entry.value.toUpperCase();
			stack.push({ name: component, line: entry.line });
			if (component === 'VEVENT' && stack.length === 2) event = { line: entry.line, props: [] };
			continue;
		}
		if (entry.name === 'END') {
			const open = stack.pop();
			if (!open || open.name !== entry.value.toUpperCase()) fail(entry.line, `END:${entry.value} does not close ${open ? `BEGIN:${open.name} of line ${open.line}` : 'anything'}`);
			if (open!.name === 'VEVENT' && event && stack.length === 1) {
				holidays.push(...eventHolidays(event, region, timeZone));
				event = undefined;
			}
			continue;
		}
		// properties of the event itself, not of a VALARM inside it
		if (event && stack.length === 2) event.props.push(entry);
	}
	if (stack.length > 0) fail(stack[stack.length - 1].line, `BEGIN:${stack[stack.length - 1].name} is never closed (END:${stack[stack.length - 1].name})`);
	return holidays;
}

function eventHolidays(event: { line: number; props: ContentLine[] }, region: string, timeZone: string): SourcedHoliday[] {
	const prop = (name: string) => event.props.find((entry) => entry.name === name);
	if (prop('STATUS')?.value.toUpperCase() === 'CANCELLED') return [];
	for (const name of ['EXDATE', 'RDATE', 'RECURRENCE-ID']) {
		const unsupported = prop(name);
		if (unsupported) fail(unsupported.line, `${name} is not supported (a holiday repeats every year, or is one occurrence)`);
	}
	const summary = prop('SUMMARY');
	const name = summary ? unescapeText(summary.value) : '';
	if (!name) fail(event.line, 'the event has no SUMMARY, which becomes the holiday name');
	const dtstart = prop('DTSTART');
	if (!dtstart) fail(event.line, `the event "${name}" has no DTSTART`);
	const start = parseMoment(dtstart!, timeZone);
	const timed = start.hour !== undefined;
	let end: Moment;
	const dtend = prop('DTEND');
	const duration = prop('DURATION');
	if (dtend) {
		const exclusiveEnd = parseMoment(dtend, timeZone);
		if ((exclusiveEnd.hour !== undefined) !== timed) fail(dtend.line, 'DTEND must be a date when DTSTART is a date, and a date-time when DTSTART is one');
		end = fromMinutes(toMinutes(exclusiveEnd), timed);
	} else if (duration) {
		end = fromMinutes(toMinutes(start) + durationMinutes(duration), timed);
	} else {
		end = timed ? start : fromMinutes(toMinutes(start) + DAY, false);
	}
	if (toMinutes(end) < toMinutes(start)) fail((dtend ?? duration ?? dtstart)!.line, `the event "${name}" ends before it starts`);
	if (!timed) {
		// DTEND of an all-day event is the day after its last day
		end = fromMinutes(toMinutes(end) - (dayOf(end, true) === dayOf(start, true) ? 0 : DAY), false);
	} else if (end.hour === 0 && end.minute === 0 && dayOf(end, true) !== dayOf(start, true)) {
		end = fromMinutes(toMinutes(end) - 1, true); // ends at midnight: up to 23:59 of the day before
	}
	const rrule = prop('RRULE');
	const origin = `iCalendar event "${name}" (line ${event.line})`;
	if (!rrule) return [{ description: describe(name, region, start, end, false), origin }];
	const rule = parseRule(rrule, start);
	if (!rule.years) {
		if (dayOf(start, false) > dayOf(end, false)) fail(rrule.line, `the yearly event "${name}" runs over New Year, which a holiday every year cannot`);
		return [{ description: describe(name, region, start, end, true), origin: `${origin}, every year` }];
	}
	const lengthMinutes = toMinutes(end) - toMinutes(start);
	// 29 February recurs in leap years only (RFC 5545 skips the others)
	const years = rule.years.filter((year) => !(start.month === 2 && start.day === 29) || isValidDate({ year, month: 2, day: 29 }));
	return years.map((year) => {
		const from = { ...start, year };
		const to = fromMinutes(toMinutes(from) + lengthMinutes, timed);
		return { description: describe(name, region, from, to, false), origin: `${origin}, ${year}` };
	});
}
