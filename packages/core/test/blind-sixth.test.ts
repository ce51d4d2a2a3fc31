import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../src/redaction/redact.js';
import guardBlind6 from './fixtures/guard-blind-6.json' with { type: 'json' };
import secretsBlind6 from './fixtures/secrets-blind-6.json' with { type: 'json' };
import { LANGS, rates, refusedAsClaim } from './support/guard-rates.js';

// A sixth pair of blind corpora (fixtures/guard-blind-6.json, fixtures/secrets-blind-6.json, kept
// as delivered), written by someone who had seen neither the rules nor the earlier corpora. Their
// first measurement, taken before any rule changed because of them, is the figure to expect on new
// text and the floor here; docs/security.md states it, and what changed after.

const claims = rates(guardBlind6.claims, (c, i) => refusedAsClaim(c.text, i));
const honest = rates(guardBlind6.honest, (h, i) => !refusedAsClaim(h.text, i));

describe('the sixth blind guard corpus', () => {
  it('covers the fifteen languages', () => {
    for (const lang of LANGS) {
      expect(guardBlind6.claims.filter((c) => c.lang === lang).length, lang).toBe(24);
      expect(guardBlind6.honest.filter((h) => h.lang === lang).length, lang).toBe(16);
    }
  });

  // First measured: 274 of 360 claims refused (76.1 %; 63–92 % by language), 236 of 240 honest
  // sentences accepted (98.3 %; 88–100 % by language).
  it('refuses at least the first measured share of claims, and accepts at least the measured share of honest ones', () => {
    expect(claims.all).toBeGreaterThanOrEqual(0.761);
    for (const lang of LANGS) expect(claims.byLang[lang], lang).toBeGreaterThanOrEqual(0.625);
    expect(honest.all).toBeGreaterThanOrEqual(0.983);
    for (const lang of LANGS) expect(honest.byLang[lang], lang).toBeGreaterThanOrEqual(0.875);
  });

  // After one round of rules written by class for its misses (no complaints or alerts since, monitoring
  // green, the last attempt did it, as fast as before, closure formulas, jobs go through without
  // problems, did not recur, the user's confirmation, no impact any more, claims typed with two
  // letters swapped or one dropped; a partial contrast, an excuse that only says what should be,
  // clause words that open a condition): 360 of 360 claims and 240 of 240 honest sentences. Not a
  // blind figure.
  it('holds what the round of rules for its misses reached', () => {
    expect(claims.all).toBe(1);
    expect(honest.failures).toEqual([]);
  });
});

describe('the sixth blind redaction corpus', () => {
  const masked = secretsBlind6.secrets.filter((s) => !redactSecrets(s.text).text.includes(s.secret));
  const intact = secretsBlind6.lookalikes.filter((l) => redactSecrets(l.text).text === l.text);

  it('names, for every secret, a substring of its text, in 300 formats', () => {
    for (const s of secretsBlind6.secrets) expect(s.text, s.format).toContain(s.secret);
    expect(new Set(secretsBlind6.secrets.map((s) => s.format)).size).toBe(300);
  });

  // First measured: 272 of 300 secrets masked (90.7 %), 187 of 200 look-alikes intact (93.5 %).
  it('masks at least the first measured share of secrets and keeps the measured share of look-alikes', () => {
    expect(masked.length / secretsBlind6.secrets.length).toBeGreaterThanOrEqual(0.906);
    expect(intact.length / secretsBlind6.lookalikes.length).toBeGreaterThanOrEqual(0.935);
  });

  // After one round of rules written by class for its misses: 293 of 300 (97.7 %) and 200 of 200.
  // The seven left: two passwords on a chat line after the one that asks for them, a TSV row, one holding both quote characters, "the
  // current one is …" in a text that names no credential, and two values of letters only after
  // labels that also name non-secrets (a Temporary Access Pass, a CHAP secret). Not a blind figure.
  // The seventh corpus's round (a chat answer a line or two after the question, a secret whose
  // letters change case at random) brought it to 297: the three left are the quotes, "the current
  // one is …" and the Temporary Access Pass.
  it('holds what the round of rules for its misses reached', () => {
    expect(masked.length).toBeGreaterThanOrEqual(297);
    expect(intact.length).toBe(200);
  });
});
