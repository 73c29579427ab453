import { describe, expect, test } from 'vitest';
import { pageFrontmatter } from './page-head.ts';

describe('pageFrontmatter', () => {
	test('gives the title, description and their head entries, then what the page adds', () => {
		const script = {
			tag: 'script' as const,
			attrs: { type: 'application/ld+json' },
			content: '{}',
		};
		const frontmatter = pageFrontmatter('A <b>', 'About', {
			tableOfContents: false,
			head: [script],
		});
		expect(frontmatter.title).toBe('A <b>');
		expect(frontmatter.description).toBe('About');
		expect(frontmatter.tableOfContents).toBe(false);
		expect(frontmatter.head[0]).toEqual({ tag: 'title', content: 'A &#60;b&#62; | Plan Atlas' });
		expect(frontmatter.head.at(-1)).toBe(script);
		expect(pageFrontmatter('T', 'D').head).toHaveLength(3);
	});
});
