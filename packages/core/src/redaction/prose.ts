import {
  CREDENTIAL_LANGUAGES,
  type CredentialLanguage,
  credentialHintWords,
  credentialPrepositions,
  credentialVerbs,
  credentialWords,
  identifierCodeWords,
  MSP_TOOLS,
  numericCodeWords,
  withoutUnicodeClasses,
  wordAlternation,
} from './languages.js';
import { literalHint } from './literal-hints.js';
import type { RedactionRule } from './rule.js';
import { SPELLED_OUT, SPOKEN_CHARACTER, SPOKEN_SEPARATOR } from './spoken.js';
import {
  asWritten,
  CONTEXT_SEPARATOR,
  keepUnlessSecretLooking,
  keepUnlessStrong,
  keepValue,
  LOOSE_VALUE,
  SEPARATOR,
  VALUE,
} from './values.js';

// A credential word in any of the languages of languages.ts, followed by a value: directly, after
// a separator, after a copula ("is", "to", "är", "هي"), or after a few words of context and a
// copula ("Hasło do wifi w biurze to Zielony_Las!42"). The value is masked only when it looks
// like a secret unless a separator or a copula announced it; a few words of context always need
// it to look like one, so "password for the printer is expired" stays as written.

/**
 * Every credential word, with the definite ending Swedish, Danish and Norwegian add to a noun
 * ("larmkoden", "nyckeln", "passordet") when the table lists only the bare noun, and the possessive
 * ending Indonesian and Malay add to any noun, their own or a borrowed one ("kata sandinya",
 * "passwordnya", "PIN-nya", "community-nya": its password, its PIN). The Scandinavian endings end
 * a noun, not an abbreviation of two letters: "WWN" is a disk's World Wide Name, not the Dutch "ww"
 * (wachtwoord) made definite.
 */
const DEFINITE = String.raw`(?:(?<=\p{L}{3})(?:en|et|n)|-?nya)?`;
const WORDS = `(?:${credentialWords()})${DEFINITE}`;
const CODE_WORDS = `(?:${numericCodeWords()})${DEFINITE}`;
const IDENTIFIER_CODE_WORDS = identifierCodeWords();
/**
 * Copulas for a code, without the bare prepositions ("in", "à", "na", "till"): after them a number
 * is a year or a time as often as a code ("Alarm code changed in 2024").
 */
const CODE_VERBS = credentialVerbs(
  CREDENTIAL_LANGUAGES.map((l) => ({ ...l, verbs: l.verbs.filter((v) => v.includes(' ') || v.length > 4) })),
);
const VERBS = credentialVerbs();
/**
 * A code's digits spaced out as a keypad is typed or a sticker prints them: one by one ("7 4 1 9 0
 * 3") or in pairs and triples ("24 68 13"). Three groups at least: "PIN is 24 hours" is a time.
 */
const SPACED_CODE = String.raw`\d(?: \d){3,11}|\d{2,3}(?: \d{2,3}){2,4}`;
/**
 * A code as a keypad takes it: digits, a letter key of the 4×4 keypads of doors and alarms (A–D)
 * before or after them ("Code porte : 2580A", "B4471"), or the hash key that ends it.
 */
const KEYPAD_CODE = String.raw`[a-d]?\d{4,12}(?:[a-d]|#)?`;
/**
 * A safe's or a padlock's combination: three or four dial numbers joined by dashes ("24-11-36",
 * "3-17-29"). A date of that shape goes on with more digits ("03-12-2024"), or follows a word that
 * dates ("changed on 12-03-24", "seit 01-04-25", "le 12-03-24").
 */
const COMBINATION = String.raw`(?<!(?<![\p{L}])(?:on|at|since|seit|am|vom|from|until|bis|depuis|le|du|desde|el|del|dal|il|sinds|op|em|dated|datum|date) )\d{1,2}(?:-\d{1,2}){2,3}`;
/**
 * A word of a language with copulas of its own (languages.ts: `ownVerbs`, such as Finnish "on" and
 * Polish "to"), and those copulas: they count only after such a word, and not after a word English
 * shares ("pin", "token"), so "password rotated on PC-RECEP01" and "PIN to the taskbar" stay.
 */
const OWN_VERB_LANGUAGES = CREDENTIAL_LANGUAGES.filter((l) => (l.ownVerbs ?? []).length > 0);
const ENGLISH_WORDS = new Set(CREDENTIAL_LANGUAGES.find((l) => l.code === 'en')?.words ?? []);
/**
 * The words and own copulas of those languages, one pair per set of copulas: a copula counts only
 * after a word of a language that has it, so the Vietnamese "là" (folded to "la") does not end a
 * Swahili phrase ("Nenosiri jipya la akaunti … ni x") before its own "ni".
 */
const byVerbs = new Map<string, CredentialLanguage[]>();
for (const l of OWN_VERB_LANGUAGES) {
  const key = (l.ownVerbs ?? []).join('|');
  byVerbs.set(key, [...(byVerbs.get(key) ?? []), l]);
}
const PAIRED = [...byVerbs.values()].map((group) => ({
  words: `(?:${credentialWords(group.map((l) => ({ ...l, words: l.words.filter((w) => !ENGLISH_WORDS.has(w)) })))})(?:en|et|n)?`,
  verbs: credentialVerbs(group.map((l) => ({ ...l, verbs: l.ownVerbs ?? [] }))),
}));
const PREPOSITIONS = credentialPrepositions();
const UNSPACED = CREDENTIAL_LANGUAGES.filter((l) => l.unspaced === true);
const UNSPACED_WORDS = credentialWords(UNSPACED);
const UNSPACED_VERBS = credentialVerbs(UNSPACED);
/**
 * Where a word of an unspaced script may start or end: anywhere but inside a run of ASCII letters
 * and digits. Their tables hold Latin words too ("pin", "api"), which must not be found in
 * "Pinecrest" or "Campinas" and take the rest of the word for a value.
 */
const ASCII_EDGE = String.raw`(?:(?<![A-Za-z0-9])|(?![A-Za-z0-9]))`;

/**
 * Not inside a longer word (no letter or digit just before), except where a compound ends in the
 * word for password or key: "Archivpasswort", "KeePass-Masterkennwort", "Gastnetzwerkschlüssel".
 * Nor after "Failed" or "Accepted": sshd's log line for a login names the method, not a value
 * ("Failed password for invalid user oracle from … – fail2ban banned it").
 */
const START = String.raw`(?<!(?:failed|accepted) )(?:(?<![\p{L}\p{N}])|(?<=\p{L})(?=pass(?:wort|word)|kennwort|wachtwoord|losenord|salasana|adgangskode|passord|schlussel|sleutel|nyckel))`;
/** Markdown emphasis or code marks around a key or a value. */
const MARKS = '[*_`]{0,3}';
/**
 * Abbreviations of three letters or more that end in a full stop inside a sentence: the polite
 * "you" of Romanian ("pentru contul dvs. este x"), titles ("Mrs.", "Mme.", "Sra."), "bzw.", "inkl.".
 */
const ABBREVIATION = String.raw`(?:dvs|dv|dumneavoastra|mrs|mme|mlle|sra|srta|bzw|inkl|ggf|usw|evtl|tel|dept|resp)\.(?:\s|$)`;
/**
 * Not a word that ends a sentence: one of four characters or more before a full stop, or one before
 * "!" or "?". Abbreviations ("Hr.", "z.B.") do not end one.
 */
const NOT_SENTENCE_END = String.raw`(?!(?!${ABBREVIATION})[^\s:=|]{3,40}\.(?:\s|$))(?![^\s:=|]{0,40}[!?](?:\s|$))`;
/**
 * Up to ten words of context between the credential word and the copula, none ending a sentence;
 * an account's mail address among them may be longer than a word ("parola pentru contul
 * notificari@firma-constructii.ro este …").
 */
const CONTEXT = String.raw`(?: ${NOT_SENTENCE_END}(?:[^\s:=|@]{1,64}@)?[^\s:=|]{1,30}){1,10}?`;
/** The end of a copula: not inside a longer word, nor the first part of a compound ("de e-mail"). */
const VERB_END = String.raw`(?![\p{L}\p{N}]|-\p{L})`;
/**
 * Up to twelve words of context before a colon, none ending a sentence (so "Password did not
 * match. [CLIENT: 10.0.4.21]" is two sentences): "WLAN-Schlüssel fürs Büro-WLAN: x", "PUK do chip
 * do iPhone do diretor (bloqueou após 3 PINs errados): x". The value must then look like a secret.
 */
const LONG_CONTEXT = String.raw`(?: ${NOT_SENTENCE_END}[^\s:=|]{1,40}){1,12}?`;
/**
 * A code's opening quote, straight or curly (the normal form makes "‘" and "«" plain): "the door code
 * for the back entrance is ‘4471’"; or the star a keypad takes first ("barrier code: *8620#").
 */
const CODE_QUOTE = String.raw`["']?\*?`;
/**
 * The end of a code: not a date, a time, a version or an address going on ("2026-12-31", "10.0.0.1").
 * The Arabic comma, semicolon and question mark end it too: they lie in the Arabic block, which the
 * rules' letter class spans whole ("هو 482913، لا").
 */
const NOT_MORE_DATA = String.raw`(?!(?![\u060C\u061B\u061F])[\p{L}\p{N}]|[-./:,]\d)`;
/** A preposition a year or a date follows ("changed in 2024", "seit 2019"), not a code. */
const TIME_PREPOSITION =
  '(?:in|im|on|at|since|seit|until|bis|by|from|von|to|en|em|na|w|i|pa|depuis|desde|dal|sinds)';
/**
 * Places opened with a code of digits: alarms, safes, key boxes, doors, in several languages; and
 * the keypad at a door, named for itself ("Tastenfeld-Code 2468", "keypad at the side door: 2468").
 */
const PLACES_WITH_CODES =
  // Gates, lockers and padlocks too: "o portão abre com o código …", "szyfr do kłódki: 73-12-48";
  // a safe as Turkish, Polish and Swedish inflect it ("Kasanın şifresi", "szyfr do sejfu", "kassaskåpets").
  'portao|portail|cancello|cancela|brama|locker|padlock|casier|cadenas|candado|lucchetto|hangslot|kłodk\\p{L}{0,2}|klodk\\p{L}{0,2}|alarm\\p{L}{0,12}|\\p{L}{0,12}alarm|safe(?! ?mode| sender| ?list)|tresor|schlusseltresor|schlusselkasten|key ?safe|key ?box|lockbox|schloss|door|tur|porte|puerta|deur|gate|tor|cofre|coffre|coffre-fort|caja fuerte|kluis|sejf(?:u|ie)?|kasa(?:nin|si|daki)?|kassaskap\\p{L}{0,4}|cassaforte|key ?pad|tastenfeld|zahlenfeld|ziffernfeld|codetastatur|digicode|clavier numerique|teclado numerico|tastierino';
/**
 * Words for a safe's or a padlock's combination, or the password it opens with, after the place:
 * "safe combo for the tapes: 24-11-36", "Kasanın şifresi 3-17-29", "Tresor, Kombination 12-40-8".
 */
const COMBINATION_WORDS = wordAlternation([
  'combination',
  'combo',
  'kombination',
  'combinaison',
  'combinación',
  'combinazione',
  'combinação',
  'combinatie',
  'kombinasyon',
  'kombinasyonu',
  'szyfr',
  'şifre',
  'şifresi',
  'шифр',
  'комбинация',
]);
/**
 * The stems of {@link PLACES_WITH_CODES} in the normal form, as the two place rules' hint: a text
 * without any of them skips both ("lock" stands for "lockbox", "locker" and "padlock").
 */
const PLACE_HINT =
  /alarm|safe|tresor|keybox|key ?box|schlussel|door|tur|porte|puerta|deur|gate|lock|schloss|kasa|sejf|kluis|caja fuerte|coffre|cofre|cassaforte|kassaskap|key ?pad|feld|codetastatur|digicode|numerique|numerico|tastierino|portao|portail|cancel|brama|casier|cadenas|candado|lucchetto|hangslot|k[lł]odk/i;
