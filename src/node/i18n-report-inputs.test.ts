import { describe, expect, test } from 'vitest';
import { docsProse } from './i18n-report-inputs.ts';

describe('the prose of a docs page', () => {
	test('front matter gives its title and description, not its other settings', () => {
		const page = [
			'---',
			'title: 목표 시간 계산 방법',
			'description: 모든 기한에 적용되는 규칙',
			'termsDates: all',
			'---',
			'',
			"import X from './x';",
			'',
			'첫 문단입니다.',
			'termsDates: all 은 본문에서는 글입니다.',
		].join('\n');
		expect(docsProse(page, 'faq.mdx')).toEqual([
			{ where: 'faq.mdx:2', text: '목표 시간 계산 방법' },
			{ where: 'faq.mdx:3', text: '모든 기한에 적용되는 규칙' },
			{ where: 'faq.mdx:9', text: '첫 문단입니다. termsDates: all 은 본문에서는 글입니다.' },
		]);
	});
});
