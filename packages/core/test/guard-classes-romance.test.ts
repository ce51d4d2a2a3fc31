import { describe, expect, it } from 'vitest';
import { ROMANCE_CLAIMS, ROMANCE_HONEST } from './fixtures/claims-classes-romance.js';
import { refusedAsClaim } from './support/guard-rates.js';

// The closure claims of every class in French, Spanish, Italian and Portuguese are refused over a
// failed or partial fix, and the honest sentences about the same devices are accepted.

const LANGS = ['fr', 'es', 'it', 'pt'] as const;
const CLASSES = [
  'works-manner',
  'again',
  'everything',
  'ability',
  'symptom-gone',
  'fixed',
  'normal',
  'closure',
  'reported',
  'elliptical',
  'after-attempts',
  'question-answered',
] as const;

describe('the romance class corpus', () => {
  it('holds, per language, every class, at least 15 claims and at least 10 honest sentences', () => {
    for (const lang of LANGS) {
      const claims = ROMANCE_CLAIMS.filter((c) => c.lang === lang);
      expect(claims.length, lang).toBeGreaterThanOrEqual(15);
      expect(ROMANCE_HONEST.filter((h) => h.lang === lang).length, lang).toBeGreaterThanOrEqual(10);
      for (const cls of CLASSES)
        expect(
          claims.some((c) => c.cls === cls),
          `${lang} ${cls}`,
        ).toBe(true);
    }
  });
});

describe.each(LANGS)('closure claims by class in %s', (lang) => {
  const claims = ROMANCE_CLAIMS.map((c, i) => ({ ...c, slot: i })).filter((c) => c.lang === lang);
  const honest = ROMANCE_HONEST.map((h, i) => ({ ...h, slot: i })).filter((h) => h.lang === lang);

  it.each(claims.map((c) => [c.cls, c.text, c.slot] as const))('refuses the %s claim %j', (_, text, slot) => {
    expect(refusedAsClaim(text, slot)).toBe(true);
  });

  it.each(honest.map((h) => [h.kind, h.text, h.slot] as const))(
    'accepts the %s sentence %j',
    (_, text, slot) => {
      expect(refusedAsClaim(text, slot)).toBe(false);
    },
  );
});
