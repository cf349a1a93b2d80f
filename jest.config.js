/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
	},
	setupFiles: ['<rootDir>/test/harness/env.ts'],
	testTimeout: 30000,
	// the engine tests start HTTP servers; keep them in few workers on 2-core machines
	maxWorkers: 2,
	reporters: ['default', '<rootDir>/test/harness/summaryReporter.js'],
};
