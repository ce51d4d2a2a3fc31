/**
 * One kind of secret and how to find it. Rules run on the normal form of a text (NFKC, invisible
 * characters removed, look-alike letters folded, spaces collapsed: see `normalizeText`), and the
 * mask replaces the original characters behind the match.
 *
 * A pattern is global, has a named group `secret` (the part the mask replaces) and may have a group
 * `pre` in front of it (kept, so the reader still sees *what* was masked). The match is exactly
 * `pre` + `secret`: anything after the secret is a lookahead, anything before `pre` a lookbehind.
 * Quantifiers are bounded: texts are user-supplied and a pathological pattern must not stall.
 */
export interface RedactionRule {
  /** Stable name shown in the mask, `[REDACTED:<kind>]`. */
  readonly kind: string;
  readonly pattern: RegExp;
  /**
   * A cheap test the (normalised) text must pass for the rule to be worth running, such as the
   * literal every match starts with. Rules without one always run.
   */
  readonly hint?: RegExp;
  /**
   * Where a match may start (a global pattern, such as every credential word). When given, the
   * rule's pattern is tried only at those places instead of at every character: rules that begin
   * with a long word list cost one pass over the text for the list, shared by every rule with the
   * same anchor, instead of one per rule.
   */
  readonly anchor?: RegExp;
  /**
   * Returns true for a match that is not a secret after all (a stop word, a placeholder). `after`
   * is the normalised text that follows the match, for rules that tell a sentence ("is managed
   * by LAPS") from a value by what comes next.
   */
  readonly keep?: (secret: string, after: string) => boolean;
  /**
   * The match is a secret by its format alone, whatever label stands in front: "Access key id
   * AKIA…" names the key, but an AWS access key id is half of a credential, where the `key id` of
   * other tools is an identifier.
   */
  readonly standalone?: boolean;
  /**
   * The pattern, its hint and its anchor read the text as written rather than its normal form: a
   * sheet's cells are told apart by the tabs between them, which the normal form makes spaces, and a
   * cell of several words ("Dental Care Ltd") then cannot be told from several cells. The match is
   * mapped onto the normal form, and judged there like any other.
   */
  readonly asWritten?: boolean;
}