/**
 * Where a rule that begins with a place may start: one pass over the text, shared by the two place
 * rules below, instead of each trying every place at every character.
 */
const PLACE_ANCHOR = new RegExp(
  withoutUnicodeClasses(String.raw`(?<![\p{L}\p{N}])(?:${PLACES_WITH_CODES})(?![\p{L}])`),
  'gi',
);
/**
 * What a value is, said after it: "is the new svc password for …", "ist das neue WLAN-Passwort",
 * "est le nouveau mot de passe". A few words may stand between the article and the word.
 */
const VALUE_FIRST = String.raw`(?:is|was|will be|ist|war|est|es|e|er|ar) (?:the|my|our|your|his|her|their|das|dein|mein|unser|ihr|le|mon|notre|votre|la|el|mi|tu|su|il|het|de) (?:new |current |temporary |temp |neue |nouveau |nueva |nuovo |nuova |nieuwe )?(?:[^\s.,;:]{1,20} ){0,3}?(?:${WORDS})(?![\p{L}])`;
/** Words that sum up a spelling with the value written joined: "-> also x", "i.e. x", "donc x". */
const SUMMED_UP =
  '(?:also|d\\.h\\.|das heisst|i\\.e\\.|that is|which is|so|ergibt|donc|soit|c.est-a-dire|o sea|es decir|cioe|dus|ou seja|quindi|czyli)(?!\\p{L})';
/**
 * Words that say the value after them is a temporary password. Put in the normal form like the
 * table's words: Cyrillic ones are folded as the text is ("тимчасовий: x" after a chat's speaker).
 */
const TEMPORARY = wordAlternation([
  'temporary',
  'temp',
  'initial',
  'one-time',
  'tijdelijk',
  'tijdelijke',
  'tymczasowe',
  'tymczasowy',
  'provisional',
  'provisoria',
  'temporaire',
  'temporanea',
  'temporaneo',
  'vorlaufig',
  'vorlaufiges',
  'provisoria',
  'provisorio',
  'gecici',
  'временный',
  'временно',
  'тимчасовий',
  'тимчасова',
  'тимчасове',
  'tillfalligt',
  'midlertidig',
  'valiaikainen',
]);
/** People a user and a password are given for: "as admin / x", "mit kunde\\it-extern / x". */
const AS_USER =
  'as|user(?:name)?|login|logon|account|with|mit|met|avec|con|com|med|als|comme|como|come|jako|som|olarak|kullanici|benutzer|utilisateur|usuario|gebruiker|utente|utilizador|uzytkownik|anvandare|bruker|kayttaja|как|пользователь|логин';
/**
 * What else is spelled out over the phone: a host name, a serial, a ticket's number. After these a
 * spelling word reads out no password ("Hostname read out over the phone: Papa - Charlie - …").
 */
const SPELLED_NAME = String.raw`(?:host ?name|computer ?name|device ?name|name|serial(?: number)?|number|address|ticket|tag|id|nummer|numero|numer)(?![\p{L}])`;
/**
 * The word for a user account in the languages of the table, as an admin's note names the one it
 * made or reset: "Utente m.rossi", "Benutzer k.weber", "utilisateur jdupont".
 */
const USER_WORDS =
  'utente|utenza|utilisateur|usuario|benutzer|benutzerkonto|gebruiker|utilizador|uzytkownik|anvandare|bruker|kayttaja|kullanici|cuenta|conta';
/**
 * Words for a hint, in the languages of the table (normalised like the table's words): after a word
 * for the password ("Password hint", "Passworthinweis", "パスワードのヒント"), the label a password
 * manager or an account's profile shows the hint under.
 */
const HINT_WORDS = wordAlternation([
  'hint',
  'hinweis',
  'merkhilfe',
  'eselsbrücke',
  'indice',
  'pista',
  'dica',
  'suggerimento',
  'aanwijzing',
  'wskazówka',
  'podpowiedź',
  'ledtråd',
  'vihje',
  'ipucu',
  'подсказка',
  'ヒント',
  '提示',
  '힌트',
]);
/** The word for an account in front of its name: "account 'nasadmin'", "Benutzer 'kasse'". */
const ACCOUNT = 'account|user(?:name)?|login|benutzer|konto|compte|cuenta|conta|utente';
/** Verbs that tell a password by its reuse, and what it is reused for: "uses x for everything". */
const REUSE = 'uses|use|used|using|reuses|reused|nutzt|benutzt|utilise|usa|gebruikt';
const FOR_EVERYTHING =
  'for (?:everything|all|every)|everywhere|überall|uberall|partout|para todo|per tutto|overal';
/** A character escaped in a quoted-printable mail: "=C3=BC" is "ü". */
const QP_ESCAPE = '=[0-9A-F]{2}';
/** Who speaks on a chat line: a time in brackets or bare, then a name of up to a few words and a colon. */
const CHAT_SPEAKER = String.raw`(?:\[[^\]\n]{1,30}\] ?|\d{1,2}:\d{2}(?::\d{2})? ?-? ?)?[^\n:]{1,60}: ?`;
/** The end of a chat answer that is one word: the line's end, after a remark in brackets or not. */
const ANSWER_END = String.raw`[ \t]{0,4}(?:\([^()\n]{1,80}\)[ \t]{0,4})?(?:\n|$)`;
/**
 * Who answers in a chat written as dialogue, with a dash for each line ("— Да." then "— x", the
 * normal form makes the dash plain), or a reply quoted with "> ", as well as a speaker's name.
 */
const CHAT_ANSWERER = String.raw`(?:${CHAT_SPEAKER}|[-–] ?|> ?)`;
/** Words that hand something over, before the answer: "تفضل x", "here you go: x", "bitte: x", "вот x". */
const HANDING_OVER = wordAlternation([
  'here you go',
  'here it is',
  'here',
  'voila',
  'bitte',
  'bitteschön',
  'hier',
  'aqui tienes',
  'aquí tienes',
  'aquí está',
  'ecco',
  'alsjeblieft',
  'proszę',
  'вот',
  'держи',
  'тримай',
  'تفضل',
  'تفضلي',
  'اتفضل',
  'どうぞ',
  '给',
]);
/**
 * A yes before the answer, to a question that asked whether one has the password ("t'as le mdp du
 * compte ?" – "oui : x", "hast du das Passwort?" – "ja, x", "есть пароль?" – "да: x").
 */
const AFFIRMATIVE = wordAlternation([
  'yes',
  'yeah',
  'yep',
  'yup',
  'sure',
  'oui',
  'ouais',
  'ja',
  'jep',
  'jo',
  'klar',
  'ja klar',
  'sí',
  'si',
  'claro',
  'sim',
  'sì',
  'certo',
  'tak',
  'да',
  'ага',
  'так',
  'evet',
  'ano',
  'igen',
  'kyllä',
  'joo',
  'ναι',
  'はい',
  'うん',
  '是的',
  '有',
  '네',
  '응',
  'نعم',
  'כן',
]);
/** "It is" after that yes: "oui c'est x", "yes it's x", "ja das ist x", "sí, es x". */
const ANSWER_COPULA = wordAlternation([
  "c'est",
  "it's",
  'it is',
  "that's",
  'das ist',
  'es ist',
  'ist',
  'es',
  'è',
  'é',
  'het is',
  'to',
  'это',
]);
/**
 * What may open a chat's answer before the value: a yes, a word that hands it over, "it is", each
 * followed by a colon or a comma or not ("oui : x", "yes, here you go: x", "sí, es x"). A yes or an
 * "it is" has more after it on its line: "— Да." alone is a line between, and its stop no value.
 */
const ANSWER_OPENING = String.raw`(?:(?:${AFFIRMATIVE})(?![\p{L}])[ \t]{0,4}[:,!.]?[ \t]{0,4}(?![\s.,:;!?]))?(?:(?:${HANDING_OVER})(?![\p{L}])[ \t]{0,4}[:,]?[ \t]{0,4})?(?:(?:${ANSWER_COPULA})(?![\p{L}])[ \t]{0,4}:?[ \t]{0,4}(?![\s.,:;!?]))?`;
/** Words that end an answer in a chat of Japanese: "x だよ", "x です". */
const ANSWER_PARTICLE = wordAlternation(['だよ', 'です', 'だ', 'よ', 'ね']);
/** The end of an answer in a chat: ANSWER_END, or a particle and the line's end. */
const CHAT_ANSWER_END = String.raw`(?: ?(?:${ANSWER_PARTICLE})[.!。]?[ \t]{0,4}(?:\n|$)|${ANSWER_END})`;
/**
 * Words that ask for something without a question mark, after the word in a script written
 * without spaces: "共有フォルダのパスワード教えて", "密码告诉我", "비밀번호 알려줘".
 */
const ASK_AFTER = wordAlternation([
  '教えて',
  '教えてください',
  'ください',
  'お願い',
  '告诉我',
  '发我',
  '发一下',
  '알려줘',
  '알려주세요',
]);
/** Backup products, whose encryption password a note names with the product between. */
const BACKUP_PRODUCTS = wordAlternation([
  'acronis',
  'true image',
  'cyber protect',
  'veeam',
  'datto',
  'macrium',
  'backup exec',
  'arcserve',
  'carbonite',
  'duplicati',
  'cobian',
  'nakivo',
  'altaro',
  'iperius',
  'crashplan',
  'backblaze',
  'storagecraft',
  'shadowprotect',
  'hyper backup',
  'active backup',
  'time machine',
  'urbackup',
  'borg',
  'restic',
  'kopia',
  'commvault',
  'axcient',
  'idrive',
  'ahsay',
  'msp360',
  'cloudberry',
  'cove',
  'synology',
]);
/**
 * An account's label, as a note names a service or a mailbox before its login: "AD service account
 * for the scanner (svc_scan2folder):", "IMAP login for info@…:", "Dienstkonto (svc_scan):".
 */
const ACCOUNT_LABEL = wordAlternation([
  'account',
  'service account',
  'login',
  'logon',
  'mailbox',
  'imap',
  'smtp',
  'pop3',
  'ftp',
  'sftp',
  'e-mail',
  'email',
  'postfach',
  'konto',
  'dienstkonto',
  'servicekonto',
  'benutzerkonto',
  'compte',
  'compte de service',
  'boîte mail',
  'cuenta',
  'cuenta de servicio',
  'buzón',
  'conta',
  'conta de serviço',
  'account di servizio',
  'casella',
  'serviceaccount',
  'kontot',
  'tjänstekonto',
  'hesap',
  'servis hesabı',
  'учетная запись',
  'учётная запись',
  'сервисный аккаунт',
  'аккаунт',
  'почта',
]);
/**
 * Where a rule that begins at an account's label may start: one pass for the rule below, rather
 * than its words tried at every character.
 */
const ACCOUNT_LABEL_ANCHOR = new RegExp(
  withoutUnicodeClasses(String.raw`(?<![\p{L}\p{N}])(?:${ACCOUNT_LABEL})(?![\p{L}])`),
  'gi',
);
/** Devices named by their admin account, a colon and its password after: "Router admin: x". */
const ADMIN_OF =
  'router|firewall|switch|nas|modem|fritz!?box|access point|printer|drucker|imprimante|impresora|stampante|ups|usv|nvr|dvr|pbx|camera|kamera|idrac|ilo|ipmi|bmc|esxi|vcenter|proxmox|pfsense|opnsense|sophos|fortigate|unifi|synology|qnap|mikrotik|draytek|zyxel|sonicwall|watchguard|meraki';
/**
 * A value after a word of an unspaced script: ASCII, so the sentence around it is not masked, or
 * in the quotes of those scripts ("「…」", "『…』", "《…》").
 */
