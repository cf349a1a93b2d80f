/**
 * What the VOXO sandbox's routes need of it: the routes import this, not the sandbox's index,
 * which imports the routes (so there is no import circle).
 */
import type { RecordedRequest, Reply } from '../http';
import type { Problem } from './schema';
import type { Session, VoxoState, VoxoUser } from './state';

export interface VoxoSandboxOptions {
	/** Seconds a token stays valid (Feathers' default is one day). */
	tokenLifetimeSeconds?: number;
	/** Requests a token may make before it expires. */
	tokenMaxUses?: number;
	/** The most records a list page holds, whatever `recordsPerPage` asks (default: no cap). */
	maxRecordsPerPage?: number;
	/** Start with the default tenants (default true). */
	seed?: boolean;
	port?: number;
	tls?: { key: string; cert: string };
}

/** Who may call a route: any signed-in user, or a platform/partner administrator (role 1). */
export type Scope = 'any' | 'admin';

export interface VoxoContext {
	request: RecordedRequest;
	params: Record<string, string>;
	session: Session;
	sandbox: VoxoRoutes;
}

export type VoxoHandler = (context: VoxoContext) => Reply;

const CLASS_NAMES: Record<number, [string, string]> = {
	400: ['BadRequest', 'bad-request'],
	401: ['NotAuthenticated', 'not-authenticated'],
	403: ['Forbidden', 'forbidden'],
	404: ['NotFound', 'not-found'],
	405: ['MethodNotAllowed', 'method-not-allowed'],
	409: ['Conflict', 'conflict'],
	500: ['GeneralError', 'general-error'],
};

/** A Feathers error body: `{name, message, code, className, errors}`. */
export function voxoError(status: number, message: string, errors: unknown = {}): Reply {
	const [name, className] = CLASS_NAMES[status] ?? ['GeneralError', 'general-error'];
	return { status, body: { name, message, code: status, className, errors } };
}

/** A 400 for broken request rules, recorded so the tests can assert that the node sent none. */
export function validationError(sandbox: VoxoRoutes, request: RecordedRequest, problems: Problem[]): Reply {
	sandbox.recordProblems(request, problems);
	return voxoError(400, 'Validation failed', problems.map((p) => ({ path: p.field, message: p.message })));
}

/** The sandbox as its routes see it. */
export interface VoxoRoutes {
	readonly state: VoxoState;
	readonly options: VoxoSandboxOptions;
	route(method: string, path: string, scope: Scope, handler: VoxoHandler): void;
	publicRoute(method: string, path: string, handler: (request: RecordedRequest) => Reply): void;
	issueToken(user: VoxoUser): string;
	session(token: string): Session | undefined;
	recordProblems(request: RecordedRequest, problems: Problem[]): void;
	countLogin(): void;
}
