import type { CloseoutHandler } from '@closeout/http';
import { toNodeListener } from '@closeout/http';
import express, { type Express } from 'express';

/**
 * An Express app with closeout's endpoints under `/api`, beside the host's own routes.
 *
 * Mounted before any body parser (`express.json()` would consume the body closeout reads itself);
 * with `basePath: '/api'` the handler reads Express's `originalUrl`, so the mount path and the
 * base path are the same.
 */
export function createApp(handler: CloseoutHandler): Express {
  const app = express();
  app.use('/api', toNodeListener(handler));
  // The host's own routes, body parsers included, come after.
  app.use(express.json());
  app.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  return app;
}
