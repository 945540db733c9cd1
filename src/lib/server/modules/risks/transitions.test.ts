import { describe, expect, it } from 'vitest';
import { acceptanceGaps, allowedEvents, nextState } from './transitions';

describe('the acceptance state machine', () => {
	it('treats, accepts, revokes (reopening treatment), closes and reopens', () => {
		expect(nextState('open', 'treat')).toBe('treating');
		expect(nextState('treating', 'treat')).toBe('treating');
		expect(nextState('treating', 'accept')).toBe('accepted');
		expect(nextState('accepted', 'revoke')).toBe('treating');
		expect(nextState('open', 'close')).toBe('closed');
		expect(nextState('treating', 'close')).toBe('closed');
		expect(nextState('closed', 'reopen')).toBe('open');
	});

	it('refuses every other move', () => {
		expect(nextState('open', 'accept')).toBeNull();
		expect(nextState('closed', 'accept')).toBeNull();
		expect(nextState('accepted', 'accept')).toBeNull();
		expect(nextState('accepted', 'treat')).toBeNull();
		expect(nextState('accepted', 'close')).toBeNull();
		expect(nextState('open', 'revoke')).toBeNull();
		expect(nextState('treating', 'revoke')).toBeNull();
		expect(nextState('closed', 'treat')).toBeNull();
		expect(nextState('open', 'reopen')).toBeNull();
		expect(nextState('accepted', 'reopen')).toBeNull();
	});

	it('lists what each state allows', () => {
		expect(allowedEvents('open')).toEqual(['treat', 'close']);
		expect(allowedEvents('treating')).toEqual(['treat', 'accept', 'close']);
		expect(allowedEvents('accepted')).toEqual(['revoke']);
		expect(allowedEvents('closed')).toEqual(['reopen']);
	});

	it('needs a treatment and both residual scores before acceptance', () => {
		expect(
			acceptanceGaps({ treatment: null, residualLikelihood: null, residualImpact: 2 })
		).toEqual(['treatment', 'residualLikelihood']);
		expect(
			acceptanceGaps({ treatment: 'reduce', residualLikelihood: 1, residualImpact: 2 })
		).toEqual([]);
	});
});
