import { normalized } from '../../text/normalize.js';
import { DE } from './de.js';
import { EN } from './en.js';
import { ES } from './es.js';
import { FR } from './fr.js';
import { IT } from './it.js';
import type { ClaimLanguage } from './language.js';
import { NL } from './nl.js';
import { PT } from './pt.js';

// Finds the phrases of a text that tell a reader the problem is over, in the languages of
// ClaimLanguage. The lexicons say what a claim looks like; this file decides whether a claim is
// actually made, from the grammar around it:
//
// - a negation excuses a claim only inside the claim's own verb group ("has not been fixed",
//   "n'est pas résolu", "ist noch nicht behoben"), never from elsewhere in the sentence ("Not to
//   worry, it is fixed");
// - a clause that starts with a condition, a time to come or a purpose ("once it is fixed",
//   "bis es wieder funktioniert") makes no claim; nor does a question;
// - a frame that governs the clause — a request or a plan to check ("please confirm that …",
//   "wir werden prüfen, ob …"), a denied belief ("we do not think …"), a hope — excuses it, and
//   only for the clause it governs;
// - a future, a modal or an infinitive in the verb group is a plan, not a claim ("will be fixed",
//   "to get it working again"); "should" is a plan unless the clause says "now";
// - a state limited to a moment ("worked again for a few seconds") or told of the past ("was
//   working fine") is not a claim of a fix.
// A claim the lexicon carries with its own negation ("no longer crashes") is not excused by it.

const LANGUAGES: readonly ClaimLanguage[] = [EN, FR, DE, ES, NL, PT, IT];

type ClaimKind = 'claim' | 'state' | 'symptom' | 'action';

const union = (pick: (l: ClaimLanguage) => readonly string[]) => LANGUAGES.flatMap(pick);
const wordsRegex = (words: readonly string[]) =>
  new RegExp(String.raw`(?:^| )(?:${[...new Set(words)].join('|')})(?= |$)`);
const anyRegex = (sources: readonly string[]) => new RegExp(sources.map((s) => `(?:${s})`).join('|'));

const PATTERNS: ReadonlyArray<{ kind: ClaimKind; pattern: RegExp }> = LANGUAGES.flatMap((l) => [
  ...l.claims.map((s) => ({ kind: 'claim' as const, pattern: new RegExp(s, 'g') })),
  ...l.stateClaims.map((s) => ({ kind: 'state' as const, pattern: new RegExp(s, 'g') })),
  ...l.symptomClaims.map((s) => ({ kind: 'symptom' as const, pattern: new RegExp(s, 'g') })),
]);

const ACTIONS: ReadonlyArray<{ kind: ClaimKind; pattern: RegExp }> = LANGUAGES.flatMap((l) =>
  l.actions.map((s) => ({ kind: 'action' as const, pattern: new RegExp(s, 'g') })),
);

const NEGATION = wordsRegex(union((l) => l.negators));
const NEGATIVE_SUBJECT = new RegExp(
  String.raw`^(?:\w+ )?(?:${[...new Set(union((l) => l.negativeSubjects))].join('|')})(?= |$)`,
);
const MODAL = wordsRegex(union((l) => l.modals));
const HEDGE = wordsRegex(union((l) => l.hedges));
const NOW = wordsRegex(union((l) => l.now));
const PAST = wordsRegex(union((l) => l.pastAux));
const FRAME = anyRegex(union((l) => l.frames));
const TRANSIENT = anyRegex(union((l) => l.transient));

/** Single words that can stand in a verb group between the subject and the predicate. */
const FUNCTION_WORDS = new Set(
  union((l) => [...l.auxiliaries, ...l.negators, ...l.modals, ...l.hedges, ...l.now, ...l.pastAux]).filter(
    (w) => !w.includes(' '),
  ),
);

