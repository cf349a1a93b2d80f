/**
 * The real n8n lines for the end-to-end suite and `npm run dev`: n8n 1.x on Node 20 and n8n 2.x on
 * Node 24, each pinned (test/e2e/n8n-<line>.package.json) and installed in a folder of its own (a cache
 * outside the clone, reused between runs), with this package loaded the way n8n loads community
 * packages: the packed tarball unpacked into <user folder>/.n8n/nodes/node_modules/.
 */
import { execFileSync, spawn } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { createServer } from 'net';
import { homedir, tmpdir } from 'os';
import { delimiter, join, resolve } from 'path';

const ROOT = resolve(__dirname, '../..');

export interface N8nLine {
	/** '1.x' or '2.x': names the pin file, test/e2e/n8n-<id>.package.json. */
	id: string;
	/** n8n's version, from the pin file. */
	version: string;
	/** The `node` package's version when the line brings its own Node (2.x); absent: the Node running this. */
	nodeVersion?: string;
	/** e.g. "n8n 2.41.1 on Node 24.21.0", for test titles and messages. */
	label: string;
	/** The install folder: <XDG_CACHE_HOME or ~/.cache>/n8n-nodes-pbx-tenants/n8n-<version>. */
	dir: string;
}

function line(id: string): N8nLine {
	const pin = JSON.parse(readFileSync(join(__dirname, `n8n-${id}.package.json`), 'utf8')) as { dependencies: { n8n: string; node?: string } };
	const version = pin.dependencies.n8n;
	const nodeVersion = pin.dependencies.node;
	const cacheHome = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
	return {
		id,
		version,
		nodeVersion,
		label: `n8n ${version} on Node ${nodeVersion ?? process.versions.node}`,
		dir: join(cacheHome, 'n8n-nodes-pbx-tenants', `n8n-${version}`),
	};
}

/** Every line the suite runs on. `PBX_N8N_LINES=2.x` (comma-separated) narrows it, e.g. while developing. */
export const N8N_LINES: N8nLine[] = ['1.x', '2.x']
	.filter((id) => !process.env.PBX_N8N_LINES || process.env.PBX_N8N_LINES.split(',').includes(id))
	.map(line);

export function n8nLine(id: string): N8nLine {
	return line(id);
}

const nodeBinDir = (l: N8nLine) => (l.nodeVersion ? join(l.dir, 'node_modules', 'node', 'bin') : undefined);
const n8nBin = (l: N8nLine) => join(l.dir, 'node_modules', '.bin', 'n8n');
const marker = (l: N8nLine) => join(l.dir, '.installed');

/** PATH with the line's own Node first (n8n's bin, npm and node-gyp then run on it). */
function pathFor(l: N8nLine): string {
	const bin = nodeBinDir(l);
	return bin ? `${bin}${delimiter}${process.env.PATH ?? ''}` : (process.env.PATH ?? '');
}

