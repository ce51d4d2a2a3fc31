import { describe, expect, it } from 'vitest';
import { CLASS_CLAIMS, CLASS_HONEST, type ClassSentence } from './fixtures/claims-classes-germanic.js';
import { refusedAsClaim } from './support/guard-rates.js';

// The closure claims of English, German, Dutch and Swedish by class: each sentence is placed in
// every field the guard reads (summary, next step, the active fix's summary) over a failed and a
// partial fix, and must be refused as a claim everywhere; each honest sentence accepted everywhere.

const SLOTS = [0, 1, 2, 3, 4, 5];
const LANGS: ReadonlyArray<ClassSentence['lang']> = ['en', 'de', 'nl', 'sv'];

const label = (s: ClassSentence) => `${s.lang} ${s.kind}: ${s.text}`;

describe('closure claims by class, en/de/nl/sv', () => {
  it('holds at least 15 claims and 10 honest sentences per language, and every class C1–C12', () => {
    for (const lang of LANGS) {
      const claims = CLASS_CLAIMS.filter((c) => c.lang === lang);
      expect(claims.length, lang).toBeGreaterThanOrEqual(15);
      expect(CLASS_HONEST.filter((h) => h.lang === lang).length, lang).toBeGreaterThanOrEqual(10);
      const kinds = new Set(claims.map((c) => c.kind));
      for (let n = 1; n <= 12; n++) expect(kinds.has(`C${n}`), `${lang} C${n}`).toBe(true);
    }
  });

  it('refuses every claim in every field, over a failed and a partial fix', () => {
    const missed = CLASS_CLAIMS.filter((c) => SLOTS.some((slot) => !refusedAsClaim(c.text, slot))).map(label);
    expect(missed).toEqual([]);
  });

  it('accepts every honest sentence in every field, over a failed and a partial fix', () => {
    const refused = CLASS_HONEST.filter((h) => SLOTS.some((slot) => refusedAsClaim(h.text, slot))).map(label);
    expect(refused).toEqual([]);
  });
});
