import type { AccountContext } from '../context.js';
import type { TicketRef } from '../model/session.js';
import type { PsaAdapter } from '../psa/adapter.js';
import type { WritebackClaim } from './claim.js';
import type { WritebackStep } from './step.js';

/** What the steps of one attempt share: where it posts, its claim, and the step reporter. */
export interface WritebackAttempt {
  readonly ctx: AccountContext;
  readonly sessionId: string;
  readonly psa: PsaAdapter;
  readonly ticket: TicketRef;
  readonly claim: WritebackClaim;
  /** Who asked for the writeback, for its history entries. */
  readonly actor: string | undefined;
  /** Reports a step boundary to the `onStep` hook. */
  step(step: WritebackStep): Promise<void>;
}
