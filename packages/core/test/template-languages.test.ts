// The offline template writes in the session's language: each language's phrases, over every
// outcome of the active fix, give a resolution note and an escalation package that the schemas and
// the faithfulness guard accept, with no slot left unfilled and no English left in them.
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../src/bundle/build.js';
import { checkFaithfulness } from '../src/generators/guard.js';
import { EN } from '../src/generators/phrases/en.js';
import { PHRASES } from '../src/generators/phrases/table.js';
import { renderEscalationPackage, renderResolutionNote } from '../src/generators/render.js';
import { EscalationPackageSectionsSchema, ResolutionNoteSectionsSchema } from '../src/generators/schemas.js';
import { templateEscalationPackage, templateResolutionNote } from '../src/generators/template-sections.js';
import { LANGUAGES, type Language } from '../src/language/codes.js';
import type { FixStatus } from '../src/model/session.js';
import { session } from './fixtures/sessions.js';
import { LANGUAGE_TICKETS } from './fixtures/sessions-languages.js';

type Case = FixStatus | 'no fix';
const CASES: Case[] = ['success', 'failed', 'partial', 'proposed', 'no fix'];

function ticketSession(language: Language, active: Case) {
  const t = LANGUAGE_TICKETS[language];
  return session({
    problem: t.problem,
    findings: [t.finding],
    decisions: [{ text: t.decision }],
    fixes:
      active === 'no fix'
        ? []
        : [
            { title: t.firstFix, status: 'failed', failureReason: t.firstReason },
            {
              title: t.secondFix,
              steps: t.secondSteps,
              status: active,
              ...(active === 'failed' ? { failureReason: t.secondReason } : {}),
              ...(active === 'partial' ? { partialNotes: t.secondNotes } : {}),
            },
          ],
  });
}

/** English words of the template that must not show through in another language's output. */
const ENGLISH = [
  EN.headingNextSteps,
  EN.headingWhatWeTried,
  EN.appliedAsPlanned,
  EN.checkFindings,
  'We have',
];

describe.each(LANGUAGES)('the template in %s', (language) => {
  const p = PHRASES[language];
  it.each(CASES)('passes the guard over %s, in both documents', (active) => {
    const bundle = buildBundle(ticketSession(language, active), language);
    const note = ResolutionNoteSectionsSchema.parse(templateResolutionNote(bundle));
    const pkg = EscalationPackageSectionsSchema.parse(templateEscalationPackage(bundle));
    expect(checkFaithfulness('resolution_note', note, bundle)).toEqual([]);
    expect(checkFaithfulness('escalation_package', pkg, bundle)).toEqual([]);

    const markdown = renderResolutionNote(note, bundle) + renderEscalationPackage(pkg, bundle);
    expect(markdown).not.toMatch(/\{\w+\}/);
    if (language !== 'en') for (const word of ENGLISH) expect(markdown).not.toContain(word);
    for (const title of p.escalationTitles) expect(markdown).toContain(`## ${title}\n`);
    // What the record says stays word for word: the fix titles and the recorded outcomes.
    if (active !== 'no fix') expect(markdown).toContain(LANGUAGE_TICKETS[language].secondFix);
    if (active === 'partial') expect(markdown).toContain(LANGUAGE_TICKETS[language].secondNotes);
  });

  it('closes over an unresolved fix without a confirmed fix, names what was tried, and says how to reopen', () => {
    for (const active of ['failed', 'partial', 'proposed', 'no fix'] as const) {
      const bundle = buildBundle(ticketSession(language, active), language);
      const note = templateResolutionNote(bundle);
      expect(note.outcome).toBe('not_resolved');
      expect(note.summary.startsWith(p.closingIntro.slice(0, p.closingIntro.indexOf('{')))).toBe(true);
      expect(note.nextSteps.at(-1)).toBe(p.reopen);
      expect(renderResolutionNote(note, bundle)).toMatch(new RegExp(`^## ${p.headingClosedUnresolved}\n`));
      if (active !== 'no fix') expect(note.tried.map((t) => t.status)).toContain('failed');
    }
  });

  it('closes a note over a successful fix with what fixed it and how it was confirmed', () => {
    const bundle = buildBundle(ticketSession(language, 'success'), language);
    const markdown = renderResolutionNote(templateResolutionNote(bundle), bundle);
    expect(markdown).toMatch(new RegExp(`^## ${p.headingResolution}\n`));
    expect(markdown).toContain(`**${p.labelWhatFixedIt}:** ${LANGUAGE_TICKETS[language].secondFix}`);
    expect(markdown).toContain(`**${p.labelHowConfirmed}:**`);
  });
});

describe('the English template', () => {
  it('never promises further work on a ticket it closes', () => {
    for (const active of ['failed', 'partial', 'proposed', 'no fix'] as const) {
      const bundle = buildBundle(ticketSession('en', active), 'en');
      const markdown = renderResolutionNote(templateResolutionNote(bundle), bundle);
      expect(markdown).not.toMatch(/continu\w* to work|still open|will update this ticket/i);
      expect(markdown).toContain('This ticket is being closed without a confirmed fix');
      expect(markdown).toContain('reply to this ticket to reopen it');
    }
  });
});
