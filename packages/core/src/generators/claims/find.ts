import { GOOD_MARK, plainText } from '../../text/markup.js';
import { normalized } from '../../text/normalize.js';
import { AR } from './ar.js';
import { DE } from './de.js';
import { EN } from './en.js';
import { ES } from './es.js';
import { countsPartOfWhole, timeCut, timeNotCut } from './figures.js';
import { FR } from './fr.js';
import { IT } from './it.js';
import { JA } from './ja.js';
import { KO } from './ko.js';
import { type ClaimLanguage, TO_MARK } from './language.js';
import { NL } from './nl.js';
import { PL } from './pl.js';
import { PT } from './pt.js';
import { RU } from './ru.js';
import { SV } from './sv.js';
import { TR } from './tr.js';
import { ZH } from './zh.js';

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
//
// The text is read as a reader sees it (markup removed, see text/markup.ts) and cut into sentences
// with Intl.Segmenter, which knows CJK full stops. A claim word misspelt by a slip of the keyboard
// ("funktoniert", "teh fix worked") is read as the word meant: only the lexicons' listed
// misspellings and slips of their long claim words, never a general edit distance. Per sentence,
// besides the lexicon's phrases:
// - a sentence made only of an elliptical claim and fillers ("Resolved.", "Works now.", "Problem
//   eliminated.", "✅ fixed") is a claim;
// - "Yes." after a question whether it is fixed answers it with a claim ("Is it fixed? Yes.");
// - a sentence that closes the ticket and says the fix is not confirmed ("We are closing this
//   ticket without a confirmed fix") is the honest closing over an unresolved outcome;
// - a claim followed in its sentence by a contrast that limits it ("works again, but only in black
//   and white"), or by a short part that ends in a bare negation ("black and white works; colour
//   does not"), is a partial result, not a claim of a fix;
// - a "done" emoji over a sentence that limits nothing ("👍 Mail comes in again") is a claim;
// - a sentence that closes or marks the ticket only once something to come holds ("erst wenn",
//   "only once", "dopiero po") is a plan, with the state it names;
// - a row of a markdown table reads as "label: value", and an unchecked item of a checklist
//   ("- [ ] crash fixed") is a step still to do; a ticked one that ends in a state word
//   ("- [x] Print spooler stable") reads as "label: state", told as done;
// - a fault denied as still going on ("it's not like the spooler is still crashing") is told as
//   over, whatever negation stands in front of it.
// Each language's patterns sit behind a screen (its script, and one expression joining them), so
// a sentence pays only for the languages that could match it.
// Chinese and Japanese are written without spaces: their phrases match inside the text, and a
// negation, condition or plan is looked for in the clause before the match and right after it.

const LANGUAGES: readonly ClaimLanguage[] = [EN, FR, DE, ES, NL, PT, IT, PL, SV, TR, RU, AR, JA, ZH, KO];

/**
 * A lexicon entry in the normal form the text is matched in (accents dropped, "ł" kept, "ı" read
 * as "i"), look-alikes judged word by word, so a lexicon's Russian "не" stays Russian. Entries are
 * written in lower case: a pattern is not lower-cased, since `\p{L}` and `\S` are case-sensitive.
 */
const form = (source: string) => (/[\u0080-\u{10FFFF}]/u.test(source) ? normalized(source, 'words') : source);

type ClaimKind = 'claim' | 'state' | 'symptom' | 'action';

const union = (pick: (l: ClaimLanguage) => readonly string[] | undefined, from = LANGUAGES) =>
  from.flatMap((l) => (pick(l) ?? []).map(form));
const escapeWord = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordsRegex = (words: readonly string[]) =>
  new RegExp(String.raw`(?:^| )(?:${[...new Set(words)].join('|')})(?= |$)`, 'u');
const anyRegex = (sources: readonly string[]) =>
  new RegExp(sources.map((s) => `(?:${s})`).join('|') || '(?!)', 'u');

interface Pattern {
  kind: ClaimKind;
  pattern: RegExp;
  /** For a language written without spaces: what excuses a match, before it and after it. */
  unspaced: { before: RegExp; after: RegExp; contrasts: RegExp } | null;
}

/** What excuses a claim of an unspaced language: its own negations, plans and conditions. */
function unspacedExcuses(l: ClaimLanguage): { before: RegExp; after: RegExp; contrasts: RegExp } | null {
  if (l.unspaced !== true) return null;
  const before = [...l.negators, ...l.modals, ...l.hedges, ...l.conditions, ...l.frames].map(form);
  const after = (l.negatingSuffixes ?? []).map(form).map(escapeWord);
  // "不过" (but) holds the negator "不": a contrast word is read as a whole, not for its negation.
  const contrasts = new RegExp(l.contrasts.map(form).map(escapeWord).join('|') || '(?!)', 'gu');
  return {
    before: anyRegex(before),
    after: new RegExp(`^\\s*(?:${after.join('|') || '(?!)'})`, 'u'),
    contrasts,
  };
}

const compile = (l: ClaimLanguage, kind: ClaimKind, sources: readonly string[]): Pattern[] => {
  const unspaced = unspacedExcuses(l);
  return sources.map((s) => ({ kind, pattern: new RegExp(form(s), 'gu'), unspaced }));
};

/**
 * One language's patterns, behind a screen: one regular expression that matches wherever any of
 * them could. Most text matches no claim of most languages, and one test of the screen costs far
 * less than a scan with each pattern.
 */
interface PatternGroup {
  /** A letter of the language's scripts: without one, none of its patterns can match. */
  script: RegExp;
  screen: RegExp;
  /** The screen over every part of a text at once, one part per line. */
  lines: RegExp;
  patterns: readonly Pattern[];
}

/** The largest screen, in characters of regular-expression source. */
const SCREEN_CHARS = 6_000;

function group(l: ClaimLanguage, patterns: Pattern[]): PatternGroup[] {
  const scripts = (l.scripts ?? ['Latin']).map((s) => `\\p{Script=${s}}`).join('');
  const script = new RegExp(`[${scripts}]`, 'u');
  // A screen of a few thousand characters at most: past roughly 20,000 characters of source V8
  // stops compiling a regular expression to native code and runs it 50–100× slower.
  const groups: PatternGroup[] = [];
  let chunk: Pattern[] = [];
  let size = 0;
  const flush = () => {
    if (chunk.length === 0) return;
    const screen = anyRegex(chunk.map((p) => p.pattern.source));
    groups.push({ script, screen, lines: new RegExp(screen.source, 'mu'), patterns: chunk });
    chunk = [];
    size = 0;
  };
  for (const p of patterns) {
    if (size + p.pattern.source.length > SCREEN_CHARS) flush();
    chunk.push(p);
    size += p.pattern.source.length;
  }
  flush();
  return groups;
}

const PATTERNS: readonly PatternGroup[] = LANGUAGES.flatMap((l) => [
  ...group(l, [
    ...compile(l, 'claim', l.claims),
    ...compile(l, 'state', l.stateClaims),
    ...compile(l, 'symptom', l.symptomClaims),
  ]),
  // C221: "mou naotta yo", "yijing hao le": an unspaced language romanised is written with spaces,
  // so its claims are read on Latin text with the grammar of the spaced languages. Each keeps out
  // its own negations, as a symptom claim does: other languages' negators are its particles ("ni"
  // of "futsuu ni" is the Spanish "ni").
  ...group(
    { ...l, scripts: ['Latin'] },
    (l.romanized ?? []).map((s) => ({
      kind: 'symptom' as const,
      pattern: new RegExp(s, 'gu'),
      unspaced: null,
    })),
  ),
]);

const ACTIONS: readonly PatternGroup[] = LANGUAGES.flatMap((l) => group(l, compile(l, 'action', l.actions)));

