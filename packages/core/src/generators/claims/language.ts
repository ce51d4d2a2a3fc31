// What the claim check knows about one language. Every entry is a regular-expression source over
// the prepared text of a clause: normalised (no accents, look-alikes folded), lower case,
// contractions expanded ("isn't" → "is not", "n'est" → "ne est"), one space between words.

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
  /**
   * Frames that govern the claim after them: a request to check ("please confirm", "make sure"),
   * a plan to check ("we will verify"), a denied belief ("we do not think"), a hope.
   */
  readonly frames: readonly string[];
  /** Past auxiliaries: with them a state claim tells how things were before the problem. */
  readonly pastAux: readonly string[];
  /** Words that limit a state to a moment ("briefly", "for a few minutes"). */
  readonly transient: readonly string[];
}