/** The C headers that come with the line's Node (node-gyp builds sqlite3 against them, not the host's). */
function nodeHeadersDir(l: N8nLine): string | undefined {
	if (!l.nodeVersion) return undefined;
	const platformPackages = join(l.dir, 'node_modules', 'node', 'node_modules');
	const found = existsSync(platformPackages) ? readdirSync(platformPackages).find((name) => existsSync(join(platformPackages, name, 'include', 'node'))) : undefined;
	return found && join(platformPackages, found);
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
	return new Promise((resolvePromise, reject) => {
		const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}) in ${cwd}`))));
	});
}

/** Why sqlite3 (n8n's database driver, a native module) does not load on the line's Node; undefined: it loads. */
function sqliteProblem(l: N8nLine): string | undefined {
	try {
		execFileSync('node', ['-e', "require('sqlite3')"], { cwd: l.dir, env: { ...process.env, PATH: pathFor(l) }, stdio: ['ignore', 'pipe', 'pipe'] });
		return undefined;
	} catch (error) {
		return ((error as { stderr?: Buffer }).stderr?.toString() ?? String(error)).split('\n').find((text) => /Error/.test(text)) ?? 'sqlite3 does not load';
	}
}

const ready = new Map<string, Promise<{ installedNow: boolean; seconds: number }>>();

/**
 * Installs a line once (a few minutes on 2 cores) and proves it works before marking it installed:
 * n8n with install scripts off (isolated-vm does not build on Node 20; nothing else needs them), the
 * line's own Node (its package fetches the binary from the npm registry in its install script, so
 * that one runs), then sqlite3 built for that Node, then sqlite3 loaded as n8n loads it. A folder whose
 * marker is there but whose sqlite3 does not load is repaired, never trusted.
 */
export function ensureN8n(l: N8nLine): Promise<{ installedNow: boolean; seconds: number }> {
	const known = ready.get(l.dir);
	if (known) return known;
	const installing = install(l);
	ready.set(l.dir, installing);
	installing.catch(() => ready.delete(l.dir));
	return installing;
}

async function install(l: N8nLine): Promise<{ installedNow: boolean; seconds: number }> {
	const started = Date.now();
	const marked = existsSync(marker(l)) && readFileSync(marker(l), 'utf8') === l.version && existsSync(n8nBin(l));
	if (marked) {
		const problem = sqliteProblem(l);
		if (!problem) return { installedNow: false, seconds: 0 };
		console.warn(`${l.label}: the installed copy in ${l.dir} is broken (${problem}); repairing it`);
	}
	rmSync(marker(l), { force: true });
	mkdirSync(l.dir, { recursive: true });
	copyFileSync(join(__dirname, `n8n-${l.id}.package.json`), join(l.dir, 'package.json'));
	const { npm_config_ignore_scripts: _ignored, ...parentEnv } = process.env;
	const scriptsOff = { ...parentEnv, npm_config_ignore_scripts: 'true' };
	await run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], l.dir, scriptsOff);
	if (l.nodeVersion) await run('npm', ['rebuild', 'node', '--ignore-scripts=false', '--loglevel=error'], l.dir, parentEnv);
	const headers = nodeHeadersDir(l);
	await run('npm', ['rebuild', 'sqlite3', '--ignore-scripts=false', '--loglevel=error'], l.dir, {
		...parentEnv,
		PATH: pathFor(l),
		...(headers ? { npm_config_nodedir: headers } : {}),
	});
	const problem = sqliteProblem(l);
	if (problem) throw new Error(`${l.label}: sqlite3 still does not load after building it in ${l.dir}: ${problem}`);
	writeFileSync(marker(l), l.version);
	return { installedNow: true, seconds: Math.round((Date.now() - started) / 1000) };
}

export interface N8nInstance {
	line: N8nLine;
	bin: string;
	userFolder: string;
	env: NodeJS.ProcessEnv;
	importCredentials(credentials: object[]): Promise<void>;
	importWorkflow(workflow: object): Promise<void>;
	/** Runs a workflow with `n8n execute` and returns its run data (the `--rawOutput` JSON). */
	execute(workflowId: string): Promise<N8nRun>;
}

export interface N8nRun {
	status: string;
	data: {
		resultData: {
			runData: Record<string, Array<{ data?: { main: Array<Array<{ json: Record<string, unknown> }>> }; error?: { message: string; description?: string } }>>;
			error?: { message: string; description?: string };
		};
	};
}

/** Packs the built package and unpacks it where n8n looks for installed community packages. */
export function installPackage(userFolder: string): void {
	const packDir = mkdtempSync(join(tmpdir(), 'pbx-pack-'));
	const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop()!;
	const target = join(userFolder, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-pbx-tenants');
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	execFileSync('tar', ['xzf', join(packDir, tarball), '-C', target, '--strip-components=1']);
	writeFileSync(join(userFolder, '.n8n', 'nodes', 'package.json'), JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { 'n8n-nodes-pbx-tenants': '*' } }));
	rmSync(packDir, { recursive: true, force: true });
}

/** A free TCP port on loopback (n8n's ports are fixed by default; other runs on the machine may hold them). */
export async function freePort(): Promise<number> {
	return await new Promise((resolvePromise) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolvePromise(port));
		});
	});
}

/** The environment n8n runs with here: its own user folder and Node, a fixed encryption key, quiet. */
export async function n8nEnvironment(l: N8nLine, userFolder: string): Promise<NodeJS.ProcessEnv> {
	// jest sets NODE_ENV=test, under which n8n's logger prints nothing
	const { NODE_ENV: _testEnv, ...parentEnv } = process.env;
	return {
		...parentEnv,
		PATH: pathFor(l),
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: 'pbx-tenants-e2e-key',
		// the default expression engines (1.x, and 2.x's 'vm') need isolated-vm, whose install script is off
		N8N_EXPRESSION_ENGINE: 'legacy',
		// 1.x runs Code nodes in its own process; 2.x always in a task runner, whose broker gets a free port
		...(l.id === '1.x' ? { N8N_RUNNERS_ENABLED: 'false' } : { N8N_RUNNERS_BROKER_PORT: String(await freePort()) }),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		// `n8n execute --rawOutput` prints the run through the logger at level info
		N8N_LOG_LEVEL: 'info',
	};
}

/** n8n's CLI of a line on a user folder (created if needed) with this package installed in it. */
export async function n8nInstance(l: N8nLine, userFolder = mkdtempSync(join(tmpdir(), `pbx-e2e-n8n-${l.id}-`))): Promise<N8nInstance> {
	await ensureN8n(l);
	mkdirSync(userFolder, { recursive: true });
	installPackage(userFolder);
	const bin = n8nBin(l);
	const env = await n8nEnvironment(l, userFolder);
	const cli = (args: string[]) =>
		new Promise<{ stdout: string; stderr: string; code: number }>((resolvePromise) => {
			const child = spawn(bin, args, { env, cwd: userFolder });
			let stdout = '';
			let stderr = '';
			child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
			child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
			child.on('close', (code) => resolvePromise({ stdout, stderr, code: code ?? 1 }));
		});
	const importFile = async (kind: 'credentials' | 'workflow', content: object) => {
		const file = join(userFolder, `${kind}-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
		writeFileSync(file, JSON.stringify(content));
		const result = await cli([`import:${kind}`, `--input=${file}`]);
		if (result.code !== 0) throw new Error(`${l.label}: n8n import:${kind} failed: ${result.stderr}${result.stdout}`);
	};
	return {
		line: l,
		bin,
		userFolder,
		env,
		importCredentials: (credentials) => importFile('credentials', credentials),
		importWorkflow: (workflow) => importFile('workflow', workflow),
		async execute(workflowId) {
			const result = await cli(['execute', `--id=${workflowId}`, '--rawOutput']);
			const start = result.stdout.search(/^\{\s*$/m);
			const end = result.stdout.lastIndexOf('\n}');
			if (start < 0 || end < start) {
				throw new Error(`${l.label}: n8n execute ${workflowId} printed no run data (exit ${result.code}): ${result.stderr}${result.stdout}`);
			}
			return JSON.parse(result.stdout.slice(start, end + 2)) as N8nRun;
		},
	};
}

