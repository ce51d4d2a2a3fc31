// closeout's redaction rules as they were before the normal form and the field rules (v1), kept
// as the same-run baseline of bench/redaction.bench.ts. Not used by the SDK.

/** One kind of secret and how to find it. */
interface RedactionRule {
  /** Stable name shown in the mask, `[REDACTED:<kind>]`. */
  readonly kind: string;
  readonly pattern: RegExp;
  /** Returns true for a match that is not a secret after all (a stop word, a placeholder). */
  readonly keep?: (secret: string) => boolean;
}

/** Values that follow "password:" or "password is" in notes without being a password. */
const NOT_A_SECRET = new Set([
  'accepted',
  'blank',
  'changed',
  'cleared',
  'complexity',
  'correct',
  'denied',
  'disabled',
  'empty',
  'enabled',
  'expired',
  'expiring',
  'false',
  'hidden',
  'incorrect',
  'invalid',
  'locked',
  'masked',
  'mismatch',
  'missing',
  'n/a',
  'na',
  'never',
  'no',
  'none',
  'not',
  'null',
  'ok',
  'pending',
  'policy',
  'prompt',
  'prompted',
  'provided',
  'redacted',
  'rejected',
  'removed',
  'required',
  'reset',
  'rotated',
  'same',
  'saved',
  'sent',
  'set',
  'still',
  'stored',
  'synced',
  'true',
  'unknown',
  'unlocked',
  'unset',
  'updated',
  'valid',
  'verified',
  'wrong',
  'yes',
]);

/** Keeps stop words, already-masked values and runs of asterisks; quoted values are always masked. */
function keepValue(secret: string): boolean {
  if (secret.startsWith('"') || secret.startsWith("'")) return false;
  const bare = secret.replace(/[.,:;!?)]+$/, '').toLowerCase();
  return NOT_A_SECRET.has(bare) || secret.startsWith('[REDACTED') || /^\*+$/.test(bare) || bare === '';
}

/** A value after a key or a phrase: quoted (may hold spaces) or one bare word. */
const VALUE = String.raw`"[^"\n]{1,200}"|'[^'\n]{1,200}'|[^\s,;"'<>]{1,200}`;

/** Keys whose value is a credential, as written in config files, connection strings and notes. */
const SECRET_KEYS = [
  'password',
  'passwd',
  'passphrase',
  'passcode',
  'pwd',
  'pass',
  'pw',
  'pin',
  'secret',
  'client[_-]?secret',
  'app[_-]?secret',
  'api[_-]?secret',
  'api[_-]?key',
  'x-api-key',
  'access[_-]?key(?:[_-]?id)?',
  'secret[_-]?(?:access[_-]?)?key',
  'private[_-]?key',
  'auth[_-]?token',
  'access[_-]?token',
  'refresh[_-]?token',
  'session[_-]?token',
  'id[_-]?token',
  'sas[_-]?token',
  'token',
  'account[_-]?key',
  'shared[_-]?access[_-]?key',
  'subscription[_-]?key',
].join('|');

/** Words that introduce a password in prose: "the password is x", "PIN was set to x". */
const PHRASE_KEYS = 'password|passwd|passcode|passphrase|pwd|pw|pin|wi-?fi key|psk';
const PHRASE_VERBS = String.raw`(?:is|was)(?:\s+(?:now|set\s+to|changed\s+to|reset\s+to|updated\s+to))?|set\s+to|changed\s+to|reset\s+to|updated\s+to`;

/**
 * The rules, most specific first: a token format names its kind precisely, and once masked it is
 * no longer seen by the generic key/value and prose rules that follow.
 */
