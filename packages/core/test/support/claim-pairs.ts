import { expect } from 'vitest';
import { refusedAsClaim } from './guard-rates.js';

/** A claim and its honest twin, in one language: the twin differs by a negation, a limit or a count. */
export type Pair = readonly [lang: string, claim: string, honest: string];

/** Asserts that the guard refuses the claim and accepts its twin, over each of the six fix situations. */
export function holds([, claim, honest]: Pair): void {
  for (let slot = 0; slot < 6; slot++) {
    expect(refusedAsClaim(claim, slot), `${claim} in slot ${slot}`).toBe(true);
    expect(refusedAsClaim(honest, slot), `${honest} in slot ${slot}`).toBe(false);
  }
}
