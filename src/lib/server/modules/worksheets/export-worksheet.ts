import { z } from 'zod';
import type { UseCaseContext } from '../../platform/actor';
import { toCsv } from '../../platform/spreadsheet/csv';
import { writeXlsx } from '../../platform/spreadsheet/xlsx';
import { parseInput } from '../../platform/validation';
import type { ContentLocale } from '../guide/content-schema';
import { getWorksheet } from './get-worksheet';
import { worksheetAddress } from './target';
import { worksheetCsvRows, worksheetSheets } from './worksheet-file';

export const exportWorksheetInput = worksheetAddress.extend({
	format: z.enum(['xlsx', 'csv']),
	/** A blank file to fill in offline, with the same layout. */
	blank: z.boolean().default(false)
});

export interface WorksheetDownload {
	fileName: string;
	contentType: string;
	body: Uint8Array;
}

export async function exportWorksheet(
	ctx: UseCaseContext,
	input: z.input<typeof exportWorksheetInput>,
	locale: ContentLocale
): Promise<WorksheetDownload> {
	const options = parseInput(exportWorksheetInput, input);
	const worksheet = await getWorksheet(ctx, options);
	const answers = options.blank ? {} : worksheet.answers;
	const base = `${worksheet.territory.slug}-${options.exerciseId}${options.blank ? '-blank' : `-v${worksheet.version}`}`;
	if (options.format === 'csv') {
		return {
			fileName: `${base}.csv`,
			contentType: 'text/csv; charset=utf-8',
			body: new TextEncoder().encode(toCsv(worksheetCsvRows(worksheet.exercise, answers, locale)))
		};
	}
	return {
		fileName: `${base}.xlsx`,
		contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		body: await writeXlsx(
			worksheetSheets(worksheet.exercise, answers, locale),
			worksheet.exercise.title[locale]
		)
	};
}
