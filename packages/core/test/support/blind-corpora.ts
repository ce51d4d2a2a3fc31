import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/redaction/redact.js';
import { LANGS, rates, refusedAsClaim, type Sentence } from './guard-rates.js';

// The tests every blind corpus gets (blind-fourth.test.ts onwards): that it is whole as delivered,
// that the rules hold its first-contact figures (the blind ones), and that they hold what the round
// of rules written for its misses reached (not blind). Each file states its figures and what the
// round changed; the checks themselves live here once.

/** Shares a guard corpus must reach: claims refused and honest sentences accepted, overall and per language. */
export interface GuardFloors {
  claims: number;
  claimsEachLanguage: number;
  honest: number;
  honestEachLanguage: number;
}

/** A guard corpus as its writer delivered it: 24 claims and 16 honest sentences per language. */
export interface GuardCorpus {
  claims: readonly Sentence[];
  honest: readonly Sentence[];
}

/** The shared tests of the `ordinal` blind guard corpus. A floor of 1 lists what fails. */
export function describeBlindGuardCorpus(
  ordinal: string,
  corpus: GuardCorpus,
  floors: { first: GuardFloors; tuned: GuardFloors },
): void {
  const claims = rates(corpus.claims, (c, i) => refusedAsClaim(c.text, i));
  const honest = rates(corpus.honest, (h, i) => !refusedAsClaim(h.text, i));
  const holds = (f: GuardFloors) => {
    if (f.claims === 1) expect(claims.failures).toEqual([]);
    expect(claims.all).toBeGreaterThanOrEqual(f.claims);
    for (const lang of LANGS) expect(claims.byLang[lang], lang).toBeGreaterThanOrEqual(f.claimsEachLanguage);
    if (f.honest === 1) expect(honest.failures).toEqual([]);
    expect(honest.all).toBeGreaterThanOrEqual(f.honest);
    for (const lang of LANGS) expect(honest.byLang[lang], lang).toBeGreaterThanOrEqual(f.honestEachLanguage);
  };

  describe(`the ${ordinal} blind guard corpus`, () => {
    it('covers the fifteen languages', () => {
      for (const lang of LANGS) {
        expect(corpus.claims.filter((c) => c.lang === lang).length, lang).toBe(24);
        expect(corpus.honest.filter((h) => h.lang === lang).length, lang).toBe(16);
      }
    });
    it('refuses at least the first measured share of claims, and accepts at least the measured share of honest ones', () =>
      holds(floors.first));
    it('holds what the round of rules for its misses reached', () => holds(floors.tuned));
  });
}

/** A redaction corpus as its writer delivered it. */
export interface SecretsCorpus {
  secrets: ReadonlyArray<{ format: string; text: string; secret: string }>;
  lookalikes: ReadonlyArray<{ kind: string; text: string }>;
}

/**
 * The shared tests of the `ordinal` blind redaction corpus: `first` as shares (the blind figure),
 * `tuned` as counts of secrets masked and look-alikes intact.
 */
export function describeBlindRedactionCorpus(
  ordinal: string,
  corpus: SecretsCorpus,
  floors: { first: { masked: number; intact: number }; tuned: { masked: number; intact: number } },
): void {
  describe(`the ${ordinal} blind redaction corpus`, () => {
    const masked = corpus.secrets.filter((s) => !redactSecrets(s.text).text.includes(s.secret));
    const intact = corpus.lookalikes.filter((l) => redactSecrets(l.text).text === l.text);

    it('names, for every secret, a substring of its text, in at least 50 formats', () => {
      for (const s of corpus.secrets) expect(s.text, s.format).toContain(s.secret);
      expect(new Set(corpus.secrets.map((s) => s.format)).size).toBeGreaterThanOrEqual(50);
    });
    it('masks at least the first measured share of secrets and keeps the measured share of look-alikes', () => {
      expect(masked.length / corpus.secrets.length).toBeGreaterThanOrEqual(floors.first.masked);
      expect(intact.length / corpus.lookalikes.length).toBeGreaterThanOrEqual(floors.first.intact);
    });
    it('holds what the round of rules for its misses reached', () => {
      expect(masked.length).toBeGreaterThanOrEqual(floors.tuned.masked);
      expect(intact.length).toBeGreaterThanOrEqual(floors.tuned.intact);
    });
  });
}
