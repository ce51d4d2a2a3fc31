import { describe, expect, it } from 'vitest';
import { buildBundle } from '../src/bundle/build.js';
import { findResolutionClaim } from '../src/generators/closure.js';
import { checkFaithfulness, recordedText } from '../src/generators/guard.js';
import type { EscalationPackageSections, ResolutionNoteSections } from '../src/generators/schemas.js';
import { CLAIMS, HONEST, type Phrasing } from './fixtures/claims-corpus.js';
import { honestPrinterNote } from './fixtures/notes.js';
import { printerSession } from './fixtures/sessions.js';
import { LANGS } from './support/guard-rates.js';

// The guard measured on its corpus (fixtures/claims-corpus.ts), the one its lexicons were tuned on.
// The thresholds are the project's targets; docs/security.md states the figures measured, and
// guard-blind.test.ts measures a corpus written without sight of the guard.

const bundle = buildBundle(printerSession('failed'));
const [first, active] = bundle.fixes.map((f) => f.id) as [string, string];

/** An honest open note with `text` in one of its free-text fields, chosen by `slot`. */
function noteWith(text: string, slot: number): ResolutionNoteSections {
  const note = honestPrinterNote(bundle);
  if (slot % 3 === 0) note.summary = text;
  else if (slot % 3 === 1) note.nextSteps.push(text);
  else note.tried[1] = { fixId: active, status: 'failed', summary: text };
  return note;
}

const refused = (p: Phrasing, i: number) =>
  checkFaithfulness('resolution_note', noteWith(p.text, i), bundle).some(
    (v) => v.code === 'resolution_claim',
  );
const rate = (xs: readonly Phrasing[], pass: (p: Phrasing, i: number) => boolean) =>
  xs.filter(pass).length / xs.length;

// Each test runs the whole corpus through the guard: past the default 30 s on a busy two-core machine.
const SLOW = 180_000;

describe('guard corpus', () => {
  it('holds at least 600 claims and 400 honest phrasings in fifteen languages, with markup and Unicode variants', () => {
    expect(CLAIMS.length).toBeGreaterThanOrEqual(600);
    expect(HONEST.length).toBeGreaterThanOrEqual(400);
    for (const lang of LANGS) {
      expect(CLAIMS.filter((p) => p.lang === lang).length, lang).toBeGreaterThanOrEqual(20);
      expect(HONEST.filter((p) => p.lang === lang).length, lang).toBeGreaterThanOrEqual(20);
    }
    const odd = /[^\x20-\x7E\u00C0-\u00FF\u2019]/;
    expect(CLAIMS.filter((p) => odd.test(p.text)).length).toBeGreaterThanOrEqual(40);
    expect(HONEST.filter((p) => odd.test(p.text)).length).toBeGreaterThanOrEqual(40);
    const markup = /\*\*|&#?\w+;|<\/?b>|[\u2705\u26A0\u{1F44D}]/u;
    expect(CLAIMS.filter((p) => markup.test(p.text)).length).toBeGreaterThanOrEqual(40);
    expect(HONEST.filter((p) => markup.test(p.text)).length).toBeGreaterThanOrEqual(20);
  });

  it(
    'refuses at least 97 % of the claims, wherever in the note they stand',
    () => {
      expect(rate(CLAIMS, refused)).toBeGreaterThanOrEqual(0.97);
    },
    SLOW,
  );

  it(
    'refuses at least 97 % of the claims in every language',
    () => {
      for (const lang of LANGS) {
        expect(
          rate(
            CLAIMS.filter((p) => p.lang === lang),
            refused,
          ),
          lang,
        ).toBeGreaterThanOrEqual(0.97);
      }
    },
    SLOW,
  );

  it(
    'accepts at least 97 % of the honest phrasings, in the claim check and in the whole guard',
    () => {
      const record = recordedText(bundle);
      expect(rate(HONEST, (p) => findResolutionClaim(p.text, record) === null)).toBeGreaterThanOrEqual(0.97);
      // The whole guard: no violation of any kind (claims, unrecorded work, fixes, outcomes).
      const accepted = (p: Phrasing, i: number) =>
        checkFaithfulness('resolution_note', noteWith(p.text, i), bundle).length === 0;
      expect(rate(HONEST, accepted)).toBeGreaterThanOrEqual(0.97);
    },
    SLOW,
  );

  it(
    'refuses the claims in an escalation package too',
    () => {
      const pkg = (text: string): EscalationPackageSections => ({
        problem: 'Floor 3 cannot print.',
        confirmed: ['Spooler stops within a minute'],
        tried: [
          { fixId: first, status: 'failed', summary: 'Restarted the spooler.' },
          { fixId: active, status: 'failed', summary: 'Reinstalled the driver.' },
        ],
        hypothesis: text,
        nextSteps: ['Collect a crash dump'],
      });
      const escalated = (p: Phrasing) =>
        checkFaithfulness('escalation_package', pkg(p.text), bundle).some(
          (v) => v.code === 'resolution_claim',
        );
      expect(rate(CLAIMS, escalated)).toBeGreaterThanOrEqual(0.97);
    },
    SLOW,
  );

  it('lets a note quote the record, and treats the same words unquoted as a claim', () => {
    const record = 'Printing is working again for a while after a restart, then stops';
    const copied = 'Printing is working again after a restart.';
    expect(
      findResolutionClaim(copied, `${record}\nPrinting is working again after a restart`),
    ).not.toBeNull();
    expect(
      findResolutionClaim(`The user said “${copied}”`, `Printing is working again after a restart.`),
    ).toBeNull();
  });
});
