import { type NormalizedText, normalizeText, originalSpan } from '../text/normalize.js';
import { wordAlternation } from './languages.js';
import { LiteralHints, literalsOf } from './literal-hints.js';
import { REDACTION_RULES, type RedactionRule } from './rules.js';
import { isDocumentationExample, isQuotedDocumentation, keepUnlessStrong } from './values.js';

const sticky = new WeakMap<RegExp, RegExp>();

/**
 * The matches of `rule` in `n`: everywhere, or only at `starts` (ascending). The caller answers each
 * with whether it took it. A match taken is never overlapped by a later one; after a match turned
 * down (its value was a word, a placeholder) the search goes on from the next character, not from
 * the match's end: "Parola pentru contul de e-mail … este x" first reads "e" as a copula and "-mail"
 * as the value, and the real copula and value come after.
 */
function* matches(
  rule: RedactionRule,
  n: string,
  starts: readonly number[] | null,
): Generator<RegExpExecArray, void, boolean | undefined> {
  const { pattern } = rule;
  if (starts === null) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(n); match !== null; match = pattern.exec(n)) {
      const taken = yield match;
      if (taken !== true) pattern.lastIndex = match.index + 1;
      else if (match[0].length === 0) pattern.lastIndex += 1;
    }
    return;
  }
  let at = sticky.get(pattern);
  if (at === undefined) {
    at = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    sticky.set(pattern, at);
  }
  let end = 0;
  for (const start of starts) {
    if (start < end) continue;
    at.lastIndex = start;
    const match = at.exec(n);
    if (match === null) continue;
    if ((yield match) === true) end = start + Math.max(match[0].length, 1);
  }
}

/** What {@link redactSecrets} did to one text. */
export interface RedactionResult {
  /** The text with every secret found replaced by `[REDACTED:<kind>]`. */
  text: string;
  /** How many secrets were masked, per kind. Counts only: never the secrets. */
  counts: Readonly<Record<string, number>>;
}

const MASK_PREFIX = '[REDACTED';
/** How much of the text after a match a rule's `keep` sees. */
const AFTER = 40;

/**
 * Keys whose value is public by design: a WireGuard or other public key, a subresource-integrity
 * hash (`"integrity": "sha512-…"`), a reCAPTCHA or Turnstile site key, which every page that shows
 * the widget carries. A rule that took them for a credential key leaves them.
 */
