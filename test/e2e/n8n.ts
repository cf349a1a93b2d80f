/**
 * A pinned real n8n for the end-to-end suite, installed in a folder of its own (a cache outside the
 * clone, reused between runs), with this package loaded the way n8n loads community packages: the
 * packed tarball unpacked into <user folder>/.n8n/nodes/node_modules/.
 */
import { execFileSync, spawn } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { homedir, tmpdir } from 'os';
import { join, resolve } from 'path';

export const N8N_VERSION = (JSON.parse(readFileSync(join(__dirname, 'n8n.package.json'), 'utf8')) as {
	dependencies: { n8n: string };
}).dependencies.n8n;

const ROOT = resolve(__dirname, '../..');
const CACHE = process.env.PBX_E2E_N8N_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'n8n-nodes-pbx-tenants', `n8n-${N8N_VERSION}`);
const N8N_BIN = join(CACHE, 'node_modules', '.bin', 'n8n');
const READY_MARKER = join(CACHE, '.installed');

function run(command: string, args: string[], cwd: string): void {
	execFileSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, npm_config_ignore_scripts: 'true' } });
}

/**
 * Installs the pinned n8n once (about 4 minutes on 2 cores): with install scripts off (isolated-vm
 * does not build on Node 20), xlsx pinned to the registry's 0.18.5 (n8n's own points at a CDN that is
 * not reachable here), then sqlite3's native module built from source.
 */
export function ensureN8n(): { bin: string; installedNow: boolean; seconds: number } {
	const started = Date.now();
	if (existsSync(READY_MARKER) && readFileSync(READY_MARKER, 'utf8') === N8N_VERSION) {
		return { bin: N8N_BIN, installedNow: false, seconds: 0 };
	}
	mkdirSync(CACHE, { recursive: true });
	copyFileSync(join(__dirname, 'n8n.package.json'), join(CACHE, 'package.json'));
	run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], CACHE);
	run('npm', ['rebuild', 'sqlite3', '--loglevel=error'], CACHE);
	writeFileSync(READY_MARKER, N8N_VERSION);
	return { bin: N8N_BIN, installedNow: true, seconds: (Date.now() - started) / 1000 };
}

export interface N8nInstance {
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
	data: { resultData: { runData: Record<string, Array<{ data?: { main: Array<Array<{ json: Record<string, unknown> }>> }; error?: { message: string } }>>; error?: { message: string } } };
}

/** Packs the built package and unpacks it where n8n looks for installed community packages. */
export function installPackage(userFolder: string): void {
	const packDir = mkdtempSync(join(tmpdir(), 'pbx-pack-'));
	const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop()!;
	const target = join(userFolder, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-pbx-tenants');
	mkdirSync(target, { recursive: true });
	execFileSync('tar', ['xzf', join(packDir, tarball), '-C', target, '--strip-components=1']);
	writeFileSync(join(userFolder, '.n8n', 'nodes', 'package.json'), JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { 'n8n-nodes-pbx-tenants': '*' } }));
}

/** The environment n8n runs with here: its own user folder, a fixed encryption key, Node 20 settings. */
export function n8nEnvironment(userFolder: string): NodeJS.ProcessEnv {
	// jest sets NODE_ENV=test, under which n8n's logger prints nothing
	const { NODE_ENV: _testEnv, ...parentEnv } = process.env;
	return {
		...parentEnv,
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: 'pbx-tenants-e2e-key',
		// the default expression engine needs isolated-vm, which does not build on Node 20
		N8N_EXPRESSION_ENGINE: 'legacy',
		N8N_RUNNERS_ENABLED: 'false',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		// `n8n execute --rawOutput` prints the run through the logger at level info
		N8N_LOG_LEVEL: 'info',
	};
}

/** n8n's CLI on a user folder (created if needed) with this package installed in it. */
export function n8nInstance(userFolder = mkdtempSync(join(tmpdir(), 'pbx-e2e-n8n-'))): N8nInstance {
	const { bin } = ensureN8n();
	mkdirSync(userFolder, { recursive: true });
	installPackage(userFolder);
	const env = n8nEnvironment(userFolder);
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
		if (result.code !== 0) throw new Error(`n8n import:${kind} failed: ${result.stderr}${result.stdout}`);
	};
	return {
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
				throw new Error(`n8n execute ${workflowId} printed no run data (exit ${result.code}): ${result.stderr}${result.stdout}`);
			}
			return JSON.parse(result.stdout.slice(start, end + 2)) as N8nRun;
		},
	};
}

/** Output items of a node in a run (first run, first output). */
export function outputOf(run: N8nRun, nodeName: string): Array<Record<string, unknown>> {
	return (run.data.resultData.runData[nodeName]?.[0]?.data?.main?.[0] ?? []).map((item) => item.json);
}
