/**
 * A local HTTP server that behaves like the PortSIP PBX v22.2 REST API for what this package uses:
 * the OAuth-style token login, bearer checks with a configurable token lifetime, PortSIP's error
 * bodies, and every request checked against the vendor's spec before it is handled.
 */
import { contractViolations } from '../../test/contract/contract';
import { Router, SandboxServer, type RecordedRequest, type Reply } from '../http';
import { registerPortSipRoutes } from './routes';
import { portSipError, type PortSipHandler, type PortSipRoutes, type PortSipSandboxOptions, type Scope } from './api';
import { PortSipState, seedDefault, tenantUserLogin, type Session, type TenantState } from './state';

export { portSipError, type PortSipContext, type PortSipHandler, type PortSipSandboxOptions, type Scope } from './api';

export const PORTSIP_CLIENT_ID = '9d806019-75b2-4b3d-bb8b-f5a3a412cc0a';

export class PortSipSandbox extends SandboxServer implements PortSipRoutes {
	readonly state = new PortSipState();
	private readonly router = new Router();
	private readonly scopes = new Map<string, Scope>();
	private tokenCounter = 0;

	constructor(readonly options: PortSipSandboxOptions = {}) {
		super('PortSIP', options);
		if (options.seed !== false) seedDefault(this.state);
		registerPortSipRoutes(this);
	}

	/** Adds a route; `scope` says which login may call it. */
	route(method: string, path: string, scope: Scope, handler: PortSipHandler): void {
		this.scopes.set(`${method} ${path}`, scope);
		this.router.add(method, path, (routeContext) => this.authorized(routeContext.request, routeContext.params, scope, handler));
	}

	/** Makes every token issued so far invalid, as if it had expired. */
	expireTokens(): void {
		this.state.sessions.clear();
	}

	/** Requests other than the login. */
	apiRequests(): RecordedRequest[] {
		return this.requests.filter((r) => r.path !== '/api/login/oauth/token');
	}

	/** Requests that break the vendor's spec (the tests assert there are none). */
	contractProblems(): string[] {
		return this.requests.flatMap((r) =>
			contractViolations({ method: r.method, path: r.path, query: r.query, contentType: r.contentType, body: r.body }),
		);
	}

	clearLog(): void {
		this.requests.length = 0;
		this.logins = 0;
	}

	protected async handle(request: RecordedRequest): Promise<Reply> {
		this.requests.push(request);
		if (request.method === 'POST' && request.path === '/api/login/oauth/token') return this.login(request);
		const match = this.router.match(request.method, request.path);
		if (match === undefined) return portSipError(404, 'NOT_FOUND', `No route for ${request.method} ${request.path}`);
		if (match === 'wrong-method') return portSipError(405, 'METHOD_NOT_ALLOWED', `${request.method} is not allowed on ${request.path}`);
		return await match.handler({ request, params: match.params });
	}

	private login(request: RecordedRequest): Reply {
		const form = (request.body ?? {}) as Record<string, string>;
		if (!(request.contentType ?? '').startsWith('application/x-www-form-urlencoded')) {
			return portSipError(400, 'UNKNOWN', 'unknown error');
		}
		if (form.client_id !== PORTSIP_CLIENT_ID) return portSipError(400, 'UNKNOWN', 'unknown error');
		if (form.grant_type !== 'password') return portSipError(400, 'UNKNOWN', 'unknown error');
		const user =
			this.state.users.find(
				(u) => u.username === form.username && u.password === form.password && (u.domain ?? '') === (form.domain ?? ''),
			) ?? tenantUserLogin(this.state, form);
		// a tenant user exists only while their tenant does
		if (!user || (user.domain && !this.state.tenantByDomain(user.domain))) {
			return portSipError(400, 'UNAUTHORIZED', 'Login failed, authentication error');
		}
		const lifetime = this.options.tokenLifetimeSeconds ?? 1800;
		const token = Buffer.from(`token-${++this.tokenCounter}-${Date.now()}-${Math.random()}`).toString('base64');
		this.state.sessions.set(token, {
			token,
			user,
			expiresAt: Date.now() + lifetime * 1000,
			usesLeft: this.options.tokenMaxUses ?? Infinity,
		});
		this.logins += 1;
		return {
			status: 200,
			body: { access_token: token, expires_in: lifetime, refresh_token: `refresh-${token}`, token_type: 'Bearer' },
		};
	}

	private authorized(request: RecordedRequest, params: Record<string, string>, scope: Scope, handler: PortSipHandler): Reply {
		const header = request.headers.authorization ?? '';
		const token = header.startsWith('Bearer ') ? header.slice(7) : '';
		const session = this.state.sessions.get(token);
		if (!session || session.expiresAt < Date.now() || session.usesLeft <= 0) {
			if (session) this.state.sessions.delete(token);
			return portSipError(401, 'UNAUTHORIZED', 'Invalid or expired access token');
		}
		session.usesLeft -= 1;
		let tenant: TenantState | undefined;
		if (scope === 'tenant') {
			// a system administrator's token acts in the tenant it switched to (see routes/tenants.ts)
			tenant = session.switchedTenantId
				? this.state.tenants.get(session.switchedTenantId)
				: session.user.domain
					? this.state.tenantByDomain(session.user.domain)
					: undefined;
			if (!tenant) return portSipError(403, 'FORBIDDEN', 'This API is only available to tenant users');
		}
		if (scope === 'system' && session.user.role !== 'SystemAdmin') {
			return portSipError(403, 'FORBIDDEN', 'Permission denied');
		}
		const problems = contractViolations({ method: request.method, path: request.path, query: request.query, contentType: request.contentType, body: request.body });
		if (problems.length > 0) return portSipError(400, 'VALIDATE_FAILED', 'field validation failed', problems);
		return handler({ request, params, session, tenant, sandbox: this });
	}
}

export { PortSipState } from './state';
