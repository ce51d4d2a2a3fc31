// closeout's endpoints in a Hono app on Node: `npm run example:hono` (PORT to choose the port).
// On Bun, Deno or Cloudflare Workers, export `app` (or `app.fetch`) as that runtime expects instead.
import { serve } from '@hono/node-server';
import { API_KEY, demoHandler } from '../support/demo-closeout.js';
import { createApp } from './app.js';

const app = createApp(await demoHandler());
const server = serve(
  { fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT ?? 8787) },
  (info) => {
    console.log(`closeout in Hono on http://127.0.0.1:${info.port}/api`);
    console.log(`authenticate with "Authorization: Bearer ${API_KEY}"`);
  },
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
