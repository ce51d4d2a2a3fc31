import type { Bundle, BundleFix } from '../bundle/types.js';
import type { Language } from '../language/codes.js';
import { fill, gist, plural, quote, sentences } from './phrases/grammar.js';
import { phrasesFor } from './phrases/table.js';
import type { Phrases } from './phrases/types.js';
import { formatTime } from './render.js';
import type { EscalationPackageSections, ResolutionNoteSections, TriedFix } from './schemas.js';

// The template generator's sections, written from the record alone with the same rules and schemas
// a model follows, in the bundle's language: the words come from that language's phrase table
// (phrases/), the choices of what to say from here. The kind table (kinds.ts) names the builder
// for each kind.

/** The words and the language a template section is written with. */
interface Voice {
  language: Language;
  p: Phrases;
}

const voiceOf = (bundle: Bundle): Voice => {
  const language = bundle.language ?? 'en';
  return { language, p: phrasesFor(language) };
};

/**
 * What was done, beyond the title and outcome core prints next to it: the steps for an engineer,
 * the date for a customer.
 */
function summaryOf({ language, p }: Voice, fix: BundleFix, internal: boolean): string {
  if (!internal) {
    return fix.appliedAt === undefined
      ? p.appliedAsPlanned
      : fill(p.appliedOn, { date: fix.appliedAt.slice(0, 10) });
  }
  if (fix.steps.length === 0) return p.noSteps;
  const more = fix.stepsOmitted > 0 ? plural(language, p.moreSteps, fix.stepsOmitted) : '';
  // Quoted: a recorded step ("Confirmed the issue has been resolved") is cited, not asserted.
  const steps = fix.steps
    .slice(0, 5)
    .map((step) => quote(p, step, 100))
    .join(p.listSeparator);
  return `${fill(p.steps, { steps: `${steps}${fix.steps.length > 5 ? ' …' : ''}` })}${more}`;
}

function tried(voice: Voice, bundle: Bundle, internal: boolean, except?: string): TriedFix[] {
  return bundle.fixes
    .filter(
      (f): f is BundleFix & { status: TriedFix['status'] } => f.status !== 'proposed' && f.id !== except,
    )
    .map((f) => ({ fixId: f.id, status: f.status, summary: summaryOf(voice, f, internal) }));
}

function activeFix(bundle: Bundle): BundleFix | undefined {
  return bundle.fixes.find((f) => f.id === bundle.activeFixId);
}

/** The escalation's next steps: planned fixes first, then what the active fix left open. */
function nextSteps({ p }: Voice, bundle: Bundle, active: BundleFix | undefined): string[] {
  const steps: string[] = [];
  for (const fix of bundle.fixes) {
    if (fix.status === 'proposed') steps.push(fill(p.applyPlanned, { fix: quote(p, fix.title) }));
  }
  if (active?.status === 'failed') {
    steps.push(
      active.failureReason === undefined
        ? fill(p.findOutWhy, { fix: quote(p, active.title) })
        : fill(p.findOutWhyReason, {
            fix: quote(p, active.title),
            reason: quote(p, active.failureReason, 200),
          }),
    );
  } else if (active?.status === 'partial') {
    steps.push(
      active.partialNotes === undefined
        ? p.workOnRest
        : fill(p.workOnRestNotes, { notes: quote(p, active.partialNotes, 200) }),
    );
  } else if (active === undefined) {
    steps.push(p.diagnose);
  }
  steps.push(p.checkFindings);
  return steps.slice(0, 10);
}

/**
 * The template's resolution note. Closure language only over a successful active fix. Over any
 * other outcome a resolution note is posted only when the technician closes the ticket anyway
 * (`confirmUnresolved: true`), so it says so: the ticket is being closed without a confirmed fix,
 * what was tried (listed with each recorded outcome) and how to reopen it. It never promises
 * further work on a ticket that is being closed.
 */