const ELLIPTICALS = new Set(union((l) => l.ellipticals));
const LABEL_STATES = new Set(union((l) => l.labelStates));
const STATUS_NOUNS = new Set(union((l) => l.statusNouns));
const FILLERS = new Set(union((l) => l.fillers));
const WITHOUT = new Set(union((l) => l.without));
const AFFIRMATIONS = new Set(union((l) => l.affirmations));
/** C252: tags that ask to agree with a question ("…, right?", "…, non ?"), as one string each. */
const QUESTION_TAGS = new Set(union((l) => l.questionTags));
const ENDORSEMENT = anyRegex(union((l) => l.endorsements));
const OPEN_CLOSING = anyRegex(union((l) => l.openClosings));
const CLOSING = anyRegex(union((l) => l.closings));
const WAIT = anyRegex(union((l) => l.waits));
const DENIAL = anyRegex(union((l) => l.denials));
const JOINERS = new Set(union((l) => l.joiners));
const ZERO_COUNT = anyRegex(union((l) => l.zeroCounts));
const NOES = new Set(union((l) => l.noes));
const TARGET_WORDS = new Set(union((l) => l.targets));
/** A count of nothing as the whole value of a label: "0", "0 entries", "0件", "0건", "zero". */
const ZERO_VALUE = /^(?:0|zero|null|nul|noll|sifir|ноль|صفر|零)[\p{L}\p{M}]*(?: [\p{L}\p{M}]+)?$/u;
/**
 * A regex that finds any of `words`: as whole words in spaced scripts, anywhere in CJK and Hangul.
 * The word boundaries stand once around the alternation, not around each word: the same matches
 * from a quarter of the source, which V8 builds and scans many times faster (each `\p{L}` class is
 * a table of its own).
 */
const findWords = (words: readonly string[]) => {
  const unique = [...new Set(words)];
  const unspaced = (w: string) =>
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(w);
  const spaced = unique.filter((w) => !unspaced(w)).map(escapeWord);
  const anywhere = unique.filter(unspaced).map(escapeWord);
  const bounded = spaced.length > 0 ? [`(?<![\\p{L}\\p{N}])(?:${spaced.join('|')})(?![\\p{L}\\p{N}])`] : [];
  return new RegExp([...bounded, ...anywhere].join('|') || '(?!)', 'u');
};
const CONTRAST = findWords(union((l) => l.contrasts));
const LIMIT = findWords(union((l) => [...l.limits, ...l.negators]));
const STILL_OR_NOT = LIMIT;
const NEGATOR_ANYWHERE = findWords(union((l) => l.negators));
/** C253: "just now" ("ha appena", "только что"), taken out of a "yes" before it is read. */
const JUST_NOW = new RegExp(findWords(union((l) => l.justNow)).source, 'gu');
/** The words of "since" and "after" of every language, found as {@link findWords} finds them. */
const SINCE_ANYWHERE = findWords(union((l) => l.since));
/** Negators that are not also a "still" ("아직" is both): what makes a question ask a negation. */
const QUESTION_NEGATOR = findWords(union((l) => l.negators.filter((w) => !l.contrasts.includes(w))));
const UNSPACED_TEXT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A fault named in a short question ("broken", "kaputt", "坏"). */
const FAULT = findWords(union((l) => l.faults));
const FAULTS = new RegExp(FAULT.source, 'gu');
/** C190: a part that opens by placing the fault in something else ("the problem lies in …"). */
const ELSEWHERE = new RegExp(
  String.raw`^(?:${
    union((l) => l.elsewhere)
      .map(escapeWord)
      .join('|') || '(?!)'
  })(?![\p{L}\p{N}])`,
  'u',
);

/** The limits of every language ("still", "noch", "还"), without the negators. */
const STILL = findWords(union((l) => l.limits));
const STILLS = new RegExp(STILL.source, 'gu');
/**
 * C81: a value that holds a zero since a change: "toujours à 0 depuis le changement de câble",
 * "0 desde el cambio de cable", "fermo a 0 dalla sostituzione del cavo".
 */
