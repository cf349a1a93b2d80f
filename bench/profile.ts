/**
 * `npm run bench -- --profile <scenario>`: a CPU profile (V8's sampling profiler, through
 * node:inspector) of one run of each variant, its self time summed by the package the sampled
 * function's file belongs to. So a reader sees the package's own cost (nodes/, credentials/) apart
 * from n8n-core's and n8n-workflow's per-item cost and from the HTTP stack (axios, Node's internals).
 * The raw profile is written beside latest.json as `profile-<scenario>-<size>-<variant>.cpuprofile`
 * (open it in Chrome DevTools → Performance, or in VS Code).
 */
import { Session } from 'inspector/promises';
import { mkdirSync, writeFileSync } from 'fs';
import { join, resolve, sep } from 'path';

const ROOT = resolve(__dirname, '..');
const SAMPLING_INTERVAL_MICROS = 500;

/** The groups, in the order they are printed. */
export const GROUPS = [
	'package: nodes',
	'package: credentials',
	'n8n-core',
	'n8n-workflow',
	'n8n-nodes-base',
	'axios',
	'zod',
	'luxon',
	'other packages',
	'node internals',
	'garbage collector',
	'bench harness',
	'other',
] as const;
export type Group = (typeof GROUPS)[number];

export interface ProfileSplit {
	/** Self time by group, ms (idle time excluded). */
	selfMs: Partial<Record<Group, number>>;
	/** All sampled time, ms; the part the process was idle (waiting for the sandbox). */
	totalMs: number;
	idleMs: number;
	/** The heaviest functions by self time: `group: function (file:line)`, ms. */
	top: Array<{ frame: string; ms: number }>;
	file: string;
}

interface CpuProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
	nodes: CpuProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

const PACKAGE_GROUPS: Record<string, Group> = { 'n8n-core': 'n8n-core', 'n8n-workflow': 'n8n-workflow', 'n8n-nodes-base': 'n8n-nodes-base', axios: 'axios', zod: 'zod', luxon: 'luxon' };

export function groupOf(url: string, functionName: string): Group | 'idle' {
	if (functionName === '(idle)') return 'idle';
	if (functionName === '(garbage collector)') return 'garbage collector';
	if (url === '' || url.startsWith('node:')) return 'node internals';
	const file = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
	const modules = file.lastIndexOf(`${sep}node_modules${sep}`);
	if (modules >= 0) {
		const [scope, name] = file.slice(modules + 14).split(sep);
		return PACKAGE_GROUPS[scope.startsWith('@') ? `${scope}/${name}` : scope] ?? 'other packages';
	}
	if (!file.startsWith(ROOT + sep)) return 'other';
	const [top, second] = file.slice(ROOT.length + 1).split(sep);
	const area = top === 'dist' ? second : top;
	if (area === 'nodes') return 'package: nodes';
	if (area === 'credentials') return 'package: credentials';
	if (['bench', 'test', 'sandbox'].includes(area)) return 'bench harness';
	return 'other';
}

export function splitProfile(profile: CpuProfile, file: string): ProfileSplit {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const selfMicros = new Map<number, number>();
	profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
	const selfMs: Partial<Record<Group, number>> = {};
	const frames = new Map<string, number>();
	let totalMs = 0;
	let idleMs = 0;
	for (const [id, micros] of selfMicros) {
		const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
		const ms = micros / 1000;
		totalMs += ms;
		const group = groupOf(url, functionName);
		if (group === 'idle') {
			idleMs += ms;
			continue;
		}
		selfMs[group] = (selfMs[group] ?? 0) + ms;
		const where = url ? `${url.replace(`file://${ROOT}${sep}`, '').replace(`${ROOT}${sep}`, '').replace(/^.*node_modules\//, '')}:${lineNumber + 1}` : 'native';
		const frame = `${group}: ${functionName || '(anonymous)'} (${where})`;
		frames.set(frame, (frames.get(frame) ?? 0) + ms);
	}
	const top = [...frames].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([frame, ms]) => ({ frame, ms }));
	return { selfMs, totalMs, idleMs, top, file };
}

/** Runs `work` under the sampling profiler; writes the profile and returns its split. */
export async function profiled(name: string, work: () => Promise<unknown>): Promise<ProfileSplit> {
	const session = new Session();
	session.connect();
	await session.post('Profiler.enable');
	await session.post('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_MICROS });
	await session.post('Profiler.start');
	let profile: CpuProfile;
	try {
		await work();
	} finally {
		({ profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile });
		session.disconnect();
	}
	const directory = join(ROOT, 'bench', 'results');
	mkdirSync(directory, { recursive: true });
	const file = join(directory, `profile-${name}.cpuprofile`);
	writeFileSync(file, JSON.stringify(profile));
	return splitProfile(profile, file.slice(ROOT.length + 1));
}
