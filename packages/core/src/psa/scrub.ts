/**
 * The credential scrubber adapters run over every text that came from outside (a PSA's error body,
 * a socket error's message) before it reaches an error or a log line.
 *
 * @module
 */

/** Replaces every credential an adapter holds in a text that came from outside. */
export type CredentialScrubber = (text: string) => string;

/** Options of {@link credentialScrubber}. */
export interface CredentialScrubberOptions {
  /** What a credential is replaced with (default `[redacted]`). */
  mask?: string;
  /**
   * Shorter values are left alone (default 4): replacing a one-letter key everywhere would garble the
   * message and protect nothing. Encoded forms shorter than this are skipped too.
   */
  minLength?: number;
}

/**
 * The base64 runs that encode `bytes` wherever they sit in a longer base64 text. Base64 packs three
 * bytes into four characters, so a secret inside a larger encoded value (a Basic token of
 * `user:secret`) shows as one of three character runs depending on its offset; each run holds only
 * characters decided by the secret's own bytes.
 */
function base64Runs(bytes: Buffer): string[] {
  const runs: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes])
      .toString('base64')
      .replace(/=+$/, '');
    const first = Math.ceil((offset * 8) / 6);
    const end = Math.floor(((offset + bytes.length) * 8) / 6);
    runs.push(encoded.slice(first, end));
  }
  return runs;
}

/** Every form a credential may take in an echoed request: verbatim, URL-encoded, base64. */
export function credentialForms(secret: string): string[] {
  const forms = new Set<string>([secret]);
  const uri = encodeURIComponent(secret);
  forms.add(uri);
  forms.add(uri.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()));
  forms.add(uri.replace(/%20/g, '+'));
  // A JSON body quoting the request escapes quotes and backslashes.
  forms.add(JSON.stringify(secret).slice(1, -1));
  for (const run of base64Runs(Buffer.from(secret, 'utf8'))) {
    forms.add(run);
    forms.add(run.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...forms];
}

/**
 * A scrubber for `secrets`: each is replaced in its verbatim, URL-encoded (`%XX` in either case,
 * `+` for a space), JSON-escaped and base64 (standard and URL-safe, at any alignment) forms.
 *
 * ```ts
 * import { credentialScrubber } from '@closeout/core/psa';
 *
 * const scrub = credentialScrubber(['s3cret-value', 'integration-code']);
 * scrub('echo: s3cret-value'); // 'echo: [redacted]'
 * ```
 *
 * The longest forms are replaced first, so a key that contains another secret goes whole.
 */
export function credentialScrubber(
  secrets: readonly string[],
  options: CredentialScrubberOptions = {},
): CredentialScrubber {
  const mask = options.mask ?? '[redacted]';
  const minLength = options.minLength ?? 4;
  const forms = [
    ...new Set(
      secrets
        .filter((s) => typeof s === 'string' && s.length >= minLength)
        .flatMap((s) => credentialForms(s)),
    ),
  ]
    .filter((f) => f.length >= minLength)
    .sort((a, b) => b.length - a.length);
  return (text: string) => {
    let out = text;
    for (const form of forms) if (out.includes(form)) out = out.split(form).join(mask);
    return out;
  };
}
