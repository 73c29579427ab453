// @ts-check
/**
 * An ESLint rule that keeps src/lib layered: each folder (or top-level module) of src/lib has a rank,
 * and a module may import only from its own folder or from folders of a lower rank. Two folders of
 * one rank may not import each other, so no import cycle between folders can form.
 */
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * The layer of a module of src/lib: its folder's name, or the file name of a module at the top.
 * @param {string} libDir absolute path of src/lib
 * @param {string} file absolute path of a module inside it
 */
export function layerOf(libDir, file) {
	return relative(libDir, file).split(sep)[0] ?? '';
}

/** @type {import('eslint').Rule.RuleModule} */
export const libLayers = {
	meta: {
		type: 'problem',
		docs: {
			description: 'src/lib imports only downwards: its own folder, or folders of a lower rank',
		},
		schema: [
			{
				type: 'object',
				properties: {
					libDir: { type: 'string' },
					ranks: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
				},
				required: ['libDir', 'ranks'],
				additionalProperties: false,
			},
		],
		messages: {
			upward:
				'{{from}} (rank {{fromRank}}) may not import {{to}} (rank {{toRank}}): src/lib imports only downwards (see eslint.config.js).',
			unranked: '{{layer}} has no rank in the lib-layers rule of eslint.config.js: give it one.',
		},
	},
	create(context) {
		const { libDir: libOption, ranks } = context.options[0];
		const libDir = resolve(context.cwd, libOption);
		/** @type {Map<string, number>} */
		const rankOf = new Map();
		/** @type {string[][]} */ (ranks).forEach((layers, rank) =>
			layers.forEach((layer) => rankOf.set(layer, rank))
		);
		const file = resolve(context.cwd, context.filename);
		if (!file.startsWith(libDir + sep)) return {};
		const from = layerOf(libDir, file);
		/** @param {import('estree').Node & { source?: any }} node */
		function check(node) {
			const spec = node.source?.value;
			if (typeof spec !== 'string') return;
			let target;
			if (spec.startsWith('#lib/')) target = resolve(libDir, spec.slice('#lib/'.length));
			else if (spec.startsWith('.')) target = resolve(dirname(file), spec);
			else return;
			if (!target.startsWith(libDir + sep)) return;
			const to = layerOf(libDir, target);
			if (to === from) return;
			const fromRank = rankOf.get(from);
			const toRank = rankOf.get(to);
			if (fromRank === undefined)
				return context.report({ node, messageId: 'unranked', data: { layer: from } });
			if (toRank === undefined)
				return context.report({ node, messageId: 'unranked', data: { layer: to } });
			if (toRank >= fromRank)
				context.report({
					node,
					messageId: 'upward',
					data: { from, to, fromRank: String(fromRank), toRank: String(toRank) },
				});
		}
		return {
			ImportDeclaration: check,
			ExportNamedDeclaration: check,
			ExportAllDeclaration: check,
			ImportExpression: check,
		};
	},
};

export default { rules: { 'lib-layers': libLayers } };
