import type { RedactionRule } from './rule.js';
import { keepValue, VALUE } from './values.js';

// Secrets in the Windows registry, as technicians paste it: what `reg query` prints ("Password
// REG_BINARY 3c5c…"), a `reg add … /v Password /t REG_BINARY /d …` line, and a .reg export
// ("SecurityPasswordAES"=hex:b8,6f,…). Remote-control tools keep their passwords there (RealVNC,
// TightVNC, UltraVNC, TeamViewer), obfuscated with a key that every copy of the tool shares, so the
// stored data is as good as the password. Windows autologon's DefaultPassword has rules of its own
// (devices.ts).

/**
 * A value's name that holds a word for a password, with at most a word after it that says how it
 * is kept or which one it is: "Password", "PasswordViewOnly", "SecurityPasswordAES", "passwd2",
 * "ProxyPwd". A name that goes on with other words names a setting about the password
 * ("PasswordExpiryWarning", "PasswordHint"), and a number's data (REG_DWORD) is a flag or a count.
 */
const NAME = String.raw`[A-Za-z0-9_]{0,40}?(?:password|passwd|pwd|passphrase|secret|psk)(?:_?(?:aes|des|enc|encrypted|crypted|obfuscated|hash|viewonly|readonly|exported|full|view|\d{1,2}))?`;
/** The string and binary types: the ones a password is stored as. */
const TYPE = 'REG_(?:SZ|EXPAND_SZ|MULTI_SZ|BINARY)';
/** A .reg file's binary data: hex pairs, wrapped over lines with a backslash at the end of each. */
const HEX_DATA = String.raw`[0-9a-fA-F]{2}(?:,(?:\\[ \t]*\r?\n[ \t]{0,8})?[0-9a-fA-F]{2}){0,2000}`;

const rule = (pattern: string, hint: RegExp): RedactionRule => ({
  kind: 'credential',
  pattern: new RegExp(pattern, 'gi'),
  hint,
  keep: keepValue,
});

/** The registry rules. */
export const REGISTRY_RULES: readonly RedactionRule[] = [
  // `reg query` prints each value as its name, its type and its data, on one line: the data up to
  // the end of the line.
  rule(
    String.raw`(?<pre>(?<![\w-])${NAME}[ \t]{1,8}${TYPE}[ \t]{1,8})(?<secret>[^\s][^\n]{0,400}?)(?=[ \t]*(?:\r?\n|$))`,
    /REG_(?:SZ|EXPAND_SZ|MULTI_SZ|BINARY)/i,
  ),
  // `reg add <key> /v <name> [/t <type>] [/f] /d <data>`: the switches in any order between name and data.
  rule(
    String.raw`(?<pre>(?<![\w-])/v[ \t]{1,4}(?<q>"?)${NAME}\k<q>(?:[ \t]{1,4}/(?:t[ \t]{1,4}REG_[A-Z_]{2,12}|f|reg:\d{2}|s[ \t]{1,4}[^\s]{1,4}))*[ \t]{1,4}/d[ \t]{1,4})(?<secret>${VALUE})`,
    /\/d\s/i,
  ),
  // A .reg file: "Name"="string" or "Name"=hex:… (hex(3) for REG_BINARY written so too); dword: is a number.
  rule(
    String.raw`(?<pre>(?<=(?:^|\n)[ \t]{0,8})"${NAME}"[ \t]{0,4}=[ \t]{0,4}(?:hex(?:\([0-9a-f]\))?:)?)(?<secret>"(?:[^"\\\n]|\\.){1,2000}"|(?<=:)${HEX_DATA})`,
    /"[ \t]{0,4}=[ \t]{0,4}(?:"|hex)/i,
  ),
];
