import { describe, expect, it } from 'vitest';
import { credentialForms, credentialScrubber } from '../src/psa/index.js';

const SECRET = 'P@ss w0rd/+=secret';

describe('psa toolkit: credentialScrubber', () => {
  const scrub = credentialScrubber([SECRET, 'integration-CODE-42']);

  it('replaces a credential verbatim', () => {
    expect(scrub(`bad key ${SECRET} given`)).toBe('bad key [redacted] given');
  });

  it('replaces its URL-encoded forms: %XX in either case and + for a space', () => {
    const upper = encodeURIComponent(SECRET);
    const lower = upper.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase());
    const form = new URLSearchParams({ k: SECRET }).toString().slice(2);
    for (const encoded of [upper, lower, form]) {
      expect(scrub(`url ?key=${encoded}&x=1`), encoded).toBe('url ?key=[redacted]&x=1');
    }
  });

  it('replaces its base64 forms, alone and inside a longer encoded value at any offset', () => {
    const alone = Buffer.from(SECRET).toString('base64');
    expect(scrub(`token ${alone}`)).not.toContain(alone.slice(0, -2));
    for (const prefix of ['', 'u', 'us', 'user:']) {
      const basic = Buffer.from(`${prefix}${SECRET}`).toString('base64');
      const urlSafe = Buffer.from(`${prefix}${SECRET}`).toString('base64url');
      for (const encoded of [basic, urlSafe]) {
        const out = scrub(`Authorization: Basic ${encoded}`);
        expect(out, `${prefix}/${encoded}`).toContain('[redacted]');
        // What survives around the mask is at most the few characters the prefix shares.
        expect(out.replace('Authorization: Basic ', '').replace('[redacted]', '').length).toBeLessThan(12);
      }
    }
  });

  it('replaces a JSON-escaped echo', () => {
    const scrubQuote = credentialScrubber(['quo"te\\slash']);
    expect(scrubQuote(JSON.stringify({ echoed: 'quo"te\\slash' }))).toBe('{"echoed":"[redacted]"}');
  });

  it('leaves short values and ordinary text alone, and takes a mask', () => {
    const s = credentialScrubber(['abc', 'LongEnough1'], { mask: '***' });
    expect(s('abc and LongEnough1')).toBe('abc and ***');
    expect(credentialScrubber([])('nothing to hide')).toBe('nothing to hide');
  });

  it('lists every form it looks for', () => {
    const forms = credentialForms('a b');
    expect(forms).toEqual(
      expect.arrayContaining(['a b', 'a%20b', 'a+b', Buffer.from('a b').toString('base64')]),
    );
  });
});

describe('psa toolkit: credentialScrubber on echoes in any shape', () => {
  const privateKey = 'Adv+Priv/Key+Secret9';
  const token = Buffer.from(`acme+AdvcoPublic:${privateKey}`).toString('base64');
  const scrub = credentialScrubber([token, privateKey, 'AdvcoPublic']);

  it("replaces ConnectWise's cut-off echo of the Basic token and the private key", () => {
    const echo = `Invalid credential '${token.slice(0, 14)}…' and secret '${privateKey.slice(0, 12)}…'`;
    expect(scrub(echo)).toBe("Invalid credential '[redacted]…' and secret '[redacted]…'");
  });

  it('replaces any cut-off form from 8 characters on, and leaves a shorter one', () => {
    const hex = Buffer.from(privateKey).toString('hex');
    const forms = [privateKey, encodeURIComponent(privateKey), token, hex, hex.toUpperCase()];
    for (const form of forms) {
      for (let cut = 8; cut <= form.length; cut++) {
        const out = scrub(`echo <${form.slice(0, cut)}> end`);
        expect(out, `${form} cut at ${cut}`).toBe('echo <[redacted]> end');
      }
    }
    expect(scrub('echo Adv+Pri end')).toBe('echo Adv+Pri end');
  });

  it('replaces hex forms in either case, and credentials inside longer words', () => {
    const hex = Buffer.from(privateKey).toString('hex');
    expect(scrub(`bytes=${hex}`)).toBe('bytes=[redacted]');
    expect(scrub(`BYTES=0x${hex.toUpperCase()}00`)).toBe('BYTES=0x[redacted]00');
    expect(scrub(`keyAdvcoPublicSuffix and X${privateKey}Y`)).toBe('key[redacted]Suffix and X[redacted]Y');
  });

  it('can be told to replace whole forms only', () => {
    const whole = credentialScrubber([privateKey], { prefixLength: Number.POSITIVE_INFINITY });
    expect(whole(`cut ${privateKey.slice(0, 12)}…`)).toBe(`cut ${privateKey.slice(0, 12)}…`);
    expect(whole(`whole ${privateKey}`)).toBe('whole [redacted]');
  });

  it('handles a long credential (a private key): whole, and cut off at any length', () => {
    const key = Array.from({ length: 40 }, (_, i) => `Line${i}Of+The/Fake=Key`).join('');
    const long = credentialScrubber([key]);
    expect(long(`whole ${key} end`)).toBe('whole [redacted] end');
    expect(long(`cut ${key.slice(0, 100)}… end`)).toBe('cut [redacted]… end');
    expect(long(`cut ${key.slice(0, 600)}… end`)).toBe('cut [redacted]… end');
  });
});
