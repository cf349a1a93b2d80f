/**
 * What the PortSIP sandbox's routes need of it: the routes import this, not the sandbox's index,
 * which imports the routes (so there is no import circle).
 */
import type { RecordedRequest, Reply } from '../http';
import type { PortSipState, Session, TenantState } from './state';

export interface PortSipSandboxOptions {
	/** Seconds a token stays valid (PortSIP: 1800). */
	tokenLifetimeSeconds?: number;
	/** Requests a token may make before it expires (fault tests: "expires every few requests"). */
	tokenMaxUses?: number;
	/**
	 * The switch answers with a new token (switched; the old one stays unswitched) instead of
	 * switching the token that sent it: the other reading of PortSIP's undocumented answer.
	 */
	switchAnswersToken?: boolean;
	/** Start with the default tenant and users (default true). */
	seed?: boolean;
	port?: number;
	tls?: { key: string; cert: string };
}

export type Scope = 'tenant' | 'system' | 'any';

export interface PortSipContext {
	request: RecordedRequest;
	params: Record<string, string>;
	session: Session;
	/** The signed-in tenant user's tenant (scope 'tenant'). */
	tenant?: TenantState;
	sandbox: PortSipRoutes;
}

export type PortSipHandler = (context: PortSipContext) => Reply;

export function portSipError(status: number, code: string, message: string, detail?: unknown): Reply {
	return { status, body: { errors: [{ code, message, ...(detail !== undefined ? { detail } : {}) }] } };
}

/** The sandbox as its routes see it. */
export interface PortSipRoutes {
	readonly state: PortSipState;
	readonly options: PortSipSandboxOptions;
	/** Adds a route; `scope` says which login may call it. */
	route(method: string, path: string, scope: Scope, handler: PortSipHandler): void;
}
