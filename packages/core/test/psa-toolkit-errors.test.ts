import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  credentialScrubber,
  isAmbiguousStatus,
  isRetryableStatus,
  type PsaCall,
  readErrorBody,
  responseError,
  retryAfterMs,
  transportError,
  unexpectedAnswer,
} from '../src/psa/index.js';

const POST_NOTE: PsaCall = {
  vendor: 'Acme PSA',
  operation: 'addNote',
  method: 'POST',
  doing: 'posting a note on ticket 7',
  details: { ticketId: 7 },
};
const GET_TICKET: PsaCall = {
  ...POST_NOTE,
  operation: 'getTicket',
  method: 'GET',
  doing: 'reading ticket 7',
};
const QUERY_NOTES: PsaCall = { ...POST_NOTE, operation: 'findNote', doing: 'listing notes', creates: false };

const answer = (status: number, headers: Record<string, string> = {}) =>
  new Response('{}', { status, headers });

describe('psa toolkit: status classification', () => {
  it('retries 408, 429 and 5xx only', () => {
    expect([400, 401, 403, 404, 409, 422].map(isRetryableStatus)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect([408, 429, 500, 502, 503, 504].map(isRetryableStatus)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('calls a 5xx on a POST ambiguous, except 503; never a 4xx or a PATCH', () => {
    expect(isAmbiguousStatus('POST', 500)).toBe(true);
    expect(isAmbiguousStatus('post', 504)).toBe(true);
    expect(isAmbiguousStatus('POST', 503)).toBe(false);
    expect(isAmbiguousStatus('POST', 429)).toBe(false);
    expect(isAmbiguousStatus('POST', 400)).toBe(false);
    expect(isAmbiguousStatus('PATCH', 500)).toBe(false);
  });

  it('reads Retry-After in seconds and as an HTTP date, and ignores a malformed one', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '7' }))).toBe(7000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }), () => now)).toBe(
      30_000,
    );
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(retryAfterMs(new Headers())).toBeUndefined();
  });
});

describe('psa toolkit: responseError', () => {
  it('maps a 500 on a note POST to retryable and ambiguous, naming the call', () => {
    const e = responseError(answer(500), POST_NOTE, { vendorMessage: 'boom' });
    expect(e.code).toBe('PSA_REQUEST_FAILED');
    expect(e).toMatchObject({ retryable: true, ambiguous: true });
    expect(e.message).toMatch(/^Acme PSA answered 500 while posting a note on ticket 7: boom/);
    expect(e.details).toMatchObject({ operation: 'addNote', status: 500, ticketId: 7 });
  });

  it('keeps a 500 on a query POST unambiguous (creates: false) and a 400 on a note POST too', () => {
    expect(responseError(answer(500), QUERY_NOTES)).toMatchObject({ retryable: true, ambiguous: false });
    expect(responseError(answer(400), POST_NOTE)).toMatchObject({ retryable: false, ambiguous: false });
  });

  it('carries the Retry-After of a 429 in details and the message', () => {
    const e = responseError(answer(429, { 'retry-after': '12' }), GET_TICKET);
    expect(e).toMatchObject({ retryable: true, ambiguous: false });
    expect(e.details.retryAfterSeconds).toBe(12);
    expect(e.message).toContain('retry after 12s');
  });

  it('lets the vendor override the message and the classification, and drops undefined details', () => {
    const e = responseError(answer(500), GET_TICKET, {
      message: 'validation failed',
      retryable: false,
      details: { vendorCode: undefined, field: 'x' },
    });
    expect(e.message).toMatch(/^validation failed/);
    expect(e.retryable).toBe(false);
    expect(e.details).not.toHaveProperty('vendorCode');
    expect(e.details.field).toBe('x');
  });

  it('reads an error body of the given shape, and nothing from a body of another', async () => {
    const schema = z.object({ errors: z.array(z.string()) });
    expect(await readErrorBody(Response.json({ errors: ['a'] }, { status: 500 }), schema)).toEqual({
      errors: ['a'],
    });
    expect(await readErrorBody(new Response('<html>', { status: 500 }), schema)).toBeUndefined();
    expect(await readErrorBody(Response.json({ message: 'x' }, { status: 500 }), schema)).toBeUndefined();
  });
});

describe('psa toolkit: transportError and unexpectedAnswer', () => {
  const scrub = credentialScrubber(['sekret-token-123']);

  it('calls a timeout on a POST ambiguous, and on a GET not', () => {
    const timeout = Object.assign(new Error('The operation timed out'), { name: 'TimeoutError' });
    const post = transportError(timeout, POST_NOTE, scrub);
    expect(post).toMatchObject({ retryable: true, ambiguous: true });
    expect(post.message).toContain('did not answer in time');
    expect(post.message).toContain('look for it before posting again');
    expect(post.details.reason).toBe('timeout');
    expect(transportError(timeout, GET_TICKET, scrub)).toMatchObject({ retryable: true, ambiguous: false });
  });

  it('knows a refused connection sent nothing, even for a POST', () => {
    const refused = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    });
    const e = transportError(refused, POST_NOTE, scrub);
    expect(e).toMatchObject({ retryable: true, ambiguous: false });
    expect(e.details.networkCode).toBe('ECONNREFUSED');
  });

  it('keeps a scrubbed copy of the cause chain, never the original error', () => {
    const original = new TypeError('fetch failed', {
      cause: Object.assign(new Error('socket hang up near sekret-token-123'), { code: 'ECONNRESET' }),
    });
    const e = transportError(original, POST_NOTE, scrub);
    expect(e.cause).not.toBe(original);
    const causes = JSON.stringify(e, Object.getOwnPropertyNames(e)) + String((e.cause as Error).cause);
    expect(causes).not.toContain('sekret-token-123');
    expect(String((e.cause as Error).cause)).toContain('[redacted]');
  });

  it('calls an unreadable 2xx to a POST ambiguous and never retryable', () => {
    expect(unexpectedAnswer(POST_NOTE, 'an HTML page', 200)).toMatchObject({
      retryable: false,
      ambiguous: true,
    });
    expect(unexpectedAnswer(GET_TICKET, 'an HTML page', 200)).toMatchObject({
      retryable: false,
      ambiguous: false,
    });
  });
});
