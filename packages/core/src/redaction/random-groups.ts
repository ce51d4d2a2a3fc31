// Groups of four letters as password generators write them ("gsam-xwgc-wkko-rwco", "Rokn-cdzw-csmi"),
// told from words: a group that is a common word, or starts and runs as words do, is not random.

/** Frequent four-letter words of the Latin-script languages closeout reads. */
export const COMMON: ReadonlySet<string> = new Set(
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

/** Letters rare in the words of these languages. */
export const RARE = /[jkqvwxz]/g;
/**
 * How a word of these languages may start: a vowel, one consonant and a vowel, or a common pair of
 * consonants. "btum" and "cmew" start as no word does.
 */
const WORD_START =
  /^(?:[aeiouy]|[^aeiouy][aeiouy]|bl|br|ch|cl|cr|dr|fl|fr|gl|gr|kn|ph|pl|pr|qu|sc|sh|sk|sl|sm|sn|sp|st|sw|th|tr|tw|wh|wr)/;

/**
 * True when four lower-case letters are not a common word and have no vowel, or start or run as no
 * word of these languages does ("cdzw", "btum", "xqrr").
 */
export function isRandomGroup(group: string): boolean {
  if (COMMON.has(group)) return false;
  return !/[aeiouy]/.test(group) || !WORD_START.test(group) || /[^aeiouy]{3}|(.)\1\1|uu|ii/.test(group);
}
