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
  /**
   * A cut-off echo of a credential ("Invalid credential 'YWR2Y28rQWR2UH…'") is replaced from this
   * many characters of any of its forms on (default 8): long enough that a reader, or a search,
   * would recognise the credential from it, short enough that no error message or log line keeps
   * one. Set it to `Infinity` to replace whole forms only.
   */
  prefixLength?: number;
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

/** Every form a credential may take in an echoed request: verbatim, URL-encoded, base64, hex. */
export function credentialForms(secret: string): string[] {
  const forms = new Set<string>([secret]);
  const uri = encodeURIComponent(secret);
  forms.add(uri);
  forms.add(uri.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()));
  forms.add(uri.replace(/%20/g, '+'));
  // A JSON body quoting the request escapes quotes and backslashes.
  forms.add(JSON.stringify(secret).slice(1, -1));
  const bytes = Buffer.from(secret, 'utf8');
  for (const run of base64Runs(bytes)) {
    forms.add(run);
    forms.add(run.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  // Some APIs log the raw bytes of a header or a body they could not parse as hex.
  const hex = bytes.toString('hex');
  forms.add(hex);
  forms.add(hex.toUpperCase());
  return [...forms];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How many characters of `form` the text holds at `at`, from the first on. */
function sharedPrefix(text: string, at: number, form: string): number {
  let n = 0;
  while (n < form.length && text.charCodeAt(at + n) === form.charCodeAt(n)) n++;
  return n;
}

/**
 * A scrubber for `secrets`: each is replaced in its verbatim, URL-encoded (`%XX` in either case,
 * `+` for a space), JSON-escaped, base64 (standard and URL-safe, at any alignment) and hex forms,
 * wherever it sits (inside a longer word too), and so is any cut-off echo of one of those forms
 * from `prefixLength` characters on.
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
  const prefixLength = Math.max(minLength, options.prefixLength ?? 8);
  const forms = [
    ...new Set(
      secrets
        .filter((s) => typeof s === 'string' && s.length >= minLength)
        .flatMap((s) => credentialForms(s)),
    ),
  ]
    .filter((f) => f.length >= minLength)
    .sort((a, b) => b.length - a.length);
  if (forms.length === 0) return (text: string) => text;
  // One pass finds where the next echo may start: a whole short form, or the first
  // `prefixLength` characters of a longer one. There every form is compared and the longest
  // stretch it shares with the text is replaced, so a key that contains another secret, a form
  // that extends another (`%2F` beside `%2f`) and a cut-off echo of any length go whole.
  const heads = [...new Set(forms.map((f) => escapeRegExp(f.slice(0, prefixLength))))];
  const anywhere = new RegExp(heads.join('|'), 'g');
  return (text: string) => {
    let out = '';
    let at = 0;
    anywhere.lastIndex = 0;
    for (let m = anywhere.exec(text); m !== null; m = anywhere.exec(text)) {
      let end = m.index;
      for (const form of forms) {
        const shared = sharedPrefix(text, m.index, form);
        if (shared === form.length || shared >= prefixLength) end = Math.max(end, m.index + shared);
      }
      if (end === m.index) {
        anywhere.lastIndex = m.index + 1;
        continue;
      }
      out += text.slice(at, m.index) + mask;
      at = end;
      anywhere.lastIndex = end;
    }
    return out + text.slice(at);
  };
}
