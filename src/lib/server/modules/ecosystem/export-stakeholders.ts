import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { parseInput, slug } from '../../platform/validation';
import { listStakeholders } from './list-stakeholders';
import { writeStakeholderCsv } from './stakeholder-csv';
import { profileOf } from './update-stakeholder';

export const exportStakeholdersInput = z.object({ slug });
export type ExportStakeholdersInput = z.input<typeof exportStakeholdersInput>;

/** The territory's stakeholders as the CSV file the import reads (members). */
export async function exportStakeholders(
	ctx: UseCaseContext,
	input: ExportStakeholdersInput
): Promise<{ fileName: string; body: string }> {
	const options = parseInput(exportStakeholdersInput, input);
	const { territory, stakeholders } = await listStakeholders(ctx, { slug: options.slug });
	return {
		fileName: `stakeholders-${territory.slug}.csv`,
		body: writeStakeholderCsv(stakeholders.map(profileOf))
	};
}
