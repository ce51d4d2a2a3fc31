import type { Language } from '../language/codes.js';
import type { FixStatus } from '../model/session.js';

/** A finding as a generator sees it: masked and cut to size. */
export interface BundleFinding {
  id: string;
  text: string;
}

/** A decision as a generator sees it. */
export interface BundleDecision {
  id: string;
  text: string;
  rationale?: string;
}

/** A fix as a generator sees it, with its recorded outcome. */
export interface BundleFix {
  id: string;
  title: string;
  status: FixStatus;
  /** True for the session's active fix (the one most recently proposed). */
  active: boolean;
  proposedAt: string;
  appliedAt?: string;
  verifiedAt?: string;
  partialNotes?: string;
  failureReason?: string;
  steps: string[];
  /** Steps left out to fit the size budget. */
  stepsOmitted: number;
}

/**
 * What a generator sees of a session: the problem, findings, decisions and every fix with its
 * outcome, with secrets masked and long texts cut with a visible marker. Built by `buildBundle`;
 * rendered to the text a model reads by `renderBundle`, within `BUNDLE_TOKEN_BUDGET`.
 */
export interface Bundle {
  sessionId: string;
  stateVersion: number;
  /** The language the documents are written in; absent: English. */
  language?: Language;
  problem: string;
  /** In the order recorded; when the budget is tight the middle ones are left out. */
  findings: BundleFinding[];
  /** Findings left out to fit the size budget, and where: after `findings[omittedAfter - 1]`. */
  findingsOmitted: { count: number; after: number };
  decisions: BundleDecision[];
  decisionsOmitted: { count: number; after: number };
  /** Every fix, in the order proposed. Fixes are never left out; their steps may be. */
  fixes: BundleFix[];
  activeFixId: string | null;
  /** Secrets masked while building, per kind. Counts only. */
  redactions: Readonly<Record<string, number>>;
}
