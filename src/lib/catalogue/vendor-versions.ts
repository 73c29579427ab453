/**
 * A vendor's versions of its terms as whole vendors, parsed and checked like the current terms. The
 * validator reports their problems located in the changes that produced them; pages, the command
 * line and the calculator read the versions from here.
 */
import { checkBounds, type BoundsOptions } from './bounds.ts';
import { checkReferences } from './cross-references.ts';
import { formatKeyPath, type KeyPath } from './issues.ts';
import { vendorSchema, type Vendor } from './schema.ts';
import { changesPath, effectiveDay, versionInputs, type VendorVersions } from './versions.ts';

/** A problem of one earlier version, at its place in the file. */
export interface VersionProblem {
	path: KeyPath;
	message: string;
}

/**
 * Checks the dates and the resolved terms of every earlier version: effective dates in order, newest
 * first, none on the same day; each version a valid vendor whose references hold.
 */
export function checkVersions(
	data: Record<string, unknown>,
	fileId: string,
	options: { today?: string | undefined } & BoundsOptions = {}
): VersionProblem[] {
	const problems: VersionProblem[] = [];
	const inputs = versionInputs(data);
	for (let i = 1; i < inputs.length; i++) {
		const { index, effective } = inputs[i]!;
		const newer = inputs[i - 1]!.effective;
		if (effective === undefined || newer === undefined) continue;
		if (effectiveDay(effective) >= effectiveDay(newer))
			problems.push({
				path: ['history', index, 'effective'],
				message: `expected an earlier version to take effect before the one after it (${newer}); list versions newest first, no two on one day`,
			});
	}
	if (inputs.length > 1 && inputs[0]!.effective === undefined)
		problems.push({
			path: ['history'],
			message:
				'expected "effective" on the vendor: with earlier versions, the current terms need the date they took effect',
		});
	for (const { index, effective, data: version } of inputs.slice(1)) {
		const history = data.history as { changes?: unknown }[];
		const at = (path: KeyPath, message: string) =>
			problems.push({
				path: ['history', index, 'changes', ...changesPath(history[index]?.changes, version, path)],
				message: `in the terms effective ${effective}, ${formatKeyPath(path) || 'the vendor'}: ${message}`,
			});
		const parsed = vendorSchema.safeParse(version);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) at(issue.path as KeyPath, issue.message);
			continue;
		}
		for (const p of [
			...checkReferences(parsed.data, fileId, options.today),
			...checkBounds(parsed.data, options),
		])
			at(p.key === undefined ? p.path : [...p.path, p.key], p.message);
	}
	return problems;
}

/** A valid vendor's versions, current first. */
export function vendorVersions(vendor: Vendor): VendorVersions {
	return versionInputs(vendor as unknown as Record<string, unknown>).map(
		({ index, effective, data }) => ({
			effective,
			current: index === -1,
			vendor: index === -1 ? vendor : vendorSchema.parse(data),
		})
	);
}
