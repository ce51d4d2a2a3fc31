import { normalizeText } from '../text/normalize.js';
import { wordAlternation } from './languages.js';
import { literalHint } from './literal-hints.js';

// The words that announce a credential, in the languages of MSP markets (English, French, German,
// Spanish, Dutch, Portuguese, Italian). Written as they are after normalisation: no accents, one
// space between words, any letter case.

/**
 * Where a key may start: at the start of a word, or inside one when "password", "passwd",
 * "passphrase" or "pwd" ends a compound (`SmtpPassword`, `PGPASSWORD`, `vncpasswd`, `MYSQLPWD`).
 * Short keys never start inside a word, so `bypass=0` or `spin: 3` are not keys. A lookahead,
 * not a run of letters in front, keeps the rules from trying every letter of a text.
 */
export const KEY_START = String.raw`(?:(?<![A-Za-z0-9\u00DF\u00E6\u00F8\u0153])|(?=pass(?:word|wd|phrase)|pwd))`;

/** Keys of config files, connection strings and .env lines (`DB_PASSWORD` starts at a word). */
export const CONFIG_KEYS = [
  '(?:password|passwd|passphrase|secret|token|api[_-]?key|apikey|pwd)',
  'passcode',
  'pass',
  'pw',
  'pin',
  'psk',
  'pre[_-]?shared[_-]?key',
  'wpa[_-]?(?:passphrase|psk|key)',
  String.raw`(?:network|security|wifi|wi-fi|wlan)[_ -]?key`,
  String.raw`key ?content`,
  // netsh's "Key Content" in the languages Windows is installed in: "Schlüsselinhalt : x".
  'schlusselinhalt|contenu de la cle|contenido de la clave|contenuto (?:della )?chiave|sleutelinhoud|conteudo da chave|zawartosc klucza|obsah klice',
  'x-api-key',
  'access[_-]?key(?:[_-]?id)?',
  'private[_-]?key',
  'account[_-]?key',
  'shared[_-]?access[_-]?key',
  'subscription[_-]?key',
  'community(?:[_ ]string)?',
  '(?:ms-mcs-)?admpwd',
  'laps',
  // A PSA's integration code, which Autotask's API takes beside the user and secret of an API user,
  // as a key in one word: "ApiIntegrationCode: …" (the header of its REST API), "integration_code=".
  // The words of prose are the languages' (languages.ts).
  '(?:api[_-]?)?integration[_-]?code',
].join('|');

/** Words for "password" (and PIN, passphrase, Wi-Fi key) in prose, per language. */
export const PASSWORD_WORDS = [
  // English
  'pass(?:word|wd|code|phrase)s?',
  'pwd',
  'pw',
  'pin(?: code)?',
  String.raw`(?:wi-?fi|wlan|wpa2?|network|wireless)(?: network)? (?:key|password|passphrase)`,
  'psk',
  'pre-?shared key',
  '(?:totp|otp|mfa|2fa|authenticator) (?:seed|secret|key)',
  // French
  'mot de passe',
  'mots de passe',
  'mdp',
  'code (?:secret|pin|d.acces)',
  'cle (?:wi-?fi|wpa|de securite|reseau|d.acces|secrete)',
  'phrase secrete',
  // German
  'passwort',
  'passworter',
  'kennwort',
  'kennworter',
  'zugangscode',
  '(?:wlan|netzwerk)-?schlussel',
  'pin-?code',
  // Spanish
  'contrasena',
  'contrasenas',
  'clave(?: de acceso| wifi| wi-fi| de red)?',
  'codigo (?:pin|de acceso)',
  // Dutch
  'wachtwoord',
  'wachtwoorden',
  'toegangscode',
  '(?:wifi|netwerk)-?sleutel',
  'pincode',
  // Portuguese
  'senha',
  'senhas',
  'palavra-?passe',
  'palavra passe',
  'chave (?:de acesso|wi-?fi|de seguranca|de rede)',
  'codigo de acesso',
  // Italian
  'parola (?:d.ordine|chiave)',
  'chiave (?:wi-?fi|di rete|di accesso)',
  'codice (?:pin|di accesso)',
].join('|');

/**
 * What stands between "password" and the value in a sentence: "is", "was set to", "lautet",
 * "est", "es", "is gewijzigd in", "e", "e stata cambiata in" (accents dropped), per language.
 */
export const PASSWORD_VERBS = [
  String.raw`(?:is|was)(?: now| simply| just| still)?(?: (?:set|changed|reset|updated) to)?`,
  '(?:set|changed|reset|updated) to',
  '(?:typed|entered|used|given|chosen|supplied)(?: (?:was|is))?',
  // The future: "sera", "será", "sarà", "wird sein", "zal zijn", "will be".
  'sera|seran|sara|saranno|will be|wird|zal zijn|zal',
  // French
  String.raw`(?:est|etait)(?: maintenant)?(?: (?:change|definie?|reinitialisee?) (?:en|a|sur))?`,
  '(?:changee?|definie?|reinitialisee?) (?:en|a|sur)',
  // German
  String.raw`(?:ist|lautet|war|lautete)(?: jetzt| nun)?`,
  '(?:geandert|gesetzt|zuruckgesetzt) auf',
  // Spanish
  String.raw`(?:es|era)(?: ahora)?`,
  '(?:cambiada|cambiado|restablecida|establecida|puesta) (?:a|en|como)',
  // Dutch
  String.raw`(?:is|was|luidt)(?: nu)?(?: (?:gewijzigd|veranderd) in| ingesteld op)?`,
  '(?:gewijzigd|veranderd) in',
  'ingesteld op',
  // Portuguese
  String.raw`era|e agora`,
  '(?:alterada|redefinida|definida) (?:para|como)',
  // Italian
  String.raw`e (?:ora|adesso)|e stata (?:cambiata|impostata|reimpostata) (?:in|a)`,
  '(?:cambiata|impostata|reimpostata) (?:in|a)',
].join('|');

