// ConnectWise Cloud's 429s come from its edge (Cloudflare): an HTML page with Retry-After. The
// adapter honours the wait, retries (the note POST too: nothing reached ConnectWise), and never
// reads the page as ConnectWise's JSON.
import type { PsaRequestError } from '@closeout/core';
import { describe, expect, it } from 'vitest';
import { rejection, TICKET, useSimulators } from './support/setup.js';

const sims = useSimulators();

describe('a 429 from the edge', () => {
  it('is retried after its Retry-After, and the note lands once', async () => {
    const { sim, adapter } = sims.make();
    sim.setFault('addNote', { status: 429, retryAfterSeconds: 0 }, 1);
    await adapter.addNote(TICKET, { text: 'After the edge said wait', type: 'discussion' });
    expect(sim.requests.filter((r) => r.operation === 'addNote').map((r) => r.outcome)).toEqual([429, 201]);
    expect(sim.notesOf(48213).filter((n) => n.text === 'After the edge said wait')).toHaveLength(1);
  });

  it('past the retries: retryable, with the wait, marked as the edge’s, no ConnectWise code or message', async () => {
    const { sim, adapter } = sims.make({ retry: { limit: 1, baseDelayMs: 1, maxRetryAfterMs: 2_000 } });
    sim.setFault('getTicket', { status: 429, retryAfterSeconds: 0 });
    const error = (await rejection(adapter.getTicket(TICKET))) as PsaRequestError;
    expect(error).toMatchObject({ code: 'PSA_REQUEST_FAILED', retryable: true, ambiguous: false });
    expect(error.details).toMatchObject({ status: 429, edge: true, cfRay: '8f1c2a3b4d5e6f70-ORD' });
    expect(error.details.connectwiseCode).toBeUndefined();
    expect(error.details.connectwiseMessage).toBeUndefined();
    expect(error.message).toContain('edge, Cloudflare');
    expect(error.message).not.toMatch(/<|DOCTYPE|1015/);
    expect(sim.count('getTicket')).toBe(2);
  });

  it('a Retry-After longer than maxRetryAfterMs fails at once, saying when to come back', async () => {
    const { sim, adapter } = sims.make({ retry: { limit: 3, baseDelayMs: 1, maxRetryAfterMs: 500 } });
    sim.setFault('getTicket', { status: 429, retryAfterSeconds: 90 });
    const error = (await rejection(adapter.getTicket(TICKET))) as PsaRequestError;
    expect(error.details).toMatchObject({ status: 429, retryAfterSeconds: 90, edge: true });
    expect(error.message).toContain('retry after 90s');
    expect(sim.count('getTicket')).toBe(1);
  });
});
