import type { CloseoutHandler } from '@closeout/http';
import { Hono } from 'hono';

/**
 * A Hono app with closeout's endpoints under `/api`: Hono speaks Request and Response, so the
 * handler takes the raw request as it is. With `basePath: '/api'` the handler sees the full path.
 */
export function createApp(handler: CloseoutHandler): Hono {
  const app = new Hono();
  app.all('/api/*', (c) => handler(c.req.raw));
  // The host's own routes.
  app.get('/health', (c) => c.json({ ok: true }));
  return app;
}
