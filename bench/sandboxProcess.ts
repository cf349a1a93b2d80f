/**
 * The PortSIP sandbox in a process of its own, so that its CPU does not mix with the engine's (each
 * gets a core), plus a small control server on another port that the benchmark uses to set up data
 * and read counters. Control requests never reach the sandbox, so its request log holds only the
 * measured traffic.
 *
 * Prints one line of JSON `{url, controlUrl}` on stdout when both listen.
 */
import { createServer } from 'http';
import type { AddressInfo } from 'net';

import { PortSipSandbox } from '../sandbox/portsip';
import { addHoliday } from '../sandbox/portsip/routes/holidays';
import { benchBody, TENANT_DOMAIN } from './holidays';

export interface SandboxStats {
	/** CPU time of this process so far (user + system), microseconds. */
	cpuMicros: number;
	/** Requests in the log: all, and those other than the login, by method. */
	requests: number;
	apiRequests: number;
	apiByMethod: Record<string, number>;
	/** Sandbox time inside the request handler (routing, auth, contract check, handler), microseconds. */
	handlerMicros: number;
	holidays: number;
	rss: number;
}

async function main(): Promise<void> {
	const sandbox = new PortSipSandbox();
	const tenant = sandbox.state.tenantByDomain(TENANT_DOMAIN);
	if (!tenant) throw new Error(`bench: the sandbox has no tenant ${TENANT_DOMAIN}`);

	// the handler's own time, to tell it apart from HTTP parsing and writing (startServer calls this.handle)
	let handlerMicros = 0;
	const handle = (sandbox as unknown as { handle: (request: unknown) => Promise<unknown> }).handle.bind(sandbox);
	(sandbox as unknown as { handle: (request: unknown) => Promise<unknown> }).handle = async (request) => {
		const started = process.hrtime.bigint();
		try {
			return await handle(request);
		} finally {
			handlerMicros += Number(process.hrtime.bigint() - started) / 1000;
		}
	};
	const url = await sandbox.start();

	const stats = (): SandboxStats => {
		const cpu = process.cpuUsage();
		const api = sandbox.apiRequests();
		const apiByMethod: Record<string, number> = {};
		for (const request of api) apiByMethod[request.method] = (apiByMethod[request.method] ?? 0) + 1;
		return {
			cpuMicros: cpu.user + cpu.system,
			requests: sandbox.requests.length,
			apiRequests: api.length,
			apiByMethod,
			handlerMicros: Math.round(handlerMicros),
			holidays: tenant.holidays.size,
			rss: process.memoryUsage().rss,
		};
	};

	const control = createServer((req, res) => {
		const query = new URL(req.url ?? '/', 'http://control').searchParams;
		const path = new URL(req.url ?? '/', 'http://control').pathname;
		let body: unknown = {};
		if (path === '/reset') {
			// holidays=n (benchBody 0..n-1), shift=k (their dates moved by k days), changed=m (of those, the first m moved by one more day)
			const count = Number(query.get('holidays') ?? 0);
			const changed = Number(query.get('changed') ?? 0);
			tenant.holidays.clear();
			for (let index = 0; index < count; index++) addHoliday(tenant, benchBody(index, index < changed ? 1 : 0));
			sandbox.expireTokens();
			sandbox.clearLog();
			handlerMicros = 0;
			if (global.gc) global.gc();
		} else if (path === '/clearLog') {
			sandbox.clearLog();
			handlerMicros = 0;
		} else if (path !== '/stats') {
			res.writeHead(404).end();
			return;
		}
		body = stats();
		res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
	});
	await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
	const controlUrl = `http://127.0.0.1:${(control.address() as AddressInfo).port}`;
	process.stdout.write(`${JSON.stringify({ url, controlUrl })}\n`);
	const stop = () => {
		control.close();
		void sandbox.stop().then(() => process.exit(0));
	};
	process.on('SIGTERM', stop);
	process.on('disconnect', stop);
}

void main();
