import { normalizeText } from '../text/normalize.js';
import { APP_PASSWORD_RULE, MAIL_APP_PASSWORD_RULE } from './app-passwords.js';
import { wordAlternation } from './languages.js';
import { literalHint } from './literal-hints.js';
import type { RedactionRule } from './rule.js';
import { isWithheld, PUBLISHED_KEYS } from './values.js';

// Secrets recognisable by their shape alone: vendor token formats, key blocks, recovery keys.
// Formats follow the vendors' documented shapes, cross-checked with the published rules of
// secretlint, gitleaks and detect-secrets (the facts, not their code). Each pattern is bounded on
// both sides so that a token inside a longer word is not cut out of it.

/**
 * Two-step verification in the words of the languages closeout reads, as an account's security page
 * or a handover note names the setting whose seed follows: "二段階認証のシークレットキー", "两步验证密钥",
 * "2단계 인증 키", "Zwei-Faktor-Schlüssel", "clé de double authentification".
 */
const TWO_STEP = wordAlternation([
  '二段階認証',
  '2段階認証',
  '二要素認証',
  '2要素認証',
  '認証アプリ',
  '两步验证',
  '兩步驗證',
  '两步骤验证',
  '双重验证',
  '雙重驗證',
  '二次验证',
  '双因素',
  '雙因素',
  '2단계 인증',
  '2차 인증',
  '이중 인증',
  'zwei-faktor',
  '2-faktor',
  'double authentification',
  'authentification à deux facteurs',
  'doble factor',
  'verificación en dos pasos',
  'dos factores',
  'due fattori',
  'verifica in due passaggi',
  'tweestapsverificatie',
  'twee-factor',
  'dois fatores',
  'verificação em duas etapas',
  'dwuetapow',
  'dwuskładnikow',
]);

/**
 * What an enrolment page says beside a seed for an app that cannot scan its QR code, in the words of
 * the languages closeout reads: "Can't scan it? Enter this key manually:", "Schlüssel manuell
 * eingeben", "Saisissez cette clé manuellement", "Введите этот ключ вручную", "手動で入力", "手动输入".
 */
const MANUAL_WORDS = [
  'manually',
  'manuell',
  'manuellement',
  'manuellt',
  'manuel olarak',
  'manualmente',
  'handmatig',
  'ręcznie',
  'elle girin',
  'вручную',
  'يدويًا',
  'يدويا',
  '手動',
  '手入力',
  '手动',
  '수동',
  '직접 입력',
];
const MANUAL_ENTRY = wordAlternation(MANUAL_WORDS);
/** The stems of {@link MANUAL_WORDS} in the normal form, as literals: one shared pass answers them. */
const MANUAL_ENTRY_HINT = literalHint(
  [
    'manual',
    'manuel',
    'handmatig',
    'ręcznie',
    'elle gir',
    'вручную',
    'يدوي',
    '手動',
    '手入力',
    '手动',
    '수동',
    '직접',
  ].map((word) => normalizeText(word).text.toLowerCase()),
  'i',
);

/** A product key of which a tool shows only some groups, the rest X'd out: "XXXXX-XXXXX-XXXXX-XXXXX-7H3QF". */
const isPartlyMaskedKey = (secret: string) => secret.split('-').filter((g) => /^[X*]+$/i.test(g)).length >= 2;

