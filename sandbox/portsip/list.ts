/**
 * PortSIP's list conventions for sandbox collections: `{count, items}` answers with `skip`/`top`
 * paging (top 1..100), `search`, `orderby` (`field asc|desc`, comma-separated) and a subset of the
 * filter language: `eq ne gt ge lt le`, `and`, `or`, parentheses, `startswith(f,'x')`,
 * `endswith(f,'x')`, `contains(f,'x')`; strings single-quoted (`''` is a quote), numbers, true,
 * false, null. Functions and search ignore case; comparisons do not. `count` is the number of items
 * that match the filter and search, before paging.
 */
import type { Reply } from '../http';

type Json = Record<string, unknown>;
type Literal = string | number | boolean | null;

export interface ListOptions {
	/** Fields `search` looks in (substring, any case). */
	searchFields: string[];
	/** Fields filter and orderby may name. */
	fields: string[];
	/** Turns a stored object into its list (summary) representation. */
	summary?: (item: Json) => Json;
}

export class ListQueryError extends Error {}

/** Answers a list request: the page of `items` the query asks for, or PortSIP's 400 for a bad query. */
export function listReply(items: Json[], query: Record<string, string>, options: ListOptions): Reply {
	try {
		return { status: 200, body: listPage(items, query, options) };
	} catch (error) {
		if (!(error instanceof ListQueryError)) throw error;
		return { status: 400, body: { errors: [{ code: 'VALIDATE_FAILED', message: error.message }] } };
	}
}

export function listPage(items: Json[], query: Record<string, string>, options: ListOptions): { count: number; items: Json[] } {
	const skip = integerParameter(query.skip, 'skip', 0, 0, Number.MAX_SAFE_INTEGER);
	const top = integerParameter(query.top, 'top', 100, 1, 100);
	let selected = items;
	if (query.filter !== undefined && query.filter.trim() !== '') {
		const matches = parseFilter(query.filter, options.fields);
		selected = selected.filter(matches);
	}
	if (query.search !== undefined && query.search !== '') {
		const needle = query.search.toLowerCase();
		selected = selected.filter((item) =>
			options.searchFields.some((field) => String(item[field] ?? '').toLowerCase().includes(needle)),
		);
	}
	if (query.orderby !== undefined && query.orderby.trim() !== '') {
		selected = sortBy(selected, query.orderby, options.fields);
	}
	const page = selected.slice(skip, skip + top);
	return { count: selected.length, items: options.summary ? page.map(options.summary) : page };
}

function integerParameter(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
	if (value === undefined) return fallback;
	const number = Number(value);
	if (!/^-?\d+$/.test(value) || number < min || number > max) {
		throw new ListQueryError(`${name} must be a whole number from ${min} to ${max}`);
	}
	return number;
}

// ---------------------------------------------------------------------------------------------
// orderby

function sortBy(items: Json[], orderby: string, fields: string[]): Json[] {
	const keys = orderby.split(',').map((part) => {
		const [field, direction = 'asc', ...rest] = part.trim().split(/\s+/);
		if (!fields.includes(field)) throw new ListQueryError(`orderby: unknown field "${field}"`);
		if (rest.length > 0 || !['asc', 'desc'].includes(direction.toLowerCase())) {
			throw new ListQueryError(`orderby: "${part.trim()}" must be a field followed by asc or desc`);
		}
		return { field, sign: direction.toLowerCase() === 'desc' ? -1 : 1 };
	});
	// Array.prototype.sort is stable: ties keep their order
	return [...items].sort((a, b) => {
		for (const { field, sign } of keys) {
			const order = compareValues(a[field], b[field]);
			if (order !== 0) return order * sign;
		}
		return 0;
	});
}

