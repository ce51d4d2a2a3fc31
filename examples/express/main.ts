// closeout's endpoints in an Express app: `npm run example:express` (PORT to choose the port).
import type { AddressInfo } from 'node:net';
import { API_KEY, demoHandler } from '../support/demo-closeout.js';
import { createApp } from './app.js';

const app = createApp(await demoHandler());
const server = app.listen(Number(process.env.PORT ?? 8787), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`closeout in Express on http://127.0.0.1:${port}/api`);
  console.log(`authenticate with "Authorization: Bearer ${API_KEY}"`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
