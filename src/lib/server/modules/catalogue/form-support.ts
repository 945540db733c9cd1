import { fail, type ActionFailure } from '@sveltejs/kit';
import { AppError } from '../../platform/errors';
import type { FormFailure, FormValues } from '../../platform/http/form';
import { translate } from '../../platform/i18n/messages';
import { countryCodes } from '../territories/country-codes';
import { listMyTerritories } from '../territories/list-my-territories';
import { atLeast } from '../territories/policy';
import type { UseCaseContext } from '../../platform/actor';
import { labelled } from './labels';
import { formFieldOf } from './practice-form';
import { speakingFor } from './schema';
import {
	costBands,
	domains,
	layers,
	maturityLevels,
	populationBands,
	practiceLanguages,
	regions,
	riskMacroChallenges,
	stakeholderKinds,
	toolTypes
} from './vocabulary';

/** Every list the contribution forms offer, labelled in the reader's language. */
export function formOptions() {
	return {
		languages: labelled('language', practiceLanguages),
		regions: labelled('region', regions),
		populationBands: labelled('population', populationBands),
		domains: labelled('domain', domains),
		toolTypes: labelled('tool', toolTypes),
		layers: labelled('layer', layers),
		costBands: labelled('cost', costBands),
		maturityLevels: labelled('maturity', maturityLevels),
		risks: labelled('risk', riskMacroChallenges),
		stakeholders: labelled('stakeholder', stakeholderKinds),
		speakingFor: labelled('speaking_for', speakingFor.enumValues),
		countries: labelled('country', countryCodes).sort((a, b) => a.label.localeCompare(b.label))
	};
}
export type FormOptions = ReturnType<typeof formOptions>;

/** Territories the person may speak for: those they contribute to. */
export async function territoriesToSpeakFor(ctx: UseCaseContext) {
	return (await listMyTerritories(ctx))
		.filter((territory) => atLeast(territory.role, 'contributor'))
		.map(({ slug, name }) => ({ value: slug, label: name }));
}

/** The contributor part of a form (who the person speaks for). */
export function contributorFromForm(values: FormValues) {
	const pick = (name: string) => {
		const value = values[name];
		return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
	};
	return {
		speakingFor: pick('speakingFor') ?? 'self',
		territory: pick('territory'),
		organisationName: pick('organisationName')
	};
}

/**
 * A refused contribution as a form failure: each field error placed on the form field it
 * belongs to (`data.texts.fr.title` → `title`), the input kept.
 */
export function contributionFailure(
	error: unknown,
	values: FormValues
): ActionFailure<FormFailure> {
	if (!(error instanceof AppError)) {
		throw error;
	}
	const errors: Record<string, string> = {};
	for (const [path, key] of Object.entries(error.fields ?? {})) {
		const field = path.startsWith('contributor.')
			? path.slice('contributor.'.length)
			: formFieldOf(path.replace(/^data\./, ''));
		errors[field] ??= translate(key);
	}
	return fail(error.status, { values, errors, message: translate(error.messageKey) });
}
