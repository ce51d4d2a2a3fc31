import type { Session } from '../model/session.js';
import { DEFAULT_LANGUAGE, type Language } from './codes.js';

// A small detector, good enough for choosing the language of a ticket note: the script decides
// the languages that have one of their own (Japanese kana, Korean Hangul, Chinese Han, Cyrillic,
// Arabic), and for Latin script the most frequent stop words decide. Ticket text is short and
// full of product names, so the words chosen are the ones a sentence cannot do without
// (articles, prepositions, auxiliaries), and unique to their language where possible.

const SCRIPTS: ReadonlyArray<{ language: Language; pattern: RegExp }> = [
  // Kana first: Japanese also writes Han, Chinese never writes kana.
  { language: 'ja', pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu },
  { language: 'ko', pattern: /\p{Script=Hangul}/gu },
  { language: 'zh', pattern: /\p{Script=Han}/gu },
  { language: 'ru', pattern: /\p{Script=Cyrillic}/gu },
  { language: 'ar', pattern: /\p{Script=Arabic}/gu },
];

const STOP_WORDS: Readonly<Partial<Record<Language, readonly string[]>>> = {
  en: ['the', 'is', 'and', 'not', 'after', 'with', 'cannot', 'does', 'was', 'of', 'to', 'it', 'on', 'when'],
  de: [
    'der',
    'die',
    'das',
    'und',
    'nicht',
    'ist',
    'mit',
    'nach',
    'seit',
    'kann',
    'wird',
    'ein',
    'eine',
    'den',
    'auf',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'ne',
    'pas',
    'est',
    'une',
    'des',
    'depuis',
    'plus',
    'avec',
    'du',
    'sur',
    'au',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'que',
    'y',
    'no',
    'una',
    'un',
    'con',
    'desde',
    'del',
    'puede',
    'está',
    'se',
    'por',
    'de',
    'después',
    'al',
    'para',
  ],
  it: [
    'il',
    'lo',
    'la',
    'gli',
    'che',
    'e',
    'non',
    'è',
    'una',
    'un',
    'con',
    'dopo',
    'della',
    'del',
    'più',
    'si',
    'nel',
    'di',
    'per',
  ],
  nl: ['de', 'het', 'een', 'en', 'niet', 'is', 'met', 'na', 'van', 'kan', 'geen', 'meer', 'op', 'werkt'],
  pt: [
    'o',
    'a',
    'os',
    'as',
    'que',
    'e',
    'não',
    'uma',
    'um',
    'com',
    'depois',
    'do',
    'da',
    'mais',
    'está',
    'em',
    'de',
    'ao',
    'para',
  ],
  pl: ['nie', 'się', 'jest', 'i', 'na', 'po', 'w', 'z', 'do', 'od', 'może', 'już', 'że', 'oraz'],
  sv: ['och', 'inte', 'är', 'att', 'en', 'ett', 'med', 'efter', 'kan', 'som', 'på', 'för', 'har', 'det'],
  tr: ['ve', 'bir', 'bu', 'değil', 'sonra', 'ile', 'için', 'çalışmıyor', 'olmuyor', 'da', 'de', 'mi', 'yok'],
};

// Letters only one of the Latin-script languages uses: each occurrence counts as a stop word.
const SIGNS: Readonly<Partial<Record<Language, RegExp>>> = {
  pl: /[ąęłśżźćń]/gu,
  tr: /[ğşı]/gu,
  sv: /å/gu,
  es: /[ñ¿¡]/gu,
  pt: /[ãõ]/gu,
  de: /ß/gu,
};

const WORD = /\p{L}+/gu;

/**
 * The language `text` is most likely written in, among closeout's languages; `en` when the text
 * gives no sign (too short, only product names). Deterministic: the same text, the same answer.
 */
export function detectLanguage(text: string): Language {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return DEFAULT_LANGUAGE;
  let bestScript: Language | undefined;
  let bestCount = 0;
  for (const { language, pattern } of SCRIPTS) {
    const count = text.match(pattern)?.length ?? 0;
    // Japanese needs only a little kana among its Han; the others a real share of the letters.
    const enough = language === 'ja' ? count > 0 : count * 4 >= letters;
    if (enough && count > bestCount) {
      bestScript = language;
      bestCount = count;
      if (language === 'ja') break;
    }
  }
  if (bestScript !== undefined) return bestScript;

  const words = (text.toLowerCase().match(WORD) ?? []) as string[];
  let best: Language = DEFAULT_LANGUAGE;
  let bestScore = 0;
  for (const [language, stops] of Object.entries(STOP_WORDS) as Array<[Language, readonly string[]]>) {
    const set = new Set(stops);
    const signs = SIGNS[language];
    const score =
      words.filter((w) => set.has(w)).length +
      (signs === undefined ? 0 : (text.toLowerCase().match(signs)?.length ?? 0));
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The language of a session that names none, from what the technician wrote: the problem, the
 * findings, the decisions and the fix titles.
 */
export function detectSessionLanguage(
  session: Pick<Session, 'problem' | 'findings' | 'decisions' | 'fixes'>,
): Language {
  return detectLanguage(
    [
      session.problem,
      ...session.findings.map((f) => f.text),
      ...session.decisions.map((d) => d.text),
      ...session.fixes.map((f) => f.title),
    ].join('\n'),
  );
}
