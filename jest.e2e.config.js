/** End-to-end suite: the built package inside a real n8n (see test/e2e/n8n.ts). */
/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
	},
	// the first run installs n8n (about 4 minutes); each `n8n execute` boots n8n (about 5 s)
	testTimeout: 15 * 60 * 1000,
	maxWorkers: 1,
	reporters: ['default', '<rootDir>/test/harness/summaryReporter.js'],
};
