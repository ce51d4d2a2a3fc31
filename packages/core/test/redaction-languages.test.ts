import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/language/codes.js';
import { CREDENTIAL_LANGUAGES, credentialStems, credentialWordHint } from '../src/redaction/languages.js';
import { redactSecrets } from '../src/redaction/redact.js';
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
