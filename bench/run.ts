/**
 * `npm run bench`: measures the package against the raw HTTP floor and prints a table of figures
 * (also written to bench/results/latest.json). Never part of the test suite: timings are noisy, so
 * every comparison is a ratio of runs made in the same process, a few seconds apart, and the figure
 * shown is the median over the repetitions, with its spread (min-max, p25-p75).
 *
 * Benchmark: the variants
 *   engine           the package's PortSIP node run by n8n-core's WorkflowExecute (RoutingNode), as in
 *                    the tests, with a fresh credential (so it logs in); `engineWithToken`: the same with
 *                    a token already stored, as n8n keeps it between executions.
 *   fetch            the floor: the same HTTP requests (same login, pages, concurrency) in a plain
 *                    `fetch` loop (undici, keep-alive). `fetchAgain` is the same floor run again in the
 *                    same worker: fetchAgain / fetch shows the noise of that run.
 *   newConnection    the floor over node:http with a new TCP connection per request (as n8n-core does).
 *   n8nFloor         the same requests in a plain loop through n8n-core's httpRequestWithAuthentication
 *                    with the package's credential, inside one bare node (bench/peer.ts): what n8n's
 *                    HTTP stack costs with no node description, routing or parameters around it.
 *   httpRequestNode  what a user builds without the package: n8n's own HTTP Request node
 *                    (n8n-nodes-base 2.41.1, the version n8n 2.41.1 ships) in the same engine: a login
 *                    request, then Get Many with pagination by `skip` and a bearer header plus Split Out,
 *                    or Create as two HTTP Request nodes per item (POST, read-back GET) (bench/peer.ts).
 *   deleteAll        (Sync) list, delete everything, recreate everything, one request at a time.
 * Table 0 prints every variant's ratio to fetch, n8nFloor and httpRequestNode. A variant that fails
 * (Create 10,000 runs each variant in a worker of its own) is recorded as `error` in its entry in
 * latest.json and the run goes on.
 *
 * Layout: the PortSIP sandbox runs in a child process (its CPU does not mix with the engine's), and
 * each scenario at each size is measured in a fresh worker process (bench/worker.ts), its variants
 * alternating. The package figures (tarball, dependencies, load time) use dist/, so build first
 * (`npm run bench` does).
 *
 *   npm run bench                     the default plan (a few minutes on 2 cores)
 *   npm run bench -- --quick          fewer repetitions, no 10,000-item create (for a first look)
 *   npm run bench -- --full           also Create with 50,000 items (see README: it needs > 20,000 sockets)
 *   npm run bench -- --profile create CPU profile of Create 1,000 (engineWithToken, httpRequestNode,
 *                                     n8nFloor, fetch), self time split by package (bench/profile.ts);
 *                                     `--profile getAll` does Get Many 10,000
 */
import { spawn, spawnSync } from 'child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { cpus, loadavg, totalmem } from 'os';
import { join, resolve } from 'path';

import { GROUPS } from './profile';
import type { RunFigures, WorkerResult, WorkerSpec } from './worker';

const ROOT = resolve(__dirname, '..');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const FULL = args.includes('--full');
const PROFILE = args.includes('--profile') ? (args[args.indexOf('--profile') + 1] ?? 'create') : undefined;

const TS_NODE = ['-r', 'ts-node/register/transpile-only'];
// PortSip.node.ts sits next to PortSip.node.json (the codex): prefer the .ts when resolving
const CHILD_ENV = { ...process.env, TS_NODE_PREFER_TS_EXTS: 'true' };

type PlanEntry = Omit<WorkerSpec, 'url' | 'controlUrl'> & {
	label: string;
	memory?: boolean;
	/** Each variant in a worker of its own (a variant that crashes its process takes no other down). */
	isolate?: boolean;
};

/** The variants every comparison is made against (see the header). */
const REFERENCES = ['fetch', 'n8nFloor', 'httpRequestNode'];

