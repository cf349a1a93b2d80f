/**
 * The sandboxes' modules import no module that imports them back (no import circles): a route
 * sees its sandbox through `api.ts`, never through the sandbox's `index.ts`, which imports the routes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, resolve } from 'path';

const SANDBOX = resolve(__dirname, '../../sandbox');

function sourceFiles(directory: string): string[] {
	return readdirSync(directory).flatMap((entry) => {
		const path = join(directory, entry);
		return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
	});
}

/** The files of this folder a module imports (relative imports, type-only ones included). */
function importsOf(file: string): string[] {
	const targets = [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']*)'/g)].map((match) => resolve(dirname(file), match[1]));
	return targets.flatMap((target) => [`${target}.ts`, join(target, 'index.ts')].filter((candidate) => existsSync(candidate)).slice(0, 1));
}

function circles(graph: Map<string, string[]>): string[][] {
	const found: string[][] = [];
	const walk = (path: string[]) => {
		for (const next of graph.get(path[path.length - 1]) ?? []) {
			if (next === path[0]) found.push(path);
			else if (!path.includes(next)) walk([...path, next]);
		}
	};
	for (const file of graph.keys()) walk([file]);
	return found;
}

describe('sandbox imports', () => {
	it('have no circles', () => {
		const files = sourceFiles(SANDBOX);
		const graph = new Map(files.map((file) => [file.slice(SANDBOX.length + 1), importsOf(file).map((target) => target.slice(SANDBOX.length + 1))]));
		expect(circles(graph)).toEqual([]);
	});

	it('the check finds a circle where there is one', () => {
		const graph = new Map([
			['portsip/index.ts', ['portsip/routes/index.ts']],
			['portsip/routes/index.ts', ['portsip/routes/auth.ts']],
			['portsip/routes/auth.ts', ['portsip/index.ts']],
		]);
		expect(circles(graph)).toHaveLength(3);
	});
});
