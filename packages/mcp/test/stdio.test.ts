// closeout-mcp as an MCP client starts it: a separate process from the TypeScript sources, over
// stdio, on an embedded PGlite database in a scratch folder. The whole story of a session, then a
// restart that finds it still there.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accept, codeOf, connectClient, dataOf, type Human, textOf, troubleshoot } from './support.js';

const bin = fileURLToPath(new URL('../src/bin.ts', import.meta.url));
// `--import tsx` resolves from the working directory, which here is a scratch one: name it fully.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const nodeArgs = ['--conditions=@closeout/source', '--import', tsx, bin];

let cwd: string;
const clients: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'closeout-mcp-'));
});
afterEach(async () => {
  for (const client of clients.splice(0)) await client.close();
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

/** Starts closeout-mcp as a client would, with only the variables given (DATABASE_URL left out). */
async function startBin(env: Record<string, string>, human: Human) {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: nodeArgs,
    cwd,
    env,
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const connected = await connectClient(transport, human);
  clients.push(connected.client);
  return { ...connected, stderr: () => stderr };
}

describe('closeout-mcp over stdio', () => {
  it('runs a whole session to a confirmed, verified post, and finds it again after a restart', async () => {
    const env = { CLOSEOUT_ACCOUNT: 'acme-msp', CLOSEOUT_PGLITE_DIR: 'data/pglite' };
    const first = await startBin(env, accept);
    const ticket = { provider: 'connectwise', id: '48213' };
    const { sessionId, version } = await troubleshoot(first.call, ticket);
    expect(version).toBe(7);

    const preview = await first.call('closeout_preview_note', { sessionId, kind: 'resolve' });
    expect(textOf(preview)).toContain('Reinstall the HP Universal Print Driver');
    const posted = await first.call('closeout_post_note', {
      sessionId,
      kind: 'resolve',
      basedOnVersion: version,
    });
    expect(first.asked).toHaveLength(1);
    expect(first.asked[0]).toContain(dataOf(preview).markdown as string);
    expect(dataOf(posted)).toMatchObject({
      posted: true,
      outcome: 'resolved',
      stateVersion: version + 1,
      note: { type: 'resolution', externalId: expect.any(String) },
      status: { name: 'Resolved', verified: true },
    });
    expect(first.stderr()).toContain('embedded PGlite');
    expect(first.stderr()).toContain('SIMULATED connectwise PSA');
    await first.client.close();

    const second = await startBin(env, accept);
    const again = await second.call('closeout_get_session', { sessionId });
    expect(again.isError).toBeUndefined();
    expect(dataOf(again)).toMatchObject({ sessionId, status: 'resolved', stateVersion: version + 1 });
    const session = dataOf(again).session as {
      finalization: { status: { verified: boolean } };
      fixes: unknown[];
    };
    expect(session.finalization.status.verified).toBe(true);
    expect(session.fixes).toHaveLength(2);
    const resource = await second.client.readResource({ uri: `closeout://sessions/${sessionId}` });
    expect((resource.contents[0] as { text: string }).text).toContain('"status": "resolved"');
    // A finalized session takes no more changes, from this process either.
    const late = await second.call('closeout_add_finding', { sessionId, text: 'after the close' });
    expect(codeOf(late)).toBe('ALREADY_FINALIZED');
  }, 120_000);

  it('refuses to post without a human when the client cannot elicit', async () => {
    const started = await startBin(
      { CLOSEOUT_ACCOUNT: 'acme-msp', CLOSEOUT_PGLITE_DIR: 'data/other' },
      'unsupported',
    );
    const { sessionId, version } = await troubleshoot(started.call, { provider: 'connectwise', id: '7' });
    const answer = await started.call('closeout_post_note', {
      sessionId,
      kind: 'resolve',
      basedOnVersion: version,
    });
    expect(codeOf(answer)).toBe('CONFIRMATION_REQUIRED');
  }, 120_000);

  it('starts from the package bin (bin/closeout-mcp.js), built or from the sources', async () => {
    const launcher = fileURLToPath(new URL('../bin/closeout-mcp.js', import.meta.url));
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [launcher],
      cwd,
      env: { CLOSEOUT_ACCOUNT: 'acme-msp', CLOSEOUT_PGLITE_DIR: 'data/launcher' },
      stderr: 'pipe',
    });
    const { client, call } = await connectClient(transport, accept);
    clients.push(client);
    expect((await client.listTools()).tools).toHaveLength(8);
    const start = await call('closeout_start_session', { problem: 'Outlook keeps asking for a password' });
    expect(dataOf(start)).toMatchObject({ status: 'open', stateVersion: 1 });
  }, 120_000);

  it('exits with a message naming CLOSEOUT_ACCOUNT when it is missing', async () => {
    const run = promisify(execFile);
    const env = { ...process.env };
    delete env.CLOSEOUT_ACCOUNT;
    const failed = await run(process.execPath, nodeArgs, { cwd, env }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('CLOSEOUT_ACCOUNT is required');
  }, 60_000);
});

// With a PostgreSQL server (DATABASE_URL, as `.ci/run` sets it), the bin keeps sessions there, in the
// schema CLOSEOUT_SCHEMA names. Without one this variant is not registered; the PGlite ones above run.
const DATABASE_URL = process.env.DATABASE_URL;
if (DATABASE_URL !== undefined) {
  describe('closeout-mcp on PostgreSQL (DATABASE_URL)', () => {
    const schema = `t_mcp_${randomBytes(4).toString('hex')}`;
    afterAll(async () => {
      const pool = new pg.Pool({ connectionString: DATABASE_URL });
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    });

    it('keeps a session in the server across a restart', async () => {
      const env = { CLOSEOUT_ACCOUNT: 'acme-msp', DATABASE_URL, CLOSEOUT_SCHEMA: schema };
      const first = await startBin(env, accept);
      const start = await first.call('closeout_start_session', { problem: 'VPN drops every hour' });
      const sessionId = dataOf(start).sessionId as string;
      await first.call('closeout_add_finding', { sessionId, text: 'Drops at the DHCP lease renewal' });
      expect(first.stderr()).toContain('PostgreSQL from DATABASE_URL');
      await first.client.close();

      const second = await startBin(env, accept);
      const again = dataOf(await second.call('closeout_get_session', { sessionId }));
      expect(again).toMatchObject({ sessionId, stateVersion: 2, findings: 1 });
    }, 120_000);
  });
}
