import type { StorageAdapter } from '../storage/adapter.js';
import type { WritebackJournal } from '../writeback/journal.js';

/**
 * The same storage, except that the first writeback journal save `when` matches fails as if the
 * process died right there: the PSA write it would record has happened, the journal never hears
 * of it. Crash tests of a writeback step wrap their storage with it, then retry and count what
 * reached the PSA.
 *
 * @example
 * ```ts
 * const storage = crashOnJournalSave(memoryStorage(), (journal) => journal.timeEntryId !== undefined);
 * ```
 */
export function crashOnJournalSave(
  storage: StorageAdapter,
  when: (journal: WritebackJournal) => boolean,
): StorageAdapter {
  let crashed = false;
  return Object.assign(Object.create(storage) as StorageAdapter, {
    saveWriteback: (...args: Parameters<StorageAdapter['saveWriteback']>) => {
      if (!crashed && when(args[3])) {
        crashed = true;
        return Promise.reject(new Error('process died'));
      }
      return storage.saveWriteback(...args);
    },
  });
}
