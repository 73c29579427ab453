/**
 * UTF-8 checking with a position: where the first byte sequence that is not valid UTF-8 starts, so
 * the validator can name its line and column instead of reading it as U+FFFD.
 */

/** Byte offset of the first invalid UTF-8 sequence, or -1 when all of `bytes` is valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		if (b < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let min: number;
		if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
		else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
		else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
		else return i;
		if (i + need >= bytes.length) return i;
		let code = b & (0x3f >> need);
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k]!;
			if ((c & 0xc0) !== 0x80) return i;
			code = (code << 6) | (c & 0x3f);
		}
		// Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
		if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
		i += need + 1;
	}
	return -1;
}

/** Line and column (1-based; the column counts characters of the valid text before it) of a byte offset. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset; i++)
		if (bytes[i] === 0x0a) {
			line++;
			lineStart = i + 1;
		}
	const before = new TextDecoder().decode(bytes.subarray(lineStart, offset));
	return { line, column: before.length + 1 };
}