export function templateResolutionNote(bundle: Bundle): ResolutionNoteSections {
  const voice = voiceOf(bundle);
  const { language, p } = voice;
  const active = activeFix(bundle);
  const problem = quote(p, bundle.problem);
  if (active?.status === 'success') {
    const steps =
      active.steps.length > 0
        ? fill(p.stepsTaken, { steps: active.steps.map((s) => gist(s, 120)).join(p.listSeparator) })
        : '';
    return {
      outcome: 'resolved',
      summary: fill(p.resolvedSummary, { problem }),
      resolution: {
        fixId: active.id,
        whatFixedIt: sentences(p, p.whatFixedIt, steps),
        howConfirmed:
          active.verifiedAt !== undefined
            ? fill(p.verifiedOn, { time: formatTime(active.verifiedAt) })
            : active.appliedAt === undefined
              ? p.recordedWorking
              : fill(p.recordedWorkingOn, { time: formatTime(active.appliedAt) }),
      },
      tried: tried(voice, bundle, false, active.id),
      nextSteps: [p.ifItComesBack],
    };
  }
  const applied = tried(voice, bundle, false);
  const where =
    active === undefined
      ? p.closingNoFix
      : fill(
          active.status === 'failed'
            ? p.closingFailed
            : active.status === 'partial'
              ? p.closingPartial
              : p.closingProposed,
          { fix: quote(p, active.title) },
        );
  const triedWords = applied.length === 0 ? '' : plural(language, p.closingTried, applied.length);
  const planned = bundle.fixes
    .filter((f) => f.status === 'proposed')
    .map((f) => fill(p.closingPlanned, { fix: quote(p, f.title) }));
  return {
    outcome: 'not_resolved',
    summary: sentences(p, fill(p.closingIntro, { problem }), where, triedWords),
    resolution: null,
    tried: applied,
    nextSteps: [...planned.slice(0, 9), p.reopen],
  };
}

function hypothesis({ language, p }: Voice, bundle: Bundle, active: BundleFix | undefined): string {
  const decision = bundle.decisions.at(-1);
  const fix = active === undefined ? '' : quote(p, active.title);
  const failed = bundle.fixes.filter((f) => f.status === 'failed').length;
  const base =
    active === undefined
      ? p.hypothesisNone
      : active.status === 'success'
        ? fill(p.hypothesisSuccess, { fix })
        : active.status === 'partial'
          ? fill(p.hypothesisPartial, { fix })
          : active.status === 'failed'
            ? plural(language, p.hypothesisFailed, failed, { fix })
            : fill(p.hypothesisProposed, { fix });
  if (decision === undefined) return base;
  const latest =
    decision.rationale === undefined
      ? fill(p.latestDecision, { decision: quote(p, decision.text, 300) })
      : fill(p.latestDecisionWhy, {
          decision: quote(p, decision.text, 300),
          rationale: quote(p, decision.rationale, 200),
        });
  return sentences(p, `${base}${p.fullStop}`, latest);
}

/** The template's escalation package: all five sections, from the record alone. */
export function templateEscalationPackage(bundle: Bundle): EscalationPackageSections {
  const voice = voiceOf(bundle);
  const active = activeFix(bundle);
  // At most 40 entries; past that, the oldest and newest findings and a count of the rest.
  const findings = bundle.findings.map((f) => gist(f.text, 380));
  const hidden = bundle.findingsOmitted.count + Math.max(0, findings.length - 39);
  const confirmed =
    hidden > bundle.findingsOmitted.count ? [...findings.slice(0, 20), ...findings.slice(-19)] : findings;
  if (hidden > 0) confirmed.push(plural(voice.language, voice.p.furtherFindings, hidden));
  return {
    problem: bundle.problem.length > 1_500 ? `${bundle.problem.slice(0, 1_499)}…` : bundle.problem,
    confirmed,
    tried: tried(voice, bundle, true),
    hypothesis: hypothesis(voice, bundle, active),
    nextSteps: nextSteps(voice, bundle, active),
  };
}
