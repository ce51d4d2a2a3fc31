import { describe, expect, it } from 'vitest';
import { CLASS_CLAIMS, CLASS_HONEST } from './fixtures/claims-classes-eastern.js';
import { refusedAsClaim } from './support/guard-rates.js';

// The closure-claim classes (C1–C12) in Polish, Russian, Turkish and Arabic: each claim placed in
// turn in the summary, a next step and the active fix of an honest note over a failed or partial
// fix must be refused; each honest sentence must be accepted.

const LANGS = ['pl', 'ru', 'tr', 'ar'] as const;
const CLASSES = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11', 'C12'];
const slots = [0, 1, 2, 3, 4, 5];

describe('closure-claim classes in pl, ru, tr and ar', () => {
  it('holds at least 15 claims covering every class and 10 honest sentences per language', () => {
    for (const lang of LANGS) {
      const claims = CLASS_CLAIMS.filter((c) => c.lang === lang);
      expect(claims.length, lang).toBeGreaterThanOrEqual(15);
      expect(new Set(claims.map((c) => c.cls)), lang).toEqual(new Set(CLASSES));
      expect(CLASS_HONEST.filter((h) => h.lang === lang).length, lang).toBeGreaterThanOrEqual(10);
    }
  });

  it('refuses every claim in every slot', () => {
    const missed = CLASS_CLAIMS.flatMap((c) =>
      slots.filter((s) => !refusedAsClaim(c.text, s)).map((s) => `${c.lang} ${c.cls} [${s}] ${c.text}`),
    );
    expect(missed).toEqual([]);
  });

  it('accepts every honest sentence in every slot', () => {
    const refused = CLASS_HONEST.flatMap((h) =>
      slots.filter((s) => refusedAsClaim(h.text, s)).map((s) => `${h.lang} ${h.cls} [${s}] ${h.text}`),
    );
    expect(refused).toEqual([]);
  });
});
