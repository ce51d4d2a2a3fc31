import type { Language } from '../language/codes.js';
import type { Fix, Session } from '../model/session.js';
import { redactSecrets } from '../redaction/redact.js';
import { cut } from './cut.js';
import {
  renderActive,
  renderDecision,
  renderFinding,
  renderFixes,
  renderHead,
  renderOmitted,
} from './render.js';
import { BUNDLE_CHAR_BUDGET } from './tokens.js';
import type { Bundle, BundleDecision, BundleFinding, BundleFix } from './types.js';

/** Per-text caps, in characters, applied after masking. Longer texts are cut with a visible marker. */
export const BUNDLE_TEXT_CAPS = {
  problem: 2_000,
  finding: 600,
  decision: 400,
  rationale: 300,
} as const;

/** How much of a fix the bundle keeps. The active fix always gets the first, most generous level. */
interface FixDetail {
  title: number;
  steps: number;
  step: number;
  outcome: number;
}

const ACTIVE_FIX: FixDetail = { title: 300, steps: 20, step: 240, outcome: 1_500 };

// Other fixes are shown at the most detailed level whose fixes section still fits; a fix is never
// left out, only its steps and the tail of its texts.
const FIX_LEVELS: readonly FixDetail[] = [
  { title: 200, steps: 10, step: 200, outcome: 1_000 },
  { title: 200, steps: 3, step: 120, outcome: 400 },
  { title: 120, steps: 0, step: 0, outcome: 200 },
  { title: 60, steps: 0, step: 0, outcome: 80 },
];

/** Characters kept for findings and decisions however many fixes there are. */
const NOTES_RESERVE = 16_000;
/** The most the decisions section takes; findings keep at least as much as decisions get. */
const DECISIONS_MAX = 8_000;
const SEPARATORS = 4 * 2;

/**
 * Builds what a generator sees of `session`: every text masked with `redactSecrets` and then cut to
 * its cap (masking first, so a cut can never split a secret into unrecognisable halves), and the
 * whole sized so that `renderBundle` stays within `BUNDLE_TOKEN_BUDGET`. Fixes and their outcomes
 * come first: when the budget is tight, other fixes lose steps and text, then decisions and
 * findings from the middle of the session are left out, with a marker saying how many.
 * Deterministic: the same session always gives the same bundle.
 */
export function buildBundle(session: Session, language?: Language): Bundle {
  const redactions: Record<string, number> = {};
  const mask = (text: string, max: number): string => {
    const result = redactSecrets(text);
    for (const [kind, n] of Object.entries(result.counts)) redactions[kind] = (redactions[kind] ?? 0) + n;
    return cut(result.text, max);
  };

  const head = {
    sessionId: session.id,
    stateVersion: session.stateVersion,
    ...(language === undefined ? {} : { language }),
    problem: mask(session.problem, BUNDLE_TEXT_CAPS.problem),
  };

  // Mask each fix text once at its most generous length; levels only cut further.
  const masked = session.fixes.map((fix) => maskFix(fix, session.activeFixId, mask));
  let fixes: BundleFix[] = [];
  const fixedCost =
    renderHead(head).length +
    renderActive({ fixes: masked, activeFixId: session.activeFixId }).length +
    SEPARATORS;
  const fixesMax = BUNDLE_CHAR_BUDGET - fixedCost - NOTES_RESERVE;
  for (const level of FIX_LEVELS) {
    fixes = masked.map((fix) => (fix.active ? fix : shrinkFix(fix, level)));
    if (renderFixes(fixes).length <= fixesMax) break;
  }

  let remaining = BUNDLE_CHAR_BUDGET - fixedCost - renderFixes(fixes).length;
  const decisions = fitMiddleOut(
    session.decisions.map(
      (d): BundleDecision => ({
        id: d.id,
        text: mask(d.text, BUNDLE_TEXT_CAPS.decision),
        ...(d.rationale === undefined ? {} : { rationale: mask(d.rationale, BUNDLE_TEXT_CAPS.rationale) }),
      }),
    ),
    renderDecision,
    'DECISIONS',
    'decisions',
    Math.min(DECISIONS_MAX, Math.floor(remaining / 2)),
  );
  remaining -= decisions.cost;
  const findings = fitMiddleOut(
    session.findings.map((f): BundleFinding => ({ id: f.id, text: mask(f.text, BUNDLE_TEXT_CAPS.finding) })),
    renderFinding,
    'FINDINGS',
    'findings',
    remaining,
  );

  return {
    ...head,
    findings: findings.kept,
    findingsOmitted: findings.omitted,
    decisions: decisions.kept,
    decisionsOmitted: decisions.omitted,
    fixes,
    activeFixId: session.activeFixId,
    redactions,
  };
}

