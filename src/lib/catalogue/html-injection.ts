/** The rule against script-like markup in catalogue texts: what counts as injection, and its error. */

/**
 * Markup that could run script or pull in other resources if a text ever reached a page unescaped.
 * Pages always escape catalogue text, so "<b>", "<img src=…>" or "a < b" simply show as typed; these
 * are rejected as well, as a second line of defence and because no support policy needs them:
 * - an opening or closing tag named script, style, iframe, frame, frameset, object, embed, applet,
 *   link, meta or base (`<script`, `</style`, `< iframe`: the name followed by anything but a letter,
 *   digit or hyphen, so `<scripts>` or `<meta-data>` pass);
 * - an event-handler attribute: "on" + letters + "=" after a space, "/" or a quote, somewhere after a
 *   "<" and a letter (`<img src=x onerror=…`, `<svg/onload =…`); prose without a tag before it, like
 *   "one = 1", and words that merely contain "on", like `<b>button=1`, pass;
 * - a `javascript:`, `vbscript:` or `data:text/html` URL (spaces allowed before the colon).
 * Letters match in either case. The rule is one regular expression so the editor JSON Schema carries it
 * as a `pattern` (JSON Schema patterns have no flags, hence the [Ss] classes).
 */
const anyCase = (word: string) =>
	[...word].map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c)).join('');
const tagNames = [
	'script',
	'style',
	'iframe',
	'frameset',
	'frame',
	'object',
	'embed',
	'applet',
	'link',
	'meta',
	'base',
];
// `(?:\/\s*)?` rather than `\s*\/?\s*`: two adjacent `\s*` could split a long run of spaces in
// quadratically many ways before failing.
const dangerousTag = `<\\s*(?:\\/\\s*)?(?:${tagNames.map(anyCase).join('|')})(?![A-Za-z0-9-])`;
const eventHandler = `[\\s/"']${anyCase('on')}[A-Za-z]+\\s*=`;
const scriptUrl = `(?:${['javascript', 'vbscript'].map(anyCase).join('|')})\\s*:|${anyCase('data')}\\s*:\\s*${anyCase('text')}\\/${anyCase('html')}`;
const injection = [dangerousTag, `<[A-Za-z][\\s\\S]*?${eventHandler}`, scriptUrl].join('|');
/**
 * The same rule as one whole-text pattern, for the editor JSON Schema only (JSON Schema patterns have
 * no flags, hence the [Ss] classes). Validation does not run it: on a long text with many tags its
 * backtracking takes time that grows with the square of the length.
 */
export const noHtmlInjection = new RegExp(`^(?![\\s\\S]*(?:${injection}))`);
const tagOrUrl = new RegExp(`${dangerousTag}|${scriptUrl}`);
const handlerPattern = new RegExp(eventHandler);
const tagStart = /<[A-Za-z]/;

/**
 * The first script-like markup in a text (see above), as the error message quotes it, or undefined.
 * Linear in the length of the text: each part of the rule is searched for once, left to right, and
 * an event handler only after the first `<` + letter.
 */
export function findHtmlInjection(text: string): string | undefined {
	const direct = tagOrUrl.exec(text);
	const open = tagStart.exec(text);
	let handler: RegExpExecArray | null = null;
	if (open) {
		handlerPattern.lastIndex = 0;
		handler = handlerPattern.exec(text.slice(open.index + 2));
	}
	// The leftmost match wins, as in the one-pattern rule: a handler's match starts at its "<".
	if (direct && (!handler || !open || direct.index <= open.index)) return direct[0];
	if (handler) return handler[0].slice(1);
	return direct?.[0];
}
/** Marker at the start of the error for script-like markup in a text. */
export const HTML_INJECTION = 'HTML injection';

/** The error for a text with script-like markup, quoting the markup found. */
export function htmlInjectionMessage(input: unknown): string {
	const found = typeof input === 'string' ? findHtmlInjection(input) : undefined;
	return `${HTML_INJECTION}${found ? ` "${found}"` : ''}: expected plain text without <script>, <style>, <iframe>, <frame>, <object>, <embed>, <applet>, <link>, <meta> or <base> tags, on…= event handlers, or javascript:, vbscript: or data:text/html URLs`;
}
