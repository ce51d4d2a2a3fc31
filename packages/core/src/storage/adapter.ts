import type { SessionEvent } from '../history/events.js';
import type { SessionSummary } from '../history/summary.js';
import type { AccountSettings, Session } from '../model/session.js';
import type { CachedPreview } from '../previews/types.js';
import type { StorageListQuery } from '../sessions/list.js';
import type { SessionWriteGuard } from '../writeback/freeze.js';
import type { WritebackJournal } from '../writeback/journal.js';

/** The result of {@link StorageAdapter.deleteSession}. */
export type DeleteSessionResult =
  | { deleted: true }
  | { deleted: false; reason: 'not_found' }
  | { deleted: false; reason: 'writeback_in_progress'; expiresAt: number };

/** The result of {@link StorageAdapter.claimWriteback}. */
export type WritebackClaimResult =
  | { acquired: true; journal: WritebackJournal | null }
  | { acquired: false; expiresAt: number };

/** An unfinished writeback as {@link StorageAdapter.listUnfinishedWritebacks} lists it. */
export interface UnfinishedWriteback {
  accountId: string;
  sessionId: string;
  /** The pinned journal: a note may be on the ticket, and the session is not finalized. */
  journal: WritebackJournal;
}

/** A writeback journal with the claim currently on it. */
export interface StoredWriteback {
  journal: WritebackJournal | null;
  claim: { token: string; expiresAt: number } | null;
}

/**
 * Where closeout keeps its state. Every record is keyed by account id first: an adapter must never
 * return or change a record of another account.
 *
 * The shape follows what a SQL store can make atomic:
 * - sessions change only through {@link updateSession}, a read-modify-write whose pure `mutate`
 *   the store applies under a row lock or with compare-and-set on `stateVersion`;
 * - a writeback freezes its session: taking the claim and refusing other writers are one atomic
 *   fact. {@link updateSession} judges the session's writeback record together with the session
 *   (`assertNotFrozen`), and {@link claimWriteback} conflicts with every concurrent update of the
 *   session, so an update that read the session before a claim was taken cannot land after it;
 * - the preview cache is a key-value table plus {@link withLock}, an exclusive section shared by
 *   every process on the store, so concurrent misses generate once;
 * - the writeback journal is a row per session with a claim (token + lease) that one process holds
 *   at a time, and which another may take over once the lease has expired.
 *
 * - a session's history is an append-only list of {@link SessionEvent}s, written in the same atomic
 *   write as the change each one records (the `history` arguments below): a store never commits a
 *   change without its entries, nor entries without their change.
 *
 * Run `runStorageConformance` from `@closeout/core/testing` against an implementation.
 */
export interface StorageAdapter {
  /**
   * Stores a new session and appends `history` to its (new) history, atomically. Ids are unique;
   * inserting an existing id is a bug in the caller.
   */
  insertSession(session: Session, history?: readonly SessionEvent[]): Promise<void>;

  /** The session, or `null` when it does not exist in this account. */
  getSession(accountId: string, sessionId: string): Promise<Session | null>;

  /**
   * Atomically replaces the session with `mutate(current)` and returns what was committed, or
   * `null` when the session does not exist in this account. `mutate` is pure and synchronous; the
   * store may call it more than once (an optimistic store retries on a lost compare-and-set).
   * When `mutate` throws, nothing is written and the error propagates unchanged.
   *
   * `history(next)` names the entries recording the change; the store appends them in the same
   * atomic write as `next` (pure too, and called for the `next` that is committed).
   *
   * **The writeback freeze.** Before `mutate`, the store calls `assertNotFrozen(sessionId,
   * writeback, guard)` from `@closeout/core` with the session's writeback record
   * ({@link getWriteback}) as of the same atomic step as the session it hands to `mutate`; when it
   * throws (`WRITEBACK_IN_PROGRESS`), nothing is written. A claim taken by {@link claimWriteback}
   * after this update read the session must make the update re-read (a lost compare-and-set) or
   * wait for it (a row lock both take). Without `guard`, `now` is the store's clock and the writer
   * holds no claim; closeout always passes one.
   */
  updateSession(
    accountId: string,
    sessionId: string,
    mutate: (current: Session) => Session,
    guard?: SessionWriteGuard,
    history?: (next: Session) => readonly SessionEvent[],
  ): Promise<Session | null>;

