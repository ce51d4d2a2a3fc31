// `npm run example:hono` serves every route of the table over loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkEveryRoute } from '../support/route-walk.js';
import { type RunningExample, startExample } from '../support/run-example.js';

let server: RunningExample;

beforeAll(async () => {
  server = await startExample('examples/hono/main.ts', /on (http:\/\/127\.0\.0\.1:\d+\/api)/);
});
afterAll(() => {
  server?.stop();
});

describe('example: Hono', () => {
  it('serves every route of the table, the OpenAPI document, and 401 without credentials', async () => {
    const seen = await walkEveryRoute(server.url);
    expect(seen.some((s) => s.startsWith('PUT '))).toBe(true);
    expect(seen.some((s) => s.startsWith('DELETE '))).toBe(true);
  });

  it('keeps the host’s own routes working beside the mount', async () => {
    const origin = new URL(server.url).origin;
    const res = await fetch(`${origin}/health`);
    expect(await res.json()).toEqual({ ok: true });
  });
});
