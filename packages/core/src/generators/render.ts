import type { Bundle, BundleFix } from '../bundle/types.js';
import { fill, sentence, sentences } from './phrases/grammar.js';
import { phrasesFor } from './phrases/table.js';
import type { Phrases } from './phrases/types.js';
import type { EscalationPackageSections, ResolutionNoteSections, TriedFix } from './schemas.js';

// Markdown is rendered by core, deterministically, from the checked sections and the bundle. The
// fix titles, outcomes, failure reasons, partial notes and times in a note are the recorded ones:
// a generator words the summaries, it cannot restate an outcome. Headings and outcome words are in
// the bundle's language (phrases/).

/** `2026-11-25T09:10:00.000Z` → `2026-11-25 09:10 UTC`. */
export function formatTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** The recorded outcome of a fix in words: status first, then its reason or notes. */
function outcomeWords(p: Phrases, fix: BundleFix): string {
  switch (fix.status) {
    case 'success':
      return fix.verifiedAt === undefined
        ? p.outcomeWorked
        : fill(p.outcomeWorkedVerified, { time: formatTime(fix.verifiedAt) });
    case 'failed':
      return fix.failureReason === undefined
        ? p.outcomeFailed
        : fill(p.outcomeFailedReason, { reason: fix.failureReason });
    case 'partial':
      return fix.partialNotes === undefined
        ? p.outcomePartial
        : fill(p.outcomePartialNotes, { notes: fix.partialNotes });
    default:
      return p.outcomeNotApplied;
  }
}

function triedLine(p: Phrases, entry: TriedFix, fixes: Map<string, BundleFix>, internal: boolean): string {
  const fix = fixes.get(entry.fixId);
  if (fix === undefined) return `- ${sentence(p, entry.summary)}`;
  const applied =
    internal && fix.appliedAt !== undefined
      ? ` ${fill(p.appliedAt, { time: formatTime(fix.appliedAt) })}`
      : '';
  return `- **${fix.title}**${applied} — ${sentences(p, sentence(p, outcomeWords(p, fix)), sentence(p, entry.summary))}`;
}

const list = (p: Phrases, items: string[], ordered: boolean) =>
  items.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${sentence(p, item)}`).join('\n');

/**
 * Renders a resolution note, with headings and outcomes in the bundle's language. Over an active
 * fix that is not a success the note is posted only to close the ticket anyway, so its heading
 * says it is closed without a confirmed fix.
 */
export function renderResolutionNote(note: ResolutionNoteSections, bundle: Bundle): string {
  const p = phrasesFor(bundle.language);
  const fixes = new Map(bundle.fixes.map((f) => [f.id, f]));
  const parts: string[] = [];
  // The framing is core's, from the record: a note over an active fix that is not a recorded
  // success is never framed as a resolution whatever its sections say (the guard rejects such
  // sections anyway).
  const active = bundle.fixes.find((f) => f.id === bundle.activeFixId);
  if (active?.status === 'success' && note.outcome === 'resolved' && note.resolution !== null) {
    const fix = fixes.get(note.resolution.fixId);
    parts.push(`## ${p.headingResolution}\n\n${sentence(p, note.summary)}`);
    parts.push(
      `**${p.labelWhatFixedIt}:** ${sentences(p, fix === undefined ? '' : sentence(p, fix.title), sentence(p, note.resolution.whatFixedIt))}`,
    );
    parts.push(`**${p.labelHowConfirmed}:** ${sentence(p, note.resolution.howConfirmed)}`);
    const others = note.tried.filter((t) => t.fixId !== note.resolution?.fixId);
    if (others.length > 0) {
      parts.push(
        `### ${p.headingWhatElseTried}\n\n${others.map((t) => triedLine(p, t, fixes, false)).join('\n')}`,
      );
    }
  } else {
    parts.push(`## ${p.headingClosedUnresolved}\n\n${sentence(p, note.summary)}`);
    const tried = note.tried.map((t) => triedLine(p, t, fixes, false));
    parts.push(
      `### ${p.headingWhatWeTried}\n\n${tried.length > 0 ? tried.join('\n') : `- ${p.nothingApplied}`}`,
    );
  }
  if (note.nextSteps.length > 0) parts.push(`### ${p.headingNextSteps}\n\n${list(p, note.nextSteps, true)}`);
  return `${parts.join('\n\n')}\n`;
}

/** Renders an escalation package: the five sections, always all five, always in this order. */
export function renderEscalationPackage(pkg: EscalationPackageSections, bundle: Bundle): string {
  const p = phrasesFor(bundle.language);
  const fixes = new Map(bundle.fixes.map((f) => [f.id, f]));
  const bodies = [
    sentence(p, pkg.problem),
    pkg.confirmed.length > 0 ? list(p, pkg.confirmed, false) : `- ${p.nothingConfirmed}`,
    pkg.tried.length > 0
      ? pkg.tried.map((t) => triedLine(p, t, fixes, true)).join('\n')
      : `- ${p.noFixApplied}`,
    sentence(p, pkg.hypothesis),
    list(p, pkg.nextSteps, true),
  ];
  return `${p.escalationTitles.map((title, i) => `## ${title}\n\n${bodies[i]}`).join('\n\n')}\n`;
}
