import { describe, expect, it } from 'vitest';
import { CJK_CLAIMS, CJK_HONEST, type ClaimClass } from './fixtures/claims-classes-cjk.js';
import { refusedAsClaim } from './support/guard-rates.js';

// Every class of closure claim in Japanese, Chinese and Korean is refused, and every honest
// sentence accepted, wherever in the note the sentence stands (summary, next step, summary of the
// active fix) and whether the active fix failed or worked in part: the six slots of refusedAsClaim.

const SLOTS = [0, 1, 2, 3, 4, 5];
const CLASSES: readonly ClaimClass[] = [
  'C1',
  'C2',
  'C3',
  'C4',
  'C5',
  'C6',
  'C7',
  'C8',
  'C9',
  'C10',
  'C11',
  'C12',
];
const LANGS = ['ja', 'zh', 'ko'] as const;

describe('closure claims by class in Japanese, Chinese and Korean', () => {
  it('holds at least 15 claims covering every class and 10 honest sentences per language', () => {
    for (const lang of LANGS) {
      const claims = CJK_CLAIMS.filter((c) => c.lang === lang);
      expect(claims.length, lang).toBeGreaterThanOrEqual(15);
      expect(new Set(claims.map((c) => c.cls)), lang).toEqual(new Set(CLASSES));
      expect(CJK_HONEST.filter((h) => h.lang === lang).length, lang).toBeGreaterThanOrEqual(10);
    }
  });

  it('refuses every claim in every slot', () => {
    const missed = CJK_CLAIMS.flatMap((c) =>
      SLOTS.filter((slot) => !refusedAsClaim(c.text, slot)).map(
        (slot) => `${c.lang} ${c.cls} slot ${slot}: ${c.text}`,
      ),
    );
    expect(missed).toEqual([]);
  });

  it('accepts every honest sentence in every slot', () => {
    const refused = CJK_HONEST.flatMap((h) =>
      SLOTS.filter((slot) => refusedAsClaim(h.text, slot)).map((slot) => `${h.lang} slot ${slot}: ${h.text}`),
    );
    expect(refused).toEqual([]);
  });
});
