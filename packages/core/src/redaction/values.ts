import { PASSWORD_WORDS } from './keywords.js';
import { isRandomGroup } from './random-groups.js';

// What a secret value looks like once a rule has found a key or a phrase in front of it, and which
// values are words about a password rather than a password. The rules run on normalised text
// (text/normalize.ts), so every word here is written without accents: "expire", not "expiré".

/** Values that follow "password:" or "password is" in notes without being a password, per language. */
const NOT_A_SECRET = new Set(
  [
    // English
    'accepted blank changed cleared complexity correct denied disabled empty enabled expired expires',
    'expiring false hidden incorrect invalid locked masked mismatch missing n/a na never no none not',
    'null ok pending policy prompt prompted provided redacted rejected removed required reset rotated',
    'same saved sent set still stored synced true unknown unlocked unset updated valid verified wrong',
    'yes change changes reuse length history manager vault field prompts rules requirements',
    // A parameter named in a sentence, not set: "there's no secret= part in the otpauth URI", "the
    // password= parameter is ignored".
    'part parameter param argument portion segment',
    // The error codes of OAuth (RFC 6749, 6750) a server answers with: "WWW-Authenticate: Bearer
    // error="invalid_token"", "{"error": "invalid_grant"}".
    'invalid_token invalid_request insufficient_scope invalid_grant invalid_client unauthorized_client',
    'unsupported_grant_type invalid_scope access_denied expired_token authorization_pending slow_down',
    'see in from per via stored here there below above attached known forgotten unchanged',
    // A policy's settings: "Simple passwords: Block", "Required password type: Numeric".
    'block blocked allow allowed numeric alphanumeric',
    // What was done with it, after a phrase that names it: "new passphrase printed on the sign".
    'printed written posted shared given shown displayed handed emailed texted',
    'asked requested prompted managed handled abgefragt angefordert verwaltet demande demandee',
    'solicitada solicitado gevraagd richiesta pedida',
    'siehe voir ver zie vedi vedere veja',
    // What tools print where a password would stand: netsh's "Security key : Present", the type of
    // a PowerShell SecureString; netsh's status in the languages Windows is installed in
    // ("Sicherheitsschlüssel : Vorhanden", "Clé de sécurité : Présent", "Clave de seguridad : Presente").
    'present absent system.security.securestring vorhanden fehlt presente ausente aanwezig afwezig',
    'obecny obecne brak nieobecny pritomen pritomno',
    // Where a password is kept, and the files an SSH key is kept in: "stored in 1Password",
    // "passphrase for the id_ed25519".
    '1password keepass keepassxc bitwarden lastpass keeper dashlane passbolt vaultwarden',
    'id_rsa id_dsa id_ecdsa id_ed25519 id_rsa.pub id_ed25519.pub id_ecdsa.pub',
    // French
    'expire expiree modifie modifiee reinitialise reinitialisee oublie incorrect incorrecte perdu',
    'bloque bloquee change changee valide invalide requis vide inconnu oui non aucun envoye inchange',
    'inchangee',
    // German
    'abgelaufen geandert zuruckgesetzt falsch gesperrt entsperrt korrekt richtig ungultig gultig leer',
    'vergessen unbekannt erforderlich gesendet ja nein keins keines gespeichert unverandert',
    // netsh's "Nicht vorhanden", "Passwort: Kein".
    'nicht kein keine',
    // Spanish
    'caducada caducado cambiada cambiado restablecida restablecido incorrecta incorrecto bloqueada',
    'olvidada vacia valida invalida requerida enviada si ninguna desconocida',
    // Dutch
    'verlopen gewijzigd gereset onjuist juist geblokkeerd vergeten leeg ongeldig geldig vereist',
    'verzonden ja nee geen onbekend ongewijzigd',
    // Portuguese
    'expirada expirado alterada alterado redefinida redefinido incorreta incorreto bloqueada',
    'esquecida vazia invalida obrigatoria enviada sim nao nenhuma desconhecida inalterada inalterado',
    // Italian
    'scaduta scaduto cambiata cambiato reimpostata reimpostato errata errato bloccata dimenticata',
    'vuota non valida obbligatoria inviata nessuna sconosciuta invariata invariato',
    // Hungarian, Polish, Czech, Swedish, Turkish: "jelszó: lejárt", "hasło: wygasło" (the normal form
    // keeps "ł", which is a letter of its own, not an accented "l").
    'lejart megvaltozott visszaallitva hibas ures wygasło wygasłe zmienione zresetowane błedne puste',
    'vyprselo vyprsene zmeneno spatne prazdne utganget andrat aterstallt felaktigt tomt degisti',
    'sifirlandi sıfırlandı yanlis yanlış bos boş',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Product keys the vendor publishes for anyone to use (Windows generic and KMS client setup keys):
 * they unlock nothing, and notes quote them when activation fails.
 */
export const PUBLISHED_KEYS = new Set([
  'VK7JG-NPHTM-C97JM-9MPGT-3V66T',
  'W269N-WFGWX-YVC9B-4J6C9-T83GX',
  'NPPR9-FWDCX-D2C8J-H872K-2YT43',
  'TX9XD-98N7V-6WMQ6-BX7FG-H8Q99',
  'NW6C2-QMPVW-D7KKK-3GKT6-VCFB2',
  'M7XTQ-FN8P6-TTKYV-9D4CC-J462D',
  'VDYBN-27WPP-V4HQT-9VMD4-VMK7H',
  'WX4NM-KYWYW-QJJR4-XV3QB-6VM33',
  'N69G4-B89J2-4G8F4-WWYCC-J464C',
  'WMDGN-G9PQG-XVVXX-R3X43-63DFG',
]);

// Placeholders, template references and the elided examples of .env.example files: `****`,
// `<password>`, `{{ vault_pw }}`, `${VAR}`, `${VAR:?must be set}` (its message in words too:
// `${VAR:?set it in the vault first}`), `%VAR%`, `$env:X`, `sk-...`, `SG.xxxxx`,
// a pipeline's or a makefile's macro (`$(sqlAdminPassword)`, which Azure Pipelines fills in at run time),
// `changeme`, the tokens a deployment pipeline replaces (`__SMTP_PASSWORD__`, `#{DbPassword}#`), and
// what Windows Setup writes over an unattend file's passwords (`*SENSITIVE*DATA*DELETED*`), and the
// field named with "here" that sample configs ship (wp-config-sample.php's 'password_here',
// 'put your unique phrase here'; "passwort_hier", "mot_de_passe_ici", "contrasena_aqui"), a template's
// instruction in one word ("REPLACE_WITH_CLIENT_SECRET", "insert-your-token"), and a key elided at
// both ends around words ("sk-...your-key-here...").
const PLACEHOLDER =
  /^(?:\*+|\*sensitive\*data\*deleted\*|x{3,}|\.{3,}|<[^>]*>|\[[^\]]*\]|\{\{[^}]*\}\}|\{[^}]*\}|\$\{[A-Za-z_]\w*[:?=+-]\S*|\$\{[A-Za-z_]\w*:?\?[^}\n]{0,80}\}|\$\{?[A-Za-z_][\w.]*\}?|\$\([A-Za-z_][\w.]*\)|\$env:\w+|%[A-Za-z_]+%|[\w.-]{0,12}?[-_.](?:\.{2,}|…|x{3,}|\*{3,})|__[A-Za-z][\w]*__|#\{[^}]*\}#?|change[-_]?me|replace[-_]?me|your[-_][\w-]{1,40}|(?:replace|fill|insert|enter|put|paste|add)[-_](?:with|in|your|here)(?:[-_][a-z0-9]{1,24}){0,6}|[\w-]{0,12}?(?:\.{3,}|…)[\w -]{1,40}(?:\.{3,}|…)|[a-z][a-z0-9]{0,20}(?:[-_][a-z0-9]{1,20}){0,4}[-_](?:here|hier|ici|aqui|qui)|(?:put|enter|insert|paste|type) (?:your|the|a|an) [\w ]{1,40} here|todo|tbd)$/i;
