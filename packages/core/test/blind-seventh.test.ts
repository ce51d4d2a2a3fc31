import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../src/redaction/redact.js';
import guardBlind7 from './fixtures/guard-blind-7.json' with { type: 'json' };
import secretsBlind7 from './fixtures/secrets-blind-7.json' with { type: 'json' };
import { LANGS, rates, refusedAsClaim } from './support/guard-rates.js';

// A seventh pair of blind corpora (fixtures/guard-blind-7.json, fixtures/secrets-blind-7.json, kept
// as delivered), written by someone who had seen neither the rules nor the earlier corpora. Their
// first measurement, taken before any rule changed because of them, is the figure to expect on new
// text and the floor here; docs/security.md states it, and what changed after.

const claims = rates(guardBlind7.claims, (c, i) => refusedAsClaim(c.text, i));
const honest = rates(guardBlind7.honest, (h, i) => !refusedAsClaim(h.text, i));

describe('the seventh blind guard corpus', () => {
  it('covers the fifteen languages', () => {
    for (const lang of LANGS) {
      expect(guardBlind7.claims.filter((c) => c.lang === lang).length, lang).toBe(24);
      expect(guardBlind7.honest.filter((h) => h.lang === lang).length, lang).toBe(16);
    }
  });

  // First measured: 285 of 360 claims refused (79.2 %; 63–88 % by language), 234 of 240 honest
  // sentences accepted (97.5 %; 94–100 % by language).
  it('refuses at least the first measured share of claims, and accepts at least the measured share of honest ones', () => {
    expect(claims.all).toBeGreaterThanOrEqual(0.791);
    for (const lang of LANGS) expect(claims.byLang[lang], lang).toBeGreaterThanOrEqual(0.625);
    expect(honest.all).toBeGreaterThanOrEqual(0.975);
    for (const lang of LANGS) expect(honest.byLang[lang], lang).toBeGreaterThanOrEqual(0.9375);
  });

  // After one round of rules written by class for its misses (a fault counted as none over a span,
  // the queue that stayed empty, as good as new, faster than before, it holds since the fix, no
  // longer crashes, settled idioms, status rows and ticked checklist items, reported
  // confirmations, "fix" inside Chinese and Korean, listed misspellings; a closing that waits for a
  // condition, a Chinese contrast that keeps part of the fault): 360 of 360 claims and 240 of 240
  // honest sentences. Not a blind figure.
  it('holds what the round of rules for its misses reached', () => {
    expect(claims.all).toBe(1);
    expect(honest.failures).toEqual([]);
  });
});

describe('the seventh blind redaction corpus', () => {
  const masked = secretsBlind7.secrets.filter((s) => !redactSecrets(s.text).text.includes(s.secret));
  const intact = secretsBlind7.lookalikes.filter((l) => redactSecrets(l.text).text === l.text);

  it('names, for every secret, a substring of its text, in 300 formats', () => {
    for (const s of secretsBlind7.secrets) expect(s.text, s.format).toContain(s.secret);
    expect(new Set(secretsBlind7.secrets.map((s) => s.format)).size).toBe(300);
  });

  // First measured: 285 of 300 secrets masked (95.0 %), 186 of 200 look-alikes intact (93.0 %).
  it('masks at least the first measured share of secrets and keeps the measured share of look-alikes', () => {
    expect(masked.length / secretsBlind7.secrets.length).toBeGreaterThanOrEqual(0.95);
    expect(intact.length / secretsBlind7.lookalikes.length).toBeGreaterThanOrEqual(0.93);
  });

  // After one round of rules written by class for its misses and damage (a recovery phrase after
  // its name, "Passwort" mistyped, Indonesian "menjadi" and Swahili, generated passwords of random
  // letter groups, a Wi-Fi key after words and an arrow, hotspot vouchers, codes of places with a
  // remark or a bare colon, verbal passwords, a chat answer to a question for the password, TSV
  // exports, passwords piped to sudo -S, chpasswd and sanur, a sign-in cookie with spaces around
  // "=", a secret whose letters change case at random; and left alone: record uids, key containers,
  // hints, menu paths, masked console displays, absolute paths after a host, a sentence in Chinese
  // after the colon, "unchanged", sshd's "Failed password for", empty CSV cells, locked
  // /etc/shadow lines, publishable Stripe keys, words joined by "-/"): 300 of 300 and 200 of 200.
  // Not a blind figure.
  it('holds what the round of rules for its misses reached', () => {
    expect(masked.length).toBe(300);
    expect(intact.length).toBe(200);
  });
});