function plan(): PlanEntry[] {
	const reps = (normal: number) => (QUICK ? Math.min(2, normal) : normal);
	const entries: PlanEntry[] = [];
	for (const [size, count] of [[1_000, 7], [10_000, 5], [50_000, 2]] as const) {
		const variants = size === 10_000 ? ['engine', 'fetch', 'fetchAgain', 'n8nFloor', 'httpRequestNode', 'newConnection'] : ['engine', 'fetch', 'newConnection'];
		entries.push({ label: `Get Many, Return All, ${size.toLocaleString('en')} holidays`, scenario: 'getAll', size, variants, reps: reps(count), warmup: true });
	}
	entries.push({ label: 'Sync (upsert), 1,000 holidays, 10 changed', scenario: 'sync', size: 1_000, changed: 10, variants: ['engine', 'deleteAll'], reps: reps(5), warmup: true });
	entries.push({ label: 'Create, 1,000 items', scenario: 'create', size: 1_000, variants: ['engine', 'engineWithToken', 'fetch', 'fetchAgain', 'n8nFloor', 'httpRequestNode', 'newConnection'], reps: reps(3), warmup: true });
	// one variant per process: its peak RSS is that variant's alone
	for (const variant of ['engine', 'engineWithToken', 'fetch', 'httpRequestNode']) {
		entries.push({ label: `Create, 1,000 items, memory of ${variant}`, scenario: 'create', size: 1_000, variants: [variant], reps: 1, warmup: false, memory: true });
	}
	if (!QUICK) entries.push({ label: 'Create, 10,000 items', scenario: 'create', size: 10_000, variants: ['engineWithToken', 'httpRequestNode', 'fetch'], reps: 1, warmup: false, isolate: true });
	if (FULL) entries.push({ label: 'Create, 50,000 items', scenario: 'create', size: 50_000, variants: ['engineWithToken', 'fetch'], reps: 1, warmup: false, isolate: true });
	entries.push({ label: 'Calendars: 30 countries x 101 years', scenario: 'calendar', size: 30 * 101, variants: ['generate'], reps: reps(7), warmup: true });
	return entries;
}

