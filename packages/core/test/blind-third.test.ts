import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../src/redaction/redact.js';
import guardBlind3 from './fixtures/guard-blind-3.json' with { type: 'json' };
import secretsBlind3 from './fixtures/secrets-blind-3.json' with { type: 'json' };
import { LANGS, rates, refusedAsClaim } from './support/guard-rates.js';

// A third pair of blind corpora (fixtures/guard-blind-3.json, fixtures/secrets-blind-3.json, kept as
// delivered), written by someone who had seen neither the rules nor the earlier corpora, after the
// guard's lexicons had been rewritten by claim class and the redaction rules by credential class.
// Their first measurement, taken before any rule changed because of them, is the figure to expect
// on new text and the floor here; docs/security.md states it, and what changed after.

const claims = rates(guardBlind3.claims, (c, i) => refusedAsClaim(c.text, i));
const honest = rates(guardBlind3.honest, (h, i) => !refusedAsClaim(h.text, i));

describe('the third blind guard corpus', () => {
  it('covers the fifteen languages', () => {
    for (const lang of LANGS) {
      expect(guardBlind3.claims.filter((c) => c.lang === lang).length, lang).toBeGreaterThanOrEqual(20);
      expect(guardBlind3.honest.filter((h) => h.lang === lang).length, lang).toBeGreaterThanOrEqual(14);
    }
  });

  // First measured: 252 of 300 claims refused (84.0 %; 75–90 % by language), 201 of 210 honest
  // sentences accepted (95.7 %).
  it('refuses at least the first measured share of claims, and accepts at least the measured share of honest ones', () => {
    expect(claims.all).toBeGreaterThanOrEqual(0.84);
    for (const lang of LANGS) expect(claims.byLang[lang], lang).toBeGreaterThanOrEqual(0.75);
    expect(honest.all).toBeGreaterThanOrEqual(0.957);
  });

  // After one round of rules written by class for its misses (activated apps, jobs that complete
  // successfully, closing with a denied confirmation, Persian letters in Arabic): 283 of 300 claims
  // (94.3 %; 90–100 % by language) and 209 of 210 honest sentences (99.5 %). Not a blind figure.
  it('holds what the round of rules for its misses reached', () => {
    expect(claims.all).toBeGreaterThanOrEqual(0.943);
    for (const lang of LANGS) expect(claims.byLang[lang], lang).toBeGreaterThanOrEqual(0.9);
    expect(honest.all).toBeGreaterThanOrEqual(0.995);
  });
});

describe('the third blind redaction corpus', () => {
  const masked = secretsBlind3.secrets.filter((s) => !redactSecrets(s.text).text.includes(s.secret));
  const intact = secretsBlind3.lookalikes.filter((l) => redactSecrets(l.text).text === l.text);

  it('names, for every secret, a substring of its text', () => {
    for (const s of secretsBlind3.secrets) expect(s.text, s.format).toContain(s.secret);
  });

  // First measured: 246 of 289 secrets masked (85.1 %, 287 formats), 154 of 161 look-alikes intact
  // (95.7 %).
  it('masks at least the first measured share of secrets and keeps the measured share of look-alikes', () => {
    expect(masked.length / secretsBlind3.secrets.length).toBeGreaterThanOrEqual(0.851);
    expect(intact.length / secretsBlind3.lookalikes.length).toBeGreaterThanOrEqual(0.956);
  });

  // After one round of rules written by class for its misses (values on the line after their
  // label, credential words of six more languages, command-line flags, passphrases, placeholders and
  // public keys left alone): 284 of 289 (98.3 %) and 161 of 161. Not a blind figure.
  it('holds what the round of rules for its misses reached', () => {
    expect(masked.length / secretsBlind3.secrets.length).toBeGreaterThanOrEqual(0.982);
    expect(intact.length).toBe(secretsBlind3.lookalikes.length);
  });
});
