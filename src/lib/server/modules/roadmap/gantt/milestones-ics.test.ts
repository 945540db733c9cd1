import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, writeMilestonesIcs } from './milestones-ics';

const solutions = [
	{
		title: 'Shared cybersecurity',
		milestones: [
			{
				id: '3f1c2a9e-0000-4000-8000-000000000001',
				title: 'Audit; phase 1, with "quotes" \\ and more',
				plannedStart: '2026-01-05',
				plannedEnd: '2026-03-31',
				actualStart: '2026-01-12',
				actualEnd: '2026-03-27',
				status: 'done' as const,
				responsibleName: 'Claire Martin',
				version: 3
			},
			{
				id: '3f1c2a9e-0000-4000-8000-000000000002',
				title: 'Opening',
				plannedStart: '2026-12-31',
				plannedEnd: '2026-12-31',
				actualStart: null,
				actualEnd: null,
				status: 'cancelled' as const,
				responsibleName: null,
				version: 1
			}
		]
	}
];
const now = new Date('2026-05-15T08:30:00.123Z');
const unfold = (text: string): string => text.replace(/\r\n /g, '');

describe('milestones as iCalendar', () => {
	it('escapes backslash, comma, semicolon and newlines', () => {
		expect(escapeText('a\\b,c;d\ne\r\nf')).toBe('a\\\\b\\,c\\;d\\ne\\nf');
	});

	it('folds lines at 75 octets without cutting a character in two', () => {
		const line = `SUMMARY:${'é'.repeat(60)}`;
		const folded = foldLine(line);
		const parts = folded.split('\r\n');
		expect(parts.length).toBeGreaterThan(1);
		for (const part of parts) {
			expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
		}
		expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
		expect(unfold(folded)).toBe(line);
		expect(foldLine('SHORT:line')).toBe('SHORT:line');
	});

	it('writes one all-day event per milestone, DTEND exclusive, UID stable per milestone', () => {
		const ics = writeMilestonesIcs({ territoryName: 'Lille', solutions, locale: 'en', now });
		expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
		const text = unfold(ics);
		expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
		expect(text).toContain('UID:milestone-3f1c2a9e-0000-4000-8000-000000000001@territoria');
		expect(text).toContain('DTSTART;VALUE=DATE:20260105\r\nDTEND;VALUE=DATE:20260401');
		// The last day of a year: DTEND is the next year's first day.
		expect(text).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101');
		expect(text).toContain('DTSTAMP:20260515T083000Z');
		expect(text).toContain(
			'SUMMARY:Shared cybersecurity: Audit\\; phase 1\\, with "quotes" \\\\ and more'
		);
		expect(text).toContain(
			'DESCRIPTION:Status: Done\\nActual dates: Jan 12\\, 2026 to Mar 27\\, 2026\\nResponsible: Claire Martin'
		);
		expect(text).toContain('STATUS:CANCELLED');
		expect(text).toContain('SEQUENCE:2');
		const again = writeMilestonesIcs({ territoryName: 'Lille', solutions, locale: 'en', now });
		expect(again).toBe(ics);
	});

	it('writes descriptions in the language asked for', () => {
		const text = unfold(
			writeMilestonesIcs({ territoryName: 'Lille', solutions, locale: 'fr', now })
		);
		expect(text).toContain(
			'DESCRIPTION:Statut\u00a0: Terminé\\nDates réelles\u00a0: du 12 janv. 2026 au 27 mars 2026'
		);
		expect(text).toContain('X-WR-CALNAME:Feuille de route de Lille');
	});
});
