import {
  BACKUP_CODE_HINT,
  BACKUP_CODE_WORDS,
  CONFIG_KEYS,
  CREDENTIALS_WORDS,
  FOR_WHOM,
  KEY_START,
  MASTER_PASSWORD_WORDS,
  PASSWORD_VERBS,
  PASSWORD_WORDS,
} from './keywords.js';
import type { RedactionRule } from './rule.js';
import {
  isWithheld,
  keepUnlessSecretLooking,
  keepUnlessStrong,
  keepValue,
  LOOSE_VALUE,
  SEPARATOR,
  VALUE,
} from './values.js';

// Secrets recognised by what stands in front of them: a URL's user-info, an Authorization header,
// a config key, or a credential word in one of the supported languages followed by a value. The
// texts are notes written by people, so the key may be followed by a colon, an equals sign, an
// arrow, a dash, a verb ("is", "lautet", "est") or nothing at all.

/** Words for a secret in a file's name: ".vault_pass", "master.key", "client_secret.json". */
const FILE_STEM = '(?:pass|pwd|psk|secret|token|key|cred)';

const rule = (
  kind: string,
  pattern: string,
  hint: RegExp,
  keep: (secret: string) => boolean = keepValue,
  anchor?: RegExp,
): RedactionRule => ({
  kind,
  pattern: new RegExp(pattern, 'gi'),
  hint,
  keep,
  ...(anchor ? { anchor } : {}),
});

/**
 * A length in words or characters: what a passphrase policy states ("Passwortsätze mit mindestens 4
 * Wörtern", "at least 5 words"), not a passphrase.
 */
const LENGTH_POLICY =
  /\b\d{1,3} (?:words?|wortern|worter|mots|palabras|parole|woorden|palavras|ord|kelime|слов\p{L}*|characters?|chars?|zeichen|caracteres|caratteri|tekens)\b/iu;

/** Words a sentence is made of and a passphrase generator never picks. */
const SENTENCE_WORDS =
  /^(?:the|a|an|in|on|at|by|to|of|for|from|with|and|or|is|are|see|ask|not|no|im|der|die|das|und|oder|le|la|les|de|du|des|et|el|los|las|y|en|il|di|e|het|een|op|o|os|do|da|em)$/i;

/**
 * Words that make a run of words a sentence as surely as an article does: adverbs of time and
 * manner ("is expired since Monday", "is never written down anywhere").
 */
const SENTENCE_ADVERBS =
  /^(?:since|until|again|now|never|always|only|down|anywhere|yet|already|still|every|each|after|before|when|because|but|so|then|today|yesterday|tomorrow|too|also|soon|later|ago|last|next|seit|bis|wieder|jetzt|nie|noch|schon|depuis|encore|jamais|deja|desde|nunca|ya|sinds|weer|nooit|nog|al|ainda|ja|mai|ancora|gia)$/i;

/**
 * What a sentence says of a password rather than giving it: its policy, length, history, a count
 * of its characters ("master password policy is twelve characters minimum").
 */
const PASSWORD_PROPERTY =
  'policy|policies|length|history|complexity|requirements?|rules?|expiry|expiration|age|hint|prompt|reset|change|characters?|chars?|words?|minimum|maximum|richtlinie|lange|zeichen|politique|longueur|caracteres|mots|politica|longitud|palabras|beleid|lengte|tekens|woorden';

/** {@link PASSWORD_PROPERTY} as the test of one word. */
const PROPERTY = new RegExp(`^(?:${PASSWORD_PROPERTY})$`, 'i');

/** Stems of every credential word the key and prose rules know; a text without one skips them. */
const CREDENTIAL_HINT =
  /pass|pwd|pw|pin|psk|secret|token|key|communit|admpwd|laps|mdp|mot de|kennw|wort|contras|clave|wacht|senha|palavra|parola|chiave|codi|code|toegang|zugang|sleutel|schluss|seed|otp|mfa|2fa|cle |klucz|klic/i;

/** A quote that opens a value of one word: quotes around words are part of the value (VALUE). */
const OPENING_QUOTE = String.raw`(?:"(?![^"\n]{0,200} [^"\n]{0,200}")|'(?![^'\n]{0,200} [^'\n]{0,200}'))?`;

/** Start of a word: not after a letter or a digit (the text is normalised, so letters are mostly ASCII). */
const WORD_START = String.raw`(?<![A-Za-z0-9\u00DF\u00E6\u00F8\u0153])`;

/**
 * Where the rules that begin with a password word or a config key may start: at a word that opens
 * one (or at "password" inside a compound, as `KEY_START` allows). One pass over the text, shared by
 * those rules, instead of each trying its word lists at every character.
 */
