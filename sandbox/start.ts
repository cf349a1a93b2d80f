/**
 * Starts the sandbox on 127.0.0.1 and prints how to point a credential at it.
 *   npm run sandbox                 (PortSIP on port 8887)
 *   npm run sandbox -- --port 9000
 */
import { PortSipSandbox } from './portsip';

async function main(): Promise<void> {
	const portArg = process.argv.indexOf('--port');
	const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 8887;
	const portsip = new PortSipSandbox({ port });
	const url = await portsip.start();
	console.log(`PortSIP sandbox listening on ${url}`);
	console.log('  tenant administrator: tenantadmin / tenant-password, domain tenant1.example.com');
	console.log('  system administrator: admin / admin-password, no domain');
	const stop = async () => {
		await portsip.stop();
		process.exit(0);
	};
	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());
}

void main();
