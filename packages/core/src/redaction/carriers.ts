import { credentialWords } from './languages.js';
import type { RedactionRule } from './rule.js';
import { keepUnlessStrong, keepValue } from './values.js';

// Secrets in structured carriers: JSON, YAML, TOML, .env and INI keys in any case style
// (`clientSecret`, `client_secret`, `CLIENT-SECRET`, `Client.Secret`), PowerShell literals piped
// into ConvertTo-SecureString, and Markdown table rows. A key counts when it *ends* in a
// credential stem, so `passwordExpiry`, `tokenType` and `secretName` are not keys of a secret.

/** Stems a credential key ends in, once case and separators are ignored. */
const STEM = [
  'pass(?:word|wd|phrase|code)?',
  'pwd',
  'secret',
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
].join('|');

/** An identifier that ends in a stem, optionally numbered (`key1`, `password_2`). */
const KEY = String.raw`(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]{0,40}?(?:${STEM})[_.-]?\d{0,2}`;

/** A table's column rules: Markdown's pipe, or a box-drawing one ("│", "┃", "║") pasted from a console. */
const BARS = '|\u2502\u2503\u2551';
const BAR = `[${BARS}]`;
/** A cell's text up to the next column rule. */
const IN_CELL = `[^${BARS}\n]`;

/** Header cells that name a password column of a CSV export. */
const PASSWORD_HEADER = String.raw`["']?(?:password|passwort|passwd|pass|pwd|pw|kennwort|wachtwoord|mot de passe|mdp|contrasena|senha|haslo|losenord|salasana|parola|psk|secret|pin)["']?`;

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

/** A value as a carrier writes it: quoted, or bare to the end of the token. */
const VALUE = String.raw`(?:"(?:[^"\\\n]|\\.){1,400}"|'[^'\n]{1,400}'|[^\s"',;}\]]{1,400})`;

/** The structured-carrier rules. */
export const CARRIER_RULES: readonly RedactionRule[] = [
  // Tabs are gone by the time rules run (the normal form collapses white space), so a TSV export
  // reads as words and is left to the other rules.
  ...[',', ';'].flatMap((sep) => Array.from({ length: 8 }, (_, k) => csvColumn(k, sep))),
  {
    // "clientSecret": "…", client_secret: …, CLIENT-SECRET=…, $Password = '…', key1 = …
    kind: 'credential',
    hint: /pass|pwd|secret|token|key|psk|cred|conn|sas|communit|pin/i,
    pattern: new RegExp(
      String.raw`(?<pre>[$@]?["']?${KEY}["']?[ \t]{0,4}(?::=|=>|:|=)[ \t]{0,4}(?:(?:!!str|\[string\]|\[securestring\])[ \t]?)?)(?<secret>${VALUE})`,
      'gi',
    ),
    keep: keepValue,
  },
  {
    // Any other key ending in "key" (DD_APP_KEY, licenseKey, HMAC_KEY) holds a secret only when its
    // value looks like one: long, with letters and digits. `primary_key: id` stays.
    kind: 'credential',
    hint: /key/i,
    pattern: new RegExp(
      String.raw`(?<pre>["']?(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]{0,40}?key[_.-]?\d{0,2}["']?[ \t]{0,4}(?::=|=>|:|=)[ \t]{0,4})(?<secret>${VALUE})`,
      'gi',
    ),
    keep: (secret, after) =>
      keepValue(secret, after) || !(secret.length >= 16 && /[A-Za-z]/.test(secret) && /\d/.test(secret)),
  },
  {
    // $secpw = "Wint3r!sComing" | ConvertTo-SecureString …
    kind: 'command-password',
    hint: /ConvertTo-SecureString/i,
    pattern: /(?<secret>"[^"\n]{1,200}"|'[^'\n]{1,200}')(?=\s?\|\s?ConvertTo-SecureString)/gi,
  },
  {
    // | Password | Zielony_Las!42 |, | **WLAN-Schlüssel** | `x` |
    kind: 'credential',
    hint: new RegExp(BAR),
    pattern: new RegExp(
      String.raw`(?<pre>${BAR}[ \t]{0,4}[*_\u0060]{0,3}${IN_CELL}{0,30}(?:pass|pwd|secret|token|key|psk|${credentialWords()})${IN_CELL}{0,20}[*_\u0060]{0,3}[ \t]{0,4}${BAR}[ \t]{0,4}[*_\u0060]{0,3})(?<secret>[^${BARS}\s*\u0060]{1,200})`,
      'gi',
    ),
    keep: keepValue,
  },
  {
    // A strong value in a table cell after a user cell, with or without a header naming it:
    // "| LAB-PC07 | .\\labadmin | Lab0r!Pc07 |", "| iDRAC | root | Ipmi!Rack2 | 10.0.0.50 |".
    kind: 'credential',
    hint: new RegExp(BAR),
    pattern: new RegExp(
      String.raw`(?<=${BAR}[ \t]{0,4}[\w.\\@-]{1,64}[ \t]{0,4})(?<pre>${BAR}[ \t]{0,4}[*_\u0060]{0,3})(?<secret>[^${BARS}\s\u0060]{6,200}?)(?=[*_\u0060]{0,3}[ \t]{0,4}${BAR})`,
      'g',
    ),
    keep: (secret, after) => keepUnlessStrong(secret, after) || /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(secret),
  },
];
