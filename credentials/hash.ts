/**
 * SHA-256 of a text (UTF-8), as hex (FIPS 180-4). Written out because credentials may import only
 * n8n-workflow and relative files; used to key the logins in flight without keeping a password.
 */
const K = Array.from({ length: 64 }, (_, i) => primeFraction(nthPrime(i), 3));
const H0 = Array.from({ length: 8 }, (_, i) => primeFraction(nthPrime(i), 2));

export function sha256Hex(text: string): string {
	const bytes = [...new TextEncoder().encode(text)];
	const bitLength = bytes.length * 8;
	bytes.push(0x80);
	while (bytes.length % 64 !== 56) bytes.push(0);
	// the length in bits, big-endian over 8 bytes (texts here are far below 2^32 bits)
	bytes.push(0, 0, 0, 0, (bitLength >>> 24) & 0xff, (bitLength >>> 16) & 0xff, (bitLength >>> 8) & 0xff, bitLength & 0xff);
	const hash = [...H0];
	const w = new Array<number>(64);
	for (let offset = 0; offset < bytes.length; offset += 64) {
		for (let t = 0; t < 16; t++) {
			const i = offset + t * 4;
			w[t] = ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]) >>> 0;
		}
		for (let t = 16; t < 64; t++) {
			const s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
			const s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
			w[t] = (w[t - 16] + s0 + w[t - 7] + s1) >>> 0;
		}
		let [a, b, c, d, e, f, g, h] = hash;
		for (let t = 0; t < 64; t++) {
			const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) >>> 0;
			const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
			[h, g, f, e, d, c, b, a] = [g, f, e, (d + t1) >>> 0, c, b, a, (t1 + t2) >>> 0];
		}
		[a, b, c, d, e, f, g, h].forEach((value, i) => (hash[i] = (hash[i] + value) >>> 0));
	}
	return hash.map((value) => value.toString(16).padStart(8, '0')).join('');
}

function rotr(value: number, bits: number): number {
	return (value >>> bits) | (value << (32 - bits));
}

function nthPrime(n: number): number {
	let found = -1;
	for (let candidate = 2; ; candidate++) {
		let prime = true;
		for (let divisor = 2; divisor * divisor <= candidate; divisor++) if (candidate % divisor === 0) prime = false;
		if (prime && ++found === n) return candidate;
	}
}

/** The first 32 bits of the fractional part of the prime's square (2) or cube (3) root. */
function primeFraction(prime: number, root: 2 | 3): number {
	const value = root === 2 ? Math.sqrt(prime) : Math.cbrt(prime);
	return Math.floor((value - Math.floor(value)) * 2 ** 32) >>> 0;
}
