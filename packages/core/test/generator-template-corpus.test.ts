import { describe, expect, it } from 'vitest';
import { ORDINARY_SESSIONS } from './fixtures/ordinary-sessions.js';
import { LANGS, sessionOf, templateViolations } from './support/guard-rates.js';

// Every ordinary session previews: the template's resolution note and escalation package pass the
// guard for each session of the hand-written corpus (fixtures/ordinary-sessions.ts).

describe('the template on ordinary sessions', () => {
  it('covers at least 300 sessions in the fifteen languages, every fix status among them', () => {
    expect(ORDINARY_SESSIONS.length).toBeGreaterThanOrEqual(300);
    for (const lang of LANGS)
      expect(
        ORDINARY_SESSIONS.some((s) => s.lang === lang),
        lang,
      ).toBe(true);
    const statuses = new Set(ORDINARY_SESSIONS.flatMap((s) => s.fixes.map((f) => f.outcome)));
    expect([...statuses].sort()).toEqual(['failed', 'partial', 'proposed', 'success']);
  });

  it('passes the guard for every one of them', () => {
    const refused = ORDINARY_SESSIONS.map((entry, i) => ({
      lang: entry.lang,
      problem: entry.problem,
      violations: templateViolations(sessionOf(entry, i + 1)),
    })).filter((r) => r.violations.length > 0);
    expect(refused).toEqual([]);
    // Hundreds of sessions, two documents each, through every language's rules: long on a busy machine.
  }, 180_000);
});