const ZERO_HELD = /^(?:[\p{L}\p{M}]+ ){0,3}(?:0|zero|cero|nul|null|noll)(?= )/u;
const HELD_SINCE = findWords(union((l) => [...l.since, ...(l.heldSince ?? [])]));
const zeroSince = (value: string) => ZERO_HELD.test(value) && HELD_SINCE.test(value);
/** C100: asides of sight, read as nothing ("as far as I can see"); see {@link ClaimLanguage.asides}. */
const ASIDE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${union((l) => l.asides).join('|') || '(?!)'})(?![\p{L}\p{N}])`,
  'gu',
);
/** `text` with its asides read as nothing; most sentences hold none and are returned as they are. */
const withoutAsides = (text: string) =>
  text.search(ASIDE) < 0 ? text : text.replace(ASIDE, ' ').replace(/ {2,}/g, ' ');
/** C101: a lead of a clause taken as given, at a sentence's start; see {@link ClaimLanguage.presuppositions}. */
const PRESUPPOSED = (() => {
  const leads = union((l) => l.presuppositions);
  // A lead of an unspaced script ("既然") runs into the next word; a spaced one ends at a boundary.
  const spaced = leads.filter((w) => !UNSPACED_TEXT.test(w)).join('|') || '(?!)';
  const unspaced = leads.filter((w) => UNSPACED_TEXT.test(w)).join('|') || '(?!)';
  return new RegExp(String.raw`^ ?(?:(?:${spaced})(?![\p{L}\p{N}]) ?|${unspaced})`, 'u');
})();
/** C111: good news announced, and something again: see {@link ClaimLanguage.goodNews}. */
const GOOD_NEWS = anyRegex(union((l) => l.goodNews));
const AGAIN = findWords(union((l) => l.again));
/** C75: a part that ends in "before" ("上周故障出现之前"): what the next part tells is history. */
const BEFORE_WORDS =
  union((l) => l.befores)
    .map(escapeWord)
    .join('|') || '(?!)';
const BEFORE_END = new RegExp(`(?:${BEFORE_WORDS})$`, 'u');
/** C84: what says a thing was not touched by the fault; a state told of it after is not the fix's. */
const UNAFFECTED = findWords(union((l) => l.unaffected));

const NEGATION = wordsRegex(union((l) => l.negators));
const NEGATIVE_SUBJECT = new RegExp(
  String.raw`^(?:\S+ )?(?:${[...new Set(union((l) => l.negativeSubjects))].join('|')})(?= |$)`,
  'u',
);
const MODAL = wordsRegex(union((l) => l.modals));
/** C250: the future of "go" ("va", "vont"), each with the shape of the infinitive it needs. */
const GO_FUTURES = new Map(
  LANGUAGES.flatMap((l) =>
    (l.goFutures?.words ?? []).map((w) => [w, new RegExp(l.goFutures?.infinitive ?? '(?!)', 'u')] as const),
  ),
);
const HEDGE = wordsRegex(union((l) => l.hedges));
const NOW = wordsRegex(union((l) => l.now));
const PAST = wordsRegex(union((l) => l.pastAux));
const FRAME = anyRegex(union((l) => l.frames));
const TRANSIENT = anyRegex(union((l) => l.transient));
const PARTIAL = anyRegex(union((l) => l.partials));
/** A scope limiting the claim just before it, opening the words after it (`scopes`). */
const SCOPE = new RegExp(`^(?:\\S+ )?(?:${anyRegex(union((l) => l.scopes)).source})`, 'u');
const PROBLEM_FREE_ONCE = anyRegex(union((l) => l.problemFree));
const PROBLEM_FREE = new RegExp(PROBLEM_FREE_ONCE.source, 'gu');

/**
 * C89: the words a language uses otherwise that others negate with (`otherSenses`): Portuguese
 * writes "no" and "nos" for "in the" ("o problema no Teams foi resolvido"), which English and
 * Spanish read as a negation. Each with the markers that tell a part is the language's, and those of
 * the languages that negate with the words.
 */
const OTHER_SENSES = LANGUAGES.flatMap((l) => {
  const senses = Object.entries(l.otherSenses ?? {});
  if (senses.length === 0) return [];
  const words = senses.map(([word]) => word);
  const negating = LANGUAGES.filter((o) => o !== l && o.negators.some((n) => words.includes(n)));
  return [
    {
      markers: new Set((l.markers ?? []).map(form)),
      others: new Set(negating.flatMap((o) => (o.markers ?? []).map(form))),
      senses: new Map(senses),
      pattern: new RegExp(`(?<=^| )(?:${words.map(escapeWord).join('|')})(?= |$)`, 'g'),
    },
  ];
});
/** `text` with the words of {@link OTHER_SENSES} read in their own sense where `words` read as their language. */
function inOwnSense(words: readonly string[], text: string): string {
  let read = text;
  for (const { markers, others, senses, pattern } of OTHER_SENSES) {
    if (!words.some((w) => markers.has(w)) || words.some((w) => others.has(w))) continue;
    read = read.replace(pattern, (word) => senses.get(word) ?? word);
  }
  return read;
}

/** `text` with each "without any problem" read as one word that negates nothing. */
const problemFreeRead = (text: string) => text.replace(PROBLEM_FREE, ' noproblem ');

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
const SINCE: readonly string[][] = union((l) => l.since).map((w) => w.split(' '));
const SINCE_WORDS = new Set(SINCE.filter((entry) => entry.length === 1).flat());
/** Words that make a short sentence a condition, a plan or a denial rather than an elliptical claim. */
const BLOCKERS = new Set(
  union((l) => [...l.conditions, ...l.complementizers, ...l.negators, ...l.modals, ...l.hedges]).filter(
    (w) => !w.includes(' '),
  ),
);
const LEAD_WORDS = new Set(LEADS.flatMap(({ words }) => words.flat()));
/**
 * Words that start a condition or a complement: unlike "and", they govern what they lead. Of a lead
 * of several words ("avant que", "in case", "una volta che"), its first word if it is not a short
 * word of its own: the "avant" of "Avant, l'imprimante imprimait" still tells the past, where the
 * "in" of "Wi-Fi in meeting room B — fixed" is a place (the whole lead is found by clausesOf).
 */
const GOVERNING_WORDS = new Set(
  LEADS.filter(({ lead }) => lead !== 'conjunction').flatMap(({ words }) =>
    words.flatMap((entry) => (entry.length === 1 || (entry[0]?.length ?? 0) > 3 ? [entry[0] ?? ''] : [])),
  ),
);
/**
 * Words that make a label's value a plan, a condition or a denial: those of {@link BLOCKERS} but
 * modals and hedges. Before a colon stands a name, and a modal of one language there is a noun of
 * another more often than a verb (the Swedish "plan 2" is the second floor).
 */
const LABEL_BLOCKERS = new Set(
  union((l) => [...l.conditions, ...l.complementizers, ...l.negators]).filter((w) => !w.includes(' ')),
);
/** Words that make a "yes, …" answer a condition or a hedge rather than a claim. */
const ANSWER_BLOCKERS = new Set(union((l) => [...l.conditions, ...l.hedges]).filter((w) => !w.includes(' ')));

// "si"/"se" before an auxiliary or a verb that is used reflexively is a pronoun (Italian "si è
// risolto", "si avvia", Spanish "se ha resuelto", French "se connecte"), not "if"; "up and running" and "done and dusted" are idioms, not two clauses.
const REFLEXIVE_AUX = new Set(
  [
    // French "s'est", "se sont" (from the elision "s'"): always the reflexive pronoun.
    'e ha han sono era esta estan he hemos foi tem est sont',
    'avvia connette collega blocca riavvia disconnette verifica presenta ripresenta risolve apre',
    'ferma spegne accende chiude carica',
    // French reflexives: "le VPN se connecte", "l'erreur se produit".
    'connecte connectent lance lancent produit affiche bloque deconnecte fige ouvre synchronise',
    // Spanish, Portuguese and Italian: "se acabaron los problemas", "se termina", "si completa".
    'acabaron acabo acaba termina terminan completa completano conclude termine terminent redemarre',
    // "Se da por resuelta", "se procede al cierre", "si comunica l'avvenuta risoluzione".
    'da dan procede considera consideran comunica registra registrano',
    // Spanish impersonal and reflexive: "se confirma el restablecimiento", "se mantiene arrancado".
    'confirma confirman mantiene mantienen',
    // C64: queues that empty themselves: "le code si svuotano", "las colas se vacían".
    'svuota svuotano smaltisce smaltiscono stampa stampano vacia vacian procesa procesan imprime imprimen',
  ]
    .join(' ')
    .split(' '),
);
/**
 * C223: verbs after which "si" and "se" are pronouns in one language only. After "si", Italian forms
 * that no Spanish or French "si" (if) precedes ("il calendario si sincronizza su tutti i
 * cellulari"), where the Italian "se" (if) stays a condition ("Se sincronizza, ci avvisi"); after
 * "se", the Spanish and Portuguese present ("el calendario se sincroniza"), where a Portuguese "se"
 * (if) takes the future subjunctive ("se sincronizar").
 */
const ONE_LANGUAGE_REFLEXIVE: Readonly<Record<'si' | 'se', ReadonlySet<string>>> = {
  si: new Set('sincronizza sincronizzano collegano connettono riconnette aggiorna aggiornano'.split(' ')),
  se: new Set(
    'mapea mapean mapeia mapeiam sincroniza sincronizan sincronizam conecta conectan conectam reconecta reconectan'.split(
      ' ',
    ),
  ),
};
const IDIOM_AND = new Set(['up', 'done', 'safe', 'back']);
// Swedish "om" after a verb of redoing is its particle, not "if": "drivrutinen installerades om",
// "vi startade om skrivaren".
const SV_PARTICLE_VERB =
  /^(?:start|install|boot|konfigurer|ladd|kopp|synk|skap|registrer|gor|gjor|kor|satt)\p{L}*(?:ade|ades|at|ats|as|de|des|t|ts)$/u;
// German and Dutch "als" before a state is "as", not "when": "als gelöst gemeldet", "als opgelost
// beschouwd".
const AS_STATE = new Set(
  'gelost erledigt behoben abgeschlossen geschlossen geklart opgelost afgehandeld gesloten afgesloten verholpen'.split(
    ' ',
  ),
);

interface Clause {
  start: number;
  lead: Lead;
}

/** The text as a reader sees it, in normal form: markup removed, disguised look-alikes folded. */
export function readable(text: string): string {
  return normalized(plainText(text), 'mixed');
}

/**
 * The words some lexicon knows, for telling a slip of the keyboard from a word of its own: those of
 * its word lists and those written out in its patterns ("corretamente" is Portuguese, not a slip of
 * the Italian "correttamente").
 */
const KNOWN_WORDS = new Set(
  union((l) => [
    ...[...l.claims, ...l.stateClaims, ...l.symptomClaims, ...l.actions].flatMap(
      (source) => form(source).match(/\p{L}{3,}/gu) ?? [],
    ),
    ...l.ellipticals,
    ...(l.labelStates ?? []),
    ...l.fillers,
    ...l.negators,
    ...l.modals,
    ...l.auxiliaries,
    ...l.conjunctions,
    ...l.conditions,
    ...l.limits,
    ...l.now,
    ...l.affirmations,
  ]).flatMap((w) => w.split(' ')),
);

/** `word` with two neighbouring letters swapped, or with one inner letter dropped. */
function slipsOf(word: string): string[] {
  const chars = [...word];
  const slips: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    if (chars[i] !== chars[i + 1]) {
      slips.push([...chars.slice(0, i), chars[i + 1], chars[i], ...chars.slice(i + 2)].join(''));
    }
    if (i > 0) slips.push([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
  }
  return slips;
}

/**
 * Misspelt claim words, read as the word meant: the lexicons' common misspellings, and the slips
 * of their long claim words. A slip that is a word some lexicon knows, or a claim word itself,
 * stays what it is.
 */
const TYPOS: ReadonlyMap<string, string> = (() => {
  const typos = new Map<string, string>();
  const stems = new Set(union((l) => l.typoStems));
  for (const stem of stems) {
    for (const slip of slipsOf(stem)) {
      if (!stems.has(slip) && !KNOWN_WORDS.has(slip) && !typos.has(slip)) typos.set(slip, stem);
    }
  }
  for (const entry of union((l) => l.misspellings)) {
    const [wrong = '', right = ''] = entry.split(' ');
    if (!KNOWN_WORDS.has(wrong)) typos.set(wrong, right);
  }
  return typos;
})();
/** Misspellings written without spaces (Chinese, Japanese): replaced wherever they stand. */
const UNSPACED_TYPOS = [...TYPOS].filter(([wrong]) => UNSPACED_TEXT.test(wrong));
function repairTypos(text: string): string {
  let repaired = text.replace(/[\p{L}\p{N}]+/gu, (w) => TYPOS.get(w) ?? w);
  for (const [wrong, right] of UNSPACED_TYPOS) repaired = repaired.replaceAll(wrong, right);
  return repaired;
}

/** C189: an arrow read as a word, after a short lead and before a value of a word or two that ends its sentence. */
const ARROW_LABEL = new RegExp(
  String.raw`(?<=(?:^|[.!?\n])\s*(?:[\p{L}-]+ ){0,2}[\p{L}-]+) ${TO_MARK} (?=\p{L}+(?: \p{L}+)?\s*(?:[.!?\n]|$))`,
  'gu',
);

/** Lower case, contractions expanded, punctuation as separate tokens. */
function prepare(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[。．｡]/g, '.')
      .replace(/[、，،]/g, ',')
      .replace(/[؟]/g, '?')
      .replace(/[؛]/g, ';')
      .replace(/n't\b/g, ' not')
      .replace(/'re\b/g, ' are')
      .replace(/'ve\b/g, ' have')
      .replace(/'ll\b/g, ' will')
      .replace(/'d\b/g, ' would')
      .replace(/'m\b/g, ' am')
      .replace(/'s\b/g, ' is')
      // French and Italian elision: l'erreur → le erreur, n'est → ne est, qu'il → que il.
      .replace(/\b([a-z]{1,6}?)e?'(?=[a-z])/g, '$1e ')
      // C91: an arrow between two readings ("packet loss 4 % → 0 %") reads as a word of its own,
      // which the lexicons' patterns name as they name "down to".
      .replace(/\s*(?:->|=>)\s*/g, ` ${TO_MARK} `)
      // C189: "Status → working", "ステータス → 正常稼働": an arrow after a short lead of words, before
      // a value of a word or two that ends its sentence, sets a label apart as a colon does. Between
      // figures ("4 % → 0 %") it stays the arrow of C91.
      .replace(ARROW_LABEL, ' : ')
      // C138: "Firewall — up.": a dash after a short lead, before a value of a word or two that
      // ends its sentence, sets a label apart as a colon does.
      .replace(
        /(?<=(?:^|[.!?\n])\s*(?:[\p{L}\p{N}-]+ ){0,2}[\p{L}\p{N}-]+)\s[-–—]\s(?=[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)?\s*(?:[.!?\n]|$))/gu,
        ' : ',
      )
      // A dash set apart, en or em: a break like a comma ("Office activated – done").
      .replace(/\s[–—]\s/g, ' , ')
      // "10:40", "2.5", "1,5": one number, not a clause break in the middle of it.
      .replace(/(?<=\d)[:.,](?=\d)/g, '')
      .replace(/[^\p{L}\p{N}\s.!?;:,()\n-]/gu, ' ')
      .replace(/(?<![\p{L}\p{N}])-|-(?![\p{L}\p{N}])/gu, ' , ')
      .replace(/([.!?;:,()\n])/g, ' $1 ')
      .replace(/[^\S\n]+/g, ' ')
      // "問題は 解決 しました": spaces between CJK characters are layout, not word breaks. The long
      // vowel mark ends many katakana words ("スプーラー 再起動") but is of no script of its own.
      .replace(
        /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]) (?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu,
        '',
      )
  );
}

/** Splits a segment's words into clauses at conjunctions, conditions and complementizers. */
function clausesOf(words: readonly string[]): Clause[] {
  const clauses: Clause[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!LEAD_WORDS.has(words[i] ?? '')) continue;
    // The longest lead wins across kinds: the Portuguese conjunction "uma vez que" (since) over the
    // condition "uma vez" (once).
    let best: { lead: Lead; length: number } | undefined;
    for (const { lead, words: entries } of LEADS) {
      const hit = entries.find((entry) => entry.every((w, k) => words[i + k] === w));
      if (hit !== undefined && hit.length > (best?.length ?? 0)) best = { lead, length: hit.length };
    }
    if (best === undefined) continue;
    const word = words[i] ?? '';
    const next = words[i + 1] ?? '';
    if (
      (word === 'si' || word === 'se') &&
      (REFLEXIVE_AUX.has(next) || ONE_LANGUAGE_REFLEXIVE[word].has(next))
    )
      continue;
    if (word === 'and' && IDIOM_AND.has(words[i - 1] ?? '')) continue;
    if (word === 'als' && AS_STATE.has(words[i + 1] ?? '')) continue;
    if (word === 'om' && SV_PARTICLE_VERB.test(words[i - 1] ?? '')) continue;
    clauses.push({ start: i, lead: best.lead });
    i += best.length - 1;
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
  /** Index of the sentence the segment belongs to. */
  sentence: number;
  question: boolean;
  /** Whether a colon stands right before it: a label's value or a quotation follows. */
  afterColon: boolean;
}

interface Sentence {
  /** Its words, punctuation left out. */
  words: string[];
  /** Its prepared text, for the patterns that look at a whole sentence. */
  text: string;
  question: boolean;
}

const SENTENCE_SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A tag in brackets that opens a line, after the prefixes of a reply or a forward ("RE:", "AW:"). */
const SUBJECT_TAG = /^\s*(?:\p{L}{1,4} ?[:：] ?)*[[【〔]([^\]】〕\n]{2,40})[\]】〕]/u;

/** A stop that ends a prepared sentence; an arrow after it goes on the sentence ("4 min. -> 30 s"). */
const SENTENCE_STOP = new RegExp(String.raw`(?<=[.!?])(?= (?!${TO_MARK}\b)[^.!?;\s])`);

/** An arrow at the start of a segment ("-> 30 s"): readable text writes every arrow as "->" or "=>". */
const ARROW_OPENS = /^\s*(?:-{1,2}>|=>)/;

/** The sentences of a readable text: Intl.Segmenter's, and a line break always ends one. */
function sentencesOf(text: string): Array<{ text: string; ticked: boolean }> {
  const out: Array<{ text: string; ticked: boolean }> = [];
  for (const raw of text.split('\n')) {
    // "- [ ] Spooler crash fixed": an unchecked item of a checklist is a step still to do.
    if (/^\s*\[ \]/.test(raw)) continue;
    // "- [x] Print spooler stable": a ticked item tells its text as done, as a label its value.
    const tick = /^\s*\[[xX✓✔]\]\s*/.exec(raw);
    let line = tableRow(tick === null ? raw : raw.slice(tick[0].length));
    // C77: "RE: [SOLVED] Reception scanner …", "AW: [GELÖST] …", "【解決済み】": a subject line's
    // leading tag is a sentence of its own, read as any other ("[SOLVED]" is "Solved.").
    const tag = SUBJECT_TAG.exec(line);
    if (tag !== null && !/^\s*ok\s*$/iu.test(tag[1] ?? '')) {
      out.push({ text: tag[1] ?? '', ticked: false });
      line = line.slice(tag[0].length);
    }
    const first = out.length;
    for (const { segment } of SENTENCE_SEGMENTER.segment(line)) {
      const last = out.at(-1);
      // "4 Min. → 30 Sek.": no sentence opens with an arrow, so the abbreviation's period before it
      // ended none, and the figure on each side stays in one sentence.
      if (out.length > first && last !== undefined && ARROW_OPENS.test(segment)) last.text += segment;
      else if (/[\p{L}\p{N}]/u.test(segment)) out.push({ text: segment, ticked: tick !== null });
    }
  }
  return out;
}

/** The state words a ticked item may end in, longest first ("çalışır durumda" before "durumda"). */
const TICK_STATES = [...new Set([...LABEL_STATES, ...ELLIPTICALS])].sort((a, b) => b.length - a.length);

/**
 * A ticked item's prepared text read as "label : state" when it ends in a state word
 * ("print spooler stable" → "print spooler : stable", "印刷キュー正常" → "印刷キュー : 正常"): the item
 * is ticked, so its state is told, and the label rules then judge it as they judge a status row.
 */
function tickedAsLabel(prepared: string): string {
  const text = prepared.replace(/[\s.!]+$/, '');
  if (/[:?]/.test(text)) return prepared;
  for (const state of TICK_STATES) {
    const unspaced = UNSPACED_TEXT.test(state);
    if (!text.endsWith(unspaced ? state : ` ${state}`)) continue;
    const head = text.slice(0, text.length - state.length).trim();
    if (head.length > 0) return `${head} : ${state}`;
  }
  // C78: "[x] Teams calls without drops": a ticked item that tells the fault absent is ticked as
  // done, as a "done" emoji over it tells it.
  return PROBLEM_FREE_ONCE.test(text) ? `${GOOD_MARK} ${prepared}` : prepared;
}

/**
 * A row of a markdown table read as its label and values: "| Status | 完了 |" says what
 * "Status: 完了" says, and a row that only rules the table ("|---|---|") says nothing.
 */
function tableRow(line: string): string {
  const row = /^\s*\|(.*)\|\s*$/.exec(line);
  // C95: a row pasted without its outer bars ("Sage 200 login | Result | OK") is a row still.
  if (row === null) return / \| /.test(line) ? line.split(/ +\| +/).join(' : ') : line;
  const cells = (row[1] ?? '').split('|').map((c) => c.trim());
  return cells.every((c) => /^:?-*:?$/.test(c)) ? '' : cells.join(' : ');
}

// The guard asks two questions of each text (a claim? work told as done?): the second reuses the
// sentences of the first.
let lastText: string | undefined;
let lastSegments: { parts: Segment[]; sentences: Sentence[] } = { parts: [], sentences: [] };

function segments(text: string): { parts: Segment[]; sentences: Sentence[] } {
  if (text !== lastText) {
    lastSegments = cutSegments(text);
    lastText = text;
  }
  return lastSegments;
}

function cutSegments(text: string): { parts: Segment[]; sentences: Sentence[] } {
  const parts: Segment[] = [];
  const sentences: Sentence[] = [];
  const add = (sentence: string, question: boolean) => {
    const index = sentences.length;
    const all: string[] = [];
    let afterColon = false;
    for (const part of sentence.split(/(?=[.!?;:,()\n])/)) {
      const words = part
        .replace(/^[.!?;:,()\n]/, '')
        .trim()
        .split(' ')
        .filter(Boolean);
      const colon = part.startsWith(':');
      const last = parts.at(-1);
      if (part.startsWith(',') && JOINERS.has(words[0] ?? '') && last?.sentence === index) {
        // "быстрее, чем раньше": the comparison goes on across its comma.
        last.words.push(...words);
        all.push(...words);
        continue;
      }
      if (words.length > 0) {
        parts.push({ words, sentence: index, question, afterColon: colon || afterColon });
        all.push(...words);
      }
      afterColon = colon && words.length === 0;
    }
    if (all.length > 0) sentences.push({ words: all, text: all.join(' '), question });
  };
  for (const { text: raw, ticked } of sentencesOf(readable(text))) {
    const read = withoutAsides(repairTypos(prepare(raw)));
    const prepared = ticked ? tickedAsLabel(read) : read;
    // A sentence ends at its last ? or at Intl.Segmenter's break; "Fixed? Yes." is two.
    for (const sentence of prepared.split(SENTENCE_STOP)) {
      const question = /\?[\s"')]*$/.test(sentence);
      // C101: "Now that the scanner works again, could you …?": the lead goes, and the clause it
      // opened, up to its comma, is a sentence of its own that tells rather than asks.
      const given = PRESUPPOSED.exec(sentence);
      const comma = given === null ? -1 : sentence.indexOf(' , ', given[0].length);
      if (given === null || comma < 0) add(sentence, question);
      else {
        add(sentence.slice(given[0].length, comma), false);
        add(sentence.slice(comma + 3), question);
      }
    }
  }
  return { parts, sentences };
}

/**
 * The verb group `words[start..end)` as the modals read it: C250, a future of "go" with no word
 * shaped as an infinitive in the three after it is the verb "go" ("el portátil va más rápido que
 * nunca", "ora va più veloce di prima"), not the future of "ça va marcher" or "ça va se régler".
 */
function futureOfGoRead(words: readonly string[], start: number, end: number): string {
  return words
    .slice(start, end)
    .map((w, k) => {
      const infinitive = GO_FUTURES.get(w);
      if (infinitive === undefined) return w;
      const after = words.slice(start + k + 1, start + k + 4);
      return after.some((next) => infinitive.test(next)) ? w : '_';
    })
    .join(' ');
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
    // "… once you confirm that everything works": what a condition waits to be told is not told.
    const governingLead = index > 0 ? clauses[index - 1]?.lead : clausesOf(previous.split(' ')).at(-1)?.lead;
    if (governingLead === 'condition') return true;
  }
  // "helped for a while": the English "while" starts a clause of its own, so the whole part is read.
  if (TRANSIENT.test(clauseText) || TRANSIENT.test(words.join(' '))) return true;
  // "Two of the three mailboxes sync again", C186 "ran 3 of 5 nights without errors": a good state
  // for part of what was broken.
  if (PARTIAL.test(clauseText) || countsPartOfWhole(words.join(' '))) return true;
  // "Printing is restored only for two users", "rétablie seulement pour deux utilisateurs".
  if (SCOPE.test(words.slice(to, to + 8).join(' '))) return true;
  const chain = chainBefore(words, from);
  const group = `${chain} ${words.slice(from, to).join(' ')}`;
  const read = (text: string) => inOwnSense(words, problemFreeRead(text));
  if (kind !== 'symptom' && NEGATION.test(` ${read(group)} `)) return true;
  // "Non siamo ancora riusciti a risolvere": a negation a few words before the claim, in its
  // clause, with a word the verb group does not know between. Words that also mean "after" (the
  // Arabic "بعد", "not yet" and "after") tell the problem's history there, not a negation.
  const lead = words.slice(Math.max(clause.start, from - 3), from).filter((w) => !SINCE_WORDS.has(w));
  if (kind !== 'symptom' && NEGATION.test(` ${read(lead.join(' '))} `)) return true;
  // C187: "Behoben ist es noch nicht", "Opgelost is het niet": a claim put first and negated at the end
  // of its clause, a few words on.
  // Only a claim that opens its clause: after "sacó dos tandas sin saltarse ninguna" the negation
  // belongs to the fault denied.
  const tail = words.slice(to, next);
  const fronted = from - clause.start <= 1 && tail.length > 0 && tail.length <= 4;
  if (kind !== 'symptom' && fronted && NEGATION.test(` ${read(tail.at(-1) ?? '')} `)) return true;
  // "Nothing we tried has fixed it", "Nichts davon hat das Problem gelöst".
  // A relative clause ("nada de lo que probamos …") belongs to the subject before it.
  const subjectFrom =
    clause.lead === 'complement' ? (clauses[index - 1]?.start ?? clause.start) : clause.start;
  if (kind !== 'symptom' && NEGATIVE_SUBJECT.test(words.slice(subjectFrom, from).join(' '))) return true;
  if (MODAL.test(` ${futureOfGoRead(words, from - (chain === '' ? 0 : chain.split(' ').length), from)} `))
    return true;
  if (HEDGE.test(` ${chain} `) && !NOW.test(` ${clauseText} `)) return true;
  // "Outlook should start syncing again", "sollte das Problem behoben sein": a hedge a few words
  // before the claim, with a verb or the subject between, still governs it. Modals are left to
  // the verb group: many are ordinary words of another language ("va", "için").
  const near = words.slice(Math.max(clause.start, from - 4), from).join(' ');
  if (HEDGE.test(` ${near} `) && !NOW.test(` ${clauseText} `)) return true;
  if (kind === 'state' && PAST.test(` ${chain} `)) return true;
  return false;
}

/**
 * Whether a sentence that closes the ticket says the fix is not confirmed: in so many words, by a
 * negation with a frame of checking ("although we could not confirm that the fix worked"), or by
 * making the closing wait for a condition ("once you confirm").
 */
const openClosing = (text: string, words: readonly string[]) =>
  OPEN_CLOSING.test(text) ||
  (NEGATOR_ANYWHERE.test(problemFreeRead(text)) && FRAME.test(text)) ||
  // "Zodra u bevestigt dat alles werkt, sluiten we het ticket": a closing that waits to be told
  // something is a plan. Only a condition with a complement after it counts: a lone condition word
  // is too often an ordinary word of another language ("als", "se", "si").
  waitsToBeTold(clausesOf(words));

/**
 * Whether part `s` is the consequent of a condition that opens its sentence: "Falls die Firmware
 * es behebt, schließen wir das Ticket" closes only if the condition holds, and the present tense
 * there is a plan ("we close", "sluiten we") as the future is. The condition must say something
 * before its comma: a lone "Sí, …" is the Spanish "yes".
 */
function closesOnCondition(parts: readonly Segment[], s: number): boolean {
  const sentence = parts[s]?.sentence;
  const first = parts.findIndex((p) => p.sentence === sentence);
  const words = parts[first]?.words ?? [];
  return first < s && words.length > 1 && clausesOf(words)[0]?.lead === 'condition';
}

/**
 * Whether a sentence closes or marks the ticket only once something still to come holds, and
 * `part` (where the claim stands) is the closing's or the wait's: a claim in a part of its own
 * ("Printing works again; we close the ticket only once you confirm") is still told.
 */
const closingWaits = (sentence: string, part: string) =>
  CLOSING.test(sentence) && WAIT.test(sentence) && (CLOSING.test(part) || WAIT.test(part));

/** Whether a condition clause is followed by a complement: "once you confirm that …". */
const waitsToBeTold = (clauses: readonly Clause[]) =>
  clauses.some((c, k) => c.lead === 'condition' && clauses[k + 1]?.lead === 'complement');

/** Word index of character `offset` in `words.join(' ')`. */
const wordAt = (text: string, offset: number) => text.slice(0, offset).split(' ').length - 1;

/** A phrase that is not excused, with the words of the clause it stands in. */
export interface GovernedMatch {
  phrase: string;
  clause: string[];
}

/** Whether a claim in an unspaced language is excused by the clause around it. */
function excusedUnspaced(
  excuses: { before: RegExp; after: RegExp; contrasts: RegExp },
  joined: string,
  from: number,
  to: number,
): boolean {
  // "正常运行了大约十分钟": a state told with a span of minutes after it lasted only that long.
  const rest = joined.slice(to);
  const before = joined.slice(0, from).replace(excuses.contrasts, ' ');
  return excuses.before.test(before) || excuses.after.test(rest) || TRANSIENT.test(rest);
}

/**
 * The elliptical claim a sentence makes, or `null`: its words, fillers left out, are one elliptical
 * phrase and at most one other content word ("Printer fixed."), with no grammar word that could
 * negate, condition or plan it.
 */
function ellipticalClaim(words: readonly string[]): string | null {
  if (words.length > 8 || words.some((w) => BLOCKERS.has(w)) || FRAME.test(words.join(' '))) return null;
  // "It works for a bit", "Es geht kurz": a state limited to a moment, as in a clause.
  if (TRANSIENT.test(words.join(' '))) return null;
  for (let size = Math.min(words.length, 3); size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const phrase = words.slice(i, i + size).join(' ');
      if (!ELLIPTICALS.has(phrase)) continue;
      const others = [...words.slice(0, i), ...words.slice(i + size)].filter((w) => !FILLERS.has(w));
      if (others.length > 1 || others.some((w) => FUNCTION_WORDS.has(w) || LEAD_WORDS.has(w))) continue;
      // C121: "…, without success", "sem sucesso", "not successful": the word beside it denies it.
      if (others.some((w) => WITHOUT.has(w)) || NEGATION.test(` ${others.join(' ')} `)) continue;
      return phrase;
    }
  }
  return null;
}

/**
 * The elliptical claim of a sentence's part that stands on its own after a colon ('confirmed on
 * WhatsApp: "sorted, thanks!"') or closes a list ("licence assigned, Office activated – done"), or
 * `null`. Nothing around it in the sentence may limit or negate it.
 */
function quotedOrTrailing(own: readonly Segment[]): string | null {
  if (own.length < 2) return null;
  const text = (from: number, to?: number) =>
    own
      .slice(from, to)
      .map((p) => p.words.join(' '))
      .join(' , ');
  const last = own.length - 1;
  for (const [k, part] of own.entries()) {
    if (k === 0 || !(part.afterColon || k === last)) continue;
    // "- Wi-Fi 2nd floor: working": a label's value may be a state word that alone says too little
    // ("Working on it.") to be a claim of its own.
    const label = part.afterColon && LABEL_STATES.has(part.words.join(' '));
    const claim = ellipticalClaim(part.words) ?? (label ? part.words.join(' ') : null);
    if (claim === null) continue;
    const around = `${text(0, k)} , ${text(k + 1)}`;
    // C69: "| Spooler | working again, no crashes |": a fault denied beside the state ("no crashes",
    // "without any problem") negates the fault, not the state, and governs nothing.
    const read = inOwnSense(around.split(' '), problemFreeRead(around));
    const words = read.split(' ');
    // Before a label's colon, a lead of several words ("au cas où") governs only as a whole: its
    // words alone are the ordinary "au" of "Wi-Fi au 2e étage". Around a list's last item, a word
    // of one ("avant" of "avant que") still tells the list is not the present.
    const governs =
      (part.afterColon
        ? words.some((w) => LABEL_BLOCKERS.has(w) || SINCE_WORDS.has(w))
        : words.some((w) => BLOCKERS.has(w) || GOVERNING_WORDS.has(w) || SINCE_WORDS.has(w))) ||
      clausesOf(words).some((c) => c.lead === 'condition' || c.lead === 'complement');
    if (governs || FRAME.test(around)) continue;
    // "| Spooler | working again, but crashes hourly |": a contrast after the state limits it.
    if (CONTRAST.test(text(k + 1))) continue;
    // LIMIT holds the negators too.
    if (!LIMIT.test(read)) return claim;
  }
  return null;
}

/** Whether `rest` holds a contrast followed by a limit: "…, but it still fails". */
function turnsAgainst(rest: string): boolean {
  const turn = CONTRAST.exec(rest);
  if (turn === null) return false;
  // C85: "…, alles über 20 Seiten bricht weiterhin ab": the limit may stand before the contrast
  // in its own part (a separable verb), not only after it.
  const clause = rest.lastIndexOf(' , ', turn.index) + 1;
  return STILL_OR_NOT.test(
    problemFreeRead(rest.slice(clause > 0 ? clause + 2 : turn.index + turn[0].length)),
  );
}

/**
 * C190: whether a part after the claim's own places the fault in something else, with nothing in
 * it that negates it ("…; the problem lies in the printer driver", not "…, the problem is not the
 * driver"): the good state told before is of what the fault is not in. `rest` is the claim's own
 * part and the parts after it, joined by " , "; the claim's own part is left out ("El problema está
 * solucionado" opens with "el problema está").
 */
const placesFaultElsewhere = (rest: string) =>
  rest
    .split(' , ')
    .slice(1)
    .some((part) => ELSEWHERE.test(part.trim()) && !NEGATOR_ANYWHERE.test(inOwnSense(part.split(' '), part)));

/**
 * Whether what follows a claim in its sentence turns against it: "…, but it still fails". `rest`
 * is its parts joined by " , "; the first `fromPart` of them are the claim's own part, which may
 * end in a negation of its own.
 */
function contrasted(rest: string, fromPart = 0): boolean {
  if (turnsAgainst(rest) || placesFaultElsewhere(rest)) return true;
  // "Black-and-white works; colour does not", "S/W geht, Farbe leider nicht": a short part after
  // the claim that ends in a bare negation denies its own subject the state just told.
  // Not the claim's own part: "ya no se cae para nada" ends in a negation of its own.
  // A lone negation set apart by a dash ("цветная — нет") belongs to the part before it.
  const parts = problemFreeRead(rest)
    .split(' , ')
    .slice(fromPart)
    .map((part) => part.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)));
  return parts.some((words, k) => {
    const part = words.length === 1 && k > 0 ? [...(parts[k - 1] ?? []), ...words] : words;
    return (
      part.length >= 2 &&
      part.length <= 5 &&
      NEGATION.test(` ${part.at(-1)} `) &&
      !NEGATION.test(` ${part[0]} `)
    );
  });
}

/**
 * Whether a short question asks if the fault goes on: a fault and "still" ("Still broken?", "Nadal
 * nie działa?", "还坏吗？"), with no negation besides the fault's own. After it a bare "no" tells the
 * fault is over, and a "yes" that it is not.
 */
function asksWhetherFaultGoesOn(question: readonly string[]): boolean {
  if (question.length > 8) return false;
  const text = question.join(' ');
  if (!FAULT.test(text)) return false;
  const rest = problemFreeRead(text.replace(FAULTS, ' '));
  // The "still" itself may be another language's negator (the German "noch", the Dutch "neither").
  return STILL.test(rest) && !QUESTION_NEGATOR.test(rest.replace(STILLS, ' '));
}

/** Whether a sentence is only "no" ("Nope.", "Qué va.", "Gdzie tam."), fillers aside. */
const deniesBare = (words: readonly string[]) => {
  const own = words.filter((w) => !FILLERS.has(w));
  return own.length > 0 && own.length <= 3 && NOES.has(own.join(' '));
};

/**
 * Whether a sentence tells its content as so, without a limit, a frame, a modal, a hedge or a
 * condition: what a sentence-level reading ("good news", a time cut) asks before it reads a claim.
 */
const unqualified = (sentence: Sentence) =>
  !LIMIT.test(problemFreeRead(sentence.text)) &&
  !FRAME.test(sentence.text) &&
  !MODAL.test(` ${sentence.text} `) &&
  !HEDGE.test(` ${sentence.text} `) &&
  !clausesOf(sentence.words).some((c) => c.lead === 'condition');

/**
 * Whether a sentence plans, promises, asks to check or waits on a condition, and tells no state:
 * "OK pour tous les utilisateurs" holds a state word, and its "pour" is a preposition of purpose,
 * not a plan. A future of "go" counts only with its infinitive, as in a clause (C250).
 */
const plansOrAsks = (sentence: Sentence) =>
  !sentence.words.some((w) => w !== GOOD_MARK && (ELLIPTICALS.has(w) || LABEL_STATES.has(w))) &&
  (FRAME.test(sentence.text) ||
    clausesOf(sentence.words).some((c) => c.lead === 'condition') ||
    MODAL.test(` ${futureOfGoRead(sentence.words, 0, sentence.words.length)} `));

/**
 * The words of a sentence, given as its `own` parts, less a tag that closes it as its own part, after a comma: "c'est
 * regle" of "C'est réglé, non ?" (C252). A tag asks to agree; the "non" in it negates nothing.
 */
function untagged(own: readonly Segment[]): readonly string[] {
  const last = own.at(-1);
  if (own.length < 2 || last === undefined || !QUESTION_TAGS.has(last.words.join(' '))) {
    return own.flatMap((p) => p.words);
  }
  return own.slice(0, -1).flatMap((p) => p.words);
}

/** Whether a sentence is only "yes" (and fillers). */
const affirms = (words: readonly string[]) =>
  words.some((w) => AFFIRMATIONS.has(w)) && words.every((w) => AFFIRMATIONS.has(w) || FILLERS.has(w));

/** Every match of `patterns` in `text` that the grammar around it does not excuse. */
function* scan(
  text: string,
  groups: readonly PatternGroup[],
  sentenceLevel: boolean,
): Generator<GovernedMatch> {
  const { parts, sentences } = segments(text);
  const bySentence: Segment[][] = sentences.map(() => []);
  for (const part of parts) bySentence[part.sentence]?.push(part);
  const asks = new Set<number>();
  // One test of each screen over the whole text, its parts on lines of their own, leaves the few
  // groups worth a test per part: a pattern that matches a part alone matches it on its line (with
  // "m", "^" and "$" hold at a line's ends, and no pattern's negative look-around reads across a
  // line break).
  const lines = parts.map((p) => p.words.join(' ')).join('\n');
  const live = groups.filter(({ script, lines: screen }) => script.test(lines) && screen.test(lines));
  for (const [s, segment] of parts.entries()) {
    const joined = segment.words.join(' ');
    const sentence = sentences[segment.sentence];
    const previous = parts[s - 1]?.words.join(' ') ?? '';
    // "上周故障出现之前，所有打印机都运行正常": a state told after a clause of time before the fault.
    const afterBefore = parts[s - 1]?.sentence === segment.sentence && BEFORE_END.test(previous);
    const unspaced = UNSPACED_TEXT.test(joined);
    // What the sentence says after this part: a contrast there may limit a claim made here.
    const later = parts
      .slice(s + 1)
      .filter((p) => p.sentence === segment.sentence)
      .map((p) => p.words.join(' '))
      .join(' , ');
    const patterns = live
      .filter(({ script, screen }) => script.test(joined) && screen.test(joined))
      .flatMap((g) => g.patterns);
    for (const { kind, pattern, unspaced: excuses } of patterns) {
      if (excuses !== null && !unspaced) continue;
      pattern.lastIndex = 0;
      for (const match of joined.matchAll(pattern)) {
        const end = match.index + match[0].length;
        if (segment.question) {
          // "Is it fixed?": a "Yes." after it makes the claim; "Fixed, isn't it?" asks the same.
          if (!NEGATOR_ANYWHERE.test(untagged(bySentence[segment.sentence] ?? []).join(' ')))
            asks.add(segment.sentence);
          continue;
        }
        const from = wordAt(joined, match.index);
        const to = wordAt(joined, end - 1) + 1;
        const isExcused =
          excuses !== null
            ? (afterBefore && kind !== 'symptom') || excusedUnspaced(excuses, joined, match.index, end)
            : excused(kind, segment.words, from, to, previous);
        if (isExcused || (sentenceLevel && contrasted(`${joined.slice(end)} , ${later}`, 1))) continue;
        // "La messagerie n'est pas concernée et fonctionne normalement": the state of what the
        // fault did not touch.
        if (UNAFFECTED.test(joined.slice(0, match.index))) continue;
        // C122: "…没有受到影响，一直正常使用", "etkilenmedi, normal şekilde çalışıyor": the thing not
        // touched named in the part before, in the same sentence, unless this part turns to another.
        if (
          parts[s - 1]?.sentence === segment.sentence &&
          UNAFFECTED.test(previous) &&
          !CONTRAST.test(segment.words.slice(0, 2).join(' '))
        ) {
          continue;
        }
        if (
          CLOSING.test(match[0]) &&
          (openClosing(sentence?.text ?? '', sentence?.words ?? []) || closesOnCondition(parts, s))
        ) {
          continue;
        }
        // "Wir schließen das Ticket erst, wenn …", "oznaczymy jako rozwiązane dopiero po tygodniu":
        // a closing that waits for what is still to come, with the state it waits for.
        if (closingWaits(sentence?.text ?? '', joined)) continue;
        // "Login took 2 s before, now 20 s": a time now that the sentence shows grown, not cut.
        if (timeNotCut(sentence?.text ?? '', match[0])) continue;
        yield { phrase: match[0].trim(), clause: segment.words };
      }
    }
  }
  if (!sentenceLevel) return;
  for (const [i, sentence] of sentences.entries()) {
    if (sentence.question) {
      if (sentence.words.some((w) => ELLIPTICALS.has(w))) asks.add(i);
      continue;
    }
    // "Fixed – Outlook syncs again", "Arreglado, el wifi va bien": an elliptical claim leading
    // the sentence, unless the rest turns against it.
    const own = bySentence[i] ?? [];
    const lead = own[0];
    // C188: "해결 상태: 보류" (resolution status: on hold): a label that names a status claims nothing.
    const labelOfStatus = own[1]?.afterColon === true && lead?.words.some((w) => STATUS_NOUNS.has(w));
    const leading =
      lead !== undefined && lead.words.length < sentence.words.length && !labelOfStatus
        ? ellipticalClaim(lead.words)
        : null;
    // "It's not like the spooler is still falling over": a denied fault, told as over.
    const denial = DENIAL.exec(sentence.text);
    // "… qui n'imprime pas, mais le spouleur plante encore": a contrast after it, then a limit,
    // takes it back. A bare negation after it ("— it isn't") only repeats the denial.
    if (denial !== null && !turnsAgainst(sentence.text.slice(denial.index + denial[0].length))) {
      yield { phrase: denial[0], clause: sentence.words };
      continue;
    }
    const elliptical =
      ellipticalClaim(sentence.words) ??
      (leading !== null &&
      !contrasted(sentence.words.slice(lead?.words.length ?? 0).join(' ')) &&
      !placesFaultElsewhere(own.map((p) => p.words.join(' ')).join(' , ')) &&
      !(leading === GOOD_MARK && plansOrAsks(sentence))
        ? leading
        : null) ??
      quotedOrTrailing(own);
    // "Crashes since the fix: 0", "クラッシュ回数：0": a fault counted as none after its label.
    const zero = sentence.question ? null : zeroCounted(own);
    // C185: "Boot time 4 min → 30 s after the SSD swap": a time cut to half or less, nothing limiting it.
    const cut = sentence.question ? null : timeCut(sentence.text);
    const faultAsked =
      sentences[i - 1]?.question === true && asksWhetherFaultGoesOn(sentences[i - 1]?.words ?? []);
    if (elliptical !== null) yield { phrase: elliptical, clause: sentence.words };
    else if (zero !== null) yield { phrase: zero, clause: sentence.words };
    else if (cut !== null && unqualified(sentence)) yield { phrase: cut, clause: sentence.words };
    else if (
      sentence.words.includes(GOOD_MARK) &&
      !LIMIT.test(inOwnSense(sentence.words, problemFreeRead(sentence.text))) &&
      !countsPartOfWhole(sentence.text) &&
      !plansOrAsks(sentence)
    ) {
      // "👍 Mail comes in again": a "done" emoji over a sentence that limits nothing. C251: over a
      // plan or a condition ("👍 thanks, we will test tomorrow", "✅ once you confirm") it
      // acknowledges; it tells nothing done.
      yield { phrase: GOOD_MARK, clause: sentence.words };
    } else if (GOOD_NEWS.test(sentence.text) && AGAIN.test(sentence.text) && unqualified(sentence)) {
      // "Bonne nouvelle : la Canon numérise de nouveau vers vos e-mails."
      yield { phrase: sentence.text, clause: sentence.words };
    } else if (faultAsked && deniesBare(sentence.words)) {
      // C183: "Still broken? Nope.": the note asks after the fault and denies it.
      yield { phrase: sentence.text, clause: sentence.words };
    } else if (!faultAsked && asks.has(i - 1) && affirms(sentence.words)) {
      yield { phrase: sentence.text, clause: sentence.words };
    } else if (
      sentences[i - 1]?.question === true &&
      ((!faultAsked && answersYes(untagged(bySentence[i - 1] ?? []), sentence.words)) ||
        answersNo(sentences[i - 1]?.words ?? [], own))
    ) {
      // "Is the drive mapped again? Yes, it reconnects at logon.": a note that asks and answers
      // its own question tells the answer; "Yes" with nothing that limits or negates it.
      yield { phrase: sentence.text, clause: sentence.words };
    }
  }
}

/**
 * The label of a fault counted as none ("crash count : 0", "ereignis 7031 seit der massnahme : 0
 * eintrage"), or `null`: a part after a colon that is only a zero, after a label that counts a
 * fault, with nothing in the label that negates or conditions it and nothing after it that limits
 * it ("crashes: 0 so far, but only one hour of uptime").
 */
function zeroCounted(own: readonly Segment[]): string | null {
  for (let k = 1; k < own.length; k++) {
    const part = own[k];
    const label = own[k - 1]?.words ?? [];
    const value = part?.words.join(' ') ?? '';
    if (part === undefined || !part.afterColon || !(ZERO_VALUE.test(value) || zeroSince(value))) continue;
    // "Expected crashes: 0", "目標エラー件数：0": a target or a hope is not a count.
    if (label.some((w) => LABEL_BLOCKERS.has(w) || TARGET_WORDS.has(w)) || FRAME.test(label.join(' ')))
      continue;
    if (!ZERO_COUNT.test(label.join(' '))) continue;
    const rest = own
      .slice(k + 1)
      .map((p) => p.words.join(' '))
      .join(' , ');
    if (!LIMIT.test(problemFreeRead(rest))) return `${label.join(' ')} : ${part.words.join(' ')}`;
  }
  return null;
}

/**
 * Whether `answer` opens with a bare "no" and goes on to say something that limits, negates,
 * conditions or frames nothing, after a `question` whether the fault still goes on ("Does the
 * spooler still crash? No, since the reinstall it is rock solid."): the note denies its own fault.
 * A question that negates ("Does it not print?") or asks nothing of "still" is left alone.
 */
function answersNo(question: readonly string[], own: readonly Segment[]): boolean {
  // The "no" stands apart ("No, …", "不会了，…"): the Spanish "No arranca" negates its verb.
  const [no, ...after] = own;
  if (no?.words.length !== 1 || !NOES.has(no.words[0] ?? '')) return false;
  const rest = after.flatMap((p) => p.words);
  if (rest.length < 2 && !(rest.length === 1 && UNSPACED_TEXT.test(rest[0] ?? ''))) return false;
  const asked = problemFreeRead(question.join(' '));
  // LIMIT holds the negators too: the question must hold a limit ("still", "again") and no negation.
  if (!LIMIT.test(asked) || QUESTION_NEGATOR.test(asked)) return false;
  const text = problemFreeRead(rest.join(' '));
  // The "no" must go on to the good state or to the time since which the fault is gone: "No, it
  // expired last year" (under warranty still?) or "No, it hangs instead" tell nothing of a fix.
  const good =
    SINCE_ANYWHERE.test(text) ||
    rest.some((w) => ELLIPTICALS.has(w) || LABEL_STATES.has(w) || /^(?:stabil|стабил)/u.test(w));
  return (
    good &&
    !LIMIT.test(text) &&
    !rest.some((w) => ANSWER_BLOCKERS.has(w) && w !== 'se') &&
    !FRAME.test(text) &&
    !TRANSIENT.test(text)
  );
}

/**
 * Whether `answer` opens with "yes" and goes on without a negation, a limit, a plan or a
 * condition, after a `question` that negates nothing: the note answers its own question.
 */
function answersYes(question: readonly string[], said: readonly string[]): boolean {
  const first = said[0] ?? '';
  if (!AFFIRMATIONS.has(first) && !AFFIRMATIONS.has(said.slice(0, 2).join(' '))) return false;
  // C253: "Sì, il cliente l'ha appena confermato": "just now" tells when, not how little.
  const answer = said.join(' ').replace(JUST_NOW, ' ').split(' ').filter(Boolean);
  const text = problemFreeRead(answer.join(' '));
  return (
    !NEGATOR_ANYWHERE.test(problemFreeRead(question.join(' '))) &&
    !LIMIT.test(text) &&
    // Conditions and hedges only: short modals of one language are ordinary words of another
    // ("va"). "se" is a reflexive pronoun far more often than the Italian or Portuguese "if"
    // here, and a leading "si" is the Spanish or Italian "yes".
    !answer.some((w, k) => ANSWER_BLOCKERS.has(w) && w !== 'se' && !(w === 'si' && k === 0)) &&
    !FRAME.test(text)
  );
}

/**
 * Returns the first phrase of `text` that claims the issue is resolved, in English, French,
 * German, Spanish, Dutch, Portuguese or Italian ("has been fixed", "works again", "problème
 * réglé", "funktioniert wieder", "ya no falla"), or `null` when it makes none. The phrase is
 * returned in normal form (lower case, no accents). See the comment at the top of this file for
 * what excuses a claim.
 */
export function findClaim(text: string): string | null {
  for (const match of scan(text, PATTERNS, true)) return match.phrase;
  return null;
}

/**
 * Every phrase of `text` that tells of work as done ("we replaced the fuser unit", "wir haben
 * den Treiber neu installiert"), with the words of its sentence part, for comparing with the
 * record. Negated, planned or conditional work ("we will replace …") is left out.
 */
export function findDoneActions(text: string): GovernedMatch[] {
  return [...scan(text, ACTIONS, false)].filter((m) => !toldAsHistory(m));
}

/** Whether an action stands after "after" or "since" in its clause: how the problem began. */
function toldAsHistory({ phrase, clause }: GovernedMatch): boolean {
  const at = clause.join(' ').indexOf(phrase);
  const before = at < 0 ? clause : clause.join(' ').slice(0, at).split(' ');
  return before.some((_, i) => SINCE.some((entry) => entry.every((w, k) => before[i + k] === w)));
}

/**
 * Whether `before`, the words in front of a quotation in its sentence, endorse it ("As noted:",
 * "Confirmed:"): a short lead-in that ends with an endorsing word. Earlier quotations in the
 * sentence are not part of the lead-in.
 */
export function endorses(before: string): boolean {
  const lead = prepare(readable(before).replace(/"[^"]*"/g, ' , ')).replace(/ +$/, '');
  const words = lead.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length <= 5 && ENDORSEMENT.test(lead.split(',').at(-1) ?? lead);
}

/** Whether `word` is a grammar word in one of the languages (for telling content from form). */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word);
}
