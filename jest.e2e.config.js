/** End-to-end suite: the built package inside real n8n, on every line (see test/e2e/n8n.ts). */
/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
	},
	// installs the n8n lines first (cold: about 10 minutes on a busy 2-core machine)
	globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
	// a test runs a few `n8n execute` (each boots n8n: 5-20 s on a busy machine); hooks start an editor
	testTimeout: 5 * 60 * 1000,
	maxWorkers: 1,
	reporters: ['default', '<rootDir>/test/harness/summaryReporter.js'],
};
