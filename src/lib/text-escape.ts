/**
 * Text made safe where it lands: in raw HTML, or echoed back to a terminal or a log. Echoed text: control characters (C0, DEL, C1) and bidirectional
 * formatting characters are written as `\u{…}` escapes, so echoed input can neither move the cursor,
 * clear the screen nor reorder what the reader sees. Tabs and line breaks are escaped too: an echoed
 * value stays on its line.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text for raw HTML: the five characters that can open markup or end an attribute, escaped. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `a\u0007b` → `a\u{7}b`; text without such characters comes back unchanged. */
export function escapeControlCharacters(text: string): string {
	return text.replace(UNSAFE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
