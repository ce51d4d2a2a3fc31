import type { Bundle, BundleDecision, BundleFinding, BundleFix } from './types.js';

// The text a model reads. Plain labelled lines rather than JSON: about a third fewer tokens for the
// same facts, and every recorded text is indented under its label, so a finding that happens to
// contain "FIXES" or "status: success" cannot pass for structure. Pure and deterministic: the same
// bundle always renders to the same string.

const BODY = '      ';

// The prompt wraps the record in <session> … </session>. A recorded text that holds "</session>"
// (or any tag, in any look-alike of "<") must not close that block: the "<" of anything shaped
// like a tag is written as "&lt;", which a model reads as the character and never as markup.
const TAG_OPENER = /[<\uFF1C\uFE64\u2329\u3008\u27E8](?=\s*\/?\s*[\p{L}_!?])/gu;

/** A recorded text as the prompt holds it: tags defused, continuation lines indented. */
function block(text: string, prefix: string): string {
  return text.replace(TAG_OPENER, '&lt;').replace(/\r\n?/g, '\n').replaceAll('\n', `\n${prefix}`);
}

export function renderFinding(finding: BundleFinding): string {
  return `  [${finding.id}] ${block(finding.text, BODY)}`;
}

export function renderDecision(decision: BundleDecision): string {
  const rationale =
    decision.rationale === undefined ? '' : `\n${BODY}rationale: ${block(decision.rationale, BODY)}`;
  return `  [${decision.id}] ${block(decision.text, BODY)}${rationale}`;
}

export function renderFix(fix: BundleFix): string {
  const lines = [`  [${fix.id}]${fix.active ? ' (ACTIVE FIX)' : ''} ${block(fix.title, BODY)}`];
  lines.push(`${BODY}status: ${fix.status}`);
  lines.push(`${BODY}proposed: ${fix.proposedAt}`);
  if (fix.appliedAt !== undefined) lines.push(`${BODY}applied: ${fix.appliedAt}`);
  if (fix.verifiedAt !== undefined) lines.push(`${BODY}verified: ${fix.verifiedAt}`);
  if (fix.failureReason !== undefined) lines.push(`${BODY}failure reason: ${block(fix.failureReason, BODY)}`);
  if (fix.partialNotes !== undefined) lines.push(`${BODY}partial notes: ${block(fix.partialNotes, BODY)}`);
  fix.steps.forEach((step, i) => {
    lines.push(`${BODY}step ${i + 1}: ${block(step, `${BODY}  `)}`);
  });
  if (fix.stepsOmitted > 0) lines.push(`${BODY}… ${fix.stepsOmitted} more steps omitted (size budget)`);
  return lines.join('\n');
}

export function renderOmitted(count: number, what: string): string {
  return `  … ${count} ${what} omitted to fit the size budget …`;
}

/** The lines before the findings: session, version and problem. */
export function renderHead(bundle: Pick<Bundle, 'sessionId' | 'stateVersion' | 'problem'>): string {
  return `SESSION ${bundle.sessionId} (state version ${bundle.stateVersion})\n\nPROBLEM\n  ${block(bundle.problem, '  ')}`;
}

/** The closing line that names the active fix and its outcome once more. */
export function renderActive(bundle: Pick<Bundle, 'fixes' | 'activeFixId'>): string {
  const active = bundle.fixes.find((f) => f.id === bundle.activeFixId);
  return active === undefined ? 'ACTIVE FIX: none' : `ACTIVE FIX: [${active.id}] status ${active.status}`;
}

function section<T>(
  title: string,
  items: T[],
  omitted: { count: number; after: number },
  render: (item: T) => string,
  what: string,
): string {
  const total = items.length + omitted.count;
  if (total === 0) return `${title}: none recorded`;
  const lines = items.map(render);
  if (omitted.count > 0) lines.splice(omitted.after, 0, renderOmitted(omitted.count, what));
  return `${title} (${total} recorded)\n${lines.join('\n')}`;
}

/** Renders the fixes section alone (used when sizing it). */
export function renderFixes(fixes: BundleFix[]): string {
  return section('FIXES, in the order proposed', fixes, { count: 0, after: 0 }, renderFix, 'fixes');
}

/** Renders a bundle as the text a generator reads. */
export function renderBundle(bundle: Bundle): string {
  return [
    renderHead(bundle),
    section('FINDINGS', bundle.findings, bundle.findingsOmitted, renderFinding, 'findings'),
    section('DECISIONS', bundle.decisions, bundle.decisionsOmitted, renderDecision, 'decisions'),
    renderFixes(bundle.fixes),
    renderActive(bundle),
  ].join('\n\n');
}
