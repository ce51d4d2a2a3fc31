import { findClaim } from './claims/find.js';
import { withoutRecordQuotes } from './quotes.js';

// Closure language: words that tell a reader the issue is over. A note whose active fix is not a
// recorded success must not use them, in any language closeout knows (see claims/). Text copied
// from the record is a claim like any other, unless the note cites it (see quotes.ts): inside
// quote marks (“…”, "…", «…», „…“, 「…」), found verbatim in the record, in a sentence that says
// more than the quotation and does not endorse it.

/**
 * Returns the first phrase in `text` that claims the issue is resolved ("has been fixed", "we
 * resolved the problem", "closing this ticket", "works again", "Resolved.", "le problème est
 * réglé", "das Problem ist behoben", "问题已解决"), or `null` when there is none. A negation,
 * condition or plan that governs the claim excuses it ("not resolved yet", "once it is fixed",
 * "we will check that it works again"); one elsewhere in the sentence does not ("Not to worry, it
 * works again").
 *
 * With `record` (the session's recorded texts), a citation of the record is not a claim.
 */
export function findResolutionClaim(text: string, record?: string): string | null {
  return findClaim(record === undefined ? text : withoutRecordQuotes(text, record));
}