const ASCII_VALUE = String.raw`(?:"[^"\n]{1,200}"|'[^'\n]{1,200}'|「[^」\n]{1,200}」|『[^』\n]{1,200}』|《[^》\n]{1,200}》|[!-~]{3,200})`;
/** A value that may stand in inline code: quoted, or one word without the closing backtick. */
const CODE_VALUE = String.raw`(?:"[^"\n]{1,200}"|'[^'\n]{1,200}'|[^\s,;"'<>\u0060]{1,200})`;
/**
 * Fillers of speech a call's transcript keeps ("euh", "um", "äh" folded to "ah", "este"), each with
 * the comma or the dots that set it apart.
 */
const FILLER = 'euh|heu|uh|uhh|uhm|um|umm|erm|hmm|hm|ah|ahm|eh|ehm|ehh|mmm|este|pues';
/**
 * What a password is for, said after the word with no copula: SNMPv3's two passphrases, one to
 * authenticate and one for privacy ("hasło uwierzytelniania x", "mot de passe de chiffrement x"),
 * and a Wi-Fi's key named by its protocol ("clave WPA2 x", "chiave WPA2 x").
 */
const PURPOSE = wordAlternation([
  'authentication',
  'auth',
  'privacy',
  'priv',
  'encryption',
  'authentifizierung',
  'authentisierung',
  'verschlüsselung',
  'authentification',
  'chiffrement',
  'confidentialité',
  'cryptage',
  'autenticación',
  'autentificación',
  'privacidad',
  'cifrado',
  'encriptación',
  'autenticazione',
  'crittografia',
  'cifratura',
  'authenticatie',
  'versleuteling',
  'autenticação',
  'privacidade',
  'criptografia',
  'uwierzytelniania',
  'uwierzytelnienia',
  'prywatności',
  'szyfrowania',
  'autentisering',
  'kryptering',
  'ověření',
  'šifrování',
  'wpa',
  'wpa2',
  'wpa3',
  'wep',
  'wpa-psk',
  'wpa2-psk',
  'wpa3-sae',
  'wpa2-personal',
  'wpa3-personal',
]);
/** The stems of {@link PURPOSE} in the normal form, as its rule's hint. */
const PURPOSE_HINT = literalHint(
  [
    'auth',
    'autentic',
    'autentif',
    'autentis',
    'priv',
    'prywatn',
    'crypt',
    'cript',
    'krypter',
    'crittograf',
    'verschl',
    'versleutel',
    'chiffr',
    'cifra',
    'confidential',
    'uwierzyteln',
    'szyfrow',
    'overen',
    'sifrov',
    'wpa',
    'wep',
  ],
  'i',
);
/**
 * The preposition or article before {@link PURPOSE}: "de chiffrement", "di autenticazione", "zur
 * Authentifizierung", "d'authentification" (its apostrophe straight or curly).
 */
const PURPOSE_OF = `(?:(?:de|di|da|do|del|der|des|zur|fur|pour|para|per|voor|van|for|of|dla|pro|za) |d.)`;
/**
 * Notes stuck where a password is kept, and the words that say what is written on one: "pw on the
 * sticky note under the keyboard says x", "sul post-it c'è scritto \"admin / x\"", "auf dem Zettel
 * steht x". What is written is the password, alone or after its user and a slash.
 */
const NOTE = wordAlternation([
  'sticky note',
  'sticky',
  'post-it',
  'postit',
  'klebezettel',
  'haftnotiz',
  'notizzettel',
  'zettel',
  'pense-bête',
  'nota adhesiva',
  'pósit',
  'foglietto',
  'bigliettino',
  'briefje',
  'geeltje',
  'karteczka',
  'karteczce',
  'karteczki',
  'lappen',
  'lappu',
  'whiteboard',
]);
const NOTE_SAYS = wordAlternation([
  'says',
  'said',
  'reads',
  'shows',
  "c'è scritto",
  "c'era scritto",
  'è scritto',
  'dice',
  'pone',
  'steht',
  'stand',
  'sagt',
  'dit',
  'indique',
  'est écrit',
  'il y a écrit',
  'staat',
  'zegt',
  'diz',
  'jest napisane',
  'napisano',
  'står',
]);
/** The notes of {@link NOTE} as plain words, and the hint of the rule that reads what they say. */
const NOTE_WORDS = [
  'sticky',
  'post-it',
  'postit',
  'post it',
  'zettel',
  'haftnotiz',
  'pense-bete',
  'adhesiva',
  'posit',
  'foglietto',
  'bigliettino',
  'briefje',
  'geeltje',
  'karteczk',
  'lappen',
  'lappu',
  'whiteboard',
];
const NOTE_HINT = literalHint(NOTE_WORDS, 'i');
/**
 * A text that says it copies a note, the notes' words and the words for the copy: "Retranscription
 * du post-it", "trascrizione del foglietto", "vom Zettel abgeschrieben", "OCR of the label".
 */
const NOTE_COPY_HINT = literalHint(
  [
    ...NOTE_WORDS,
    'ocr',
    'transcri',
    'trascri',
    'handwritten',
    'abgeschrieben',
    'handschriftlich',
    'overgeschreven',
    'przepisa',
    'tableau blanc',
    'pizarra',
  ],
  'i',
);
/**
 * Labels as OCR reads them off a photo or a screenshot, a letter taken for a digit or a sign, or for
 * the letter it looks like ("P@ssword", "Mot de passc", "Netzwerkschlüsse1"), and a letter with a
 * mark read as anything ("Contrase1a" for "Contraseña"). Each letter of a word may be read so. Only
 * long words, and only the slips OCR makes, so that no other word reads as one: "Kennwert" is not
 * "Kennwort" misread, since an "o" is read as "0" only.
 */
const OCR_LOOKS: Readonly<Record<string, string>> = {
  a: '@4',
  b: '68',
  c: 'e(',
  e: 'c3',
  g: '96',
  i: 'l1!|',
  l: '1|i',
  o: '0',
  s: '5$',
  t: '7',
  z: '2',
};
const ocrLabel = (word: string) =>
  [...word]
    .map((ch) => {
      // The normal form drops the mark, and OCR reads the letter as one or two others.
      if (ch > '~') return String.raw`[^\s:;|=]{1,2}`;
      if (ch === ' ' || ch === '-') return '[- ]?';
      if (ch === 'w') return '(?:w|vv)';
      const looks = OCR_LOOKS[ch];
      return looks === undefined ? ch : `[${ch}${looks.replace(/[|$(]/g, '\\$&')}]`;
    })
    .join('');
const OCR_LABEL = [
  'password',
  'passwort',
  'kennwort',
  'mot de passe',
  'contraseña',
  'wachtwoord',
  'lösenord',
  'salasana',
  'adgangskode',
  'passord',
  'palavra-passe',
  'netzwerkschlüssel',
  'wlan-schlüssel',
  'sicherheitsschlüssel',
]
  .map(ocrLabel)
  .join('|');
/**
 * What says a text was read by OCR or off a picture, the OCR rule's hint: the slips it reads
 * happen nowhere else, and a semicolon for a colon is one.
 */
const OCR_HINT = literalHint(
  [
    'ocr',
    'screenshot',
    'screen shot',
    'capture',
    'captura',
    'foto',
    'photo',
    'scan',
    'bildschirm',
    'schermata',
    'schermafbeelding',
    'zrzut',
    'texterkennung',
    'extrait',
    'extracted',
    'aufkleber',
    'sticker',
    'etiquette',
    'etiqueta',
    'typenschild',
  ],
  'i',
);

/**
 * What a password opens, in front of the bare "pass" that names it: "mailbox pass", "wifi pass",
 * "admin pass". Alone, "pass" is a boarding pass, a day pass, a hall pass.
 */
const PASS_OWNERS =
  'mailbox|mail|e-?mail|inbox|wifi|wi-fi|wlan|admin|root|account|login|router|vpn|db|database|sql|ftp|sftp|smtp|imap|pop3?|nas|portal|server|domain|laptop|pc|computer|user|guest|vault|zip|archive';
