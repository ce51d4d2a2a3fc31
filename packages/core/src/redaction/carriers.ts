import { normalizeText } from '../text/normalize.js';
import { keepLowEntropy } from './entropy.js';
import { credentialWords } from './languages.js';
import { literalHint } from './literal-hints.js';
import type { RedactionRule } from './rule.js';
import { keepUnlessSecretLooking, keepUnlessStrong, keepValue, unquoted } from './values.js';

// Secrets in structured carriers: JSON, YAML, TOML, .env and INI keys in any case style
// (`clientSecret`, `client_secret`, `CLIENT-SECRET`, `Client.Secret`), PowerShell literals piped
// into ConvertTo-SecureString, and Markdown table rows. A key counts when it *ends* in a
// credential stem, so `passwordExpiry`, `tokenType` and `secretName` are not keys of a secret.

/** Stems a credential key ends in, once case and separators are ignored. */
const STEM = [
  'pass(?:word|wd|phrase|code)?',
  'pwd',
  'secret',
  // Frameworks' signing secrets: Django's and Flask's SECRET_KEY, Rails' secret_key_base.
  'secret[_.-]?key',
  'token',
  'api[_.-]?key',
  'access[_.-]?key',
  'private[_.-]?key',
  'account[_.-]?key',
  'shared[_.-]?key',
  'signing[_.-]?key',
  'master[_.-]?key',
  'encryption[_.-]?key',
  'auth[_.-]?key',
  'psk',
  'credentials?',
  'connection[_.-]?string',
  'conn[_.-]?str',
  'sas',
  'community',
  'pin',
  // SSSD's `ldap_default_authtok`, the bind password.
  'authtok',
  // A personal access token under its short name, after a separator or at the key's start:
  // AZURE_DEVOPS_EXT_PAT, GITHUB_PAT (not the end of `compat`).
  '(?<![A-Za-z])pat',
].join('|');

/**
 * A word after the stem that says how the secret is held, not what else the key is: Rails'
 * `secret_key_base`, `passwordValue`, `token_b64`, `api_key_hex`, and the value a secret store
 * returns under AWS Secrets Manager's `SecretString` and `SecretBinary`. (`passwordExpiry`,
 * `tokenType` and `secretName` still name no secret.)
 */
const QUALIFIER = '(?:[_.-]?(?:base|value|b64|base64|hex|plain|plaintext|clear|cleartext|string|binary))?';

/** An identifier that ends in a stem, optionally qualified and numbered (`key1`, `password_2`). */
const KEY = String.raw`(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]{0,40}?(?:${STEM})${QUALIFIER}[_.-]?\d{0,2}`;

/**
 * The end of a key in a subscript, as a script assigns it: `app.config['SECRET_KEY'] = …`,
 * `$cfg['db_password'] = …`, `os.environ["API_TOKEN"] = …`; or of a user macro, as Zabbix writes
 * one in braces after a dollar sign: `{$SNMPV3_PRIVPASS} = …`, `{$DB.PASSWORD}: …`.
 */
const KEY_END = String.raw`(?:["']\]?|(?<=\{\$[A-Za-z0-9_.]{1,60})\})?`;

/**
 * A string literal's prefix in front of its quote: Python's bytes and raw strings (`b'\xb5…'`,
 * `r"…"`), C#'s verbatim strings (`@"…"`), T-SQL's Unicode literals, as a stored procedure's
 * parameters take them (`@rmtpassword = N'…'`, `@password = N'…'`).
 */
const LITERAL_PREFIX = `(?:(?:[bru]{1,2}|@)(?=["'])|N(?='))?`;

/** A table's column rules: Markdown's pipe, or a box-drawing one ("│", "┃", "║") pasted from a console. */
const BARS = '|\u2502\u2503\u2551';
const BAR = `[${BARS}]`;
/** A cell's text up to the next column rule. */
const IN_CELL = `[^${BARS}\n]`;

/**
 * Header cells that name a password column of a CSV export or an import template, with the
 * template's annotations after the name: Entra's bulk-create sheet heads it "Initial password
 * [passwordProfile] Required"; a script's export joins the words in camel case ("InitialPassword").
 */
const PASSWORD_HEADER = String.raw`["']?(?:(?:login|admin|user|account|root|wifi|local|device|web|initial|temporary|temp|new|default|one-time|start)[_ ]?)?(?:password|passwort|passwd|pass|pwd|pw|kennwort|wachtwoord|mot de passe|mdp|contrasena|senha|haslo|losenord|salasana|parola|psk|secret|pin)(?:[ \t]{0,4}\[[\w.]{1,40}\])?(?:[ \t]{1,4}\(?(?:required|optional)\)?)?["']?`;

/**
 * The cells of column `k` under a header that names it a password column, in the rows after it:
 * "hostname,ip,username,password" then "SW-02,10.0.0.3,admin,<masked>,…". One rule per column and
 * separator, since a regex cannot count columns; the lookbehind finds the header above.
 */
const csvColumn = (k: number, sep: string): RedactionRule => ({
  kind: 'credential',
  hint: new RegExp(String.raw`(?:^|${sep})[ \t]*${PASSWORD_HEADER}[ \t]*(?:${sep}|$)`, 'im'),
  pattern: new RegExp(
    String.raw`(?<=^(?:[^${sep}\n]*${sep}){${k}}[ \t]*${PASSWORD_HEADER}[ \t]*(?:${sep}[^\n]*)?\n(?:[^\n]*\n){0,200}?(?:[^${sep}\n]*${sep}){${k}})(?<secret>[^${sep}\n]{1,200})`,
    'gim',
  ),
  keep: keepValue,
});

/** Where a line starts: the rows of a table. */
const LINE_START = /(?<=\n)[^\s]/g;

