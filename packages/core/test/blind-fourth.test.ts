import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../src/redaction/redact.js';
import guardBlind4 from './fixtures/guard-blind-4.json' with { type: 'json' };
import secretsBlind4 from './fixtures/secrets-blind-4.json' with { type: 'json' };
import { LANGS, rates, refusedAsClaim } from './support/guard-rates.js';

// A fourth pair of blind corpora (fixtures/guard-blind-4.json, fixtures/secrets-blind-4.json, kept
// as delivered), written by someone who had seen neither the rules nor the earlier corpora. Their
// first measurement, taken before any rule changed because of them, is the figure to expect on new
// text and the floor here; docs/security.md states it, and what changed after.

const claims = rates(guardBlind4.claims, (c, i) => refusedAsClaim(c.text, i));
const honest = rates(guardBlind4.honest, (h, i) => !refusedAsClaim(h.text, i));

describe('the fourth blind guard corpus', () => {
  it('covers the fifteen languages', () => {
    for (const lang of LANGS) {
      expect(guardBlind4.claims.filter((c) => c.lang === lang).length, lang).toBe(24);
      expect(guardBlind4.honest.filter((h) => h.lang === lang).length, lang).toBe(16);
    }
  });

  // First measured: 295 of 360 claims refused (81.9 %; 63–96 % by language), 229 of 240 honest
  // sentences accepted (95.4 %; 88–100 % by language).
  it('refuses at least the first measured share of claims, and accepts at least the measured share of honest ones', () => {
    expect(claims.all).toBeGreaterThanOrEqual(0.819);
    for (const lang of LANGS) expect(claims.byLang[lang], lang).toBeGreaterThanOrEqual(0.625);
    expect(honest.all).toBeGreaterThanOrEqual(0.954);
    for (const lang of LANGS) expect(honest.byLang[lang], lang).toBeGreaterThanOrEqual(0.875);
  });

  // After one round of rules written by class for its misses (better than ever, a job done with
  // success, a one-word claim closing a list or after a colon, times of day read as one number, a
  // closing that waits to be told, negations after the verb in German, Dutch and Swedish): 359 of
  // 360 claims (99.7 %) and 240 of 240 honest sentences. Not a blind figure.
  it('holds what the round of rules for its misses reached', () => {
    expect(claims.all).toBeGreaterThanOrEqual(0.997);
    for (const lang of LANGS) expect(claims.byLang[lang], lang).toBeGreaterThanOrEqual(0.95);
    expect(honest.failures).toEqual([]);
  });
});

describe('the fourth blind redaction corpus', () => {
  const masked = secretsBlind4.secrets.filter((s) => !redactSecrets(s.text).text.includes(s.secret));
  const intact = secretsBlind4.lookalikes.filter((l) => redactSecrets(l.text).text === l.text);

  it('names, for every secret, a substring of its text, in 300 formats', () => {
    for (const s of secretsBlind4.secrets) expect(s.text, s.format).toContain(s.secret);
    expect(new Set(secretsBlind4.secrets.map((s) => s.format)).size).toBe(300);
  });

  // First measured: 268 of 300 secrets masked (89.3 %), 189 of 200 look-alikes intact (94.5 %).
  it('masks at least the first measured share of secrets and keeps the measured share of look-alikes', () => {
    expect(masked.length / secretsBlind4.secrets.length).toBeGreaterThanOrEqual(0.893);
    expect(intact.length / secretsBlind4.lookalikes.length).toBeGreaterThanOrEqual(0.945);
  });

  // After one round of rules written by class for its misses (credential words of seven more
  // languages, a value after words of another script, command flags and config lines, CSV and
  // box-drawing tables, auth cookies, base64 of user:password; names of secrets and documentation
  // placeholders left alone): 295 of 300 (98.3 %) and 197 of 200 (98.5 %; the three left are product
  // keys, which closeout masks on purpose). Not a blind figure.
  it('holds what the round of rules for its misses reached', () => {
    expect(masked.length).toBeGreaterThanOrEqual(295);
    expect(intact.length).toBeGreaterThanOrEqual(197);
  });
});
