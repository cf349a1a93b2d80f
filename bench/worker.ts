/**
 * One measurement process: runs one scenario at one size, its variants in turn (the order swapped
 * each repetition), after one unrecorded warm-up round. Before each run the sandbox is reset through
 * its control port (which also empties its request log) and the heap is collected, so runs do not
 * inherit each other's garbage. Prints a line `RESULT <json>` at the end.
 *
 *   node --expose-gc -r ts-node/register/transpile-only bench/worker.ts '<WorkerSpec as JSON>'
 */
import '../test/harness/env';

import { getPublicHolidays, MAX_YEAR, MIN_YEAR, SUPPORTED_COUNTRIES } from '../nodes/PortSip/calendars';
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { profiled, type ProfileSplit } from './profile';
import type { SandboxStats } from './sandboxProcess';
import {
	createEngine,
	createFloor,
	createItems,
	deleteAllAndRecreate,
	getAllEngine,
	getAllFloor,
	storedCredential,
	newConnectionClient,
	syncDesired,
	syncEngine,
} from './scenarios';
import { createHttpRequestNode, createN8nFloor, getAllHttpRequestNode, getAllN8nFloor } from './peer';
import { benchBody } from './holidays';

export type Scenario = 'getAll' | 'sync' | 'create' | 'calendar';

export interface WorkerSpec {
	scenario: Scenario;
	size: number;
	variants: string[];
	reps: number;
	warmup: boolean;
	url: string;
	controlUrl: string;
	/** Holidays changed on the PBX (sync). */
	changed?: number;
	/** Record a CPU profile of one more run of each variant (after the measured ones) and split it by package. */
	profile?: boolean;
}

export interface RunFigures {
	ms: number;
	/** Holidays read, created or considered (checked against the size). */
	count: number;
	/** Peak heap above the heap after a full collection before the run (sampled every 5 ms), MB. */
	heapPeakMB: number;
	/** The sandbox process's CPU time during the run, ms, and the part inside its request handlers. */
	sandboxCpuMs?: number;
	sandboxHandlerMs?: number;
	apiRequests?: number;
	apiByMethod?: Record<string, number>;
	requests?: number;
}

export interface WorkerResult {
	spec: WorkerSpec;
	runs: Record<string, RunFigures[]>;
	/** RSS after loading and a collection, before the first run, and the process's peak RSS, MB. */
	baselineRssMB: number;
	maxRssMB: number;
	/** Variants that threw: their message (their remaining repetitions are skipped). */
	errors?: Record<string, string>;
	/** With `profile`: each variant's self time by package (bench/profile.ts). */
	profiles?: Record<string, ProfileSplit>;
}

const MB = 1024 * 1024;

async function control(spec: WorkerSpec, path: string): Promise<SandboxStats> {
	const response = await fetch(`${spec.controlUrl}${path}`);
	return (await response.json()) as SandboxStats;
}

/** The sandbox's holidays before a run of this scenario. */
function resetPath(spec: WorkerSpec): string {
	if (spec.scenario === 'getAll') return `/reset?holidays=${spec.size}`;
	if (spec.scenario === 'sync') return `/reset?holidays=${spec.size}&changed=${spec.changed ?? 0}`;
	return '/reset?holidays=0';
}

function calendarRun(): number {
	let count = 0;
	// the first 30 (the original set, all with rules for 2000-2100), so the figure stays comparable
	for (const country of SUPPORTED_COUNTRIES.slice(0, 30)) {
		for (let year = MIN_YEAR; year <= MAX_YEAR; year++) count += getPublicHolidays(country.alpha3, year).length;
	}
	return count;
}

interface Runner {
	/** Done before the clock starts (after the sandbox is reset). */
	prepare?: () => Promise<void>;
	run: () => Promise<number>;
}

/** PortSIP's bodies of the first `size` bench holidays (what the peers send; the node builds them from name and date). */
const bodiesOf = (size: number) => Array.from({ length: size }, (_v, index) => benchBody(index) as IDataObject);