// A file name or a path segment after a word that looked like a key: "C:\Windows\Temp\Setup.log", an
// installer's image after a vendor's name ("VeeamBackup&Replication_12.1.2.172_20240515.iso").
const FILE_NAME =
  /^\\?[\w.-]{1,80}\.(?:log|txt|xml|json|ps1|psm1|bat|cmd|sh|exe|msi|msu|zip|7z|rar|cab|csv|ini|conf|cfg|ya?ml|etl|evtx|dmp|tmp|iso|img|vhdx?|vmdk|ova|ovf|wim|esd|bin|pdf|docx?|xlsx?|pptx?|dll|sys|pkg|dmg|deb|rpm|tar|gz|tgz)$|^\\[A-Za-z]/i;

/**
 * A JWT header alone ("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9" = {"alg":"RS256","typ":"JWT"}) names an
 * algorithm and nothing else: every token of that kind starts with it.
 */
export function isBareJwtHeader(value: string): boolean {
  if (!/^eyJ[A-Za-z0-9_-]{10,200}={0,2}$/.test(value)) return false;
  try {
    const header: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (header === null || typeof header !== 'object') return false;
    return Object.keys(header).every((k) => ['alg', 'typ', 'kid', 'cty', 'x5t', 'x5t#S256'].includes(k));
  } catch {
    return false;
  }
}
// What a script reads at run time is a prompt, not a secret: `$pw = Read-Host 'Password'`,
// `Get-Credential`, `$(...)`, `(Get-Secret …)`, `getpass()`, `input(...)`.
const PROMPT =
  /^(?:read-host|get-credential|\(?get-secret|\(?get-azkeyvaultsecret|\$\(|\(get-|getpass\b|input\(|prompt\(|os\.environ|process\.env|env:)/i;
/**
 * A call that computes the value at run time, cut at its bracket where its argument is quoted:
 * `config["token"] = request.headers.get("X-Token")`, `password = os.getenv("DB_PASS")`. A method's
 * dotted name, or a function's in lower case: a password is not written so.
 */
const CALL = /^(?:[a-z_$][\w$]*|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+)\($/;
// Values that are data of another kind: a time, a date, an error code, a KB, a version (with a
// pre-release and a build, "5.4.2-beta.3+build.4471"), a count.
// Ten digits grouped 3-3-2-2 or 3-2-2-3 are a Polish tax number (NIP) or phone number, which
// French "NIP" (a PIN) would otherwise claim: "NIP 527-…".
// A WWN or a MAC in hex pairs, a hash labelled with its algorithm ("sha256=…", an IOC), an .rdp
// file's integer setting ("prompt for credentials:i:1").
const OTHER_DATA =
  /^(?:i:\d{1,10}|\d{1,2}[:.]\d{2}|\d{4}-\d{2}-\d{2}|0x[0-9a-f]+|kb\d+|v?\d+(?:\.\d+)+(?:[-+][0-9a-z]+(?:[.+-][0-9a-z]+)*)?|#?\d{1,3}|\d{3}-\d{3}-\d{2}-\d{2}|\d{3}-\d{2}-\d{2}-\d{3}|(?:[0-9a-f]{2}:){3,}[0-9a-f]{2}|(?:sha(?:1|224|256|384|512)|md5)[=:][0-9a-f]{32,128}|sha(?:256|384|512)\/[A-Za-z0-9+/]{40,90}={0,2})$/i;
// Where a value is looked up rather than written: a URL without a password in it (the URL rules
// mask one that has), a reference into a template's or a tool's variables ("var.client_secret",
// ".Values.db.password"), a YAML tag that fetches the value ("!secret db_password", "!vault",
// "!env_var HA_API_KEY"), an App Service setting that points into Key Vault
// ("@Microsoft.KeyVault(SecretUri=…)"), another
// resource's attribute in Terraform ("random_password.db.result", "azurerm_key_vault_secret.vm.value":
// a type with its provider's prefix, a name, an attribute), and a cloud resource's name, which says
// which key or secret is used and holds none (an AWS ARN, an Azure resource ID, a GCP resource name).
const REFERENCE =
  /^(?:[a-z][a-z0-9+.-]{1,20}:\/\/[^\s@]*|@microsoft\.keyvault\(\S*|\.?(?:var|vars|local|locals|module|data|each|self|values|secrets|inputs|params|env|config|settings)\.[a-z_][\w.-]*|![a-z][a-z_-]{1,20}|arn:aws[a-z-]{0,12}:[a-z0-9-]{1,40}:[a-z0-9-]{0,30}:\d{0,12}:\S+|\/subscriptions\/[0-9a-f-]{36}\/\S+|projects\/[a-z][\w-]{1,62}\/(?:locations|secrets|global)\/\S+)$/i;
/**
 * A Windows device instance ID, as Device Manager and the registry show a device: its bus, then its
 * hardware ids and instance ("USB\\VID_1050&PID_0407\\9286124", "PCI\\VEN_8086&DEV_15F3…"). A security
 * key's or a USB token's id names the device, not a secret on it.
 */
const DEVICE_INSTANCE_ID =
  /^(?:USB|USBSTOR|PCI|HID|ACPI|SWD|ROOT|BTHENUM|BTHLE|BTHLEDEVICE|SCSI|HDAUDIO|DISPLAY|STORAGE|IDE|SD|SDBUS|UMB|MONITOR|SCMDEVICE)\\(?:[A-Za-z0-9_&.#{}-]{1,100}\\?){1,4}$|^(?:VID|VEN)_[0-9A-F]{4}&(?:PID|DEV)_[0-9A-F]{4}\S{0,100}$/i;
/**
 * A claim or a parameter whose value is a URI without a password: a token's audience or issuer as a
 * note reads them out of a token ("aud=api://invoice-api", "iss=https://sts.windows.net/…/"), a
 * redirect_uri. The word before it named the token, and this is what the token says.
 */
const CLAIM_OF_REFERENCE = /^[a-z][a-z_]{1,24}=[a-z][a-z0-9+.-]{1,20}:\/\/[^\s@]*$/i;
/** Terraform's types, names and attributes are lower case: "Summer_Sun.Beach.2024" is none. */
const HCL_REFERENCE = /^[a-z][a-z0-9]*_[a-z0-9_]+\.[a-z_][\w-]*\.[a-z_][\w.-]*(?:\[\d{1,3}\])?$/;
/**
 * What a console shows of a key it will not show: a few characters, a run of stars or bullets,
 * maybe the last few ("AKIA************1W8E", "••••••••3f9a").
 */
const MASKED_DISPLAY = /^[\w-]{0,12}[*•●]{4,}[\w-]{0,8}$/;
/**
 * The same for a key in groups: all but the last blanked with X or stars, as `slmgr /dli` and a
 * licence portal show a product key ("XXXXX-XXXXX-XXXXX-XXXXX-7H3QF"); the first group of stars may
 * have been read as Markdown's emphasis in front of the value ("(final): *****-*****-…-V70HA").
 */
const MASKED_GROUPS =
  /^(?:(?:(?:[Xx]{4,8}|[*•●]{4,8})-){2,7}|[*•●]{0,8}-(?:[*•●]{4,8}-){1,7})[A-Za-z0-9]{4,8}$/;
/**
 * The source of a regular expression that matches credentials (a DLP rule, a log filter):
 * "(password|pwd)\\s*[:=]\\s*\\S+" holds escapes no password is typed with.
 */
const REGEX_SOURCE = /\\[sSdDwW](?![A-Za-z0-9])|\(\?[imsx]{1,4}\)/;
/** An absolute path in lower case after `host:` ("backup@nas:/volume1/bk/", "~/.ssh/"). */
const ABSOLUTE_PATH = /^(?:~|\.{1,2})?\/(?:[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)*\/?)?$/;
/** A Windows path from its drive: "C:\\Users\\svc-git\\.ssh\\id_ed25519". */
const WINDOWS_PATH = /^[A-Za-z]:\\(?:[\w .-]{1,80}\\){0,20}[\w .-]{0,80}$/;
/** A file's path, absolute or from a Windows drive. */
const isPath = (value: string) => ABSOLUTE_PATH.test(value) || WINDOWS_PATH.test(value);
/**
 * Two letters of a script typed without spaces (Han, kana, Hangul) open a sentence in that script,
 * not a password typed on a Latin keyboard: "密码：见密码库（NAS管理员条目）".
 */
const CJK_SENTENCE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2}/u;
/** A vault or file path in lower case ("secret/prod/sql"); a key in base64 mixes cases. */
const LOWER_PATH = /^[a-z][a-z0-9_.-]*(?:\/[a-z0-9_.-]+)+\/?$/;
/**
 * A Proxmox API token's id, user@realm!name in one of its built-in realms: the secret is a UUID
 * given beside it, not this.
 */
const PROXMOX_TOKEN_ID = /^[a-z0-9][\w.-]{0,63}@(?:pve|pam)![\w.-]{1,64}$/;
/** The name of a secret in snake case: "db_password", "smtp_api_token". */
const SECRET_NAME = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:password|passwd|pass|pwd|secret|token|key)$/;
// An upper-case variable that holds the password names it without being it: "$env:DB_PASSWORD".
const SECRET_VARIABLE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|KEY)$/;

/**
 * What documentation writes where a secret goes, whatever the rule found it: a vendor prefix with
 * its random part blanked out ("sk_test_XXXXXXXXXXXXXXXX", "ghp_000000000000"), a vendor's published
 * sample key (AWS's, which end in "EXAMPLE"), or a template's own upper-case word
 * ("postgresql://USER:PASSWORD@HOST").
 */
export const isDocumentationExample = (secret: string) =>
  /(?:^|[-_.])(?:x{8,}|X{8,}|0{8,}|\*{8,})$/.test(secret) ||
  // Every part of it blanked, whatever joins the parts: a webhook's path as documentation writes it
  // ("XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX", "xxxxxxxx-xxxx-xxxx"). No key has nothing but
  // X's in it; one with a part left readable ("T00000000/B00000000/XXXX…") is a test's fake, masked.
  /^(?:[xX]{3,64}|\*{3,64})(?:[-_./:+](?:[xX]{3,64}|\*{3,64})){1,15}$/.test(secret) ||
  // AWS's documentation keys end in the word: an access key id in "EXAMPLE", a secret in "EXAMPLEKEY".
  /^(?:AKIA|ASIA)?[A-Za-z0-9/+]{4,40}EXAMPLE(?:KEY)?$/.test(secret) ||
  /^(?:PASSWORD|PASSWD|PASS|SECRET|TOKEN)$/.test(secret);

/**
 * A value blanked in its last path segment, as a vendor's documentation writes a webhook
 * ("…/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"), when the line in front says it quotes
 * documentation ("Slack docs example: curl … https://hooks.slack.com/services/…"). A test's fake of
 * that shape, with no such word, is masked like the real one.
 */
export const isQuotedDocumentation = (secret: string, lineBefore: string) =>
  /\/(?:x{8,}|X{8,}|0{8,}|\*{8,})$/.test(secret) &&
  /(?<![A-Za-z])(?:examples?|docs?|documentation|sample|placeholder|template|e\.g\.|beispiel|exemple|ejemplo|esempio|voorbeeld|exemplo|przyk[lł]ad)(?![A-Za-z])/i.test(
    lineBefore,
  );

/** Strips the punctuation a sentence puts after a value. */
const bareValue = (secret: string) => secret.replace(/[.,:;!?)]+$/, '');

const CYRILLIC_LETTER = /[\u0400-\u04FF]/;
/**
 * The normal form folds Cyrillic look-alikes to Latin, and "з" to the digit 3: "пользователь"
 * becomes "пoлb3obateлb", which would pass for letters and digits. In a word that still holds a
 * Cyrillic letter the 3 was a letter; a Cyrillic password keeps its real digits ("3иma2024!").
 */
export const asWritten = (text: string) =>
  CYRILLIC_LETTER.test(text) ? text.replace(/(?<=\p{L})3|3(?=\p{L})/gu, 'з') : text;

/**
 * A setting's name in lower case with hyphens ("wpa2-pre-shared-key"): before its "=" it is the next
 * pair of a config line, not the value of the word before it.
 */
export const isSettingName = (value: string) => /^[a-z][a-z0-9]*(?:-[a-z0-9]+){1,6}$/.test(value);

/** A PowerShell cmdlet that makes or reads a credential, as written: verb, hyphen, noun. */
const CMDLET = /^(?:ConvertTo|ConvertFrom|Read|Get|Import|Unprotect|New|Invoke|Resolve)-[A-Z][A-Za-z]{2,40}$/;

/** SSH key and signature algorithm names. */
const SSH_KEY_TYPE =
  /^(?:ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp(?:256|384|521)|rsa-sha2-(?:256|512)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)(?:-cert-v01@openssh\.com)?$/;

/**
 * Public material that sits where a secret would: an SSH public key blob (base64 of the key type,
 * "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-…", behind a four-byte length, so it starts "AAAA"), a
 * host-key or certificate fingerprint ("SHA256:…", "MD5:…") and a Stripe publishable key.
 */
export function isPublicKeyMaterial(value: string): boolean {
  if (/^(?:SHA(?:1|256|384|512)|MD5):[A-Za-z0-9+/=:]{16,}$/i.test(value)) return true;
  // A Stripe publishable key is in every checkout page's source, by design.
  if (/^pk_(?:live|test)_[A-Za-z0-9]{16,}$/.test(value)) return true;
  if (!/^AAAA[A-Za-z0-9+/]{16,}/.test(value)) return false;
  const type = Buffer.from(value.slice(0, 24), 'base64').subarray(4).toString('latin1');
  return /^(?:ssh-|ecdsa-|sk-ssh-|sk-ecdsa-|rsa-sha2-)/.test(type);
}

/**
 * A type where a value would stand: a parameter's annotation (`password: str | None = None`,
 * `pin: int`), a schema's field type, the example value Swagger fills a string field with
 * (`"password": "string"`), and a registry value's type, which `reg query` prints between the
 * value's name and its data ("Password    REG_BINARY    3c5c…": the data is the secret).
 */
const TYPE_NAME =
  /^(?:str|string|bytes|bytearray|int|integer|number|char\[\]|secretstr|secretbytes|securestring|reg_(?:sz|expand_sz|multi_sz|binary|dword|qword|none)|(?:optional|list|union)\[[\w[\], |]{1,60}\]?)$/i;
/**
 * A name and the path of the file that holds the secret, as systemd's `LoadCredential=token:/etc/
 * app/token` and a container's secret mount (`db_pass:/run/secrets/db_pass`) write them: the file
 * is named, its content is not given.
 */
const isNameAndPath = (value: string) => {
  const colon = value.indexOf(':');
  return colon > 0 && /^[A-Za-z_][\w.-]{0,63}$/.test(value.slice(0, colon)) && isPath(value.slice(colon + 1));
};
/**
 * A phrase of words that holds the word for a password itself is a label or a message about one,
 * as a translation file or a form holds it ("forgot_password": "Passwort vergessen?", "Reset
 * password", "Mot de passe oublié ?"): no one makes a password of that word and others. Only the
 * words for a password (PASSWORD_WORDS), not "secret" or "key", which a passphrase may hold.
 */
const LABEL_WORDS = /^[¿¡]?[\p{L}'-]{1,30}(?: [\p{L}'-]{1,30}){1,7} ?[?!.:]?$/u;
const PASSWORD_WORD = new RegExp(`(?<![A-Za-z0-9])(?:${PASSWORD_WORDS})(?![A-Za-z0-9])`, 'i');
const isLabelPhrase = (value: string) => LABEL_WORDS.test(value) && PASSWORD_WORD.test(value);

/**
 * Words in quotes that say where the value is rather than give it, as a note or a form puts them
 * where the value would stand: "Mot de passe : « voir le gestionnaire de mots de passe »",
 * "Kennwort: „siehe Tresor“", "Password: 'see the vault'", "'im Tresor hinterlegt'". Letters only,
 * a word of pointing or of keeping first, or a place with its article: a passphrase in quotes does
 * not open with "see" or "in the".
 */
const POINTER_PHRASE =
  /^ ?(?:see|siehe|voir|ver|vea|zie|vedi|vedere|veja|consultez|consulter|consultar|consulte|check|ask|frag|fragen|demander|demandez|preguntar|pregunte|chiedere|chiedi|vraag|in (?:the|our|your|a|an)|im|dans (?:le|la|les|l')|nel|nella|stored|saved|kept|hinterlegt|gespeichert|stocke|guardada|guardado|opgeslagen|salvata|salvo)(?: [\p{L}'-]{1,30}){1,7} ?$/iu;
/**
 * A value computed at run time by a command, which the shell or a script substitutes: `"$(cat
 * /run/secrets/pg_password)"`, `` `pass show db/prod` ``, `"$(vault kv get -field=pw secret/db)"`.
 * The command names where the secret is; its output is not in the text.
 */
const COMMAND_SUBSTITUTION = /^(?:\$\([^()\n]{1,200}\)|`[^`\n]{1,200}`)$/;

/**
 * What stands where a secret was withheld: a placeholder (`<password>`, `XXXX`, `{sig}`, `****`)
 * or the word a redacting tool or a person wrote in its place ("sig=REDACTED", "P:removed;").
 */
export const isWithheld = (value: string) =>
  PLACEHOLDER.test(value) ||
  value.startsWith('[REDACTED') ||
  /^(?:redacted|removed|hidden|masked|omitted|elided|snipped|snip|censored)$/i.test(value);

/** A count of characters, in the languages of the credential words. */
const LENGTH_AFTER =
  /^ \d{1,3} (?:characters?|chars?|caracteres|caract[eè]res|zeichen|tekens|karakters?|caratteri|znak(?:i|ów)|tecken|tegn|merkki[aä]?|karakter|символ\w*|znak[uů]|文字|字符|자)/iu;

/**
 * Keeps stop words, placeholders (`****`, `<password>`, `$env:PW`), already-masked values and
 * other data (times, dates, counts); a quoted value is always masked, unless it is a placeholder or
 * a path.
 */
export function keepValue(secret: string, after = ''): boolean {
  // A path in quotes is a file: "Enter passphrase for key '/root/.ssh/backup_ed25519':".
  if (secret.startsWith('"') || secret.startsWith("'")) {
    const inner = secret.slice(1, -1);
    // A word about the password in quotes is still that word: "PIN: 'unchanged'".
    return (
      PLACEHOLDER.test(inner) ||
      isPath(inner) ||
      NOT_A_SECRET.has(inner.toLowerCase()) ||
      TYPE_NAME.test(inner) ||
      isNameAndPath(inner) ||
      isLabelPhrase(inner) ||
      POINTER_PHRASE.test(inner) ||
      COMMAND_SUBSTITUTION.test(inner)
    );
  }
  const value = bareValue(secret);
  const bare = value.toLowerCase();
  // "Password: (sent by SMS)", "Password: {{ vault_db_password }}", "AccountKey=<stored in Key
  // Vault>": the start of a remark or a template, not a value.
  if (/^[([{<]/.test(bare) && !/^\{[A-Za-z0-9]/.test(bare)) return true;
  // A format placeholder a rule cut at its closing brace ("Password={your_password};"): braces
  // also quote an ODBC value ("PWD={p@ss;word}"), so only a lowercase name or a placeholder inside.
  if (bare.startsWith('{') && after.startsWith('}')) {
    const inner = bare.slice(1);
    if (/^[a-z][a-z0-9_.-]{0,40}$/.test(inner) || PLACEHOLDER.test(inner)) return true;
  }
  // A string literal's prefix, cut off its quotes by a rule that reads bare words (`b"…"`, `r'…'`,
  // `@"…"`): the literal is the value, and the rules that read it whole judge it.
  if (/^(?:[bru]{1,2}|@)$/.test(bare) && /^["']/.test(after)) return true;
  // The rest of a URL whose scheme the rule took for a key: "password via https://…".
  if (bare.startsWith('//')) return true;
  // A word before a length is a password policy: "Contraseñas: mínimo 12 caracteres", "Kennwort:
  // mindestens 14 Zeichen".
  if (/^\p{L}{2,12}$/u.test(bare) && LENGTH_AFTER.test(after)) return true;
  // A lowercase word with more words after it is a sentence, Markdown emphasis opened in front or
  // not: "is managed by LAPS", "Wachtwoord: staat in de kluis", "**Password:** *stored in Hudu*".
  if (/^[*_]{0,3}\p{Ll}{1,20}$/u.test(asWritten(value)) && /^ \p{L}/u.test(asWritten(after))) return true;
  // A capitalised word that starts a sentence of lowercase words is error text, not a value:
  // "InvalidAuthenticationToken: Lifetime validation failed".
  if (/^\p{Lu}\p{Ll}{2,20}$/u.test(value) && /^ \p{Ll}{2,} \p{Ll}{2,}/u.test(after)) return true;
  // An attribute's name inside the tag whose text is the value: "<Value ProtectInMemory="True">",
  // as a KeePass export writes it; the rule that reads the element takes the value itself.
  if (/^[A-Za-z][A-Za-z_-]{1,40}=$/.test(value) && /^["']/.test(after)) return true;
  // One character with more single characters after it, a space between each, is the start of a
  // value written letter by letter ("password is T r o m b o n e 4 7 !"): the rule for spaced
  // characters (prose.ts) masks it whole, where this would leave all but its first character.
  if (/^[!-~]$/.test(secret) && /^(?: [!-~](?![!-~])){3}/.test(after)) return true;
  // An elided article or pronoun is the start of a sentence: "Mot de passe : l'utilisateur le
  // choisira", "password: can't be reset", "Password: dell'utente".
  if (/^\p{L}{1,4}$/u.test(bare) && /^'\p{L}/u.test(after)) return true;
  // A computer's name in capitals, then the word for password: the line is about that computer's
  // password, as LAPS reports it ("LAPS: PC-ACC-07 password last rotated 11/04/2024").
  if (
    /^[A-Z][A-Z0-9]{0,14}(?:-[A-Z0-9]{1,14}){1,4}$/.test(value) &&
    /^ (?:password|pwd|kennwort|passwort)\b/i.test(after)
  )
    return true;
  // A PowerShell cmdlet that computes the value from its arguments: "$pw = ConvertTo-SecureString
  // $env:SVC_PASSWORD -AsPlainText", "$cred = Import-Clixml …". Its arguments are judged apart.
  if (CMDLET.test(value) && /^(?: [-$'"(@]|[ \t]*(?:\r?\n|$))/.test(after)) return true;
  // A setting's name, then its "=" ("psk wpa2-pre-shared-key=\"\"" in a MikroTik print).
  if (isSettingName(value) && after.startsWith('=')) return true;
  // The name of a key type in front of a public key: "Host key: ecdsa-sha2-nistp256 AAAA…".
  if (SSH_KEY_TYPE.test(bare)) return true;
  // A value with no Latin letter or digit (after folding) is words of another script, not a
  // password typed on a keyboard: "パスワード：別途お伝えします".
  if (!/[a-z0-9]/.test(bare) || CJK_SENTENCE.test(bare)) return true;
  return (
    bare === '' ||
    NOT_A_SECRET.has(bare) ||
    secret.startsWith('[REDACTED') ||
    PLACEHOLDER.test(bare) ||
    PLACEHOLDER.test(secret) ||
    PROMPT.test(bare) ||
    CALL.test(value) ||
    PUBLISHED_KEYS.has(bare.toUpperCase()) ||
    OTHER_DATA.test(bare) ||
    SECRET_VARIABLE.test(value) ||
    SECRET_NAME.test(value) ||
    PROXMOX_TOKEN_ID.test(value) ||
    REFERENCE.test(value) ||
    DEVICE_INSTANCE_ID.test(value) ||
    CLAIM_OF_REFERENCE.test(value) ||
    HCL_REFERENCE.test(value) ||
    LOWER_PATH.test(value) ||
    isPath(value) ||
    TYPE_NAME.test(value) ||
    isNameAndPath(value) ||
    MASKED_DISPLAY.test(value) ||
    MASKED_GROUPS.test(value) ||
    REGEX_SOURCE.test(secret) ||
    isDocumentationExample(value) ||
    FILE_NAME.test(value) ||
    isBareJwtHeader(value) ||
    isPublicKeyMaterial(value)
  );
}

/**
 * For values with no colon or verb in front ("admin password P@ssw0rd!"): kept unless they look
 * like a secret, i.e. six characters or more mixing letters with digits or symbols. "password
 * reset link sent" and "password expires in 14 days" stay as written.
 */
export function keepUnlessSecretLooking(secret: string, after = ''): boolean {
  if (keepValue(secret, after)) return true;
  const bare = asWritten(bareValue(secret));
  if (bare.length < 6) return true;
  // A mailbox named by the part before its "@": "le mot de passe du compte facturation@ a été …".
  if (/^\p{Ll}[\p{Ll}.-]{1,40}@$/u.test(bare)) return true;
  // Four words or more joined by hyphens are a generated passphrase ("stapler-oyster-quantum-fjord").
  if (/^\p{Ll}{3,12}(?:-\p{Ll}{3,12}){3,7}$/u.test(bare)) return false;
  // Groups of four letters of which one starts or runs as no word does: a generated password
  // ("Rokn-cdzw-csmi", "Lena-zhpc-ykzy"), where "Team-Sync-Test" is words.
  if (/^[A-Za-z]{4}(?:-[A-Za-z]{4}){2,5}$/.test(bare) && bare.toLowerCase().split('-').some(isRandomGroup))
    return false;
  const letters = /\p{L}/u.test(bare);
  const digits = /\d/.test(bare);
  const symbols = /[!@#$%^&*+=?~_|\\/<>]/.test(bare);
  // Letters whose case turns up three times or more, with few vowels, are drawn at random
  // ("hWwkLWslEGjpGi"); a name in camel case is words ("BackupToAAD-BitLockerKeyProtector").
  const vowels = bare.match(/[aeiouyAEIOUY]/g)?.length ?? 0;
  const randomCase =
    bare.length >= 10 && (bare.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0) >= 3 && vowels / bare.length < 0.2;
  // Letters drawn at random, as a server's BMC prints its unique password on a sticker
  // ("KXQWZRTMPL") or a switch's SNMP community is made ("ZbxcmdiKsdm"): ten or more, in any case,
  // at most one a vowel, seven different at least. Words and acronyms of that length have vowels.
  const randomLetters = /^[A-Za-z]{10,24}$/.test(bare) && vowels <= 1 && new Set(bare).size >= 7;
  return !((letters && digits) || symbols || (digits && bare.length >= 8) || randomCase || randomLetters);
}

/** `value` without the pair of quotes around it, if it has one: `"x"` and `'x'` read as `x`. */
export const unquoted = (value: string) => value.replace(/^(["'])(.*)\1$/, '$2');

/** A value after a key or a phrase: quoted (may hold spaces) or one bare word. */
export const VALUE = String.raw`(?:"[^"\n]{1,200}"|'[^'\n]{1,200}'|[^\s,;"'<>]{1,200})`;

/** A value with nothing but a space in front: a quoted one, or a word without `:` or `=`. */
export const LOOSE_VALUE = String.raw`(?:"[^"\n]{1,200}"|'[^'\n]{1,200}'|[^\s,;:="'<>]{1,200})`;

/**
 * A bare value for command lines: not a flag, a subexpression, or a variable (all of it: `$tA5W@gFp…`
 * is a literal that starts with a dollar sign).
 */
export const ARG = String.raw`(?:"[^"\n]{1,200}"|'[^'\n]{1,200}'|(?![-(]|\$\(|\$\{|\$[A-Za-z_]\w{0,60}(?![^\s"'<>|)]))[^\s"'<>|]{1,200})`;

/**
 * Between a key and its value: a colon, an equals sign, an arrow, a dash or a bar, with Markdown
 * emphasis around it (`**Password:** x`, `__pwd__ = x`).
 */
export const SEPARATOR = String.raw`(?:[*_]{0,2} ?(?::|=>|->|=|\|) ?[*_]{0,2} ?| -{1,2}>? )`;
/**
 * A separator after words of context: not a dash between spaces, which after a few words is the
 * dash of a name ("routing key for 'MSP – Critical Servers' service: x") more often than an arrow.
 */
export const CONTEXT_SEPARATOR = String.raw`(?:[*_]{0,2} ?(?::|=>|->|=|\|) ?[*_]{0,2} ?)`;

/**
 * For values after a user name or a vague word ("as admin / x", "tijdelijk x"): kept unless strong,
 * i.e. letters, digits and a symbol, or upper, lower and digits in eight characters or more.
 */
export function keepUnlessStrong(secret: string, after = ''): boolean {
  if (keepValue(secret, after)) return true;
  const bare = asWritten(bareValue(secret));
  const letters = /\p{L}/u.test(bare);
  const digits = /\d/.test(bare);
  const symbols = /[!@#$%^&*+=?~]/.test(bare);
  const mixed = /\p{Lu}/u.test(bare) && /\p{Ll}/u.test(bare);
  return !((letters && digits && symbols) || (mixed && digits && bare.length >= 8));
}
