import { buildBundle } from '../../src/bundle/build.js';
import type { Bundle } from '../../src/bundle/types.js';
import { checkFaithfulness } from '../../src/generators/guard.js';
import type { ResolutionNoteSections } from '../../src/generators/schemas.js';
import { templateEscalationPackage, templateResolutionNote } from '../../src/generators/template-sections.js';
import { LANGUAGES } from '../../src/language/codes.js';
import type { FixStatus, Session } from '../../src/model/session.js';
import { honestPrinterNote } from '../fixtures/notes.js';
import { printerSession, session } from '../fixtures/sessions.js';

// How corpora are measured against the guard: a sentence is placed in turn in the summary, a next
// step and the active fix's summary of an otherwise honest note over a failed (or partial) fix; a
// claim must draw a `resolution_claim`, an honest sentence must not.

/** The fifteen languages of the claim lexicons. */
export const LANGS = LANGUAGES;
export type Lang = (typeof LANGS)[number];

export interface Sentence {
  lang: string;
  text: string;
}

const bundles: Record<'failed' | 'partial', Bundle> = {
  failed: buildBundle(printerSession('failed')),
  partial: buildBundle(printerSession('partial')),
};

/** An honest open note over `status` with `text` in the field chosen by `slot`. */
function noteWith(text: string, slot: number, status: 'failed' | 'partial'): ResolutionNoteSections {
  const bundle = bundles[status];
  const note = honestPrinterNote(bundle);
  const active = bundle.fixes[1]?.id ?? '';
  note.tried[1] = { fixId: active, status, summary: note.tried[1]?.summary ?? '' };
  if (slot % 3 === 0) note.summary = text;
  else if (slot % 3 === 1) note.nextSteps.push(text);
  else note.tried[1] = { fixId: active, status, summary: text };
  return note;
}

/** Whether the guard refuses `text` as a resolution claim over a failed or partial active fix. */
export function refusedAsClaim(text: string, slot: number): boolean {
  const status = slot % 2 === 0 ? 'failed' : 'partial';
  return checkFaithfulness('resolution_note', noteWith(text, slot, status), bundles[status]).some(
    (v) => v.code === 'resolution_claim',
  );
}

/** The share of `items` for which `pass` holds, per language and over all. */
export function rates<T extends { lang: string }>(
  items: readonly T[],
  pass: (item: T, i: number) => boolean,
): { all: number; byLang: Record<string, number>; failures: T[] } {
  const byLang: Record<string, number> = {};
  const failures: T[] = [];
  const counts = new Map<string, [number, number]>();
  items.forEach((item, i) => {
    const ok = pass(item, i);
    if (!ok) failures.push(item);
    const [n, total] = counts.get(item.lang) ?? [0, 0];
    counts.set(item.lang, [n + (ok ? 1 : 0), total + 1]);
  });
  for (const [lang, [n, total]] of counts) byLang[lang] = n / total;
  return { all: (items.length - failures.length) / items.length, byLang, failures };
}

/** An ordinary session as the corpora write it: fixes in order, the last one active. */
export interface SessionEntry {
  lang: string;
  problem: string;
  findings: string[];
  decisions: Array<{ text: string; rationale?: string }>;
  fixes: Array<{
    title: string;
    steps?: string[];
    outcome: FixStatus;
    failureReason?: string;
    partialNotes?: string;
  }>;
}

/** The session an entry describes. */
export function sessionOf(entry: SessionEntry, n = 1): Session {
  return session({
    id: `ses_01JD3ABCDEFGHJKMNPQRST${String(n).padStart(4, '0')}`,
    problem: entry.problem,
    findings: entry.findings,
    decisions: entry.decisions,
    fixes: entry.fixes.map((f) => ({
      title: f.title,
      status: f.outcome,
      ...(f.steps === undefined ? {} : { steps: f.steps }),
      ...(f.failureReason === undefined ? {} : { failureReason: f.failureReason }),
      ...(f.partialNotes === undefined ? {} : { partialNotes: f.partialNotes }),
    })),
  });
}

/** The guard's violations of the template's two documents for `s`: `[]` when both pass. */
export function templateViolations(s: Session): string[] {
  const bundle = buildBundle(s);
  return [
    ...checkFaithfulness('resolution_note', templateResolutionNote(bundle), bundle),
    ...checkFaithfulness('escalation_package', templateEscalationPackage(bundle), bundle),
  ].map((v) => `${v.code} at ${v.path}: ${v.message}`);
}
