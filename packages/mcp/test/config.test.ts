// How closeout-mcp reads its environment: the account, the database, the PSA from CLOSEOUT_PSA or
// the variables that are set; problems name variables, never their values.
import { describe, expect, it } from 'vitest';
import { readBinConfig } from '../src/bin-config.js';
import { ConfigError, choosePsa, psaFromEnv } from '../src/psa-env.js';
import { simulatedPsa } from '../src/simulated-psa.js';

describe('readBinConfig', () => {
  it('defaults to embedded PGlite in .closeout/pglite under the working directory', () => {
    const config = readBinConfig({ CLOSEOUT_ACCOUNT: 'acme-msp' }, '/srv/work');
    expect(config).toMatchObject({
      accountId: 'acme-msp',
      database: { kind: 'pglite', dir: '/srv/work/.closeout/pglite' },
      confirm: 'elicit',
    });
    expect(readBinConfig({ CLOSEOUT_ACCOUNT: 'a', CLOSEOUT_PGLITE_DIR: 'db' }, '/srv').database).toEqual({
      kind: 'pglite',
      dir: '/srv/db',
    });
  });

  it('takes DATABASE_URL over PGlite', () => {
    const url = 'postgres://closeout@db.internal:5432/closeout';
    expect(readBinConfig({ CLOSEOUT_ACCOUNT: 'a', DATABASE_URL: url }, '/').database).toEqual({
      kind: 'postgres',
      url,
    });
  });

  it('refuses a missing account and an unknown confirmation mode', () => {
    expect(() => readBinConfig({}, '/')).toThrow(ConfigError);
    expect(() => readBinConfig({ CLOSEOUT_ACCOUNT: 'a', CLOSEOUT_CONFIRM: 'model' }, '/')).toThrow(
      /elicit or host/,
    );
  });
});

describe('choosePsa and psaFromEnv', () => {
  it('uses a simulated PSA when no PSA is configured, and what CLOSEOUT_PSA names otherwise', () => {
    expect(choosePsa({})).toEqual({ kind: 'simulated' });
    expect(choosePsa({ CLOSEOUT_PSA: 'none' })).toEqual({ kind: 'none' });
    expect(choosePsa({ CLOSEOUT_PSA: 'Halo' })).toEqual({ kind: 'psa', name: 'halo' });
    expect(choosePsa({ AUTOTASK_USERNAME: 'api@acme.example' })).toEqual({ kind: 'psa', name: 'autotask' });
    expect(() => choosePsa({ CLOSEOUT_PSA: 'kaseya' })).toThrow(ConfigError);
    expect(() => choosePsa({ HALO_URL: 'https://h', CONNECTWISE_SITE: 'na.myconnectwise.net' })).toThrow(
      /several PSAs/,
    );
  });

  it('names the missing variables and never a value', async () => {
    const secret = 'pk-very-secret-value';
    const error = await psaFromEnv('connectwise', { CONNECTWISE_PRIVATE_KEY: secret }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('CONNECTWISE_SITE');
    expect(message).not.toContain('CONNECTWISE_PRIVATE_KEY');
    expect(message).not.toContain(secret);
  });

  it('builds the adapter of the chosen PSA from its variables', async () => {
    const adapter = await psaFromEnv('halo', {
      HALO_URL: 'https://acme.halopsa.example',
      HALO_CLIENT_ID: 'id',
      HALO_CLIENT_SECRET: 'secret',
    });
    expect(adapter.provider).toBe('halopsa');
  });
});

describe('simulatedPsa', () => {
  it('creates a ticket on its first use and moves it to Resolved', async () => {
    const { adapter, resolvedStatusId } = simulatedPsa('connectwise');
    const ref = { provider: 'connectwise', id: '99' };
    expect((await adapter.getTicket(ref)).status.name).toBe('New');
    await adapter.setTicketStatus(ref, resolvedStatusId);
    expect((await adapter.getTicket(ref)).status.name).toBe('Resolved');
  });
});
