/** Fault injection and retry-wait recording around the sandbox fixtures. */
import type { INodeExecutionData } from 'n8n-workflow';

import { waitBeforeRetry } from '../../nodes/shared/wait';
import { FaultInjector } from '../../sandbox/faults';
import type { Interceptor } from '../../sandbox/http';

export interface FaultsFixture {
	faults: FaultInjector;
	/** Every wait the retry policy asked for, in ms (recorded instead of waited). */
	waits: number[];
}

/**
 * A fresh FaultInjector on the sandbox for each test, and the retry policy's waits recorded
 * instead of slept (so Retry-After is checked by value, never by time). After each test: every
 * fault planned was injected (a fault that never struck would make its test prove nothing).
 */
export function useFaults(sandbox: () => { interceptor?: Interceptor }): FaultsFixture {
	const fixture = {} as FaultsFixture;
	const recorder = jest.mocked(waitBeforeRetry);
	beforeEach(() => {
		fixture.faults = new FaultInjector();
		recorder.mockClear();
		// the recorder's calls, as the test reads them
		Object.defineProperty(fixture, 'waits', { get: () => recorder.mock.calls.map(([ms]) => ms), configurable: true });
		sandbox().interceptor = fixture.faults.interceptor;
	});
	afterEach(() => {
		sandbox().interceptor = undefined;
		expect(fixture.faults.pending()).toBe(0);
	});
	return fixture;
}

/** Every string reachable from a value: own properties (non-enumerable too: an Error's message, stack, cause). */
export function allStrings(value: unknown, seen = new Set<unknown>()): string[] {
	if (typeof value === 'string') return [value];
	if (value === null || typeof value !== 'object' || seen.has(value)) return [];
	seen.add(value);
	return Object.getOwnPropertyNames(value).flatMap((name) => {
		let child: unknown;
		try {
			child = (value as Record<string, unknown>)[name];
		} catch {
			return [];
		}
		return [name, ...allStrings(child, seen)];
	});
}

/** The error of each output item (Continue On Fail), by item. */
export function itemErrors(items: INodeExecutionData[]): Array<string | undefined> {
	return items.map((item) => item.error?.message);
}
