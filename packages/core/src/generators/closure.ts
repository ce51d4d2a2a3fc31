// Closure language: words that tell a reader the issue is over. A note whose active fix is not a
// recorded success must not use them. The patterns look for claims, not for the words alone: "not
// resolved", "until it is fixed" and "unresolved" are what an honest open note says.

const CLAIMS: readonly RegExp[] = [
  /\b(?:is|are|was|were|been|be|now|got|gets|get|getting)\s+(?:now\s+|fully\s+|successfully\s+|completely\s+|finally\s+)?(?:resolved|fixed|solved|repaired|restored)\b/gi,
  /\b(?:resolved|fixed|solved|repaired)\s+(?:the|this|your)\s+(?:issue|problem|ticket|error|fault)\b/gi,
  /\b(?:we|i|they|technician)(?:'ve|\s+have|\s+had)?\s+(?:now\s+|successfully\s+|finally\s+)?(?:resolved|fixed|solved|repaired)\b/gi,
  /\b(?:issue|problem|ticket|fault|error)\s+(?:is\s+|has\s+been\s+|was\s+)?(?:now\s+)?(?:resolved|fixed|solved|closed)\b/gi,
  /\b(?:closing|close|closed)\s+(?:this|the|your)\s+(?:ticket|issue|case|request)\b/gi,
  /\bno\s+further\s+(?:action|work|steps?)\s+(?:is\s+|are\s+)?(?:needed|required|necessary)\b/gi,
  /\b(?:working|works|printing|running)\s+(?:again|normally|as\s+expected|fine\s+now)\b/gi,
  /\bback\s+to\s+normal\b/gi,
  /\b(?:resolution|fix)\s+(?:was|has\s+been|is)\s+(?:confirmed|verified)\b/gi,
  /\bsuccessfully\s+(?:resolved|fixed|restored)\b/gi,
];

// A claim inside a clause that negates, conditions or defers it is not a claim: "has not been
// resolved", "we will update you once it is fixed", "to get it back to normal", "should be fixed
// by the update" (a promise the guard leaves to the technician's judgement), and a next step that
// asks for a check ("confirm the printer is working again").
const NEGATED_CLAUSE =
  /\b(?:not|never|no\s+longer|yet\s+to|until|unless|once|if|whether|before|so\s+that|in\s+order\s+to|to\s+(?:get|have|be|make|keep)|cannot|will|would|should|could|may|might|expect|hope|confirm|check|verify|test|ensure|make\s+sure|see)\b|n't\b/i;

/** The clause leading up to `index`: from the last sentence or clause break. */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 120), index);
  const breaks = Math.max(
    ...['.', ';', ':', '!', '?', '\n', ',', '—', '(', ' but '].map((b) => before.lastIndexOf(b)),
  );
  return before.slice(breaks + 1);
}

/** Strips what a quotation adds around recorded text: surrounding space, an ellipsis, a full stop. */
const bare = (quote: string) =>
  quote
    .trim()
    .replace(/[….]+$/, '')
    .trim();

/**
 * Returns the first phrase in `text` that claims the issue is resolved ("has been fixed", "we
 * resolved the problem", "closing this ticket", "working again"), or `null` when there is none.
 * Negated or conditional uses ("not resolved yet", "once it is fixed") are not claims.
 *
 * With `record` (the session's recorded texts), quoting the record is not a claim either: a text
 * that is itself a verbatim excerpt of the record, or a part of it in “curly quotes” that is, is
 * left out, so a finding such as "printing works again for 30 seconds, then stops" can be cited.
 */
export function findResolutionClaim(text: string, record?: string): string | null {
  if (record !== undefined) {
    const whole = bare(text);
    if (whole.length > 0 && record.includes(whole)) return null;
    text = text.replace(/“([^”]{1,2000})”/g, (quote, inner: string) =>
      bare(inner).length > 0 && record.includes(bare(inner)) ? '“…”' : quote,
    );
  }
  for (const pattern of CLAIMS) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const clause = clauseBefore(text, match.index ?? 0);
      if (!NEGATED_CLAUSE.test(clause)) return match[0];
    }
  }
  return null;
}