type Lead = 'start' | 'conjunction' | 'condition' | 'complement';
const LEADS: ReadonlyArray<{ lead: Lead; words: string[][] }> = (
  [
    ['condition', union((l) => l.conditions)],
    ['complement', union((l) => l.complementizers)],
    ['conjunction', union((l) => l.conjunctions)],
  ] as const
).map(([lead, words]) => ({
  lead,
  // Longest first, so "as soon as" wins over "as".
  words: [...new Set(words)].map((w) => w.split(' ')).sort((a, b) => b.length - a.length),
}));

// "si"/"se" before an auxiliary or a verb that is used reflexively is a pronoun (Italian "si è
// risolto", "si avvia", Spanish "se ha resuelto", French "se connecte"), not "if"; "up and running" and "done and dusted" are idioms, not two clauses.
const REFLEXIVE_AUX = new Set(
  [
    'e ha han sono era esta estan he hemos foi tem',
    'avvia connette collega blocca riavvia disconnette verifica presenta ripresenta risolve apre',
    'ferma spegne accende chiude carica',
    // French reflexives: "le VPN se connecte", "l'erreur se produit".
    'connecte connectent lance lancent produit affiche bloque deconnecte fige ouvre synchronise',
  ]
    .join(' ')
    .split(' '),
);
const IDIOM_AND = new Set(['up', 'done', 'safe', 'back']);

interface Clause {
  start: number;
  lead: Lead;
}

