/**
 * A local HTTP server that behaves like VOXO's v2 admin API for what this package uses: the email
 * and password login, the token check, bearer checks with expiring tokens, Feathers-style error
 * bodies, and the tenant endpoints with the request rules of VOXO's Create/Update Tenant pages.
 * What VOXO does not publish (get, list, paging, the update method) follows the package's own
 * assumptions; see the README's VOXO section.
 */
import { Router, SandboxServer, type RecordedRequest, type Reply } from '../http';
import { registerVoxoRoutes } from './routes';
import type { Problem } from './schema';
import { voxoError, type Scope, type VoxoHandler, type VoxoRoutes, type VoxoSandboxOptions } from './api';
import { seedDefault, VoxoState, type Session, type VoxoUser } from './state';

export { validationError, voxoError, type Scope, type VoxoContext, type VoxoHandler, type VoxoSandboxOptions } from './api';

export class VoxoSandbox extends SandboxServer implements VoxoRoutes {
	readonly state = new VoxoState();
	private readonly problems: string[] = [];
	private readonly router = new Router();
	private tokenCounter = 0;

	constructor(readonly options: VoxoSandboxOptions = {}) {
		super('VOXO', options);
		if (options.seed !== false) seedDefault(this.state);
		registerVoxoRoutes(this);
	}

	/** Adds a route that needs a bearer token; `scope` says which user may call it. */
	route(method: string, path: string, scope: Scope, handler: VoxoHandler): void {
		this.router.add(method, path, ({ request, params }) => this.authorized(request, params, scope, handler));
	}

	/** Adds a route that needs no token (the login and the token check). */
	publicRoute(method: string, path: string, handler: (request: RecordedRequest) => Reply): void {
		this.router.add(method, path, ({ request }) => handler(request));
	}

	/** A new token for a user, as the login would give it (tests paste it into the credential). */
	issueToken(user: VoxoUser): string {
		const lifetime = this.options.tokenLifetimeSeconds ?? 86400;
		const token = `eyJ.voxo-${++this.tokenCounter}.${Math.random().toString(36).slice(2)}`;
		this.state.sessions.set(token, {
			token,
			user,
			expiresAt: Date.now() + lifetime * 1000,
			usesLeft: this.options.tokenMaxUses ?? Infinity,
		});
		return token;
	}

	/** The session of a valid token, if there is one. */
	session(token: string): Session | undefined {
		const session = this.state.sessions.get(token);
		if (!session) return undefined;
		if (session.expiresAt < Date.now() || session.usesLeft <= 0) {
			this.state.sessions.delete(token);
			return undefined;
		}
		return session;
	}

	/** Makes every token issued so far invalid, as if it had expired. */
	expireTokens(): void {
		this.state.sessions.clear();
	}

	/** Requests other than the login and the token check. */
	apiRequests(): RecordedRequest[] {
		return this.requests.filter((r) => !r.path.startsWith('/v2/authentication'));
	}

	recordProblems(request: RecordedRequest, problems: Problem[]): void {
		for (const p of problems) this.problems.push(`${request.method} ${request.path}: ${p.field || 'body'} ${p.message}`);
	}

	/** Requests that broke VOXO's documented rules (the tests assert there are none). */
	contractProblems(): string[] {
		return [...this.problems];
	}

	clearLog(): void {
		this.requests.length = 0;
		this.problems.length = 0;
		this.logins = 0;
	}

	countLogin(): void {
		this.logins += 1;
	}

	protected async handle(request: RecordedRequest): Promise<Reply> {
		this.requests.push(request);
		const match = this.router.match(request.method, request.path);
		if (match === undefined) return voxoError(404, 'Page not found');
		if (match === 'wrong-method') return voxoError(405, `Provider 'rest' can not call '${request.method}'`);
		return await match.handler({ request, params: match.params });
	}

	private authorized(request: RecordedRequest, params: Record<string, string>, scope: Scope, handler: VoxoHandler): Reply {
		const header = request.headers.authorization ?? '';
		const token = header.startsWith('Bearer ') ? header.slice(7) : '';
		if (token === '') return voxoError(401, 'No auth token');
		const session = this.session(token);
		if (!session) return voxoError(401, 'jwt expired');
		session.usesLeft -= 1;
		if (scope === 'admin' && session.user.userRole !== 1) {
			return voxoError(403, 'You do not have the permissions to access this');
		}
		return handler({ request, params, session, sandbox: this });
	}
}

export { VoxoState } from './state';
