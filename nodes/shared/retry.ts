import type { IDataObject } from 'n8n-workflow';

/**
 * When a failed request is sent again, and how long to wait first. One policy for every request of
 * both nodes (declarative operations, read-backs, lists, pickers, Sync). The waits go through
 * `waitBeforeRetry` (wait.ts), which the tests replace with a recorder (test/harness/env.ts).
 */
export interface RetryPolicy {
	attempts: number;
	baseDelayMs: number;
	maxDelayMs: number;
}

export const RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
	/** Attempts in all, the first included. */
	attempts: 4,
	/** Wait before the first retry; it doubles for each next one (with jitter, so items spread out). */
	baseDelayMs: 1000,
	/** Longest wait between two attempts. A Retry-After longer than this is not waited for: the item fails and says when to retry. */
	maxDelayMs: 30_000,
});

/** What went wrong with one attempt. */
export type Failure =
	/** The server answered this status. */
	| { kind: 'status'; statusCode: number; headers?: IDataObject }
	/**
	 * No answer: the connection failed, was reset or timed out (`code` as Node or axios names it).
	 * `loginOnly`: it was the login that failed, so the request itself was never sent.
	 */
	| { kind: 'network'; code?: string; loginOnly?: boolean }
	/** A success status with a body that is not the JSON it should be (cut short, an HTML page...). */
	| { kind: 'malformed'; statusCode: number };

/** Failures where the request never reached the server: safe to send again, even a create. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN']);

/** Failures where the request may have reached the server and been processed: only for idempotent requests. */
const MAYBE_PROCESSED_CODES = new Set([
	'ECONNRESET',
	'ETIMEDOUT',
	'ECONNABORTED',
	'EPIPE',
	'ESOCKETTIMEDOUT',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

/** Statuses of a server that is overloaded or restarting; the request may have been processed before the answer was lost. */
const MAYBE_PROCESSED_STATUSES = new Set([502, 503, 504]);

export type RetryVerdict =
	/** Send again after waiting this long. */
	| { retry: true; delayMs: number }
	/** Do not; `uncertain`: the request may have been processed (so the error must say to check). */
	| { retry: false; uncertain: boolean; retryAfterMs?: number };

/**
 * Whether to send again after `failure` on attempt `attempt` (from 1), for an idempotent request
 * (reads, updates, deletes: sending twice = sending once) or not (creates).
 *
 * - 429: a rate limit refuses before processing (RFC 6585): sent again after Retry-After (or the
 *   backoff), for any request, creates included.
 * - 502, 503, 504, a reset connection, a timeout, a cut-short body: the server may have done the
 *   work before the answer was lost. Sent again only when idempotent; a create is never repeated
 *   (it could create a duplicate), and its error says to check whether it was created.
 * - Connection refused, DNS not answering, or a login that got no answer (reset, timeout): the
 *   request was not sent; sent again for any request.
 * - Anything else (400, 403, 404, 409, 500, a certificate error, an unknown host) would fail the
 *   same way again. A 401 has had its new login already (n8n renews it).
 */
export function retryVerdict(failure: Failure, idempotent: boolean, attempt: number, policy: Readonly<RetryPolicy> = RETRY_POLICY): RetryVerdict {
	const retryAfterMs = failure.kind === 'status' ? retryAfterOf(failure.headers) : undefined;
	const safe = isSafeToResend(failure);
	const maybeProcessed = safe === 'ifIdempotent';
	if (safe === false || (maybeProcessed && !idempotent)) {
		return { retry: false, uncertain: maybeProcessed && !idempotent, retryAfterMs };
	}
	if (attempt >= policy.attempts) return { retry: false, uncertain: false, retryAfterMs };
	if (retryAfterMs !== undefined) {
		if (retryAfterMs > policy.maxDelayMs) return { retry: false, uncertain: false, retryAfterMs };
		return { retry: true, delayMs: retryAfterMs };
	}
	const exponential = policy.baseDelayMs * 2 ** (attempt - 1);
	// "equal jitter": half fixed, half random, so that items that failed together do not retry together
	const jittered = exponential / 2 + (Math.random() * exponential) / 2;
	return { retry: true, delayMs: Math.round(Math.min(policy.maxDelayMs, jittered)) };
}

/** Whether the server may have done the work although its answer was lost or broken. */
export function mayHaveBeenProcessed(failure: Failure): boolean {
	return isSafeToResend(failure) === 'ifIdempotent';
}

function isSafeToResend(failure: Failure): boolean | 'ifIdempotent' {
	switch (failure.kind) {
		case 'status':
			if (failure.statusCode === 429) return true;
			return MAYBE_PROCESSED_STATUSES.has(failure.statusCode) ? 'ifIdempotent' : false;
		case 'network':
			if (failure.code && NOT_SENT_CODES.has(failure.code)) return true;
			// a login is safe to repeat, and the request it was for was not sent
			if (failure.loginOnly) return failure.code !== undefined && MAYBE_PROCESSED_CODES.has(failure.code);
			return failure.code && MAYBE_PROCESSED_CODES.has(failure.code) ? 'ifIdempotent' : false;
		case 'malformed':
			return 'ifIdempotent';
	}
}

/** Retry-After in milliseconds: delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterOf(headers: IDataObject | undefined): number | undefined {
	if (!headers) return undefined;
	const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === 'retry-after');
	const value = String(entry?.[1] ?? '').trim();
	if (value === '') return undefined;
	if (/^\d+$/.test(value)) return Number(value) * 1000;
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** A body a JSON API should not answer with a success: text that does not parse as JSON. */
export function isMalformedJson(body: unknown): boolean {
	if (typeof body !== 'string' || body.trim() === '') return false;
	try {
		JSON.parse(body);
		return false;
	} catch {
		return true;
	}
}

/** Added to the error of a request that was not sent again because it may have been processed. */
export function uncertainOutcomeNote(label: string): string {
	return `${label} may have processed this request before the answer was lost, so it was not sent again (that could create a duplicate). Check whether it took effect (for example with Get or Get Many) before running this item again.`;
}

/** Added to the error when Retry-After asked for a longer wait than the node waits. */
export function retryAfterNote(retryAfterMs: number): string {
	return `The server asked to wait ${Math.ceil(retryAfterMs / 1000)} s before retrying, longer than this node waits (${RETRY_POLICY.maxDelayMs / 1000} s): run it again later, or lower the node's Request Options → Max Concurrent Requests (or space the items out with Batching).`;
}
