import type { Bundle, BundleFix } from '../bundle/types.js';
import { normalized } from '../text/normalize.js';
import { findUnrecordedAction } from './actions.js';
import { findResolutionClaim } from './closure.js';
import type { PreviewKind } from './kinds.js';
import type { EscalationPackageSections, ResolutionNoteSections, TriedFix } from './schemas.js';

/** Why a generator's output was rejected. Names ids and statuses, never free text of the output. */
export interface Violation {
  code:
    | 'schema'
    | 'unknown_fix'
    | 'outcome_mismatch'
    | 'duplicate_fix'
    | 'missing_fix'
    | 'resolution_claim'
    | 'unrecorded_action'
    | 'missing_resolution'
    | 'missing_next_steps';
  /** Where in the sections, e.g. `tried.1.status`. */
  path: string;
  message: string;
}

/** The sections of either preview kind, checked by {@link checkFaithfulness}. */
export type PreviewSections = ResolutionNoteSections | EscalationPackageSections;

const FIX_ID_IN_TEXT = /\bfix_[0-9A-HJKMNP-TV-Z]{26}\b/g;

/**
 * The faithfulness guard. Returns every way `sections` misrepresent the session, or `[]`:
 * - each fix it mentions (by `fixId`, or an id written in the text) is a recorded fix, listed
 *   once, with its recorded status (a fix still `proposed` was not tried and may not be listed);
 * - unless the active fix is a recorded `success`, no text claims the issue is resolved (in any
 *   language the claim check knows; text of the record counts unless cited, or listed as such
 *   under the escalation package's problem and confirmed facts), a resolution note says
 *   `not_resolved`, has no `resolution` and has next steps, and it lists the
 *   active fix when that one failed or partly worked;
 * - when the active fix is a `success`, a resolution note is `resolved` and names that fix;
 * - no text tells of work as done that the record does not hold (the problem, findings, decisions
 *   and applied fixes count; a planned fix told as done does not);
 * - an escalation package lists every applied fix.
 */
export function checkFaithfulness(kind: PreviewKind, sections: PreviewSections, bundle: Bundle): Violation[] {
  const fixes = new Map(bundle.fixes.map((f) => [f.id, f]));
  const active = bundle.activeFixId === null ? undefined : fixes.get(bundle.activeFixId);
  const resolved = active?.status === 'success';
  const violations: Violation[] = [...checkTried(sections.tried, fixes)];
  const record = recordedText(bundle);

  for (const [path, text] of texts(sections)) {
    for (const match of text.matchAll(FIX_ID_IN_TEXT)) {
      if (!fixes.has(match[0])) {
        violations.push({
          code: 'unknown_fix',
          path,
          message: `mentions ${match[0]}, which is not a recorded fix`,
        });
      }
    }
    const action = findUnrecordedAction(text, bundle, record);
    if (action !== null) {
      violations.push({
        code: 'unrecorded_action',
        path,
        message: `tells of work as done ("${action}") that the record does not hold`,
      });
    }
    if (!resolved && !listsTheRecord(path, text, bundle)) {
      const claim = findResolutionClaim(text, record);
      if (claim !== null) {
        violations.push({
          code: 'resolution_claim',
          path,
          message: `claims the issue is resolved ("${claim}") but the active fix is ${active?.status ?? 'missing'}`,
        });
      }
    }
  }

  violations.push(...KIND_RULES[kind](sections, bundle, fixes, active));
  return violations;
}

type KindRule = (
  sections: PreviewSections,
  bundle: Bundle,
  fixes: Map<string, BundleFix>,
  active: BundleFix | undefined,
) => Violation[];

// The rules only one kind has, keyed by kind like the kind table (kinds.ts). They stay here: the
// table holding them would import the guard, which imports the table's kinds.
const KIND_RULES: Record<PreviewKind, KindRule> = {
  resolution_note: (sections, _bundle, fixes, active) =>
    checkResolutionNote(sections as ResolutionNoteSections, fixes, active),
  escalation_package: (sections, bundle) => checkEscalationPackage(sections, bundle),
};

/** An escalation package lists every applied fix. */
function checkEscalationPackage(sections: PreviewSections, bundle: Bundle): Violation[] {
  const violations: Violation[] = [];
  const listed = new Set(sections.tried.map((t) => t.fixId));
  for (const fix of bundle.fixes) {
    if (fix.status !== 'proposed' && !listed.has(fix.id)) {
      violations.push({
        code: 'missing_fix',
        path: 'tried',
        message: `leaves out ${fix.id} (${fix.status})`,
      });
    }
  }
  return violations;
}

