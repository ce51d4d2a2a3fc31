import type { PsaAdapter, PsaOption } from './psa/adapter.js';
import { resolvePsa } from './psa/adapter.js';
import type { StorageAdapter } from './storage/adapter.js';
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
  newId(prefix: string): string;
  nowIso(): string;
}

export function accountContext(args: {
  accountId: string;
  storage: StorageAdapter;
  clock: Clock;
  logger: Logger | undefined;
  psa: PsaOption | undefined;
}): AccountContext {
  const { accountId, storage, clock, logger, psa } = args;
  return {
    accountId,
    storage,
    clock,
    logger,
    psa: () => resolvePsa(psa, accountId),
    newId: (prefix) => newId(prefix, clock.now().getTime()),
    nowIso: () => clock.now().toISOString(),
  };
}
