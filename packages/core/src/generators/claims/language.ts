// What the claim check knows about one language: data only, the grammar that uses it is find.ts.
// Every pattern is a regular-expression source (compiled with the `u` flag) over the prepared text
// of a clause: markup removed, normalised (no accents, disguised look-alikes folded), lower case,
// contractions expanded ("isn't" → "is not", "n'est" → "ne est"), one space between words. `\b` is
// an ASCII boundary: patterns of non-Latin scripts use the `W` boundary of this file instead.
// Word lists are plain words in the same form.

/** A word boundary that holds for every script (`\b` only knows ASCII letters). */
export const W = String.raw`(?<![\p{L}\p{N}])`;
/** The end of a word, in every script. */
export const WE = String.raw`(?![\p{L}\p{N}])`;

/**
 * The word an arrow between two readings is read as ("4 % → 0 %" → "4 tomark 0"): patterns name it
 * beside their own "down to".
 */
export const TO_MARK = 'tomark';

/**
 * A count of all, as it reads once its slash is gone ("3/3" → "3 3", "12 of 12", "12 von 12"): the
 * same number twice, with one word between or none, up to 120. Zero of zero counts nothing.
 */
export const ALL_OF_ALL = String.raw`(?<![\p{N}])(?:${Array.from({ length: 120 }, (_, i) => `${i + 1} (?:[^ ]+ )?${i + 1}`).join('|')})(?![\p{N}])`;

