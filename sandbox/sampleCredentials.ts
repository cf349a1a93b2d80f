/**
 * n8n credentials (in `n8n import:credentials` form) that point at the sandboxes and stand-ins: used
 * by `npm run dev`, the demo and the end-to-end suite. The ids are the ones the examples refer to.
 */
export const SAMPLE_CREDENTIAL_IDS = {
	portSipSystemAdmin: 'pbxSampleSystemAdmin',
	portSipTenantAdmin: 'pbxSampleTenantAdmin',
	voxo: 'pbxSampleVoxo',
	smtp: 'pbxSampleSmtp',
} as const;

/** `smtpPort`: the mail stand-in (sandbox/standins.ts) the examples' Send Email nodes use. */
export function sampleCredentials(urls: { portSip: string; voxo: string; smtpPort?: number }): object[] {
	const portSip = (id: string, name: string, username: string, password: string, domain: string) => ({
		id,
		name,
		type: 'portSipApi',
		data: { baseUrl: urls.portSip, username, password, domain, ignoreSslIssues: false },
	});
	return [
		portSip(SAMPLE_CREDENTIAL_IDS.portSipSystemAdmin, 'PortSIP sandbox (system administrator)', 'admin', 'admin-password', ''),
		portSip(SAMPLE_CREDENTIAL_IDS.portSipTenantAdmin, 'PortSIP sandbox (Acme Corp administrator)', 'tenantadmin', 'tenant-password', 'tenant1.example.com'),
		{
			id: SAMPLE_CREDENTIAL_IDS.voxo,
			name: 'VOXO sandbox (partner administrator)',
			type: 'voxoApi',
			data: { baseUrl: urls.voxo, authentication: 'emailPassword', email: 'admin@partner.example', password: 'partner-password' },
		},
		...(urls.smtpPort
			? [
					{
						id: SAMPLE_CREDENTIAL_IDS.smtp,
						name: 'Mail stand-in (local, no TLS)',
						type: 'smtp',
						data: { user: '', password: '', host: '127.0.0.1', port: urls.smtpPort, secure: false, disableStartTls: true },
					},
				]
			: []),
	];
}
