/**
 * `npm run bench`: measures the package against the raw HTTP floor and prints a table of figures
 * (also written to bench/results/latest.json). Never part of the test suite: timings are noisy, so
 * every comparison is a ratio of runs made in the same process, a few seconds apart, and the figure
 * shown is the median over the repetitions.
 *
 * Layout: the PortSIP sandbox runs in a child process (its CPU does not mix with the engine's), and
 * each scenario at each size is measured in a fresh worker process (bench/worker.ts), its variants
 * alternating. The package figures (tarball, dependencies, load time) use dist/, so build first
 * (`npm run bench` does).
 *
 *   npm run bench                  the default plan (a few minutes on 2 cores)
 *   npm run bench -- --quick       fewer repetitions, no 10,000-item create (for a first look)
 *   npm run bench -- --full        also Create with 50,000 items (see README: it needs > 20,000 sockets)
 */
import { spawn, spawnSync } from 'child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { cpus, loadavg, totalmem } from 'os';
import { join, resolve } from 'path';

import type { RunFigures, WorkerResult, WorkerSpec } from './worker';

const ROOT = resolve(__dirname, '..');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const FULL = args.includes('--full');

const TS_NODE = ['-r', 'ts-node/register/transpile-only'];
// PortSip.node.ts sits next to PortSip.node.json (the codex): prefer the .ts when resolving
const CHILD_ENV = { ...process.env, TS_NODE_PREFER_TS_EXTS: 'true' };

type PlanEntry = Omit<WorkerSpec, 'url' | 'controlUrl'> & { label: string; memory?: boolean };

function plan(): PlanEntry[] {
	const reps = (normal: number) => (QUICK ? Math.min(2, normal) : normal);
	const entries: PlanEntry[] = [];
	for (const [size, count] of [[1_000, 7], [10_000, 5], [50_000, 3]] as const) {
		entries.push({ label: `Get Many, Return All, ${size.toLocaleString('en')} holidays`, scenario: 'getAll', size, variants: ['engine', 'fetch', 'newConnection'], reps: reps(count), warmup: true });
	}
	entries.push({ label: 'Sync (upsert), 1,000 holidays, 10 changed', scenario: 'sync', size: 1_000, changed: 10, variants: ['engine', 'deleteAll'], reps: reps(5), warmup: true });
	entries.push({ label: 'Create, 1,000 items', scenario: 'create', size: 1_000, variants: ['engine', 'engineWithToken', 'fetch', 'newConnection'], reps: reps(3), warmup: true });
	// one variant per process: its peak RSS is that variant's alone
	for (const variant of ['engine', 'engineWithToken', 'fetch']) {
		entries.push({ label: `Create, 1,000 items, memory of ${variant}`, scenario: 'create', size: 1_000, variants: [variant], reps: 1, warmup: false, memory: true });
	}
	if (!QUICK) entries.push({ label: 'Create, 10,000 items', scenario: 'create', size: 10_000, variants: ['engineWithToken', 'fetch'], reps: 1, warmup: false });
	if (FULL) entries.push({ label: 'Create, 50,000 items', scenario: 'create', size: 50_000, variants: ['engineWithToken', 'fetch'], reps: 1, warmup: false });
	entries.push({ label: 'Calendars: 30 countries x 101 years', scenario: 'calendar', size: 30 * 101, variants: ['generate'], reps: reps(7), warmup: true });
	return entries;
}

// ---------------------------------------------------------------------------------------------
// processes

interface SandboxProcess {
	url: string;
	controlUrl: string;
	stop(): void;
}

async function startSandbox(): Promise<SandboxProcess> {
	const child = spawn(process.execPath, ['--expose-gc', ...TS_NODE, 'bench/sandboxProcess.ts'], { cwd: ROOT, env: CHILD_ENV, stdio: ['ignore', 'pipe', 'inherit'] });
	const line = await new Promise<string>((resolveLine, reject) => {
		let buffered = '';
		child.stdout.on('data', (chunk: Buffer) => {
			buffered += chunk.toString('utf8');
			if (buffered.includes('\n')) resolveLine(buffered.split('\n')[0]);
		});
		child.on('exit', (code) => reject(new Error(`bench: the sandbox process exited (${code})`)));
	});
	const { url, controlUrl } = JSON.parse(line) as { url: string; controlUrl: string };
	return { url, controlUrl, stop: () => child.kill('SIGTERM') };
}

