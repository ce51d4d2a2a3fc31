import { credentialWords, withoutUnicodeClasses } from './languages.js';
import { WORD_ANCHOR } from './prose.js';
import { COMMON, isRandomGroup, RARE } from './random-groups.js';
import type { RedactionRule } from './rule.js';

// App passwords (Google, Microsoft, Apple): sixteen lower-case letters, shown in four groups of four
// ("gsam xwgc wkko rwco", "abcd-efgh-ijkl-mnop") or run together, pasted after the words for
// password in any language ("アプリパスワードを発行しました：…", "Anwendungskennwort für Outlook: …").
// Four short words after "password" are a sentence as often as a secret, so the letters must also
// look drawn at random: no group is a common word, and the letters are not shaped like language.

/**
 * True unless the sixteen letters look random: a sentence of short words, or a word cut in four.
 * `after` is the text after them.
 */
export function keepUnlessRandomLetters(secret: string, after = ''): boolean {
  if (secret !== secret.toLowerCase()) return true;
  const letters = secret.replace(/[ -]/g, '');
  const groups = letters.match(/.{4}/g) ?? [];
  if (groups.some((g) => COMMON.has(g))) return true;
  const vowels = letters.match(/[aeiouy]/g)?.length ?? 0;
  const rare = letters.match(RARE)?.length ?? 0;
  const voweless = groups.some((g) => !/[aeiouy]/.test(g));
  // Run together, sixteen letters are as likely a long word ("internationalize", a Swedish
  // "självbetjäningen") as a key: a key has a group with no vowel, or, alone at the end of its
  // line, three groups that start or run as no word does ("jbhy", "ospv", "vqlo").
  if (!/[ -]/.test(secret)) {
    const endsLine = /^[ \t]*(?:\r?\n|$)/.test(after);
    return !((voweless && vowels <= 4) || (endsLine && groups.filter(isRandomGroup).length >= 3));
  }
  return !(groups.some(isRandomGroup) || vowels <= 4 || rare >= 3);
}

/**
 * The app-password rule: after a credential word in any language, within a line, or on the line
 * after a label that ends in a colon ("App password for the NAS notifications:" and a blank line),
 * or after a label without one when the letters stand alone on their line, as Google's page shows
 * the new password under "Your app password for your device". A longer label may stand between
 * the word and the letters when a colon ends it: "Contraseña de aplicación generada para el Outlook
 * de recepción (cuenta x@y.es): …" names the account it was made for.
 */
/** Sixteen letters in four groups and nothing else on their line. */
const ALONE_ON_LINE = String.raw`[a-z]{4}[ -]?[a-z]{4}[ -]?[a-z]{4}[ -]?[a-z]{4}[ \t]*(?:\r?\n|$)`;

export const APP_PASSWORD_RULE: RedactionRule = {
  kind: 'app-password',
  // Sixteen letters in a text are rarer than a credential word: the cheaper test goes first. It is
  // tried only where a run of letters starts, as the secret does.
  hint: /(?<![a-z])[a-z]{4}[ -]?[a-z]{4}[ -]?[a-z]{4}[ -]?[a-z]{4}(?![a-z])/,
  anchor: WORD_ANCHOR,
  pattern: new RegExp(
    withoutUnicodeClasses(
      String.raw`(?<pre>(?:${credentialWords()})(?:[^\n]{0,80}?|[^\n]{0,160}?:[ \t]{0,4}|[^\n]{0,120}?:[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*|[^\n]{0,120}?\r?\n[ \t]*(?=${ALONE_ON_LINE}))(?<![A-Za-z]))(?<secret>[a-z]{4}(?<sep>[ -]?)[a-z]{4}\k<sep>[a-z]{4}\k<sep>[a-z]{4})(?![\p{L}\p{N}])`,
    ),
    'gi',
  ),
  keep: keepUnlessRandomLetters,
};

/**
 * True unless sixteen letters after a mail account's password label look drawn at random: a group
 * with no vowel, or two that start or run as no word does. The label says what they are, so one
 * sign is enough where a bare password word needs more; a long word ("responsibilities") has none.
 */
export function keepUnlessMailAppPassword(secret: string): boolean {
  if (secret !== secret.toLowerCase()) return true;
  const groups = secret.replace(/[ -]/g, '').match(/.{4}/g) ?? [];
  if (groups.some((g) => COMMON.has(g))) return true;
  return !(groups.some((g) => !/[aeiouy]/.test(g)) || groups.filter(isRandomGroup).length >= 2);
}

/**
 * A Google app password as the SMTP password of a scanner, a printer or an application: sixteen
 * letters run together after a password label that names mail ("Mot de passe SMTP : …", "SMTP
 * password: …", "Gmail-Passwort: …"). The search starts at each run of sixteen letters; the label
 * is a lookbehind.
 */
export const MAIL_APP_PASSWORD_RULE: RedactionRule = {
  kind: 'app-password',
  hint: /(?<![a-z])[a-z]{16}(?![a-z])/,
  anchor: /(?<![A-Za-z])[a-z]{16}(?![A-Za-z])/g,
  pattern: new RegExp(
    withoutUnicodeClasses(
      String.raw`(?<=(?:${credentialWords()})[^\n]{0,60}?[:=][ \t]{0,4})(?<=(?:smtp|e-?mail|gmail|google|mail|courriel|correo)[^\n]{0,80})(?<secret>[a-z]{16})(?![\p{L}\p{N}])`,
    ),
    'gi',
  ),
  keep: keepUnlessMailAppPassword,
};