const PUBLIC_KEY_LABEL =
  /(?:public[ _-]?key|pub[_-]?key|site[ _-]?key|integrity|fingerprint)["']?[ \t]{0,4}(?::=|=>|:|=)?[ \t]{0,4}["']?$/i;
/**
 * "Public", as the languages of languages.ts write it, and their word for a key: a public key is
 * named so in every language a peer's or a server's key is handed over in ("Unser öffentlicher
 * WireGuard-Schlüssel:", "clé publique du serveur :", "открытый ключ:", "公開鍵：", "المفتاح العام:").
 * Not "genel" (Turkish "general" as often as "public").
 */
const PUBLIC_WORD = wordAlternation([
  'public',
  'publique',
  'público',
  'pública',
  'pubblico',
  'pubblica',
  'publiek',
  'publieke',
  'openbaar',
  'openbare',
  'öffentlich',
  'öffentliche',
  'öffentlicher',
  'öffentlichen',
  'öffentliches',
  'publiczny',
  'publiczna',
  'publicznego',
  'publicznym',
  'offentlig',
  'offentliga',
  'offentlige',
  'julkinen',
  'julkisen',
  'nyilvános',
  'veřejný',
  'veřejná',
  'veřejného',
  'açık',
  'открытый',
  'открытого',
  'открытым',
  'публичный',
  'публичного',
  'відкритий',
  'публічний',
  '公開',
  '公开',
  '공개',
  'العام',
  'عام',
  'ציבורי',
  'δημόσιο',
  'publică',
  'công khai',
  'publik',
]);
const KEY_WORD = wordAlternation([
  'key',
  'schlüssel',
  'clé',
  'clave',
  'chiave',
  'sleutel',
  'chave',
  'klucz',
  'klíč',
  'nyckel',
  'nøgle',
  'nøkkel',
  'avain',
  'kulcs',
  'anahtar',
  'ключ',
  '鍵',
  '键',
  '钥',
  '鑰',
  '密钥',
  '金鑰',
  '키',
  'المفتاح',
  'مفتاح',
  'מפתח',
  'κλειδί',
  'cheie',
  'cheia',
  'khóa',
  'kunci',
]);
/**
 * A word between "public" and "key", or after them, that makes the key another: a private or shared
 * one, a password, a network's (a public Wi-Fi's key is its password); or that names another secret
 * in the words after them ("Public key uploaded, the API token for the portal:").
 */
const NOT_PUBLIC = String.raw`(?!priv|secret|token|cred|geheim|shared|pre-?shared|psk|pass|kennw|wort|senha|contrase|mot de|parol|has[lł]|heslo|sifre|wi-?fi|wlan|wpa|network|netzwerk|reseau|guest|gast|закрыт|личн|секрет|парол|秘密|私|密码|비밀|خاص|سري|פרטי)`;
/**
 * "Public" and a word for a key, in either order and with up to two words between (a product's
 * name: "öffentlicher WireGuard-Schlüssel"), then up to eight words of context ("Public Key der
 * Filiale für den Peer-Eintrag:") and a separator or a copula at the end of the label: what follows
 * is the public key.
 */
const PUBLIC_KEY_PHRASE = new RegExp(
  String.raw`(?<![A-Za-z])(?:(?:${PUBLIC_WORD})(?:[ -]${NOT_PUBLIC}[^\s:=-]{1,24}){0,2}[ -]?(?:${KEY_WORD})|(?:${KEY_WORD})[^\s:=,;.'"-]{0,4}(?:[ -]${NOT_PUBLIC}[^\s:=-]{1,24}){0,2}[ -]?(?:${PUBLIC_WORD}))[^\s:=,;.'"-]{0,4}(?: ${NOT_PUBLIC}[^\s:=]{1,24}){0,8}?["']?[ \t]{0,4}(?::=|=>|->|:|=| (?:is|ist|lautet|est|es|e|è|är|er|je|jest|to|on|是|为|は|는|은))?[ \t]{0,4}["']?$`,
  'i',
);
/**
 * A label that names a secret without being one: a key's id ("recovery key ID", the JWT header's
 * `kid`), a secret's name in a vault, a thumbprint. What follows it is the id or the name, unless
 * another credential word comes after the label ("Key ID: 1A2B…, recovery password: 1234-…"). A
 * remark in brackets is no such word: "Recovery key ID (compare it with the key on file): 7C1E09AF",
 * as BitLocker's recovery screen puts it.
 */
const IDENTIFIER_LABEL =
  /(?:\b(?:key|secret|password|token|credential|certificate)[ _-]?(?:id|identifier|kennung|name)\b|\bkid\b|\bthumbprint\b)(?:\([^)\n]{0,50}\)|(?!pass|kennw|wort\b|key\b|\bcode\b|\bpin\b|secret)[^\n.;,]){0,60}$/i;
/**
 * A label that says where a secret is, or what hints at it, rather than giving it: a record's uid
 * in a vault ("Keeper, record UID …"), a key container's name, a Kubernetes Secret's name in a
 * chart's values ("existingSecret: grafana-admin", "secretName:"), a password hint ("Password hint:
 * 'see Keeper'"), and the last step of a menu path ("ITGlue -> Passwords -> 'Veeam service account'").
 * Not after an entry named in quotes: then the path has ended at the entry, and what follows is its
 * value ("API Keys -> 'zabbix' -> 1-Xk7…").
 */
