import { mkdir } from 'node:fs/promises';
import { type Closeout, createCloseout, type PsaAdapter } from '@closeout/core';
import { type DatabaseTarget, migrate, postgresStorage } from '@closeout/storage-postgres';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { type BinConfig, readBinConfig } from './bin-config.js';
import { choosePsa, type Env, psaFromEnv } from './psa-env.js';
import { createMcpServer } from './server.js';
import { simulatedPsa } from './simulated-psa.js';

/** A started closeout behind an MCP server, ready to connect to a transport. */
export interface Started {
  server: Server;
  closeout: Closeout;
  config: BinConfig;
  /** One line for stderr: which database and which PSA. */
  summary: string;
  /** Closes the server and the database. */
  close(): Promise<void>;
}

/**
 * What `closeout-mcp` does before it talks: reads the environment, opens the database (PostgreSQL
 * from `DATABASE_URL`, or embedded PGlite) and migrates it, sets up the PSA, applies the status
 * settings, and creates the MCP server for `CLOSEOUT_ACCOUNT`.
 */
export async function startFromEnv(env: Env, cwd: string): Promise<Started> {
  const config = readBinConfig(env, cwd);
  const { target, close: closeDatabase, where } = await openDatabase(config);
  try {
    await migrate({ ...target, schema: config.schema });
    const choice = choosePsa(env);
    let psa: PsaAdapter | undefined;
    let psaWords: string;
    let instructions: string | undefined;
    let statuses = { resolved: config.resolvedStatusId, escalated: config.escalatedStatusId };
    if (choice.kind === 'psa') {
      psa = await psaFromEnv(choice.name, env);
      psaWords = `PSA ${choice.name}`;
    } else if (choice.kind === 'simulated') {
      const provider = env.CLOSEOUT_SIMULATED_PROVIDER?.trim() || 'connectwise';
      const simulated = simulatedPsa(provider);
      psa = simulated.adapter;
      statuses = {
        resolved: statuses.resolved ?? simulated.resolvedStatusId,
        escalated: statuses.escalated ?? simulated.escalatedStatusId,
      };
      psaWords = `a SIMULATED ${provider} PSA (in memory; no real ticket is touched)`;
      instructions =
        `Notes go to a simulated ${provider} PSA for trying closeout: link tickets as {"provider":"${provider}","id":"<any id>"}. ` +
        'Every post is still shown to the technician, who must confirm it.';
    } else {
      psaWords = 'no PSA (notes are kept in closeout only)';
    }
    const closeout = createCloseout({
      storage: postgresStorage({ ...target, schema: config.schema }),
      ...(psa ? { psa } : {}),
    });
    const account = closeout.account(config.accountId);
    const settings = {
      ...(statuses.resolved === undefined ? {} : { resolvedStatusId: statuses.resolved }),
      ...(statuses.escalated === undefined ? {} : { escalatedStatusId: statuses.escalated }),
    };
    if (Object.keys(settings).length > 0) await account.settings.update(settings);
    const server = createMcpServer(closeout, {
      accountId: config.accountId,
      ...(config.actor === undefined ? {} : { actor: config.actor }),
      confirm: config.confirm,
      ...(instructions === undefined ? {} : { instructions }),
    });
    return {
      server,
      closeout,
      config,
      summary: `closeout-mcp: account ${config.accountId}, ${where}, ${psaWords}, posts confirmed by ${config.confirm === 'host' ? 'the host' : 'elicitation'}`,
      async close() {
        await server.close();
        await closeDatabase();
      },
    };
  } catch (error) {
    await closeDatabase();
    throw error;
  }
}

async function openDatabase(
  config: BinConfig,
): Promise<{ target: DatabaseTarget; close: () => Promise<void>; where: string }> {
  if (config.database.kind === 'postgres') {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({
      connectionString: config.database.url,
      max: 5,
      connectionTimeoutMillis: 5_000,
    });
    // A dropped idle connection must not end the server.
    pool.on('error', () => {});
    return { target: { pool }, close: () => pool.end(), where: 'PostgreSQL from DATABASE_URL' };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  await mkdir(config.database.dir, { recursive: true });
  const pglite = await PGlite.create(config.database.dir);
  return {
    target: { pglite },
    close: () => pglite.close(),
    where: `embedded PGlite in ${config.database.dir}`,
  };
}