/** Lower case, normal form, contractions expanded, punctuation as separate tokens. */
function prepare(text: string): string {
  return (
    normalized(text)
      .toLowerCase()
      .replace(/n't\b/g, ' not')
      .replace(/'re\b/g, ' are')
      .replace(/'ve\b/g, ' have')
      .replace(/'ll\b/g, ' will')
      .replace(/'d\b/g, ' would')
      .replace(/'m\b/g, ' am')
      .replace(/'s\b/g, ' is')
      // French and Italian elision: l'erreur → le erreur, n'est → ne est, qu'il → que il.
      .replace(/\b([a-z]{1,6}?)e?'(?=[a-z])/g, '$1e ')
      .replace(/[^\p{L}\p{N}\s.!?;:,()\n-]/gu, ' ')
      .replace(/(?<![\p{L}\p{N}])-|-(?![\p{L}\p{N}])/gu, ' , ')
      .replace(/([.!?;:,()\n])/g, ' $1 ')
      .replace(/[^\S\n]+/g, ' ')
  );
}

/** Splits a segment's words into clauses at conjunctions, conditions and complementizers. */
function clausesOf(words: readonly string[]): Clause[] {
  const clauses: Clause[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const { lead, words: entries } of LEADS) {
      const hit = entries.find((entry) => entry.every((w, k) => words[i + k] === w));
      if (hit === undefined) continue;
      const word = words[i] ?? '';
      if ((word === 'si' || word === 'se') && REFLEXIVE_AUX.has(words[i + 1] ?? '')) continue;
      if (word === 'and' && IDIOM_AND.has(words[i - 1] ?? '')) continue;
      clauses.push({ start: i, lead });
      i += hit.length - 1;
      break;
    }
  }
  if (clauses[0]?.start !== 0) clauses.unshift({ start: 0, lead: 'start' });
  return clauses;
}

/** The verb group in front of word `at`: the function words right before it. */
function chainBefore(words: readonly string[], at: number): string {
  let i = at;
  while (i > 0 && at - i < 6 && FUNCTION_WORDS.has(words[i - 1] ?? '')) i--;
  return words.slice(i, at).join(' ');
}

interface Segment {
  words: string[];
  question: boolean;
}

function segments(text: string): Segment[] {
  const out: Segment[] = [];
  for (const sentence of prepare(text).split(/(?<=[.!?;\n])/)) {
    const question = /\?\s*$/.test(sentence);
    for (const part of sentence.split(/[.!?;:,()\n]/)) {
      const words = part.trim().split(' ').filter(Boolean);
      if (words.length > 0) out.push({ words, question });
    }
  }
  return out;
}

/** Whether the claim `words[from..to)` is excused by the grammar around it. */
function excused(
  kind: ClaimKind,
  words: readonly string[],
  from: number,
  to: number,
  previous: string,
): boolean {
  const clauses = clausesOf(words);
  const index = clauses.findLastIndex((c) => c.start <= from);
  const clause = clauses[index] ?? { start: 0, lead: 'start' as const };
  const next = clauses[index + 1]?.start ?? words.length;
  const clauseText = words.slice(clause.start, next).join(' ');
  if (clause.lead === 'condition') return true;
  const before = words.slice(clause.start, from).join(' ');
  if (FRAME.test(before)) return true;
  if (clause.lead === 'complement') {
    // "… confirm that it works again": the clause before governs, even across a comma.
    const governing =
      index > 0 ? words.slice(clauses[index - 1]?.start ?? 0, clause.start).join(' ') : previous;
    if (FRAME.test(governing)) return true;
  }
  if (TRANSIENT.test(clauseText)) return true;
  const chain = chainBefore(words, from);
  const group = `${chain} ${words.slice(from, to).join(' ')}`;
  if (kind !== 'symptom' && NEGATION.test(` ${group} `)) return true;
  // "Nothing we tried has fixed it", "Nichts davon hat das Problem gelöst".
  // A relative clause ("nada de lo que probamos …") belongs to the subject before it.
  const subjectFrom =
    clause.lead === 'complement' ? (clauses[index - 1]?.start ?? clause.start) : clause.start;
  if (kind !== 'symptom' && NEGATIVE_SUBJECT.test(words.slice(subjectFrom, from).join(' '))) return true;
  if (MODAL.test(` ${chain} `)) return true;
  if (HEDGE.test(` ${chain} `) && !NOW.test(` ${clauseText} `)) return true;
  if (kind === 'state' && PAST.test(` ${chain} `)) return true;
  return false;
}

/** Word index of character `offset` in `words.join(' ')`. */
const wordAt = (text: string, offset: number) => text.slice(0, offset).split(' ').length - 1;

/** A phrase that is not excused, with the words of the clause it stands in. */
export interface GovernedMatch {
  phrase: string;
  clause: string[];
}

/** Every match of `patterns` in `text` that the grammar around it does not excuse. */
function* scan(text: string, patterns: typeof PATTERNS): Generator<GovernedMatch> {
  const parts = segments(text);
  for (const [s, segment] of parts.entries()) {
    if (segment.question) continue;
    const joined = segment.words.join(' ');
    const previous = parts[s - 1]?.words.join(' ') ?? '';
    for (const { kind, pattern } of patterns) {
      pattern.lastIndex = 0;
      for (const match of joined.matchAll(pattern)) {
        const from = wordAt(joined, match.index);
        const to = wordAt(joined, match.index + match[0].length - 1) + 1;
        if (!excused(kind, segment.words, from, to, previous)) {
          yield { phrase: match[0].trim(), clause: segment.words };
        }
      }
    }
  }
}

/**
 * Returns the first phrase of `text` that claims the issue is resolved, in English, French,
 * German, Spanish, Dutch, Portuguese or Italian ("has been fixed", "works again", "problème
 * réglé", "funktioniert wieder", "ya no falla"), or `null` when it makes none. The phrase is
 * returned in normal form (lower case, no accents). See the comment at the top of this file for
 * what excuses a claim.
 */
export function findClaim(text: string): string | null {
  for (const match of scan(text, PATTERNS)) return match.phrase;
  return null;
}

/**
 * Every phrase of `text` that tells of work as done ("we replaced the fuser unit", "wir haben
 * den Treiber neu installiert"), with the words of its sentence part, for comparing with the
 * record. Negated, planned or conditional work ("we will replace …") is left out.
 */
export function findDoneActions(text: string): GovernedMatch[] {
  return [...scan(text, ACTIONS)];
}

/** Whether `word` is a grammar word in one of the languages (for telling content from form). */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word);
}
