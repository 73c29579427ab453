/**
 * Large vendor files for the validation benchmark, generated from tests/fixtures/minimal/solo.yaml:
 * one with a very long text, one whose calendar lists a great many holiday dates, one with a great
 * many FAQ entries. Each is valid unless its maker says otherwise.
 */
import { readFileSync } from 'node:fs';

const solo = () => readFileSync('tests/fixtures/minimal/solo.yaml', 'utf8');

/** solo.yaml with its English summary replaced by `text`. */
export function vendorWithText(text: string): string {
	return solo().replace('en: Solo support,', `en: ${JSON.stringify(text)},`);
}

/**
 * solo.yaml whose office calendar (hours Monday to Friday) lists `count` holiday dates: every
 * Saturday and Sunday from 2000-01-01 on, so each is a real date, none repeats, and the weekdays stay
 * open (the check that every year keeps covered time walks all of them). Written as a flow list,
 * eight dates a line: 300 000 dates make about 4 MB.
 */
export function vendorWithHolidays(count: number): string {
	const dates: string[] = [];
	for (let day = Temporal.PlainDate.from('2000-01-01'); dates.length < count;) {
		if (day.dayOfWeek >= 6) dates.push(`"${day.toString()}"`);
		day = day.add({ days: day.dayOfWeek === 5 ? 1 : day.dayOfWeek === 7 ? 6 : 1 });
	}
	const lines: string[] = [];
	for (let i = 0; i < dates.length; i += 8)
		lines.push(`      ${dates.slice(i, i + 8).join(', ')},`);
	return solo().replace(
		'        to: "17:00"\n',
		`        to: "17:00"\n    holidays: [\n${lines.join('\n')}\n    ]\n`
	);
}

/** One locale's text of about `length` characters, different for every entry. */
const filler = (seed: string, length: number) =>
	`${seed}: ${'Support answers by mail within one business day, phone on weekdays. '.repeat(Math.ceil(length / 70))}`.slice(
		0,
		length
	);

/**
 * solo.yaml with `count` FAQ entries, each a question and an answer in every locale citing the
 * vendor's source: 4 000 entries make about 5 MB.
 */
export function vendorWithFaq(count: number): string {
	const entries: string[] = [];
	for (let i = 0; i < count; i++) {
		const text = (what: string, length: number) =>
			['en', 'zh-CN', 'zh-TW', 'ko', 'pl']
				.map((tag) => `${tag}: ${JSON.stringify(filler(`${what} ${i} (${tag})`, length))}`)
				.join(', ');
		entries.push(
			`  - id: entry-${i}\n    question: { ${text('Question', 40)} }\n    answer: { ${text('Answer', 180)} }\n    ref: { source: terms, locator: "Section ${i}" }`
		);
	}
	return `${solo()}faq:\n${entries.join('\n')}\n`;
}
