import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/language/codes.js';
import {
  CREDENTIAL_LANGUAGES,
  credentialStems,
  credentialWordHint,
  withoutUnicodeClasses,
} from '../src/redaction/languages.js';
import { redactSecrets } from '../src/redaction/redact.js';
import { REDACTION_RULES } from '../src/redaction/rules.js';
import { normalizeText } from '../src/text/normalize.js';

describe('the credential-word table', () => {
  it('covers at least the fifteen languages of the guard', () => {
    const codes = CREDENTIAL_LANGUAGES.map((l) => l.code);
    for (const code of LANGUAGES) {
      expect(codes).toContain(code);
    }
  });

  it('has a stem of the cheap test in every word, so no word is skipped by it', () => {
    const hint = credentialWordHint();
    const stems = credentialStems();
    for (const language of CREDENTIAL_LANGUAGES) {
      for (const word of language.words) {
        const normal = normalizeText(word).text;
        expect(hint.test(normal), `${language.code}: ${word} (stems: ${stems.length})`).toBe(true);
      }
    }
  });

  it('has a stem in every spelling a rule accepts, with spaces, hyphens or neither between parts', () => {
    // A rule's phrase lets each space or hyphen of a word be either, or nothing ("clewifi"), so
    // the cheap test must pass on every such spelling too.
    const hint = credentialWordHint();
    const spellings = (word: string): string[] => {
      const [first = '', ...rest] = word.split(/[- ]/);
      return rest.reduce<string[]>(
        (out, part) => out.flatMap((s) => [`${s} ${part}`, `${s}-${part}`, `${s}${part}`]),
        [first],
      );
    };
    for (const language of CREDENTIAL_LANGUAGES) {
      for (const word of language.words) {
        for (const spelling of spellings(normalizeText(word).text.toLowerCase())) {
          expect(hint.test(spelling), `${language.code}: ${spelling}`).toBe(true);
        }
      }
    }
  });

  it('lets everyday words through the cheap test, so their texts skip the credential rules', () => {
    const hint = credentialWordHint();
    for (const word of ['again', 'stage', 'manage', 'page', 'agent']) {
      expect(hint.test(word), word).toBe(false);
    }
  });

  it.each([
    ['pl', 'Hasło do wifi w biurze to Zielony_Las!42', 'Zielony_Las!42'],
    ['sv', 'Lösenordet för gästnätet är Gast#Natet24', 'Gast#Natet24'],
    ['tr', 'Wifi şifresi: Misafir!2024', 'Misafir!2024'],
    ['ru', 'Пароль от Wi-Fi в переговорной: Peregovornaya24', 'Peregovornaya24'],
    ['ar', 'كلمة المرور هي Ma3lomat#2024', 'Ma3lomat#2024'],
    ['ja', 'パスワードはSakura2026!です', 'Sakura2026!'],
    ['zh', '密码是Mima#Beijing6', 'Mima#Beijing6'],
    ['ko', '비밀번호는 Bimil!Seoul24 입니다', 'Bimil!Seoul24'],
    ['da', 'Adgangskoden er Adgang#Koge4', 'Adgang#Koge4'],
    ['fi', 'Salasana on Salasana!Oulu9', 'Salasana!Oulu9'],
    ['cs', 'Heslo je Heslo#Praha3', 'Heslo#Praha3'],
    ['en', 'SNMP community string is n3tw0rkm0n', 'n3tw0rkm0n'],
    ['en', 'RDP to 10.0.0.15 as administrator / Adm1n!2024', 'Adm1n!2024'],
  ])('masks a password in %s prose: %s', (_, text, secret) => {
    expect(redactSecrets(text).text).not.toContain(secret);
  });

  it.each([
    "$pw = Read-Host 'Password' -AsSecureString",
    'Hasło: u kierownika.',
    'Local admin password is managed by LAPS.',
    'パスワード：別途お伝えします。',
    '"clientSecret": "<your-client-secret>"',
  ])('keeps %j', (text) => {
    expect(redactSecrets(text).text).toBe(text);
  });
});

describe('letter and digit classes without the u flag', () => {
  // The rules run without the `u` flag, so `\p{L}` and `\p{N}` are rewritten as ranges; inside a
  // character class they must stay inside it, or "not followed by a letter" checks nothing.
  const test = (source: string, text: string) => new RegExp(withoutUnicodeClasses(source), 'i').test(text);

  it('keeps a letter class inside its brackets, in a lookahead and beside other members', () => {
    expect(test(String.raw`^pin(?![\p{L}])`, 'pin 1234')).toBe(true);
    expect(test(String.raw`^pin(?![\p{L}])`, 'pinned')).toBe(false);
    expect(test(String.raw`^pin(?![\p{L}])`, 'pinß')).toBe(false);
    expect(test(String.raw`^pin(?![\p{L}])`, 'pinкод')).toBe(false);
    expect(test(String.raw`^[\p{L}\p{N}\\/@.-]+$`, 'svc-nas@contoso.local')).toBe(true);
    expect(test(String.raw`^[\p{L}\p{N}\\/@.-]+$`, 'a b')).toBe(false);
    expect(test(String.raw`^x[^\p{L}\p{N}]`, 'x9')).toBe(false);
    expect(test(String.raw`^x[^\p{L}\p{N}]`, 'x!')).toBe(true);
  });

  it('brackets a class outside one, and reads digits of other scripts as digits', () => {
    expect(test(String.raw`^\p{L}+$`, 'Kennwort')).toBe(true);
    expect(test(String.raw`^\p{L}+$`, 'Kennwort1')).toBe(false);
    expect(test(String.raw`^\p{N}{4}$`, '١٢٣٤')).toBe(true);
    expect(test(String.raw`^\p{N}{4}$`, '１２３４')).toBe(true);
    expect(test(String.raw`^[\p{N}]{2}$`, 'pN')).toBe(false);
  });

  it('leaves no property escape in a rule that runs without the u flag', () => {
    // Without the flag `\p{L}` reads as the letters "p{L}": a check that silently holds or fails.
    const escapes = REDACTION_RULES.flatMap((rule) =>
      [rule.pattern, rule.hint, rule.anchor]
        .filter((pattern): pattern is RegExp => pattern !== undefined && !/[uv]/.test(pattern.flags))
        .filter((pattern) => /(?<!\\)(?:\\\\)*\\[pP]\{/.test(pattern.source))
        .map((pattern) => `${rule.kind}: ${pattern.source.slice(0, 80)}`),
    );
    expect(escapes).toEqual([]);
  });

  it('leaves other escapes as written', () => {
    expect(withoutUnicodeClasses(String.raw`\\p{L}\d\[`)).toBe(String.raw`\\p{L}\d\[`);
  });
});
