import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../src/redaction/redact.js';
import guardBlind5 from './fixtures/guard-blind-5.json' with { type: 'json' };
import secretsBlind5 from './fixtures/secrets-blind-5.json' with { type: 'json' };
import { LANGS, rates, refusedAsClaim } from './support/guard-rates.js';

// A fifth pair of blind corpora (fixtures/guard-blind-5.json, fixtures/secrets-blind-5.json, kept
// as delivered), written by someone who had seen neither the rules nor the earlier corpora. Their
// first measurement, taken before any rule changed because of them, is the figure to expect on new
// text and the floor here; docs/security.md states it, and what changed after.

const claims = rates(guardBlind5.claims, (c, i) => refusedAsClaim(c.text, i));
const honest = rates(guardBlind5.honest, (h, i) => !refusedAsClaim(h.text, i));

describe('the fifth blind guard corpus', () => {
  it('covers the fifteen languages', () => {
    for (const lang of LANGS) {
      expect(guardBlind5.claims.filter((c) => c.lang === lang).length, lang).toBe(24);
      expect(guardBlind5.honest.filter((h) => h.lang === lang).length, lang).toBe(16);
    }
  });

  // First measured: 291 of 360 claims refused (80.8 %; 75–92 % by language), 231 of 240 honest
  // sentences accepted (96.3 %; 81–100 % by language).
  it('refuses at least the first measured share of claims, and accepts at least the measured share of honest ones', () => {
    expect(claims.all).toBeGreaterThanOrEqual(0.808);
    for (const lang of LANGS) expect(claims.byLang[lang], lang).toBeGreaterThanOrEqual(0.75);
    expect(honest.all).toBeGreaterThanOrEqual(0.962);
    for (const lang of LANGS) expect(honest.byLang[lang], lang).toBeGreaterThanOrEqual(0.8125);
  });

  // After one round of rules written by class for its misses (quiet since a time, busy without
  // trouble, a label and its state, confirmed to work, all checks green, better than before,
  // activated without errors; a resolution that came back, a closing on a condition, a state that
  // lasted minutes): 357 of 360 claims (99.2 %; the three left are claims typed with letters swapped)
  // and 240 of 240 honest sentences. Not a blind figure.
  it('holds what the round of rules for its misses reached', () => {
    expect(claims.all).toBeGreaterThanOrEqual(0.991);
    for (const lang of LANGS) expect(claims.byLang[lang], lang).toBeGreaterThanOrEqual(0.95);
    expect(honest.failures).toEqual([]);
  });
});

describe('the fifth blind redaction corpus', () => {
  const masked = secretsBlind5.secrets.filter((s) => !redactSecrets(s.text).text.includes(s.secret));
  const intact = secretsBlind5.lookalikes.filter((l) => redactSecrets(l.text).text === l.text);

  it('names, for every secret, a substring of its text, in 300 formats', () => {
    for (const s of secretsBlind5.secrets) expect(s.text, s.format).toContain(s.secret);
    expect(new Set(secretsBlind5.secrets.map((s) => s.format)).size).toBe(300);
  });

  // First measured: 266 of 300 secrets masked (88.7 %), 187 of 200 look-alikes intact (93.5 %).
  it('masks at least the first measured share of secrets and keeps the measured share of look-alikes', () => {
    expect(masked.length / secretsBlind5.secrets.length).toBeGreaterThanOrEqual(0.886);
    expect(intact.length / secretsBlind5.lookalikes.length).toBeGreaterThanOrEqual(0.935);
  });

  // After one round of rules written by class for its misses: 295 of 300 (98.3 %) and 200 of 200.
  // The five left: a TSV row (the normal form collapses tabs), a password on the chat line after the
  // one naming it, one holding both quote characters, one typed into a log's user-name field, and
  // a sticky note's "Sage: Sage!Buero88". Not a blind figure.
  it('holds what the round of rules for its misses reached', () => {
    expect(masked.length).toBeGreaterThanOrEqual(295);
    expect(intact.length).toBe(200);
  });
});
