/**
 * What a host must add to the static files: HTTP headers a `<meta>` policy cannot set (frame-ancestors
 * and the others below) and caching, as a `_headers` file (Netlify, Cloudflare Pages and similar
 * hosts read it) and as an nginx server block. Both follow the base path the site is built for.
 */
import { locales } from '#lib/locales.ts';
import { slashedBase } from '#lib/routes.ts';

/** Headers every response carries, pages and files alike. */
export const securityHeaders: readonly (readonly [string, string])[] = [
	// Only the host can refuse framing: browsers ignore frame-ancestors in a <meta> policy. The
	// pages' own <meta> policy still governs scripts and styles; both policies apply.
	['Content-Security-Policy', "frame-ancestors 'none'"],
	['X-Frame-Options', 'DENY'],
	['X-Content-Type-Options', 'nosniff'],
	['Referrer-Policy', 'strict-origin-when-cross-origin'],
	['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
];

/** Files under /_astro/ carry a content hash in their names, so they never change: cache a year. */
export const HASHED_ASSETS_CACHE = 'public, max-age=31536000, immutable';
/** Pages and unhashed files (catalogue.json, the search index): cached briefly, then revalidated. */
export const SHORT_CACHE = 'public, max-age=300, must-revalidate';

/** Media types worth compressing on the wire (besides HTML): styles, scripts, data and the search index. */
export const compressedTypes = [
	'text/css',
	'text/javascript',
	'application/javascript',
	'application/json',
	'application/xml',
	// nginx's own type for .xml (the feeds, the sitemap), and the feeds' own.
	'text/xml',
	'application/atom+xml',
	'image/svg+xml',
	'text/calendar',
	'text/plain',
] as const;

/**
 * The `_headers` file for a site built under `base`, whose top folder holds `entries` (file and
 * folder names, folders ending in "/"). Hosts apply every rule whose path matches, and join the
 * values of a header two rules set: so the security headers go on every path once (`/*`), and
 * Cache-Control goes on each path by exactly one rule, the year-long one for `_astro/` and the short
 * one for the root page and each other entry, never on `/*` as well.
 */
export function headersFile(base = '/', entries: readonly string[] = []): string {
	const root = slashedBase(base);
	const security = securityHeaders.map(([name, value]) => `  ${name}: ${value}`);
	const short = (path: string) => [path, `  Cache-Control: ${SHORT_CACHE}`];
	const others = [...entries]
		.filter((entry) => entry !== '_astro/' && entry !== '_headers')
		.sort()
		.flatMap((entry) => short(entry.endsWith('/') ? `${root}${entry}*` : `${root}${entry}`));
	return [
		'# Written by the build (src/node/deploy.ts) for hosts that read a _headers file.',
		`${root}*`,
		...security,
		`${root}_astro/*`,
		`  Cache-Control: ${HASHED_ASSETS_CACHE}`,
		...short(root),
		...others,
		'',
	].join('\n');
}

/** A deploy option that cannot go into the server block safely, said in one sentence. */
export class DeployOptionError extends Error {
	override name = 'DeployOptionError';
}

/** An nginx quoted string: the text between double quotes, which must hold none of its own. */
function quoted(text: string): string {
	return `"${text}"`;
}

/**
 * What nginx reads specially in a value even inside quotes ("$" starts a variable, "\" an escape,
 * a quote ends it) or that no path needs (control characters, line breaks).
 */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const UNQUOTABLE = /["\\$\u0000-\u001f\u007f]/;

/** The base path, slashed, or an error: letters, digits and "/._~-" only, as PLAN_ATLAS_BASE takes. */
function checkedBase(base: string): string {
	if (!/^[A-Za-z0-9/._~-]*$/.test(base) || /(^|\/)\.\.?(\/|$)/.test(base))
		throw new DeployOptionError(
			`--base must be a path of letters, digits, "/", ".", "_", "~" or "-", such as /support/plans/ (found: ${JSON.stringify(base)})`
		);
	return slashedBase(base);
}

/** The site's folder, or an error: an absolute path that can be quoted for nginx. */
function checkedRoot(root: string): string {
	if (!root.startsWith('/') || UNQUOTABLE.test(root))
		throw new DeployOptionError(
			`--root must be an absolute path without quotes, "\\", "$" or control characters (found: ${JSON.stringify(root)})`
		);
	return root.endsWith('/') ? root : `${root}/`;
}

/** A port number, 1 to 65535. */
const PORT =
	'(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])';
/** `80`, `127.0.0.1:8080`, `[::1]:8080`, `localhost:8080`, `*:80`. */
const LISTEN = new RegExp(
	`^(?:${PORT}|(?:\\*|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+\\]):${PORT})$`
);

/** The listen address, or an error. */
function checkedListen(listen: string): string {
	if (!LISTEN.test(listen))
		throw new DeployOptionError(
			`--listen must be a port or address:port, such as 80, 127.0.0.1:8080 or [::1]:8080 (found: ${JSON.stringify(listen)})`
		);
	return listen;
}

/** One host name: labels of letters, digits and "-", a leading "*." allowed, or "_" (any host). */
const HOST_NAME =
	/^(?:_|(?:\*\.)?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?)$/;

/** The server names (separated by spaces), or an error. */
function checkedServerName(serverName: string): string {
	const names = serverName.trim().split(/ +/);
	if (serverName.trim() === '' || !names.every((name) => HOST_NAME.test(name)))
		throw new DeployOptionError(
			`--server-name must be host names separated by spaces, such as plans.example.org (found: ${JSON.stringify(serverName)})`
		);
	return names.join(' ');
}

/** Where and how nginx serves the site. */
export interface NginxOptions {
	/** The base path the site was built for (PLAN_ATLAS_BASE). */
	base?: string | undefined;
	/** Absolute path of the built site (the dist/ folder). */
	root: string;
	/** nginx `listen` value, e.g. `80` or `127.0.0.1:8080`. */
	listen?: string | undefined;
	serverName?: string | undefined;
}

/**
 * An nginx `server` block that serves the built site under its base path with the headers above.
 * Every option is checked first (a DeployOptionError says which is wrong); paths are written quoted.
 */
export function nginxServerBlock({
	base = '/',
	root,
	listen = '80',
	serverName = 'plans.example.org',
}: NginxOptions): string {
	const localeSlugs = locales.flatMap((l) => (l.slug ? [l.slug] : []));
	const prefix = checkedBase(base);
	const dir = checkedRoot(root);
	const address = checkedListen(listen);
	const names = checkedServerName(serverName);
	// add_header in a location replaces every add_header of the levels above it, so each location
	// repeats the full set; `always` adds them to error responses (the 404 page) too.
	const headers = (cache: string) =>
		[...securityHeaders, ['Cache-Control', cache] as const]
			.map(([name, value]) => `\t\tadd_header ${name} ${quoted(value)} always;`)
			.join('\n');
	const lines = [
		'# Plan Atlas: the built site (npm run build) served by nginx. Generated by src/node/deploy.ts;',
		'# print one for another base path or folder with: npm run --silent deploy:nginx -- --help',
		'#',
		'# Behind TLS (listen 443 ssl, with ssl_certificate and ssl_certificate_key), tell browsers to',
		'# come back over HTTPS only: add this line to every location below, beside the other add_header',
		'# lines (add_header in a location replaces those of the server level), and redirect port 80 to',
		'# https://. Only once every host name here serves HTTPS: browsers then refuse plain HTTP for a year.',
		'#   add_header Strict-Transport-Security "max-age=31536000" always;',
		'server {',
		`\tlisten ${address};`,
		`\tserver_name ${names};`,
		'\t# Redirects name only the path, so they keep the host and port the reader used.',
		'\tabsolute_redirect off;',
		'\tserver_tokens off;',
		'\tcharset utf-8;',
		`\terror_page 404 ${quoted(`${prefix}404.html`)};`,
		'\t# Text compresses to a fifth or less: on a slow phone link that is most of the wait for the',
		'\t# first paint. text/html is always compressed once gzip is on.',
		'\tgzip on;',
		'\tgzip_vary on;',
		'\tgzip_min_length 512;',
		`\tgzip_types ${compressedTypes.join(' ')};`,
		'',
		'\t# Hashed assets: the name changes whenever the content does.',
		`\tlocation ^~ ${quoted(`${prefix}_astro/`)} {`,
		`\t\talias ${quoted(`${dir}_astro/`)};`,
		headers(HASHED_ASSETS_CACHE),
		'\t}',
		'',
		'\t# Pages (every URL ends with a slash and is a folder with an index.html) and other files.',
		`\tlocation ${quoted(prefix)} {`,
		`\t\talias ${quoted(dir)};`,
		'\t\tindex index.html;',
		headers(SHORT_CACHE),
		'\t}',
		// The same for each locale's paths, which answer an unknown page with the locale's own 404.
		...localeSlugs.flatMap((slug) => [
			'',
			`\t# ${slug}: its own 404 page, in its language.`,
			`\tlocation ${quoted(`${prefix}${slug}/`)} {`,
			`\t\talias ${quoted(`${dir}${slug}/`)};`,
			'\t\tindex index.html;',
			`\t\terror_page 404 ${quoted(`${prefix}${slug}/404.html`)};`,
			headers(SHORT_CACHE),
			'\t}',
		]),
	];
	if (prefix !== '/')
		lines.push(
			'',
			'\t# The site lives under its base path.',
			`\tlocation = / {`,
			`\t\treturn 302 ${quoted(prefix)};`,
			'\t}'
		);
	lines.push('}', '');
	return lines.join('\n');
}
