import { systemClock } from '@closeout/core';
import { adapterRuntimeFields, parseInput } from '@closeout/core/psa';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const Schema = z.object({ apiKey: z.string(), ...adapterRuntimeFields }).strict();

describe('adapterRuntimeFields', () => {
  it('takes fetch, logger and clock, and defaults the clock to the wall clock', () => {
    const clock = { now: () => new Date(0) };
    const parsed = parseInput(
      Schema,
      { apiKey: 'k', fetch: globalThis.fetch, logger: console, clock },
      'options',
    );
    expect(parsed.clock).toBe(clock);
    expect(parsed.logger).toBe(console);
    // zod copies a default object: the wall clock's own now() must be the one kept.
    expect(parseInput(Schema, { apiKey: 'k' }, 'options').clock.now).toBe(systemClock.now);
  });

  it('refuses a fetch that is not a function, a logger that is not an object and a clock without now()', () => {
    for (const bad of [{ fetch: 'https://x' }, { logger: 'debug' }, { clock: { time: () => 0 } }]) {
      expect(() => parseInput(Schema, { apiKey: 'k', ...bad }, 'options')).toThrow(
        expect.objectContaining({ code: 'VALIDATION_FAILED' }),
      );
    }
  });
});
