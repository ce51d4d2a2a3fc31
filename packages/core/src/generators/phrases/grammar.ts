import type { Language } from '../../language/codes.js';
import type { Phrases, PluralForms } from './types.js';

// The grammar every phrase table shares: filling slots, choosing plural forms, quoting recorded
// text, ending sentences. Written once, so a table holds words only.

/** Fills the `{name}` slots of `template`; a slot with no value is left as it is, to be seen. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name];
    return value === undefined ? slot : String(value);
  });
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The form of `forms` for `count` in `language` (by the Unicode plural rules), filled. */
export function plural(
  language: Language,
  forms: PluralForms,
  count: number,
  values: Readonly<Record<string, string | number>> = {},
): string {
  let rules = pluralRules.get(language);
  if (rules === undefined) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  const form = forms[rules.select(count)] ?? forms.other;
  return fill(form, { ...values, count });
}

/** Sentence end marks of every table: a text ending in one is a sentence already. */
const ENDED = /[.!?…。！？؟]$/u;

/** `text` as a sentence: trimmed, with the language's full stop unless it ends in a mark. */
export function sentence(phrases: Phrases, text: string): string {
  const t = text.trim();
  return ENDED.test(t) ? t : `${t}${phrases.fullStop}`;
}

/** The first sentence of a text, at most `max` characters, for use inside another sentence. */
export function gist(text: string, max = 200): string {
  const first = text.split(/(?<=[.!?])\s|(?<=[。！？])|\n/u)[0]?.trim() ?? '';
  const short = first.length > max ? `${first.slice(0, max - 1).trimEnd()}…` : first;
  return short.replace(/[.!?。！？]$/u, '');
}

/** Recorded text quoted inside a template sentence, in the language's quotation marks. */
export function quote(phrases: Phrases, text: string, max = 160): string {
  const [open, close] = phrases.quotes;
  return `${open}${gist(text, max)}${close}`;
}

/** Sentences one after another: a space between them, none in the languages that use none. */
export function sentences(phrases: Phrases, ...parts: string[]): string {
  const gap = phrases.fullStop === '。' ? '' : ' ';
  return parts.filter((t) => t.length > 0).join(gap);
}
