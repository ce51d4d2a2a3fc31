import type { Bundle, BundleFix } from '../bundle/types.js';
import type { EscalationPackageSections, ResolutionNoteSections, TriedFix } from './schemas.js';
import { ESCALATION_SECTION_TITLES } from './schemas.js';

// Markdown is rendered by core, deterministically, from the checked sections and the bundle. The
// fix titles, outcomes, failure reasons, partial notes and times in a note are the recorded ones:
// a generator words the summaries, it cannot restate an outcome.

/** `2026-11-25T09:10:00.000Z` → `2026-11-25 09:10 UTC`. */
export function formatTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** The recorded outcome of a fix in words: status first, then its reason or notes. */
function outcomeWords(fix: BundleFix): string {
  switch (fix.status) {
    case 'success':
      return fix.verifiedAt === undefined ? 'worked' : `worked (verified ${formatTime(fix.verifiedAt)})`;
    case 'failed':
      return `did not fix it${fix.failureReason === undefined ? '' : `: ${fix.failureReason}`}`;
    case 'partial':
      return `helped only in part${fix.partialNotes === undefined ? '' : `: ${fix.partialNotes}`}`;
    default:
      return 'not applied yet';
  }
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

function triedLine(entry: TriedFix, fixes: Map<string, BundleFix>, internal: boolean): string {
  const fix = fixes.get(entry.fixId);
  if (fix === undefined) return `- ${sentence(entry.summary)}`;
  const applied = internal && fix.appliedAt !== undefined ? ` (applied ${formatTime(fix.appliedAt)})` : '';
  return `- **${fix.title}**${applied} — ${sentence(outcomeWords(fix))} ${sentence(entry.summary)}`;
}

const list = (items: string[], ordered: boolean) =>
  items.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${sentence(item)}`).join('\n');

/** Renders a resolution note. */
export function renderResolutionNote(note: ResolutionNoteSections, bundle: Bundle): string {
  const fixes = new Map(bundle.fixes.map((f) => [f.id, f]));
  const parts: string[] = [];
  // The framing is core's, from the record: a note over an active fix that is not a recorded
  // success is a status update whatever its sections say (the guard rejects such sections anyway).
  const active = bundle.fixes.find((f) => f.id === bundle.activeFixId);
  if (active?.status === 'success' && note.outcome === 'resolved' && note.resolution !== null) {
    const fix = fixes.get(note.resolution.fixId);
    parts.push(`## Resolution\n\n${sentence(note.summary)}`);
    parts.push(
      `**What fixed it:** ${fix === undefined ? '' : `${fix.title}. `}${sentence(note.resolution.whatFixedIt)}`,
    );
    parts.push(`**How we confirmed it:** ${sentence(note.resolution.howConfirmed)}`);
    const others = note.tried.filter((t) => t.fixId !== note.resolution?.fixId);
    if (others.length > 0) {
      parts.push(`### What else we tried\n\n${others.map((t) => triedLine(t, fixes, false)).join('\n')}`);
    }
  } else {
    parts.push(`## Status update: not resolved yet\n\n${sentence(note.summary)}`);
    const tried = note.tried.map((t) => triedLine(t, fixes, false));
    parts.push(`### What we've tried\n\n${tried.length > 0 ? tried.join('\n') : '- Nothing applied yet.'}`);
  }
  if (note.nextSteps.length > 0) parts.push(`### Next steps\n\n${list(note.nextSteps, true)}`);
  return `${parts.join('\n\n')}\n`;
}

/** Renders an escalation package: the five sections, always all five, always in this order. */
export function renderEscalationPackage(pkg: EscalationPackageSections, bundle: Bundle): string {
  const fixes = new Map(bundle.fixes.map((f) => [f.id, f]));
  const [problem, confirmed, tried, hypothesis, next] = ESCALATION_SECTION_TITLES;
  const bodies = [
    sentence(pkg.problem),
    pkg.confirmed.length > 0
      ? list(pkg.confirmed, false)
      : '- Nothing confirmed yet beyond the problem as reported.',
    pkg.tried.length > 0
      ? pkg.tried.map((t) => triedLine(t, fixes, true)).join('\n')
      : '- No fix applied yet.',
    sentence(pkg.hypothesis),
    list(pkg.nextSteps, true),
  ];
  return `${[problem, confirmed, tried, hypothesis, next].map((title, i) => `## ${title}\n\n${bodies[i]}`).join('\n\n')}\n`;
}
