import { credentialWords, MSP_TOOLS, withoutUnicodeClasses } from './languages.js';
import { WORD_ANCHOR, WORD_HINT } from './prose.js';
import type { RedactionRule } from './rule.js';
import { isPublicKeyMaterial, isSettingName, keepValue } from './values.js';

// The last layer: a token-like value a little after a credential word, in any language, masked
// when it is random enough to be a key rather than a word, a number, an id or a hash someone
// labelled. It catches what the layers before cannot name: a vendor format nobody listed, a key
// with a sentence between it and its label ("the storage key we rotated yesterday: 8xKq…"), a
// value after the bare "pass" of "SMTP pass" or Duo's "skey".

/** Shannon entropy of `text`, in bits per character. */
export function shannonEntropy(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Bits per character from which a 16+ character token counts as random (gitleaks uses 3.5). */
export const MIN_ENTROPY = 3.5;
/** The same for a 24+ character token of two classes (letters and digits only). */
const LONG_ENTROPY = 4;

const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
const HEX = /^(?:0x)?[0-9a-f]+$/i;
/**
 * Paths, host names with a path, dotted names and versions: `C:/x`, `/usr/lib`, `~/.ssh/id_ed25519`,
 * `db.example.net/prod`, `1.2.3`.
 */
const PATHISH =
  /^(?:[A-Za-z]:|~|\.{1,2})?[/\\]|\\|^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d{1,5})?(?:[/?#]\S*)?$/;
/**
 * A label no host name has: 20 or more characters mixing upper case, lower case and digits. Dotted
 * vendor keys ("ITG.<hex>.<random>") have one; "db01.contoso.local" has none.
 */
const RANDOM_LABEL =
  /(?:^|\.)(?=[A-Za-z0-9-]{0,200}[a-z])(?=[A-Za-z0-9-]{0,200}[A-Z])(?=[A-Za-z0-9-]{0,200}\d)[A-Za-z0-9-]{20,}(?:\.|$)/;
/**
 * A relative path or an object's key in a bucket: folders joined by "/" down to a file with its
 * extension ("Backups/FS01/2025-02-11.vbk" after `--key`). Base64 has no dot, and a key in it does
 * not end in one.
 */
const RELATIVE_PATH =
  /^[\w-][\w.-]{0,80}(?:\/[\w.-]{1,80}){0,20}\/[\w-][\w.-]{0,80}\.[A-Za-z][A-Za-z0-9]{0,5}$/;
const isPathish = (token: string) =>
  (PATHISH.test(token) && !(token.includes('.') && RANDOM_LABEL.test(token))) || RELATIVE_PATH.test(token);

/**
 * True when `token` is base64 of readable text (an encoded message someone quoted), not of key bytes:
 * words with spaces between them, a number or an interface's name among them ("Link down on port
 * Gi1/0/24"). Two spaces at least, and letters for most of it: a user and a password joined by a
 * colon ("admin:Sommer 2024!") has one space, if any.
 */
function isBase64Text(token: string): boolean {
  if (!/^[A-Za-z0-9+/]{16,}={0,2}$/.test(token)) return false;
  const decoded = Buffer.from(token, 'base64').toString('latin1');
  const readable = decoded.match(/[A-Za-z ,.'!?-]/g)?.length ?? 0;
  if (decoded.includes(' ') && readable / decoded.length > 0.9) return true;
  const printable = decoded.match(/[A-Za-z0-9 ,.'!?/()_-]/g)?.length ?? 0;
  const letters = decoded.match(/[A-Za-z]/g)?.length ?? 0;
  return (
    (decoded.match(/ /g)?.length ?? 0) >= 2 &&
    !decoded.includes(':') &&
    printable === decoded.length &&
    letters / decoded.length > 0.6
  );
}

/** True when `token` is not random enough, or is an id, a hex digest, a path or a plain word. */
export function keepLowEntropy(token: string, after = ''): boolean {
  const bare = token.replace(/[.,;:)]+$/, '');
  if (keepValue(bare, after) || bare.length < 16 || GUID.test(bare) || HEX.test(bare) || isPathish(bare))
    return true;
  if (isPublicKeyMaterial(bare)) return true;
  // A name and its value ("SharedAccessKeyName=RootManageSharedAccessKey"): base64 has "=" only
  // at its end, so this is a pair, and a secret value in it is the business of the key rules.
  if (/^[A-Za-z_][\w.-]*=[^=]/.test(bare)) return true;
  // A setting's name in lower case and its "=", the next pair of a config line: "wpa2-pre-shared-key=".
  if (bare.endsWith('=') && isSettingName(bare.slice(0, -1))) return true;
  // A command's parameter is its name: "-ChangePasswordAtLogon", "--no-password-prompt".
  if (/^--?[A-Za-z]+(?:-[A-Za-z]+)*$/.test(bare)) return true;
  // Words joined by hyphens, underscores or a slash: "DATEV-Connector-Modul", "Groß-/Kleinbuchstaben".
  if (/^\p{L}+(?:[-_./]{1,2}\p{L}+)+$/u.test(bare)) return true;
  if (isBase64Text(bare)) return true;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[+/=_~.-]/].filter((c) => c.test(bare)).length;
  // Two classes are enough for a long key of letters and digits only (an upper-case API key of 32,
  // a lower-case secret of 40) when it is more random still; a word with a number is not.
  const long = bare.length >= 24 && /[A-Za-z]/.test(bare) && /\d/.test(bare) && !/[^A-Za-z0-9]/.test(bare);
  if (classes < 3 && !long) return true;
  return shannonEntropy(bare) < (classes < 3 ? LONG_ENTROPY : MIN_ENTROPY);
}

/** The entropy rule: runs last, on whatever the named rules left. */
export const ENTROPY_RULES: readonly RedactionRule[] = [
  {
    kind: 'credential',
    hint: WORD_HINT,
    anchor: WORD_ANCHOR,
    pattern: new RegExp(
      withoutUnicodeClasses(
        String.raw`(?<pre>(?<![\p{L}\p{N}])(?:${credentialWords()}|key|secret|token|credential|cred|pass(?![A-Za-z])|skey|${MSP_TOOLS})[^\n]{0,60}?(?<![A-Za-z0-9+/=_.~-])(?<!(?:sha1|sha256|sha384|sha512|md5):))(?<secret>[A-Za-z0-9+/=_.~-]{16,400})`,
      ),
      'gi',
    ),
    keep: keepLowEntropy,
  },
];
