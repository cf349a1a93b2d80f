// n8n-core keeps its instance settings under N8N_USER_FOLDER: point it at a temporary folder.
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

process.env.N8N_USER_FOLDER = mkdtempSync(join(tmpdir(), 'n8n-pbx-test-'));
process.env.N8N_LOG_LEVEL = 'silent';

// retries wait a few milliseconds instead of seconds (the policy is otherwise the production one;
// tests that check the waits themselves replace retryPolicy.wait with a recorder)
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('../../nodes/shared/retry').retryPolicy.baseDelayMs = 2;