/** "for jdoe", "pour jdoe", "fur jdoe", "para jdoe", "voor jdoe", "per jdoe", "de jdoe". */
export const FOR_WHOM = String.raw`(?:for|of|on|pour|de|du|fur|von|vom|zum|para|del|voor|van|do|da|per|di|tou|pentru|akun|של)(?: [^\s:]{1,64}){1,3}?`;

/** Words for a set of credentials: a user name and a password follow. */
export const CREDENTIALS_WORDS = [
  'credentials?',
  'creds',
  'login(?: details| info)?',
  'logon',
  'sign-?in(?: details)?',
  String.raw`user(?:name)? ?(?:/|and|&) ?(?:password|pass|pwd|pw)`,
  String.raw`u ?/ ?p`,
  'identifiants?',
  '(?:zugangs|anmelde|login)daten',
  'credenciales',
  'inloggegevens',
  'credenciais',
  'credenziali',
].join('|');

/**
 * One-time backup codes as the languages name them where an account's security page prints them
 * ("Резервные коды", "kody zapasowe", "バックアップコード"): the names of the other scripts and of
 * inflected languages, written as people write them and matched on the normal form (languages.ts).
 */
const BACKUP_CODE_NAMES = [
  'codes de sauvegarde',
  'back-up-codes',
  'sicherungscodes',
  'codici di riserva',
  'резервные коды',
  'резервный код',
  'коды восстановления',
  'запасные коды',
  'резервні коди',
  'коди відновлення',
  'kody zapasowe',
  'kody odzyskiwania',
  'kody awaryjne',
  'záložní kódy',
  'kódy pro obnovení',
  'yedek kodlar',
  'yedek kodları',
  'kurtarma kodları',
  'reservkoder',
  'återställningskoder',
  'backupkoder',
  'reservekoder',
  'gjenopprettingskoder',
  'gendannelseskoder',
  'varakoodit',
  'palautuskoodit',
  'tartalék kódok',
  'helyreállítási kódok',
  'coduri de rezervă',
  'coduri de recuperare',
  'εφεδρικοί κωδικοί',
  'κωδικοί ανάκτησης',
  'バックアップコード',
  'バックアップ コード',
  'リカバリーコード',
  '復旧コード',
  '备用码',
  '备用代码',
  '恢复码',
  '恢复代码',
  '備用碼',
  '復原碼',
  '백업 코드',
  '복구 코드',
  'رموز احتياطية',
  'رموز الاسترداد',
  'קודי גיבוי',
  'mã dự phòng',
  'kode cadangan',
];

/** Words before a list of one-time backup codes. */
export const BACKUP_CODE_WORDS = [
  // Duo's and Okta's bypass codes let a user in without the phone, one each, like backup codes.
  String.raw`(?:backup|recovery|scratch|emergency|mfa|2fa|bypass) (?:codes?|keys?)`,
  'codes? de (?:secours|recuperation|respaldo|backup|recuperacao|backup|contournement)',
  'codigos? de (?:recuperacion|respaldo|backup|recuperacao|seguranca)',
  '(?:backup|wiederherstellungs|notfall|umgehungs)-?codes?',
  '(?:back-?up|herstel)codes?',
  'codici di (?:backup|recupero)',
  wordAlternation(BACKUP_CODE_NAMES),
].join('|');

/**
 * The test a text must pass for the backup-code rules: a word for a code or a key, in the normal
 * form ("код" is "koд" there, look-alike letters folded; "kódy" is "kody"). Vietnamese by its whole
 * name: "mã" alone is "ma" there, in every other text.
 */
export const BACKUP_CODE_HINT = literalHint(
  [
    'cod',
    'key',
    'код',
    'kod',
    'koodi',
    'κωδικ',
    'コード',
    '码',
    '碼',
    '코드',
    'رموز',
    'קודי',
    'mã dự phòng',
  ].map((word) => normalizeText(word).text.toLowerCase()),
  'i',
);

/**
 * Words for a password manager's master password, which its owner is told to make a passphrase of
 * words: "the Bitwarden master password … is <words>".
 */
export const MASTER_PASSWORD_WORDS = [
  'master ?password',
  'master-?(?:passwort|kennwort)',
  'haupt(?:passwort|kennwort)',
  'mot de passe (?:maitre|principal)',
  'contrasena maestra',
  'hoofdwachtwoord',
  'senha mestra',
  'password principale',
].join('|');
