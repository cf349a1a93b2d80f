/**
 * Starts the sandboxes on 127.0.0.1 and prints how to point a credential at them.
 *   npm run sandbox                 (PortSIP on port 8887, VOXO on port 8889)
 *   npm run sandbox -- --port 9000 --voxo-port 9001
 */
import { PortSipSandbox } from './portsip';
import { VoxoSandbox } from './voxo';

async function main(): Promise<void> {
	const portArg = process.argv.indexOf('--port');
	const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 8887;
	const portsip = new PortSipSandbox({ port });
	const url = await portsip.start();
	console.log(`PortSIP sandbox listening on ${url}`);
	console.log('  tenant administrator: tenantadmin / tenant-password, domain tenant1.example.com');
	console.log('  system administrator: admin / admin-password, no domain');
	const voxoArg = process.argv.indexOf('--voxo-port');
	const voxo = new VoxoSandbox({ port: voxoArg > 0 ? Number(process.argv[voxoArg + 1]) : 8889 });
	console.log(`VOXO sandbox listening on ${await voxo.start()} (use it as the credential's Base URL)`);
	console.log('  partner administrator: admin@partner.example / partner-password');
	console.log('  tenant administrator (may not manage tenants): owner@tenant.example / owner-password');
	const stop = async () => {
		await Promise.all([portsip.stop(), voxo.stop()]);
		process.exitCode = 0;
	};
	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());
}

void main();
