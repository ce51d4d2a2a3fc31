// closeout, its HTTP handler and a client wired together in one process: the client's fetch hands
// each request straight to the handler, so tests run the real endpoints without opening a port.
import { type CloseoutClient, createClient } from '@closeout/client';
import { type AccountScope, type CloseoutOptions, createCloseout } from '@closeout/core';
import { type FakePsa, fakePsa } from '@closeout/core/fake-psa';
import { type CloseoutHandler, createHandler } from '@closeout/http';
import { memoryStorage } from '@closeout/storage-memory';

export const API_KEY = 'key-acme';

export interface Backend {
  client: CloseoutClient;
  handler: CloseoutHandler;
  psa: FakePsa;
  acme: AccountScope;
  /** Requests the handler received, method and path, oldest first. */
  requests: string[];
  /** A session on a fresh ticket whose second fix worked; `outcome` changes the last one. */
  workedSession(options?: { outcome?: 'success' | 'failed'; ticket?: boolean }): Promise<string>;
}

/** Starts an in-process backend on a simulated PSA with both status settings saved. */
export async function startBackend(options: Partial<CloseoutOptions> = {}): Promise<Backend> {
  const psa = fakePsa({ provider: 'connectwise' });
  const closeout = createCloseout({ storage: memoryStorage(), psa, ...options });
  const acme = closeout.account('acme-msp');
  await acme.settings.update({
    resolvedStatusId: psa.statusId('Resolved'),
    escalatedStatusId: psa.statusId('Escalated'),
  });
  const handler = createHandler(closeout, {
    authenticate: (req) => (req.headers.get('authorization') === `Bearer ${API_KEY}` ? 'acme-msp' : null),
    basePath: '/api',
  });
  const requests: string[] = [];
  const client = createClient({
    baseUrl: 'http://closeout.test/api',
    headers: { authorization: `Bearer ${API_KEY}` },
    fetch: (url, init) => {
      requests.push(`${init.method} ${new URL(url).pathname}`);
      return handler(new Request(url, init));
    },
  });
  return {
    client,
    handler,
    psa,
    acme,
    requests,
    async workedSession({ outcome = 'success', ticket = true } = {}) {
      const session = await acme.sessions.create({
        problem: 'Users on floor 3 cannot print',
        ticket: ticket ? psa.createTicket() : null,
      });
      await acme.sessions.addFinding(session.id, { text: 'The spooler service stops within a minute' });
      await acme.sessions.proposeFix(session.id, { title: 'Restart the Print Spooler' });
      await acme.sessions.recordOutcome(session.id, {
        status: 'failed',
        failureReason: 'Stopped again after 40 seconds',
      });
      await acme.sessions.proposeFix(session.id, { title: 'Reinstall the HP Universal Print Driver' });
      await acme.sessions.recordOutcome(
        session.id,
        outcome === 'success' ? { status: 'success' } : { status: 'failed', failureReason: 'Still stops' },
      );
      return session.id;
    },
  };
}
