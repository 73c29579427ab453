/**
 * A problem with the calculator's input in the reader's words (the form's messages, the command
 * line's errors). A module of its own: the calculator loads it only when an input has a problem.
 */
import { formatChoices, formatDate } from '#lib/i18n/format.ts';
import { defaultLevelTerm, type LevelTerm } from '#lib/catalogue/level-terms.ts';
import { levelKey } from '#lib/i18n/level-term.ts';
import type { LocaleTag } from '#lib/locales.ts';
import { plainText } from '#lib/i18n/text.ts';
import type { Translate } from '#lib/i18n/translate.ts';
import type { RequestProblem } from '#lib/sla/request.ts';
import type { TicketNames } from '#lib/views/parts/ticket-terms.ts';

/**
 * The problems of the severity field (see PROBLEM_FIELD), worded in the vendor's term for its levels
 * (see i18n/level-term.ts).
 */
const LEVEL_PROBLEMS = [
	'missing-severity',
	'no-severities',
	'no-levels-offered',
	'unknown-severity',
] as const;
const isLevelProblem = (name: RequestProblem['problem']): name is (typeof LEVEL_PROBLEMS)[number] =>
	LEVEL_PROBLEMS.some((level) => level === name);

/**
 * A problem in the reader's words. `inForm` words the missing time for the form's date-time field,
 * whose display format is the browser's, not the `YYYY-MM-DDTHH:mm` a link or the command line uses.
 * `term` is the plan's vendor's word for its levels, which problems with the level use. `tag` is the
 * reader's locale: it lists the valid choices (Chinese with 、). With the vendor's `names`, attributes,
 * their values, request types and add-ons are named as the form shows them, not by their ids.
 */
export function problemMessage(
	problem: RequestProblem,
	t: Translate,
	inForm = true,
	term: LevelTerm = defaultLevelTerm,
	tag: LocaleTag = 'en',
	names?: Pick<TicketNames, 'attributes' | 'requestTypes' | 'addOns'>
): string {
	const name = problem.problem;
	const attribute =
		'attribute' in problem ? names?.attributes.find((a) => a.id === problem.attribute) : undefined;
	const named =
		attribute?.values ??
		(name === 'unknown-request-type'
			? names?.requestTypes
			: name === 'unknown-add-on'
				? names?.addOns
				: name === 'unknown-attribute'
					? names?.attributes
					: undefined);
	const vars: Record<string, string> = {};
	if ('value' in problem) vars.value = problem.value;
	if ('choices' in problem)
		vars.choices = formatChoices(
			problem.choices.map((id) => {
				const found = named?.find((x) => x.id === id)?.name;
				return found === undefined ? id : plainText(found);
			}),
			tag
		);
	if ('max' in problem) vars.max = String(problem.max);
	if ('attribute' in problem)
		vars.attribute = attribute ? plainText(attribute.name) : problem.attribute;
	if ('date' in problem) vars.date = formatDate(problem.date, tag, { weekday: false });
	if (inForm && name === 'missing-opened') return t('atlas.calc.error.missing-opened-field', vars);
	return t(
		isLevelProblem(name) ? levelKey(`atlas.calc.error.${name}`, term) : `atlas.calc.error.${name}`,
		vars
	);
}
