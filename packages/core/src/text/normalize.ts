// One normal form for every text closeout matches patterns against (redaction, the faithfulness
// guard). People paste from terminals, PDFs, chat apps and phones, and a model can emit any code
// point: a full-width colon, a Cyrillic "о" inside "resolved", a zero-width space inside
// "password", a no-break space between two words. Matching runs on the normal form; every
// character of it remembers the span of the original it came from, so a match can be mapped back
// and masked in the text as it was written.

/** A text in normal form, with the original span of each of its characters. */
export interface NormalizedText {
  /** The normal form. */
  readonly text: string;
  /**
   * `start[i]`: where in the original the code point behind `text[i]` begins; `null` when the
   * normal form is the original itself (plain ASCII, the common case), so `start[i]` is `i`.
   */
  readonly start: readonly number[] | null;
  /** `end[i]`: where in the original the code point (or run of spaces) behind `text[i]` ends. */
  readonly end: readonly number[] | null;
}

// Text that is already in normal form holds printable ASCII and line breaks only, no double space.
const NEEDS_FOLDING = /[^\x20-\x7E\n]| {2}/;

// Characters that render as nothing or almost nothing: zero-width space/joiners, word joiner,
// soft hyphen, BOM, Mongolian vowel separator, bidi controls and invisible operators.
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  // Arabic tatweel: it stretches a word ("الـــحل") and says nothing.
  [0x0640, 0x0640],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
];
const isInvisible = (ch: string) => {
  const cp = ch.codePointAt(0) ?? 0;
  return INVISIBLE_RANGES.some(([from, to]) => cp >= from && cp <= to);
};

// Cyrillic and Greek letters that look like Latin ones (the Unicode confusables that matter for
// words written in Latin script), folded to the Latin letter a reader sees.
const CONFUSABLES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  з: '3',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  ь: 'b',
  А: 'A',
  В: 'B',
  Е: 'E',
  Ё: 'E',
  З: '3',
  І: 'I',
  Ї: 'I',
  Ј: 'J',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  Ѕ: 'S',
  Ԁ: 'D',
  Һ: 'H',
  Ӏ: 'l',
  Ԛ: 'Q',
  Ԝ: 'W',
  α: 'a',
  β: 'b',
  γ: 'y',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ı: 'i',
  ɑ: 'a',
  ɡ: 'g',
  ɩ: 'i',
  ʟ: 'L',
  ᴅ: 'D',
  ꓲ: 'I',
  ꓳ: 'O',
};

// Punctuation with several spellings, folded to the ASCII one the patterns are written with.
const PUNCTUATION: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2043': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u00B4': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2033': '"',
  '\u2192': '->',
  '\u21D2': '=>',
  '\u27F6': '->',
  '\u2794': '->',
  '\u279C': '->',
  '\u27A1': '->',
  '\u2026': '...',
  // Persian keyboards type their own yeh and kaf in Arabic words ("یعمل بشکل طبیعی"): the same
  // letters to an Arabic reader.
  '\u06CC': '\u064A',
  '\u06A9': '\u0643',
  // Not a look-alike but a spelling: Swiss German and keyboards without ß write "ss".
  '\u00DF': 'ss',
  '\u1E9E': 'SS',
};

const COMBINING_MARK = /\p{M}/u;
const SPACE = /[^\S\n]/u;

/** The normal form of one code point: NFKC, marks and invisibles dropped, look-alikes folded. */
function fold(cp: string, lookAlikes: boolean): string {
  if (isInvisible(cp)) return '';
  const direct = (lookAlikes ? CONFUSABLES[cp] : undefined) ?? PUNCTUATION[cp];
  if (direct !== undefined) return direct;
  let out = '';
  // NFKC first (full-width letters, ligatures, circled digits, NBSP), then drop the marks of the
  // decomposed form: "résolu" and "re\u0301solu" both become "resolu".
  for (const ch of cp.normalize('NFKC').normalize('NFD')) {
    if (COMBINING_MARK.test(ch) || isInvisible(ch)) continue;
    out += (lookAlikes ? CONFUSABLES[ch] : undefined) ?? PUNCTUATION[ch] ?? (ch === '\r' ? '' : ch);
  }
  return out;
}

// The fold of a code point never changes, and texts repeat the same few: remember them, per mode.
const FOLDED = {
  always: new Map<string, string>(),
  mixed: new Map<string, string>(),
  words: new Map<string, string>(),
};
function folded(cp: string, homoglyphs: Homoglyphs): string {
  const cache = FOLDED[homoglyphs];
  let out = cache.get(cp);
  if (out === undefined) {
    out = SPACE.test(cp) && !isInvisible(cp) ? ' ' : fold(cp, homoglyphs === 'always');
    if (cache.size < 4_096) cache.set(cp, out);
  }
  return out;
}

