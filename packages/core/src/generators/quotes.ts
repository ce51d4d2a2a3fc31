import { plainText } from '../text/markup.js';
import { normalized } from '../text/normalize.js';
import { endorses } from './claims/find.js';

// Quotations of the record. A note may cite what the record says ("The issue you reported (“…”) is
// still open"): the words are evidence of what was said. It may not use them to say it itself:
// `As noted: "The issue has been resolved."`, or the quotation standing alone as a sentence, is the
// note's own claim, whoever first wrote the words.

// Paired quote marks first, so that a quotation holding straight quotes (“As noted: "…"”) is taken
// whole; straight quotes last.
const QUOTED = [
  /\u201C([^\u201D\n]{1,2000})\u201D/g,
  /\u00AB([^\u00BB\n]{1,2000})\u00BB/g,
  /\u201E([^\u201C\u201D\n]{1,2000})[\u201C\u201D]/g,
  /\u300C([^\u300D\n]{1,2000})\u300D/g,
  /\u300E([^\u300F\n]{1,2000})\u300F/g,
  /\u201D([^\u201D\n]{1,2000})\u201D/g,
  /"([^"\n]{1,2000})"/g,
];
const ANY_QUOTE = /["\u201C\u201D\u201E\u00AB\u300C\u300E]/;
const SENTENCE_END = /[.!?。！？\n]/;
const LETTER = /[\p{L}\p{N}]/u;

/** The normal form record text and quotations are compared in: lower case, no closing stop. */
export const comparable = (text: string) =>
  normalized(plainText(text), 'mixed')
    .toLowerCase()
    .replace(/[\s.…。]+$/, '')
    .replace(/^\s+/, '');

// The record is the same for every text of one note and can be long: its comparable form is kept.
let lastRecord: string | undefined;
let lastHaystack = '';
function haystackOf(record: string): string {
  if (record !== lastRecord) {
    lastHaystack = comparable(record);
    lastRecord = record;
  }
  return lastHaystack;
}

/** The sentence around `[from, to)` of `text`: what stands before and after it. */
function around(text: string, from: number, to: number): { before: string; after: string } {
  let start = from;
  while (start > 0 && !SENTENCE_END.test(text[start - 1] ?? '')) start--;
  let end = to;
  while (end < text.length && !SENTENCE_END.test(text[end] ?? '')) end++;
  return { before: text.slice(start, from), after: text.slice(to, end) };
}

/**
 * `text` in normal form with each quotation of the record replaced by "…", when it is cited rather
 * than asserted: the sentence holds more than the quotation and does not endorse it. With
 * `cited: 'any'` every quotation of the record is replaced, endorsed or not (for the question "was
 * this done?", which the record answers whatever the frame).
 */
export function withoutRecordQuotes(text: string, record: string, cited: 'cited' | 'any' = 'cited'): string {
  let plain = plainText(text);
  if (ANY_QUOTE.test(plain)) {
    const haystack = haystackOf(record);
    for (const pattern of QUOTED) {
      plain = plain.replace(pattern, (quote: string, inner: string, offset: number, whole: string) => {
        const bare = comparable(inner);
        if (bare.length === 0 || !haystack.includes(bare)) return quote;
        if (cited === 'any') return '"…"';
        const { before, after } = around(whole, offset, offset + quote.length);
        const alone = !LETTER.test(before) && !LETTER.test(after);
        return alone || endorses(before) ? quote : '"…"';
      });
    }
  }
  return normalized(plain, 'mixed');
}
