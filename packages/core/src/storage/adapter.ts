import type { AccountSettings, Session } from '../model/session.js';
import type { CachedPreview } from '../previews/types.js';
import type { SessionWriteGuard } from '../writeback/freeze.js';
import type { WritebackJournal } from '../writeback/journal.js';

/** The result of {@link StorageAdapter.claimWriteback}. */
export type WritebackClaimResult =
  | { acquired: true; journal: WritebackJournal | null }
  | { acquired: false; expiresAt: number };

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
 * Run `runStorageConformance` from `@closeout/core/testing` against an implementation.
 */
export interface StorageAdapter {
  /** Stores a new session. Ids are unique; inserting an existing id is a bug in the caller. */
  insertSession(session: Session): Promise<void>;

  /** The session, or `null` when it does not exist in this account. */
  getSession(accountId: string, sessionId: string): Promise<Session | null>;

  /**
   * Atomically replaces the session with `mutate(current)` and returns what was committed, or
   * `null` when the session does not exist in this account. `mutate` is pure and synchronous; the
   * store may call it more than once (an optimistic store retries on a lost compare-and-set).
   * When `mutate` throws, nothing is written and the error propagates unchanged.
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
  ): Promise<Session | null>;

  /** The account's settings; `{}` when none were saved. */
  getSettings(accountId: string): Promise<AccountSettings>;

  /** Atomically replaces the account's settings with `mutate(current)` and returns them. */
  updateSettings(
    accountId: string,
    mutate: (current: AccountSettings) => AccountSettings,
  ): Promise<AccountSettings>;

  /** A cached preview, or `null`. */
  getPreview(accountId: string, key: string): Promise<CachedPreview | null>;

  /** Caches a preview under `key` (a hash that already names session, version and kind). */
  putPreview(accountId: string, key: string, preview: CachedPreview): Promise<void>;

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
   * Saves the journal. Throws `WRITEBACK_IN_PROGRESS` when `token` no longer holds the claim
   * (its lease expired and another claimant took over), and then writes nothing.
   */
  saveWriteback(
    accountId: string,
    sessionId: string,
    token: string,
    journal: WritebackJournal,
  ): Promise<void>;

  /** Drops the claim if `token` holds it, keeping the journal, so a retry can claim at once. */
  releaseWriteback(accountId: string, sessionId: string, token: string): Promise<void>;
}
