/**
 * Stand-ins for the outside services the example workflows talk to, on loopback: a mail server (the
 * Send Email nodes) and a CRM (the HTTP Request that writes the tenant ID back to the deal). Used by
 * `npm run dev` and the end-to-end suite, so the examples run to the end without the real services.
 */
import { createServer as createHttpServer, type Server } from 'http';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'net';

export interface ReceivedMail {
	from: string;
	to: string[];
	/** The message as sent: headers, a blank line, the body. */
	data: string;
}

/** Just enough SMTP (RFC 5321, no TLS, no login) to accept what nodemailer sends. */
export class SmtpStandIn {
	readonly mails: ReceivedMail[] = [];
	private server?: TcpServer;
	private readonly sockets = new Set<Socket>();

	/** Starts on 127.0.0.1 (any free port unless given); returns the port. */
	async start(port = 0): Promise<number> {
		this.server = createTcpServer((socket) => this.session(socket));
		await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
		return (this.server.address() as { port: number }).port;
	}

	async stop(): Promise<void> {
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
	}

	private session(socket: Socket): void {
		this.sockets.add(socket);
		socket.on('close', () => this.sockets.delete(socket));
		socket.on('error', () => socket.destroy());
		let mail: ReceivedMail = { from: '', to: [], data: '' };
		let inData = false;
		let buffer = '';
		const reply = (line: string) => socket.write(`${line}\r\n`);
		reply('220 smtp-stand-in ESMTP');
		socket.on('data', (chunk: Buffer) => {
			buffer += chunk.toString('utf8');
			let end: number;
			while ((end = buffer.indexOf('\r\n')) >= 0) {
				const line = buffer.slice(0, end);
				buffer = buffer.slice(end + 2);
				if (inData) {
					if (line === '.') {
						inData = false;
						this.mails.push(mail);
						mail = { from: '', to: [], data: '' };
						reply('250 queued');
					} else {
						mail.data += `${line.startsWith('..') ? line.slice(1) : line}\r\n`;
					}
					continue;
				}
				switch (line.slice(0, 4).toUpperCase()) {
					case 'MAIL':
						mail.from = addressIn(line);
						break;
					case 'RCPT':
						mail.to.push(addressIn(line));
						break;
					case 'DATA':
						inData = true;
						reply('354 end with <CRLF>.<CRLF>');
						continue;
					case 'RSET':
						mail = { from: '', to: [], data: '' };
						break;
					case 'QUIT':
						reply('221 bye');
						socket.end();
						continue;
				}
				// EHLO, HELO, NOOP and the rest: accepted
				reply('250 ok');
			}
		});
	}
}

const addressIn = (line: string) => /<([^>]*)>/.exec(line)?.[1] ?? '';

export interface CrmCall {
	method: string;
	url: string;
	body: unknown;
}

/** A CRM that accepts any JSON request, answers `{"ok":true}` and records it. */
export class CrmStandIn {
	readonly calls: CrmCall[] = [];
	private server?: Server;

	/** `staff`: what GET /staff/… answers (the onboarding example's staff sheet). */
	constructor(private readonly options: { staff?: unknown[] } = {}) {}

	/** Starts on 127.0.0.1 (any free port unless given); returns its base URL. */
	async start(port = 0): Promise<string> {
		this.server = createHttpServer((req, res) => {
			let body = '';
			req.on('data', (chunk: Buffer) => (body += chunk.toString()));
			req.on('end', () => {
				if (this.options.staff && req.url?.startsWith('/staff/')) {
					res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(this.options.staff));
					return;
				}
				let parsed: unknown = body;
				try {
					parsed = JSON.parse(body || '{}');
				} catch {
					// kept as text
				}
				this.calls.push({ method: req.method ?? '', url: req.url ?? '', body: parsed });
				res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
			});
		});
		await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
		return `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
	}

	async stop(): Promise<void> {
		this.server?.closeAllConnections();
		await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
	}
}

/** The address the example workflows use for the CRM; dev and the tests point it at the stand-in. */
export const EXAMPLE_CRM_URL = 'https://crm.example.com';

/** Where the onboarding example reads its staff sheet (`/staff/…`); dev and the tests point it at the CRM stand-in. */
export const EXAMPLE_STAFF_SHEET_HOST = 'https://sheets.example.com';
