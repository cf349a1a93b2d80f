/** @type {import('jest').Config} */
const common = {
	testEnvironment: 'node',
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
	},
	setupFiles: ['<rootDir>/test/harness/env.ts'],
};

/**
 * The engine-level request tests run twice: against n8n 2.x (n8n-core and n8n-workflow as
 * installed) and against the 1.x line that n8n 1.123.81 ships (n8n-core 1.122.48, n8n-workflow
 * 1.120.31, installed side by side as n8n-core-v1 / n8n-workflow-v1). For the second run every
 * import of n8n-core and n8n-workflow, the node's own included, resolves to the 1.x packages.
 */
const V1_TESTS = ['<rootDir>/test/reliability/**/*.test.ts', '<rootDir>/test/portsip/credential.test.ts', '<rootDir>/test/voxo/credential.test.ts', '<rootDir>/test/requestPath/**/*.test.ts'];

module.exports = {
	// the engine tests start HTTP servers; keep them in few workers on 2-core machines
	maxWorkers: 2,
	// an engine test takes well under a second alone; on a 2-core machine shared with other runs it can take
	// many times that. The timeout only catches hangs, so it fits the slow case (longer tests set their own)
	testTimeout: 120_000,
	// n8n-core 1.x leaves something running after its engine has run (no timer or socket of ours):
	// without this, a run of one test file on the 1.x line never ends
	forceExit: true,
	reporters: ['default', '<rootDir>/test/harness/summaryReporter.js'],
	projects: [
		{
			...common,
			displayName: 'n8n 2.x',
			roots: ['<rootDir>/test'],
			testMatch: ['**/*.test.ts'],
			// the real-n8n suite has its own config (jest.e2e.config.js, npm run test:e2e)
			testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
		},
		{
			...common,
			displayName: 'n8n 1.x',
			testMatch: V1_TESTS,
			moduleNameMapper: {
				'^n8n-core$': '<rootDir>/node_modules/n8n-core-v1',
				'^n8n-workflow$': '<rootDir>/node_modules/n8n-workflow-v1',
				'^n8n-workflow/(.*)$': '<rootDir>/node_modules/n8n-workflow-v1/$1',
			},
		},
	],
};
