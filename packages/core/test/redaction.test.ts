import { describe, expect, it } from 'vitest';
import { redact, redactSecrets } from '../src/redaction/redact.js';
import { LOOK_ALIKES, SECRETS, type SecretCase } from './fixtures/secrets-corpus.js';
import { FIELD_LOOK_ALIKES, FIELD_SECRETS } from './fixtures/secrets-corpus-field.js';

const ALL_SECRETS = [...SECRETS, ...FIELD_SECRETS];
const ALL_LOOK_ALIKES = [...LOOK_ALIKES, ...FIELD_LOOK_ALIKES];
const masked = ({ text, secrets }: SecretCase) => {
  const out = redactSecrets(text).text;
  return secrets.every((secret) => !out.includes(secret));
};

describe('redaction', () => {
  it('has a corpus of at least 200 secrets and 200 look-alikes', () => {
    expect(ALL_SECRETS.length).toBeGreaterThanOrEqual(200);
    expect(ALL_LOOK_ALIKES.length).toBeGreaterThanOrEqual(200);
  });

  it('masks at least 98 % of the secrets and keeps at least 99 % of the look-alikes intact', () => {
    expect(ALL_SECRETS.filter(masked).length / ALL_SECRETS.length).toBeGreaterThanOrEqual(0.98);
    const intact = ALL_LOOK_ALIKES.filter((text) => redactSecrets(text).text === text).length;
    expect(intact / ALL_LOOK_ALIKES.length).toBeGreaterThanOrEqual(0.99);
  });

  describe.each(ALL_SECRETS)('masks $name', ({ text, secrets, kind }) => {
    it(`as ${kind}`, () => {
      const { text: out, counts } = redactSecrets(text);
      for (const secret of secrets) expect(out).not.toContain(secret);
      expect(out).toContain(`[REDACTED:${kind}]`);
      expect(counts[kind]).toBeGreaterThanOrEqual(1);
    });
  });

  it.each(ALL_LOOK_ALIKES)('keeps the look-alike %j', (text) => {
    expect(redactSecrets(text)).toEqual({ text, counts: {} });
  });

  it('keeps the words around a secret, so the reader knows what was masked', () => {
    expect(redact('Server=sql01;User Id=sa;Password=Sql$erverFake1;Encrypt=true')).toBe(
      'Server=sql01;User Id=sa;Password=[REDACTED:credential];Encrypt=true',
    );
    expect(redact('postgres://app:FakePgPass99@db.internal:5432/app')).toBe(
      'postgres://app:[REDACTED:url-password]@db.internal:5432/app',
    );
    expect(redact('The password is Hunter2-Fake.')).toBe('The password is [REDACTED:password]');
  });

  it('masks every secret in a text holding many, and is idempotent', () => {
    const all = SECRETS.map((s) => s.text).join('\n');
    const once = redact(all);
    for (const { secrets } of SECRETS) for (const secret of secrets) expect(once).not.toContain(secret);
    expect(redact(once)).toBe(once);
    // Look-alikes mixed in with the secrets still survive. They go first: the corpus ends with a
    // private key block cut before its END line, which is masked to the end of the text.
    const mixed = redact([...LOOK_ALIKES, all].join('\n'));
    for (const text of LOOK_ALIKES) expect(mixed).toContain(text);
  });

  it('masks a private key block only up to its END line', () => {
    const text = [
      'before',
      ['-----BEGIN ', 'PRIVATE KEY-----'].join(''),
      'MIIFAKE0',
      ['-----END ', 'PRIVATE KEY-----'].join(''),
      'after ----- divider -----',
    ].join('\n');
    expect(redact(text)).toBe('before\n[REDACTED:private-key]\nafter ----- divider -----');
  });

  it('stays fast on long adversarial input', () => {
    const nasty = `${'password '.repeat(2_000)}${'a'.repeat(50_000)} ${'-'.repeat(20_000)}`;
    const start = performance.now();
    redact(nasty);
    // A catastrophic pattern would take seconds here; bounded quantifiers keep it linear.
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