const KEYWORD_ANCHOR = new RegExp(
  String.raw`${WORD_START}(?:${PASSWORD_WORDS}|${CONFIG_KEYS}|with|using|avec|mit|con|met|com|auth token|api|x-api|secret|token|key|access |auth |bearer |storage |account |client )|(?=pass(?:word|wd|phrase)|pwd)`,
  'gi',
);

/** The contextual rules, the most constrained first. */
export const CONTEXTUAL_RULES: readonly RedactionRule[] = [
  {
    // secretlint-rule-basicauth and -database-connection-string, for any scheme, any password and
    // any user, an empty one included (`redis://:pw@host`). A scheme holds what RFC 3986 allows
    // ("+", ".", "-": `mongodb+srv`, `svn+ssh`) and the underscore SQLAlchemy's dialect and driver
    // names bring ("oracle+cx_oracle://", "db2+ibm_db://", "mysql+mysql_connector://").
    kind: 'url-password',
    hint: /:\/\//,
    // A variable the shell or a template fills in (`postgres://app:${DB_PASS}@db`) is not one, nor
    // is what documentation writes in its place: "mongodb+srv://<username>:<password>@cluster0…",
    // "redis://:****@cache", "https://user:xxxxxxxx@host", and the same brackets URL-encoded.
    keep: (secret) =>
      /^(?:\$\{[^}]*\}|\$[A-Za-z_]\w*|%[A-Za-z_]\w*%|\{\{[^}]*\}\}|__[A-Za-z]\w*__|%3C[^%\s]{1,60}%3E)$/i.test(
        secret,
      ) || isWithheld(secret),
    pattern:
      /(?<pre>(?<![\w+.-])[a-zA-Z][\w+.-]{1,40}:\/\/[^\s:/?#@[\]]{0,256}:)(?<secret>[^\s@/]{1,256})(?=@)/g,
  },
  {
    // Go's MySQL driver writes its data source without a scheme: "user:password@tcp(host:3306)/db",
    // the protocol ("tcp", "unix") and the address in brackets after the "@". A format verb there
    // ("%s:%s@tcp(%s)/%s") is filled in at run time, as is a variable.
    kind: 'url-password',
    hint: /@(?:tcp|tcp6|udp|unix)\(/,
    keep: (secret) => /^(?:%[-+ #0]?\d{0,3}[svq]|\$\{[^}]*\}|\$[A-Za-z_]\w*|\{\{[^}]*\}\})$/.test(secret),
    pattern: /(?<pre>(?<![\w.-])[\w.-]{1,64}:)(?<secret>[^\s@/:"'`]{1,200})(?=@(?:tcp|tcp6|udp|unix)\()/g,
  },
  {
    // Credentials in a query string: Azure SAS signatures, S3 and GCS presigned-URL signatures,
    // OAuth tokens, API keys under the names APIs give them (`api-key`, `app_key`, `access_key`,
    // GitLab's `private_token`, Azure API Management's `subscription-key`). A value a person or a
    // tool withheld ("sig=REDACTED", "key=<your key>") is none.
    kind: 'url-secret',
    hint: /[?&]/,
    pattern:
      /(?<pre>[?&](?:sig|signature|x-amz-signature|x-amz-security-token|x-goog-signature|access_token|id_token|refresh_token|token|api[_-]?key|x-api-key|(?:app|access|auth|secret|subscription)[_-]?key|(?:api|auth|private)[_-]?token|authtoken|(?:api|app|consumer)[_-]?secret|key|password|pwd|client_secret|secret|code)=)(?<secret>[^&\s#"'<>]{6,2000})/gi,
    keep: isWithheld,
  },
  {
    // The API key some services call the application's id: OpenWeatherMap's and Wolfram|Alpha's
    // `appid=`. Elsewhere an `appid` is an identifier, a GUID (Microsoft's sign-in URLs) or a
    // number (Steam's store): those stay.
    kind: 'url-secret',
    hint: /[?&]appid=/i,
    pattern: /(?<pre>[?&]appid=)(?<secret>[^&\s#"'<>]{16,2000})/gi,
    keep: (secret) =>
      isWithheld(secret) ||
      /^\d+$/.test(secret) ||
      /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i.test(secret),
  },
  {
    // A Vault AppRole secret_id: a UUID, but the credential half of the pair (role_id is not).
    kind: 'credential',
    standalone: true,
    hint: /secret_id/i,
    pattern:
      /(?<pre>\bsecret_id["']?\s?[:=]?\s?["']?)(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/gi,
  },
  {
    kind: 'authorization',
    hint: /authorization/i,
    // A word after "Authorization:" ("approved", "pending manager sign-off") is not a credential.
    keep: (secret) => /^[A-Za-z]{1,19}$/.test(secret) || keepValue(secret),
    pattern:
      /(?<pre>(?<![A-Za-z-])(?:proxy-)?authorization["')]?\s?[:=]\s?["']?(?:(?:bearer|basic|digest|token|ntlm|negotiate|apikey|ssws|splunk|geniekey)\s)?)(?<secret>[^\s"',;]{8,4000})/gi,
  },
  {
    // "Bearer <token>" outside a header line. Needs a digit, so "bearer authentication" survives.
    kind: 'bearer-token',
    hint: /bearer/i,
    pattern: /(?<pre>\bbearer\s)(?<secret>[A-Za-z0-9._~+/-]{16,4000}=*)/gi,
    keep: (secret) => !/\d/.test(secret),
  },
  // <add key="SmtpPassword" value="…"/> (web.config, app.config).
  rule(
    'credential',
    String.raw`(?<pre>\bkey ?= ?"[^"\n]{0,40}(?:password|pwd|secret|token|apikey|api_key|connectionkey)[^"\n]{0,20}" (?:[a-z]{1,20}="[^"\n]{0,80}" )?value ?= ?")(?<secret>[^"\n]{1,400})(?=")`,
    /value/i,
  ),
  // <password>…</password>, <DbPassword>…</DbPassword>, <psk>…</psk>, OPNsense's and pfSense's
  // LDAP bind password <ldap_bindpw>, a key with how it is kept after it (<PasswordEnc>,
  // <smtp_password_b64>, <password2>), FileZilla's
  // <Pass encoding="base64">…</Pass>, a value in CDATA; a key named for what it shares or guards,
  // with its words joined by hyphens or underscores: pfSense's IPsec <pre-shared-key>, <shared_key>,
  // <secret-key>, <wpa-key>, <network_key>, <encryption-key>.
  // A numbered line's or account's key, as a phone's provisioning file writes it: Cisco SPA and
  // Linksys <Password_1_ ua="na">, <Admin_Passwd ua="na">, <SIP_Password-2>.
  rule(
    'credential',
    String.raw`(?<pre><(?<tag>[A-Za-z_:-]{0,24}(?:password|passwd|pass|pwd|(?<=[<_:-]|bind|admin|root|user|ldap|smtp|db)pw|secret|token|apikey|api_key|psk|passphrase|(?:pre[_-]?)?shared[_-]?(?:key|secret)|(?:secret|access|wpa2?|wep|wlan|wifi|network|encryption|auth)[_-]?key)(?:[_-]?(?:value|enc|encrypted|crypt|hash|plain|clear|text|b64|base64))?(?:_?\d{1,2}_?|-\d{1,2})?)(?: [^>\n]{1,80})?> ?(?:<!\[CDATA\[)?)(?<secret>(?<=CDATA\[)[^\n]{1,400}?(?=\]\]>)|[^<\n]{1,400}?)(?=(?:\]\]>)? ?</\k<tag>>)`,
    /</,
  ),
  // An element named by its attribute, its text the value: FileZilla Server's <Option
  // Name="Pass">…</Option> (a password's MD5 in 0.9), a .NET settings file's <setting
  // name="SmtpPassword" serializeAs="String"><value>…</value></setting>, a Java properties file in
  // XML, <entry key="db.password">…</entry>. The name ends in a word for a secret, so
  // <Option Name="PassCount"> or <setting name="PasswordExpiryDays"> name no secret.
  rule(
    'credential',
    String.raw`(?<pre><(?<tag>[A-Za-z][\w:.-]{0,30})\s(?:[^>\n]{0,120}?\s)?(?:name|key)\s?=\s?["'][\w.:-]{0,40}?(?:password|passwd|pass|pwd|secret|token|api[_-]?key|passphrase|psk)(?:[_-]?\d{1,2})?["'](?:\s[^>\n]{0,120})?>\s{0,40}(?:<value>\s{0,8})?)(?<secret>[^<\s][^<\n]{0,400}?)(?=\s{0,8}</(?:value|\k<tag>)>)`,
    /(?:name|key)\s?=\s?["'][^"'\n]{0,40}(?:pass|pwd|secret|token|key|psk)/i,
  ),
  // Backup/recovery codes after their keyword: "backup codes: 1234-5678 2345-6789 …", apart by
  // commas, spaces, slashes or bars.
  rule(
    'backup-codes',
    String.raw`(?<pre>${WORD_START}(?:${BACKUP_CODE_WORDS})(?: (?:are|sind|sont|son|zijn|sao|sono))?${SEPARATOR}? ?)(?<secret>[A-Za-z0-9]{4,10}(?:-[A-Za-z0-9]{4,10})?(?:(?:, ?| | ?[/|] ?)[A-Za-z0-9]{4,10}(?:-[A-Za-z0-9]{4,10})?){0,19})(?=[\s.;)]|$)`,
    BACKUP_CODE_HINT,
    (secret) => !/\d/.test(secret),
  ),
  // Codes on the lines after their keyword and a few words: "GitHub recovery codes for it-admin:\n
  // 69815 82564\n33819 05477", "Backup-Code für den Google-Admin, falls das Handy weg ist: 0047 3421",
  // in a row apart by slashes or bars too ("バックアップコード：7731 2290 / 5518 0047").
  rule(
    'backup-codes',
    String.raw`(?<pre>${WORD_START}(?:${BACKUP_CODE_WORDS})[^\n:]{0,80}:\s{0,4})(?<secret>[A-Za-z0-9]{4,10}(?:-[A-Za-z0-9]{4,10})?(?:(?:, ?|[ \t]{1,4}|[ \t]{0,2}[/|][ \t]{0,2}|\r?\n[ \t]{0,4}(?:[-*]\s|\d{1,2}[.)]\s)?)[A-Za-z0-9]{4,10}(?:-[A-Za-z0-9]{4,10})?){0,19})(?=[\s.;)]|$)`,
    BACKUP_CODE_HINT,
    (secret) => !/\d/.test(secret),
  ),
  // Codes as a numbered or bulleted list under a heading that names them, with a line of advice
  // between and no colon: Google's printout "Backup codes for admin@…\nKeep these somewhere safe.\n
  // 1. 4829 1736\n2. …". Each item is a code alone on its line: digits in one or two groups, or a
  // group of letters and digits; "1. Open the admin console" is a step.
  rule(
    'backup-codes',
    String.raw`(?<pre>(?<=${WORD_START}(?:${BACKUP_CODE_WORDS})[^\n]{0,120}\r?\n(?:[^\n]{0,120}\r?\n){0,16}?)[ \t]{0,8}(?:\d{1,2}[.)]|[-*\u2022])[ \t]{1,4})(?<secret>\d{3,5}[ -]\d{3,5}|\d{6,10}|(?=[a-z]{0,9}\d)[a-z0-9]{4,5}-[a-z0-9]{4,5}|(?=[A-Za-z]{0,11}\d)[A-Za-z0-9]{8,12})(?=[ \t]*(?:\r?\n|$))`,
    BACKUP_CODE_HINT,
  ),
  // What a file named for a secret holds, told in a sentence: "config/master.key for the portal
  // app is 5450…", "/etc/awx/.vault_pass … literally contains one line: …", "die Datei .pgpass
  // enthält …", "le fichier token.txt contient …". The name holds a word for a secret and is a file's
  // (a leading dot or an extension; not a public key's `.pub`). A value that is a word, a size, a
  // path, a place or how it is kept is a sentence about the file ("master.key is in .gitignore",
  // "secrets.yml is sops-encrypted").
  rule(
    'password',
    String.raw`(?<pre>(?<![\w-])(?:\.[\w-]{0,30}${FILE_STEM}[\w-]{0,20}(?:\.[a-z0-9]{1,8})?|[\w-]{0,30}${FILE_STEM}[\w-]{0,20}\.(?!pub\b)[a-z0-9]{1,8}|[\w-]{1,40}\.${FILE_STEM}s?)(?![\w.-])["'\u0060]?(?: [^\s.;:]{1,30}){0,8}? (?:contains?|content(?:s)? (?:is|are)|holds|reads|says|is|enthalt|enthaelt|ist|contient|est|contiene|es|bevat|zawiera|innehaller|indeholder|inneholder|contem|содержит)(?: (?:only|just|literally|exactly|nur|seulement|solo|alleen))?(?: (?:one|a|the|this|a single|eine?|une?|uma?|een))?(?: (?:line|value|string|word|entry|zeile|ligne|linea|regel|linha))?(?: ?:)? ["'\u0060]?)(?<secret>${LOOSE_VALUE})`,
    /(?:pass|pwd|psk|secret|token|key|cred)[\w-]{0,20}\.|\.[\w-]{0,30}(?:pass|pwd|psk|secret|token|key|cred)/i,
    (secret) =>
      keepUnlessSecretLooking(secret) ||
      /^\d{1,6}(?:[.,]\d{1,3})? ?(?:[kmgt]i?b|bytes?|octets?)$/i.test(secret) ||
      // How the file is kept: "AES256-encrypted", "sops-encrypted", "root-owned".
      /^[\w.]{1,20}-[a-z]{3,}ed[.,;]?$/.test(secret),
  ),
  // "credentials: admin / P@ssw0rd", "login jdoe:Winter2026", "Zugangsdaten: admin / geheim1".
  rule(
    'credential',
    String.raw`(?<pre>${WORD_START}(?:${CREDENTIALS_WORDS})(?:${SEPARATOR}|(?: (?:are|is|sind|lauten|sont|son|zijn|sao|sono))(?:${SEPARATOR}| )| (?=[^\s/:,"']{1,64}:[^\s])) ?["']?[^\s/:,"']{1,64}(?: ?/ ?|:| (?:and|et|und|y|en|e|pw|pwd|password) ?:? ?))(?<secret>${VALUE})`,
    /cred|login|logon|sign|user|u ?\/ ?p|ident|daten|gegevens|credenz|credenc/i,
  ),
  // A pair with spaces only: "login admin/Secret1", "SMTP AUTH user x pass Secret1".
  rule(
    'credential',
    String.raw`(?<pre>${WORD_START}(?:login|logon|user(?:name)?|uid|benutzer|utilisateur|usuario|gebruiker|utilizador|utente) [^\s/:,"']{1,64}(?:/| (?:pass(?:word)?|pwd|pw|passwort|mdp|senha|clave|wachtwoord) ))(?<secret>${LOOSE_VALUE})`,
    /login|logon|user|uid|benutzer|utilisateur|usuario|gebruiker|utilizador|utente/i,
    keepUnlessSecretLooking,
  ),
  // A line that starts with a short label, the value to the end of the line: "pass Q-n@p_Oak!62Lm",
  // "pw Pdu-Rar!tan405", as a handover sheet lists them. Only a strong value: "pass the test".
  rule(
    'password',
    String.raw`(?<pre>(?:^|\n)[ \t]{0,8}(?:pass|pw|pwd|passwd|pword|password|passwort|kennwort|mdp|senha|clave|haslo)[ \t]{1,4})(?<secret>[^\s]{6,200})(?=[ \t]*(?:\r?\n|$))`,
    /(?:^|\n)[ \t]{0,8}(?:pass|pw|pwd|pword|passw|kennw|mdp|senha|clave|haslo)[ \t]/i,
    keepUnlessStrong,
  ),
  // A label line, the value on the next line (after blank lines, indented, in a code fence, or
  // wrapped by a mail client over several lines, or by hand after a hyphen, "Orchard-Velvet-\n
  // Compass-91!"): "Password:\n\n    Rieslingfest2024", "full
  // x-api-key is:\n7WDA…\nvhLl…", "admin pw for the new Proxmox:\n```\n…", "Storage key (copied
  // from the PDF handover):\n…". The value must look like a secret.
  rule(
    'password',
    String.raw`(?<pre>${KEY_START}(?:${PASSWORD_WORDS}|(?:x-)?api[ _-]?(?:key|token)|(?:access |auth |bearer |storage |account )?(?:token|key)|(?:client )?secret)(?: [^\s:]{1,30}){0,12}?(?: \([^)\n]{1,80}\))?(?: (?:is|are|lautet|ist|est|es|is below))?[ \t]?:[ \t]{0,4}\r?\n(?:[ \t]{0,8}\r?\n){0,2}(?:[ \t]{0,8}\u0060{3}[\w-]{0,20}[ \t]*\r?\n)?[ \t]{0,8})(?<secret>[^\s]{4,200}(?:(?:(?<=[^\s]{16})\r?\n[A-Za-z0-9+/=_-]{4,200}|(?<=[^\s]-)\r?\n[^\s(]{1,200})(?=[ \t]{0,8}(?:\r?\n|$))){0,20})(?=[ \t]{0,8}(?:\r?\n|$))`,
    // Only texts with a line that ends in a colon: most are one line.
    /:[ \t]{0,4}\r?\n/,
    keepUnlessSecretLooking,
    KEYWORD_ANCHOR,
  ),
  // The name and the value as sibling elements: an Apple configuration profile (.mobileconfig,
  // a plist) gives "<key>Password</key>" then "<string>x</string>", or "<data>base64</data>" for an
  // IPsec SharedSecret; a KeePass XML export "<Key>Password</Key><Value ProtectInMemory="True">x</Value>".
  // The key names the value's kind, so "<key>AuthenticationMethod</key><string>SharedSecret</string>"
  // (a method's name as the value) is not read.
  rule(
    'credential',
    String.raw`(?<pre><key>[ \t]{0,4}[A-Za-z]{0,30}(?:password|passwd|passphrase|sharedsecret|secret|psk)[ \t]{0,4}</key>\s{0,40}<(?<t>string|data|value)(?: [^>\n]{0,80})?>\s{0,8})(?<secret>[^<\s][^<\n]{0,4000}?)(?=\s{0,8}</\k<t>>)`,
    /<\/key>/i,
  ),
  // A camera's or a recorder's verification code, which encrypts its streams and adds it to an app:
  // six capital letters on the sticker of a Hikvision or EZVIZ device ("Hik-Connect verification
  // code from the NVR sticker: ABCDEF", "EZVIZ Verifizierungscode: ABCDEF").
  {
    kind: 'device-secret',
    hint: /hik|ezviz/i,
    pattern:
      // Without the "i" flag, so that the code is six capitals: the words are spelled both ways.
      /(?<pre>(?<![\w-])(?:[Hh]ik-?[Cc]onnect|[Hh]ik[Vv]ision|HIKVISION|[Hh]ik|HIK|EZVIZ|[Ee]zviz)(?![\w-])[^\n]{0,60}?(?:[Vv]erification|[Vv]erifizierungs|[Vv]erificaci[oó]n|[Vv][eé]rification)[ -]?(?:[Cc]ode|[Cc][oó]digo)?[^\n:]{0,60}?(?::| is| ist| es| est) ?["']?)(?<secret>[A-Z]{6})(?![A-Za-z0-9])/g,
    keep: keepValue,
  },
  // An API key pair given as its public and private halves: "ConnectWise API member keys: public
  // x / private y", "public key x, private key y". The public half is an identifier; the private
  // half, after it, is the secret.
  rule(
    'credential',
    String.raw`(?<pre>\bpublic(?:[ _-]?key)?[ \t]{0,4}[:=]?[ \t]{0,4}[A-Za-z0-9+/=_-]{8,200}[ \t]{0,4}(?:/|,|;|and|und|et|y)[ \t]{0,4}private(?:[ _-]?key)?[ \t]{0,4}[:=]?[ \t]{0,4})(?<secret>[A-Za-z0-9+/=_-]{8,200})`,
    /private/i,
  ),
  // A LAPS password after its name, the computer and a remark: "LAPS for WS-ACCT-11 (Windows LAPS,
  // expires 06/30): x", "ms-Mcs-AdmPwd: x". Only a strong value: "LAPS: enabled".
  rule(
    'password',
    String.raw`(?<pre>(?<![\w-])(?:LAPS|ms-mcs-admpwd|admpwd)(?![\w-])[^\n:]{0,80}?:[ \t]{1,4})(?<secret>[^\s]{8,200})(?=[ \t]*(?:[\r\n,;]|$))`,
    /laps|admpwd/i,
    keepUnlessStrong,
  ),
  // Windows answer files keep the value in a child element: <AdministratorPassword><Value>x</Value>.
  rule(
    'credential',
    String.raw`(?<pre><(?:[A-Za-z]{0,30}Password|Password)>\s{0,40}<Value>)(?<secret>[^<\n]{1,400})(?=</Value>)`,
    /<Value>/i,
  ),
  // Docker and Podman registry logins (config.json, auth.json): "auth": base64 of user:password.
  rule(
    'credential',
    String.raw`(?<pre>"(?:auth|identitytoken|registrytoken)"\s?:\s?")(?<secret>[A-Za-z0-9+/=_.-]{8,4000})(?=")`,
    /"auth"|identitytoken|registrytoken/i,
  ),
  // A passphrase after its word, a few words and a colon: "Passphrase for the id_ed25519 on the admin
  // laptop: granite lantern 41 oyster". The colon announces it, so any words up to the clause's end.
  rule(
    'password',
    String.raw`(?<pre>${KEY_START}(?:pass ?phrases?|passphrasen?|phrase secrete|frase de contrasena|wachtzin|frase segreta)(?: [^\s:.;]{1,30}){0,10}?:[ \t]{1,4})(?<secret>[^\s.,;:()"']{1,30}(?: [^\s.,;:()"']{1,30}){0,6})(?=[ \t]{0,4}(?:[.;!?](?:\s|$)|\r?\n|$|\())`,
    /phrase|wachtzin/i,
    (secret) => keepValue(secret) || LENGTH_POLICY.test(secret),
  ),
  // A passphrase on a line of its own after the sentence that announces it: "The passphrase you'll
  // need for restores is" and, after a blank line, indented, "mango tundra velvet 8812 quiver".
  rule(
    'password',
    String.raw`(?<pre>${KEY_START}(?:pass ?phrases?|passphrasen?|phrase secrete|frase de contrasena|wachtzin|frase segreta)(?: [^\s:.,;]{1,30}){0,10}? (?:is|lautet|ist|est|es|e|was):?[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*)(?<secret>[^\s]{1,40}(?: [^\s]{1,40}){0,7})(?=[ \t]*(?:\r?\n|$))`,
    /phrase|wachtzin/i,
    // A line of words is a passphrase unless a word of it is one that sentences are made of
    // ("stored in IT Glue", "see the handover mail").
    (secret) =>
      keepValue(secret.split(' ')[0] ?? '') ||
      LENGTH_POLICY.test(secret) ||
      secret.split(' ').some((w) => SENTENCE_WORDS.test(w)),
  ),
  // A passphrase is words: after an explicit passphrase word and a copula or colon, the words up to
  // the end of the clause ("passphrase: seven orange kites over Dover", "Passphrase … lautet: blaue
  // Giraffe tanzt im Regen"). A sentence about the passphrase starts with a stop word or an article;
  // one that ends in its copula announces a value on the next line.
  rule(
    'password',
    String.raw`(?<pre>${KEY_START}(?:pass ?phrases?|passphrasen?|phrase secrete|frase de contrasena|wachtzin|frase segreta)(?: [^\s:.,;]{1,30}){0,6}?(?: (?:is|lautet|ist|est|es|e|was))?:? )(?<secret>[^\s.,;:()"']{1,30}(?: [^\s.,;:()"']{1,30}){1,6})(?=[ \t]{0,4}(?:[.;!?](?:\s|$)|\r?\n|$|\())`,
    /phrase|wachtzin/i,
    (secret) =>
      keepValue(secret.split(' ')[0] ?? '') ||
      / (?:is|lautet|ist|est|es|e|was)$/i.test(secret) ||
      /^(?:the|a|an|this|that|not|no|der|die|das|ein|eine|nicht|kein|le|la|les|un|une|el|los|het|een|il|lo|o|os|as|in|im|on|at|by|bei|per|via|for|fur|und|and|to|zu|nach|also|auch)$/i.test(
        secret.split(' ')[0] ?? '',
      ),
  ),
  // A master password of words after its copula or a colon, a remark in brackets before it: "the
  // 1Password master password for the break-glass vault is amber lantern quiet Geneva - call me
  // first", "Master password for the family vault (she picked it): copper kite river nine". A password manager tells its owner to
  // make this one a passphrase. Three words or more up to the clause's end (a dash ends one here),
  // none a word of sentences. A status word first ("is correct", "is expired") opens a sentence,
  // unless the run has four words or more and a name or a number after it.
  rule(
    'password',
    String.raw`(?<pre>${KEY_START}(?:${MASTER_PASSWORD_WORDS})(?: (?!(?:${PASSWORD_PROPERTY})(?![A-Za-z]))[^\s:.,;]{1,30}){0,6}?(?: (?:is|was|is now|lautet|ist|est|es|e|era|is nu)(?: ?:)?|(?: \([^)\n]{1,60}\))?:) )(?<secret>[^\s.,;:()"']{1,30}(?: [^\s.,;:()"']{1,30}){2,6})(?=[ \t]{0,4}(?:[.;!?](?:\s|$)|\r?\n|$|\()|[ \t]-{1,2}[ \t])`,
    /master|haupt|maitre|principal|maestra|hoofd|mestra/i,
    (secret) => {
      const words = secret.split(' ');
      const sentence = (w: string) => SENTENCE_WORDS.test(w) || SENTENCE_ADVERBS.test(w) || PROPERTY.test(w);
      if (LENGTH_POLICY.test(secret) || words.some(sentence)) return true;
      const named = words.length >= 4 && words.slice(1).some((w) => /^\p{Lu}|\d/u.test(w));
      return keepValue(words[0] ?? '') && !named;
    },
  ),
  // The value before its word: "new starters get Welcome2024! as initial password". Only a strong
  // value counts, since any word can stand there ("set it as the new password").
  rule(
    'password',
    String.raw`${WORD_START}(?<secret>[^\s"'<>]{6,64})(?= as (?:the |their |an? )?(?:initial |temporary |temp |new |default |one-time |start )?(?:password|passwort|kennwort|pw|pin)\b)`,
    /\bas\b/i,
    keepUnlessStrong,
  ),
  // Abbreviated pairs: "u: scanner  p: Scn!7742rx", "user: jdoe / pw: x", "login: admin, pwd: x".
  rule(
    'credential',
    String.raw`(?<pre>${WORD_START}(?:u|usr|user(?:name)?|login|benutzer)\s?:\s?[^\s,;/]{1,64}[ \t,;/|]{1,6}(?:p|pw|pwd|pass)\s?:\s?)(?<secret>${VALUE})`,
    /\bp(?:w|wd|ass)?\s?:/i,
  ),
  // key=value, key: value, key -> value, as in config files, .env lines, JSON and ADO.NET/ODBC
  // connection strings ("Server=db01;User Id=sa;Password=…;"). An opening quote stays outside the
  // value unless the quotes hold words: then the whole quoted value is the one judged, and masked
  // (a passphrase in quotes is not cut after its first word), or kept when it is a label ("forgot_
  // password": "Forgot password?").
  rule(
    'credential',
    String.raw`(?<pre>${KEY_START}(?:${CONFIG_KEYS})["']?${SEPARATOR}${OPENING_QUOTE})(?<secret>${VALUE})`,
    CREDENTIAL_HINT,
    keepValue,
    KEYWORD_ANCHOR,
  ),
  // Prose: "the password is x", "Passwort für jdoe lautet x", "le mot de passe est x", "with password x".
  rule(
    'password',
    String.raw`(?<pre>${KEY_START}(?:(?:${PASSWORD_WORDS})(?: ${FOR_WHOM})? (?:${PASSWORD_VERBS}) ?:?|(?:with|using|avec|mit|con|met|com) (?:the |le |dem |el |la |het |a |o |il )?(?:${PASSWORD_WORDS})) )(?<secret>${VALUE})`,
    CREDENTIAL_HINT,
    keepValue,
    KEYWORD_ANCHOR,
  ),
  // A credential word followed by a separator: "mot de passe : x", "Kennwort -> x", "clave = x".
  rule(
    'password',
    String.raw`(?<pre>${KEY_START}(?:${PASSWORD_WORDS})(?: ${FOR_WHOM})?${SEPARATOR} ?)(?<secret>${VALUE})`,
    CREDENTIAL_HINT,
    keepValue,
    KEYWORD_ANCHOR,
  ),
  // Nothing between: "admin password P@ssw0rd!", "senha é Sommer2024", "Twilio auth token 9f…".
  rule(
    'password',
    String.raw`(?<pre>${WORD_START}(?:${PASSWORD_WORDS}|auth token|api key|secret(?: key)?|token)(?: ${FOR_WHOM})? (?:e |es )?)(?<secret>${LOOSE_VALUE})`,
    CREDENTIAL_HINT,
    keepUnlessSecretLooking,
    KEYWORD_ANCHOR,
  ),
  // A password named once and then called "the new one": "Reset Kevin's password. The new one is
  // x", "the current one is x", "das neue lautet x". Only in a text that names a credential.
  rule(
    'password',
    String.raw`(?<pre>${WORD_START}(?:(?:the )?(?:new|current|old|temporary|temp|initial) one (?:is|was|will be)|(?:das )?(?:neue|aktuelle) (?:ist|lautet)|(?:le )?nouveau est|(?:la |el )?(?:nueva|nuevo) es|(?:de )?nieuwe is|(?:la |il )?(?:nuova|nuovo) (?:e|è)|(?:a |o )?(?:nova|novo) (?:e|é))[: ] ?)(?<secret>${VALUE})`,
    CREDENTIAL_HINT,
    keepUnlessSecretLooking,
  ),
  // A user, then "pass": "username hdsdental, pass x", "user msp-admin, pass x", "Benutzer: a; pw: x".
  rule(
    'password',
    String.raw`(?<pre>${WORD_START}(?:user(?:name)?|login|benutzer(?:name)?|utilisateur|usuario|utente|gebruiker(?:snaam)?)[ :=]{1,3}[^\s,;/]{1,64}[,;]? (?:pass|pw)[ :=]{1,3})(?<secret>${VALUE})`,
    /pass|pw/i,
    keepUnlessSecretLooking,
  ),
  // A login given as user:password after a few words: "login for the DVR is admin:x".
  rule(
    'password',
    String.raw`(?<pre>${WORD_START}(?:login|logon|credentials?|creds|zugangsdaten|anmeldedaten|identifiants|credenciales)(?: [^\s:]{1,30}){0,6} (?:is|are|ist|sind|est|sont|es|son)[: ] ?[A-Za-z0-9._\\@-]{1,64}:)(?<secret>${VALUE})`,
    /login|logon|cred|zugang|anmelde|identifiant/i,
    keepUnlessSecretLooking,
  ),
  // A value written into a file named for a password: "echo 'x' > ~/.vault_pass".
  rule(
    'password',
    String.raw`(?<pre>\becho (?:-n )?["']?)(?<secret>[^\s'"]{4,200})(?=["']? ?>>? ?\S*(?:pass|pwd|secret|token|key|cred)\S*)`,
    /echo/i,
  ),
];
