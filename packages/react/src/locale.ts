import { TRANSLATIONS } from './locales/index.js';
import { EN_MESSAGES, type NotePreviewMessages } from './messages.js';

/** A language `<NotePreview>` ships a translation for. */
export type NotePreviewLocale = keyof typeof TRANSLATIONS | 'en';

/** Every language `<NotePreview>` ships, English first. */
export const NOTE_PREVIEW_LOCALES: readonly NotePreviewLocale[] = [
  'en',
  ...(Object.keys(TRANSLATIONS) as NotePreviewLocale[]),
];

const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/** The shipped language for a BCP 47 tag: exact (`pt`), else its language (`pt-BR` → `pt`), else English. */
export function localeOf(tag: string | undefined): NotePreviewLocale {
  if (tag === undefined) return 'en';
  const lower = tag.toLowerCase();
  const language = lower.split(/[-_]/)[0] ?? '';
  const known = (t: string): t is NotePreviewLocale =>
    (NOTE_PREVIEW_LOCALES as readonly string[]).includes(t);
  if (known(lower)) return lower;
  return known(language) ? language : 'en';
}

/** The writing direction of a language tag, for the root's `dir`. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  return RTL.has(tag.toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}

/**
 * The messages `<NotePreview>` shows: English, overridden by the shipped translation of `locale`
 * (any key it lacks stays English), overridden by the host's own `messages`.
 */
export function resolveMessages(
  locale: string | undefined,
  overrides: Partial<NotePreviewMessages> = {},
): NotePreviewMessages {
  const shipped = localeOf(locale);
  return withFallback(shipped === 'en' ? {} : TRANSLATIONS[shipped], overrides);
}

/** English under the given layers, later layers winning; a key no layer has stays English. */
export function withFallback(...layers: Partial<NotePreviewMessages>[]): NotePreviewMessages {
  return Object.assign({ ...EN_MESSAGES }, ...layers.map(defined));
}

// `{ key: undefined }` (a host passing an optional value through) must not erase a message.
function defined<T extends object>(partial: T): Partial<T> {
  return Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)) as Partial<T>;
}
