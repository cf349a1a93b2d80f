// n8n's own lint configuration for community nodes (the rules its verification scanner applies), on
// the code that ships (nodes/, credentials/, package.json). Tests, sandboxes, scripts and the bench are
// development tools: they read files and start processes, which those rules forbid in a node. That one
// ignore is why package.json does not set n8n's "strict" (strict demands this file be n8n's template
// unchanged, which would lint the tests as if they were nodes).
import { globalIgnores } from 'eslint/config';
import { config } from '@n8n/node-cli/eslint';

export default [globalIgnores(['test', 'sandbox', 'scripts', 'bench']), ...config];