const POINTER_LABEL =
  /(?:\b(?:record|item|entry|object|asset|vault)[ _-]?(?:uid|id|guid)|\buid|\bkey[ _-]?container|\bexisting[ _-]?secret|\bsecret[ _-]?(?:name|ref)|\bhint|hinweis|\bindice|\bpista|\bdica|ヒント|提示|힌트|подсказка|->(?![ \t]{0,4}["'][^"'\n>]{1,38}["'][ \t]{0,4}->[ \t]{0,4}$)[^\n>]{1,40}->)[ \t]{0,4}(?:[:=#]|->)?[ \t]{0,4}["'*_]{0,3}$/i;
/** A shell variable piped into a command: `echo $PW | sudo -S …` names the variable, gives no value. */
const SHELL_PIPE = /\$\{?[A-Za-z_]\w{0,40}\}? ?\| ?$/;
/** A commit named by its hash: "previous HEAD was 559f823c…", "commit: a85f0f54…". */
const COMMIT_LABEL = /\b(?:HEAD|commit|revision)(?: (?:is|was|at|now))?[ \t]{0,4}[:=#]?[ \t]{0,4}$/i;
/**
 * The resource part of a cloud resource's name: in "arn:aws:secretsmanager:eu-west-1:123456789012:
 * secret:prod/db-AbC123" the word "secret" is the resource's type, and what follows is its name.
 * The twelve digits of the account tell it when the label cuts the "arn:" of a long partition off.
 */
const RESOURCE_NAME_LABEL =
  /(?:\barn:aws[a-z-]{0,12}:)?[a-z0-9-]{1,40}:[a-z0-9-]{0,30}:\d{12}:[\w-]{1,40}[:/]$/i;
/**
 * A YAML tag that fetches the value from elsewhere: Home Assistant's `ssid: !secret wifi_ssid`,
 * `!env_var DB_PASS`, `!include`, CloudFormation's `!Ref DbPassword`. The word after it names the
 * entry; a rule that read the tag's "secret" as a credential word took that name for the value.
 */
const YAML_TAG = /(?:^|[\s:,[{-])![A-Za-z][\w-]{1,20}[ \t]{1,4}$/;
/**
 * "ID" in front of a key's name or after it, as the languages write it ("ID chiave di ripristino:",
 * "ID de la clé de récupération :", "ID de clave:", "Schlüssel-ID:", "回復キー ID:"), with no word for
 * a password or a code between it and the value. Abbreviated with a full stop too, as Spanish
 * writes it ("id. de clave", "ident. de la clé"): the stop is the abbreviation's, no sentence's end.
 */
const ID_LABEL = new RegExp(
  String.raw`(?<![A-Za-z])(?:(?:ID|ident)\.(?= )|ID|${wordAlternation([
    // The word written out, as BitLocker's recovery screen reads in the languages Windows is
    // installed in: "identificateur de clé", "Schlüsselkennung", "identificador de clave",
    // "identificativo della chiave", "sleutel-id", "идентификатор ключа", "回復キー識別子".
    'identifier',
    'identificateur',
    'identifiant',
    'identificador',
    'identificativo',
    'identificatore',
    'identificatie',
    'identyfikator',
    'identifikator',
    'identifierare',
    'kennung',
    'tanımlayıcı',
    'tanimlayici',
    'идентификатор',
    'ідентифікатор',
    '識別子',
    '标识符',
    '識別碼',
    '식별자',
    'المعرف',
    'معرف',
  ])})(?![A-Za-z])(?:(?!pass|kennw|wort\b|senha|contrase|parol|has[lł]o|mdp|\bpin\b|\bpuk\b|code|c[oó]digo|codice|密码|パスワード|暗証|비밀번호)[^\n.;,]){0,50}$`,
  'i',
);
/**
 * What such an ID is: a GUID or its first groups, as BitLocker's recovery screen shows the key's
 * ("BA61B6D0-7875-…", "02A5A7EF", "2FE2C101-3411"), a letter or a hyphen in it. The recovery key
 * itself, eight groups of six digits, is none.
 */
const KEY_ID = /^[{(]?[0-9A-F]{8}(?:-[0-9A-F]{4}){0,3}(?:-[0-9A-F]{12})?[})]?[.,;:]?$/i;
const isKeyId = (secret: string, label: string) =>
  KEY_ID.test(secret) && /[A-F-]/i.test(secret) && ID_LABEL.test(label);
/**
 * "ID" and the key's id, which a rule that found the word for a key in front took for one value:
 * "回復キーID：{EA54CAC9-…}（…）" (the normal form writes the full-width colon and bracket plain).
 */
const isIdAndKeyId = (secret: string) => {
  const id = /^ID ?[:=] ?(.{8,40}?)\(?$/i.exec(secret)?.[1];
  return id !== undefined && KEY_ID.test(id) && /[A-F-]/i.test(id);
};
/**
 * A portal's list of devices, named as its menu writes it (a capital first), as the last step of a
 * menu path: "look it up under Devices → PC-COMPTA-03", "Intune > Geräte > NB-023". What follows is
 * a device's name, not a secret; "password for the devices → …" names none.
 */
const SECTION_END = String.raw`[ \t]{0,4}(?:->|>|»)[ \t]{0,4}["']?$`;
const SECTION_LABEL = new RegExp(
  // In the normal form, which drops the accents: "Geräte", "Urządzenia", "Périphériques".
  String.raw`(?<![A-Za-z])(?:Devices|Computers|Machines|Endpoints|Gerate|Appareils|Ordinateurs|Peripheriques|Dispositivos|Equipos|Dispositivi|Apparaten|Urzadzenia|Enheter|Cihazlar)${SECTION_END}`,
);
/** The same in the scripts without capitals, and in Cyrillic, any case. */
const SECTION_LABEL_OTHER = new RegExp(
  `(?:${wordAlternation(['устройства', 'デバイス', '设备', '裝置', '장치', '디바이스', 'الأجهزة'])})${SECTION_END}`,
  'i',
);
/**
 * A file's digest after its algorithm's name: "SHA256: 8fbc…", "sha1sum (installer): 2fd4…". A note
 * that says the file is protected by a password, and how it is sent, puts the digest after the word
 * for the password; the digest is what the download is checked against. SHA-1, SHA-2 and SHA-3 and
 * BLAKE only: an MD5 or an NT hash next to a password may be the password's own.
 */
const DIGEST_LABEL =
  /(?<![A-Za-z0-9])(?:sha-?(?:1|224|256|384|512)|sha3-(?:224|256|384|512)|blake2[bs]?|blake3|b3)(?:sum)?(?: ?\([^)\n]{0,40}\))?[ \t]{0,4}[:=]?[ \t]{0,4}$/i;
const DIGEST = /^[0-9a-f]{40,128}$/i;
/**
 * A PEM block of public material: a public key, a certificate, a request for one. Every line inside
 * is public by design, pasted on one line or on several; a private key's block is another and stays
 * a secret.
 */
const PUBLIC_BLOCK =
  /-----BEGIN (?:(?:RSA|EC|DSA|SSH2|OPENSSH|PGP) )?(?:PUBLIC KEY(?: BLOCK)?|CERTIFICATE(?: REQUEST)?|NEW CERTIFICATE REQUEST|TRUSTED CERTIFICATE|X509 CRL)-----[^-]{0,20000}?-----END [A-Z0-9 ]{1,40}-----/g;

/** Text in front of a match after which what a rule found is no secret. */
const LABELS_OF_NO_SECRET = [
  PUBLIC_KEY_LABEL,
  PUBLIC_KEY_PHRASE,
  IDENTIFIER_LABEL,
  POINTER_LABEL,
  SHELL_PIPE,
  COMMIT_LABEL,
  RESOURCE_NAME_LABEL,
  YAML_TAG,
  SECTION_LABEL,
  SECTION_LABEL_OTHER,
];
/**
 * A card payment's authorisation code, as a terminal prints it on the receipt ("AUTH CODE 083112",
 * "APPR CODE: 4F21A9"): the issuer's approval of one payment, which opens nothing. A domain's
 * transfer "auth code" is a secret, so only in a receipt: a card number masked but for its last
 * four digits, or the terminal's and the merchant's ids.
 */
const CARD_AUTH_CODE_LABEL =
  /\b(?:auth(?:ori[sz]ation)?|approval|appr)[ .]?(?:code|no\.?|nr\.?|#)[ \t]{0,4}[:#]?[ \t]{0,4}$/i;
const CARD_RECEIPT =
  /(?:[*Xx\u2022]{4}[ -]?){2,3}\d{4}(?!\d)|\b(?:TID|MID)\b|\b(?:[Tt]erminal|TERMINAL|[Mm]erchant|MERCHANT|[Cc]ustomer|CUSTOMER|[Cc]ardholder|CARDHOLDER) (?:ID|[Ii]d|[Cc]opy|COPY)\b/;
/**
 * A secret named by its description in a notice of its expiry: "Client secret 'crm-sync-2025' of
 * app registration 'Backup Reports' expires in 7 days", "API token 'ci-deploy' expired.
 * Portals list client secrets, tokens and keys by the name given when they were made, and such a
 * notice never shows the value. Only a quoted name that is no strong value: a random one is masked.
 */
const NAMED_SECRET_LABEL = /\b(?:secret|token|key|certificate)[ \t]{0,4}$/i;
const EXPIRY_NOTICE =
  /^ (?:(?:of|for|on|in|from|des|der|du|de|van|di|do|da) [^\n.]{1,80}? )?(?:expires|expired|has expired|will expire|is expiring|expiring|is about to expire|lauft|laeuft|expire|expira|caduca|vence|scade|verloopt|wygasa)\b/i;
/** How much of the text after a quoted name the notice check reads. */
const NOTICE = 120;
/** An opened and not yet closed `{{` on the line before a match. */
const INSIDE_TEMPLATE = /\{\{(?:(?!\}\})[^\n]){0,200}$/;
/** How much of the text before a match the label checks look at. */
const BEFORE = 60;
const EXISTING_MASK = /\[REDACTED:[a-z0-9-]{1,40}\]/g;
/**
 * A masked value without the stop of its sentence or the quotes around it: the value as it is
 * repeated further on (the redaction's last step).
 */
const REPEATED = /^(?:(["'`])(?<quoted>[^\n]+)\1|(?<stopped>[^\n]+?)[.,;:])$/;
/** What may stand either side of a repeated value: a space, punctuation, a bracket or a quote. */
const WORD_EDGE = /[\s.,;:!?()[\]{}"'`]/;

/** The mask that stands in for a secret of `kind`. */
export function redactionMask(kind: string): string {
  return `${MASK_PREFIX}:${kind}]`;
}

/**
 * The distinct hints of a rule list, which of them each rule has (-1: none), and, for the hints that
 * are only literal words, their id in `literals` (-1: a pattern of its own).
 */
interface Plan {
  hints: RegExp[];
  hintOf: Int32Array;
  literals: LiteralHints;
  literalOf: Int32Array;
  /** 1 for a hint tested on the text as written (`asWritten` rules), 0 for one on the normal form. */
  writtenOf: Uint8Array;
}

// Worked out once per rule list rather than once per text: texts are many and short, and a map
// keyed by hint built for each of them costs about as much as testing the hints themselves.
const plans = new WeakMap<readonly RedactionRule[], Plan>();

function planOf(rules: readonly RedactionRule[]): Plan {
  let plan = plans.get(rules);
  if (plan === undefined) {
    const hints: RegExp[] = [];
    const hintOf = new Int32Array(rules.length);
    // Rules built in a loop (one per separator, per language) carry equal hints as separate
    // objects: equal source and flags make one hint. A hint is always tested from the start, so
    // `g` and `y` do not tell two apart.
    const indexOf = new Map<string, number>();
    const written: number[] = [];
    rules.forEach((rule, r) => {
      if (rule.hint === undefined) {
        hintOf[r] = -1;
        return;
      }
      // A hint on the text as written is another test than the same hint on the normal form.
      const key = `${rule.asWritten === true ? 'w' : 'n'}${rule.hint.flags.replace(/[gy]/g, '')}/${rule.hint.source}`;
      let h = indexOf.get(key);
      if (h === undefined) {
        h = hints.push(rule.hint) - 1;
        indexOf.set(key, h);
        written.push(rule.asWritten === true ? 1 : 0);
      }
      hintOf[r] = h;
    });
    const writtenOf = Uint8Array.from(written);
    // Hints of literal words are answered together, in one pass per text (literal-hints.ts), on
    // the normal form: a hint on the text as written is tested as it is.
    const literals = new LiteralHints();
    const literalOf = Int32Array.from(hints, (hint, h) => {
      const words = writtenOf[h] === 1 ? undefined : literalsOf(hint);
      return words === undefined ? -1 : literals.add(words, hint.flags.includes('i'));
    });
    plan = { hints, hintOf, literals, literalOf, writtenOf };
    plans.set(rules, plan);
  }
  return plan;
}

/**
 * Where `anchor` matches in `n`, found once per text and kept in `anchors`. Matches may overlap: a
 * word inside a longer one the anchor took ("password" in "access password") starts a match too.
 */
function startsOf(anchors: Map<RegExp, number[]>, anchor: RegExp, n: string): number[] {
  let starts = anchors.get(anchor);
  if (starts === undefined) {
    starts = [];
    anchor.lastIndex = 0;
    for (let m = anchor.exec(n); m !== null; m = anchor.exec(n)) {
      starts.push(m.index);
      anchor.lastIndex = m.index + 1;
    }
    anchors.set(anchor, starts);
  }
  return starts;
}

interface Span {
  from: number;
  to: number;
  kind: string;
}

const overlaps = (spans: readonly Span[], from: number, to: number) =>
  spans.some((s) => from < s.to && s.from < to);

/**
 * Where offset `at` of the text as written falls in its normal form: the first character of the
 * normal form that comes from `at` or after it.
 */
function toNormal(normal: NormalizedText, at: number): number {
  const { start } = normal;
  if (start === null) return at;
  let low = 0;
  let high = start.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((start[mid] as number) < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Masks secrets: private key blocks; cloud, SaaS and OAuth tokens (AWS, GitHub, GitLab, Slack,
 * Anthropic, OpenAI, Google, Stripe, SendGrid, Twilio, Azure, npm and more), JWTs, webhook URLs,
 * TOTP seeds, BitLocker recovery keys; Authorization and Bearer values; credentials in URLs,
 * connection strings and config lines; command-line credential flags (`net use`, `mysql -p`,
 * `sqlcmd -P`, `plink -pw`, `curl -u`, `docker login -p`, `ConvertTo-SecureString` …); network
 * device secrets and SNMP communities (a key ending a config line included); Wi-Fi keys; Windows
 * autologon values; app passwords; keys of the tools MSPs run; and passwords, PINs, PUKs, access
 * passes, codes, tokens and shared secrets written in prose after a credential word in any of
 * nineteen languages.
 *
 * Matching runs on the text's normal form (NFKC, invisible characters dropped, look-alike letters
 * folded: see `normalizeText`), so `pass\u200Bword：x` is found like `password: x`; the mask
 * replaces the characters as written and everything else is returned unchanged. Synchronous and
 * pure; the mask keeps the key or phrase in front of the secret (`Password=[REDACTED:credential]`),
 * so a reader still knows a password was given without learning it. Running it twice changes
 * nothing more.
 *
 * Detection is by pattern, so it errs towards masking: an unusual non-secret after `password:` may
 * be masked, while a bare password with no key or phrase in front of it cannot be recognised.
 */
export function redactSecrets(
  text: string,
  rules: readonly RedactionRule[] = REDACTION_RULES,
): RedactionResult {
  const normal = normalizeText(text);
  const n = normal.text;
  // Masks already in the text are taken: no rule may match into them.
  const taken: Span[] = n.includes(MASK_PREFIX)
    ? [...n.matchAll(EXISTING_MASK)].map((m) => ({ from: m.index, to: m.index + m[0].length, kind: '' }))
    : [];
  const found: Span[] = [];
  // Rules of one family share their hint; each hint is tested once per text, when a rule first
  // needs it. Anchors are shared too: each is run once per text, if a rule that has it runs.
  const { hints, hintOf, literals, literalOf, writtenOf } = planOf(rules);
  const tested = new Int8Array(hints.length);
  if (literals.size > 0) {
    const present = literals.present(n);
    for (let h = 0; h < hints.length; h++) {
      const l = literalOf[h] as number;
      if (l >= 0) tested[h] = present[l] as number;
    }
  }
  // Public PEM blocks hold nothing secret (PUBLIC_BLOCK): no match may fall inside one.
  const publicBlocks: Span[] = n.includes('-----BEGIN ')
    ? [...n.matchAll(PUBLIC_BLOCK)].map((m) => ({ from: m.index, to: m.index + m[0].length, kind: '' }))
    : [];
  const anchors = new Map<RegExp, number[]>();
  const writtenAnchors = new Map<RegExp, number[]>();
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r] as RedactionRule;
    // What the rule reads: the normal form, or the text as written (RedactionRule.asWritten), whose
    // offsets are mapped onto the normal form once a match is found.
    const written = rule.asWritten === true;
    const source = written ? text : n;
    const h = hintOf[r] as number;
    if (h >= 0) {
      if (tested[h] === 0) {
        const hint = hints[h] as RegExp;
        hint.lastIndex = 0;
        tested[h] = hint.test(writtenOf[h] === 1 ? text : n) ? 1 : 2;
      }
      if (tested[h] === 2) continue;
    }
    const starts =
      rule.anchor === undefined ? null : startsOf(written ? writtenAnchors : anchors, rule.anchor, source);
    const candidates = matches(rule, source, starts);
    let took = false;
    // The value of the last match turned down: a later match of the rule may start after its
    // front, but a piece of a value already judged ("?must" of "${DB_PASS:?must be set}") is not one.
    let judgedFrom = -1;
    let judgedTo = -1;
    for (let next = candidates.next(); next.done !== true; next = candidates.next(took)) {
      const match = next.value;
      took = false;
      const groups = match.groups ?? {};
      const secret = groups.secret ?? match[0];
      const at = match.index + (groups.pre?.length ?? 0);
      const end = at + secret.length;
      if (at > judgedFrom && at < judgedTo) continue;
      // Nothing but quotes is an empty field ("admin","","https://…"): there is nothing to mask; nor is
      // a quoted value that opens on the closing quote of one ("Password":"","Port" read as `","`).
      if (/^["'`]*$/.test(secret) || secret.startsWith(MASK_PREFIX)) continue;
      if ((secret[0] === '"' || secret[0] === "'") && source[at - 1] === secret[0]) continue;
      if (rule.keep?.(secret, source.slice(end, end + AFTER)) === true) {
        judgedFrom = at;
        judgedTo = end;
        continue;
      }
      // From here on the match is judged on the normal form, like every other.
      const from = written ? toNormal(normal, at) : at;
      const to = written ? toNormal(normal, end) : end;
      if (to <= from) continue;
      if (isDocumentationExample(secret)) continue;
      const lineBefore = n.slice(n.lastIndexOf('\n', from) + 1, from);
      if (isQuotedDocumentation(secret, lineBefore)) continue;
      // The label in front may start before the match: "Branch public key: …", "kid in the token header is …".
      const label = n.slice(Math.max(0, from - BEFORE), from);
      if (rule.standalone !== true && LABELS_OF_NO_SECRET.some((l) => l.test(label))) continue;
      if (rule.standalone !== true && DIGEST.test(secret) && DIGEST_LABEL.test(label)) continue;
      if (publicBlocks.length > 0 && overlaps(publicBlocks, from, to)) continue;
      // A key's id after "ID" (ID_LABEL, KEY_ID); a label of "ID" alone is no value either.
      if (
        rule.standalone !== true &&
        (isKeyId(secret, label) || /^ID:?$/.test(secret) || isIdAndKeyId(secret))
      )
        continue;
      // A quoted name in a notice of its expiry names the secret (NAMED_SECRET_LABEL, EXPIRY_NOTICE).
      if (
        (secret[0] === "'" || secret[0] === '"') &&
        NAMED_SECRET_LABEL.test(label) &&
        EXPIRY_NOTICE.test(n.slice(to, to + NOTICE)) &&
        keepUnlessStrong(secret.slice(1, -1))
      )
        continue;
      // The approval code of a card payment on its receipt (CARD_AUTH_CODE_LABEL).
      if (CARD_AUTH_CODE_LABEL.test(label) && CARD_RECEIPT.test(n)) continue;
      // Inside a template expression ("{{ .Values.db.password | b64enc }}", "${{ secrets.PW }}")
      // every word is a reference or a filter, never a literal secret.
      if (INSIDE_TEMPLATE.test(lineBefore)) continue;
      if (overlaps(taken, from, to)) continue;
      const span = { from, to, kind: rule.kind };
      taken.push(span);
      found.push(span);
      took = true;
    }
  }
  // A secret once found is masked wherever else it stands in the text: "New pw: x (confirmed by
  // user: 'x')". Short values are left, since they occur as ordinary words.
  const maskRepeats = (value: string, kind: string, asWord: boolean) => {
    for (let at = n.indexOf(value); at !== -1; at = n.indexOf(value, at + 1)) {
      const to = at + value.length;
      if (asWord && (!WORD_EDGE.test(n[at - 1] ?? ' ') || !WORD_EDGE.test(n[to] ?? ' '))) continue;
      if (overlaps(taken, at, to)) continue;
      const again = { from: at, to, kind };
      taken.push(again);
      found.push(again);
    }
  };
  const worthRepeating = (value: string) => value.length >= 8 && /[^A-Za-z ]/.test(value);
  for (const span of [...found]) {
    const value = n.slice(span.from, span.to);
    if (!worthRepeating(value)) continue;
    maskRepeats(value, span.kind, false);
    // The value as it is repeated in a call or a chat: the rule that found it took the stop of its
    // sentence with it ("your new password is x." then "x, mind the capitals"), or its quotes ("'x'"
    // then x). Bare, it stands again as a word of its own, between spaces or punctuation.
    const repeated = REPEATED.exec(value)?.groups;
    const bare = repeated?.quoted ?? repeated?.stopped;
    if (bare !== undefined && worthRepeating(bare)) maskRepeats(bare, span.kind, true);
  }
  if (found.length === 0) return { text, counts: {} };

  const counts: Record<string, number> = {};
  let out = '';
  let at = 0;
  for (const span of found.sort((a, b) => a.from - b.from)) {
    const [from, to] = originalSpan(normal, span.from, span.to);
    out += text.slice(at, from) + redactionMask(span.kind);
    at = to;
    counts[span.kind] = (counts[span.kind] ?? 0) + 1;
  }
  return { text: out + text.slice(at), counts };
}

/** {@link redactSecrets}, returning the masked text only. */
export function redact(text: string): string {
  return redactSecrets(text).text;
}