/** `--profile <scenario>`: one worker, its variants measured once and then profiled once each. */
function profilePlan(scenario: string): PlanEntry {
	if (scenario === 'create') return { label: 'Create, 1,000 items, profiled', scenario: 'create', size: 1_000, variants: ['engineWithToken', 'httpRequestNode', 'n8nFloor', 'fetch'], reps: 1, warmup: true, profile: true };
	if (scenario === 'getAll') return { label: 'Get Many, 10,000 holidays, profiled', scenario: 'getAll', size: 10_000, variants: ['engine', 'httpRequestNode', 'n8nFloor', 'fetch'], reps: 1, warmup: true, profile: true };
	throw new Error(`bench: --profile takes create or getAll, not ${scenario}`);
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

const quantile = (values: number[], q: number): number => {
	const sorted = [...values].sort((a, b) => a - b);
	const position = (sorted.length - 1) * q;
	const below = Math.floor(position);
	return sorted[below] + (sorted[Math.min(below + 1, sorted.length - 1)] - sorted[below]) * (position - below);
};

interface VariantSummary {
	runs: number;
	medianMs: number;
	minMs: number;
	maxMs: number;
	/** Quartiles over the repetitions (linear interpolation). */
	p25Ms: number;
	p75Ms: number;
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
		p25Ms: quantile(ms, 0.25),
		p75Ms: quantile(ms, 0.75),
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

/** The per-repetition ratios (each repetition ran both variants seconds apart). */
function ratios(result: WorkerResult, numerator: string, denominator: string): number[] {
	const top = result.runs[numerator];
	const bottom = result.runs[denominator];
	if (!top?.length || !bottom?.length) return [];
	return top.map((run, index) => run.ms / bottom[Math.min(index, bottom.length - 1)].ms);
}

/** Median of the per-repetition ratios. */
function pairedRatio(result: WorkerResult, numerator: string, denominator: string): number {
	return median(ratios(result, numerator, denominator));
}

/** Each variant's paired ratio to each reference variant the scenario ran (those it failed are absent). */
function ratiosToReferences(result: WorkerResult): Record<string, Record<string, number>> {
	const out: Record<string, Record<string, number>> = {};
	for (const variant of Object.keys(result.runs)) {
		for (const reference of REFERENCES.filter((name) => name !== variant && result.runs[name]?.length)) {
			(out[variant] ??= {})[reference] = pairedRatio(result, variant, reference);
		}
	}
	return out;
}

/** Runs one plan entry: in one worker, or with `isolate` one worker per variant merged into one result. */
async function measureEntry(entry: PlanEntry, sandbox: SandboxProcess): Promise<WorkerResult> {
	const { label: _label, memory: _memory, isolate, ...rest } = entry;
	const spec: WorkerSpec = { ...rest, url: sandbox.url, controlUrl: sandbox.controlUrl };
	const heapMB = entry.size >= 50_000 ? 8192 : 4096;
	let result: WorkerResult;
	if (!isolate) result = await runWorker(spec, heapMB);
	else {
		result = { spec, runs: {}, baselineRssMB: 0, maxRssMB: 0 };
		for (const variant of entry.variants) {
			try {
				const one = await runWorker({ ...spec, variants: [variant] }, heapMB);
				Object.assign(result.runs, one.runs);
				if (one.errors) result.errors = { ...result.errors, ...one.errors };
				result.baselineRssMB ||= one.baselineRssMB;
				result.maxRssMB = Math.max(result.maxRssMB, one.maxRssMB);
			} catch (error) {
				result.errors = { ...result.errors, [variant]: (error as Error).message };
			}
		}
	}
	// a variant that did other work than asked is as good as failed
	const expected = entry.scenario === 'calendar' ? undefined : entry.size;
	for (const [variant, runs] of Object.entries(result.runs)) {
		if (expected === undefined || runs.every((run) => run.count === expected)) continue;
		result.errors = { ...result.errors, [variant]: `handled ${runs.map((run) => run.count).join(', ')} holidays, not ${expected}` };
		delete result.runs[variant];
	}
	return result;
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

/** A variant in latest.json: its figures and ratios to the references, or only `error` when it failed. */
type VariantEntry = VariantSummary & { ratios?: Record<string, number>; error?: string };

function variantSummaries(entry: PlanEntry, result: WorkerResult): Record<string, VariantEntry> {
	const toReferences = ratiosToReferences(result);
	const out: Record<string, VariantEntry> = {};
	for (const variant of entry.variants) {
		const runs = result.runs[variant];
		if (runs?.length) out[variant] = { ...summarize(runs, entry.scenario === 'calendar' ? 1 : entry.size), ratios: toReferences[variant] };
		// the tables print a failed variant's figures as blanks
		else out[variant] = { error: result.errors?.[variant] ?? 'no run recorded' } as VariantEntry;
	}
	return out;
}

async function profileRun(entry: PlanEntry, sandbox: SandboxProcess): Promise<void> {
	console.log(`  ${entry.label} (a measured round, then one profiled run of each variant) ...`);
	const result = await measureEntry(entry, sandbox);
	const profiles = result.profiles ?? {};
	const variants = Object.keys(profiles);
	const width = Math.max(...GROUPS.map((group) => group.length), 22);
	const cell = (text: string) => text.padStart(22);
	console.log(`\nSelf time by package, ms (% of the busy time), sampled every 0.5 ms; idle (waiting for the sandbox) left out`);
	console.log(`  ${''.padEnd(width)}${variants.map(cell).join('')}`);
	const busy = (variant: string) => profiles[variant].totalMs - profiles[variant].idleMs;
	for (const group of GROUPS) {
		if (!variants.some((variant) => profiles[variant].selfMs[group])) continue;
		console.log(`  ${group.padEnd(width)}${variants.map((variant) => cell(`${fmt(profiles[variant].selfMs[group] ?? 0)} (${fmt(((profiles[variant].selfMs[group] ?? 0) / busy(variant)) * 100, 1)} %)`)).join('')}`);
	}
	console.log(`  ${'busy total'.padEnd(width)}${variants.map((variant) => cell(fmt(busy(variant)))).join('')}`);
	console.log(`  ${'idle'.padEnd(width)}${variants.map((variant) => cell(fmt(profiles[variant].idleMs))).join('')}`);
	console.log(`  ${'wall time of the measured run'.padEnd(width)}${variants.map((variant) => cell(fmt(result.runs[variant]?.[0]?.ms))).join('')}`);
	for (const variant of variants) {
		console.log(`\nHeaviest functions (self time), ${variant}: ${profiles[variant].file}`);
		for (const { frame, ms } of profiles[variant].top) console.log(`  ${fmt(ms).padStart(6)} ms  ${frame}`);
	}
	for (const [variant, message] of Object.entries(result.errors ?? {})) console.log(`\n${variant} failed: ${message}`);
	const file = join(ROOT, 'bench', 'results', `profile-${entry.scenario}.json`);
	writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), label: entry.label, size: entry.size, runs: result.runs, profiles }, null, '\t')}\n`);
	console.log(`\nWritten to ${file.slice(ROOT.length + 1)}.`);
}

async function main(): Promise<void> {
	const started = Date.now();
	const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), loadAverageAtStart: loadavg().map((value) => Number(value.toFixed(2))) };
	console.log(`n8n-nodes-pbx-tenants benchmark: node ${machine.node}, ${machine.cpus} cores, load ${machine.loadAverageAtStart.join(' ')}${QUICK ? ' (quick)' : ''}`);

	const sandbox = await startSandbox();
	if (PROFILE) {
		try {
			await profileRun(profilePlan(PROFILE), sandbox);
		} finally {
			sandbox.stop();
		}
		return;
	}
	const results: Array<{ entry: PlanEntry; result?: WorkerResult; error?: string }> = [];
	try {
		for (const entry of plan()) {
			process.stdout.write(`  ${entry.label} ...`);
			const time = Date.now();
			try {
				const result = await measureEntry(entry, sandbox);
				results.push({ entry, result });
				const failed = Object.entries(result.errors ?? {}).map(([variant, message]) => `; ${variant} failed: ${message.slice(0, 160)}`);
				console.log(` ${((Date.now() - time) / 1000).toFixed(0)} s${failed.join('')}`);
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
		variants: result ? variantSummaries(entry, result) : undefined,
	}));
	const summaryOf = (scenario: string, size: number, memory = false) => summaries.find((s) => s.scenario === scenario && s.size === size && (results.find((r) => r.entry.label === s.label)?.entry.memory ?? false) === memory);

	// 0. every variant against the references, with its spread, and the floor against itself (the noise)
	const compareRows: Row[] = [];
	for (const summary of summaries) {
		const run = results.find((r) => r.entry.label === summary.label);
		if (!summary.variants || run?.entry.memory || summary.scenario === 'calendar' || summary.scenario === 'sync') continue;
		for (const [variant, v] of Object.entries(summary.variants)) {
			const name = `${summary.label.replace(/, Return All|, items/g, '')}: ${variant}`;
			if (v.error) {
				compareRows.push({ figure: name, value: 'FAILED', target: v.error.slice(0, 140) });
				continue;
			}
			const toRefs = REFERENCES.map((reference) => (v.ratios?.[reference] === undefined ? '-' : `${fmt(v.ratios[reference], 2)}x`)).join('  ');
			compareRows.push({ figure: name, value: `${fmt(v.medianMs)} ms [${fmt(v.minMs)}-${fmt(v.maxMs)}; p25-p75 ${fmt(v.p25Ms)}-${fmt(v.p75Ms)}]`, target: toRefs });
		}
		if (run?.result?.runs.fetchAgain && run.result.runs.fetch) {
			const noise = ratios(run.result, 'fetchAgain', 'fetch');
			compareRows.push({ figure: `${summary.label.replace(/, Return All|, items/g, '')}: NOISE fetchAgain / fetch`, value: `${fmt(median(noise), 3)}x`, target: `per repetition ${noise.map((r) => fmt(r, 3)).join(', ')}` });
		}
	}
	printTable(`0. Median ms [min-max; p25-p75] over the repetitions; then x ${REFERENCES.join(', x ')} (median of paired ratios)`, compareRows);

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
		for (const variant of ['engine', 'engineWithToken', 'fetch', 'httpRequestNode']) {
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
		for (const [variant, figures] of Object.entries(s)) {
			createRows.push(
				figures.error
					? { figure: `${fmt(size)}: ${variant}`, value: 'FAILED', target: figures.error.slice(0, 160) }
					: { figure: `${fmt(size)}: ${variant}`, value: `${fmt(figures.medianMs)} ms, heap peak ${fmt(figures.heapPeakMB)} MB${figures.ratios?.fetch ? `, ${fmt(figures.ratios.fetch, 3)}x fetch` : ''}` },
			);
		}
	}
	const perItem = [1_000, 10_000, 50_000]
		.map((size) => ({ size, s: summaryOf('create', size)?.variants }))
		.filter(({ s }) => s?.engineWithToken?.medianMs && s.fetch?.medianMs)
		.map(({ size, s }) => `${fmt(size)}: ${fmt(s!.engineWithToken.msPerItem, 2)} / ${fmt(s!.fetch.msPerItem, 2)}`);
	createRows.push({ figure: 'ms per item, engine (token) / fetch', value: perItem.join('; ') });
	printTable('3. Holiday → Create, one per input item (2 requests each: create, read-back), at most 10 items in flight (the node default; floors alike)', createRows);

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