async function runWorker(spec: WorkerSpec, heapMB: number): Promise<WorkerResult> {
	const child = spawn(process.execPath, [`--max-old-space-size=${heapMB}`, '--expose-gc', ...TS_NODE, 'bench/worker.ts', JSON.stringify(spec)], {
		cwd: ROOT,
		env: CHILD_ENV,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
	const code = await new Promise<number | null>((resolveExit) => child.on('exit', resolveExit));
	const line = stdout.split('\n').find((text) => text.startsWith('RESULT '));
	if (code !== 0 || !line) throw new Error(`worker failed (exit ${code}): ${stderr.trim().split('\n').slice(0, 6).join(' | ')}`);
	return JSON.parse(line.slice('RESULT '.length)) as WorkerResult;
}

// ---------------------------------------------------------------------------------------------
// figures

const median = (values: number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

interface VariantSummary {
	runs: number;
	medianMs: number;
	minMs: number;
	maxMs: number;
	msPerItem: number;
	heapPeakMB: number;
	sandboxCpuMs?: number;
	sandboxHandlerMs?: number;
	apiRequests?: number;
	apiByMethod?: Record<string, number>;
	requests?: number;
	count: number;
}

function summarize(runs: RunFigures[], items: number): VariantSummary {
	const ms = runs.map((run) => run.ms);
	const pick = (key: keyof RunFigures) => (runs[0][key] === undefined ? undefined : median(runs.map((run) => run[key] as number)));
	return {
		runs: runs.length,
		medianMs: median(ms),
		minMs: Math.min(...ms),
		maxMs: Math.max(...ms),
		msPerItem: median(ms) / items,
		heapPeakMB: median(runs.map((run) => run.heapPeakMB)),
		sandboxCpuMs: pick('sandboxCpuMs'),
		sandboxHandlerMs: pick('sandboxHandlerMs'),
		apiRequests: runs[runs.length - 1].apiRequests,
		apiByMethod: runs[runs.length - 1].apiByMethod,
		requests: runs[runs.length - 1].requests,
		count: runs[runs.length - 1].count,
	};
}

/** Median of the per-repetition ratios (each repetition ran both variants seconds apart). */
function pairedRatio(result: WorkerResult, numerator: string, denominator: string): number {
	const top = result.runs[numerator];
	const bottom = result.runs[denominator];
	return median(top.map((run, index) => run.ms / bottom[index].ms));
}

interface PackageFigures {
	tarballBytes: number;
	unpackedBytes: number;
	files: number;
	runtimeDependencies: number;
	peerDependencies: string[];
	/** Fresh `node` per measurement, median of 7; ms to require the module. */
	loadMs: Array<{ module: string; coldMs: number; withPeerLoadedMs: number }>;
	allModulesColdMs: number;
	allModulesWithPeerLoadedMs: number;
}

function requireTime(modules: string[], preload: boolean): number {
	const times: number[] = [];
	const script = [
		preload ? "require('n8n-workflow');" : '',
		'const started = process.hrtime.bigint();',
		`for (const file of ${JSON.stringify(modules)}) require(file);`,
		'process.stdout.write(String(Number(process.hrtime.bigint() - started) / 1e6));',
	].join('\n');
	for (let rep = 0; rep < 7; rep++) {
		const result = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
		if (result.status !== 0) throw new Error(`bench: loading ${modules.join(', ')} failed: ${result.stderr}`);
		times.push(Number(result.stdout));
	}
	return median(times);
}

function packageFigures(): PackageFigures {
	const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
		dependencies?: Record<string, string>;
		peerDependencies?: Record<string, string>;
		n8n: { nodes: string[]; credentials: string[] };
	};
	const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
	if (pack.status !== 0) throw new Error(`bench: npm pack failed: ${pack.stderr}`);
	const [packed] = JSON.parse(pack.stdout) as Array<{ size: number; unpackedSize: number; entryCount: number }>;
	const modules = [...pkg.n8n.nodes, ...pkg.n8n.credentials].map((file) => join(ROOT, file));
	return {
		tarballBytes: packed.size,
		unpackedBytes: packed.unpackedSize,
		files: packed.entryCount,
		runtimeDependencies: Object.keys(pkg.dependencies ?? {}).length,
		peerDependencies: Object.keys(pkg.peerDependencies ?? {}),
		loadMs: modules.map((module) => ({
			module: module.slice(ROOT.length + 1),
			coldMs: requireTime([module], false),
			withPeerLoadedMs: requireTime([module], true),
		})),
		allModulesColdMs: requireTime(modules, false),
		allModulesWithPeerLoadedMs: requireTime(modules, true),
	};
}

// ---------------------------------------------------------------------------------------------
// the table

const fmt = (value: number | undefined, digits = 0) => (value === undefined ? '' : value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;

interface Row {
	figure: string;
	value: string;
	target?: string;
	met?: boolean;
}

function verdict(row: Row): string {
	if (row.met === undefined) return row.target ?? '';
	return `${row.target} ${row.met ? 'met' : 'MISSED'}`;
}

function printTable(title: string, rows: Row[]): void {
	const width = Math.max(...rows.map((row) => row.figure.length));
	const valueWidth = Math.max(...rows.map((row) => row.value.length));
	console.log(`\n${title}`);
	for (const row of rows) console.log(`  ${row.figure.padEnd(width)}  ${row.value.padStart(valueWidth)}  ${verdict(row)}`);
}

async function main(): Promise<void> {
	const started = Date.now();
	const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), loadAverageAtStart: loadavg().map((value) => Number(value.toFixed(2))) };
	console.log(`n8n-nodes-pbx-tenants benchmark: node ${machine.node}, ${machine.cpus} cores, load ${machine.loadAverageAtStart.join(' ')}${QUICK ? ' (quick)' : ''}`);

	const sandbox = await startSandbox();
	const results: Array<{ entry: PlanEntry; result?: WorkerResult; error?: string }> = [];
	try {
		for (const entry of plan()) {
			process.stdout.write(`  ${entry.label} ...`);
			const time = Date.now();
			const { label: _label, memory: _memory, ...rest } = entry;
			try {
				const result = await runWorker({ ...rest, url: sandbox.url, controlUrl: sandbox.controlUrl }, entry.size >= 50_000 ? 8192 : 4096);
				for (const [variant, runs] of Object.entries(result.runs)) {
					const expected = entry.scenario === 'calendar' ? undefined : entry.size;
					if (expected !== undefined && runs.some((run) => run.count !== expected)) throw new Error(`${variant} handled ${runs.map((run) => run.count).join(', ')} holidays, not ${expected}`);
				}
				results.push({ entry, result });
				console.log(` ${((Date.now() - time) / 1000).toFixed(0)} s`);
			} catch (error) {
				results.push({ entry, error: (error as Error).message });
				console.log(` failed: ${(error as Error).message}`);
			}
		}
	} finally {
		sandbox.stop();
	}
	process.stdout.write('  Package: npm pack, module load times ...');
	const pkg = packageFigures();
	console.log(' done');

	const find = (scenario: string, size: number, memory = false) => results.find((r) => r.entry.scenario === scenario && r.entry.size === size && (r.entry.memory ?? false) === memory);
	const summaries = results.map(({ entry, result, error }) => ({
		label: entry.label,
		scenario: entry.scenario,
		size: entry.size,
		reps: entry.reps,
		warmup: entry.warmup,
		error,
		baselineRssMB: result?.baselineRssMB,
		maxRssMB: result?.maxRssMB,
		variants: result ? Object.fromEntries(Object.entries(result.runs).map(([variant, runs]) => [variant, summarize(runs, entry.scenario === 'calendar' ? 1 : entry.size)])) : undefined,
	}));
	const summaryOf = (scenario: string, size: number, memory = false) => summaries.find((s) => s.scenario === scenario && s.size === size && (results.find((r) => r.entry.label === s.label)?.entry.memory ?? false) === memory);

	// 1. Get Many
	const getAllRows: Row[] = [];
	for (const size of [1_000, 10_000, 50_000]) {
		const r = find('getAll', size)?.result;
		const s = summaryOf('getAll', size)?.variants;
		if (!r || !s) {
			getAllRows.push({ figure: `${fmt(size)} holidays`, value: 'failed', target: find('getAll', size)?.error });
			continue;
		}
		const ratio = pairedRatio(r, 'engine', 'fetch');
		getAllRows.push(
			{ figure: `${fmt(size)}: engine / fetch floor`, value: `${fmt(ratio, 3)}x`, target: size === 10_000 ? '<= 1.3' : undefined, met: size === 10_000 ? ratio <= 1.3 : undefined },
			{ figure: `${fmt(size)}: engine, fetch, node:http (new connection)`, value: `${fmt(s.engine.medianMs)} / ${fmt(s.fetch.medianMs)} / ${fmt(s.newConnection.medianMs)} ms` },
			{ figure: `${fmt(size)}: per holiday, engine / fetch`, value: `${fmt(s.engine.msPerItem * 1000, 1)} / ${fmt(s.fetch.msPerItem * 1000, 1)} µs` },
			{ figure: `${fmt(size)}: requests (login excluded)`, value: `${s.engine.apiRequests} / ${s.fetch.apiRequests}` },
			{ figure: `${fmt(size)}: sandbox CPU in the run, engine / fetch (handlers)`, value: `${fmt(s.engine.sandboxCpuMs)} / ${fmt(s.fetch.sandboxCpuMs)} ms (${fmt(s.engine.sandboxHandlerMs)} / ${fmt(s.fetch.sandboxHandlerMs)})` },
			{ figure: `${fmt(size)}: heap peak, engine / fetch`, value: `${fmt(s.engine.heapPeakMB)} / ${fmt(s.fetch.heapPeakMB)} MB` },
		);
	}
	printTable('1. Holiday → Get Many, Return All (pages of 100), through the engine vs a fetch loop', getAllRows);

	// 2. Sync
	const syncRows: Row[] = [];
	const sync = summaryOf('sync', 1_000)?.variants;
	const syncResult = find('sync', 1_000)?.result;
	if (sync && syncResult) {
		const expected = Math.ceil(1000 / 100) + 10;
		syncRows.push(
			{ figure: 'Sync requests (login excluded)', value: `${sync.engine.apiRequests} (${Object.entries(sync.engine.apiByMethod ?? {}).map(([m, n]) => `${n} ${m}`).join(', ')})`, target: `= ${expected}`, met: sync.engine.apiRequests === expected },
			{ figure: 'Delete-all-and-recreate requests', value: `${sync.deleteAll.apiRequests}` },
			{ figure: 'Sync time / delete-all-and-recreate time', value: `${fmt(sync.engine.medianMs)} / ${fmt(sync.deleteAll.medianMs)} ms = ${fmt(pairedRatio(syncResult, 'engine', 'deleteAll'), 3)}x` },
			{ figure: 'Sandbox CPU, sync / delete-all', value: `${fmt(sync.engine.sandboxCpuMs)} / ${fmt(sync.deleteAll.sandboxCpuMs)} ms` },
		);
	} else syncRows.push({ figure: 'Sync', value: 'failed', target: find('sync', 1_000)?.error });
	printTable('2. Holiday → Sync (upsert) of 1,000 holidays, 10 changed on the PBX', syncRows);

	// 3. Create
	const createRows: Row[] = [];
	const create1k = find('create', 1_000)?.result;
	const c1 = summaryOf('create', 1_000)?.variants;
	if (create1k && c1) {
		const withToken = pairedRatio(create1k, 'engineWithToken', 'fetch');
		const fresh = pairedRatio(create1k, 'engine', 'fetch');
		createRows.push(
			{ figure: '1,000: engine (token stored) / fetch floor', value: `${fmt(withToken, 3)}x`, target: '<= 1.5', met: withToken <= 1.5 },
			{ figure: '1,000: engine (fresh credential) / fetch floor', value: `${fmt(fresh, 3)}x`, target: '<= 1.5', met: fresh <= 1.5 },
			{ figure: '1,000: engine fresh / token stored / fetch / node:http', value: `${fmt(c1.engine.medianMs)} / ${fmt(c1.engineWithToken.medianMs)} / ${fmt(c1.fetch.medianMs)} / ${fmt(c1.newConnection.medianMs)} ms` },
			{ figure: '1,000: logins, engine fresh / token stored / fetch', value: `${(c1.engine.requests ?? 0) - (c1.engine.apiRequests ?? 0)} / ${(c1.engineWithToken.requests ?? 0) - (c1.engineWithToken.apiRequests ?? 0)} / ${(c1.fetch.requests ?? 0) - (c1.fetch.apiRequests ?? 0)}` },
			{ figure: '1,000: sandbox CPU, engine (token) / fetch', value: `${fmt(c1.engineWithToken.sandboxCpuMs)} / ${fmt(c1.fetch.sandboxCpuMs)} ms` },
			{ figure: '1,000: heap peak, engine fresh / token / fetch', value: `${fmt(c1.engine.heapPeakMB)} / ${fmt(c1.engineWithToken.heapPeakMB)} / ${fmt(c1.fetch.heapPeakMB)} MB` },
		);
		for (const variant of ['engine', 'engineWithToken', 'fetch']) {
			const memory = results.find((r) => r.entry.memory && r.entry.variants[0] === variant)?.result;
			if (memory) createRows.push({ figure: `1,000: peak RSS, own process, ${variant}`, value: `${fmt(memory.maxRssMB)} MB (${fmt(memory.maxRssMB - memory.baselineRssMB)} above the loaded process)` });
		}
	} else createRows.push({ figure: 'Create 1,000', value: 'failed', target: find('create', 1_000)?.error });
	for (const size of [10_000, 50_000]) {
		const entry = find('create', size);
		if (!entry) continue;
		const s = summaryOf('create', size)?.variants;
		if (!entry.result || !s) {
			createRows.push({ figure: `${fmt(size)}`, value: 'failed', target: entry.error?.slice(0, 160) });
			continue;
		}
		createRows.push(
			{ figure: `${fmt(size)}: engine (token stored) / fetch floor`, value: `${fmt(pairedRatio(entry.result, 'engineWithToken', 'fetch'), 3)}x` },
			{ figure: `${fmt(size)}: engine / fetch`, value: `${fmt(s.engineWithToken.medianMs)} / ${fmt(s.fetch.medianMs)} ms` },
			{ figure: `${fmt(size)}: heap peak, engine / fetch; process peak RSS`, value: `${fmt(s.engineWithToken.heapPeakMB)} / ${fmt(s.fetch.heapPeakMB)} MB; ${fmt(entry.result.maxRssMB)} MB` },
		);
	}
	const perItem = [1_000, 10_000, 50_000]
		.map((size) => ({ size, s: summaryOf('create', size)?.variants }))
		.filter(({ s }) => s?.engineWithToken && s.fetch)
		.map(({ size, s }) => `${fmt(size)}: ${fmt(s!.engineWithToken.msPerItem, 2)} / ${fmt(s!.fetch.msPerItem, 2)}`);
	createRows.push({ figure: 'ms per item, engine (token) / fetch', value: perItem.join('; ') });
	printTable('3. Holiday → Create, one per input item (2 requests each: create, read-back), all started at once', createRows);

	// 4. Calendars
	const calendar = summaryOf('calendar', 30 * 101)?.variants?.generate;
	printTable('4. Calendars: getPublicHolidays for 30 countries x 2000..2100', calendar
		? [
				{ figure: 'Time (all 3,030 country-years)', value: `${fmt(calendar.medianMs)} ms (${fmt((calendar.medianMs / 3030) * 1000, 0)} µs per country-year)` },
				{ figure: 'Holidays generated', value: fmt(calendar.count) },
				{ figure: 'Heap peak during generation', value: `${fmt(calendar.heapPeakMB, 1)} MB` },
			]
		: [{ figure: 'Calendars', value: 'failed' }]);

	// 5. Package
	printTable('5. The package (dist/)', [
		{ figure: 'Packed tarball', value: `${kb(pkg.tarballBytes)} (${pkg.files} files, ${kb(pkg.unpackedBytes)} unpacked)`, target: '< 150 KB', met: pkg.tarballBytes < 150 * 1024 },
		{ figure: 'Runtime dependencies', value: String(pkg.runtimeDependencies), target: '= 0', met: pkg.runtimeDependencies === 0 },
		...pkg.loadMs.map((load) => ({ figure: `Load ${load.module}`, value: `${fmt(load.withPeerLoadedMs, 1)} ms (cold, n8n-workflow included: ${fmt(load.coldMs, 1)} ms)` })),
		{ figure: 'Load all four', value: `${fmt(pkg.allModulesWithPeerLoadedMs, 1)} ms (cold: ${fmt(pkg.allModulesColdMs, 1)} ms)` },
	]);

	const output = {
		date: new Date().toISOString(),
		machine,
		options: { quick: QUICK, full: FULL },
		durationSeconds: Math.round((Date.now() - started) / 1000),
		scenarios: summaries,
		raw: results.map(({ entry, result }) => ({ label: entry.label, runs: result?.runs })),
		package: pkg,
	};
	mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
	writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), `${JSON.stringify(output, null, '\t')}\n`);
	console.log(`\nWritten to bench/results/latest.json (${output.durationSeconds} s).`);
}

main().catch((error: Error) => {
	console.error(error);
	process.exit(1);
});
