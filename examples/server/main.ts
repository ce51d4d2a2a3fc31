// The closeout endpoints on Node's http server: memory storage, the offline template generator and
// a simulated PSA with one ticket, so every endpoint can be tried with curl.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCloseout } from '@closeout/core';
import { fakePsa } from '@closeout/core/fake-psa';
import { createHandler, toNodeListener } from '@closeout/http';
import { memoryStorage } from '@closeout/storage-memory';

const API_KEY = process.env.CLOSEOUT_API_KEY ?? 'demo-key';
const port = Number(process.env.PORT ?? 8787);

const psa = fakePsa({ provider: 'connectwise' });
const ticket = psa.createTicket({ id: '48213' });
const closeout = createCloseout({ storage: memoryStorage(), psa });
await closeout.account('acme-msp').settings.update({
  resolvedStatusId: psa.statusId('Resolved'),
  escalatedStatusId: psa.statusId('Escalated'),
});

const handler = createHandler(closeout, {
  // The host's own authentication goes here; this example knows one API key, for one MSP and one
  // technician, whom the sessions' history names for every change the requests make.
  authenticate: (request) =>
    request.headers.get('authorization') === `Bearer ${API_KEY}`
      ? { accountId: 'acme-msp', actor: 'tech:demo' }
      : null,
  basePath: '/api',
  onError: (error) => console.error('unexpected error', error),
});

// Writebacks a crashed instance left unfinished (the note posted, the status not yet) are finished
// at start-up and then every two minutes: safe on every instance at once, the claim lets one of
// them finish each. With memory storage there is one process and nothing survives a crash; with
// postgresStorage this is what finishes another instance's work.
async function recover(): Promise<void> {
  const { finished, failed } = await closeout.recoverWritebacks();
  if (finished.length > 0 || failed.length > 0) {
    console.log(`recovered writebacks: ${finished.length} finished, ${failed.length} still failing`);
  }
}
await recover();
const recovery = setInterval(() => {
  recover().catch((error: unknown) => console.error('writeback recovery failed', error));
}, 120_000);
recovery.unref();

const server = createServer(toNodeListener(handler));
server.listen(port, '127.0.0.1', () => {
  const { port: bound } = server.address() as AddressInfo;
  console.log(`closeout example server on http://127.0.0.1:${bound}/api`);
  console.log(
    `simulated ConnectWise ticket ${ticket.id}; authenticate with "Authorization: Bearer ${API_KEY}"`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    clearInterval(recovery);
    server.close(() => process.exit(0));
  });
}