/** Token formats, most specific first. */
export const TOKEN_RULES: readonly RedactionRule[] = [
  {
    // A wallet's recovery phrase (BIP-39): 12 to 24 lower-case words of three to eight letters, after
    // its name, on the same line or the next. The words alone are the wallet.
    kind: 'seed-phrase',
    hint: /(?:seed|recovery|backup|wallet|wiederherstellungs)[ -]?(?:phrase|words|sentence|satz)|mnemonic|recuperaci|herstelzin|助记词|恢复短语|シード/i,
    pattern:
      /(?<pre>(?:(?:seed|recovery|mnemonic|backup|wiederherstellungs|wallet)[ -]?(?:phrase|words|sentence|seed|satz)|phrase de recuperation|frase (?:semilla|de recuperacion)|herstelzin|助记词|恢复短语|シードフレーズ)[^\n]{0,120}?(?::|\n) ?\n? ?)(?<secret>[a-z]{3,8}(?: [a-z]{3,8}){11,23})(?! ?[a-z])/gi,
    keep: (secret) => ![12, 15, 18, 21, 24].includes(secret.split(' ').length),
  },
  {
    // Session and authentication cookies: a stolen one is a logged-in session.
    kind: 'session-cookie',
    hint: /AspNetCore|ASP\.NET_SessionId|PHPSESSID|JSESSIONID|\.ASPXAUTH/i,
    pattern:
      /(?<pre>(?:\.AspNetCore\.[\w.-]{1,80}|ASP\.NET_SessionId|PHPSESSID|JSESSIONID|\.ASPXAUTH) ?= ?)(?<secret>[A-Za-z0-9_%.+/-]{16,4000}={0,2})/g,
  },
  {
    // A SAML response as a browser posts it to the service (SAMLResponse=… in a form body, a HAR's
    // postData, a proxy log; WS-Federation's wresult=): the signed assertion logs its bearer in
    // until it expires. The request (SAMLRequest) asks for one and grants nothing.
    kind: 'session-cookie',
    hint: /SAMLResponse|wresult/,
    pattern:
      /(?<pre>\b(?:SAMLResponse|wresult)(?:=|["']?[ \t]{0,4}:[ \t]{0,4}["']))(?<secret>[A-Za-z0-9+/_%-]{40,100000}(?:={0,2}|(?:%3D){0,2}))/g,
  },
  {
    // Credentials a script decodes at run time: base64 of "user:password" handed to a decoder.
    kind: 'encoded-credential',
    hint: /base64|b64/i,
    pattern:
      /(?<pre>(?:FromBase64String|b64decode|base64\s-d|base64\s--decode|atob)\(?\s?["']?)(?<secret>[A-Za-z0-9+/]{12,4000}={0,2})/gi,
    keep: (secret) => !/^[^\s:]{1,100}:\S{3,}$/.test(Buffer.from(secret, 'base64').toString('latin1')),
  },
  {
    // OpenVPN static keys (tls-auth, tls-crypt): a shared secret in a block of its own.
    kind: 'private-key',
    hint: /OpenVPN Static key/,
    pattern:
      /(?<secret>-----BEGIN OpenVPN Static key V[12]-----[\s\S]*?(?:-----END OpenVPN Static key V[12]-----|$))/g,
  },
  {
    // secretlint-rule-privatekey; stops at the matching END line (or the end of the text when the
    // block was cut) instead of running to the last dashes in the text.
    kind: 'private-key',
    hint: /PRIVATE KEY|Private-Lines/,
    pattern:
      /(?<secret>-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----|$))/g,
  },
  {
    // PuTTY .ppk files carry the key as base64 lines after "Private-Lines: N".
    kind: 'private-key',
    hint: /PRIVATE KEY|Private-Lines/,
    pattern: /(?<pre>Private-Lines:\s{0,4}\d{1,4}\r?\n)(?<secret>(?:[A-Za-z0-9+/=]{1,128}\r?\n?){1,200})/g,
  },
  {
    // The same lines quoted in a note on one line, after a space, an arrow or a colon: "svc.ppk
    // (Encryption: none) – Private-Lines: 1 → AAAAIL…". With no passphrase they are the key itself.
    kind: 'private-key',
    hint: /PRIVATE KEY|Private-Lines/,
    pattern:
      /(?<pre>Private-Lines:[ \t]{0,4}\d{1,4}(?:[ \t]{1,4}(?:(?:->|=>|:|=|-{1,2})[ \t]{0,4})?|(?:->|=>)[ \t]{0,4}))(?<secret>[A-Za-z0-9+/]{16,4000}={0,2}(?:[ \t][A-Za-z0-9+/]{16,4000}={0,2}){0,100})/g,
  },
  {
    // secretlint-rule-anthropic, loosened to every sk-ant-<type><nn>- key of 20+ characters, not only
    // the 108-character api03 form, because masking a near miss costs nothing.
    kind: 'anthropic-key',
    hint: /sk-ant-/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-[a-z]{2,10}\d{2}-[A-Za-z0-9_-]{20,300})/g,
  },
  {
    // secretlint-rule-openai: project, service-account and admin keys, and the legacy sk-… keys.
    kind: 'openai-key',
    hint: /sk-/,
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,300}|sk-[A-Za-z0-9]{32,200})(?![A-Za-z0-9_-])/g,
  },
  {
    // secretlint-rule-aws (its ID scan is off by default; here it is always on).
    kind: 'aws-access-key-id',
    standalone: true,
    hint: /A3T|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA/,
    pattern:
      /(?<![A-Za-z0-9])(?<secret>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA)[A-Z0-9]{16})(?![A-Za-z0-9])/g,
  },
  {
    kind: 'aws-secret-access-key',
    hint: /secret_?access_?key/i,
    pattern:
      /(?<pre>(?<![A-Za-z])aws_?secret_?access_?key["']?\s{0,4}(?::|=>|=)\s{0,4}["']?)(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi,
  },
  {
    // secretlint-rule-github: classic (ghp_, gho_, ghu_, ghs_, ghr_) and fine-grained tokens.
    kind: 'github-token',
    hint: /gh[pousr]_|github_pat_/,
    pattern:
      /(?<![A-Za-z0-9_])(?<secret>(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])/g,
  },
  {
    // secretlint-rule-slack: bot, user, app and refresh tokens.
    kind: 'slack-token',
    hint: /xox/,
    pattern: /(?<![A-Za-z0-9])(?<secret>xox[abposre]-[A-Za-z0-9-]{10,250})/g,
  },
  {
    // PagerDuty's Events API v2 routing key, which its UI calls the integration key: 32 hex
    // characters. Duo's integration key, an identifier ("DI" and 18 capitals), is not this shape.
    kind: 'pagerduty-key',
    hint: /integration key/i,
    pattern: /(?<pre>integration key[^\n:=]{0,60}(?::|=| is) ?["']?)(?<secret>[0-9a-f]{32})(?![0-9A-Za-z])/gi,
  },
  {
    // A Slack Connect or workspace invite link: anyone who holds it can join.
    kind: 'invite-link',
    hint: /shared_invite/i,
    pattern: /(?<pre>\/shared_invite\/)(?<secret>zt-[A-Za-z0-9_-]{10,120})/gi,
  },
  {
    // Figma personal access tokens: "figd_" and 40 characters or more.
    kind: 'figma-token',
    hint: /figd_/,
    pattern: /(?<![A-Za-z0-9])(?<secret>figd_[A-Za-z0-9_-]{30,120})(?![A-Za-z0-9])/g,
  },
  {
    // A secret shared as a link that opens once (onetimesecret, Password Pusher, Bitwarden Send,
    // Yopass): the path or the fragment after the host is the key to the secret.
    kind: 'secret-link',
    hint: /onetimesecret|pwpush|send\.bitwarden|yopass/i,
    pattern:
      /(?<pre>https?:\/\/(?:[\w-]{1,30}\.)?(?:onetimesecret\.com\/(?:secret|private)\/|pwpush\.com\/(?:[a-z]{2}\/)?p\/|send\.bitwarden\.com\/#|vault\.bitwarden\.com\/#\/send\/|yopass\.se\/#\/(?:s|c)\/))(?<secret>[A-Za-z0-9_/+=-]{8,200})/gi,
  },
  {
    // A sign-in link that logs in whoever opens it (a "magic link"): the token in its query.
    kind: 'login-link',
    hint: /magic|login|signin|sign-in|auth/i,
    pattern:
      /(?<pre>https?:\/\/[^\s/]{1,100}\/[^\s?]{0,100}(?:magic|login|signin|sign-in|auth)[^\s?]{0,60}\?(?:[^\s#]{0,200}&)?(?:t|token|code|key|otp)=)(?<secret>[A-Za-z0-9_.-]{16,400})/gi,
  },
  {
    kind: 'slack-webhook',
    hint: /hooks\.slack/i,
    pattern: /(?<pre>https:\/\/hooks\.slack\.com\/services\/)(?<secret>[A-Za-z0-9_/-]{10,200})/gi,
  },
  {
    kind: 'npm-token',
    hint: /npm_/,
    pattern: /(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g,
  },
  {
    kind: 'google-api-key',
    hint: /AIza/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/g,
  },
  {
    kind: 'stripe-key',
    hint: /_live_|_test_/,
    pattern: /(?<![A-Za-z0-9_])(?<secret>(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,200})/g,
  },
  {
    kind: 'sendgrid-key',
    hint: /SG\./,
    pattern: /(?<![A-Za-z0-9_])(?<secret>SG\.[A-Za-z0-9_-]{16,64}\.[A-Za-z0-9_-]{16,64})/g,
  },
  {
    // A signed JWT: base64url header and payload (both JSON objects, so both start "eyJ"), signature.
    kind: 'jwt',
    hint: /eyJ/,
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{8,1000})/g,
  },
  {
    // The same, wrapped over lines by a terminal, a mail client or a log viewer: each break is a
    // newline (and indentation) followed by at least eight more token characters, so the words
    // of the next sentence are not taken for a continuation.
    kind: 'jwt',
    hint: /eyJ/,
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>eyJ(?:[A-Za-z0-9_-]|\r?\n[ \t>]{0,8}(?=[A-Za-z0-9_.-]{8})){8,2000}\.(?:\r?\n[ \t>]{0,8})?eyJ(?:[A-Za-z0-9_-]|\r?\n[ \t>]{0,8}(?=[A-Za-z0-9_.-]{8})){8,4000}\.(?:\r?\n[ \t>]{0,8})?(?:[A-Za-z0-9_-]|\r?\n[ \t>]{0,8}(?=[A-Za-z0-9_-]{8})){8,1000})/g,
  },
  {
    // Google OAuth client secrets (GOCSPX-), OAuth access tokens (ya29.) and refresh tokens (1//).
    kind: 'google-oauth',
    hint: /GOCSPX-|ya29\.|1\/\/0/,
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[A-Za-z0-9_-]{24,40}|ya29\.[A-Za-z0-9_-]{20,2000}|1\/\/0[A-Za-z0-9_-]{30,500})/g,
  },
  {
    // GitLab personal, deploy and runner tokens.
    kind: 'gitlab-token',
    hint: /gl[a-z]{1,4}-/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>gl(?:pat|dt|rt|ptt|cbt|soat)-[A-Za-z0-9_-]{20,100})/g,
  },
  {
    // Twilio API keys (SK + 32 hex); an auth token is 32 hex and is caught after its keyword.
    kind: 'twilio-key',
    hint: /SK/,
    pattern: /(?<![A-Za-z0-9])(?<secret>SK[0-9a-fA-F]{32})(?![A-Za-z0-9])/g,
  },
  {
    // Microsoft Entra (Azure AD) client secrets: three characters, a digit, "Q~", then 31-34.
    kind: 'azure-client-secret',
    hint: /Q~/,
    pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g,
  },
  {
    // Mailgun's current API keys: 32 hex, then two groups of 8 hex.
    kind: 'saas-token',
    hint: /-[0-9a-f]{8}-[0-9a-f]{8}/,
    pattern: /(?<![A-Za-z0-9_-])(?<secret>[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?![A-Za-z0-9_-])/g,
  },
  {
    // A session cookie in a Cookie or Set-Cookie header, whatever the app calls it ("session=…",
    // "sid=…", "auth_token=…"): whoever holds it is signed in.
    kind: 'session-cookie',
    hint: /cookie:/i,
    pattern:
      /(?<pre>\b(?:set-)?cookie: ?(?:[^\s=;]{1,64}=[^\s;]{0,400}; ?){0,8}?[\w.-]{0,30}(?:sess|sid|auth|token|login)[\w.-]{0,30}=)(?<secret>[^\s;,"']{16,4000})/gi,
  },
  {
    // A session cookie in a browser's cookie table, as the developer tools copy it: a header row
    // "Name Value Domain Path …" (tabs, which the normal form makes spaces), then one cookie a row,
    // its value in the second column. Only a cookie whose name says it signs in ("ESTSAUTH…",
    // "session", "sid", "token"); "_ga" and a consent flag are no secret.
    kind: 'session-cookie',
    hint: /(?:^|\n)[ \t]*Name[ \t]+Value[ \t]+/i,
    pattern:
      /(?<=(?:^|\n)[ \t]*Name[ \t]+Value[ \t]+[^\n]*\n(?:[^\n]+\n){0,50}?)(?<pre>[ \t]{0,8}[\w.-]{0,30}(?:sess|sid|auth|token|login)[\w.-]{0,30}[ \t]+)(?<secret>[^\s;,"']{16,4000})/gi,
  },
  {
    // Microsoft sign-in session cookies (ESTSAUTH, ESTSAUTHPERSISTENT, ESTSAUTHLIGHT): whoever holds
    // one is signed in, MFA included, which is what adversary-in-the-middle kits steal.
    kind: 'session-cookie',
    hint: /ESTSAUTH/,
    pattern: /(?<pre>\bESTSAUTH(?:PERSISTENT|LIGHT)? ?= ?)(?<secret>[^\s;,"']{16,4000})/g,
  },
  {
    // An Azure storage account key: 64 bytes in base64, 86 characters and "==". A SHA-512 digest
    // in base64 has the same shape; under a key that names a hash (NuGet's `"contentHash"`, a
    // `sha512:` or `checksum` field) it is one.
    kind: 'azure-storage-key',
    hint: /==/,
    pattern:
      /(?<![A-Za-z0-9+/]|sha(?:256|384|512)-|(?:hash|sha-?512|digest|checksum|integrity)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?)(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/gi,
  },
  {
    // Shopify, DigitalOcean, PyPI, Mailgun, Square, Atlassian, HubSpot, Dropbox and Postman tokens.
    kind: 'saas-token',
    hint: /shp|_v1_|pypi-|key-|sq0|ATATT|pat-|sl\.|PMAK|-us\d|:AA/,
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}|do[opr]_v1_[a-f0-9]{64}|pypi-AgE[A-Za-z0-9_-]{50,300}|key-[0-9a-f]{32}|sq0(?:atp|csp)-[0-9A-Za-z_-]{22,60}|ATATT3[A-Za-z0-9_=-]{50,300}|pat-(?:na|eu)1-[0-9a-f-]{36}|sl\.[A-Za-z0-9_=-]{100,200}|PMAK-[0-9a-f]{24}-[0-9a-f]{34})(?![A-Za-z0-9_-])/g,
  },
  {
    // A Sentry DSN: the project's key (32 hex) as the user of the ingest URL.
    kind: 'saas-token',
    hint: /sentry|ingest\./,
    pattern:
      /(?<pre>https?:\/\/)(?<secret>[0-9a-f]{32})(?=(?::[0-9a-f]{32})?@[a-z0-9.-]*(?:sentry\.io|ingest\.[a-z0-9.-]+)\b)/g,
  },
  {
    // The same on a self-hosted Sentry (or GlitchTip, which takes its DSNs), at any host: the key as
    // the URL's user and the project's number as its path, the shape every DSN has.
    kind: 'saas-token',
    hint: /sentry|glitchtip|dsn/i,
    pattern:
      /(?<pre>https?:\/\/)(?<secret>[0-9a-f]{32})(?=(?::[0-9a-f]{32})?@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,10}(?::\d{1,5})?\/(?:[\w.-]{1,64}\/){0,4}\d{1,12}(?![\w/.-]|\.\w))/gi,
  },
  {
    // A Mailchimp API key: 32 hex and the data centre.
    kind: 'saas-token',
    hint: /shp|_v1_|pypi-|key-|sq0|ATATT|pat-|sl\.|PMAK|-us\d|:AA/,
    pattern: /(?<![A-Za-z0-9])(?<secret>[0-9a-f]{32}-us\d{1,2})(?![A-Za-z0-9])/g,
  },
  {
    // A Telegram bot token: the bot id, a colon, 35 characters.
    kind: 'saas-token',
    hint: /shp|_v1_|pypi-|key-|sq0|ATATT|pat-|sl\.|PMAK|-us\d|:AA/,
    // In the Bot API's URLs it follows "/bot": https://api.telegram.org/bot<token>/sendMessage.
    pattern: /(?:(?<![A-Za-z0-9])|(?<=\/bot))(?<secret>\d{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/g,
  },
  {
    // Docker Hub, Stripe webhook signing secrets, Doppler, Vault, Grafana, Databricks, Postman,
    // Linear, Notion, Hugging Face, New Relic, Sentry, Cloudflare origin CA, Fastly, 1Password
    // service accounts, Pulumi, Terraform Cloud, Heroku, Netlify, Vercel, Supabase, Okta.
    kind: 'saas-token',
    hint: /dckr_|whsec_|dp\.|hvs\.|hvb\.|glsa_|glc_|dapi|lin_|secret_|hf_|NRAK-|sntrys_|v1\.0-|ops_|pul-|atlasv1|HRKU-|nfp_|sbp_|00[A-Za-z0-9_-]{40}|tfp_/,
    pattern:
      /(?<![A-Za-z0-9_-])(?<secret>dckr_pat_[A-Za-z0-9_-]{20,100}|whsec_[A-Za-z0-9+/=]{24,100}|dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{20,100}|hv[sb]\.[A-Za-z0-9_-]{24,300}|glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}|glc_[A-Za-z0-9+/=]{32,400}|dapi[0-9a-f]{32}(?:-\d)?|lin_(?:api|oauth)_[A-Za-z0-9]{40}|secret_[A-Za-z0-9]{43}|hf_[A-Za-z0-9]{30,40}|NRAK-[A-Z0-9]{27}|sntrys_[A-Za-z0-9+/=_-]{40,400}|ops_eyJ[A-Za-z0-9+/=_-]{40,4000}|pul-[0-9a-f]{40}|[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,90}|HRKU-[A-Za-z0-9_-]{30,80}|nfp_[A-Za-z0-9]{36}|sbp_[0-9a-f]{40}|tfp_[A-Za-z0-9_-]{30,80})(?![A-Za-z0-9_-])/g,
  },
  {
    // Azure DevOps personal access tokens: 52 characters of base32 (lower case), or the 84-character
    // form with the AZDO signature.
    kind: 'azure-devops-pat',
    // Both forms start with 52 letters and digits after none: the scan tries only where a run starts.
    hint: /(?<![A-Za-z0-9])[A-Za-z0-9]{52}/,
    pattern: /(?<![A-Za-z0-9])(?<secret>[a-z2-7]{52}|[A-Za-z0-9]{52}AZDO[A-Za-z0-9]{28})(?![A-Za-z0-9])/g,
  },
  {
    // Product keys: five groups of five (Windows, Office, most vendors' licence keys).
    kind: 'product-key',
    // Starting with the hyphen lets the scan skip to the next one.
    hint: /-[A-Z0-9]{5}-/,
    pattern: /(?<![A-Za-z0-9-])(?<secret>[A-Z0-9]{5}(?:-[A-Z0-9]{5}){4})(?![A-Za-z0-9-])/g,
    // `slmgr /dli` and licence portals show the last group only: the others are no key.
    keep: (secret) =>
      !/[A-Z]/.test(secret) || !/\d/.test(secret) || PUBLISHED_KEYS.has(secret) || isPartlyMaskedKey(secret),
  },
  {
    // Licence keys and serials in groups after a licence word: four groups of five ("Kaspersky
    // activation code …: DDHVG-MDG5A-OGB3O-VNRN5"), six of four digits (Adobe), Autodesk's
    // 3-8 digits. Without the word, such groups are order or part numbers as often.
    kind: 'product-key',
    hint: /licen|activation|serial|lizenz|aktivierung|seriennummer|product key|produktschl|cle de produit|clave de producto|chiave/i,
    pattern:
      /(?<pre>(?<![A-Za-z])(?:licen[cs]e|activation|serial|lizenz|aktivierung|seriennummer|product key|produktschlussel|cle de produit|clave de producto|chiave di licenza)[^\n]{0,60}?)(?<![A-Za-z0-9-])(?<secret>[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){3,7}|\d{3}-\d{8})(?![A-Za-z0-9-])/gi,
    keep: (secret) =>
      PUBLISHED_KEYS.has(secret.toUpperCase()) || !/\d/.test(secret) || isPartlyMaskedKey(secret),
  },
  {
    // Any long token after an activation code's or a licence key's name and a colon: JetBrains'
    // offline codes, vendors' signed licence blobs.
    kind: 'product-key',
    hint: /activation|licen[cs]e key|lizenzschl|aktivierungs/i,
    pattern:
      /(?<pre>(?<![A-Za-z])(?:activation (?:code|key)|licen[cs]e key|lizenzschlussel|aktivierungscode|aktivierungsschlussel)[^\n:]{0,60}:\s?)(?<secret>[A-Za-z0-9+/=_-]{16,4000})(?![A-Za-z0-9+/=_-])/gi,
    keep: (secret) => !/\d/.test(secret) || !/[A-Za-z]/.test(secret) || isPartlyMaskedKey(secret),
  },
  {
    // A TOTP seed written out after its label, often grouped in fours: "JBSW Y3DP EHPK 3PXP"; the
    // label in the words of any language (TWO_STEP).
    kind: 'totp-seed',
    hint: new RegExp(`seed|secret|totp|otp|2fa|mfa|authenticator|key|${TWO_STEP}`, 'i'),
    pattern: new RegExp(
      String.raw`(?<pre>(?<![A-Za-z])(?:totp|otp|2fa|mfa|authenticator|google authenticator|setup|manual entry|seed|${TWO_STEP})[^\n]{0,90}?(?:seed|secret|key|code)?\s?[:=]?\s?)(?<secret>[A-Z2-7]{4}(?: ?[A-Z2-7]{4}){3,15}=*)(?![A-Za-z0-9])`,
      'gi',
    ),
    keep: (secret) => !/[2-7]/.test(secret) || !/[A-Za-z]/.test(secret),
  },
  {
    // The same after what a page says for entering it by hand (MANUAL_ENTRY): "Can't scan it? Enter
    // this key manually: 556r p6u6 …", in lower case as Google shows it; "Schlüssel manuell eingeben:".
    kind: 'totp-seed',
    hint: MANUAL_ENTRY_HINT,
    pattern: new RegExp(
      String.raw`(?<pre>(?<![A-Za-z])(?:${MANUAL_ENTRY})[^\n]{0,90}?[:=]?\s?)(?<secret>[A-Z2-7]{4}(?: ?[A-Z2-7]{4}){3,15}=*)(?![A-Za-z0-9])`,
      'gi',
    ),
    keep: (secret) => !/[2-7]/.test(secret) || !/[A-Za-z]/.test(secret),
  },
  {
    // A Kerberos ticket exported as base64 (Rubeus, Mimikatz .kirbi): KRB-CRED starts "doI".
    kind: 'kerberos-ticket',
    hint: /doI/,
    pattern: /(?<![A-Za-z0-9+/])(?<secret>doI[A-Za-z0-9+/]{100,20000}={0,2})/g,
  },
  {
    // age identities (file encryption keys).
    kind: 'private-key',
    hint: /AGE-SECRET-KEY-1/,
    pattern: /(?<secret>AGE-SECRET-KEY-1[0-9A-Z]{58})/g,
  },
  {
    // The Wi-Fi QR code payload: WIFI:T:WPA;S:<ssid>;P:<password>;;, and an enterprise network's,
    // whose EAP method, phase 2, identity and anonymous identity come before the password
    // (E:PEAP;PH2:MSCHAPV2;I:<user>;A:<anon>;P:<password>): any field of one to three letters.
    kind: 'wifi-psk',
    hint: /WIFI:/i,
    pattern:
      /(?<pre>WIFI:(?:(?!P:)[A-Z][A-Z0-9]{0,2}:(?:\\.|[^;\\\n]){0,64};){0,8}P:)(?<secret>(?:\\.|[^;\\\n]){1,63})/gi,
    // The payload's format as documentation writes it: "P:<password>;;".
    keep: isWithheld,
  },
  // Microsoft, Google and Apple app passwords, after a credential word in any language.
  APP_PASSWORD_RULE,
  MAIL_APP_PASSWORD_RULE,
  {
    // Incoming-webhook URLs carry their secret in the path: Teams, Discord, Zapier, generic hooks.
    kind: 'webhook-url',
    hint: /https:\/\//i,
    pattern:
      /(?<pre>https:\/\/(?:[a-z0-9-]{1,63}\.webhook\.office\.com\/webhookb2\/|outlook\.office(?:365)?\.com\/webhook\/|(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/|hooks\.zapier\.com\/hooks\/catch\/|[a-z0-9-]{1,63}\.logic\.azure\.com(?::443)?\/workflows\/))(?<secret>[A-Za-z0-9@_/.~%=&?-]{10,600})/gi,
  },
  {
    // A TOTP enrolment URL: the shared seed is the `secret` parameter.
    kind: 'totp-seed',
    hint: /otpauth/i,
    pattern:
      /(?<pre>otpauth:\/\/[a-z]{4}\/[^\s?]{0,200}\?(?:[^\s#]{0,200}&)?secret=)(?<secret>[A-Za-z2-7=]{8,200})/gi,
  },
  {
    // An Android Enterprise enrolment token: twenty capital letters, typed after "afw#setup" on a
    // reset device or handed out with the enterprise's name. Only near either: twenty capitals alone
    // are a shout or an identifier.
    kind: 'enrollment-token',
    hint: /afw#setup|android enterprise/i,
    pattern:
      /(?<=(?:afw#setup|[Aa]ndroid [Ee]nterprise)[^\n]{0,160}?)(?<![A-Za-z0-9])(?<secret>[A-Z]{20})(?![A-Za-z0-9])/g,
  },
  {
    kind: 'enrollment-token',
    hint: /afw#setup/i,
    pattern: /(?<![A-Za-z0-9])(?<secret>[A-Z]{20})(?![A-Za-z0-9])(?=[^\n]{0,160}?afw#setup)/g,
  },
  {
    // An eSIM's activation code as its QR code holds it (GSMA SGP.22): "LPA:1$<SM-DP+ address>$<matching
    // id>", an OID and a confirmation flag possibly after. The matching id downloads the profile, once,
    // to whoever scans it first; the address alone is the carrier's server.
    kind: 'esim-activation-code',
    hint: /LPA:1\$/i,
    pattern: /(?<pre>\bLPA:1\$[A-Za-z0-9.-]{1,253}\$)(?<secret>[A-Za-z0-9-]{4,128})(?![A-Za-z0-9-])/gi,
  },
  {
    // A BitLocker recovery password: eight groups of six digits, with dashes, spaces or nothing
    // between them (one separator throughout).
    kind: 'bitlocker-recovery-key',
    hint: /\d{6}/,
    pattern: /(?<![0-9-])(?<secret>\d{6}(?<sep>[- ]?)\d{6}(?:\k<sep>\d{6}){6})(?![0-9-])/g,
    // Its shape is the secret's whatever names it: "BitLocker recovery (key ID 4F2A1C9E): …" names
    // the protector's id, and the 48 digits after it are the password, not the id.
    standalone: true,
  },
  {
    // A FileVault personal recovery key: six groups of four upper-case letters and digits, which
    // unlocks the disk. Only with both letters and digits in it: a serial of one class is data.
    kind: 'filevault-recovery-key',
    hint: /-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-/,
    pattern: /(?<![A-Za-z0-9-])(?<secret>[A-Z0-9]{4}(?:-[A-Z0-9]{4}){5})(?![A-Za-z0-9-])/g,
    keep: (secret) => !(/[A-Z]/.test(secret) && /\d/.test(secret)),
  },
];
