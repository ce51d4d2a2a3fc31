import { join, resolve } from 'node:path';
import { ConfigError, type Env } from './psa-env.js';

/** Where the bin keeps its data: a PostgreSQL server, or an embedded PGlite folder. */
export type DatabaseChoice = { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string };

/** The bin's configuration, read from the environment. */
export interface BinConfig {
  accountId: string;
  actor: string | undefined;
  database: DatabaseChoice;
  /** The Postgres schema closeout's tables live in. */
  schema: string;
  confirm: 'elicit' | 'host';
  resolvedStatusId: string | undefined;
  escalatedStatusId: string | undefined;
}

/**
 * Reads `CLOSEOUT_ACCOUNT` (required), `CLOSEOUT_ACTOR`, `DATABASE_URL` or else `CLOSEOUT_PGLITE_DIR`
 * (default `.closeout/pglite` under `cwd`), `CLOSEOUT_SCHEMA`, `CLOSEOUT_CONFIRM` (`elicit` or
 * `host`) and the status settings `CLOSEOUT_RESOLVED_STATUS_ID` / `CLOSEOUT_ESCALATED_STATUS_ID`.
 */
export function readBinConfig(env: Env, cwd: string): BinConfig {
  const value = (name: string) => {
    const v = env[name]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const accountId = env.CLOSEOUT_ACCOUNT;
  if (accountId === undefined || accountId === '') {
    throw new ConfigError(
      'CLOSEOUT_ACCOUNT is required: the account (MSP) whose sessions this server records',
    );
  }
  const confirm = value('CLOSEOUT_CONFIRM') ?? 'elicit';
  if (confirm !== 'elicit' && confirm !== 'host')
    throw new ConfigError('CLOSEOUT_CONFIRM must be elicit or host');
  const url = value('DATABASE_URL');
  const dir = value('CLOSEOUT_PGLITE_DIR');
  return {
    accountId,
    actor: value('CLOSEOUT_ACTOR'),
    database:
      url !== undefined
        ? { kind: 'postgres', url }
        : { kind: 'pglite', dir: dir === undefined ? join(cwd, '.closeout', 'pglite') : resolve(cwd, dir) },
    schema: value('CLOSEOUT_SCHEMA') ?? 'closeout',
    confirm,
    resolvedStatusId: value('CLOSEOUT_RESOLVED_STATUS_ID'),
    escalatedStatusId: value('CLOSEOUT_ESCALATED_STATUS_ID'),
  };
}
