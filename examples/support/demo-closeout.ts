// The closeout side of the framework examples (Express, Hono, Next.js): what a host sets up once,
// whatever framework serves it. Memory storage, the offline template generator and a simulated
// PSA holding ticket 48213, so every endpoint answers without credentials or network.
import { createCloseout } from '@closeout/core';
import { fakePsa } from '@closeout/core/fake-psa';
import { type CloseoutHandler, createHandler } from '@closeout/http';
import { memoryStorage } from '@closeout/storage-memory';

/** The one API key the examples know (a real host checks its own session cookie or token). */
export const API_KEY = process.env.CLOSEOUT_API_KEY ?? 'demo-key';

/** The simulated ticket every example's session can link to. */
export const TICKET_ID = '48213';

/** closeout's endpoints as one web-standard handler, under `/api`. */
export async function demoHandler(): Promise<CloseoutHandler> {
  const psa = fakePsa({ provider: 'connectwise' });
  psa.createTicket({ id: TICKET_ID });
  const closeout = createCloseout({ storage: memoryStorage(), psa });
  await closeout.account('acme-msp').settings.update({
    resolvedStatusId: psa.statusId('Resolved'),
    escalatedStatusId: psa.statusId('Escalated'),
  });
  return createHandler(closeout, {
    // The host's own authentication: one API key, for one MSP and one technician.
    authenticate: (request) =>
      request.headers.get('authorization') === `Bearer ${API_KEY}`
        ? { accountId: 'acme-msp', actor: 'tech:demo' }
        : null,
    basePath: '/api',
    onError: (error) => console.error('unexpected error', error),
  });
}
