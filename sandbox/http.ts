/**
 * A small HTTP server for the sandboxes: routes with `{param}` templates, JSON and form bodies,
 * a log of every request received, and optional TLS.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'http';
import { createServer as createHttpsServer } from 'https';
import type { AddressInfo } from 'net';

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string>;
	contentType?: string;
	/** Parsed body: JSON value, form fields, or the raw text when it could not be parsed. */
	body?: unknown;
	rawBody: string;
	status?: number;
}

export interface Reply {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export interface RouteContext {
	request: RecordedRequest;
	params: Record<string, string>;
}

export type Handler = (context: RouteContext) => Reply | Promise<Reply>;

interface Route {
	method: string;
	pattern: RegExp;
	names: string[];
	handler: Handler;
}

export class Router {
	private readonly routes: Route[] = [];

	add(method: string, template: string, handler: Handler): this {
		const names: string[] = [];
		const pattern = new RegExp(
			'^' + template.replace(/\{([^}]+)\}/g, (_m, name: string) => (names.push(name), '([^/]+)')) + '/?$',
		);
		this.routes.push({ method: method.toUpperCase(), pattern, names, handler });
		return this;
	}

	match(method: string, path: string): { handler: Handler; params: Record<string, string> } | 'wrong-method' | undefined {
		let pathMatched = false;
		for (const route of this.routes) {
			const match = route.pattern.exec(path);
			if (!match) continue;
			pathMatched = true;
			if (route.method !== method) continue;
			const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(match[i + 1])]));
			return { handler: route.handler, params };
		}
		return pathMatched ? 'wrong-method' : undefined;
	}
}

export function parseBody(contentType: string | undefined, raw: string): unknown {
	if (raw === '') return undefined;
	const type = (contentType ?? '').split(';')[0].trim();
	if (type === 'application/x-www-form-urlencoded') {
		return Object.fromEntries(new URLSearchParams(raw));
	}
	try {
		return JSON.parse(raw);
	} catch {
		return raw;
	}
}

export interface ServerHandle {
	url: string;
	port: number;
	close(): Promise<void>;
}

/**
 * Hook that can answer (or break) a request before it is routed; used for fault injection.
 * `next` handles the request as usual (so a fault can strike after the server has processed it).
 */
export type Interceptor = (
	request: RecordedRequest,
	raw: { req: IncomingMessage; res: ServerResponse },
	next: () => Promise<Reply>,
) => Promise<Reply | 'handled' | undefined> | Reply | 'handled' | undefined;

export async function startServer(
	handle: (request: RecordedRequest) => Promise<Reply>,
	options: { port?: number; host?: string; tls?: { key: string; cert: string }; interceptor?: () => Interceptor | undefined } = {},
): Promise<ServerHandle> {
	const listener = (req: IncomingMessage, res: ServerResponse) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			void (async () => {
				const url = new URL(req.url ?? '/', 'http://sandbox');
				const rawBody = Buffer.concat(chunks).toString('utf8');
				const contentType = req.headers['content-type'];
				const request: RecordedRequest = {
					method: (req.method ?? 'GET').toUpperCase(),
					path: url.pathname,
					query: Object.fromEntries(url.searchParams),
					headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')])),
					contentType,
					body: parseBody(contentType, rawBody),
					rawBody,
				};
				let reply: Reply | 'handled' | undefined;
				try {
					reply = await options.interceptor?.()?.(request, { req, res }, () => handle(request));
					if (reply === undefined) reply = await handle(request);
				} catch (error) {
					reply = { status: 500, body: { errors: [{ code: 'UNKNOWN', message: String((error as Error).message) }] } };
				}
				if (reply === 'handled' || res.destroyed) return;
				request.status = reply.status;
				const payload = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
				res.writeHead(reply.status, {
					...(payload !== '' ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
					...reply.headers,
				});
				res.end(payload);
			})();
		});
	};
	const server: Server = options.tls ? createHttpsServer(options.tls, listener) : createHttpServer(listener);
	// as real servers do (nginx: 75 s); a short one races the client's reuse of idle sockets when the
	// event loop is busy (1,000 parallel items), resetting requests. close() ends the open sockets.
	server.keepAliveTimeout = 60_000;
	// a deep accept queue: the tests start a thousand requests at once, as n8n does with a thousand items
	await new Promise<void>((resolve) => server.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1', backlog: 4096 }, resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
		port,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections?.();
				server.close(() => resolve());
			}),
	};
}

/** What both sandboxes share: a server on loopback, the log of requests, and the fault hook. */
export abstract class SandboxServer {
	/** Every request received, in order (logins included). */
	readonly requests: RecordedRequest[] = [];
	/** Successful logins so far. */
	logins = 0;
	/** Set by fault-injection tests to answer or break requests before routing. */
	interceptor?: Interceptor;
	private server?: ServerHandle;

	protected constructor(
		private readonly label: string,
		private readonly listen: { port?: number; tls?: { key: string; cert: string } },
	) {}

	get url(): string {
		if (!this.server) throw new Error(`${this.label} sandbox is not started`);
		return this.server.url;
	}

	async start(): Promise<string> {
		this.server = await startServer((request) => this.handle(request), {
			port: this.listen.port,
			tls: this.listen.tls,
			interceptor: () => this.interceptor,
		});
		return this.server.url;
	}

	async stop(): Promise<void> {
		await this.server?.close();
		this.server = undefined;
	}

	protected abstract handle(request: RecordedRequest): Promise<Reply>;
}
