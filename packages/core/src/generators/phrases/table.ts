import { DEFAULT_LANGUAGE, type Language } from '../../language/codes.js';
import { AR } from './ar.js';
import { DE } from './de.js';
import { EN } from './en.js';
import { ES } from './es.js';
import { FR } from './fr.js';
import { IT } from './it.js';
import { JA } from './ja.js';
import { KO } from './ko.js';
import { NL } from './nl.js';
import { PL } from './pl.js';
import { PT } from './pt.js';
import { RU } from './ru.js';
import { SV } from './sv.js';
import { TR } from './tr.js';
import type { Phrases } from './types.js';
import { ZH } from './zh.js';

/** Every language's phrases: TypeScript refuses a language closeout knows without a table. */
export const PHRASES: Readonly<Record<Language, Phrases>> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  it: IT,
  nl: NL,
  pt: PT,
  ja: JA,
  zh: ZH,
  ko: KO,
  pl: PL,
  sv: SV,
  tr: TR,
  ru: RU,
  ar: AR,
};

/** The phrases of `language`; English when absent. */
export function phrasesFor(language: Language | undefined): Phrases {
  return PHRASES[language ?? DEFAULT_LANGUAGE];
}