const REDACTION_RULES: readonly RedactionRule[] = [
  {
    // secretlint-rule-privatekey; stops at the matching END line (or the end of the text when the
    // block was cut) instead of running to the last dashes in the text.
    kind: 'private-key',
    pattern:
      /(?<secret>-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----|$))/g,
  },
  {
    // PuTTY .ppk files carry the key as base64 lines after "Private-Lines: N".
    kind: 'private-key',
    pattern: /(?<pre>Private-Lines:\s{0,4}\d{1,4}\r?\n)(?<secret>(?:[A-Za-z0-9+/=]{1,128}\r?\n?){1,200})/g,
  },
  {
    // secretlint-rule-anthropic, loosened to every sk-ant-<type><nn>- key of 20+ characters, not only
    // the 108-character api03 form, because masking a near miss costs nothing.
    kind: 'anthropic-key',
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-[a-z]{2,10}\d{2}-[A-Za-z0-9_-]{20,300})/g,
  },
  {
    // secretlint-rule-openai: project, service-account and admin keys, and the legacy sk-… keys.
    kind: 'openai-key',
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,300}|sk-[A-Za-z0-9]{32,200})(?![A-Za-z0-9_-])/g,
  },
  {
    // secretlint-rule-aws (its ID scan is off by default; here it is always on).
    kind: 'aws-access-key-id',
    pattern:
      /(?<![A-Za-z0-9])(?<secret>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA)[A-Z0-9]{16})(?![A-Za-z0-9])/g,
  },
  {
    kind: 'aws-secret-access-key',
    pattern:
      /(?<pre>(?<![A-Za-z])aws_?secret_?access_?key["']?\s{0,4}(?::|=>|=)\s{0,4}["']?)(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi,
  },
  {
    // secretlint-rule-github: classic (ghp_, gho_, ghu_, ghs_, ghr_) and fine-grained tokens.
    kind: 'github-token',
    pattern:
      /(?<![A-Za-z0-9_])(?<secret>(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])/g,
  },
  {
    // secretlint-rule-slack: bot, user, app and refresh tokens.
    kind: 'slack-token',
    pattern: /(?<![A-Za-z0-9])(?<secret>xox[abposre]-[A-Za-z0-9-]{10,250})/g,
  },
  {
    kind: 'slack-webhook',
    pattern: /(?<pre>https:\/\/hooks\.slack\.com\/services\/)(?<secret>[A-Za-z0-9_/-]{10,200})/gi,
  },
  {
    kind: 'npm-token',
    pattern: /(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g,
  },
  {
    kind: 'google-api-key',
    pattern: /(?<![A-Za-z0-9_-])(?<secret>AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/g,
  },
  {
    kind: 'stripe-key',
    pattern: /(?<![A-Za-z0-9_])(?<secret>(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,200})/g,
  },
  {
    kind: 'sendgrid-key',
    pattern: /(?<![A-Za-z0-9_])(?<secret>SG\.[A-Za-z0-9_-]{16,64}\.[A-Za-z0-9_-]{16,64})/g,
  },
  {
    // A signed JWT: base64url header and payload (both JSON objects, so both start "eyJ"), signature.
    kind: 'jwt',
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{8,1000})/g,
  },
  {
    // A BitLocker recovery password: eight groups of six digits.
    kind: 'bitlocker-recovery-key',
    pattern: /(?<![0-9-])(?<secret>\d{6}(?:-\d{6}){7})(?![0-9-])/g,
  },
  {
    // secretlint-rule-basicauth and -database-connection-string, for any scheme and any password
    // (secretlint skips passwords that look like placeholders; a mask does no harm there).
    kind: 'url-password',
    pattern:
      /(?<pre>\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}:\/\/[^\s:/?#@[\]]{1,256}:)(?<secret>[^\s@/]{1,256})(?=@)/g,
  },
  {
    // Credentials in a query string: Azure SAS signatures, OAuth tokens, API keys.
    kind: 'url-secret',
    pattern:
      /(?<pre>[?&](?:sig|signature|access_token|id_token|refresh_token|token|api_key|apikey|key|password|pwd|client_secret|secret)=)(?<secret>[^&\s#"'<>]{6,2000})/gi,
  },
  {
    kind: 'authorization',
    pattern:
      /(?<pre>(?<![A-Za-z-])(?:proxy-)?authorization["']?\s{0,4}[:=]\s{0,4}["']?(?:(?:bearer|basic|digest|token|ntlm|negotiate|apikey|ssws)\s{1,4})?)(?<secret>[^\s"',;]{8,4000})/gi,
  },
  {
    // "Bearer <token>" outside a header line. Needs a digit, so "bearer authentication" survives.
    kind: 'bearer-token',
    pattern: /(?<pre>\bbearer\s{1,4})(?<secret>[A-Za-z0-9._~+/-]{16,4000}=*)/gi,
    keep: (secret) => !/\d/.test(secret),
  },
  {
    // key=value and key: value, as in config files, .env lines and ADO.NET/ODBC connection strings
    // ("Server=db01;User Id=sa;Password=…;"). The key may carry a prefix: DB_PASSWORD, MYSQL_PWD.
    kind: 'credential',
    pattern: new RegExp(
      String.raw`(?<pre>(?<![A-Za-z])(?:${SECRET_KEYS})["']?\s{0,4}(?::|=>|=)\s{0,4})(?<secret>${VALUE})`,
      'gi',
    ),
    keep: keepValue,
  },
  {
    // Prose: "the password is x", "PIN was set to x", "password for jdoe is x", "with password x".
    kind: 'password',
    pattern: new RegExp(
      String.raw`(?<pre>\b(?:(?:${PHRASE_KEYS})(?:\s+for\s+[^\s:]{1,64})?\s+(?:${PHRASE_VERBS})\s*:?|(?:with|using)\s+(?:the\s+)?(?:${PHRASE_KEYS}))\s+)(?<secret>${VALUE})`,
      'gi',
    ),
    keep: keepValue,
  },
];

/** v1 redactSecrets: each rule in turn over the original text, replaced in place. */
export function redactV1(text: string): string {
  let out = text;
  for (const rule of REDACTION_RULES) {
    rule.pattern.lastIndex = 0;
    out = out.replace(rule.pattern, (...args: unknown[]) => {
      const match = args[0] as string;
      const groups = args[args.length - 1] as Record<string, string | undefined>;
      const secret = groups.secret ?? match;
      if (secret.startsWith('[REDACTED') || rule.keep?.(secret) === true) return match;
      return `${groups.pre ?? ''}[REDACTED:${rule.kind}]`;
    });
  }
  return out;
}
