/**
 * Fault injection for the sandboxes: answers or breaks chosen requests the way real networks and
 * overloaded servers do. A fault strikes either before the server processes the request (nothing
 * happened: a rate limit, a server that refuses work) or after (the work is done but the answer is
 * lost or broken), which is what makes resending a create dangerous.
 */
import type { Interceptor, RecordedRequest, Reply } from './http';

export type Fault =
	/** Answer this status without processing the request (429, 503...), optionally with Retry-After. */
	| { type: 'status'; status: number; retryAfter?: string; body?: unknown }
	/** Process the request, then answer this status instead (a gateway that lost the answer). */
	| { type: 'statusAfterProcessing'; status: number }
	/** Reset the connection before answering; `afterProcessing`: once the request was processed. */
	| { type: 'reset'; afterProcessing?: boolean }
	/** Process the request and answer only after `ms` (longer than the client's timeout). */
	| { type: 'slow'; ms: number }
	/** Process the request and answer a JSON body cut short. */
	| { type: 'malformed' };

export interface FaultRule {
	/** `GET`, `POST`... (any when absent). */
	method?: string;
	/** The request path, exactly or as a pattern (any when absent). */
	path?: string | RegExp;
	fault: Fault;
	/** How many matching requests it strikes (default 1; Infinity for all). */
	times?: number;
	/** Matching requests to let through before it strikes (default 0). */
	skip?: number;
}

export interface InjectedFault {
	method: string;
	path: string;
	fault: Fault['type'];
}

interface ActiveRule extends FaultRule {
	left: number;
	skipLeft: number;
}

export class FaultInjector {
	/** Every fault injected, in order. */
	readonly injected: InjectedFault[] = [];
	private readonly rules: ActiveRule[] = [];

	add(rule: FaultRule): this {
		this.rules.push({ ...rule, left: rule.times ?? 1, skipLeft: rule.skip ?? 0 });
		return this;
	}

	/** Faults planned but not injected yet (a test asserts 0, so a fault that never struck fails it). */
	pending(): number {
		return this.rules.reduce((sum, rule) => sum + (Number.isFinite(rule.left) ? rule.left : 0), 0);
	}

	readonly interceptor: Interceptor = async (request, raw, next) => {
		const rule = this.rules.find((r) => r.left > 0 && matches(r, request) && (r.skipLeft-- <= 0));
		if (!rule) return undefined;
		rule.left -= 1;
		const { fault } = rule;
		this.injected.push({ method: request.method, path: request.path, fault: fault.type });
		switch (fault.type) {
			case 'status':
				return {
					status: fault.status,
					body: fault.body ?? { errors: [{ code: 'FAULT', message: `injected ${fault.status}` }], message: `injected ${fault.status}` },
					headers: fault.retryAfter !== undefined ? { 'Retry-After': fault.retryAfter } : undefined,
				};
			case 'statusAfterProcessing':
				await next();
				return { status: fault.status, body: { errors: [{ code: 'FAULT', message: 'gateway lost the answer' }], message: 'gateway lost the answer' } };
			case 'reset':
				if (fault.afterProcessing) await next();
				raw.req.socket.destroy();
				return 'handled';
			case 'slow': {
				const reply = await next();
				await new Promise((resolve) => setTimeout(resolve, fault.ms).unref());
				return reply;
			}
			case 'malformed': {
				const reply: Reply = await next();
				const text = JSON.stringify(reply.body ?? { ok: true });
				return { status: reply.status, body: text.slice(0, Math.max(1, Math.floor(text.length / 2))) };
			}
		}
	};
}

function matches(rule: FaultRule, request: RecordedRequest): boolean {
	if (rule.method && rule.method.toUpperCase() !== request.method) return false;
	if (rule.path === undefined) return true;
	return typeof rule.path === 'string' ? rule.path === request.path : rule.path.test(request.path);
}