  /**
   * A page of the account's session summaries, as {@link StorageListQuery} describes. A store
   * answers it with one indexed query, however many sessions the account holds.
   */
  listSessions(accountId: string, query: StorageListQuery): Promise<SessionSummary[]>;

  /**
   * Deletes the session with its cached previews, writeback journal and history, atomically.
   * Refused (nothing deleted) while a writeback claim on it is unexpired at `now` (epoch ms).
   */
  deleteSession(accountId: string, sessionId: string, options: { now: number }): Promise<DeleteSessionResult>;

  /** The session's history, oldest first; `[]` when it has none in this account. */
  getHistory(accountId: string, sessionId: string): Promise<SessionEvent[]>;

  /**
   * Appends entries that record no change of stored state (a failed status verification), for
   * an existing session of this account; does nothing for any other.
   */
  appendHistory(accountId: string, sessionId: string, events: readonly SessionEvent[]): Promise<void>;

  /**
   * Deletes, as {@link deleteSession} does, every finalized session (any status but `open`) of the
   * account last changed strictly before `before` (ISO-8601 UTC). Returns how many were deleted.
   */
  purgeFinalizedBefore(accountId: string, before: string): Promise<number>;

  /**
   * Deletes the account's cached previews made from a state version older than their session's
   * current one (they can never be served again), and those of sessions that no longer exist.
   * Returns how many were deleted.
   */
  purgeStalePreviews(accountId: string): Promise<number>;

  /** The account's settings; `{}` when none were saved. */
  getSettings(accountId: string): Promise<AccountSettings>;

  /** Atomically replaces the account's settings with `mutate(current)` and returns them. */
  updateSettings(
    accountId: string,
    mutate: (current: AccountSettings) => AccountSettings,
  ): Promise<AccountSettings>;

  /** A cached preview, or `null`. */
  getPreview(accountId: string, key: string): Promise<CachedPreview | null>;

  /**
   * Caches a preview under `key` (a hash that already names session, version and kind) and
   * appends `history` to the history of `preview.sessionId`, atomically.
   */
  putPreview(
    accountId: string,
    key: string,
    preview: CachedPreview,
    history?: readonly SessionEvent[],
  ): Promise<void>;

  /**
   * Runs `fn` while holding the exclusive lock `name` in this account, shared by every process
   * using the same store; waits while another holder has it. Released when `fn` settles.
   */
  withLock<T>(accountId: string, name: string, fn: () => Promise<T>): Promise<T>;

  /** The session's writeback journal and claim, or `null` when no writeback has started. */
  getWriteback(accountId: string, sessionId: string): Promise<StoredWriteback | null>;

  /**
   * Takes the session's writeback claim for `leaseMs` from `now` (epoch ms) when it is free,
   * expired, or already held by `token` (which renews it). Exactly one of concurrent claimants wins.
   * Taking or renewing the claim is ordered with {@link updateSession} of the same session: an
   * update either commits before the claim (and a read after the claim sees it) or is judged with
   * the claim in place.
   */
  claimWriteback(
    accountId: string,
    sessionId: string,
    claim: { token: string; now: number; leaseMs: number },
  ): Promise<WritebackClaimResult>;

  /**
   * Saves the journal and appends `history` to the session's history, atomically. Throws
   * `WRITEBACK_IN_PROGRESS` when `token` no longer holds the claim (its lease expired and another
   * claimant took over), and then writes nothing.
   */
  saveWriteback(
    accountId: string,
    sessionId: string,
    token: string,
    journal: WritebackJournal,
    history?: readonly SessionEvent[],
  ): Promise<void>;

  /** Drops the claim if `token` holds it, keeping the journal, so a retry can claim at once. */
  releaseWriteback(accountId: string, sessionId: string, token: string): Promise<void>;

  /**
   * The unfinished writebacks of **every** account that nobody is working on at `now` (epoch ms):
   * the journal is pinned (`noteAttemptedAt` set, `finalizedAt` not: a note may be on the ticket),
   * the session is still open, and the claim is released or its lease is over. Oldest first (the
   * journal's `startedAt`), at most `limit`. What `closeout.recoverWritebacks()` finishes; listing
   * takes no claim, so two callers may list the same one, and the claim decides who finishes it.
   *
   * Optional so stores written before it keep working; `recoverWritebacks` needs it.
   */
  listUnfinishedWritebacks?(query: { now: number; limit: number }): Promise<UnfinishedWriteback[]>;
}
