import type { Bundle, BundleFix } from '../bundle/types.js';
import { formatTime } from './render.js';
import type { EscalationPackageSections, ResolutionNoteSections, TriedFix } from './schemas.js';

// The template generator's wording: sections written from the record alone, with the same rules
// and schemas a model follows. The kind table (kinds.ts) names the builder for each kind.

/** The first sentence of a text, at most `max` characters, for use inside another sentence. */
function gist(text: string, max = 200): string {
  const first = text.split(/(?<=[.!?])\s|\n/)[0]?.trim() ?? '';
  const short = first.length > max ? `${first.slice(0, max - 1).trimEnd()}…` : first;
  return short.replace(/[.!?]$/, '');
}

/** Recorded text quoted inside a template sentence; the guard knows a quotation from a claim. */
const quote = (text: string, max = 160) => `“${gist(text, max)}”`;

/**
 * What was done, beyond the title and outcome core prints next to it: the steps for an engineer,
 * the date for a customer.
 */
function summaryOf(fix: BundleFix, internal: boolean): string {
  if (!internal)
    return fix.appliedAt === undefined ? 'Applied as planned' : `Applied on ${fix.appliedAt.slice(0, 10)}`;
  if (fix.steps.length === 0) return 'No steps were recorded';
  const more = fix.stepsOmitted > 0 ? ` and ${fix.stepsOmitted} more` : '';
  // Quoted: a recorded step ("Confirmed the issue has been resolved") is cited, not asserted.
  return `Steps: ${fix.steps
    .slice(0, 5)
    .map((step) => quote(step, 100))
    .join('; ')}${fix.steps.length > 5 ? ' …' : ''}${more}`;
}

function tried(bundle: Bundle, internal: boolean, except?: string): TriedFix[] {
  return bundle.fixes
    .filter(
      (f): f is BundleFix & { status: TriedFix['status'] } => f.status !== 'proposed' && f.id !== except,
    )
    .map((f) => ({ fixId: f.id, status: f.status, summary: summaryOf(f, internal) }));
}

function activeFix(bundle: Bundle): BundleFix | undefined {
  return bundle.fixes.find((f) => f.id === bundle.activeFixId);
}

/** Next steps that follow from the record: planned fixes first, then what the active fix left open. */
function nextSteps(bundle: Bundle, active: BundleFix | undefined, internal: boolean): string[] {
  const steps: string[] = [];
  for (const fix of bundle.fixes) {
    if (fix.status === 'proposed') {
      steps.push(`Apply the planned fix ${quote(fix.title)} and check whether the problem is gone`);
    }
  }
  if (active?.status === 'failed') {
    steps.push(
      internal
        ? `Find out why ${quote(active.title)} did not help${active.failureReason === undefined ? '' : ` (${quote(active.failureReason, 200)})`} before trying a different fix`
        : `Look into why ${quote(active.title)} did not help and try a different fix`,
    );
  } else if (active?.status === 'partial') {
    steps.push(
      `Work on what still does not work${active.partialNotes === undefined ? '' : `: ${quote(active.partialNotes, 200)}`}`,
    );
  } else if (active === undefined) {
    steps.push('Continue diagnosing the cause and propose a first fix');
  }
  steps.push(
    internal
      ? 'Check the findings above before repeating a fix that was already tried'
      : 'We will update this ticket as soon as there is progress',
  );
  return steps.slice(0, 10);
}

/** The template's resolution note: closure language only over a successful active fix. */
export function templateResolutionNote(bundle: Bundle): ResolutionNoteSections {
  const active = activeFix(bundle);
  const problem = quote(bundle.problem);
  const open = `The issue you reported (${problem}) is still open.`;
  if (active?.status === 'success') {
    const steps =
      active.steps.length > 0 ? ` Steps taken: ${active.steps.map((s) => gist(s, 120)).join('; ')}.` : '';
    return {
      outcome: 'resolved',
      summary: `We have resolved the issue you reported (${problem}).`,
      resolution: {
        fixId: active.id,
        whatFixedIt: `We applied this fix and it solved the problem.${steps}`,
        howConfirmed:
          active.verifiedAt !== undefined
            ? `We verified that everything works as expected on ${formatTime(active.verifiedAt)}`
            : `The fix was recorded as working when it was applied${active.appliedAt === undefined ? '' : ` on ${formatTime(active.appliedAt)}`}; no separate check was recorded`,
      },
      tried: tried(bundle, false, active.id),
      nextSteps: ['If the problem comes back, reply to this ticket and we will pick it up again'],
    };
  }
  let summary: string;
  if (active === undefined) summary = `${open} We are still working out the cause.`;
  else if (active.status === 'failed') {
    summary = `${open} Our latest attempt, ${quote(active.title)}, did not solve it, and we are continuing to work on it.`;
  } else if (active.status === 'partial') {
    summary = `${open} Our latest attempt, ${quote(active.title)}, improved things but did not fully solve it.`;
  } else {
    summary = `${open} We have planned a fix, ${quote(active.title)}, that has not been applied yet.`;
  }
  return {
    outcome: 'not_resolved',
    summary,
    resolution: null,
    tried: tried(bundle, false),
    nextSteps: nextSteps(bundle, active, false),
  };
}

function hypothesis(bundle: Bundle, active: BundleFix | undefined): string {
  const decision = bundle.decisions.at(-1);
  const failed = bundle.fixes.filter((f) => f.status === 'failed').length;
  const base =
    active === undefined
      ? 'No fix has been proposed yet, so there is no working theory beyond the findings'
      : active.status === 'success'
        ? `${quote(active.title)} worked, which points at what it changed as the cause`
        : active.status === 'partial'
          ? `${quote(active.title)} helped only in part, so the cause is probably related to what it changed but not fully addressed by it`
          : active.status === 'failed'
            ? `The cause is not identified yet: ${failed} fix${failed === 1 ? '' : 'es'} failed, most recently ${quote(active.title)}, which makes what ${failed === 1 ? 'it' : 'they'} addressed a less likely cause`
            : `${quote(active.title)} is planned but untested, so the working theory is the one it is based on`;
  return decision === undefined
    ? base
    : `${base}. Latest recorded decision: ${quote(decision.text, 300)}${decision.rationale === undefined ? '' : ` (${quote(decision.rationale, 200)})`}`;
}

/** The template's escalation package: all five sections, from the record alone. */
export function templateEscalationPackage(bundle: Bundle): EscalationPackageSections {
  const active = activeFix(bundle);
  // At most 40 entries; past that, the oldest and newest findings and a count of the rest.
  const findings = bundle.findings.map((f) => gist(f.text, 380));
  const hidden = bundle.findingsOmitted.count + Math.max(0, findings.length - 39);
  const confirmed =
    hidden > bundle.findingsOmitted.count ? [...findings.slice(0, 20), ...findings.slice(-19)] : findings;
  if (hidden > 0) confirmed.push(`${hidden} further findings are recorded in the session`);
  return {
    problem: bundle.problem.length > 1_500 ? `${bundle.problem.slice(0, 1_499)}…` : bundle.problem,
    confirmed,
    tried: tried(bundle, true),
    hypothesis: hypothesis(bundle, active),
    nextSteps: nextSteps(bundle, active, true),
  };
}
