/** Ids: stable slugs for URLs and anchors, and the vendor's own severity ids. */
import { z } from 'zod';

/** Ids are stable slugs: they become URLs and anchors, so they never change once published. */
export const slugSchema = z
	.string({ error: 'expected an id (lower-case letters, digits and hyphens)' })
	.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'expected an id of lower-case letters, digits and hyphens, e.g. "named-contacts"'
	);

/** Severity ids keep the vendor's own spelling ("P1", "Severity 0"). */
export const severityIdSchema = z
	.string({ error: 'expected a severity id such as "P1"' })
	.regex(
		/^[A-Za-z0-9](?:[A-Za-z0-9 _-]*[A-Za-z0-9])?$/,
		'expected a severity id of letters, digits, spaces, "_" or "-", e.g. "P1" or "Severity 0"'
	);
