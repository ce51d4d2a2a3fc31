import type { AccountContext } from '../context.js';
import type { SessionEvent } from '../history/events.js';
import { writebackInProgress } from './errors.js';
import type { WritebackJournal } from './journal.js';

/**
 * One attempt's hold on a session's writeback: a storage claim (token + lease) plus the journal
 * revision it last wrote. Storage refuses saves from a token that lost the claim; the revision
 * catches the one case storage cannot see, an attempt that stalled past its lease while another
 * took over, finished or failed, and released.
 */
export interface WritebackClaim {
  /** The journal as this attempt last read or wrote it. */
  readonly journal: WritebackJournal | null;
  /**
   * Renews the lease and checks nobody else wrote the journal since. Called right before every
   * PSA write, so a stalled attempt that wakes up never repeats what another attempt did.
   */
  guard(): Promise<void>;
  /**
   * Saves `journal` under the claim with a fresh revision, with `history` (the step it records)
   * in the same write; the entries then go to `onEvent`.
   */
  save(journal: WritebackJournal, history?: readonly SessionEvent[]): Promise<WritebackJournal>;
  /** Drops the claim so a retry can start at once; the journal stays. */
  release(): Promise<void>;
}

/** Takes the session's writeback claim, or throws `WRITEBACK_IN_PROGRESS`. */
export async function acquireClaim(
  ctx: AccountContext,
  sessionId: string,
  leaseMs: number,
): Promise<WritebackClaim> {
  const token = ctx.newId('claim');
  const claim = () =>
    ctx.storage.claimWriteback(ctx.accountId, sessionId, { token, now: ctx.clock.now().getTime(), leaseMs });

  const first = await claim();
  if (!first.acquired) throw writebackInProgress(sessionId, 'claimed', { expiresAt: first.expiresAt });
  let journal = first.journal;

  return {
    get journal() {
      return journal;
    },
    async guard() {
      const renewed = await claim();
      if (!renewed.acquired)
        throw writebackInProgress(sessionId, 'taken_over', { expiresAt: renewed.expiresAt });
      if ((renewed.journal?.revision ?? null) !== (journal?.revision ?? null)) {
        throw writebackInProgress(sessionId, 'taken_over');
      }
    },
    async save(next, history = []) {
      const saved = { ...next, revision: ctx.newId('rev') };
      await ctx.storage.saveWriteback(ctx.accountId, sessionId, token, saved, history);
      journal = saved;
      ctx.emit(sessionId, history);
      return saved;
    },
    async release() {
      await ctx.storage.releaseWriteback(ctx.accountId, sessionId, token);
    },
  };
}
