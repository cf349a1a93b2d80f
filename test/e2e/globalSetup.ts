/**
 * Installs every n8n line before the suite starts (both at once: one downloads while the other
 * builds), so that the first test of a line does not carry a multi-minute install in its timeout.
 */
import { ensureN8n, N8N_LINES } from './n8n';

export default async function globalSetup(): Promise<void> {
	await Promise.all(
		N8N_LINES.map(async (line) => {
			const { installedNow, seconds } = await ensureN8n(line);
			console.log(installedNow ? `\n${line.label}: installed in ${line.dir} (${seconds} s)` : `\n${line.label}: ready in ${line.dir}`);
		}),
	);
}