function checkTried(tried: TriedFix[], fixes: Map<string, BundleFix>): Violation[] {
  const violations: Violation[] = [];
  const seen = new Set<string>();
  tried.forEach((entry, i) => {
    const fix = fixes.get(entry.fixId);
    if (fix === undefined) {
      violations.push({
        code: 'unknown_fix',
        path: `tried.${i}.fixId`,
        message: `${entry.fixId} is not a recorded fix`,
      });
      return;
    }
    if (seen.has(entry.fixId)) {
      violations.push({
        code: 'duplicate_fix',
        path: `tried.${i}.fixId`,
        message: `${entry.fixId} is listed twice`,
      });
    }
    seen.add(entry.fixId);
    if (entry.status !== fix.status) {
      violations.push({
        code: 'outcome_mismatch',
        path: `tried.${i}.status`,
        message: `${entry.fixId} is recorded as ${fix.status}, not ${entry.status}`,
      });
    }
  });
  return violations;
}

function checkResolutionNote(
  note: ResolutionNoteSections,
  fixes: Map<string, BundleFix>,
  active: BundleFix | undefined,
): Violation[] {
  const violations: Violation[] = [];
  if (note.resolution !== null && !fixes.has(note.resolution.fixId)) {
    violations.push({
      code: 'unknown_fix',
      path: 'resolution.fixId',
      message: `${note.resolution.fixId} is not a recorded fix`,
    });
  }
  if (active?.status === 'success') {
    if (note.outcome !== 'resolved') {
      violations.push({
        code: 'missing_resolution',
        path: 'outcome',
        message: 'the active fix succeeded: outcome must be resolved',
      });
    }
    if (note.resolution === null) {
      violations.push({
        code: 'missing_resolution',
        path: 'resolution',
        message: 'the active fix succeeded: say what fixed it and how it was confirmed',
      });
    } else if (note.resolution.fixId !== active.id && fixes.has(note.resolution.fixId)) {
      violations.push({
        code: 'outcome_mismatch',
        path: 'resolution.fixId',
        message: `the fix that resolved the issue is the active fix ${active.id}, not ${note.resolution.fixId}`,
      });
    }
    return violations;
  }
  const status = active?.status ?? 'missing';
  if (note.outcome === 'resolved') {
    violations.push({
      code: 'resolution_claim',
      path: 'outcome',
      message: `outcome is resolved but the active fix is ${status}`,
    });
  }
  if (note.resolution !== null) {
    violations.push({
      code: 'resolution_claim',
      path: 'resolution',
      message: `names a resolution but the active fix is ${status}`,
    });
  }
  if (note.nextSteps.length === 0) {
    violations.push({
      code: 'missing_next_steps',
      path: 'nextSteps',
      message: 'an unresolved note needs next steps',
    });
  }
  if (active !== undefined && (active.status === 'failed' || active.status === 'partial')) {
    if (!note.tried.some((t) => t.fixId === active.id)) {
      violations.push({
        code: 'missing_fix',
        path: 'tried',
        message: `leaves out the active fix ${active.id} (${active.status})`,
      });
    }
  }
  return violations;
}

const comparable = (text: string) =>
  normalized(text)
    .toLowerCase()
    .replace(/[\s.…]+$/, '')
    .trim();

/**
 * Whether `text` at `path` is the record itself, listed where the document's structure says so:
 * the escalation package's problem (the recorded problem) and confirmed facts (the recorded
 * findings and decisions, possibly cut to their first sentence). Their headings frame them as the
 * record, so a finding such as "printing works again for 30 seconds, then stops" may be listed.
 */
function listsTheRecord(path: string, text: string, bundle: Bundle): boolean {
  const bare = comparable(text);
  if (bare.length === 0) return false;
  if (path === 'problem') return comparable(bundle.problem).includes(bare);
  if (!/^confirmed\.\d+$/.test(path)) return false;
  return [...bundle.findings.map((f) => f.text), ...bundle.decisions.map((d) => d.text)].some((t) =>
    comparable(t).includes(bare),
  );
}

/** Every recorded text of the session, for telling a quotation of the record from a claim. */
export function recordedText(bundle: Bundle): string {
  const parts = [bundle.problem];
  for (const f of bundle.findings) parts.push(f.text);
  for (const d of bundle.decisions) parts.push(d.text, d.rationale ?? '');
  for (const f of bundle.fixes) parts.push(f.title, ...f.steps, f.failureReason ?? '', f.partialNotes ?? '');
  return parts.join('\n');
}

/** Every free text in the sections with its path. */
function texts(sections: PreviewSections): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.push([path, value]);
    else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(v, `${path}.${i}`);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k !== 'fixId' && k !== 'status' && k !== 'outcome') walk(v, path === '' ? k : `${path}.${k}`);
      }
    }
  };
  walk(sections, '');
  return out;
}
