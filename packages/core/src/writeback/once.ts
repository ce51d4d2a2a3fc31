import { CloseoutError } from '../errors.js';
import type { SessionEvent } from '../history/events.js';
import { log } from '../util/logger.js';
import type { WritebackAttempt } from './attempt.js';
import type { WritebackJournal } from './journal.js';
import { isDefinitiveRefusal } from './refusal.js';
import type { WritebackStep } from './step.js';

/**
 * One PSA write as the journal rule sees it. `Answer` is what proves the write done (a note's id,
 * a verified status).
 *
 * Two sorts of write follow the rule:
 * - a write that must land once (a note, a time entry) gives `attempt`: the journal marks it
 *   attempted before it goes out, and a later attempt that finds the mark without the answer looks
 *   the write up (`attempt.find`) rather than sending it again;
 * - a write whose repetition is harmless (setting a status the ticket may already have) leaves
 *   `attempt` out: an unfinished one is simply sent again.
 */
export interface JournaledWrite<Answer> {
  /** The `onStep` boundaries it reports: after the attempt mark, after the PSA's answer, after the journal records it. */
  readonly steps: { attempted?: WritebackStep; answered: WritebackStep; recorded: WritebackStep };
  /** For a write that must land once; see the interface. */
  readonly attempt?: {
    /** When an earlier attempt marked the write as possibly sent, or `undefined`. */
    at(journal: WritebackJournal): string | undefined;
    /** The journal marked attempted at `at`. */
    mark(journal: WritebackJournal, at: string): WritebackJournal;
    /**
     * Looks for an earlier attempt's write on the ticket; `undefined` when the adapter cannot
     * look. `null` means it looked and the write is not there.
     */
    find: ((journal: WritebackJournal) => Promise<Answer | null>) | undefined;
    /** Called when it cannot look: throws unless a duplicate is acceptable. */
    cannotFind(journal: WritebackJournal): void;
    /**
     * The journal to save (best effort) when the write is known not to have landed: the PSA
     * refused it outright, or the guard stopped it. Absent → the attempt mark stays.
     */
    refused?(journal: WritebackJournal, cause: unknown): WritebackJournal;
  };
  /** Sends the write (after the claim's guard) and returns its answer. */
  send(journal: WritebackJournal): Promise<Answer>;
  /** Reads the write back from the PSA and returns what it proved; throws when it did not take. */
  readBack?(journal: WritebackJournal, answer: Answer): Promise<Answer>;
  /** The journal that records the write done, and the history entries saved with it. */
  done(
    journal: WritebackJournal,
    answer: Answer,
    recovered: boolean,
  ): { journal: WritebackJournal; history: SessionEvent[] };
}

/**
 * The writeback's one journal rule: attempted → found again or done.
 *
 * 1. If an earlier attempt marked the write attempted, look it up; found → record it done.
 *    Not found → send it again. Cannot look → `cannotFind` decides.
 * 2. Otherwise journal the attempt mark (for writes that must land once).
 * 3. Guard the claim, send, read back, and journal it done with its history entries.
 *
 * When this attempt made the mark itself (so no earlier write can be on the ticket) and the send
 * is refused outright ({@link isDefinitiveRefusal}) or the guard finds the session changed, the
 * `refused` journal is saved: nothing was stored, so a retry may start over.
 *
 * Callers skip writes the journal already records done; see `WRITEBACK_WRITES`.
 */
export async function writeOnce<Answer>(
  attempt: WritebackAttempt,
  journal: WritebackJournal,
  write: JournaledWrite<Answer>,
): Promise<WritebackJournal> {
  const { claim } = attempt;
  let current = journal;
  // Whether a write of an earlier attempt may be on the ticket although none was found.
  let earlierMayExist = false;
  const once = write.attempt;
  if (once !== undefined) {
    const attemptedAt = once.at(current);
    if (attemptedAt !== undefined) {
      if (once.find !== undefined) {
        const found = await once.find(current);
        if (found !== null) {
          const recorded = write.done(current, found, true);
          const saved = await claim.save(recorded.journal, recorded.history);
          await attempt.step(write.steps.recorded);
          return saved;
        }
      } else {
        once.cannotFind(current);
        earlierMayExist = true;
      }
    } else {
      current = await claim.save(once.mark(current, attempt.ctx.nowIso()));
    }
    if (write.steps.attempted !== undefined) await attempt.step(write.steps.attempted);
  }

  let answer: Answer;
  try {
    await claim.guard(current.basedOnVersion);
    answer = await write.send(current);
  } catch (error) {
    const stale = CloseoutError.hasCode(error, 'STALE_PREVIEW');
    if (once?.refused !== undefined && !earlierMayExist && (stale || isDefinitiveRefusal(error))) {
      await saveRefused(attempt, once.refused(current, error));
    }
    throw error;
  }
  await attempt.step(write.steps.answered);
  const proven = write.readBack === undefined ? answer : await write.readBack(current, answer);
  const recorded = write.done(current, proven, false);
  const saved = await claim.save(recorded.journal, recorded.history);
  await attempt.step(write.steps.recorded);
  return saved;
}

/** Best effort: when the save fails the mark stays, which is the safe side (the next attempt looks first). */
async function saveRefused(attempt: WritebackAttempt, journal: WritebackJournal): Promise<void> {
  try {
    await attempt.claim.save(journal);
  } catch (error) {
    log(attempt.ctx.logger, 'warn', 'writeback journal not unpinned', {
      sessionId: attempt.sessionId,
      error: CloseoutError.isInstance(error) ? error.code : 'unknown',
    });
  }
}
