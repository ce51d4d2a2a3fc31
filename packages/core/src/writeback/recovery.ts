import { z } from 'zod';
import { CloseoutError, type ErrorCode } from '../errors.js';
import { parseInput } from '../model/validate.js';
import type { StorageAdapter } from '../storage/adapter.js';
import type { Clock } from '../util/clock.js';
import { type Logger, log } from '../util/logger.js';
import type { WritebackInput, WritebackResult } from './result.js';

/** Options of `closeout.recoverWritebacks()`. */
export const RecoverWritebacksOptionsSchema = z
  .object({
    /** How many unfinished writebacks one call finishes at most (1–1000, default 100). */
    limit: z.number().int().min(1).max(1_000).optional(),
  })
  .strict();
/** Options of `closeout.recoverWritebacks()`. */
export type RecoverWritebacksOptions = z.input<typeof RecoverWritebacksOptionsSchema>;

/** What `closeout.recoverWritebacks()` answers. */
export interface RecoverWritebacksResult {
  /** The writebacks this call finished, each as its resolve or escalate would have answered. */
  finished: WritebackResult[];
  /**
   * The ones it tried and could not finish, with the error code (`PSA_NOTE_VERIFICATION_FAILED`,
   * `PSA_REQUEST_FAILED`, …): they stay unfinished, for a later run or a person.
   */
  failed: { accountId: string; sessionId: string; code: ErrorCode | 'UNKNOWN' }[];
}

/** Who the history says finished a writeback recovery took over. */
export const RECOVERY_ACTOR = 'closeout:recovery';

/** The default of {@link RecoverWritebacksOptions.limit}. */
export const DEFAULT_RECOVERY_LIMIT = 100;

type Finish = (
  accountId: string,
  kind: 'resolve' | 'escalate',
  sessionId: string,
  input: WritebackInput,
) => Promise<WritebackResult>;

/**
 * Finishes the writebacks a dead process left unfinished, in every account. Each is retried as the
 * technician's own retry would be (the same kind, the journaled text and `basedOnVersion`), so the
 * journal's exactly-once rules hold: a journaled note is never posted again, a note whose answer
 * was lost is looked up first. The claim decides between instances running this at once: the one
 * that takes it finishes, the others skip it (`WRITEBACK_IN_PROGRESS`, or `ALREADY_FINALIZED` once
 * it is done). A resolve is retried with `confirmUnresolved`: the technician confirmed it before
 * the note was posted, and the session has been frozen since.
 */
export async function recoverWritebacks(
  deps: { storage: StorageAdapter; clock: Clock; logger: Logger | undefined; finish: Finish },
  options: RecoverWritebacksOptions = {},
): Promise<RecoverWritebacksResult> {
  const { limit = DEFAULT_RECOVERY_LIMIT } = parseInput(
    RecoverWritebacksOptionsSchema,
    options,
    'recovery options',
  );
  const list = deps.storage.listUnfinishedWritebacks?.bind(deps.storage);
  if (list === undefined) {
    throw new CloseoutError(
      'VALIDATION_FAILED',
      'This storage adapter cannot list unfinished writebacks (listUnfinishedWritebacks); recovery needs it',
      { details: { issues: [{ path: 'storage', message: 'implement listUnfinishedWritebacks' }] } },
    );
  }
  const result: RecoverWritebacksResult = { finished: [], failed: [] };
  for (const { accountId, sessionId, journal } of await list({ now: deps.clock.now().getTime(), limit })) {
    try {
      const finished = await deps.finish(accountId, journal.kind, sessionId, {
        basedOnVersion: journal.basedOnVersion,
        actor: RECOVERY_ACTOR,
        ...(journal.kind === 'resolve' ? { confirmUnresolved: true } : {}),
      });
      result.finished.push(finished);
    } catch (error) {
      // Another instance holds it or finished it meanwhile: not ours to report.
      if (CloseoutError.hasCode(error, 'WRITEBACK_IN_PROGRESS') && error.details.reason !== 'unfinished')
        continue;
      if (CloseoutError.hasCode(error, 'ALREADY_FINALIZED')) continue;
      const code = CloseoutError.isInstance(error) ? error.code : 'UNKNOWN';
      log(deps.logger, 'warn', 'writeback recovery failed; it stays unfinished', {
        accountId,
        sessionId,
        error: code,
      });
      result.failed.push({ accountId, sessionId, code });
    }
  }
  if (result.finished.length > 0 || result.failed.length > 0) {
    log(deps.logger, 'info', 'writeback recovery ran', {
      finished: result.finished.length,
      failed: result.failed.length,
    });
  }
  return result;
}
