import { decodeHTML } from 'entities';

// What a reader sees of a text a model or a technician wrote: markdown and HTML are formatting,
// entities are characters, and emoji are words. The faithfulness guard reads this plain text, so
// "**Fixed.**", "R&eacute;solu" and "<b>fixed</b>" are read as "Fixed.", "Résolu" and "fixed".

// Emoji that say "done" or "good" stand for a word the claim lexicons know; other pictographs are
// decoration and become a space.
const GOOD_EMOJI =
  /[\u2705\u2714\u2611\u2713\u{1F44D}\u{1F44C}\u{1F389}\u{1F973}\u{1F7E2}\u{1F4AF}](?:\p{Emoji_Modifier})?\uFE0F?/gu;
const PICTOGRAPH = /(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u20E3)\uFE0F?/gu;
/**
 * C184: the same emoji as chat tools write them in text (Slack, Teams, GitHub, Discord): ":white_check_mark:",
 * ":+1:". Only the names of a "done" emoji: other names stay as written.
 */
const GOOD_SHORTCODE =
  /:(?:white_check_mark|heavy_check_mark|ballot_box_with_check|check_mark|check|\+1|thumbsup|thumbs_?up|ok_hand|tada|partying_face|green_circle|large_green_circle|100)(?::skin-tone-\d:)?:/gi;

/** The word a "done" emoji reads as, in every language's filler and elliptical lists. */
export const GOOD_MARK = 'okmark';

/**
 * `text` without markup: HTML entities decoded, tags removed, markdown emphasis, code, headings,
 * quotes, list bullets and links reduced to their text, and emoji read as words or spaces.
 */
export function plainText(text: string): string {
  let out = text;
  if (out.includes('&')) out = decodeHTML(out);
  if (out.includes('<'))
    out = out.replace(/<br\s*\/?>|<\/(?:p|div|li|h\d)>/gi, '\n').replace(/<\/?[a-z][^<>]*>/gi, ' ');
  out = out
    // Links and images: keep the text, drop the address.
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    // Headings, block quotes and list bullets at the start of a line.
    .replace(/^[ \t]*(?:#{1,6}|>+|[-*+•]|\d{1,3}[.)])[ \t]+/gm, '')
    // Emphasis, strike-through and code spans: the marks go, the words stay.
    .replace(/(\*{1,3}|_{2,3}|~~|`+)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}])_(?=\S)([^\n_]*?\S)_(?![\p{L}\p{N}])/gu, '$1');
  if (out.includes(':')) out = out.replace(GOOD_SHORTCODE, ` ${GOOD_MARK} `);
  if (/[\u2000-\u2BFF\u{1F000}-\u{1FAFF}]/u.test(out)) {
    out = out.replace(GOOD_EMOJI, ` ${GOOD_MARK} `).replace(PICTOGRAPH, ' ');
  }
  return out;
}