function maskFix(
  fix: Fix,
  activeFixId: string | null,
  mask: (text: string, max: number) => string,
): BundleFix {
  const active = fix.id === activeFixId;
  const detail = active ? ACTIVE_FIX : (FIX_LEVELS[0] as FixDetail);
  const full: BundleFix = {
    id: fix.id,
    title: mask(fix.title, detail.title),
    status: fix.status,
    active,
    proposedAt: fix.proposedAt,
    steps: fix.steps.slice(0, detail.steps).map((s) => mask(s, detail.step)),
    stepsOmitted: Math.max(0, fix.steps.length - detail.steps),
  };
  if (fix.appliedAt !== undefined) full.appliedAt = fix.appliedAt;
  if (fix.verifiedAt !== undefined) full.verifiedAt = fix.verifiedAt;
  if (fix.failureReason !== undefined) full.failureReason = mask(fix.failureReason, detail.outcome);
  if (fix.partialNotes !== undefined) full.partialNotes = mask(fix.partialNotes, detail.outcome);
  return full;
}

function shrinkFix(fix: BundleFix, level: FixDetail): BundleFix {
  const steps = fix.steps.slice(0, level.steps).map((s) => cut(s, level.step));
  const next: BundleFix = {
    ...fix,
    title: cut(fix.title, level.title),
    steps,
    stepsOmitted: fix.stepsOmitted + fix.steps.length - steps.length,
  };
  if (fix.failureReason !== undefined) next.failureReason = cut(fix.failureReason, level.outcome);
  if (fix.partialNotes !== undefined) next.partialNotes = cut(fix.partialNotes, level.outcome);
  return next;
}

/**
 * Keeps as many items as fit in `budget` characters of rendered section, taking them alternately
 * from the newest and the oldest end (the latest state and the first observations matter most),
 * and reports the gap in the middle.
 */
function fitMiddleOut<T>(
  items: T[],
  render: (item: T) => string,
  title: string,
  what: string,
  budget: number,
): { kept: T[]; omitted: { count: number; after: number }; cost: number } {
  const header = `${title} (${items.length} recorded)`.length;
  const costs = items.map((item) => render(item).length + 1);
  const total = header + costs.reduce((a, b) => a + b, 0);
  if (total <= budget || items.length === 0) {
    return {
      kept: items,
      omitted: { count: 0, after: 0 },
      cost: items.length === 0 ? `${title}: none recorded`.length : total,
    };
  }
  let used = header + renderOmitted(items.length, what).length + 1;
  let head = 0;
  let tail = 0;
  for (let turn = 0; head + tail < items.length; turn++) {
    const fromTail = turn % 2 === 0;
    const index = fromTail ? items.length - 1 - tail : head;
    const cost = costs[index] ?? 0;
    if (used + cost > budget) break;
    used += cost;
    if (fromTail) tail++;
    else head++;
  }
  const kept = [...items.slice(0, head), ...items.slice(items.length - tail)];
  return { kept, omitted: { count: items.length - kept.length, after: head }, cost: used };
}
