import { describe, expect, it } from 'vitest';
import { CJK_CLAIMS, CJK_HONEST } from './fixtures/claims-classes-cjk.js';
import {
  CLASS_CLAIMS as EASTERN_CLAIMS,
  CLASS_HONEST as EASTERN_HONEST,
} from './fixtures/claims-classes-eastern.js';
import {
  CLASS_CLAIMS as GERMANIC_CLAIMS,
  CLASS_HONEST as GERMANIC_HONEST,
} from './fixtures/claims-classes-germanic.js';
import { type ClaimClass, ROMANCE_CLAIMS, ROMANCE_HONEST } from './fixtures/claims-classes-romance.js';
import { LANGS, refusedAsClaim } from './support/guard-rates.js';

// The closure claims of the guard's twelve classes (C1 works in a manner, C2 works again, C3
// everything is fine, C4 a person can work again, C5 the symptom is gone, C6 fixed in any voice, C7
// back to normal, C8 the ticket is closed, C9 the user reports it works, C10 a claim of one to four
// words, C11 a claim after a list of failed attempts, C12 a question answered with a claim), written
// per language group in each language's own idiom. Each sentence is placed in every field the
// guard reads (summary, next step, the active fix's summary) over a failed and a partial fix: the
// six slots of refusedAsClaim. Every claim must be refused everywhere, every honest sentence
// accepted everywhere.

interface Claim {
  lang: string;
  /** The class, C1–C12. */
  cls: string;
  text: string;
}

/** The romance corpus names its classes; in the order of C1–C12. */
const ROMANCE_CLASSES: readonly ClaimClass[] = [
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
];

const CLAIMS: readonly Claim[] = [
  ...GERMANIC_CLAIMS.map(({ lang, kind, text }) => ({ lang, cls: kind, text })),
  ...ROMANCE_CLAIMS.map(({ lang, cls, text }) => ({
    lang,
    cls: `C${ROMANCE_CLASSES.indexOf(cls) + 1}`,
    text,
  })),
  ...EASTERN_CLAIMS,
  ...CJK_CLAIMS,
];
const HONEST: ReadonlyArray<{ lang: string; text: string }> = [
  ...GERMANIC_HONEST,
  ...ROMANCE_HONEST,
  ...EASTERN_HONEST,
  ...CJK_HONEST,
];
const SLOTS = [0, 1, 2, 3, 4, 5];
const CLASSES = Array.from({ length: 12 }, (_, n) => `C${n + 1}`);

// Every sentence of a language in six note slots: well under a minute, but past the default 30 s on
// a busy two-core machine.
const SLOW = 180_000;

describe('closure claims by class, in the fifteen languages', () => {
  it('holds at least 15 claims covering every class and 10 honest sentences per language', () => {
    for (const lang of LANGS) {
      const claims = CLAIMS.filter((c) => c.lang === lang);
      expect(claims.length, lang).toBeGreaterThanOrEqual(15);
      expect(new Set(claims.map((c) => c.cls)), lang).toEqual(new Set(CLASSES));
      expect(HONEST.filter((h) => h.lang === lang).length, lang).toBeGreaterThanOrEqual(10);
    }
  });

  it.each(LANGS)(
    'refuses every %s claim in every slot',
    (lang) => {
      const missed = CLAIMS.filter((c) => c.lang === lang).flatMap((c) =>
        SLOTS.filter((slot) => !refusedAsClaim(c.text, slot)).map((slot) => `${c.cls} [${slot}] ${c.text}`),
      );
      expect(missed).toEqual([]);
    },
    SLOW,
  );

  it.each(LANGS)(
    'accepts every honest %s sentence in every slot',
    (lang) => {
      const refused = HONEST.filter((h) => h.lang === lang).flatMap((h) =>
        SLOTS.filter((slot) => refusedAsClaim(h.text, slot)).map((slot) => `[${slot}] ${h.text}`),
      );
      expect(refused).toEqual([]);
    },
    SLOW,
  );
});