function runner(spec: WorkerSpec, variant: string): Runner {
	const { url, size } = spec;
	const simple = (run: () => Promise<number>): Runner => ({ run });
	switch (`${spec.scenario}/${variant}`) {
		case 'getAll/engine':
			return simple(() => getAllEngine(url));
		case 'getAll/fetch':
			return simple(() => getAllFloor(url));
		case 'getAll/fetchAgain':
			return simple(() => getAllFloor(url));
		case 'getAll/httpRequestNode':
			return simple(() => getAllHttpRequestNode(url));
		case 'getAll/n8nFloor':
			return simple(() => getAllN8nFloor(url));
		case 'getAll/newConnection':
			return simple(() => getAllFloor(url, newConnectionClient));
		case 'sync/engine': {
			const desired = syncDesired(size);
			return simple(() => syncEngine(url, desired));
		}
		case 'sync/deleteAll':
			return simple(() => deleteAllAndRecreate(url, size));
		case 'create/engine': {
			const items = createItems(size);
			return simple(() => createEngine(url, items));
		}
		case 'create/engineWithToken': {
			const items = createItems(size);
			let stored: ICredentialDataDecryptedObject | undefined;
			return { prepare: async () => void (stored = await storedCredential(url)), run: () => createEngine(url, items, stored) };
		}
		case 'create/fetch':
			return simple(() => createFloor(url, size));
		case 'create/fetchAgain':
			return simple(() => createFloor(url, size));
		case 'create/httpRequestNode': {
			const bodies = bodiesOf(size);
			return simple(() => createHttpRequestNode(url, bodies));
		}
		case 'create/n8nFloor': {
			const bodies = bodiesOf(size);
			return simple(() => createN8nFloor(url, bodies));
		}
		case 'create/newConnection':
			return simple(() => createFloor(url, size, newConnectionClient));
		case 'calendar/generate':
			return simple(async () => calendarRun());
		default:
			throw new Error(`bench: no variant ${variant} of ${spec.scenario}`);
	}
}

function collect(): void {
	if (!global.gc) throw new Error('bench: run the worker with --expose-gc');
	global.gc();
	global.gc();
}

async function measure(spec: WorkerSpec, variant: string): Promise<RunFigures> {
	const usesSandbox = spec.scenario !== 'calendar';
	const run = runner(spec, variant);
	if (usesSandbox) await control(spec, resetPath(spec));
	await run.prepare?.();
	collect();
	const heapBase = process.memoryUsage().heapUsed;
	let heapPeak = heapBase;
	const sampler = setInterval(() => {
		heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
	}, 5);
	const before = usesSandbox ? await control(spec, '/stats') : undefined;
	const started = process.hrtime.bigint();
	const count = await run.run();
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
	clearInterval(sampler);
	const figures: RunFigures = { ms, count, heapPeakMB: (heapPeak - heapBase) / MB };
	if (before) {
		const after = await control(spec, '/stats');
		figures.sandboxCpuMs = (after.cpuMicros - before.cpuMicros) / 1000;
		figures.sandboxHandlerMs = (after.handlerMicros - before.handlerMicros) / 1000;
		figures.apiRequests = after.apiRequests;
		figures.apiByMethod = after.apiByMethod;
		figures.requests = after.requests;
	}
	return figures;
}

async function main(): Promise<void> {
	const spec = JSON.parse(process.argv[2]) as WorkerSpec;
	collect();
	const baselineRssMB = process.memoryUsage().rss / MB;
	const runs: Record<string, RunFigures[]> = Object.fromEntries(spec.variants.map((variant) => [variant, []]));
	const errors: Record<string, string> = {};
	// a variant that fails is recorded and dropped; the others go on
	const attempt = async (variant: string, record: boolean): Promise<void> => {
		if (errors[variant]) return;
		try {
			const figures = await measure(spec, variant);
			if (record) runs[variant].push(figures);
		} catch (error) {
			errors[variant] = (error as Error).message;
		}
	};
	if (spec.warmup) for (const variant of spec.variants) await attempt(variant, false);
	for (let rep = 0; rep < spec.reps; rep++) {
		const order = rep % 2 === 0 ? spec.variants : [...spec.variants].reverse();
		for (const variant of order) await attempt(variant, true);
	}
	for (const variant of Object.keys(errors)) delete runs[variant];
	const result: WorkerResult = { spec, runs, baselineRssMB, maxRssMB: process.resourceUsage().maxRSS / 1024 };
	if (Object.keys(errors).length) result.errors = errors;
	if (spec.profile) {
		result.profiles = {};
		for (const variant of spec.variants.filter((name) => !errors[name])) {
			const run = runner(spec, variant);
			await control(spec, resetPath(spec));
			await run.prepare?.();
			collect();
			result.profiles[variant] = await profiled(`${spec.scenario}-${spec.size}-${variant}`, () => run.run());
		}
	}
	process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
	// the engine leaves no handles open, but a keep-alive socket may: do not wait for it
	process.exit(0);
}

main().catch((error: Error) => {
	process.stderr.write(`${error.stack ?? error.message}\n`);
	process.exit(1);
});
