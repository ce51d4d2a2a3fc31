import { normalizeText } from '../text/normalize.js';

// Credential words and the copulas that join them to a value, per language. Written as people
// write them; `words` and `verbs` below pass them through the same normal form the rules match
// against (accents and marks dropped, Cyrillic look-alikes folded, Hangul decomposed), so a table
// entry never has to guess what normalisation makes of it. The guard speaks the same languages.

/** One language's credential vocabulary. */
export interface CredentialLanguage {
  /** BCP 47 code. */
  readonly code: string;
  /** Nouns for a password, PIN, passphrase, Wi-Fi key or shared secret, in their common forms. */
  readonly words: readonly string[];
  /** What stands between the noun and the value in a sentence ("is", "to", "är", "是"). */
  readonly verbs: readonly string[];
  /** Written without spaces between words: the value may follow the word or the verb directly. */
  readonly unspaced?: boolean;
}

/** The languages of closeout's markets. */
export const CREDENTIAL_LANGUAGES: readonly CredentialLanguage[] = [
  {
    code: 'en',
    words: [
      'password', 'passwords', 'passwd', 'passphrase', 'passcode', 'pwd', 'pw', 'pin', 'pin code',
      'wifi password', 'wi-fi password', 'wifi key', 'wi-fi key', 'wireless key', 'network key',
      'wpa key', 'wpa2 key', 'psk', 'pre-shared key', 'preshared key', 'shared secret',
      'community string', 'snmp community', 'secret', 'secret key', 'client secret', 'api key',
      'api token', 'access token', 'auth token', 'token', 'access key', 'account key',
      'storage key', 'master key', 'encryption key',
      'totp seed', 'totp secret', 'otp secret', 'mfa secret', '2fa secret', '2fa seed',
      'authenticator secret', 'seed', 'door code', 'alarm code', 'safe code', 'vault password',
    ],
    verbs: [
      'is', 'was', 'is now', 'was set to', 'is set to', 'set to', 'changed to', 'reset to',
      'updated to', 'will be', 'became', 'remains', 'stays', 'reads', 'equals',
    ],
  },
  {
    code: 'de',
    words: [
      'passwort', 'passwörter', 'kennwort', 'kennwörter', 'wlan-passwort', 'wlan passwort',
      'wlan-schlüssel', 'wlan schlüssel', 'netzwerkschlüssel', 'pin', 'pin-code', 'zugangscode',
      'geheimnis', 'schlüssel', 'api-schlüssel', 'lizenzschlüssel', 'wiederherstellungsschlüssel',
    ],
    verbs: ['ist', 'lautet', 'war', 'lautete', 'ist jetzt', 'lautet jetzt', 'geändert auf', 'gesetzt auf', 'neu'],
  },
  {
    code: 'fr',
    words: [
      'mot de passe', 'mots de passe', 'mdp', 'code secret', 'code pin', "code d'accès",
      'clé wifi', 'clé wi-fi', 'clé wpa', 'clé de sécurité', 'clé réseau', 'clé secrète', 'clé api',
      'phrase secrète', 'secret',
    ],
    verbs: ['est', 'était', 'est maintenant', 'changé en', 'changé à', 'défini à', 'défini sur', 'réinitialisé à', 'devient'],
  },
  {
    code: 'es',
    words: [
      'contraseña', 'contraseñas', 'clave', 'clave de acceso', 'clave wifi', 'clave de red',
      'código pin', 'código de acceso', 'secreto', 'clave api', 'clave secreta',
    ],
    verbs: ['es', 'era', 'es ahora', 'ahora es', 'cambiada a', 'cambiado a', 'establecida en', 'puesta en', 'será'],
  },
  {
    code: 'it',
    words: [
      'password', "parola d'ordine", 'parola chiave', 'chiave wifi', 'chiave di rete', 'chiave di accesso',
      'codice pin', 'codice di accesso', 'segreto', 'chiave segreta', 'chiave api',
    ],
    verbs: ['è', 'era', 'è ora', 'è stata cambiata in', 'è stata impostata a', 'cambiata in', 'impostata a', 'sarà'],
  },
  {
    code: 'nl',
    words: [
      'wachtwoord', 'wachtwoorden', 'toegangscode', 'wifi-sleutel', 'wifi sleutel', 'netwerksleutel',
      'pincode', 'geheim', 'geheime sleutel', 'api-sleutel',
    ],
    verbs: ['is', 'was', 'luidt', 'is nu', 'gewijzigd in', 'veranderd in', 'ingesteld op', 'wordt'],
  },
  {
    code: 'pt',
    words: [
      'senha', 'senhas', 'palavra-passe', 'palavra passe', 'chave de acesso', 'chave wifi',
      'chave wi-fi', 'chave de segurança', 'chave de rede', 'código de acesso', 'segredo', 'chave secreta',
    ],
    verbs: ['é', 'era', 'é agora', 'agora é', 'alterada para', 'definida como', 'redefinida para', 'será'],
  },
  {
    code: 'pl',
    words: [
      'hasło', 'hasła', 'haśle', 'hasłem', 'hasło do wifi', 'klucz wifi', 'klucz sieci',
      'klucz sieciowy', 'kod pin', 'pin', 'kod dostępu', 'sekret', 'klucz api', 'klucz tajny',
    ],
    verbs: ['to', 'jest', 'brzmi', 'było', 'zmienione na', 'ustawione na', 'zmieniłem na', 'nowe'],
  },
  {
    code: 'sv',
    words: [
      'lösenord', 'lösenordet', 'lösen', 'wifi-lösenord', 'wifi-lösenordet', 'nätverksnyckel',
      'nätverksnyckeln', 'pinkod', 'pinkoden', 'hemlighet', 'api-nyckel', 'nyckel',
    ],
    verbs: ['är', 'var', 'är nu', 'blev', 'ändrat till', 'satt till', 'bytt till'],
  },
  {
    code: 'da',
    words: ['adgangskode', 'adgangskoden', 'kodeord', 'kodeordet', 'wifi-kode', 'wifi-koden', 'pinkode', 'netværksnøgle'],
    verbs: ['er', 'var', 'er nu', 'blev', 'ændret til', 'sat til'],
  },
  {
    code: 'no',
    words: ['passord', 'passordet', 'wifi-passord', 'nettverksnøkkel', 'pinkode', 'kode'],
    verbs: ['er', 'var', 'er nå', 'ble', 'endret til', 'satt til'],
  },
  {
    code: 'fi',
    words: ['salasana', 'salasanan', 'salasanaksi', 'wifi-salasana', 'verkkoavain', 'pin-koodi', 'tunnuskoodi'],
    verbs: ['on', 'oli', 'on nyt', 'vaihdettu', 'asetettu', 'muutettu'],
  },
  {
    code: 'tr',
    words: ['şifre', 'şifresi', 'şifremiz', 'parola', 'parolası', 'wifi şifresi', 'ağ anahtarı', 'pin kodu', 'gizli anahtar'],
    verbs: ['şu', 'şudur', 'olarak', 'de', 'da', 'yeni', 'artık'],
  },
  {
    code: 'ru',
    words: [
      'пароль', 'пароля', 'паролем', 'пароль от wifi', 'пароль от вайфай', 'ключ', 'ключ сети',
      'пин-код', 'пин код', 'секрет', 'секретный ключ', 'токен',
    ],
    verbs: ['это', 'будет', 'был', 'теперь', 'изменен на', 'сменил на', 'поменяли на', 'такой'],
  },
  {
    code: 'cs',
    words: ['heslo', 'hesla', 'heslem', 'klíč k wifi', 'síťový klíč', 'pin kód'],
    verbs: ['je', 'bylo', 'je nyní', 'změněno na', 'nastaveno na'],
  },
  {
    code: 'ar',
    words: ['كلمة المرور', 'كلمة مرور', 'كلمة السر', 'كلمة سر', 'الرقم السري', 'رمز المرور', 'مفتاح الشبكة', 'الرمز السري'],
    verbs: ['هي', 'هو', 'كانت', 'الجديدة', 'أصبحت'],
  },
  {
    code: 'ja',
    words: ['パスワード', 'パスコード', '暗証番号', '合言葉', 'ネットワークキー', '秘密鍵', 'シークレット', 'トークン', 'APIキー', 'PINコード'],
    verbs: ['は', 'が', 'を', 'の', 'です', 'は次の通り'],
    unspaced: true,
  },
  {
    code: 'zh',
    words: ['密码', '密碼', '口令', '无线密码', '無線密碼', 'wifi密码', '密钥', '密鑰', '秘钥', '令牌', 'PIN码', '登录密码', '管理员密码'],
    verbs: ['是', '为', '為', '改为', '改成', '设为', '设置为', '設為', '都是'],
    unspaced: true,
  },
  {
    code: 'ko',
    words: ['비밀번호', '비번', '패스워드', '암호', '와이파이 비밀번호', '네트워크 키', 'PIN 번호', '보안 키'],
    verbs: ['는', '은', '가', '이', '를', '을', '는 다음과 같습니다'],
    unspaced: true,
  },
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as the rules see it: normalised, escaped, any run of spaces or hyphens matching either. */
const phrase = (text: string) =>
  escape(normalizeText(text).text.toLowerCase())
    .replace(/\\-|-| /g, '[- ]?')
    .replace(/'/g, ".?");

/** A regex alternation of `items`, longest first so that "wifi password" wins over "wifi". */
const alternation = (items: readonly string[]) =>
  [...new Set(items.map(phrase))].sort((a, b) => b.length - a.length).join('|');

/** Every credential word of `languages` as one alternation. */
export const credentialWords = (languages: readonly CredentialLanguage[] = CREDENTIAL_LANGUAGES) =>
  alternation(languages.flatMap((l) => l.words));

/** Every copula of `languages` as one alternation. */
export const credentialVerbs = (languages: readonly CredentialLanguage[] = CREDENTIAL_LANGUAGES) =>
  alternation(languages.flatMap((l) => l.verbs));
