// n8n-core keeps its instance settings under N8N_USER_FOLDER: point it at a temporary folder.
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

process.env.N8N_USER_FOLDER = mkdtempSync(join(tmpdir(), 'n8n-pbx-test-'));
process.env.N8N_LOG_LEVEL = 'silent';

// in tests, retries do not wait: the waits the retry policy asks for are recorded
// (test/reliability/helpers.ts reads them), so that backoff and Retry-After are checked by value,
// never by clock (the demo, which loads this file too, runs outside jest and waits for real)
if (typeof jest !== 'undefined') {
	jest.mock('../../nodes/shared/wait', () => ({ waitBeforeRetry: jest.fn(async () => undefined) }));
}