/** A symbol no account's or device's name holds, where a password often does. */
const PASSWORD_SYMBOL = /[!#$%^&*+=?~]/;
/**
 * Keeps a value that a network's or a device's name could be ("Harbour-Guest-5G"): a password has
 * a symbol, or a digit written for a letter inside a word ("Gu3st", "Harb0ur").
 */
const keepUnlessPasswordLike = (secret: string, after: string) =>
  keepUnlessStrong(secret, after) || !(PASSWORD_SYMBOL.test(secret) || /\p{L}\d{1,2}\p{L}/u.test(secret));

/**
 * After a copula, a lowercase word of letters only is prose ("is wrong", "to nowe", "är fel"),
 * not a password, and so is a word of letters with more words after it; anything else with a
 * capital, a digit or a symbol is masked.
 */
const keepProse = (secret: string, after: string) =>
  keepValue(secret, after) ||
  /^\p{Ll}{1,24}[.,!:]?$/u.test(asWritten(secret)) ||
  // A name in a sentence ("Password to Exchange Online is synced", "send it to John by SMS") or a
  // label ("PIN to unlock: ask the user"): letters only, with more words after it.
  (/^\p{L}{1,24}:?$/u.test(asWritten(secret)) && /^ \p{L}/u.test(asWritten(after)));

/**
 * Shared by every rule here and the entropy rule, so redactSecrets tests it once per text. The
 * names of MSP tools count: their keys have no published shape (entropy.ts).
 */
export const WORD_HINT = literalHint(credentialHintWords(), 'i');
/**
 * Where a rule that begins with a credential word may start: at each word, at a compound's
 * password stem, and at the looser labels the entropy rule starts from ("key", a tool's name). One
 * pass over the text, shared by the rules below and the entropy rule.
 */
export const WORD_ANCHOR = new RegExp(
  withoutUnicodeClasses(
    String.raw`${WORDS}|${TEMPORARY}|key|secret|token|credential|cred|pass(?![A-Za-z])|skey|${MSP_TOOLS}`,
  ),
  'gi',
);

const rule = (
  pattern: string,
  keep: (secret: string, after: string) => boolean,
  hint: RegExp = WORD_HINT,
  anchor: RegExp | false = WORD_ANCHOR,
): RedactionRule => ({
  kind: 'password',
  pattern: new RegExp(withoutUnicodeClasses(pattern), 'gi'),
  hint,
  keep,
  ...(anchor === false ? {} : { anchor }),
});

/** The last word of a text: the value a spelling sums up. */
const lastWord = (text: string) => text.slice(text.search(/\S+$/));
/** Words of a context that make a number at its end a ticket's, a port's or a count, not a password. */
const NUMBER_OF =
  'ticket|case|incident|request|order|invoice|ref|reference|id|nr|no|number|ext|extension|port|vlan|days?|length|count|attempts|tries|changed|rotated|expires|expiry|age|history|policy|minimum|maximum';

// A spelling summed up at the end of its line, after an arrow, a dash or a word: "docs: Kilo,
// seven, Mike, … nine → K7MQ!2RWz9", "dettato la password: Milano, otto, … — quindi M8tG!3Rb0". The
// characters read out are the password as much as the value after them: both are masked, from the
// colon on. After a credential word or one that says it was spelled; only a strong value. It runs
// before the contextual rules (rules.ts), which would take the first character read out for the value.
export const SUMMED_SPELLING_RULE: RedactionRule = rule(
  String.raw`(?<pre>(?:${START}(?:${WORDS})|(?<![\p{L}])(?:${SPELLED_OUT}))[^\n:]{0,120}?: ?)(?<secret>(?:[^\n,:]{1,40}, ){3,40}[^\n,:]{1,40}? ?(?:->|=>|-{1,2} ?(?:[^\s\d]{1,12} )?|,? (?:${SUMMED_UP}) ?:?) ?${MARKS}[^\s"'<>]{6,64})(?=${MARKS}[.!]?[ \t]*(?:\n|$))`,
  (secret, after) => keepUnlessStrong(lastWord(secret), after),
  new RegExp(
    withoutUnicodeClasses(String.raw`(?:, [^\n,]{1,40}){3}[^\n]{0,40}(?:->|=>| - |, ?(?:${SUMMED_UP}))`),
    'i',
  ),
  false,
);

/** The multilingual prose rules, most constrained first. */
export const PROSE_RULES: readonly RedactionRule[] = [
  // A passphrase of words after the word and a colon or a copula, said to hold its spaces: "Her new
  // Wi-Fi password: green bottle Tuesday 4 (with spaces)", "Kennwort vorgelesen: Rote Bank 7 (mit
  // Leerzeichen)". The remark says the words are the value, not a sentence.
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})(?![\p{L}])[^\n:]{0,60}?(?::| is| ist| est| es) ${MARKS})(?<secret>[^\s()]{1,30}(?: [^\s()]{1,30}){1,5})(?=${MARKS} ?\((?:with|incl\.?|including|mit|inkl\.?|avec|con|com|met) (?:the |den )?(?:spaces|space|leerzeichen|leerzeichen|espaces|espacios|espacos|spaties)\))`,
    keepValue,
    /\((?:with|incl\.?|including|mit|inkl\.?|avec|con|com|met) (?:the |den )?(?:spaces|space|leerzeichen|espaces|espacios|espacos|spaties)\)/i,
  ),
  // A password typed with a space between its characters, as one writes down what was read out
  // letter by letter: "password is T r o m b o n e 4 7 ! (capital T)". Masked whole, its symbols
  // too; the rules that read one word stop at its first character (keepValue leaves it to this one).
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})(?:${SEPARATOR}| (?:${VERBS})${VERB_END}:?) ?${MARKS})(?<secret>[!-{}~](?: [!-{}~]){3,63})(?=[.,;:]?(?:\s|$))`,
    // Lower-case letters alone are a list ("a b c d"), not a password read out; a table's bars and
    // dashes are not one either ("password | 0 | — |"): three letters or digits at least.
    (secret, after) =>
      keepValue(secret.replace(/ /g, ''), after) ||
      /^[a-z ]+$/.test(secret) ||
      (secret.match(/[A-Za-z0-9]/g)?.length ?? 0) < 3,
    // Only texts with four characters standing alone in a row, one of them a letter or a digit.
    /(?<![!-~]) (?=[^\n]{0,6}[A-Za-z0-9])[!-{}~] [!-{}~] [!-{}~] [!-{}~](?![!-~])/,
  ),
  // A value the note says is wrapped over two lines ("pw from the sticky note (wrapped onto two
  // lines): Xk9#mPq2" and "vL7!wQ" on the next): the first word of the next line is its rest.
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})[^\n(]{0,60}\([^)\n]{0,40}(?:wrapped|line break|two lines|2 lines|split over|umgebrochen|zwei zeilen|2 zeilen|deux lignes|2 lignes|dos lineas|2 lineas)[^)\n]{0,40}\)[^\n:]{0,20}:[ \t]{0,4}${MARKS})(?<secret>[^\s]{2,100}\n[ \t]{0,8}[^\s]{1,100})`,
    (secret, after) => keepUnlessSecretLooking(secret.replace(/\n[ \t]*/, ''), after),
    /wrapped|line break|two lines|2 lines|split over|umgebrochen|zeilen|lignes|lineas/i,
  ),
  // "hasło: x", "lösenord = x", "**Пароль:** x", "كلمة المرور: x".
  rule(String.raw`(?<pre>${START}${MARKS}(?:${WORDS})${SEPARATOR}${MARKS} ?)(?<secret>${VALUE})`, keepValue),
  // "hasło to x", "lösenordet är x", "salasana on x", "كلمة المرور هي x", "пароль это x".
  rule(
    String.raw`(?<pre>${START}${MARKS}(?:${WORDS})${MARKS} (?:${VERBS})${VERB_END}${SEPARATOR}?${MARKS} ?)(?<secret>${VALUE})`,
    keepProse,
  ),
  // "Hasło do wifi w biurze to x", "SNMP community string on the core switch is x".
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})${CONTEXT} (?:${VERBS})${VERB_END}${SEPARATOR}? ?${MARKS})(?<secret>${VALUE})`,
    keepUnlessSecretLooking,
  ),
  // A filler of speech between the copula and the value, as a call's transcript keeps it, set apart
  // by commas or not: "le mot de passe c'est, euh, x", "the password is, um, x", "das Passwort ist
  // äh x", "the password is uh x".
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})(?:${CONTEXT})? (?:${VERBS})${VERB_END}(?:,? (?:${FILLER})(?:,|\.{2,3}|…)?){1,2} ${MARKS})(?<secret>${VALUE})`,
    keepUnlessSecretLooking,
    new RegExp(String.raw` (?:${FILLER})(?: |,|\.|…)`, 'i'),
  ),
  // The same with a copula that is also an English preposition, after a word of its own language.
  ...PAIRED.flatMap(({ words, verbs }) => [
    rule(
      String.raw`(?<pre>${START}${MARKS}(?:${words})${MARKS} (?:${verbs})${VERB_END}${SEPARATOR}?${MARKS} ?)(?<secret>${VALUE})`,
      keepProse,
    ),
    rule(
      String.raw`(?<pre>${START}(?:${words})${CONTEXT} (?:${verbs})${VERB_END}${SEPARATOR}? ?${MARKS})(?<secret>${VALUE})`,
      keepUnlessSecretLooking,
    ),
  ]),
  // "Поменял пароль на x", "Kennwort hab ich auf x gesetzt", "reset the password to x": a value
  // after a preposition must look like a secret ("Passwort in KeePass" stays).
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})(?:${CONTEXT})? (?:${PREPOSITIONS})(?![\p{L}\p{N}]) ${MARKS})(?<secret>${VALUE})`,
    keepUnlessSecretLooking,
  ),
  // "WLAN-Schlüssel fürs Büro-WLAN: x", "Пароль от Wi-Fi в переговорной: x", "NT hash of … : x".
  // A colon between digits is a time ("token expired at '2024-05-14T15:00:00Z'"), not a separator;
  // nor is the colon of a JSON key of its own ("token header decodes to {"alg":"RS256"…"), nor the
  // "=" of a character escaped in a quoted-printable mail ("f=C3=BCr").
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})${LONG_CONTEXT}(?!(?<=\d):\d)(?<![{,] ?"[^"\s]{1,40}")(?!${QP_ESCAPE}${QP_ESCAPE})${CONTEXT_SEPARATOR}${MARKS} ?)(?<secret>${VALUE})`,
    keepUnlessSecretLooking,
  ),
  // The same with a dash, the Russian copula among them ("пароль от Wi-Fi в переговорной — x"):
  // a rule of its own, so that a dash inside a name is not taken before the colon after it.
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})${LONG_CONTEXT} -{1,2}>? ${MARKS} ?)(?<secret>${VALUE})`,
    keepUnlessSecretLooking,
  ),
  // A remark in brackets between the word and its colon: "encryption password (hint: blue binder): x",
  // and with no space before the bracket, as Chinese and Japanese write it: "本地管理员密码（计算机
  // PC-07）：x".
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})(?:${CONTEXT})? ?\([^)\n]{1,60}\)${SEPARATOR}${MARKS} ?)(?<secret>${VALUE})`,
    keepUnlessSecretLooking,
  ),
  // What was typed at a password prompt, told in a remark after it: runas's "Enter the password for
  // CORP\\adm: (typed x)", "Geben Sie das Kennwort für … ein: (eingegeben: x)", "(escribí x)",
  // "(j'ai tapé x)", "(digitei x)". The remark ends at its bracket.
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})[^\n]{0,80}?:[ \t]{0,4}\((?:i |ich |j'ai |yo |eu |ho )?(?:typed|entered|used|escribi|teclee|puse|ingrese|digitei|digitado|usei|tape|saisi|tippte|eingegeben|getippt|eingetippt|digitato|inserito|ingevoerd|getypt|wpisałem|wpisalem|wpisano)(?: in)?:?[ \t]{1,4}${MARKS}["']?)(?<secret>[^\s"'\u0060]{1,200}?)(?=["'\u0060*_]{0,3}\))`,
    keepValue,
  ),
  // A word and what the password is for, then the value with no copula: "hasło uwierzytelniania x",
  // "mot de passe de chiffrement x", "clave WPA2 x" (PURPOSE). The value must look like a secret.
  rule(
    String.raw`(?<pre>${START}(?:${WORDS}) ${PURPOSE_OF}?(?:${PURPOSE})(?![\p{L}\p{N}]) ${MARKS})(?<secret>${VALUE})`,
    keepUnlessSecretLooking,
    PURPOSE_HINT,
  ),
  // What a note stuck on a screen or under a keyboard says (NOTE): "pw on the sticky note says x",
  // "sul post-it c'è scritto \"admin / x\"", "auf dem Klebezettel steht x". The value must look like
  // a secret and end its clause: "the sticky note says to call Anna" and "the sticky note says
  // SRV-01 needs a reboot" stay.
  rule(
    String.raw`(?<pre>(?<![\p{L}])(?:${NOTE})(?![\p{L}])[^\n]{0,80}? (?:${NOTE_SAYS})(?![\p{L}]):? ${MARKS}["']?(?:[A-Za-z][\w.\\@-]{0,63} ?/ ?)?${MARKS})(?<secret>[^\s"'<>,;]{1,200}?)(?=${MARKS}["']?[.!?)]?(?:[ \t]*(?:$|\n|[,;(]|-{1,2} )))`,
    keepUnlessSecretLooking,
    NOTE_HINT,
    false,
  ),
  // A label read by OCR with a slip in it (OCR_LABEL), a compound's first part in front or not, and a
  // colon, or the semicolon OCR reads for one: "P@ssword ; x", "WLAN-Netzwerkschlüsse1 : x",
  // "Contrase1a: x". Only in a text that says it was read off a picture (OCR_HINT), and only a value
  // that looks like a secret.
  rule(
    String.raw`(?<pre>(?<![\p{L}\p{N}])(?:\p{L}{1,12}-)?(?:${OCR_LABEL})[ \t]{0,3}[:;|][ \t]{0,3}${MARKS})(?<secret>${VALUE})`,
    keepUnlessSecretLooking,
    OCR_HINT,
    false,
  ),
  // A Wi-Fi's key after its network's name: "SSID Contoso-Guest, key x", and its code, as an office
  // calls it: "Guest Wi-Fi for the event: network 'X-Guest', code is x".
  rule(
    String.raw`(?<pre>(?<![\p{L}\p{N}])(?:ssid|wifi|wi-fi|wlan)(?![\p{L}\p{N}])[^\n]{0,60}? (?:key|code(?: is)?) ${MARKS})(?<secret>${VALUE})`,
    keepUnlessSecretLooking,
    /key|code/i,
    false,
  ),
  // The same with a few words and an arrow or a colon after "key": "Guest Wi-Fi 'Oceanic-Guest' key
  // changed this month -> x".
  rule(
    String.raw`(?<pre>(?<![\p{L}\p{N}])(?:ssid|wifi|wi-fi|wlan)(?![\p{L}\p{N}])[^\n]{0,60}? key${CONTEXT} ?(?:->|=>|:) ${MARKS})(?<secret>${VALUE})`,
    keepUnlessSecretLooking,
    /key/i,
    false,
  ),
  // A Wi-Fi standing for its key, with a copula, as a chat says it: "guest wifi at the depot is now
  // `x`", "das Gäste-WLAN ist jetzt x". The network's name takes the same place ("the wifi is now
  // Harbour-Guest-5G", "wifi name is …"), so only a value no name looks like (keepUnlessPasswordLike).
  rule(
    String.raw`(?<pre>(?<![\p{L}\p{N}])(?:wifi|wi-fi|wlan|wireless)(?![\p{L}\p{N}])(?:(?! (?:ssid|name|network name|netzwerkname|nom|nombre)(?!\p{L}))[^\n.:]){0,60}? (?:is now|is|ist jetzt|ist|est maintenant|est|c.est|es ahora|es|is nu|e agora)(?!\p{L}) ${MARKS})(?<secret>${CODE_VALUE})`,
    keepUnlessPasswordLike,
    /wi-?fi|wlan|wireless/i,
    false,
  ),
  // A number after a code's name, a few words and a copula or a colon: "Alarm code for the
  // warehouse is 739184", "Kod alarmu w magazynie to 582047", "Larmkoden är 4821".
  rule(
    String.raw`(?<pre>${START}${CODE_WORDS}(?:${CONTEXT})? (?:${CODE_VERBS}|is|ist|est|es|er|ar|on|to|je|e|era|was|war|هو|هي)(?![\p{L}\p{N}])${SEPARATOR}? ?${MARKS}${CODE_QUOTE})(?<secret>${KEYPAD_CODE}|${COMBINATION}|${SPACED_CODE})${NOT_MORE_DATA}`,
    keepValue,
  ),
  rule(
    String.raw`(?<pre>${START}${CODE_WORDS}\)?${LONG_CONTEXT}${SEPARATOR}${MARKS} ?${CODE_QUOTE})(?<secret>${KEYPAD_CODE}|${COMBINATION})${NOT_MORE_DATA}`,
    keepValue,
  ),
  // The same with a remark in brackets before the colon, which may hold a time: "Alarm code for
  // the building (if we go onsite after 18:00): 0378".
  rule(
    String.raw`(?<pre>${START}${CODE_WORDS}(?:${LONG_CONTEXT})? \([^)\n]{1,80}\)${SEPARATOR}${MARKS} ?${CODE_QUOTE})(?<secret>${KEYPAD_CODE}|${COMBINATION})${NOT_MORE_DATA}`,
    keepValue,
  ),
  // A code of digits under a config key that writes a code's name as an identifier, the words joined
  // by an underscore or a hyphen (identifierCodeWords): Home Assistant's secrets.yaml (`larm_kod:
  // "323144"`), `door_code = 2580`, `codice_allarme: 482913`, `front_door_code: 2580`.
  rule(
    String.raw`(?<pre>(?<![\p{L}\p{N}])(?:[a-z0-9]{1,20}[_-]){0,3}(?:${IDENTIFIER_CODE_WORDS})["']?[ \t]{0,4}[:=][ \t]{0,4}${CODE_QUOTE})(?!(?:19|20)\d\d(?!\d))(?<secret>\d{4,12}#?)${NOT_MORE_DATA}`,
    keepValue,
    /[A-Za-z][_-][A-Za-z]{2,20}["']?[ \t]{0,4}[:=][ \t]{0,4}["']?\*?\d{4}/,
    false,
  ),
  // A place opened with a code, a few words and a colon, then the code and nothing more on its
  // clause: "Keybox at the back door: 2302, spare key inside", "Clave de la alarma de la oficina:
  // 5015". A year is a date ("Alarm panel replaced: 2024"), and a number with a word after it is
  // a count ("Door controller at site B: 1203 events").
  rule(
    String.raw`(?<pre>(?<![\p{L}\p{N}])(?:${PLACES_WITH_CODES})(?![\p{L}])(?:[^\n.:(]|\([^)\n]{0,60}\)){0,80}?: ?${MARKS})(?!(?:19|20)\d\d(?!\d))(?<secret>[a-d]?\d{4,8}[a-d]?(?=${MARKS}[ \t]{0,4}(?:$|\n|[,;.)](?!\d)))|\d{1,3}(?:-\d{1,3}){2,3}(?=${MARKS}[ \t]{0,4}(?:$|\n|[,;.)](?!\d)|\()))`,
    keepValue,
    PLACE_HINT,
    PLACE_ANCHOR,
  ),
  // The same with the code's digits spaced out, as one types them on a keypad, and the key to press
  // after them: "Alarm at the depot: 4 1 7 2 then press the tick", "Tür Lager: 5 0 3 8 dann Enter".
  rule(
    String.raw`(?<pre>(?<![\p{L}\p{N}])(?:${PLACES_WITH_CODES})(?![\p{L}])(?:[^\n.:(]|\([^)\n]{0,60}\)){0,80}?: ?${MARKS})(?<secret>\d(?: \d){3,7})(?= (?:then|and then|followed by|dann|danach|und dann|puis|ensuite|luego|y luego|poi|e poi|daarna|en dan)(?![\p{L}]))`,
    keepValue,
    /\d \d \d \d (?:then|and|followed|dann|danach|und|puis|ensuite|luego|y|poi|e|daarna|en)/i,
    PLACE_ANCHOR,
  ),
  // "pass" for a password after what it opens (PASS_OWNERS), and a copula or a separator: "the shared
  // sales mailbox pass is x", "wifi pass: x". The value must look like a secret.
  rule(
    String.raw`(?<pre>(?<![\p{L}\p{N}])(?:${PASS_OWNERS})[ -]pass(?![\p{L}\p{N}])(?: (?:is now|is|was|will be)| ?[:=]| ->) ${MARKS})(?<secret>${VALUE})`,
    keepUnlessSecretLooking,
    new RegExp(String.raw`(?:${PASS_OWNERS})[ -]pass(?![a-z])`, 'i'),
    false,
  ),
  // A credential word, what it is for and the value, with no copula or colon: "heslo pro bezobslužný
  // přístup x — …", "Passwort für den Fernzugriff x, …". The value ends its clause and holds a
  // symbol: the name of an account or a device after "for" holds none ("password for PC-RECEP01").
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})(?!\p{L}) (?:for|pro|fur|furs|pour|para|per|voor|dla|till|za) (?:[^\s:=|]{1,30} ){1,4}?${MARKS})(?<secret>${VALUE})(?=${MARKS}(?:[ \t]{0,4}(?:$|\n|[,;()]|-{1,2} )))`,
    (secret, after) => keepUnlessStrong(secret, after) || !PASSWORD_SYMBOL.test(secret),
  ),
  // A printed sheet of backup codes, numbered, each two groups of four digits, often two columns
  // to a line: "… backup codes (kept in the safe):" then "1. 4829 1057    6. 3390 7712". Only under
  // a line that names them: a numbered list of numbers is otherwise extensions or phone numbers.
  {
    kind: 'password',
    pattern:
      /(?<pre>(?<![\d.])\d{1,2}[.)][ \t]{1,4})(?<=(?:(?:backup|recovery|verification|sicherungs|wiederherstellungs|notfall|reserve)[ -]?codes?|codes? de (?:secours|recuperation|sauvegarde)|codigos? de (?:respaldo|recuperacion|seguridad)|herstelcodes?)(?![a-z])[^\n]{0,120}\n(?:[^\n]{0,160}\n){0,12}[^\n]{0,160})(?<secret>\d{4} ?\d{4})(?![\d.,:/-])/gi,
    hint: /(?:backup|recovery|verification|sicherungs|wiederherstellungs|notfall|reserve)[ -]?code|codes? de (?:secours|recup|sauve)|codigos? de|herstelcode/i,
    keep: keepValue,
  },
  // A voucher for a guest network or a hotspot, its digits in groups: "UniFi hotspot voucher for
  // the auditor (7 days, 1 device): 66704-95925".
  rule(
    String.raw`(?<pre>(?<![\p{L}\p{N}])(?:voucher|vouchers|gutschein|voucher code|guest code|gastcode)(?![\p{L}])(?:[^\n.:(]|\([^)\n]{0,60}\)){0,80}?(?::|=|->| is) ?${MARKS})(?<secret>\d{4,12}(?:-\d{4,12}){0,3})${NOT_MORE_DATA}`,
    keepValue,
    /voucher|gutschein|guest code|gastcode/i,
    false,
  ),
  // A word that a monitoring centre asks for on the phone is a word by design, so letters only are
  // masked here: "ADT monitoring centre verbal password (to cancel false alarm): violetfjord",
  // "Codewort für die Notrufzentrale: Leuchtturm".
  rule(
    String.raw`(?<pre>(?<![\p{L}\p{N}])(?:verbal (?:password|passcode|passphrase|code)|code ?word|codewort|kennwort fur die (?:notrufzentrale|leitstelle)|mot de passe verbal|palabra clave|mot-cle|safe ?word)(?:(?:${CONTEXT})? \([^)\n]{1,80}\))?(?:${SEPARATOR}| (?:is|ist|est|es|är|er) )${MARKS} ?)(?<secret>${VALUE})`,
    keepValue,
    /verbal|code ?word|codewort|notrufzentrale|leitstelle|palabra clave|mot-cle|safe ?word/i,
    false,
  ),
  // A place's code as one word, a few words before its digits: "Türcode Hintereingang ab heute
  // 8531#", "Torcode neu 4711", "alarmkod 2580". A year after a time word is no code ("Türcode seit 2019").
  rule(
    String.raw`(?<pre>(?<![\p{L}\p{N}])(?:${PLACES_WITH_CODES})-?(?:code|codes|kod|codigo|codice|pin)(?![\p{L}])(?: [^\s\d]{1,20}){0,4} ${MARKS})(?<!(?<![\p{L}])${TIME_PREPOSITION} )(?!(?:19|20)\d\d(?!\d))(?<secret>[a-d]?\d{4,8}(?:[a-d]|#)?)${NOT_MORE_DATA}`,
    keepValue,
    /(?:alarm|safe|tresor|door|tur|tor|gate|porte|puerta|deur|pad|feld|tastatur|digicode|numerique|numerico|tastierino)-?(?:code|kod|codigo|codice|pin)/i,
    false,
  ),
  // A code for a place, with no copula: "Alarmanlage Filiale Süd: Code zum Unscharfschalten 731694",
  // "the safe in the CFO's office, combination 37-12-58", "Schlüsseltresor …, Code 2705". The place
  // must be named first: "error code 1603" names none.
  rule(
    String.raw`(?<pre>(?<![\p{L}\p{N}])(?:${PLACES_WITH_CODES})(?![\p{L}])[^\n.]{0,80}?(?<![\p{L}\p{N}])(?<!(?:error|exit|return|status|event|fehler|erreur|stop|http|response|bug|check) )(?:code|codes|kod|codigo|codice|${COMBINATION_WORDS}|pin):?(?: (?!${TIME_PREPOSITION} )[^\s\d]{1,20}){0,3} ${MARKS}[[(]?)(?<secret>\d{1,8}(?:-\d{1,8}){0,3}[a-d]?)${NOT_MORE_DATA}`,
    (secret) => (secret.match(/\d/g)?.length ?? 0) < 4,
    PLACE_HINT,
    PLACE_ANCHOR,
  ),
  // A password told at the end of its line after a copula or a colon, and given alone on the next,
  // as a mail wraps it: "His temporary password is" then "Peters!Temp431" then "and he must …",
  // "Här kommer lösenordet till kundens ekonomisystem, som du bad om:" then the value. After a
  // copula the value need only look like a secret; after a colon and words of context, which may
  // introduce anything ("Password reset steps:"), it must be a strong one.
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})(?![\p{L}])(?:[^\n]{0,80}? )?(?:${VERBS})${VERB_END}:?[ \t]*\r?\n[ \t]*${MARKS})(?<secret>${VALUE})(?=${MARKS}[ \t]*(?:\r?\n|$))`,
    keepUnlessSecretLooking,
    /\n[ \t]*[^\s]{4,200}[ \t]*(?:\r?\n|$)/,
  ),
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})(?![\p{L}])[^\n]{0,100}?:[ \t]*\r?\n[ \t]*${MARKS})(?<secret>${VALUE})(?=${MARKS}[ \t]*(?:\r?\n|$))`,
    keepUnlessStrong,
    /:[ \t]*\r?\n[ \t]*[^\s]{6,200}[ \t]*(?:\r?\n|$)/,
  ),
  // A value in code marks or quotes inside brackets after the word: "Temp password (`NewHire-0603`)
  // set for the new hire", "Kennwort („Praxis-2024“) vergeben". The marks set a literal apart; only a
  // strong value, since an element's or a setting's name is written so too.
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})(?:${CONTEXT})? ?\((?<q>[\u0060"'])\u0060{0,2})(?<secret>[^\s"'\u0060()]{1,200})(?=\u0060{0,2}\k<q>\))`,
    keepUnlessStrong,
    /\([`"'][^\s"'`()]{1,200}[`"']\)/,
  ),
  // runas /savecred keeps what was typed at its prompt once, and a note tells it in a sentence
  // after the word, in any language, in brackets or not: "Typed the password once (Lager!Admin77)
  // so it's cached now", "la contraseña que puse fue Conta2024Lima", "Kennwort Praxis#It2024
  // eingegeben". Only a strong value with a letter and a digit, in the same sentence; an account
  // (CORP\\user) is none.
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})(?![\p{L}])(?:[^\n.;!?]|\.(?=\S)){0,80}?(?<=[\s(:"'\u0060]))(?=[^\s"'\u0060()<>,;\\]{0,63}?\d)(?=[^\s"'\u0060()<>,;\\]{0,63}?\p{L})(?<secret>[^\s"'\u0060()<>,;\\]{6,64}?)(?=["'\u0060)]?[.,;:!?)]?(?:\s|$))`,
    keepUnlessStrong,
    /savecred/i,
  ),
  // A backup product's encryption password, the product's name and more words between the word and
  // the copula than a sentence otherwise holds: "La contraseña de cifrado de Acronis True Image del
  // portátil de la gerente es x", "the Veeam encryption password for the NAS job at the Miller
  // practice is x". The value must look like a secret.
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})(?![\p{L}])(?:[^\n:.]|\.(?=\S)){0,80}?(?<![\p{L}])(?:${BACKUP_PRODUCTS})(?![\p{L}])(?:[^\n:.]|\.(?=\S)){0,80}? (?:${VERBS})${VERB_END}${SEPARATOR}? ?${MARKS})(?<secret>${VALUE})`,
    keepUnlessSecretLooking,
    new RegExp(BACKUP_PRODUCTS, 'i'),
  ),
  // An account's label, the account named in brackets or by its address, a colon and the value:
  // "AD service account for the scanner (svc_scan2folder): x", "IMAP login for info@… (old hoster):
  // x", "Dienstkonto Scanner (svc_scan): x". What follows is the account's password; only a strong
  // value, the last thing on its clause.
  rule(
    String.raw`(?<pre>(?<![\p{L}\p{N}])(?:${ACCOUNT_LABEL})(?![\p{L}])[^\n:]{0,80}?(?:\([^()\n:]{1,60}\)|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}(?: ?\([^()\n:]{1,60}\))?)[ \t]{0,4}:[ \t]{1,4}${MARKS})(?<secret>${VALUE})(?=${MARKS}[.!]?[ \t]*(?:\r?\n|$|[,;]))`,
    keepUnlessStrong,
    /(?:\)|@[\w-]{1,63}\.[\w.-]{2,200}) ?: \S{6}/,
    ACCOUNT_LABEL_ANCHOR,
  ),
  // A device's admin account as the label: "Router admin: x", "NAS-Admin = x". Only a strong value.
  rule(
    String.raw`(?<pre>(?<![\p{L}\p{N}])(?:${ADMIN_OF})[ -](?:admin|administrator|root)(?![\p{L}])[ \t]{0,4}[:=][ \t]{0,4}${MARKS})(?<secret>${VALUE})`,
    keepUnlessStrong,
    /[ -](?:admin|administrator|root) ?[:=]/i,
    false,
  ),
  // A chat where one asks for a password and a line soon after answers with nothing but it:
  // "[09:14] Fatma (client): what's the new pw again?" then "[09:15] Sam (MSP): Orchid+puffin60",
  // with "one sec" between, the question asked without its mark ("whats the admin pw for …"), or
  // asked on the line after the one that names the password ("wrong password" – "what did you set?").
  // A remark in brackets may follow the answer: "[14:03] Anna: Xy!… (same on all of that batch)".
  // The question may go on after its mark ("can you read me the LAPS pw for NB-023? user is locked
  // out"), end in the Arabic one ("ممكن كلمة سر …؟"), or ask with a word of its own where the script
  // writes no spaces ("共有フォルダのパスワード教えて"). The answer may come as dialogue ("— x"), as a
  // quoted reply ("> x だよ"), or after a yes, a word that hands it over or "it is" (ANSWER_OPENING:
  // "oui : x", "ja, das ist x", "تفضل x", "here you go: x"). A short word of letters is a line
  // between, not the answer: "— Да." before "— x".
  rule(
    String.raw`(?<pre>(?:(?<=(?:what|whats|what's|which|wie|welches|quel|quelle|cual|qual)\b[^\n]{0,30})${START}(?:${WORDS})[^\n]{0,80}|${START}(?:${WORDS})[^\n]{0,80}[?\u061F][^\n]{0,60}|${START}(?:${WORDS})[^\n]{0,80}\n[^\n]{1,80}[?\u061F][ \t]{0,4}|${ASCII_EDGE}(?:${UNSPACED_WORDS})[^\n]{0,6}?(?:${ASK_AFTER})[^\n]{0,20})\n(?:[^\n]{1,60}\n){0,2}?${CHAT_ANSWERER}${MARKS}${ANSWER_OPENING}${MARKS})(?!\p{L}{1,9}[.!]?[ \t]*(?:\n|$))(?<secret>${VALUE})(?=${MARKS}${CHAT_ANSWER_END})`,
    keepUnlessSecretLooking,
    // Only texts with a later line that holds a speaker and one word: most texts are one line.
    new RegExp(
      withoutUnicodeClasses(
        String.raw`\n${CHAT_ANSWERER}[*_\u0060]{0,3}${ANSWER_OPENING}[^\s]{1,200}${CHAT_ANSWER_END}`,
      ),
      'i',
    ),
  ),
  // A mail in quoted-printable, as its source shows it: escaped characters inside the words of
  // context ("Das Passwort f=C3=BCr das WLAN lautet …") and the value broken over a soft line break,
  // an "=" at the end of a line ("Sonnen=" and "blume#42" on the next).
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})(?: (?:[^\s:=|]|${QP_ESCAPE}){1,40}){0,10}? (?:${VERBS})${VERB_END}:? ?)(?<secret>(?:[^\s=]|${QP_ESCAPE}|=\n){1,200})`,
    (secret, after) => keepUnlessSecretLooking(secret.replace(/=\n/g, ''), after),
    /quoted-printable/i,
  ),
  // "hasło tymczasowe Zaq1@Wsx", "tijdelijk Welkom01!", "temporary password for jdoe: x".
  rule(
    String.raw`(?<pre>${START}(?:(?:${WORDS}) (?:${TEMPORARY})|(?:${TEMPORARY})(?: (?:${WORDS}))?)${SEPARATOR}? ?)(?<secret>${LOOSE_VALUE})`,
    keepUnlessStrong,
  ),
  // "パスワードはAbc123", "密码是Abc123", "비밀번호는 Abc123", "密码：Abc123". Not straight after a
  // Latin word these scripts borrow ("PIN", "PUK"), where a space ends the word as in English: "the
  // PIN has 6 digits", "PIN-kood koosneb …" are sentences.
  rule(
    String.raw`(?<pre>${ASCII_EDGE}(?:${UNSPACED_WORDS})${ASCII_EDGE}(?:${UNSPACED_VERBS})?(?: ?[:=] ?| )?)(?<![A-Za-z] ?)(?<secret>${ASCII_VALUE})`,
    keepValue,
  ),
  // A remark in brackets between the word and its colon, which these scripts write with no space:
  // "本地管理员密码（计算机 PC-07）：x", "管理者パスワード（本社NAS）：x".
  rule(
    String.raw`(?<pre>${ASCII_EDGE}(?:${UNSPACED_WORDS})\([^()\n]{1,60}\) ?[:=] ?)(?<secret>${ASCII_VALUE})`,
    keepValue,
  ),
  // A few words of the same script between the word and its verb, a comma among them (the normal
  // form makes "，" a ","): "密码改好了，新的是 …". The value must look like a secret.
  rule(
    String.raw`(?<pre>${ASCII_EDGE}(?:${UNSPACED_WORDS})(?:[^\x00-\x7F\n]|, ?){1,16}?(?:${UNSPACED_VERBS}) ?)(?<secret>${ASCII_VALUE})`,
    keepUnlessSecretLooking,
  ),
  // A code of digits after such a word, a few words of the script and Latin ones between (a
  // device's or a branch's name), the verb glued to the last: "รหัสผู้จัดการเครื่อง POS สาขาสีลมคือ
  // 840271". No comma between: a number after a new clause is an order's or a ticket's. A remark in
  // brackets may stand among them, and a colon after the verb: "起動時PIN（TPM+PIN）を設定しました：…".
  rule(
    String.raw`(?<pre>${ASCII_EDGE}(?:${UNSPACED_WORDS})(?:[^\x00-\x7F\n,]| [A-Za-z0-9]{1,12} ?|\([^()\n]{1,40}\)){1,30}?(?:${UNSPACED_VERBS})(?: ?[:=])? ?)(?<secret>\d{4,12})${NOT_MORE_DATA}`,
    keepValue,
  ),
  // A Wi-Fi key of digit groups, as a router's sticker prints it: "WLAN-Netzwerkschlüssel (WPA2):
  // 4839 2210 7765 1093 4821" (a FRITZ!Box's twenty digits). A single group is a code's rule.
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})(?:${CONTEXT})?(?: \([^)\n]{1,60}\))?${SEPARATOR}${MARKS} ?)(?<secret>\d{4}(?: \d{4}){3,7})(?![\p{N}])`,
    keepValue,
  ),
  // A user and a password after "as", "user", "with": "RDP to 10.0.0.15 as administrator / Adm1n!2024".
  // Not the end of a host name: the "com" (Portuguese "with") of "….com:5432/crm".
  rule(
    String.raw`(?<pre>${START}(?<![.@])(?:${AS_USER})[ :] ?(?!(?:sha|md)\d)[^\s/:,]{1,64} ?/ ?)(?<secret>${VALUE})`,
    keepUnlessSecretLooking,
    /\//,
    false,
  ),
  // A user and a password after a credential word earlier on the line: "iLO default pw from the
  // pull tag: Administrator / SMP5LVPV". The word says what the value is, so it need only look like
  // a secret, not be a strong one.
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})(?![\p{L}])[^\n/]{0,60}?(?<=[\s:(])${MARKS}[A-Za-z][\w.\\@-]{0,63}${MARKS} / ${MARKS})(?<secret>${VALUE})`,
    keepUnlessSecretLooking,
    // Tried only in texts with a spaced slash; the credential word is found by the anchor.
    / \/ /,
  ),
  // An account named in quotes, then an arrow or a colon and its password: "DSM admin account
  // 'nasadmin' -> Anch0rH@zel58!".
  rule(
    String.raw`(?<pre>(?<![\p{L}\p{N}])(?:${ACCOUNT})(?![\p{L}]) ["'][\w.\\@-]{1,64}["'] ?(?:->|=>|:) ${MARKS})(?<secret>${VALUE})`,
    keepUnlessStrong,
    new RegExp(String.raw`(?:${ACCOUNT}) ["'][^"'\n]{1,64}["'] ?(?:->|=>|:)`, 'i'),
    false,
  ),
  // A password spelled out, as a voicemail transcript or a phone call writes it, in the spelling
  // words of several languages (spoken.ts): "the new Wi-Fi password is capital M as in mike, e, a,
  // d, o, w, five", "Password read out over the phone: INDIA - x-ray - quebec - …", "le code du bip
  // alarme c'est « un, neuf, huit, zéro »", and after a word that says it was spelled, with no word
  // for password ("User read it out: …", "Me la dictó por teléfono: eme mayúscula, a, ere, …").
  // Four spoken characters or more, the first a word of its own: not the last letter of a spelling
  // word ("iso K, koira, kolme …" is not "a, kolme …"). The words between name no host, serial or
  // ticket, a compound's included ("den Benutzernamen", "die Seriennummer"), and end no question:
  // "can you spell it? The hostname is p, c, dash, …" spells a name.
  rule(
    String.raw`(?<pre>(?:${START}(?:${WORDS})|(?<!${SPELLED_NAME}[^\n.:]{0,20})(?<![\p{L}])(?:${SPELLED_OUT})),?(?: (?!${SPELLED_NAME}|\p{L}{0,20}(?:name|namen|nummer|number|numero)(?![\p{L}]))[^\s:?]{1,30}){0,8}?(?: ?:| (?:is|was|ist|lautet|est|es|e|ar|er|is now|c.est))? ?"? ?)(?<![\p{L}\p{N}])(?<secret>${SPOKEN_CHARACTER}(?:${SPOKEN_SEPARATOR}${SPOKEN_CHARACTER}(?![a-z0-9])){3,40})`,
    keepValue,
    // Two spoken characters in a row after a separator: rare in other text, where a spelling word
    // alone ("echo") is not. The search starts at a separator. The words that say it was spelled
    // are no anchor, so the rule runs over the texts that pass.
    // A transcript that drops the commas reads four characters in a row with spaces only ("capital
    // R r a j 7 7 hash", "four nine two zero").
    new RegExp(
      String.raw`(?:, | - |、)${SPOKEN_CHARACTER}(?:, | - |、)${SPOKEN_CHARACTER}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])${SPOKEN_CHARACTER}(?: ${SPOKEN_CHARACTER}(?![\p{L}\p{N}])){3}`,
      'iu',
    ),
    false,
  ),
  // Characters read out one by one and written joined by hyphens, dots or spaces, after a phrase
  // that says so: "Customer read it out letter by letter: i-I-l-k-r-@-2-q", "buchstabiert: K-7-#-m".
  // Judged as the characters joined: a list of lower-case letters ("a-b-c-d") is none, nor is a name
  // or a serial read out (SPELLED_NAME).
  rule(
    String.raw`(?<pre>(?<!${SPELLED_NAME}[^\n.:]{0,20})(?<![\p{L}])(?:${SPELLED_OUT}),?(?: (?!${SPELLED_NAME}|\p{L}{0,20}(?:name|namen|nummer|number|numero)(?![\p{L}]))[^\s:?]{1,30}){0,8}? ?: ?${MARKS})(?<secret>[!-~](?<sep>-| - |, | |\.)[!-~](?:\k<sep>[!-~]){2,62})(?![!-~])`,
    (secret) => {
      const joined = secret.replace(/ - |, | |(?<=^|[!-~])[-.](?=[!-~]|$)/g, '');
      return keepUnlessSecretLooking(joined) || /^[a-z]+$/.test(joined);
    },
    /(?<![!-~])[!-~](?:-| - |, | |\.)[!-~](?:-| - |, | |\.)[!-~](?:-| - |, | |\.)[!-~](?![^\s.,-])/,
    false,
  ),
  // A password told by its reuse, with no word for it: "she uses Winter2019$ for everything". Only a
  // strong value: "uses Outlook for everything" stays.
  rule(
    String.raw`(?<pre>(?<![\p{L}])(?:${REUSE}) ${MARKS})(?<secret>${VALUE})(?=${MARKS} (?:${FOR_EVERYTHING}))`,
    keepUnlessStrong,
    // The whole shape as the hint: "use" and "user" are in most texts, the shape in few.
    new RegExp(String.raw`(?:${REUSE}) \S{1,200} (?:${FOR_EVERYTHING})`, 'i'),
    false,
  ),
  // A strong value in brackets after the account a reset or a new login was for: "Reset done for
  // r.rossi [Raven-Nimbus-Biscuit66]", "Created shared mailbox login reception@x.com (violet&Lantern815)",
  // and the words for a user in the languages of the table: "Utente m.rossi (…) creato".
  rule(
    String.raw`(?<pre>(?<![\p{L}])(?:reset|login|logon|account|mailbox|user|created|new user|konto|compte|${USER_WORDS})(?![\p{L}])[^\n\[(]{0,60}? [\w.\\@-]{2,64} [[(])(?<secret>[^\s\])]{8,64})(?=[\])])`,
    keepUnlessStrong,
    // A bracketed run of eight characters or more without a space after a space: rarer than the
    // words. The search starts at the bracket, which is cheaper than starting at every word.
    / [[(][^\s\])]{8,64}[\])]/,
    false,
  ),
  // A device's admin and its password with a slash and no spaces: "Router: admin/Willow-Meadow-Gecko68".
  rule(
    String.raw`(?<pre>(?<=^|[\s:(])(?:admin|administrator|root|ubnt|pi|sa|support|supervisor)/)(?<secret>[^\s/,;"'<>]{8,64})(?=$|[\s,;.)])`,
    keepUnlessStrong,
    /(?:admin|administrator|root|ubnt|pi|sa|support|supervisor)\//i,
    false,
  ),
  // A user and a password with nothing in front: "iDRAC on SRV-HV01: root / Idrac!Calvin9",
  // "is `support` / `Rec3pt!0n-PC`".
  rule(
    String.raw`(?<pre>(?<=^|[\s:(])${MARKS}[\w.\\@-]{1,64}${MARKS} / ${MARKS})(?<secret>${VALUE})`,
    keepUnlessStrong,
    / \/ /,
    false,
  ),
  // A few words of another script between the word and a value typed on a Latin keyboard, the
  // copula before or after it, a Latin name among them: "رمز عبور مودم x است", "รหัสผ่านผู้ดูแลระบบคือ
  // x", "รหัสผ่านของ Wi-Fi สำนักงานคือ x". The value must look like a secret, and hold a digit or a
  // symbol, so a Latin name in between ("Guest-WiFi") is read as a word and the search goes on.
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})(?:[^\x00-\x7F\n]| (?=[^\x00-\x7F])| [A-Za-z][\w-]{0,15}(?= [^\x00-\x7F])){1,40}? ?${MARKS})(?=[!-~]{0,200}[\d!@#$%^&*+=?~])(?<secret>[!-~]{6,200})`,
    keepUnlessSecretLooking,
  ),
  // A value in quotes a few words after the word, with no copula or colon: "Пароль от роутера
  // «Xxw+Ea8Iwec»" (the normal form makes « » plain quotes). Quotes set a literal apart, but a
  // quoted name, a vault path or a time is one too ("stored in Keeper under 'S2S Azure'", "expired
  // at '2024-05-14T15:00:00Z'"): only one word that is a strong value is masked.
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})(?:${CONTEXT})? ${MARKS})(?<secret>"[^"\s]{6,200}"|'[^'\s]{6,200}')`,
    (secret, after) => keepUnlessStrong(secret.slice(1, -1), after),
    // Only texts with a quoted word of six characters or more.
    /["'][^\s"']{6,200}["']/,
  ),
  // A code of digits straight after its word: "passcode 335854", "PIN 4711", "Alarmcode 0815#". A
  // year is a date ("PIN reset 2024" has a word between, "PIN 2024" is taken for a year).
  rule(
    String.raw`(?<pre>${START}${CODE_WORDS}${MARKS} ${MARKS})(?!(?:19|20)\d\d(?!\d))(?<secret>${KEYPAD_CODE}|${COMBINATION})${NOT_MORE_DATA}`,
    keepValue,
    // Only texts with a word and a number of four digits or more, or a combination, after a space.
    /\p{L}[*_`]{0,3} [*_`]{0,3}[A-Da-d]?\d(?:\d{3}|\d?-\d)/u,
  ),
  // A password of digit groups straight after its word, as a router's sticker prints it:
  // "FRITZ!Box-Kennwort 9941 6223 5225 1034", or on the line below it, as a photo of the card reads.
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})${MARKS}(?: |[ \t]{0,4}:?[ \t]{0,4}\n[ \t]{0,8})${MARKS})(?<secret>\d{3,6}(?: \d{3,6}){2,7})${NOT_MORE_DATA}`,
    keepValue,
    /\d{3,6} \d{3,6} \d{3,6}/,
  ),
  // A key emoji is a label: "🔑 ?1yS1q9mO9 👈 wifi for the pop-up shop", "🔐: x".
  rule(
    String.raw`(?<pre>(?:🔑|🔐|🗝)\uFE0F?[ \t]{0,2}:?[ \t]{0,2}${MARKS})(?<secret>${VALUE})`,
    keepUnlessSecretLooking,
    /🔑|🔐|🗝/,
    false,
  ),
  // A code straight after the keypad it is typed on, or the verb that disarms an alarm with it: "side
  // entrance, keypad 2468 then #", "digicode A1234", "disarm with 5791 then OFF", "unscharf mit 4711".
  rule(
    String.raw`(?<pre>(?<![\p{L}\p{N}])(?:key ?pad|digicode|tastenfeld|codetastatur|tastierino|disarm(?:ed)?(?: it)? (?:with|using)|unscharf(?:schalten)? mit|desarmer avec|desactiver avec|desarmar con|desactivar con|disattivare con)${MARKS} ${MARKS}["']?\*?)(?!(?:19|20)\d\d(?![\d#]))(?<secret>[a-d]?\d{4,8}#?)${NOT_MORE_DATA}`,
    keepValue,
    /key ?pad|digicode|tastenfeld|codetastatur|tastierino|disarm|unscharf|desarm|desactiv|disattiv/i,
    false,
  ),
  // A chat where the password is named in one message and given in the next, as people hit enter
  // between the two: "and the password", a speaker's line, then the value alone; "[10:02] Ana: pw"
  // then "[10:02] Ana: x"; or "password in the next message" and the value on the line after.
  rule(
    String.raw`(?<pre>(?:(?<=(?:^|\n)(?:${CHAT_SPEAKER})?(?:(?:and|und|en|et|y|i|e|plus) )?(?:(?:the|das|het|de|le|la|el|my|new|ur|your|dein|je|ton|tu) )?)${START}(?:${WORDS})[ \t]{0,4}:?|${START}(?:${WORDS})[ \t][^\n]{0,24}?(?:next|following|separate|another|nachsten|separaten|prochain|suivant|siguiente|proximo|volgende|kolejnym) (?:message|msg|text|sms|mail|e-mail|email|nachricht|mensaje|mensagem|bericht|wiadomosci)[^\n]{0,12}?)[ \t]{0,4}\n(?:[^\n]{1,60}\n)?(?:\[[^\]\n]{1,40}\] ?[^\n:]{1,40}: ?)?${MARKS})(?<secret>${VALUE})(?=${MARKS}${ANSWER_END})`,
    keepUnlessSecretLooking,
    // Only texts with a line that is one word of six characters or more, a speaker before it or not.
    new RegExp(String.raw`\n(?:\[[^\]\n]{1,40}\] ?[^\n:]{1,40}: ?)?\S{6,200}${ANSWER_END}`),
  ),
  // A note copied from paper or a photo (a sticky note, a whiteboard, OCR): no labels, a user or a
  // network on one line and the password alone on the next ("  jdoe" then "  Wr7!Sparrow"). Only a
  // strong value.
  rule(
    String.raw`(?<pre>(?<=(?:^|\n)[^\n]{1,40})\n[ \t]{0,8}${MARKS})(?<secret>[^\s"'<>]{8,64})(?=${MARKS}[ \t]{0,4}(?:\n|$))`,
    keepUnlessStrong,
    /\bocr\b|sticky|post-it|whiteboard|transcri|handwritten|abgeschrieben|handschriftlich|notiz(?:zettel)?|klebezettel|tableau blanc|pizarra/i,
    false,
  ),
  // The same note with the user and the password on one line, apart by a slash, after a label or
  // none ("compta – jdupont / x", "Buchhaltung: mmeier / x"). The slash and the note name the pair,
  // so the value need only look like a secret; a phone number or a computer's name is what else a
  // note pairs with a name ("Julie / 06 12 34 56 78", "Lager / PC-LAGER-02").
  rule(
    String.raw`(?<pre>(?<=(?:^|\n)[^\n]{0,60}?)(?<![^\s:])${MARKS}[\p{L}\p{N}._\\@-]{2,64}${MARKS}[ \t]{1,4}\/[ \t]{1,4}${MARKS})(?<secret>[^\s"'<>/]{6,64})(?=${MARKS}${ANSWER_END})`,
    (secret, after) =>
      keepUnlessSecretLooking(secret, after) ||
      /^\+?\d[\d.-]{5,}$/.test(secret) ||
      /^[A-Z][A-Z0-9]{0,14}(?:-[A-Z0-9]{1,14}){1,4}$/.test(secret),
    NOTE_COPY_HINT,
    false,
  ),
  // A password with no word for it, after what says one was chosen or read out: "the new one for
  // the front desk PC: x", "she read it out: x", "I typed it back to confirm: x".
  rule(
    String.raw`(?<pre>(?<![\p{L}])(?:(?:new|old|current|temporary|temp) one (?:for|on) [^\n:]{1,40}?|read (?:it|them) (?:out|back)|typed it back(?: to (?:confirm|check))?|spelled it(?: out)?|dictated it|hat (?:es|ihn|sie) (?:mir )?(?:vorgelesen|diktiert|buchstabiert))(?: ?:| is| was) ${MARKS})(?<secret>${VALUE})`,
    keepUnlessStrong,
    /one (?:for|on) |read (?:it|them)|typed it back|spelled it|dictated it|vorgelesen|diktiert|buchstabiert/i,
    false,
  ),
  // A password told by the one it replaced, with no word for either: "The old one expired Friday,
  // the new one is x", "das alte ist abgelaufen, das neue lautet x". Only a strong value.
  rule(
    String.raw`(?<pre>(?<!\p{L})(?:(?:old|previous|last) one(?: has| had)? (?:expired|expires|ran out|stopped working|was locked|got locked|is locked|no longer works)|(?:alte|vorherige) (?:ist |war |hat )?(?:abgelaufen|gesperrt)|ancien (?:a |est )?(?:expire|bloque)|anterior (?:ha |ya )?(?:caducado|expirado|caduco|expiro))(?!\p{L})[^\n]{0,60}?(?<!\p{L})(?:(?:the|her|his|their|your|my|das|le|la|el) )?(?:new one|neue|nouveau|nueva|nuevo) (?:is now|is|was|will be|ist|lautet|est|es)(?: ?:)? ${MARKS})(?<secret>${VALUE})`,
    keepUnlessStrong,
    /(?:old|previous|last) one|alte|vorherige|ancien|anterior/i,
    false,
  ),
  // A password spelled out and then written joined, as a note sums it up: "… buchstabiert: großes F,
  // a, l, k, e, 7, 3, Ausrufezeichen -> also Falke73!". The spelling rule masks the characters; the
  // word after them is the same password. Not after a name spelled out (SPELLED_NAME): "Hostname
  // buchstabiert: p, c, … -> also PC-LAGER-07".
  rule(
    String.raw`(?<pre>(?<!${SPELLED_NAME}[^\n.]{0,60})(?<![\p{L}\p{N}])${SPOKEN_CHARACTER}(?:${SPOKEN_SEPARATOR}${SPOKEN_CHARACTER}(?![a-z0-9])){3,40}[ \t]{0,4}(?:(?:->|=>|=)[ \t]{0,4}(?:${SUMMED_UP}[ \t]{0,4}:?[ \t]{0,4})?|,?[ \t]{0,4}${SUMMED_UP}[ \t]{0,4}:?[ \t]{0,4})${MARKS})(?<secret>${VALUE})`,
    keepUnlessSecretLooking,
    new RegExp(
      withoutUnicodeClasses(
        String.raw`(?:->|=>|=)[ \t]{0,4}${SUMMED_UP}|(?:, | - )[^\s,]{1,20}(?:, | - )[^\s,]{1,20}[ \t]{0,4}(?:->|=>|=|,? ?${SUMMED_UP})`,
      ),
      'i',
    ),
    false,
  ),
  // A value first, then what it is: "`Kx7!mPq-Sail` is the new svc password for the scanner",
  // "Rk8!Dune ist das neue WLAN-Passwort". Only a strong value.
  rule(
    String.raw`(?<pre>(?<![^\s(])${MARKS})(?<secret>[^\s"'<>\`*]{6,64})(?=${MARKS} ${VALUE_FIRST})`,
    keepUnlessStrong,
    new RegExp(withoutUnicodeClasses(VALUE_FIRST), 'i'),
    false,
  ),
  // An account and its password after "with": "our account is svc-nas with Qw3!Harbor", "login
  // admin mit Tz7!Fähre".
  rule(
    String.raw`(?<pre>(?<![\p{L}])(?:${ACCOUNT})(?: is| =|:)? ${MARKS}[\w.\\@-]{2,64}${MARKS} (?:with|mit|avec|con|met|com) ${MARKS})(?<secret>${VALUE})`,
    keepUnlessStrong,
    new RegExp(String.raw`(?:${ACCOUNT})(?: is| =|:)? [\w.\\@-]{2,64} (?:with|mit|avec|con|met|com) `, 'i'),
    false,
  ),
  // A strong value tried on, or to be used for, an account or a computer, with no word for it: "try
  // Qx4!Maple on the admin account", "für den Rechner am Empfang nimm Tz7!Fähre", "do komputera w
  // biurze: Wr8!Lipa", "para la compu de la recepción usá Ks9-Mora-21".
  rule(
    String.raw`(?<pre>(?<![\p{L}])(?:try|tried|versuch|probier|essaie|prueba|proba|sprobuj)(?![\p{L}]) ${MARKS})(?<secret>[^\s,;"'<>\`]{1,200})(?=${MARKS} (?:on|for|with|as|bei|fur|mit|sur|pour|avec|en|para|con|na|dla) (?:the |its |an |a |das |den |dem |le |la |el |l')?(?:\S{1,20} ){0,2}?(?:account|login|user|admin|administrator|konto|compte|cuenta|box|pc|laptop|server|router|nas|firewall)(?![\p{L}]))`,
    keepUnlessStrong,
    /try|tried|versuch|probier|essaie|prueba|proba|sprobuj/i,
    false,
  ),
  rule(
    String.raw`(?<pre>(?<![\p{L}])(?:for|fur|pour|para|per|voor|do|dla) (?:the |den |das |le |la |el |il |de |het )?(?:[^\s:]{1,20} ){0,3}?(?:computer|komputera?|pc|laptop|notebook|rechner|ordinateur|ordenador|computadora|compu)(?![\p{L}])(?: [^\s:]{1,20}){0,4}?(?: ?:| (?:use|usa|nimm|nutze|utilise|gebruik|uzyj))(?:,)? ${MARKS})(?<secret>${VALUE})`,
    keepUnlessStrong,
    /computer|komputer|pc|laptop|notebook|rechner|ordinateur|ordenador|compu/i,
    false,
  ),
  // A device's default login printed on its tag or sticker, a user and a password with a slash:
  // "the pull tab says Administrator / 8XK2PQ4M", "Aufkleber: admin / 4TQ9ZR7W".
  rule(
    String.raw`(?<pre>(?<![\p{L}])(?:pull ?tab|pull ?tag|sticker|aufkleber|etikett|etiquette|etiqueta|label)(?![\p{L}])[^\n/]{0,30}? [A-Za-z][\w.\\@-]{0,63} ?/ ?${MARKS})(?<secret>${VALUE})`,
    keepUnlessSecretLooking,
    /(?:pull ?tab|pull ?tag|sticker|aufkleber|etikett|etiquette|etiqueta|label)[^\n/]{0,40}\//i,
    false,
  ),
  // A password manager's master password called "the master": "KeePass DB for the practice: the
  // master is x".
  rule(
    String.raw`(?<pre>(?<![\p{L}])(?:keepass|kdbx|bitwarden|1password|lastpass|dashlane|keeper|vault|tresor)(?![\p{L}])[^\n]{0,60}? (?:the|its|der|das|le|la|el|il) master(?: key)? (?:is|ist|est|es|e|:) ${MARKS})(?<secret>${VALUE})`,
    keepUnlessStrong,
    / master(?: key)? (?:is|ist|est|es|e|:) /i,
    false,
  ),
  // A password's hint that gives the password away: the value itself after the hint's label
  // ("パスワードのヒント：…（いつものやつ）", "Password hint: …"), or after the "=" of the rule it spells
  // out ("Passworthinweis …: „Katze + Geburtsjahr = …“"). A hint's label otherwise says what follows is
  // a pointer (redact.ts), so the rule stands alone; only a strong value after a password's word
  // counts: "Password hint: see Keeper" and "Hint: press F12!" stay.
  {
    ...rule(
      String.raw`(?<pre>${START}(?:${WORDS})(?:[^\n:=]{1,25}?(?<![A-Za-z0-9]))?(?:${HINT_WORDS})(?![A-Za-z])[^\n:=]{0,60}?[ \t]{0,2}(?::|=)[ \t]{0,4}["']?(?:[^\n"'=]{1,60}? = ?)?${MARKS})(?<secret>[^\s"'<>()]{4,64})(?=${MARKS}[.,;!?]?(?:["'()]|\s|$))`,
      keepUnlessStrong,
      new RegExp(HINT_WORDS, 'i'),
    ),
    standalone: true,
  },
  // A line about the password that ends in an arrow and the value: "la contraseña del router es la
  // misma que la del Wi-Fi pero con ! al final → …" (the normal form writes "→" as "->"). The words
  // between may hold what a sentence's end holds ("con ! al final"); only a strong value, the last
  // thing on its line.
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})(?![\p{L}])[^\n]{0,160}? (?:->|=>) ${MARKS})(?<secret>${VALUE})(?=${MARKS}[.!]?[ \t]*(?:\n|$))`,
    keepUnlessStrong,
    / (?:->|=>) \S{4,200}[ \t]*(?:\n|$)/,
  ),
  // A password told after the word, or after its hint, by "it's": "I think it's the password, it's
  // Hollis2020scan", "her hint says 'dog's name + year we moved' — it's Biscuit2017!". Only a strong
  // value; the full stop that ends the sentence is not part of it.
  rule(
    String.raw`(?<pre>(?:${START}(?:${WORDS})|(?<![\p{L}])(?:hint|hinweis|merkhilfe|indice|pista|dica))(?![\p{L}])[^\n]{0,100}?(?:,|-|:) (?:it.s|it is|that.s|that is|so it.s) ${MARKS})(?<secret>[^\s,;"'<>]{6,64}?)(?=${MARKS}[.,;!?]?(?:\s|$))`,
    keepUnlessStrong,
    /(?:,|-|:) (?:it.s|it is|that.s|that is|so it.s) /i,
    false,
  ),
  // A sentence that opens with the word and closes with the value after a colon, however long the
  // words between: "Mot de passe administrateur du serveur web intégré (EWS) de l'imprimante HP du
  // 2e étage modifié : x". The value must end the line and be strong; the colon is followed by a
  // space, so a host's port ("vpn.example.com:10443") is not taken for one.
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})(?: ${NOT_SENTENCE_END}[^\s:=|]{1,40}){1,24}? ?:[ \t]{1,4}${MARKS})(?<secret>${VALUE})(?=${MARKS}[.!]?[ \t]*(?:\n|$))`,
    keepUnlessStrong,
  ),
  // A password of digits that closes its line after the word, a context and a colon, as a device's
  // admin password often is: "Poly VVX admin password (Settings > Advanced) for all desk phones:
  // 458120". Not when the context counts or numbers something ("password reset ticket for …: 4512").
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})(?: (?!(?:${NUMBER_OF})(?![\p{L}]))(?:\([^)\n]{1,60}\)|[^\s:=|()]{1,40})){1,16}? ?:[ \t]{1,4}${MARKS})(?!(?:19|20)\d\d(?:\d{4})?(?!\d))(?<secret>\d{4,12})(?=${MARKS}[ \t]*(?:\n|$))`,
    keepValue,
  ),
  // Nothing between: "hasło Zielony_Las!42", "пароль Qwerty!23".
  rule(
    String.raw`(?<pre>${START}(?:${WORDS})${MARKS} ${MARKS})(?<secret>${LOOSE_VALUE})`,
    keepUnlessSecretLooking,
  ),
];