/** Output items of a node in a run (first run, first output). */
export function outputOf(run: N8nRun, nodeName: string): Array<Record<string, unknown>> {
	return (run.data.resultData.runData[nodeName]?.[0]?.data?.main?.[0] ?? []).map((item) => item.json);
}

/** The error a node stopped with in a run (first run). */
export function errorOf(run: N8nRun, nodeName: string): { message: string; description?: string } | undefined {
	return run.data.resultData.runData[nodeName]?.[0]?.error;
}

/** The owner account `setUpOwner` creates (the browser tests sign in with it). */
export const OWNER = { email: 'e2e@example.com', password: 'E2ePassword123' };

/** An n8n editor's REST API as its browser page uses it: JSON in and out, the session cookie kept. */
export function editorApi(base: string) {
	let cookie = '';
	const api = {
		/** The session cookie (after the owner setup or a login). */
		cookie: () => cookie,
		/** GET without a body, POST with one; returns the answer's `data`, or throws with the answer. */
		async call(path: string, body?: object): Promise<unknown> {
			const response = await fetch(`${base}${path}`, {
				method: body ? 'POST' : 'GET',
				headers: { 'Content-Type': 'application/json', cookie },
				body: body ? JSON.stringify(body) : undefined,
			});
			const setCookie = response.headers.get('set-cookie');
			if (setCookie) cookie = setCookie.split(';')[0];
			const json = (await response.json()) as { data: unknown };
			if (json.data === undefined) throw new Error(`n8n ${path} answered ${response.status}: ${JSON.stringify(json)}`);
			return json.data;
		},
		/** Waits for the REST API (/healthz answers before it is mounted), then creates the owner account. */
		async setUpOwner(): Promise<void> {
			for (let attempt = 0; attempt < 240; attempt++) {
				const up = await fetch(`${base}/rest/settings`).then((r) => r.ok && (r.headers.get('content-type') ?? '').includes('json'), () => false);
				if (up) break;
				await new Promise((resolvePromise) => setTimeout(resolvePromise, 500));
			}
			await api.call('/rest/owner/setup', { ...OWNER, firstName: 'E2E', lastName: 'Owner' });
		},
	};
	return api;
}
