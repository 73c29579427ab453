import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import english from './content/i18n/en.json';
import { PLURAL_SUFFIX } from '#lib/i18n/ui-strings.ts';

/**
 * Plan Atlas's own UI strings: English defines the keys. Plural variants (`_one`, `_few`...) differ
 * by language, so only their base key is checked here; the unit test on locale files checks the rest.
 */
const ownKeys = Object.keys(english).filter((key) => !PLURAL_SUFFIX.test(key));
const atlasStrings = z.object(Object.fromEntries(ownKeys.map((key) => [key, z.string()])));

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({
			// "all": the page shows figures of every vendor, so its title is followed by their dates.
			extend: z.object({ termsDates: z.enum(['all']).optional() }),
		}),
	}),
	i18n: defineCollection({
		loader: i18nLoader(),
		schema: i18nSchema({ extend: atlasStrings.partial() }),
	}),
};
