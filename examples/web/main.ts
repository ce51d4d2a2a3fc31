// The technician's step in a browser: a page built with Vite and React, served with the closeout
// endpoints on one port, on memory storage and a simulated ConnectWise PSA holding ticket 48213.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCloseout } from '@closeout/core';
import { fakePsa } from '@closeout/core/fake-psa';
import { createHandler, toNodeListener } from '@closeout/http';
import { memoryStorage } from '@closeout/storage-memory';
import { buildPage } from './build.js';
import { serveStatic } from './static.js';

const API_KEY = 'demo-key';
const port = Number(process.env.PORT ?? 5173);

const psa = fakePsa({ provider: 'connectwise' });
psa.createTicket({ id: '48213' });
// `CLOSEOUT_WEB_SCENARIO=status-kept`: the PSA answers the first status change OK but keeps the old
// status, as a workflow rule can; the browser test of the step after a failed verification uses it.
if (process.env.CLOSEOUT_WEB_SCENARIO === 'status-kept') {
  psa.inject('setTicketStatus', { type: 'silent_status_rejection' }, { times: 1 });
}
const closeout = createCloseout({ storage: memoryStorage(), psa });
await closeout.account('acme-msp').settings.update({
  resolvedStatusId: psa.statusId('Resolved'),
  escalatedStatusId: psa.statusId('Escalated'),
});

const api = toNodeListener(
  createHandler(closeout, {
    // The page sends this key; a real host authenticates its own users here.
    authenticate: (request) =>
      request.headers.get('authorization') === `Bearer ${API_KEY}` ? 'acme-msp' : null,
    basePath: '/api',
    onError: (error) => console.error('unexpected error', error),
  }),
);
const page = serveStatic(await buildPage());

const server = createServer((req, res) => {
  if (req.url === '/api' || req.url?.startsWith('/api/')) api(req, res);
  else page(req, res);
});
server.listen(port, '127.0.0.1', () => {
  const { port: bound } = server.address() as AddressInfo;
  console.log(`closeout web example on http://127.0.0.1:${bound}/`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
