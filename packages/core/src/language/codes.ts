import { z } from 'zod';

/**
 * The languages closeout's offline template writes in, as ISO 639-1 codes: those of the
 * faithfulness guard's markets. A session's `language` or an account's `language` setting is one
 * of them; a session with neither is detected from its own text.
 */
export const LANGUAGES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pt',
  'ja',
  'zh',
  'ko',
  'pl',
  'sv',
  'tr',
  'ru',
  'ar',
] as const;

/** A language closeout writes in. */
export type Language = (typeof LANGUAGES)[number];

/** A supported language code; region subtags are not accepted (`pt`, not `pt-BR`). */
export const LanguageSchema = z.enum(LANGUAGES);

/** The language a session is written in when nothing says otherwise and nothing can be detected. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in English, as a model is told which language to write in. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  it: 'Italian',
  nl: 'Dutch',
  pt: 'Portuguese',
  ja: 'Japanese',
  zh: 'Chinese (Simplified)',
  ko: 'Korean',
  pl: 'Polish',
  sv: 'Swedish',
  tr: 'Turkish',
  ru: 'Russian',
  ar: 'Arabic',
};