/**
 * The cells of column `k` in the rows under a header of single words that names it a password
 * column, in an export whose tabs the normal form has made spaces: "host user password notes" then
 * "MGC-FW06 Administrator <masked> local admin". A header has three columns or more, and the rows
 * run to the first empty line. Spaces cannot tell a cell of two words from two cells, so only a
 * strong value is masked.
 */
const spacedColumn = (k: number): RedactionRule => ({
  kind: 'credential',
  hint: new RegExp(String.raw`^(?:[A-Za-z_]{1,20} ){0,7}${PASSWORD_HEADER}(?: [A-Za-z_]{1,20}){0,8}$`, 'im'),
  anchor: LINE_START,
  pattern: new RegExp(
    String.raw`(?<=^(?:[A-Za-z_]{1,20} ){${k}}${PASSWORD_HEADER}(?: [A-Za-z_]{1,20}){${Math.max(0, 2 - k)},8}\n(?:[^\n]+\n){0,50}?)(?<pre>(?:[^\s]{1,200} ){${k}})(?<secret>[^\s]{1,200})`,
    'gim',
  ),
  keep: keepUnlessStrong,
});

/** `word` with every character that has a meaning in a pattern escaped. */
const escapeWord = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The word for password as a spreadsheet's header names the column, in the languages an MSP's
 * customers keep their lists in, as written.
 */
const SHEET_WORDS = [
  'password',
  'passwort',
  'kennwort',
  'passwd',
  'pwd',
  'wachtwoord',
  'mot de passe',
  'mdp',
  'contraseña',
  'clave',
  'senha',
  'palavra-passe',
  'parola',
  'hasło',
  'haslo',
  'heslo',
  'jelszó',
  'lösenord',
  'adgangskode',
  'passord',
  'salasana',
  'şifre',
  'parolă',
  'пароль',
  'パスワード',
  '暗証番号',
  '密码',
  '密碼',
  '口令',
  '비밀번호',
  '암호',
];
/** {@link SHEET_WORDS} in the normal form the rules read ("パスワード" loses its marks). */
const SHEET_PASSWORD_WORDS = SHEET_WORDS.map((word) => normalizeText(word).text.toLowerCase())
  // As a header writes it: "password", "Password", "PASSWORD" (the rule tells cases apart).
  .flatMap((word) => [word, word[0]?.toUpperCase() + word.slice(1), word.toUpperCase()])
  .map(escapeWord)
  .join('|');
/**
 * A header cell before the password column: a capitalised word, a number, a word of another script,
 * or one of the lower-case names an export gives its columns. Words of a sentence are none.
 */
const SHEET_HEADER_CELL = String.raw`(?:[A-Z0-9\u0080-\uFFFF][^\s.,;:!?]{0,29}|host|hostname|ip|user|username|login|device|site|name|location|url|account|type|model|role)`;

/**
 * The last cell of the rows under a header whose last column is the password, in an export whose
 * tabs the normal form has made spaces ("Standort Gerät IP Benutzer Passwort", "拠点 機器 ユーザー
 * パスワード"): cells of two words before it ("Lager Nord") cannot shift the last one. The header has
 * three columns or more; the rows run to the first empty line.
 */
const LAST_COLUMN_RULE: RedactionRule = {
  kind: 'credential',
  hint: new RegExp(String.raw`^(?:${SHEET_HEADER_CELL} ){2,10}(?:${SHEET_PASSWORD_WORDS})[ \t]*$`, 'm'),
  anchor: LINE_START,
  pattern: new RegExp(
    String.raw`(?<=^(?:${SHEET_HEADER_CELL} ){2,10}(?:${SHEET_PASSWORD_WORDS})[ \t]*\n(?:[^\n]+\n){0,50}?)(?<pre>(?:[^\s]{1,200} ){2,15}?)(?<secret>[^\s]{1,200})(?=[ \t]*(?:\n|$))`,
    'gm',
  ),
  keep: keepUnlessSecretLooking,
};

/**
 * A header cell of a tab-separated sheet as written that names a password column: the header words
 * of the CSV rules and the sheet's words as written, accents and marks kept ("Contraseña", "Hasło",
 * "パスワード"). Spaces only around it: a tab is the next cell.
 */
const TSV_PASSWORD_HEADER = `(?:${PASSWORD_HEADER.replaceAll(String.raw`[ \t]`, '[ ]')}|${SHEET_WORDS.map(escapeWord).join('|')})`;

/**
 * The cells of column `k` under a header that names it a password column, in a sheet copied as tab-
 * separated text ("Customer⇥Device⇥User⇥Password⇥Notes", then "Dental Care Ltd⇥Firewall⇥admin⇥
 * <masked>⇥replace in Q3"), read as written (RedactionRule.asWritten): the tabs tell the cells apart,
 * which the normal form's spaces do not where a cell holds several words, and wherever the password
 * column stands. The header has two cells at least; a row's cell is the one after its k-th tab.
 */
const tsvColumn = (k: number): RedactionRule => ({
  kind: 'credential',
  asWritten: true,
  // A header cell that names a password column between tabs: one test for the twelve rules, and a
  // line without a tab is passed over at the cost of a look for one.
  hint: new RegExp(
    String.raw`^(?=[^\n]*\t) *${TSV_PASSWORD_HEADER} *\t|\t *${TSV_PASSWORD_HEADER} *(?:\t|\r?$)`,
    'im',
  ),
  pattern: new RegExp(
    String.raw`(?<=^(?:[^\t\n]*\t){${k}} *${TSV_PASSWORD_HEADER} *${k === 0 ? String.raw`\t[^\n]*` : String.raw`(?:\t[^\n\t]*){0,64}`}\r?\n(?:[^\n]*\n){0,200}?(?:[^\t\n]*\t){${k}})(?<secret>[^\t\r\n]{1,200})${k === 0 ? String.raw`(?=\t)` : ''}`,
    'gim',
  ),
  keep: keepValue,
});

