import { exerciseBlock, type Exercise } from '../../guide/content-schema';
import type { Answers } from '../schema';

const text = (en: string, fr = en) => ({ en, fr });

/** An exercise with every field type, parsed by the content schema like real content. */
export const everyFieldExercise: Exercise = exerciseBlock.parse({
	type: 'exercise',
	id: 'test-every-field',
	title: text('Every field', 'Tous les champs'),
	fields: [
		{ id: 'vision', type: 'short-text', label: text('Vision'), required: true },
		{ id: 'notes', type: 'long-text', label: text('Notes') },
		{
			id: 'orientation',
			type: 'single-choice',
			label: text('Orientation'),
			options: [
				{ id: 'inclusion', label: text('Inclusion', 'Inclusion sociale') },
				{ id: 'economy', label: text('Economy', 'Économie') }
			]
		},
		{
			id: 'priorities',
			type: 'multiple-choice',
			label: text('Priorities'),
			options: [
				{ id: 'data', label: text('Data', 'Données') },
				{ id: 'services', label: text('Services') },
				{ id: 'dialogue', label: text('Dialogue') }
			]
		},
		{
			id: 'done',
			type: 'checklist',
			label: text('Done'),
			options: [
				{ id: 'mapped', label: text('Stakeholders mapped') },
				{ id: 'funded', label: text('Funding found') }
			]
		},
		{ id: 'maturity', type: 'rating', label: text('Maturity'), min: 1, max: 5 },
		{
			id: 'actions',
			type: 'rows',
			label: text('Actions'),
			maxRows: 4,
			columns: [
				{ id: 'name', type: 'short-text', label: text('Name', 'Nom'), required: true },
				{ id: 'scope', type: 'long-text', label: text('Scope', 'Périmètre') },
				{
					id: 'horizon',
					type: 'single-choice',
					label: text('Horizon'),
					options: [
						{ id: 'short', label: text('Short term', 'Court terme') },
						{ id: 'long', label: text('Long term', 'Long terme') }
					]
				},
				{ id: 'priority', type: 'rating', label: text('Priority', 'Priorité'), min: 1, max: 3 }
			]
		}
	]
});

/** A complete, valid set of answers to `everyFieldExercise`, with awkward characters. */
export const fullAnswers: Answers = {
	vision: 'A territory where "everyone" is connected, even =offline people',
	notes: 'Line one\nLine two, with a comma; and a semicolon',
	orientation: 'inclusion',
	priorities: ['data', 'dialogue'],
	done: ['funded'],
	maturity: 3,
	actions: [
		{
			name: 'Map public facilities on OpenStreetMap',
			scope: 'Two districts',
			horizon: 'short',
			priority: 1
		},
		{ name: '- Complaints hotline', horizon: 'long' }
	]
};