/** The claim lexicon and the grammar words of one language. */
export interface ClaimLanguage {
  readonly name: string;
  /** Predicates that say the problem is over: "is fixed", "works again", "we resolved". */
  readonly claims: readonly string[];
  /** Claims about a steady state ("works fine"): about the past they describe how it used to be. */
  readonly stateClaims: readonly string[];
  /** Claims that carry their own negation: "no longer crashes", "no further action is needed". */
  readonly symptomClaims: readonly string[];
  /** Past-tense descriptions of work done: "replaced", "ersetzt", "reinstale". */
  readonly actions: readonly string[];
  /** Words that negate the verb they stand next to. */
  readonly negators: readonly string[];
  /**
   * Words that deny a one-word state beside them in a short part: "without" of "…, without
   * success", "sem sucesso", "sans succès"; the Turkish "olmadı" after "başarılı".
   */
  readonly without?: readonly string[];
  /** Negative subjects that negate the clause they start: "nothing we tried has fixed it". */
  readonly negativeSubjects: readonly string[];
  /** Future, modal and infinitive markers: the claim is a plan or a promise. */
  readonly modals: readonly string[];
  /** "should": a promise, unless the clause also says "now". */
  readonly hedges: readonly string[];
  readonly now: readonly string[];
  /** Auxiliaries, clitics and adverbs that may stand between a negation and its verb. */
  readonly auxiliaries: readonly string[];
  /** Words that start a new clause without governing it ("and", "but"). */
  readonly conjunctions: readonly string[];
  /** Words that make the clause they start a condition, a time to come or a purpose. */
  readonly conditions: readonly string[];
  /** Words that start a clause governed by the previous one ("that", "whether"). */
  readonly complementizers: readonly string[];
  /** Words that turn a sentence against what came before ("but", "however", "但", "지만"). */
  readonly contrasts: readonly string[];
  /**
   * Words that limit or undo a good state told before them ("still", "only", "partially", "not"):
   * "It works again, but only in black and white" is a partial result, not a claim of a fix.
   */
  readonly limits: readonly string[];
  /**
   * Words that start the story of how the problem began ("after", "since", "seit"): work told after
   * them ("stopped after Windows was upgraded") is the problem's history, not work the note says
   * was done.
   */
  readonly since: readonly string[];
  /**
   * Frames that govern the claim after them: a request to check ("please confirm", "make sure"),
   * a plan to check ("we will verify"), a denied belief ("we do not think"), a hope.
   */
  readonly frames: readonly string[];
  /** Past auxiliaries: with them a state claim tells how things were before the problem. */
  readonly pastAux: readonly string[];
  /**
   * For unspaced languages: words that end a clause of time before the fault ("上周故障出现之前，…"):
   * a claim in the part right after one, in the same sentence, tells how things were before it.
   * (Spaced languages tell it by the tense: "worked", "funktionierten".)
   */
  readonly befores?: readonly string[];
  /**
   * What says a thing was not touched by the fault ("unaffected", "n'est pas concernée",
   * "影響を受けておらず"): a state told of it after, in the same part ("email is unaffected and works
   * normally"), is about something else than the fix.
   */
  readonly unaffected?: readonly string[];
  /**
   * Function words of this language that the other lexicons' languages do not write ("foi", "uma"):
   * a part holding one reads as this language where two languages give a word different senses.
   */
  readonly markers?: readonly string[];
  /**
   * Words other languages negate with that this one uses otherwise, each with how it reads here
   * (Portuguese "no" and "nos" are "in the": read as "em"). In a part that reads as this language
   * ({@link markers}) and holds no marker of a language that negates with them, they negate nothing.
   */
  readonly otherSenses?: Readonly<Record<string, string>>;
  /**
   * Words that, after a zero, tell it has held since a change, besides {@link since}: the Italian
   * "dalla" (from the) of "fermo a 0 dalla sostituzione del cavo", which as "since" would mean
   * "from" everywhere.
   */
  readonly heldSince?: readonly string[];
  /**
   * Asides that qualify what the writer saw without governing it ("as far as I can see", "så vitt
   * jag kan se", "soweit ich sehen kann"): read as nothing, so their "can" is no modal and their
   * "après" no "after" ("D'après ce que je vois, l'impression fonctionne" asserts that it prints).
   */
  readonly asides?: readonly string[];
  /**
   * Leads of a clause taken as given ("now that", "jetzt, wo", "maintenant que", "skoro", "既然"), at
   * the start of a sentence: the clause they open is asserted even when the sentence asks or
   * requests ("Now that the scanner works again, could you let Janet know?").
   */
  readonly presuppositions?: readonly string[];
  /**
   * Formulas that announce good news to the customer ("good news:", "we're pleased to let you know",
   * "bonne nouvelle", "ご報告いたします"): with {@link again} in the same sentence and nothing that
   * limits it, the news is that the fault is over. Only for languages that write the future and the
   * modals as words the grammar can see: a Turkish "yeniden deneyeceğiz" (we will try again) plans.
   */
  readonly goodNews?: readonly string[];
  /** "Again": "wieder", "de nouveau", "снова", "再び", "다시". */
  readonly again?: readonly string[];
  /** Words that limit a state to a moment ("briefly", "for a few minutes"). */
  readonly transient: readonly string[];
  /**
   * Words that say, alone, that all is well: "resolved", "sorted", "works", "all good". A sentence
   * made of one of them and {@link fillers} only ("Resolved.", "Works now.", "Problem eliminated.")
   * is a claim. Phrases of several words are allowed.
   */
  readonly ellipticals: readonly string[];
  /**
   * State words that, as the whole value of a label ("- Wi-Fi 2nd floor: working", "WLAN：正常"),
   * say the labelled thing works. Alone they say too little ("Working on it.") to be elliptical
   * claims; after a label's colon they are its state.
   */
  readonly labelStates?: readonly string[];
  /**
   * Nouns that name a status ("status", "상태", "여부"): a label made of one and an elliptical word
   * ("해결 상태: 보류", resolution status: on hold) names what its value tells; the elliptical word
   * there claims nothing, and the value after the colon is read on its own.
   */
  readonly statusNouns?: readonly string[];
  /** Words that may stand next to an elliptical claim without changing it: "now", "problem", "ok". */
  readonly fillers: readonly string[];
  /** "Yes": after a question that asks whether it is fixed, it answers with a claim. */
  readonly affirmations: readonly string[];
  /**
   * Tags that close a question asking to agree with what it says, set apart by a comma ("…, right?",
   * "…, non ?", "…, ¿no?", "…, değil mi?"). A negation in one negates nothing of the question: "C'est
   * réglé, non ? Oui." answers that it is (C252).
   */
  readonly questionTags?: readonly string[];
  /**
   * Words of "just now" that read as a limit or a condition elsewhere ("appena", "только", "önce"):
   * in a "yes" that answers a question, "Sì, il cliente l'ha appena confermato" tells when, not how
   * little (C253).
   */
  readonly justNow?: readonly string[];
  /**
   * Patterns that mark a sentence about closing the ticket as honest about the outcome: "without a
   * confirmed fix", "although the issue is not resolved". Closing over an unresolved fix, at the
   * technician's request, is the one closure a note may announce.
   */
  readonly openClosings: readonly string[];
  /** Patterns that tell a claim phrase is about closing the ticket ("closing this ticket"). */
  readonly closings: readonly string[];
  /**
   * Patterns in front of a quotation that endorse it rather than cite it: "as noted:", "confirmed:".
   * A quotation of the record after them is the note's own claim.
   */
  readonly endorsements: readonly string[];
  /**
   * Written without spaces between words (Chinese, Japanese): patterns match inside a run of text,
   * and the grammar looks for negations and conditions in the clause around the match.
   */
  readonly unspaced?: boolean;
  /**
   * The Unicode scripts the language is written in (`Latin` when absent): its patterns are tried
   * only on text that holds a letter of one of them.
   */
  readonly scripts?: readonly string[];
  /** For unspaced languages: markers after a claim that negate or question it ("ない", "吗"). */
  readonly negatingSuffixes?: readonly string[];
  /**
   * Patterns that say "without any problem" ("sans souci", "bez problemów", "問題なく"): their
   * negation word negates the problem, not the good state, so it neither excuses a claim nor
   * limits one.
   */
  readonly problemFree?: readonly string[];
  /**
   * Patterns that limit a good state to part of what was broken ("two of the three mailboxes",
   * "some users", "most printers"): a claim in a clause holding one is a partial result.
   */
  readonly partials?: readonly string[];
  /**
   * Patterns that limit a good state, right after it, to a few of those it was broken for ("only for
   * two users", "seulement pour deux utilisateurs"): read on the words after the claim, since a
   * preposition there may open a clause of its own.
   */
  readonly scopes?: readonly string[];
  /**
   * Common misspellings of claim words, as "wrong right" ("funcina funciona", "jetz jetzt"): a
   * word written the wrong way is read as the right one. For Chinese and Japanese the wrong form
   * is replaced wherever it stands ("まs ます", the stray letter of an unfinished input).
   */
  readonly misspellings?: readonly string[];
  /**
   * Long claim words (eight letters or more) whose slips of the keyboard are read as them: two
   * neighbouring letters swapped or one inner letter dropped ("funktoniert", "correctamnete").
   * Only these words, only these slips: a general edit distance turns honest words into claims
   * ("cleaned" is one letter from "cleared").
   */
  readonly typoStems?: readonly string[];
  /**
   * Patterns that make a closing wait for what follows them ("only once", "erst wenn", "pas na",
   * "dopiero po"): a sentence that closes or marks the ticket and holds one is a plan ("We close
   * the ticket only once the spooler has run a week without a crash"), whatever claim words it
   * names as the state to come.
   */
  readonly waits?: readonly string[];
  /**
   * Words that continue the part before a comma rather than start a new one: the Russian "чем" and
   * the Polish "niż" of a comparison ("быстрее, чем раньше") belong to the comparative before them.
   */
  readonly joiners?: readonly string[];
  /**
   * Patterns of a fault denied as still going on, matched on a sentence's words: "it's not like
   * the spooler is still crashing", "es ist nicht so, dass er noch abstürzt", "并不是说还在崩溃".
   * Denying that the fault goes on says it is over, whatever the negation in front.
   */
  readonly denials?: readonly string[];
  /**
   * Labels that count a fault ("crashes", "crash count", "event 7031 occurrences since the fix"),
   * matched on the words before a colon: with a zero as the whole value ("crashes: 0", "発生件数：0件")
   * the label says the fault has not happened since, as "zero crashes since the fix" does.
   */
  readonly zeroCounts?: readonly string[];
  /**
   * Words that make a label a target rather than a count ("expected crashes: 0", "max errors: 0"):
   * a zero after such a label is a goal, not a fault counted as none.
   */
  readonly targets?: readonly string[];
  /**
   * "No" as a whole answer ("no", "nein", "不会了", "아니요"): after a question whether the fault
   * still goes on ("Does the spooler still crash?"), a "no" that limits nothing tells it is over.
   */
  readonly noes?: readonly string[];
  /**
   * What a fault is called in a short question whether it goes on ("Still broken?", "Immer noch
   * kaputt?", "还坏吗？"): a bare "no" after such a question tells the fault is over, and a "yes"
   * tells it is not.
   */
  readonly faults?: readonly string[];
  /**
   * What opens a clause that places the fault in something else, in the present ("the problem is",
   * "die Ursache liegt", "问题出在"): a good state told before it in the sentence ("The internet
   * connection is fine; the problem lies in the printer driver") is of what the fault is not in.
   */
  readonly elsewhere?: readonly string[];
  /**
   * For unspaced languages: claims in the language's romanisation (Hepburn, pinyin), which is
   * written with spaces between words ("mou naotta yo", "yijing hao le"). They are read on Latin text
   * as a spaced language's claims are, so each pattern keeps out its own negations and question
   * particles ("naotte nai", "hao le ma").
   */
  readonly romanized?: readonly string[];
  /**
   * Modals made of the verb "go" that tell the future only before an infinitive ("ça va marcher",
   * "ça va se régler"), with the shape of an infinitive in this language's family: elsewhere the
   * same word is "goes" ("el portátil va más rápido que nunca", "ora va più veloce di prima").
   */
  readonly goFutures?: { readonly words: readonly string[]; readonly infinitive: string };
}
