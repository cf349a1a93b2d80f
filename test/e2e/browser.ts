/**
 * A real browser on a real n8n editor (Debian's Chromium, driven by playwright-core): what a user
 * sees when they open a workflow. `.ci/run` installs Chromium; CHROMIUM_PATH points elsewhere.
 */
import { existsSync } from 'fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// the flags a closed network needs (no background fetches, no component updates)
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** What the editor flags on one node: on the canvas (the node's warning) and in its open panel. */
export interface NodeIssues {
	node: string;
	onCanvas: boolean;
	inPanel: string[];
}

export interface EditorBrowser {
	/** Opens the workflow, then every node's panel in turn; the nodes the editor flags. */
	issuesOf(workflowId: string): Promise<{ nodes: string[]; flagged: NodeIssues[] }>;
	close(): Promise<void>;
}

export async function openEditor(base: string, login: { email: string; password: string }): Promise<EditorBrowser> {
	if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package (.ci/run does) or set CHROMIUM_PATH`);
	const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
	const page: Page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
	await page.goto(`${base}/signin`);
	await page.fill('input[name="emailOrLdapLoginId"]', login.email);
	await page.fill('input[name="password"]', login.password);
	await page.keyboard.press('Enter');
	await page.waitForURL((url) => !url.pathname.includes('signin'), { timeout: 60_000 });
	// the editor keeps a push connection open, so "network idle" never comes on every line: wait
	// instead until no REST request is in flight (option lists, node types, credentials)
	const inFlight = new Set<unknown>();
	const isRest = (url: string) => url.startsWith(base) && url.includes('/rest/') && !url.includes('/push');
	page.on('request', (request) => isRest(request.url()) && inFlight.add(request));
	page.on('requestfinished', (request) => inFlight.delete(request));
	page.on('requestfailed', (request) => inFlight.delete(request));
	const settled = async () => {
		for (let quiet = 0, waited = 0; quiet < 4 && waited < 120; waited++) {
			quiet = inFlight.size === 0 ? quiet + 1 : 0;
			await page.waitForTimeout(250);
		}
	};
	return {
		async issuesOf(workflowId) {
			await page.goto(`${base}/workflow/${workflowId}`);
			await page.waitForSelector('[data-test-id="canvas-node"]', { timeout: 60_000 });
			// the canvas draws issues once the node types and credentials are in
			await settled();
			const nodes = await page.$$eval('[data-test-id="canvas-node"]', (elements) => elements.map((element) => element.getAttribute('data-node-name') ?? ''));
			const flagged: NodeIssues[] = [];
			for (const node of nodes) {
				const selector = `[data-test-id="canvas-node"][data-node-name="${node}"]`;
				const onCanvas = (await page.$(`${selector} [data-test-id="node-issues"]`)) !== null;
				await page.dblclick(selector);
				await page.waitForSelector('[data-test-id="node-parameters"], [data-test-id="parameter-input-resource"]', { timeout: 30_000 });
				// remote option lists load after the panel opens
				await settled();
				// each parameter the panel flags, by its label
				const inPanel = await page.$$eval('[data-test-id="parameter-issues"]', (elements) =>
					elements.map((element) => {
						let at: typeof element | null = element;
						while (at && !at.querySelector('[data-test-id="input-label"], label')) at = at.parentElement;
						return at?.querySelector('[data-test-id="input-label"], label')?.textContent?.replace(/\s+/g, ' ').trim() ?? '(unlabelled parameter)';
					}),
				);
				if (onCanvas || inPanel.length > 0) flagged.push({ node, onCanvas, inPanel });
				await page.keyboard.press('Escape');
				await page.waitForSelector('[data-test-id="node-parameters"]', { state: 'detached', timeout: 10_000 });
			}
			return { nodes, flagged };
		},
		async close() {
			await browser.close();
		},
	};
}
