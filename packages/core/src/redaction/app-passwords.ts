import { credentialWords, withoutUnicodeClasses } from './languages.js';
import { WORD_ANCHOR } from './prose.js';
import type { RedactionRule } from './rule.js';

// App passwords (Google, Microsoft, Apple): sixteen lower-case letters, shown in four groups of four
// ("gsam xwgc wkko rwco", "abcd-efgh-ijkl-mnop") or run together, pasted after the words for
// password in any language ("アプリパスワードを発行しました：…", "Anwendungskennwort für Outlook: …").
// Four short words after "password" are a sentence as often as a secret, so the letters must also
// look drawn at random: no group is a common word, and the letters are not shaped like language.

/** Frequent four-letter words of the Latin-script languages closeout reads. */
const COMMON = new Set(
  [
    // English
    'that with have this will your from they know want been good much some time very when come here',
    'just like long make many more only over such take than them well were what back call next week',
    'user sent mail into sign done then also does each both even find give hand help keep last left',
    'life look made most move must name need open part play read said same seem show side talk tell',
    'test told took turn used want ways work year able away best case copy data date days disk down',
    'drop file form full goes gone half hard head high hold home hour info item jobs kept kind knew',
    'less line list live load lock logs lost mode near news note once page pass past path plan port',
    'push quit rest role room runs safe save says seen self send sets site size slow soon stay step',
    'stop sure sync task team text that tool tree type unit upon user view wait wall whom wide wifi',
    'wish word wrap zero about asks bill book boot came cant card cell city code cost dial didn',
    'dont door easy else ever feel felt fine fire five four free gave gets good grew grow hear held',
    'hope idea into isnt keys lady land late lead lets lift link lots love mean meet mind miss more',
    'must nice nine none once ones only ours paid pick pins plus poor post pull puts rang rate real',
    'room rule runs seat sees shut sick sold sort spot stay such sure take than that this till tips',
    'told tone took tour upon very vote wake walk wash weak went what whom wife wild wind wire wore',
    'yeah yours',
    // German, French, Spanish, Italian, Dutch, Portuguese
    'aber alle auch bald dann dass dein denn doch eine fast gern hier ihre jetzt kann kein mehr mein',
    'muss noch nur oder sehr sein sind ganz viel voll wann wenn wird wohl zwei bitte neue neues',
    'avec dans elle fait font leur mais même nous pour sans sont tous tout vous bien chez donc ceci',
    'cela deux être fois jour mois plus peut trop vers voir code mots passe',
    'como esta este todo pero para solo bien hace cada casa dice unos unas ella ello nada otro',
    'anche come dove ogni solo sono loro però molto poco',
    'maar niet deze door geen haar hebt heel hier hoe kunt meer moet naar nooit onze ooit want waar',
    'com uma para mais como pelo pela isso esse essa onde muito',
  ]
    .join(' ')
    .split(' ')
    .filter((word) => /^[a-z]{4}$/.test(word)),
);

const RARE = /[jkqvwxz]/g;
/**
 * How a word of these languages may start: a vowel, one consonant and a vowel, or a common pair of
 * consonants. "btum" and "cmew" start as no word does.
 */
const WORD_START =
  /^(?:[aeiouy]|[^aeiouy][aeiouy]|bl|br|ch|cl|cr|dr|fl|fr|gl|gr|kn|ph|pl|pr|qu|sc|sh|sk|sl|sm|sn|sp|st|sw|th|tr|tw|wh|wr)/;

/** True unless the sixteen letters look random: a sentence of short words, or a word cut in four. */
export function keepUnlessRandomLetters(secret: string): boolean {
  if (secret !== secret.toLowerCase()) return true;
  const letters = secret.replace(/[ -]/g, '');
  const groups = letters.match(/.{4}/g) ?? [];
  if (groups.some((g) => COMMON.has(g))) return true;
  const vowels = letters.match(/[aeiouy]/g)?.length ?? 0;
  const rare = letters.match(RARE)?.length ?? 0;
  const voweless = groups.some((g) => !/[aeiouy]/.test(g));
  // Run together, sixteen letters are as likely a long word ("administratoren") as a key.
  if (!/[ -]/.test(secret)) return !(voweless && vowels <= 4);
  const unshaped = groups.some((g) => !WORD_START.test(g) || /[^aeiouy]{3}|(.)\1\1|uu|ii/.test(g));
  return !(voweless || unshaped || vowels <= 4 || rare >= 3);
}

/** The app-password rule: after a credential word in any language, within a line. */
export const APP_PASSWORD_RULE: RedactionRule = {
  kind: 'app-password',
  // Sixteen letters in a text are rarer than a credential word: the cheaper test goes first. It is
  // tried only where a run of letters starts, as the secret does.
  hint: /(?<![a-z])[a-z]{4}[ -]?[a-z]{4}[ -]?[a-z]{4}[ -]?[a-z]{4}(?![a-z])/,
  anchor: WORD_ANCHOR,
  pattern: new RegExp(
    withoutUnicodeClasses(
      String.raw`(?<pre>(?:${credentialWords()})[^\n]{0,80}?(?<![A-Za-z]))(?<secret>[a-z]{4}(?<sep>[ -]?)[a-z]{4}\k<sep>[a-z]{4}\k<sep>[a-z]{4})(?![\p{L}\p{N}])`,
    ),
    'gi',
  ),
  keep: keepUnlessRandomLetters,
};
