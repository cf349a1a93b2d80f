/**
 * PortSIP's list conventions for any collection the sandbox serves: `filter` (a subset of the
 * OData-like language: eq ne gt ge lt le, and, or, parentheses, startswith/endswith/contains
 * with single-quoted strings), `search`, `orderby` ("name asc, created_at desc"), `skip` and
 * `top` (1..100, default 100), answered as `{count, items}` where count is the total that matched.
 */
import type { Reply } from '../http';
import { portSipError } from './index';

type Json = Record<string, unknown>;

export interface ListOptions {
	/** Fields `search` looks in (case-insensitive substring). */
	searchFields: string[];
	/** Turns a stored object into its list (summary) representation. */
	summary?: (item: Json) => Json;
}

export function listReply(items: Json[], query: Record<string, string>, options: ListOptions): Reply {
	let matched = items;
	try {
		if (query.filter) {
			const predicate = parseFilter(query.filter);
			matched = matched.filter(predicate);
		}
		if (query.orderby) matched = sortBy(matched, query.orderby);
	} catch (error) {
		return portSipError(400, 'VALIDATE_FAILED', (error as Error).message);
	}
	if (query.search) {
		const needle = query.search.toLowerCase();
		matched = matched.filter((item) =>
			options.searchFields.some((field) => String(item[field] ?? '').toLowerCase().includes(needle)),
		);
	}
	const skip = query.skip === undefined ? 0 : Number(query.skip);
	const top = query.top === undefined ? 100 : Number(query.top);
	const page = matched.slice(skip, skip + top).map((item) => (options.summary ? options.summary(item) : { ...item }));
	return { status: 200, body: { count: matched.length, items: page } };
}

function sortBy(items: Json[], orderby: string): Json[] {
	const keys = orderby.split(',').map((part) => {
		const [field, direction = 'asc', extra] = part.trim().split(/\s+/);
		if (!/^[a-z_][a-z0-9_]*$/i.test(field ?? '') || !/^(asc|desc)$/i.test(direction) || extra !== undefined) {
			throw new Error(`orderby: cannot read "${part.trim()}" (expected "field asc" or "field desc")`);
		}
		return { field, sign: direction.toLowerCase() === 'desc' ? -1 : 1 };
	});
	return [...items].sort((a, b) => {
		for (const { field, sign } of keys) {
			const order = compare(a[field], b[field]);
			if (order !== 0) return order * sign;
		}
		return 0;
	});
}

function compare(a: unknown, b: unknown): number {
	if (a === b) return 0;
	if (a === undefined || a === null) return -1;
	if (b === undefined || b === null) return 1;
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return String(a) < String(b) ? -1 : 1;
}

type Token = { kind: 'word' | 'string' | 'number' | 'punct'; text: string; value?: unknown };
type Predicate = (item: Json) => boolean;

function tokenize(source: string): Token[] {
	const tokens: Token[] = [];
	const pattern = /\s*(?:(')((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)(?![\w])|([A-Za-z_][\w.]*)|([(),]))/y;
	let index = 0;
	while (index < source.length) {
		if (/^\s*$/.test(source.slice(index))) break;
		pattern.lastIndex = index;
		const match = pattern.exec(source);
		if (!match) throw new Error(`filter: cannot read "${source.slice(index).trim()}"`);
		index = pattern.lastIndex;
		if (match[1]) tokens.push({ kind: 'string', text: match[0], value: match[2].replace(/''/g, "'") });
		else if (match[3] !== undefined) tokens.push({ kind: 'number', text: match[3], value: Number(match[3]) });
		else if (match[4] !== undefined) tokens.push({ kind: 'word', text: match[4] });
		else tokens.push({ kind: 'punct', text: match[5] });
	}
	return tokens;
}

const COMPARISONS: Record<string, (a: unknown, b: unknown) => boolean> = {
	eq: (a, b) => a === b,
	ne: (a, b) => a !== b,
	gt: (a, b) => a !== undefined && compare(a, b) > 0,
	ge: (a, b) => a !== undefined && compare(a, b) >= 0,
	lt: (a, b) => a !== undefined && compare(a, b) < 0,
	le: (a, b) => a !== undefined && compare(a, b) <= 0,
};

const FUNCTIONS: Record<string, (a: string, b: string) => boolean> = {
	startswith: (a, b) => a.startsWith(b),
	endswith: (a, b) => a.endsWith(b),
	contains: (a, b) => a.includes(b),
};

/** filter := and ('or' and)* ; and := term ('and' term)* ; term := '(' filter ')' | fn(field, 'x') | field op value */
export function parseFilter(source: string): Predicate {
	const tokens = tokenize(source);
	let position = 0;
	const peek = () => tokens[position];
	const next = () => {
		const token = tokens[position++];
		if (!token) throw new Error(`filter: "${source}" ends too early`);
		return token;
	};
	const expect = (text: string) => {
		const token = next();
		if (token.text !== text) throw new Error(`filter: expected "${text}" but found "${token.text}"`);
	};
	const literal = (): unknown => {
		const token = next();
		if (token.kind === 'string' || token.kind === 'number') return token.value;
		if (token.text === 'true') return true;
		if (token.text === 'false') return false;
		if (token.text === 'null') return null;
		throw new Error(`filter: expected a value but found "${token.text}" (strings are single-quoted)`);
	};
	const term = (): Predicate => {
		const token = next();
		if (token.text === '(') {
			const inner = or();
			expect(')');
			return inner;
		}
		if (token.kind !== 'word') throw new Error(`filter: expected a field name but found "${token.text}"`);
		const fn = FUNCTIONS[token.text.toLowerCase()];
		if (fn && peek()?.text === '(') {
			expect('(');
			const field = next();
			if (field.kind !== 'word') throw new Error(`filter: expected a field name in ${token.text}()`);
			expect(',');
			const value = literal();
			expect(')');
			if (typeof value !== 'string') throw new Error(`filter: ${token.text}() takes a single-quoted string`);
			return (item) => typeof item[field.text] === 'string' && fn(item[field.text] as string, value);
		}
		const operator = next();
		const comparison = COMPARISONS[operator.text.toLowerCase()];
		if (!comparison) throw new Error(`filter: unknown operator "${operator.text}" (use eq, ne, gt, ge, lt or le)`);
		const value = literal();
		return (item) => comparison(item[token.text], value);
	};
	const and = (): Predicate => {
		let left = term();
		while (peek()?.text.toLowerCase() === 'and') {
			next();
			const right = term();
			const previous = left;
			left = (item) => previous(item) && right(item);
		}
		return left;
	};
	const or = (): Predicate => {
		let left = and();
		while (peek()?.text.toLowerCase() === 'or') {
			next();
			const right = and();
			const previous = left;
			left = (item) => previous(item) || right(item);
		}
		return left;
	};
	const predicate = or();
	if (position < tokens.length) throw new Error(`filter: unexpected "${tokens[position].text}"`);
	return predicate;
}
