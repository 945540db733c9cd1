import { describe, expect, it } from 'vitest';
import { sameAnswers, validateAnswers } from './answers';
import { everyFieldExercise, fullAnswers } from './testing/exercise';

describe('validateAnswers', () => {
	it('refuses a missing required answer, unknown fields and options, bad ratings', () => {
		const { errors } = validateAnswers(everyFieldExercise, {
			orientation: 'nowhere',
			priorities: ['data', 'magic'],
			maturity: '9',
			ghost: 'boo'
		});
		expect(errors).toEqual({
			ghost: 'worksheets_error_unknown_field',
			vision: 'worksheets_error_required',
			orientation: 'worksheets_error_option',
			priorities: 'worksheets_error_option',
			maturity: 'worksheets_error_rating'
		});
	});

	it('locates errors in a row by row index and column, and refuses too many rows', () => {
		const { errors } = validateAnswers(everyFieldExercise, {
			vision: 'v',
			actions: [
				{ name: 'ok' },
				{ scope: 'no name' },
				{ name: 'x', horizon: 'someday', priority: '4' },
				{ name: 'd' },
				{ name: 'e' }
			]
		});
		expect(errors).toEqual({
			'actions.1.name': 'worksheets_error_required',
			'actions.2.horizon': 'worksheets_error_option',
			'actions.2.priority': 'worksheets_error_rating',
			actions: 'worksheets_error_too_many_rows'
		});
	});

	it('refuses text that is too long, NUL characters and objects where text is expected', () => {
		const { errors } = validateAnswers(everyFieldExercise, {
			vision: 'x'.repeat(501),
			notes: 'a\u0000b',
			orientation: { id: 'inclusion' } as unknown as string
		});
		expect(errors).toEqual({
			vision: 'worksheets_error_too_long',
			notes: 'validation_invalid_characters',
			orientation: 'worksheets_error_invalid'
		});
	});

	it('normalises: trims, drops blanks and blank rows, orders options, reads numbers', () => {
		const { answers, errors } = validateAnswers(everyFieldExercise, {
			vision: '  Connected  ',
			notes: '',
			priorities: ['dialogue', 'data', 'data'],
			maturity: '4',
			actions: [
				{ name: '', scope: '  ' },
				{ name: 'Hotline', priority: '2' }
			]
		});
		expect(errors).toEqual({});
		expect(answers).toEqual({
			vision: 'Connected',
			priorities: ['data', 'dialogue'],
			maturity: 4,
			actions: [{ name: 'Hotline', priority: 2 }]
		});
	});

	it('accepts the full answer set unchanged', () => {
		const { answers, errors } = validateAnswers(everyFieldExercise, fullAnswers);
		expect(errors).toEqual({});
		expect(sameAnswers(answers, fullAnswers)).toBe(true);
	});
});
