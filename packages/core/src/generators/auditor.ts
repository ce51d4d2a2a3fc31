import type { Bundle } from '../bundle/types.js';
import { normalized } from '../text/normalize.js';
import { recordedText, type Violation } from './guard.js';
import type { PreviewKind } from './kinds.js';
import type { TokenUsage } from './types.js';

// A second opinion on closure language, from a model: the lexical guard knows claim shapes in the
// languages it has words for; an auditor reads each sentence and says whether it asserts that the
// problem, the device or the fix is now in a good state. Core asks it only when that matters (the
// active fix is not a recorded success) and only about drafts the guard already accepted.

/** What an auditor is asked about: one checked draft and the record it was written from. */
export interface ClaimAuditInput {
  kind: PreviewKind;
  /** The draft's sections, already valid against the kind's schema and accepted by the guard. */
  sections: Readonly<Record<string, unknown>>;
  bundle: Bundle;
}

/** One sentence of the draft as an auditor labelled it. */
export interface AuditedSentence {
  /** Where in the sections, e.g. `summary` or `nextSteps.0`, as the guard's violations name it. */
  path: string;
  text: string;
  /** True when the sentence asserts that the problem, the device or the fix is now in a good state. */
  assertsResolved: boolean;
}

/** An auditor's answer. */
export interface ClaimAuditResult {
  sentences: AuditedSentence[];
  /** Tokens the audit call used (model auditors only); added to the preview's usage. */
  usage?: TokenUsage;
}

/**
 * Labels each sentence of an LLM draft. A sentence marked `assertsResolved` while the active fix is
 * not a `success` is a `resolution_claim` violation, as the lexical guard's are: the draft is
 * asked for again once, then falls back. Throw (any error) when the audit itself fails; core
 * treats it as a failure of the generator it audits.
 */
export interface ClaimAuditor {
  /** Part of the preview cache key: change it when the same draft could now be labelled otherwise. */
  readonly id: string;
  /** For the OpenTelemetry GenAI span of each call. Absent for auditors that call no model. */
  readonly telemetry?: { provider: string; model: string };
  audit(input: ClaimAuditInput): Promise<ClaimAuditResult>;
}

/** A free text of the draft with its path, cut into sentences. */
export interface DraftSentence {
  path: string;
  text: string;
}

// The keys whose values are ids or enums of the record, not prose a reader sees.
const NOT_PROSE = new Set(['fixId', 'status', 'outcome']);

/**
 * Every sentence of every free text in `sections`, with the path of the text it is in, in
 * document order. `Intl.Segmenter` splits by the Unicode sentence rules, so CJK full stops and
 * Arabic question marks end a sentence as Latin ones do.
 */
export function draftSentences(sections: Readonly<Record<string, unknown>>): DraftSentence[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  const out: DraftSentence[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      for (const { segment } of segmenter.segment(value)) {
        const text = segment.trim();
        if (text.length > 0) out.push({ path, text });
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(v, `${path}.${i}`);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (!NOT_PROSE.has(k)) walk(v, path === '' ? k : `${path}.${k}`);
      }
    }
  };
  walk(sections, '');
  return out;
}

/** Whether the session's active fix is a recorded success: the only case closure language is allowed. */
export function activeFixSucceeded(bundle: Bundle): boolean {
  return bundle.fixes.some((f) => f.id === bundle.activeFixId && f.status === 'success');
}

// Where the escalation package lists the record itself, under headings that frame it as such: the
// problem as reported and the confirmed findings. A finding such as "printing works again for 30
// seconds, then stops" may be listed there, as the lexical guard allows.
const RECORD_LISTING = /^(?:problem|confirmed\.\d+)$/;

const comparable = (text: string) => normalized(text).toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The audit's findings as guard violations: one per sentence marked as asserting resolution, except
 * a sentence of the record listed where the escalation package lists the record.
 */
export function auditViolations(
  result: ClaimAuditResult,
  bundle: Bundle,
  auditorId: string,
  kind: PreviewKind = 'resolution_note',
): Violation[] {
  if (activeFixSucceeded(bundle)) return [];
  const active = bundle.fixes.find((f) => f.id === bundle.activeFixId);
  const record = comparable(recordedText(bundle));
  const listed = (s: AuditedSentence) =>
    kind === 'escalation_package' &&
    RECORD_LISTING.test(s.path) &&
    record.includes(comparable(s.text).replace(/[.…]+$/, ''));
  return result.sentences
    .filter((s) => s.assertsResolved && !listed(s))
    .map((s) => ({
      code: 'resolution_claim' as const,
      path: s.path,
      message: `a sentence here asserts the issue is resolved (audit ${auditorId}) but the active fix is ${active?.status ?? 'missing'}`,
    }));
}
