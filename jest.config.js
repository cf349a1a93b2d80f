/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	// the real-n8n suite has its own config (jest.e2e.config.js, npm run test:e2e)
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
	},
	setupFiles: ['<rootDir>/test/harness/env.ts'],
	// an engine test takes well under a second alone; on a 2-core machine shared with other runs it can take
	// many times that. The timeout only catches hangs, so it fits the slow case (longer tests set their own)
	testTimeout: 120_000,
	// the engine tests start HTTP servers; keep them in few workers on 2-core machines
	maxWorkers: 2,
	reporters: ['default', '<rootDir>/test/harness/summaryReporter.js'],
};
