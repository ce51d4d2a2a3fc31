import type { AccountContext } from '../context.js';
import { sessionNotFound } from '../errors.js';
import { isFinalized } from '../sessions/mutations.js';
import { alreadyFinalized, stalePreview, writebackInProgress } from './errors.js';
import type { WritebackJournal } from './journal.js';

/**
 * One attempt's hold on a session's writeback: a storage claim (token + lease) plus the journal
 * revision it last wrote. Storage refuses saves from a token that lost the claim; the revision
 * catches the one case storage cannot see, an attempt that stalled past its lease while another
 * took over, finished or failed, and released.
 */
export interface WritebackClaim {
  /** The claim's token; storage lets its holder finalize the session the claim froze. */
  readonly token: string;
  /** The journal as this attempt last read or wrote it. */
  readonly journal: WritebackJournal | null;
  /**
   * Renews the lease, checks nobody else wrote the journal since, and re-reads the session: it
   * must still be open at `basedOnVersion`. Called right before every PSA write, so a stalled
   * attempt that wakes up never repeats what another attempt did, and never posts over a change
   * that landed while its lease had run out (the renewed claim freezes the session again).
   */
  guard(basedOnVersion: number): Promise<void>;
  /** Saves `journal` under the claim with a fresh revision. */
  save(journal: WritebackJournal): Promise<WritebackJournal>;
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
    token,
    get journal() {
      return journal;
    },
    async guard(basedOnVersion) {
      const renewed = await claim();
      if (!renewed.acquired)
        throw writebackInProgress(sessionId, 'taken_over', { expiresAt: renewed.expiresAt });
      if ((renewed.journal?.revision ?? null) !== (journal?.revision ?? null)) {
        throw writebackInProgress(sessionId, 'taken_over');
      }
      const session = await ctx.storage.getSession(ctx.accountId, sessionId);
      if (session === null) throw sessionNotFound(sessionId);
      if (isFinalized(session)) throw alreadyFinalized(session);
      if (session.stateVersion !== basedOnVersion) {
        throw stalePreview(sessionId, basedOnVersion, session.stateVersion);
      }
    },
    async save(next) {
      const saved = { ...next, revision: ctx.newId('rev') };
      await ctx.storage.saveWriteback(ctx.accountId, sessionId, token, saved);
      journal = saved;
      return saved;
    },
    async release() {
      await ctx.storage.releaseWriteback(ctx.accountId, sessionId, token);
    },
  };
}