/**
 * How look-alike letters are folded: `always` (every Cyrillic or Greek look-alike becomes Latin:
 * right for secrets, which are Latin), or `mixed` (only inside a word that also holds a Latin letter,
 * or whose letters are all look-alikes with one found only outside Russian: right for prose in any
 * script, where "Проблема решена" must stay Russian and "Th\u0435 issue" must become English). A
 * `mixed` text with no letter that only Cyrillic has is Latin throughout; `words` decides word by
 * word only, for single words out of context (a lexicon's "не" is Russian).
 */
export type Homoglyphs = 'always' | 'mixed' | 'words';

// A word for the look-alike decision: letters, marks and the invisibles that may sit inside a word.
const WORD = /[\p{L}\p{M}\u00AD\u200B-\u200F\u2060\uFEFF]+/gu;
const LATIN = /\p{Script=Latin}/u;
// Look-alikes the Russian alphabet does not have: a word made only of look-alikes that uses one of
// them is a Latin word in disguise ("ѕоо"), not Russian.
const NON_RUSSIAN = /[іїјѕԁһӏԛԝІЇЈЅԀҺӀԚԜαβγεινορτυχωΑΒΕΖΗΙΚΜΝΟΡΤΥΧıɑɡɩʟᴅꓲꓳ]/u;

// Latin letters that look like Cyrillic ones, for a Russian word with a Latin letter slipped in
// ("Прoблeмa": a Latin "o", "e" and "a").
const TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
};
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Folds the look-alikes of mixed-script words to the script the word is written in: a word with a
 * Cyrillic letter that looks like no Latin one ("Прoблeмa") is Russian, any other mixed word is
 * Latin. Words in one script are left as written.
 */
function foldDisguised(text: string, wholeText: boolean): string {
  // A text with no letter that is Cyrillic only ("Tudо vоltа а funсiоnаr") is Latin throughout,
  // its one-letter "а" included.
  if (wholeText && ![...text].some((ch) => CYRILLIC.test(ch) && CONFUSABLES[ch] === undefined)) {
    return text.replace(/[^\x20-\x7E]/gu, (ch) => CONFUSABLES[ch] ?? ch);
  }
  return text.replace(WORD, (word) => {
    if (!/[\u0080-\u{10FFFF}]/u.test(word)) return word;
    if (LATIN.test(word) && CYRILLIC.test(word)) {
      const russian = [...word].some((ch) => CYRILLIC.test(ch) && CONFUSABLES[ch] === undefined);
      if (russian) return [...word].map((ch) => TO_CYRILLIC[ch] ?? ch).join('');
    }
    const disguised =
      LATIN.test(word) ||
      (NON_RUSSIAN.test(word) &&
        [...word].every((ch) => CONFUSABLES[ch] !== undefined || !/\p{L}/u.test(ch)));
    if (!disguised) return word;
    let out = '';
    for (const ch of word) out += CONFUSABLES[ch] ?? ch;
    return out;
  });
}

/**
 * Puts `text` in the normal form used for matching: Unicode NFKC; combining marks, zero-width
 * characters, soft hyphens and bidi controls removed; Cyrillic and Greek look-alikes folded to
 * Latin; curly quotes, dashes and arrows folded to ASCII; runs of horizontal whitespace (NBSP
 * included) collapsed to one space. Line breaks are kept: some formats (key files) are line-based.
 * Letter case is kept; patterns match case-insensitively where they should.
 */
export function normalizeText(text: string, homoglyphs: Homoglyphs = 'always'): NormalizedText {
  if (!NEEDS_FOLDING.test(text)) return { text, start: null, end: null };
  // Every look-alike is one UTF-16 unit folded to one, so the spans below still fit the original.
  if (homoglyphs !== 'always') text = foldDisguised(text, homoglyphs === 'mixed');
  let out = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const cp of text) {
    const from = i;
    i += cp.length;
    const code = cp.charCodeAt(0);
    // ASCII needs no folding beyond tabs and carriage returns: the common case, kept cheap.
    const form = code < 0x80 ? (code === 0x09 ? ' ' : code === 0x0d ? '' : cp) : folded(cp, homoglyphs);
    for (const ch of form) {
      const isSpace = ch === ' ';
      if (isSpace && out.endsWith(' ')) {
        // Collapsed into the previous space, which now stands for both.
        end[end.length - 1] = i;
        continue;
      }
      out += isSpace ? ' ' : ch;
      // One span per UTF-16 unit, as matches count them: an emoji is two units of the normal form,
      // both from the same place in the original.
      for (let unit = 0; unit < ch.length; unit++) {
        start.push(from);
        end.push(i);
      }
    }
  }
  return { text: out, start, end };
}

/** The span of the original text behind `[from, to)` of its normal form. */
export function originalSpan(n: NormalizedText, from: number, to: number): [number, number] {
  if (n.start === null || n.end === null) return [from, Math.max(from, to)];
  if (to <= from) {
    const at = n.start[from] ?? n.end[n.end.length - 1] ?? 0;
    return [at, at];
  }
  return [n.start[from] ?? 0, n.end[to - 1] ?? 0];
}

/** Just the normal form, for callers that need no way back. */
export function normalized(text: string, homoglyphs: Homoglyphs = 'always'): string {
  return normalizeText(text, homoglyphs).text;
}
