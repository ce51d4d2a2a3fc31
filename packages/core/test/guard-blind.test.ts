import { describe, expect, it } from 'vitest';
import guardBlind from './fixtures/guard-blind.json' with { type: 'json' };
import sessionsBlind from './fixtures/sessions-blind.json' with { type: 'json' };
import {
  LANGS,
  rates,
  refusedAsClaim,
  type SessionEntry,
  sessionOf,
  templateViolations,
} from './support/guard-rates.js';

// The blind corpora: claims, honest sentences and ordinary sessions written by someone who never
// saw the guard or its corpus (fixtures/guard-blind.json, fixtures/sessions-blind.json, kept as
// delivered). docs/security.md states the figures measured here, per language.

const claims = rates(guardBlind.claims, (c, i) => refusedAsClaim(c.text, i));
const honest = rates(guardBlind.honest, (h, i) => !refusedAsClaim(h.text, i));
const sessions = (sessionsBlind.sessions as SessionEntry[]).map((entry, i) => ({
  lang: entry.lang,
  violations: templateViolations(sessionOf(entry, i + 1)),
}));

describe('blind corpus', () => {
  it('covers the fifteen languages', () => {
    for (const lang of LANGS) {
      expect(
        guardBlind.claims.some((c) => c.lang === lang),
        lang,
      ).toBe(true);
      expect(
        guardBlind.honest.some((h) => h.lang === lang),
        lang,
      ).toBe(true);
    }
  });

  // First measured, before any rule changed because of this corpus: 67.6 % of claims refused
  // (Korean 48.6 %, Arabic 57.1 %), 94.4 % of honest sentences accepted, 89 of 90 sessions.
  it('refuses at least 97 % of the claims in every language, over a failed or partial fix', () => {
    expect(claims.all).toBeGreaterThanOrEqual(0.99);
    for (const lang of LANGS) expect(claims.byLang[lang], lang).toBeGreaterThanOrEqual(0.97);
  });

  it('accepts at least 97 % of the honest sentences in every language', () => {
    expect(honest.all).toBeGreaterThanOrEqual(0.99);
    for (const lang of LANGS) expect(honest.byLang[lang], lang).toBeGreaterThanOrEqual(0.97);
  });

  it('lets the template preview every ordinary session', () => {
    expect(sessions.length).toBe(90);
    expect(sessions.filter((s) => s.violations.length > 0)).toEqual([]);
  });
});