/**
 * A header cell of an HTML table that names a password column: a password word, a Wi-Fi or network
 * key, or a bare "Key" right after an "SSID" column ("<th>SSID</th><th>Key</th>"), where it is the
 * network's key and not a dictionary's.
 */
const HTML_KEY_HEADER = String.raw`(?:${PASSWORD_HEADER}|(?:wi-?fi|wlan|wpa2?|network|wireless|security|pre-?shared)[ -]?key|(?<=ssid[^<\n]{0,20}</th>\s{0,4}<th(?:\s[^>\n]{0,80})?>\s{0,4})key)`;

/**
 * The cells of column `k` of an HTML table whose header row names it a password column, in the
 * rows under it, within the same table: "<tr><th>SSID</th><th>Key</th></tr><tr><td>GUEST</td>
 * <td>x</td></tr>". The search starts at each cell; the lookbehind counts the cells before it.
 */
const htmlColumn = (k: number): RedactionRule => ({
  kind: 'credential',
  hint: /<th/i,
  pattern: new RegExp(
    String.raw`(?<pre><td(?:\s[^>\n]{0,80})?>\s{0,4})(?<=<tr(?:\s[^>\n]{0,80})?>\s{0,8}(?:<t[hd](?:\s[^>\n]{0,80})?>[^<\n]{0,80}</t[hd]>\s{0,8}){${k}}<th(?:\s[^>\n]{0,80})?>\s{0,4}${HTML_KEY_HEADER}\s{0,4}</th>(?:(?!</table>)[\s\S]){0,3000}?<tr(?:\s[^>\n]{0,80})?>\s{0,8}(?:<td(?:\s[^>\n]{0,80})?>[^<\n]{0,200}</td>\s{0,8}){${k}}<td(?:\s[^>\n]{0,80})?>\s{0,4})(?<secret>[^<\s][^<\n]{0,200}?)(?=\s{0,4}</td>)`,
    'gi',
  ),
  keep: keepValue,
});

/**
 * A value as a carrier writes it: quoted, or bare to the end of the token. A quoted one may be a
 * key of thousands of characters (an OpenVPN static key in hex, a PEM with escaped line breaks).
 * A bare one ends at a bracket that closes a flow map or a list (`{password: x}`, `[token: x],`),
 * but a bracket with more of the value after it is the value's own: a random password holds any
 * character ("Password : k7]Vq2#…", as Get-LapsADPassword prints it).
 */
const VALUE = String.raw`(?:"(?:[^"\\\n]|\\.){1,4000}"|'[^'\n]{1,4000}'|[^\s"',;}\]](?:[^\s"',;}\]]|[}\]](?=[^\s"',;}\]])){0,399})`;

/** A quoted value: what a function call or an attribute takes. */
const QUOTED = String.raw`(?:"(?:[^"\\\n]|\\.){1,400}"|'(?:[^'\\\n]|\\.){1,400}')`;

/** An argument of a call as a script writes it: a literal, a number, a variable or a constant. */
const ARGUMENT = String.raw`(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[\w.$\\:-]{1,200})`;

/** The names of the calls below, as the cheap test a text must pass: scripts' methods, databases' drivers. */
const SCRIPT_CALLS =
  /MapNetworkDrive|SetPassword|ChangePassword|OpenDSObject|ConnectServer|getConnection|simple_bind/i;
const DRIVER_CALLS = /DBI->connect|PDO|mysqli|mysql_connect|pymysql|MySQLdb/i;

/**
 * Methods that take a password as their positional argument `index` (from 0), in the scripting
 * languages of Windows admins and the drivers of databases and directories.
 */
const PASSWORD_ARGUMENTS: ReadonlyArray<{ call: string; index: number; hint: RegExp }> = [
  // WScript.Network's MapNetworkDrive drive, path, persistent, user, password.
  { call: 'MapNetworkDrive', index: 4, hint: SCRIPT_CALLS },
  // ADSI: a user's SetPassword(new) and ChangePassword(old, new), OpenDSObject(path, user, password, flags).
  { call: 'SetPassword', index: 0, hint: SCRIPT_CALLS },
  { call: 'ChangePassword', index: 0, hint: SCRIPT_CALLS },
  { call: 'ChangePassword', index: 1, hint: SCRIPT_CALLS },
  { call: 'OpenDSObject', index: 2, hint: SCRIPT_CALLS },
  // WMI's SWbemLocator.ConnectServer(server, namespace, user, password).
  { call: 'ConnectServer', index: 3, hint: SCRIPT_CALLS },
  // JDBC's DriverManager.getConnection(url, user, password).
  { call: 'getConnection', index: 2, hint: SCRIPT_CALLS },
  // python-ldap's simple_bind(who, cred).
  { call: 'simple_bind(?:_s)?', index: 1, hint: SCRIPT_CALLS },
  // Database drivers connect with a data source or a host, a user, a password: Perl's
  // DBI->connect(dsn, user, password), PHP's new PDO(dsn, user, password) and mysqli_connect(host,
  // user, password), Python's pymysql.connect and MySQLdb.connect(host, user, password).
  { call: 'DBI->connect(?:_cached)?', index: 2, hint: DRIVER_CALLS },
  { call: 'PDO', index: 2, hint: DRIVER_CALLS },
  { call: '(?:mysqli(?:_connect)?|mysql_connect)', index: 2, hint: DRIVER_CALLS },
  { call: '(?:pymysql|MySQLdb)\\.connect', index: 2, hint: DRIVER_CALLS },
];

/** Calls and constructors that take a user and a password: `auth=('api', 'x')`, `NetworkCredential("u", "x")`. */
const CREDENTIAL_CALL =
  'auth|basic_?auth|http_?basic_?auth|http_?digest_?auth|network_?credential|ps_?credential|credentials?|login';

