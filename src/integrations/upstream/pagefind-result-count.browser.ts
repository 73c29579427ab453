/**
 * Rewrites the search dialog's result count into the page language's plural form (browser code; see
 * pagefind-result-count.ts and lib/search/messages.ts). Pagefind's own string already reads
 * correctly for any count, so without this script the message is still right, only less natural in
 * Polish.
 */
import { createTranslate } from '#lib/i18n/ui-strings.ts';
import { findLocale, type LocaleTag } from '#lib/locales.ts';
import { rewriteResultCount } from '#lib/search/messages.ts';

interface SearchMessages {
	tag: string;
	templates: string[];
	strings: Record<string, string>;
}

const source = document.querySelector<HTMLScriptElement>('script[data-search-messages]');
const root = document.getElementById('starlight__search');
if (source && root) {
	const data = JSON.parse(source.textContent ?? '{}') as SearchMessages;
	const tag = (findLocale(data.tag)?.tag ?? 'en') as LocaleTag;
	const t = createTranslate(tag, data.strings);
	const rewrite = () => {
		for (const message of root.querySelectorAll('.pagefind-ui__message')) {
			for (const node of message.childNodes) {
				if (!(node instanceof Text) || !node.data.trim()) continue;
				const text = rewriteResultCount(node.data, data.templates, t);
				// Changes the text node in place: Pagefind's UI keeps updating the same node.
				if (text !== undefined && text !== node.data) node.data = text;
			}
		}
	};
	new MutationObserver(rewrite).observe(root, {
		childList: true,
		subtree: true,
		characterData: true,
	});
}
