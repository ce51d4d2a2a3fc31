import { normalized } from '../text/normalize.js';
import { findClaim } from './claims/find.js';

// Closure language: words that tell a reader the issue is over. A note whose active fix is not a
// recorded success must not use them, in any language closeout knows (see claims/). Text copied
// from the record is a claim like any other, unless it is presented as a quotation: inside quote
// marks (“…”, "…", «…», „…“), and found verbatim in the record.

const QUOTED = /"([^"\n]{1,2000})"/g;

/** The normal form a quotation is compared in: no accents, one space, no closing full stop. */
const comparable = (text: string) =>
  normalized(text)
    .toLowerCase()
    .replace(/[\s.…]+$/, '')
    .replace(/^\s+/, '');

/**
 * Returns the first phrase in `text` that claims the issue is resolved ("has been fixed", "we
 * resolved the problem", "closing this ticket", "works again", "le problème est réglé", "das
 * Problem ist behoben"), or `null` when there is none. A negation, condition or plan that governs
 * the claim excuses it ("not resolved yet", "once it is fixed", "we will check that it works
 * again"); one elsewhere in the sentence does not ("Not to worry, it works again").
 *
 * With `record` (the session's recorded texts), a quotation of the record is not a claim: a part
 * of the text in quote marks that is found verbatim in the record is left out.
 */
export function findResolutionClaim(text: string, record?: string): string | null {
  let checked = normalized(text);
  if (record !== undefined) {
    const haystack = comparable(record);
    checked = checked.replace(QUOTED, (quote, inner: string) => {
      const bare = comparable(inner);
      return bare.length > 0 && haystack.includes(bare) ? '"…"' : quote;
    });
  }
  return findClaim(checked);
}
