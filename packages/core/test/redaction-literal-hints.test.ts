import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { credentialHintWords, credentialWordHint, MSP_TOOLS } from '../src/redaction/languages.js';
import { LiteralHints, literalsOf, spellingsOf } from '../src/redaction/literal-hints.js';
import { REDACTION_RULES } from '../src/redaction/rules.js';
import { normalizeText } from '../src/text/normalize.js';
import { CORPORA } from './fixtures/corpora.js';

// Hints of literal words are answered together in one pass per text (literal-hints.ts). That pass
// must say exactly what each hint's own test says, or a rule would be skipped on a text it matches.

/** Every distinct hint of the shipped rules that the one pass answers. */
const literalHints = [
  ...new Map(
    REDACTION_RULES.flatMap((rule) => (rule.hint === undefined ? [] : [rule.hint]))
      .filter((hint) => literalsOf(hint) !== undefined)
      .map((hint) => [`${hint.flags}/${hint.source}`, hint] as const),
  ).values(),
];

function onePass(hints: readonly RegExp[]): (text: string) => boolean[] {
  const literals = new LiteralHints();
  const ids = hints.map((hint) => literals.add(literalsOf(hint) ?? [], hint.flags.includes('i')));
  return (text) => {
    const present = literals.present(text);
    return ids.map((id, i) => (present[id] === 0 ? (hints[i] as RegExp).test(text) : present[id] === 1));
  };
}

const ownTests = (hints: readonly RegExp[], text: string) =>
  hints.map((hint) => {
    hint.lastIndex = 0;
    return hint.test(text);
  });

describe('spelling a pattern out', () => {
  it('spells literals, groups and optional units, and nothing else', () => {
    expect(spellingsOf('ktpass|dsadd')).toEqual(['ktpass', 'dsadd']);
    expect(spellingsOf('key ?box')).toEqual(['key box', 'keybox']);
    expect(spellingsOf('ninja ?(?:one|rmm)')).toEqual(['ninja one', 'ninja rmm', 'ninjaone', 'ninjarmm']);
    expect(spellingsOf('datto(?: rmm)?')).toEqual(['datto rmm', 'datto']);
    expect(spellingsOf(String.raw`ya29\.|1\/\/0`)).toEqual(['ya29.', '1//0']);
    for (const pattern of [String.raw`\bnet\s`, '[-/]', 'a.b', 'x+', 'gh[pousr]_', '(?:a)?']) {
      expect(spellingsOf(pattern), pattern).toBeUndefined();
    }
  });

  it('gives the credential stems and tool names as words that pass the pattern they replace', () => {
    const pattern = new RegExp(`${credentialWordHint().source}|${MSP_TOOLS}`, 'i');
    const words = credentialHintWords();
    expect(words).toContain('mot de');
    expect(words).toContain('motde');
    expect(words).toContain('it glue');
    for (const word of words) expect(pattern.test(word), word).toBe(true);
  });
});

describe('answering literal hints in one pass', () => {
  it('answers each shipped literal hint as its own test does, on every corpus text', () => {
    const answer = onePass(literalHints);
    const texts = CORPORA.flatMap((c) => [
      ...c.secrets.map((s) => s.text),
      ...c.lookAlikes.map((l) => l.text),
    ]);
    for (const text of texts.map((t) => normalizeText(t).text)) {
      expect(answer(text), text).toEqual(ownTests(literalHints, text));
    }
  });

  it('finds a word that starts inside another, and a word that is a prefix of a longer one', () => {
    const hints = [/sword/i, /pass/i, /password/i, /wordx/];
    const answer = onePass(hints);
    expect(answer('PASSWORD reset')).toEqual([true, true, true, false]);
    expect(answer('passport')).toEqual([false, true, false, false]);
  });

  it('agrees with the hints themselves on text made of their words and noise', () => {
    const answer = onePass(literalHints);
    const words = literalHints.flatMap((hint) => literalsOf(hint) ?? []);
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.constantFrom(...words).map((w) => w.slice(0, -1)),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join(' ');
        expect(answer(text)).toEqual(ownTests(literalHints, text));
      }),
      { numRuns: 400 },
    );
  });
});
