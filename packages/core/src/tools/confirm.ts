import type { Fix, TicketRef } from '../model/session.js';

/** What a human is asked to confirm before `closeout_post_note` writes to the customer's ticket. */
export interface PostConfirmationRequest {
  sessionId: string;
  /** `resolve` posts the customer-visible resolution note; `escalate` the internal escalation package. */
  kind: 'resolve' | 'escalate';
  /** True for a resolution note: the customer can read it. */
  customerVisible: boolean;
  /** The exact text that will be posted. */
  text: string;
  /** The state version the text was drafted from. */
  basedOnVersion: number;
  /** Where it goes; `null` → kept in closeout only (no ticket linked). */
  ticket: TicketRef | null;
  /** The active fix as recorded, so the human sees whether it worked. */
  activeFix: Pick<Fix, 'id' | 'title' | 'status'> | null;
  /** The model asked to resolve although the active fix is not a recorded success. */
  confirmUnresolved: boolean;
}

/**
 * Shows the draft to a human and answers whether they accepted it. Only a human's answer may be
 * `true`: the host's own confirmation dialog, or MCP elicitation. It may throw a `CloseoutError`
 * (`CONFIRMATION_REQUIRED` when no human can be asked); the post is then refused.
 */
export type ConfirmPost = (request: PostConfirmationRequest) => boolean | Promise<boolean>;
