import type { EmitEvents } from './history/emitter.js';
import type { SessionEvent } from './history/events.js';
import type { PsaAdapter, PsaMemberOption, PsaOption } from './psa/adapter.js';
import { resolvePsa } from './psa/adapter.js';
import type { StorageAdapter } from './storage/adapter.js';
import { tracedPsa } from './telemetry/psa.js';
import type { Clock } from './util/clock.js';
import { newId } from './util/ids.js';
import type { Logger } from './util/logger.js';

/** What every account-scoped service shares. Internal. */
export interface AccountContext {
  readonly accountId: string;
  readonly storage: StorageAdapter;
  readonly clock: Clock;
  readonly logger: Logger | undefined;
  psa(): Promise<PsaAdapter | undefined>;
  /** The PSA member a writeback by `actor` is written as (`createCloseout({ psaMember })`). */
  psaMember(actor: string | undefined): string | undefined;
  newId(prefix: string): string;
  nowIso(): string;
  /** Hands stored history entries of a session to the host's `onEvent`. */
  emit(sessionId: string, events: readonly SessionEvent[]): void;
}

export function accountContext(args: {
  accountId: string;
  storage: StorageAdapter;
  clock: Clock;
  logger: Logger | undefined;
  psa: PsaOption | undefined;
  psaMember?: PsaMemberOption | undefined;
  emit?: EmitEvents;
}): AccountContext {
  const { accountId, storage, clock, logger, psa, psaMember, emit } = args;
  return {
    accountId,
    storage,
    clock,
    logger,
    psa: async () => {
      const adapter = await resolvePsa(psa, accountId);
      return adapter === undefined ? undefined : tracedPsa(adapter, accountId);
    },
    psaMember: (actor) => {
      if (actor === undefined || psaMember === undefined) return undefined;
      const member = psaMember(accountId, actor);
      return typeof member === 'string' && member.trim() !== '' ? member.trim() : undefined;
    },
    newId: (prefix) => newId(prefix, clock.now().getTime()),
    nowIso: () => clock.now().toISOString(),
    emit: (sessionId, events) => emit?.(accountId, sessionId, events),
  };
}
