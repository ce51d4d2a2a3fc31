import { describe, expect, it } from 'vitest';
import { buildBundle } from '../src/bundle/build.js';
import type { Bundle } from '../src/bundle/types.js';
import { findResolutionClaim } from '../src/generators/closure.js';
import { checkFaithfulness } from '../src/generators/guard.js';
import { renderEscalationPackage, renderResolutionNote } from '../src/generators/render.js';
import {
  ESCALATION_SECTION_TITLES,
  EscalationPackageSectionsSchema,
  ResolutionNoteSectionsSchema,
} from '../src/generators/schemas.js';
import { templateGenerator } from '../src/generators/template.js';
import type { FixStatus, Session } from '../src/model/session.js';
import { largeSession, printerSession, session } from './fixtures/sessions.js';

const generator = templateGenerator();

async function note(s: Session) {
  const bundle = buildBundle(s);
  const { sections } = await generator.generate({ kind: 'resolution_note', bundle });
  const parsed = ResolutionNoteSectionsSchema.parse(sections);
  return { bundle, sections: parsed, markdown: renderResolutionNote(parsed, bundle) };
}

async function escalation(s: Session) {
  const bundle = buildBundle(s);
  const { sections } = await generator.generate({ kind: 'escalation_package', bundle });
  const parsed = EscalationPackageSectionsSchema.parse(sections);
  return { bundle, sections: parsed, markdown: renderEscalationPackage(parsed, bundle) };
}

const states: Array<[string, Session]> = [
  ['no fix yet', session({ findings: ['Outlook prompts for a password every hour'] })],
  ['a proposed fix', printerSession('proposed')],
  ['a failed active fix', printerSession('failed')],
  ['a partial active fix', printerSession('partial')],
  ['a successful active fix', printerSession('success')],
  [
    'an earlier success and a new failed fix',
    session({
      fixes: [
        { title: 'Clear the credential cache', status: 'success' },
        { title: 'Re-create the Outlook profile', status: 'failed', failureReason: 'Prompts came back' },
      ],
    }),
  ],
  ['a large session', largeSession(200, 30, 4_000)],
  [
    'texts that sound like closure',
    session({
      problem: 'Printer fixed itself yesterday but is broken again',
      findings: ['Printing is working again for 30 seconds after a restart, then stops'],
      decisions: [{ text: 'Treat it as resolved only after a day without crashes' }],
      fixes: [
        {
          title: 'Issue is fixed by a reboot?',
          status: 'failed',
          failureReason: 'The problem was solved for a minute only',
        },
      ],
    }),
  ],
];

describe('templateGenerator', () => {
  it.each(states)(
    'writes a resolution note and an escalation package that pass the guard with %s',
    async (_, s) => {
      const n = await note(s);
      expect(checkFaithfulness('resolution_note', n.sections, n.bundle)).toEqual([]);
      const e = await escalation(s);
      expect(checkFaithfulness('escalation_package', e.sections, e.bundle)).toEqual([]);
    },
  );

  it('closes a note over a successful active fix: what fixed it and how it was confirmed', async () => {
    const s = printerSession('success');
    const { markdown, sections } = await note(s);
    expect(sections.outcome).toBe('resolved');
    expect(markdown).toMatch(/^## Resolution\n/);
    expect(markdown).toContain('resolved');
    expect(markdown).toContain(
      '**What fixed it:** Remove the corrupt HP Universal driver and reinstall v7.1.',
    );
    expect(markdown).toContain(
      `**How we confirmed it:** We verified that everything works as expected on ${s.fixes[1]?.verifiedAt?.slice(0, 10)}`,
    );
    // The earlier failure is still reported, with its recorded reason.
    expect(markdown).toContain(
      '**Restart the Print Spooler** — did not fix it: Spooler stopped again after 40 seconds. Applied on 2026-11-25.',
    );
  });

  it('says when a success was not separately verified', async () => {
    const s = session({ fixes: [{ title: 'Re-map the drive', status: 'success', verified: false }] });
    const { markdown } = await note(s);
    expect(markdown).toContain('no separate check was recorded');
    expect(markdown).not.toContain('We verified');
  });

  it.each<FixStatus>(['failed', 'partial', 'proposed'])(
    'never claims resolution when the active fix is %s, and gives the recorded outcome and next steps',
    async (status) => {
      const { markdown, sections } = await note(printerSession(status));
      expect(sections.outcome).toBe('not_resolved');
      expect(findResolutionClaim(markdown)).toBeNull();
      expect(markdown).toMatch(/^## Closed without a confirmed fix\n/);
      expect(markdown).toContain('Spooler stopped again after 40 seconds');
      if (status === 'failed')
        expect(markdown).toContain('did not fix it: Spooler still crashes with the new driver');
      if (status === 'partial')
        expect(markdown).toContain('helped only in part: Printing works, but only in black and white');
      expect(markdown).toMatch(/### Next steps\n\n1\. .+/);
      expect(sections.nextSteps.length).toBeGreaterThanOrEqual(1);
    },
  );

  it('writes the five escalation sections in order', async () => {
    const { markdown } = await escalation(printerSession('partial'));
    const headings = [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual([...ESCALATION_SECTION_TITLES]);
    expect(markdown).toContain('- Print Spooler on PRN01 stops within a minute of starting.');
    expect(markdown).toMatch(
      /\*\*Restart the Print Spooler\*\* \(applied 2026-11-25 \d\d:\d\d UTC\) — did not fix it: Spooler stopped again after 40 seconds\./,
    );
    expect(markdown).toContain('helped only in part: Printing works, but only in black and white');
    expect(markdown).toContain('Latest recorded decision: “Start with the spooler before touching drivers”');
  });

  it('keeps the escalation list of findings within its 40 entries and counts the rest', async () => {
    const { sections, bundle } = await escalation(largeSession(200, 30, 120, 3));
    expect(sections.confirmed).toHaveLength(40);
    expect(sections.confirmed.at(-1)).toBe(`${200 - 39} further findings are recorded in the session`);
    expect(bundle.findings).toHaveLength(200);
  });

  it('is deterministic', async () => {
    const a = await note(largeSession(50, 10, 300));
    const b = await note(largeSession(50, 10, 300));
    expect(a.markdown).toBe(b.markdown);
    const bundle: Bundle = buildBundle(printerSession('failed'));
    const x = await generator.generate({ kind: 'escalation_package', bundle });
    const y = await generator.generate({ kind: 'escalation_package', bundle });
    expect(x).toEqual(y);
  });
});
