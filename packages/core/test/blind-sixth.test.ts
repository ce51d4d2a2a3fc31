import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../src/redaction/redact.js';
import secretsBlind6 from './fixtures/secrets-blind-6.json' with { type: 'json' };

// A sixth pair of blind corpora (fixtures/guard-blind-6.json, fixtures/secrets-blind-6.json, kept
// as delivered), written by someone who had seen neither the rules nor the earlier corpora. Their
// first measurement, taken before any rule changed because of them, is the figure to expect on new
// text and the floor here; docs/security.md states it, and what changed after.

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
  it('holds what the round of rules for its misses reached', () => {
    expect(masked.length).toBeGreaterThanOrEqual(293);
    expect(intact.length).toBe(200);
  });
});