function compareValues(a: unknown, b: unknown): number {
	if (a === b) return 0;
	if (a === undefined || a === null) return -1;
	if (b === undefined || b === null) return 1;
	if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : 1;
	if (typeof a === 'boolean' && typeof b === 'boolean') return a ? 1 : -1;
	const left = String(a);
	const right = String(b);
	return left < right ? -1 : left > right ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// filter

type Token =
	| { kind: 'word'; text: string }
	| { kind: 'string'; value: string }
	| { kind: 'number'; value: number }
	| { kind: 'punct'; text: '(' | ')' | ',' };

function tokenize(filter: string): Token[] {
	const tokens: Token[] = [];
	let at = 0;
	while (at < filter.length) {
		const char = filter[at];
		if (/\s/.test(char)) {
			at += 1;
		} else if (char === '(' || char === ')' || char === ',') {
			tokens.push({ kind: 'punct', text: char });
			at += 1;
		} else if (char === "'") {
			let value = '';
			at += 1;
			for (;;) {
				if (at >= filter.length) throw new ListQueryError('filter: a text in quotes is not closed');
				if (filter[at] === "'") {
					if (filter[at + 1] === "'") {
						value += "'";
						at += 2;
						continue;
					}
					at += 1;
					break;
				}
				value += filter[at];
				at += 1;
			}
			tokens.push({ kind: 'string', value });
		} else {
			const number = /^-?\d+(\.\d+)?/.exec(filter.slice(at));
			const word = /^[A-Za-z_][\w.]*/.exec(filter.slice(at));
			if (number) {
				tokens.push({ kind: 'number', value: Number(number[0]) });
				at += number[0].length;
			} else if (word) {
				tokens.push({ kind: 'word', text: word[0] });
				at += word[0].length;
			} else {
				throw new ListQueryError(`filter: unexpected "${char}" at position ${at + 1}`);
			}
		}
	}
	return tokens;
}

type Predicate = (item: Json) => boolean;

const COMPARISONS: Record<string, (order: number) => boolean> = {
	eq: (order) => order === 0,
	ne: (order) => order !== 0,
	gt: (order) => order > 0,
	ge: (order) => order >= 0,
	lt: (order) => order < 0,
	le: (order) => order <= 0,
};

const FUNCTIONS: Record<string, (value: string, text: string) => boolean> = {
	startswith: (value, text) => value.startsWith(text),
	endswith: (value, text) => value.endsWith(text),
	contains: (value, text) => value.includes(text),
};

export function parseFilter(filter: string, fields: string[]): Predicate {
	const tokens = tokenize(filter);
	let at = 0;
	const peekWord = () => {
		const token = tokens[at];
		return token?.kind === 'word' ? token.text.toLowerCase() : undefined;
	};
	const expectPunct = (text: string) => {
		const token = tokens[at];
		if (token?.kind !== 'punct' || token.text !== text) {
			throw new ListQueryError(`filter: expected "${text}" ${token ? `before ${describe(token)}` : 'at the end'}`);
		}
		at += 1;
	};
	const field = (): string => {
		const token = tokens[at];
		if (token?.kind !== 'word') throw new ListQueryError(`filter: expected a field name ${token ? `at ${describe(token)}` : 'at the end'}`);
		if (!fields.includes(token.text)) throw new ListQueryError(`filter: unknown field "${token.text}"`);
		at += 1;
		return token.text;
	};
	const literal = (): Literal => {
		const token = tokens[at];
		at += 1;
		if (token?.kind === 'string' || token?.kind === 'number') return token.value;
		if (token?.kind === 'word' && ['true', 'false', 'null'].includes(token.text.toLowerCase())) {
			return token.text.toLowerCase() === 'null' ? null : token.text.toLowerCase() === 'true';
		}
		throw new ListQueryError(`filter: expected a value ${token ? `at ${describe(token)}` : 'at the end'}`);
	};
	const primary = (): Predicate => {
		const token = tokens[at];
		if (token?.kind === 'punct' && token.text === '(') {
			at += 1;
			const inner = orExpression();
			expectPunct(')');
			return inner;
		}
		const name = peekWord();
		if (name && FUNCTIONS[name] && tokens[at + 1]?.kind === 'punct') {
			at += 1;
			expectPunct('(');
			const target = field();
			expectPunct(',');
			const text = literal();
			expectPunct(')');
			if (typeof text !== 'string') throw new ListQueryError(`filter: ${name}() needs a text in single quotes`);
			const test = FUNCTIONS[name];
			return (item) => test(String(item[target] ?? '').toLowerCase(), text.toLowerCase());
		}
		const target = field();
		const operator = peekWord();
		if (!operator || !COMPARISONS[operator]) {
			throw new ListQueryError(`filter: expected eq, ne, gt, ge, lt or le after "${target}"`);
		}
		at += 1;
		const value = literal();
		const holds = COMPARISONS[operator];
		return (item) => {
			const actual = item[target];
			if (value === null || actual === null || actual === undefined) {
				const same = (actual ?? null) === value;
				return operator === 'eq' ? same : operator === 'ne' ? !same : false;
			}
			return holds(compareValues(coerce(actual, value), value));
		};
	};
	const andExpression = (): Predicate => {
		let left = primary();
		while (peekWord() === 'and') {
			at += 1;
			const first = left;
			const second = primary();
			left = (item) => first(item) && second(item);
		}
		return left;
	};
	const orExpression = (): Predicate => {
		let left = andExpression();
		while (peekWord() === 'or') {
			at += 1;
			const first = left;
			const second = andExpression();
			left = (item) => first(item) || second(item);
		}
		return left;
	};
	const predicate = orExpression();
	if (at < tokens.length) throw new ListQueryError(`filter: unexpected ${describe(tokens[at])}`);
	return predicate;
}

/** A value compared with a literal of another type: `12` with `'12'`, `true` with `'true'`. */
function coerce(actual: unknown, literal: Literal): unknown {
	if (typeof literal === 'string' && typeof actual !== 'string') return String(actual);
	if (typeof literal === 'number' && typeof actual === 'string' && actual.trim() !== '' && !Number.isNaN(Number(actual))) {
		return Number(actual);
	}
	return actual;
}

function describe(token: Token): string {
	switch (token.kind) {
		case 'word':
			return `"${token.text}"`;
		case 'punct':
			return `"${token.text}"`;
		case 'string':
			return `'${token.value}'`;
		case 'number':
			return String(token.value);
	}
}
