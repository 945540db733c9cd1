import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import {
	parseYaml,
	schemaProblems,
	type ContentProblem,
	type ParsedFile
} from '../guide/content-problems';
import { listYaml } from '../guide/load-content';
import {
	domainFile,
	familiesFile,
	type FamiliesFile,
	type IndicatorLibrary,
	type LibraryIndicator
} from './library-schema';

export interface LoadedLibrary {
	library: IndicatorLibrary | null;
	problems: ContentProblem[];
}

const problemAt = (parsed: ParsedFile, path: PropertyKey[], message: string): ContentProblem => ({
	file: parsed.file,
	...parsed.locate(path),
	message
});

/**
 * Reads `content/indicators/`: `families.yaml`, then one file per domain named after it.
 * Indicator ids are unique across the library (territories' indicators keep them).
 */
export async function loadIndicatorLibrary(contentDir: string): Promise<LoadedLibrary> {
	const problems: ContentProblem[] = [];
	let families: FamiliesFile | null = null;
	const indicators: LibraryIndicator[] = [];
	const seen = new Set<string>();
	for (const path of await listYaml(join(contentDir, 'indicators'))) {
		const file = relative(process.cwd(), path) || path;
		const parsed = parseYaml(file, await readFile(path, 'utf8'));
		if (Array.isArray(parsed)) {
			problems.push(...parsed);
			continue;
		}
		if (basename(path) === 'families.yaml') {
			const result = familiesFile.safeParse(parsed.data);
			if (result.success) {
				families = result.data;
			} else {
				problems.push(...schemaProblems(parsed, result.error));
			}
			continue;
		}
		const result = domainFile.safeParse(parsed.data);
		if (!result.success) {
			problems.push(...schemaProblems(parsed, result.error));
			continue;
		}
		const { domain } = result.data;
		if (basename(path) !== `${domain}.yaml`) {
			problems.push(
				problemAt(
					parsed,
					['domain'],
					`domain "${domain}" must match the file name (${domain}.yaml)`
				)
			);
		}
		result.data.indicators.forEach((indicator, index) => {
			if (seen.has(indicator.id)) {
				problems.push(
					problemAt(
						parsed,
						['indicators', index, 'id'],
						`indicator id "${indicator.id}" is used twice`
					)
				);
			}
			seen.add(indicator.id);
			indicators.push({ ...indicator, domain });
		});
	}
	if (!families) {
		problems.push({
			file: join(contentDir, 'indicators', 'families.yaml'),
			line: 1,
			column: 1,
			message: 'families.yaml is missing or invalid'
		});
	}
	const library =
		families && problems.length === 0
			? {
					families: families.families,
					domains: families.domains,
					selectionRules: families.selectionRules,
					indicators
				}
			: null;
	return { library, problems };
}
