// The toolkit's request budget on a hand-moved clock: the rolling window, the spacing from
// slowFrom, the vendor's own count, a block after a refusal, and the failure that sends nothing.
import { describe, expect, it } from 'vitest';
import { PsaRequestError } from '../src/errors.js';
import { RequestBudget } from '../src/psa/index.js';

const CALL = { vendor: 'Autotask', operation: 'getTicket', method: 'GET', doing: 'reading ticket 7' };

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('RequestBudget', () => {
  it('lets `requests` calls through per window, then waits until the oldest ages out', () => {
    const c = clock();
    const budget = new RequestBudget({ requests: 3, windowMs: 1_000, maxWaitMs: 5_000 }, c.now);
    for (let i = 0; i < 3; i++) {
      expect(budget.waitMs()).toBe(0);
      budget.record();
      c.advance(100);
    }
    // Calls at 0, 100, 200; now 300: the first leaves the window at 1,000.
    expect(budget.waitMs()).toBe(700);
    c.advance(700);
    expect(budget.waitMs()).toBe(0);
  });

  it('spaces calls out from slowFrom, spreading what is left over the window', () => {
    const c = clock();
    const budget = new RequestBudget(
      { requests: 10, windowMs: 1_000, slowFrom: 0.5, maxWaitMs: 5_000 },
      c.now,
    );
    for (let i = 0; i < 4; i++) budget.record();
    expect(budget.waitMs()).toBe(0);
    budget.record();
    // 5 of 10 used: each further call waits 1,000 / 5 after the last one.
    expect(budget.waitMs()).toBe(200);
    c.advance(200);
    budget.record();
    expect(budget.waitMs()).toBe(250);
  });

  it('counts from the vendor’s reading, which includes every other integration', () => {
    const c = clock();
    const budget = new RequestBudget({ requests: 10_000, windowMs: 3_600_000, maxWaitMs: 30_000 }, c.now);
    budget.report({ used: 9_990, limit: 10_000 });
    for (let i = 0; i < 5; i++) budget.record();
    expect(budget.usage()).toEqual({ used: 9_995, limit: 10_000, windowMs: 3_600_000 });
    for (let i = 0; i < 5; i++) budget.record();
    expect(budget.waitMs()).toBeGreaterThan(30_000);
  });

  it('takes a lower limit from the vendor’s reading', () => {
    const budget = new RequestBudget({ requests: 10_000, windowMs: 1_000, maxWaitMs: 0 }, clock().now);
    budget.report({ used: 2, limit: 3 });
    budget.record();
    expect(budget.usage()).toMatchObject({ used: 3, limit: 3 });
    expect(budget.waitMs()).toBeGreaterThan(0);
  });

  it('blocks every call after a refusal, for the wait named or until the oldest call ages out', () => {
    const c = clock();
    const budget = new RequestBudget({ requests: 100, windowMs: 1_000, maxWaitMs: 5_000 }, c.now);
    expect(budget.block(400)).toBe(400);
    expect(budget.waitMs()).toBe(400);
    c.advance(400);
    budget.record();
    c.advance(100);
    expect(budget.block(undefined)).toBe(900);
  });

  it('reserve fails at once past maxWaitMs: retryable, rate_limited, with the wait, nothing counted', async () => {
    const c = clock();
    const budget = new RequestBudget({ requests: 1, windowMs: 60_000, maxWaitMs: 1_000 }, c.now);
    await budget.reserve(CALL);
    const error = await budget.reserve(CALL).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PsaRequestError);
    expect(error).toMatchObject({ retryable: true, ambiguous: false });
    expect((error as PsaRequestError).details).toMatchObject({
      operation: 'getTicket',
      reason: 'rate_limited',
      retryAfterSeconds: 60,
      used: 1,
      limit: 1,
    });
    expect(budget.usage().used).toBe(1);
  });

  it('one budget per key: adapters of the same tenant share it, and the lower limit wins', () => {
    const c = clock();
    const a = RequestBudget.shared('test|tenant-a', { requests: 5, windowMs: 1_000, maxWaitMs: 0 }, c.now);
    const b = RequestBudget.shared('test|tenant-a', { requests: 2, windowMs: 1_000, maxWaitMs: 0 }, c.now);
    const other = RequestBudget.shared(
      'test|tenant-b',
      { requests: 5, windowMs: 1_000, maxWaitMs: 0 },
      c.now,
    );
    expect(b).toBe(a);
    expect(other).not.toBe(a);
    a.record();
    b.record();
    expect(a.usage()).toMatchObject({ used: 2, limit: 2 });
    expect(other.usage().used).toBe(0);
  });
});