/**
 * Keeps what an API client's constructor takes that is no key: a URL, a host or a name. A key is
 * long and random, or 32 hex and more (Meraki's are 40, Twilio's auth tokens 32).
 */
const keepClientKey = (secret: string) => {
  const inner = secret.slice(1, -1);
  if (/^[a-z0-9]+(?:[-_][a-z0-9]+)+$/.test(inner)) return true;
  return !(/^[0-9a-f]{32,}$/i.test(inner) || !keepLowEntropy(inner));
};

/**
 * A connection string that carries no credential: Windows authentication ("Integrated
 * Security=SSPI", "Trusted_Connection=yes"), a managed identity, or a server and a database alone.
 * Its fields say where to connect. Only `field=value;` pairs, none of them a password, a key, a
 * signature or a token: a credential field is masked by the rules for it.
 */
const isConnectionWithoutSecret = (secret: string, after: string): boolean => {
  // Unquoted, the value ends at the first ";": that first field of a longer string is a server or
  // a host, never the credential, whose own field a rule masks.
  if (after.startsWith(';') && /^[A-Za-z][\w .-]{0,40}=[^;="']{0,200}$/.test(secret))
    return !/^(?:[\w .-]{0,30}(?:password|passwd|pwd|secret|token|key|sig|signature|credential)|pass)[ \t]*=/i.test(
      secret,
    );
  const inner = unquoted(secret);
  if (!/^(?:[A-Za-z][\w .-]{0,40}=[^;=]{0,200}(?:;|$)){2,30}$/.test(inner)) return false;
  return !/(?:^|;)[ \t]*(?:[\w .-]{0,30}(?:password|passwd|pwd|secret|token|key|sig|signature|credential)|pass)[ \t]*=/i.test(
    inner,
  );
};

/** The structured-carrier rules. */
/**
 * The user of a pair after "credentials:": "Admin credentials: admin / [REDACTED]". The rule for
 * pairs (contextual.ts) masks what follows the slash; an account name in lower case is not the
 * secret, and a password withheld by a placeholder leaves nothing to mask.
 */
const isUserOfPair = (secret: string, after: string) =>
  /^[a-z][a-z._@\\-]{0,63}$/.test(secret) && /^[ \t]?\/[ \t]?[^\s/]/.test(after);

/** A key of a Kubernetes Secret's data and its colon, indented under the block. */
const K8S_DATA_KEY = String.raw`[ \t]{1,16}["']?[\w.-]{1,253}["']?:[ \t]{1,4}`;
/** Where a line of a Kubernetes Secret's data may start: its indent. */
const INDENTED_LINE = /(?<=\n)[ \t]/g;
/** A text that declares a Kubernetes Secret (`kubectl get -o yaml` prints data: before kind:). */
const K8S_SECRET = /kind:[ \t]{0,4}["']?Secret(?![\w-])/;
/**
 * The lines of a Kubernetes Secret's `data:` (every value there is a secret's bytes in base64,
 * whatever its key: ".dockerconfigjson", "tls.key", "POSTGRES_PASSWORD") or `stringData:` (the
 * same in clear text), up to the next line that is not indented. The lookbehind runs only where a
 * key has matched.
 */
const k8sData = (block: string, secret: string): RedactionRule => ({
  kind: 'credential',
  hint: K8S_SECRET,
  anchor: INDENTED_LINE,
  pattern: new RegExp(
    String.raw`(?<pre>${K8S_DATA_KEY})(?<=(?:^|\n)${block}:[ \t]*\r?\n(?:[ \t][^\n]*\n){0,200}?${K8S_DATA_KEY})(?<secret>${secret})(?=[ \t]*(?:\r?\n|$))`,
    'g',
  ),
  keep: keepValue,
});

export const CARRIER_RULES: readonly RedactionRule[] = [
  k8sData('data', '[A-Za-z0-9+/]{4,8000}={0,2}'),
  k8sData('stringData', String.raw`"[^"\n]{1,400}"|'[^'\n]{1,400}'|[^\s"'|>][^\n]{0,399}?`),
  {
    // What `kubectl get secret … -o jsonpath='{.data.<key>}'` prints on the next line: the value in
    // base64, or in clear when the command pipes it through `base64 -d`.
    kind: 'credential',
    hint: /\{\.data\./,
    pattern:
      /(?<pre>\bget[ \t]{1,4}secrets?\b[^\n]{0,200}?\{\.data\.[^}\n]{1,100}\}[^\n]{0,200}\r?\n[ \t]{0,8})(?<secret>[^\s]{4,8000})(?=[ \t]*(?:\r?\n|$))/g,
    keep: keepValue,
  },
  {
    // npm's .npmrc keeps a registry's login as base64 of user and password under `_auth`, or the
    // password alone in base64 under `_password`, scoped to the registry's URL or not:
    // "//nexus.example.com/repository/npm/:_auth=…".
    kind: 'credential',
    hint: /_(?:auth|password)[ \t]{0,4}=/,
    pattern: /(?<pre>(?<![A-Za-z0-9])_(?:auth|password)[ \t]{0,4}=[ \t]{0,4}["']?)(?<secret>[^\s"']{4,400})/g,
    keep: keepValue,
  },
  {
    // An LDIF attribute of a password given in base64 (a double colon): "unicodePwd:: IgBT…",
    // "userPassword:: e1NTSEF9…", as ldapmodify reads it.
    kind: 'credential',
    hint: /::/,
    pattern: new RegExp(
      String.raw`(?<pre>(?<=(?:^|\n)[ \t]{0,8})${KEY}::[ \t]{0,4})(?<secret>[A-Za-z0-9+/]{4,2000}={0,2})`,
      'gi',
    ),
    keep: keepValue,
  },
  {
    // The id of the private key in a Google service account's key file: it goes with the key
    // beside it, and Google's own scanners treat the pair as one credential. By its format only
    // (forty hex digits after the JSON key), so the id label in front does not excuse it.
    kind: 'credential',
    standalone: true,
    hint: /private_key_id/,
    pattern: /(?<pre>"private_key_id"[ \t]{0,4}:[ \t]{0,4}")(?<secret>[0-9a-f]{40})(?=")/g,
  },
  {
    // A key and its value as a call's two arguments: define('DB_PASSWORD', 'x'), setenv("API_TOKEN", "x"),
    // config.Set("smtp.password", "x").
    kind: 'credential',
    hint: /pass|pwd|secret|token|key|psk|cred/i,
    pattern: new RegExp(String.raw`(?<pre>\(\s?["']${KEY}["']\s?,\s?)(?<secret>${QUOTED})`, 'gi'),
    keep: keepValue,
  },
  {
    // A user and a password as a call's two arguments: requests' auth=('api_reader', 'x'),
    // HTTPBasicAuth('u', 'x'), new NetworkCredential("u", "x").
    kind: 'credential',
    hint: /auth|credential|login/i,
    pattern: new RegExp(
      String.raw`(?<pre>(?<![A-Za-z0-9])(?:${CREDENTIAL_CALL})\s?(?:=\s?\(|\()\s?["'][^"'\n]{1,64}["']\s?,\s?)(?<secret>${QUOTED})`,
      'gi',
    ),
    keep: keepValue,
  },
  {
    // A YAML block scalar: "password: |" and the value indented on the next line.
    kind: 'credential',
    hint: /: ?[|>]/,
    pattern: new RegExp(
      String.raw`(?<pre>${KEY}["']?[ \t]{0,4}:[ \t]{0,4}[|>][-+]?[ \t]{0,4}\r?\n[ \t]{1,16})(?<secret>[^\s]{1,400})`,
      'gi',
    ),
    keep: keepValue,
  },
  {
    // A multi-line string of TOML or Python as the value: `key_passphrase = """` and the value on
    // the next line (or the same one), up to the closing quotes.
    kind: 'credential',
    hint: /=[ \t]{0,4}(?:"{3}|'{3})/,
    pattern: new RegExp(
      String.raw`(?<pre>${KEY}${KEY_END}[ \t]{0,4}=[ \t]{0,4}(?<q>"{3}|'{3})\\?[ \t]{0,4}(?:\r?\n[ \t]{0,16})?)(?<secret>(?:(?!\k<q>)[^\n]){1,400})`,
      'gi',
    ),
    keep: keepValue,
  },
  {
    // A heredoc as the value: Terraform's `admin_password = <<-EOT`, Ruby's `<<~PW`, Perl's
    // `my $password = <<'END';`, the value on the next line, above the closing tag.
    kind: 'credential',
    hint: /<<[-~]?["']?[A-Za-z_]/,
    pattern: new RegExp(
      String.raw`(?<pre>${KEY}${KEY_END}[ \t]{0,4}(?:=|:)[ \t]{0,4}<<[-~]?(?<q>["']?)(?<tag>[A-Za-z_]\w{0,20})\k<q>[ \t;]{0,4}\r?\n[ \t]{0,16})(?!\k<tag>[ \t]*(?:\r?\n|$))(?<secret>[^\s][^\n]{0,399}?)(?=[ \t]*(?:\r?\n|$))`,
      'gi',
    ),
    keep: keepValue,
  },
  {
    // A Terraform variable named for a secret, its value given as the default: `variable
    // "cloudflare_api_token" { … default = "…" }`.
    kind: 'credential',
    hint: /variable[ \t]{1,4}"[^"\n]{0,60}(?:pass|pwd|secret|token|key|psk|cred|pin|sas|communit|pat)/i,
    anchor: /default/gi,
    pattern: new RegExp(
      String.raw`(?<pre>(?<=\bvariable[ \t]{1,4}"${KEY}"[ \t]{0,4}\{[^{}]{0,400}?)(?<![\w])default[ \t]{0,4}=[ \t]{0,4})(?<secret>${VALUE})`,
      'gi',
    ),
    keep: keepValue,
  },
  {
    // A console table of one credential column (PowerShell's `select`, `Get-LapsADPassword`):
    // the column's name, a rule of dashes, the value in the last column of the next line.
    kind: 'credential',
    hint: /-{3}/,
    pattern: new RegExp(
      String.raw`(?<pre>(?:^|\n)[^\n]{0,120}?(?:${KEY}|ms-mcs-admpwd|admpwd)[ \t]{0,40}\r?\n[ \t]{0,8}-{3,}(?:[ \t]{1,8}-{3,}){0,8}[ \t]{0,8}\r?\n[^\n]{0,200}?)(?<secret>[^\s]{4,200})(?=[ \t]{0,8}(?:\r?\n|$))`,
      'gi',
    ),
    keep: keepValue,
  },
  {
    // A credentials file shown whole: the user on one line, the password on the next (OpenVPN's
    // auth-user-pass file, a .netrc-less login file): "cat /etc/openvpn/auth.txt\nvpnuser\nx".
    kind: 'credential',
    hint: /auth-user-pass|auth\.txt|creds?\.txt|credentials\.txt|pass(?:word)?s?\.txt|login\.(?:txt|conf)/i,
    pattern:
      /(?<pre>(?:auth-user-pass|auth\.txt|creds?\.txt|credentials\.txt|pass(?:word)?s?\.txt|login\.(?:txt|conf))[^\n]{0,80}\r?\n[ \t]{0,8}[^\s]{1,64}[ \t]{0,8}\r?\n[ \t]{0,8})(?<secret>[^\s]{1,200})(?=[ \t]{0,8}(?:\r?\n|$))/gi,
    keep: keepValue,
  },
  {
    // A .pgpass line: host:port:database:user:password, the port a number or "*". Five fields, a
    // colon in the password escaped: a line with more is /etc/shadow or /etc/passwd, whose fields
    // after the second are dates and counts ("root:*:19402:0:99999:7:::").
    kind: 'credential',
    hint: /:(?:\d{1,5}|\*):/,
    pattern:
      /(?<pre>(?:^|\n)[ \t]{0,8}[^\s:]{1,253}:(?:\d{1,5}|\*):[^\s:]{1,63}:[^\s:]{1,63}:)(?<secret>(?:[^\s:\\]|\\.){1,200})(?=[ \t]{0,8}(?:\r?\n|$))/g,
    keep: keepValue,
  },
  {
    // pppd's chap-secrets and pap-secrets: client, server, secret and the addresses allowed, one
    // login a line, under the file's name or its header ("# client server secret IP addresses").
    // The server is "*" or quoted there; the secret may be quoted.
    kind: 'credential',
    hint: /(?:chap|pap)-secrets|#[ \t]*client[ \t]+server[ \t]+secret/i,
    pattern:
      /(?<=(?:(?:chap|pap)-secrets|#[ \t]*client[ \t]+server[ \t]+secret)[^\n]*\n(?:[^\n]+\n){0,50}?)(?<pre>[ \t]{0,8}(?!#)(?:"[^"\n]{1,128}"|[^\s"#]{1,128})[ \t]+(?:\*|"[^"\n]{0,128}")[ \t]+)(?<secret>"[^"\n]{1,200}"|[^\s"]{1,200})(?=(?:[ \t]+[^\s]{1,64}){0,4}[ \t]*(?:\r?\n|$))/gi,
    keep: keepValue,
  },
  {
    // An HTML password field with its value: <input type="password" name="pwd" value="x">.
    kind: 'credential',
    hint: /type ?= ?["']?password/i,
    pattern:
      /(?<pre><input\b[^>\n]{0,200}?type ?= ?["']?password["']?[^>\n]{0,200}?\bvalue ?= ?["'])(?<secret>[^"'\n]{1,400})(?=["'])/gi,
    keep: keepValue,
  },
  // Twelve columns: password managers' exports put it tenth (Bitwarden's `login_password`).
  ...[',', ';'].flatMap((sep) => Array.from({ length: 12 }, (_, k) => csvColumn(k, sep))),
  ...Array.from({ length: 12 }, (_, k) => tsvColumn(k)),
  ...Array.from({ length: 5 }, (_, k) => spacedColumn(k)),
  LAST_COLUMN_RULE,
  ...Array.from({ length: 8 }, (_, k) => htmlColumn(k)),
  {
    // Keeper's CSV export has no header: folder, title, login, password, website, notes. A row
    // under a line that names Keeper, its fourth field followed by the site's URL, is that export's:
    // "Finance,Payroll,hr.admin,x,https://payroll.example.com,".
    kind: 'credential',
    hint: /keeper/i,
    pattern:
      /^(?<=keeper[^\n]{0,200}\n(?:[^\n]{0,400}\n){0,50})(?<pre>[^,\n]{0,100},[^,\n]{1,100},[^,\n]{1,100},)(?<secret>"[^"\n]{1,200}"|[^,"\n]{1,200})(?=,"?https?:\/\/)/gim,
    keep: keepValue,
  },
  {
    // "clientSecret": "…", client_secret: …, CLIENT-SECRET=…, $Password = '…', key1 = …. The match
    // starts at the stem, found by the anchor, with the rest of the identifier behind it as a
    // lookbehind: a key ends at its separator, so only one stem of an identifier can be followed by
    // one, and trying stems beats trying an identifier of up to 40 characters at every word.
    kind: 'credential',
    hint: /pass|pwd|secret|token|key|psk|cred|conn|sas|communit|pin|authtok|pat/i,
    anchor: new RegExp(`(?:${STEM})`, 'gi'),
    pattern: new RegExp(
      String.raw`(?<pre>(?<=(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]{0,40})(?:${STEM})${QUALIFIER}[_.-]?\d{0,2}${KEY_END}[ \t]{0,4}(?::=|=>|:|=)[ \t]{0,4}(?:(?:!!str|\[string\]|\[securestring\])[ \t]?)?${LITERAL_PREFIX})(?<secret>${VALUE})`,
      'gi',
    ),
    keep: (secret, after) =>
      keepValue(secret, after) || isConnectionWithoutSecret(secret, after) || isUserOfPair(secret, after),
  },
  {
    // Any other key ending in "key" (DD_APP_KEY, licenseKey, HMAC_KEY) holds a secret only when its
    // value looks like one: long, with letters and digits, and no space, which a key never holds
    // and a key's description does (Veeam's `key: "Riverside offsite 2024"`). `primary_key: id` stays.
    kind: 'credential',
    hint: /key/i,
    pattern: new RegExp(
      String.raw`(?<pre>["']?(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]{0,40}?key[_.-]?\d{0,2}["']?[ \t]{0,4}(?::=|=>|:|=)[ \t]{0,4})(?<secret>${VALUE})`,
      'gi',
    ),
    keep: (secret, after) =>
      keepValue(secret, after) ||
      !(secret.length >= 16 && /[A-Za-z]/.test(secret) && /\d/.test(secret)) ||
      / /.test(secret),
  },
  {
    // WordPress's eight keys and salts (wp-config.php), which sign its login cookies: whoever has them
    // forges a session. Given as define()'s second argument or quoted after the name in a note ("the
    // old SECURE_AUTH_KEY was '…'"); the generator draws them from every printable character but the
    // quotes, so only a quoted value holds one whole. The sample file's 'put your unique phrase here'
    // is a placeholder (keepValue).
    kind: 'credential',
    hint: literalHint([
      'AUTH_KEY',
      'AUTH_SALT',
      'LOGGED_IN_KEY',
      'LOGGED_IN_SALT',
      'NONCE_KEY',
      'NONCE_SALT',
    ]),
    pattern:
      /(?<pre>(?<![A-Za-z0-9_])(?:SECURE_AUTH|AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)(?![A-Za-z0-9_])["']?(?:\s?,\s?|[^\n"'`]{0,40}?))(?<secret>'[^'\n]{16,200}'|"[^"\n]{16,200}")/g,
    keep: (secret, after) => keepValue(secret, after) || keepLowEntropy(unquoted(secret)),
  },
  {
    // A salt kept beside the keys of a config, which signs cookies and tokens with them: WordPress's
    // define('SECURE_AUTH_SALT', '…') and its siblings, Flask-Security's SECURITY_PASSWORD_SALT,
    // a `hash_salt:` in YAML. A salt printed beside its hash guards nothing, and a config's salt is
    // generated: only a long random value counts.
    kind: 'credential',
    hint: /salt/i,
    anchor: /salt/gi,
    pattern: new RegExp(
      String.raw`(?<pre>(?<=(?:\(\s?["']|(?<![A-Za-z0-9_.-]))[A-Za-z0-9_.-]{0,40})salt[_.-]?\d{0,2}(?:["']\s?,\s?|${KEY_END}[ \t]{0,4}(?::=|=>|:|=)[ \t]{0,4}))(?<secret>${VALUE})`,
      'gi',
    ),
    keep: (secret, after) => keepValue(secret, after) || keepLowEntropy(unquoted(secret)),
  },
  {
    // A private key's half of a pair under a short name: `$priv = '…'` beside `$pub = '…'`
    // (ConnectWise Manage's API keys), `privkey: …`. "priv" names other things too (a privilege
    // level, SNMPv3's privacy protocol, package.json's `"private": true`), so only a strong value.
    kind: 'credential',
    hint: /priv/i,
    anchor: /priv/gi,
    pattern: new RegExp(
      String.raw`(?<pre>(?<=(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]{0,40})priv(?:ate)?(?:[_.-]?key)?[_.-]?\d{0,2}["']?[ \t]{0,4}(?::=|=>|:|=)[ \t]{0,4})(?<secret>${VALUE})`,
      'gi',
    ),
    keep: (secret, after) => / /.test(secret) || keepUnlessStrong(unquoted(secret), after),
  },
  {
    // A name and its value as two fields of one entry: Azure Pipelines' and Kubernetes' `- name:
    // smtpPassword` then `value: '…'`, ECS's and Postman's {"name"|"key": "DB_PASSWORD",
    // "value": "…"}, CloudFormation's ParameterKey=DbPassword,ParameterValue=…, one other field
    // allowed between; and an ARM or Bicep parameters file's "adminPassword": { "value": "…" }.
    kind: 'credential',
    hint: /value/i,
    anchor: /(?:default|parameter)?value/gi,
    pattern: new RegExp(
      String.raw`(?<pre>(?<=(?<![A-Za-z0-9_])(?:name|key|parameterkey)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?${KEY}["']?[ \t]{0,4}(?:,|\r?\n)[ \t]{0,16}(?:["']?[A-Za-z]{1,20}["']?[ \t]{0,4}[:=][ \t]{0,4}[^\n,{}[\]]{0,60}(?:,|\r?\n)[ \t]{0,16})?["']?|${KEY}["']?[ \t]{0,4}:[ \t]{0,4}\{[^{}]{0,200}?["']?)(?<![A-Za-z0-9_])(?:default|parameter)?value["']?[ \t]{0,4}[:=][ \t]{0,4})(?<secret>${VALUE})`,
      'gi',
    ),
    // Such lists quote every value, so the quotes say nothing: a literal of config stays ("true",
    // a path, a placeholder).
    keep: (secret, after) => keepValue(secret, after) || keepValue(unquoted(secret), after),
  },
  {
    // What a secret store prints when asked for a secret: Azure's `az keyvault secret show` (and the
    // REST API) returns the secret as "value", beside its "id" in the vault
    // (https://<vault>.vault.azure.net/secrets/<name>/<version>) or after the command itself. A
    // key's "value" elsewhere (a tag, a setting) is no secret, so the vault's address must be near,
    // and the "value" must be a field of the same object, not one of an object nested in it.
    kind: 'credential',
    hint: /vault\.azure\.net\/secrets\/|keyvault secret (?:show|set|download)/i,
    anchor: /"value"/gi,
    pattern: new RegExp(
      String.raw`(?<pre>(?<=(?:\.vault\.azure\.net\/secrets\/|\bkeyvault secret (?:show|set|download)\b[^\n]{0,200}\r?\n[ \t]{0,8}\{)(?:[^{}]|\{[^{}]{0,300}\}){0,800}?)"value"[ \t]{0,4}:[ \t]{0,4})(?<secret>${QUOTED})`,
      'gi',
    ),
    keep: keepValue,
  },
  {
    // cloud-init's `chpasswd:` sets passwords from a list of `user:password` lines, in its block
    // scalar (`list: |`) or as YAML items (`list:` then `- user:password`). "RANDOM" asks cloud-init
    // to make one up.
    kind: 'credential',
    hint: /chpasswd/i,
    pattern:
      /(?<=\bchpasswd[ \t]{0,4}:[^\n]{0,40}\r?\n(?:[ \t]+[^\n]{0,200}\r?\n){0,8}?[ \t]+list[ \t]{0,4}:[ \t]{0,4}(?:[|>][-+]?)?[ \t]*\r?\n(?:[ \t]+[^\n]{0,200}\r?\n){0,50}?)(?<pre>[ \t]+(?:-[ \t]+)?[A-Za-z_][\w.-]{0,31}:)(?<secret>[^\s:]{1,200})(?=[ \t]*(?:\r?\n|$))/gi,
    keep: (secret, after) => /^(?:RANDOM|R)$/.test(secret) || keepValue(secret, after),
  },
  {
    // A wireless network's key in a router's configuration export, under a block that names the
    // network: the FRITZ!Box's `wlan { ssid = "…"; key_value = "…"; }`, a `key = "…"` or `passphrase`
    // beside an `ssid`. A key there is the Wi-Fi's password even when it is digits alone.
    kind: 'wifi-key',
    hint: /ssid/i,
    anchor: /key/gi,
    pattern: new RegExp(
      String.raw`(?<pre>(?<=\b(?:wlan|wifi|wireless|ssid)\b[^{}]{0,300}?)(?<![A-Za-z0-9_.-])key(?:[_.-]?value)?["']?[ \t]{0,4}(?:=|:)[ \t]{0,4})(?<secret>${QUOTED}|[^\s"',;{}]{8,200})`,
      'gi',
    ),
    // A WPA key has eight characters or more: a shorter word there names the mode ("wpa2").
    keep: (secret, after) => keepValue(secret, after) || unquoted(secret).length < 8,
  },
  // A password as a method's positional argument (PASSWORD_ARGUMENTS), called with brackets or, in
  // VBScript, without: objNetwork.MapNetworkDrive "S:", "\\\\nas01\\scans", False, "CORP\\u", "…".
  // Only a literal: a variable there names the password.
  ...PASSWORD_ARGUMENTS.map(
    ({ call, index, hint }): RedactionRule => ({
      kind: 'credential',
      hint,
      pattern: new RegExp(
        String.raw`(?<pre>(?<![\w])${call}\s?\(?\s?(?:${ARGUMENT}\s?,\s?){${index}})(?<secret>${QUOTED})`,
        'gi',
      ),
      keep: keepValue,
    }),
  ),
  {
    // An API client built with its key as the first argument: Meraki's `meraki.DashboardAPI('…')`,
    // VirusTotal's `vt.Client('…')`, PagerDuty's `APISession('…')`. A URL, a host or a name there is
    // no key: only a long value that is random, or 32 hex and more (Meraki's are 40).
    kind: 'credential',
    hint: /API ?\(|Api ?\(|Client ?\(|Session ?\(|SDK ?\(|Sdk ?\(/,
    anchor: /(?:API|Api|Client|Session|SDK|Sdk) ?\(/g,
    pattern:
      /(?<pre>(?:API|Api|Client|Session|SDK|Sdk) ?\( ?)(?<secret>"[A-Za-z0-9_+/=-]{20,200}"|'[A-Za-z0-9_+/=-]{20,200}')(?= ?[,)])/g,
    keep: keepClientKey,
  },
  {
    // The same client built with an account's id and its secret, the secret second: Twilio's
    // `Client("AC…", "<auth token>")`, an SDK's `Client(key_id, key_secret)`.
    kind: 'credential',
    hint: /API ?\(|Api ?\(|Client ?\(|Session ?\(|SDK ?\(|Sdk ?\(/,
    anchor: /(?:API|Api|Client|Session|SDK|Sdk) ?\(/g,
    pattern:
      /(?<pre>(?:API|Api|Client|Session|SDK|Sdk) ?\( ?(?:"[^"\n]{1,200}"|'[^'\n]{1,200}') ?, ?)(?<secret>"[A-Za-z0-9_+/=-]{20,200}"|'[A-Za-z0-9_+/=-]{20,200}')(?= ?[,)])/g,
    keep: keepClientKey,
  },
  {
    // $secpw = "Wint3r!sComing" | ConvertTo-SecureString …
    kind: 'command-password',
    hint: /ConvertTo-SecureString/i,
    pattern: /(?<secret>"[^"\n]{1,200}"|'[^'\n]{1,200}')(?=\s?\|\s?ConvertTo-SecureString)/gi,
  },
  {
    // | Password | Zielony_Las!42 |, | **WLAN-Schlüssel** | `x` |. A cell that holds the key and its
    // value masked ("| Password ●●●●●●●● | URL https://…", as KeePass copies an entry) gives none
    // in the next cell.
    kind: 'credential',
    hint: new RegExp(BAR),
    pattern: new RegExp(
      String.raw`(?<pre>${BAR}[ \t]{0,4}[*_\u0060]{0,3}${IN_CELL}{0,30}(?:pass|pwd|secret|token|key|psk|${credentialWords()})(?:(?![•●*]{4})${IN_CELL}){0,20}[*_\u0060]{0,3}[ \t]{0,4}${BAR}[ \t]{0,4}[*_\u0060]{0,3})(?<secret>[^${BARS}\s*\u0060]{1,200})`,
      'gi',
    ),
    keep: keepValue,
  },
  {
    // A strong value in a table cell after a user cell, with or without a header naming it:
    // "| LAB-PC07 | .\\labadmin | Lab0r!Pc07 |", "| iDRAC | root | Ipmi!Rack2 | 10.0.0.50 |". Not a
    // hashed known_hosts line ("|1|salt|hash ssh-ed25519 …"), whose fields are a salt and a digest.
    kind: 'credential',
    hint: new RegExp(BAR),
    pattern: new RegExp(
      String.raw`(?<=${BAR}[ \t]{0,4}[\w.\\@-]{1,64}[ \t]{0,4})(?<!(?:^|\n)[ \t]{0,8}\|1)(?<pre>${BAR}[ \t]{0,4}[*_\u0060]{0,3})(?<secret>[^${BARS}\s\u0060]{6,200}?)(?=[*_\u0060]{0,3}[ \t]{0,4}${BAR})`,
      'g',
    ),
    keep: (secret, after) => keepUnlessStrong(secret, after) || /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(secret),
  },
];
