import { describe, expect, it } from 'vitest';
import { redact } from '../src/redaction/redact.js';
import { normalized, normalizeText, originalSpan } from '../src/text/normalize.js';

describe('normalizeText', () => {
  it('folds full-width forms, look-alike letters, invisible characters, accents and odd spaces', () => {
    expect(normalizeText('ｐａｓｓｗｏｒｄ：x').text).toBe('password:x');
    expect(normalizeText('rеsоlvеd').text).toBe('resolved'); // Cyrillic е and о
    expect(normalizeText('pass\u200Bwo\u00ADrd\uFEFF').text).toBe('password');
    expect(normalizeText('re\u0301solu résolu').text).toBe('resolu resolu');
    expect(normalizeText('a\u00A0\u2009 b\tc').text).toBe('a b c');
    expect(normalizeText('it’s “fixed” — now → done').text).toBe('it\'s "fixed" - now -> done');
    expect(normalizeText('Straße').text).toBe('Strasse');
  });

  it('reads the Persian yeh and kaf of an Arabic word as the Arabic letters', () => {
    expect(normalized('یعمل بشکل طبیعی')).toBe(normalized('يعمل بشكل طبيعي'));
  });

  it('keeps line breaks and returns plain ASCII as it is', () => {
    const plain = 'Server=db01;\nPassword=x';
    const n = normalizeText(plain);
    expect(n.text).toBe(plain);
    expect(n.start).toBeNull();
  });

  it('maps every span of the normal form back to the characters it came from', () => {
    const text = 'ｐａｓ\u200Bｓ： Ｓｅｃｒｅｔ！';
    const n = normalizeText(text);
    const from = n.text.indexOf('Secret!');
    const [a, b] = originalSpan(n, from, from + 'Secret!'.length);
    expect(text.slice(a, b)).toBe('Ｓｅｃｒｅｔ！');
  });
});

describe('spans after a character outside the Basic Multilingual Plane', () => {
  it('maps a span after an emoji back to the characters it came from, unit for unit', () => {
    // Matches count UTF-16 units: an emoji is two of them in the normal form as in the original.
    const text = '🔑 ｐａｓｓ： Wr7!mKq2';
    const n = normalizeText(text);
    const from = n.text.indexOf('Wr7');
    const [a, b] = originalSpan(n, from, from + 'Wr7!mKq2'.length);
    expect(text.slice(a, b)).toBe('Wr7!mKq2');
    expect(n.start?.length).toBe(n.text.length);
  });
});

describe('redaction on odd Unicode', () => {
  it('masks the secret as it was written and leaves every other character alone', () => {
    expect(redact('ｐａｓｓｗｏｒｄ：Ｓｅｃｒｅｔ１２３ ok')).toBe(
      'ｐａｓｓｗｏｒｄ：[REDACTED:credential] ok',
    );
    expect(redact('pass\u200Bword: Fake-Zw-1 and more')).toBe(
      'pass\u200Bword: [REDACTED:credential] and more',
    );
    expect(redact('раssword = FakeCyr1')).toBe('раssword = [REDACTED:credential]');
    expect(redact('Mot\u00A0de\u00A0passe\u00A0: Fake\u00A0Nbsp')).toBe(
      'Mot\u00A0de\u00A0passe\u00A0: [REDACTED:password]\u00A0Nbsp',
    );
  });
});

describe('look-alike letters in prose', () => {
  it('folds a Latin word in disguise and leaves a word of another script as written', () => {
    expect(normalized('Th\u0435 issue is r\u0435solved', 'mixed')).toBe('The issue is resolved');
    expect(normalized('Проблема решена', 'mixed')).toBe(
      'Проблема реш\u0435на'.normalize('NFD').replace(/\p{M}/gu, ''),
    );
    // Latin o, e and a inside Russian words are Cyrillic ones in disguise.
    expect(normalized('Пpoблeмa рeшeнa', 'mixed')).toBe(normalized('Проблема решена', 'mixed'));
    // With no letter only Cyrillic has, the text is Latin throughout, one-letter words included.
    expect(normalized('Tud\u043E v\u043Elt\u0430 \u0430 fun\u0441i\u043En\u0430r', 'mixed')).toBe(
      'Tudo volta a funcionar',
    );
    // Word by word only: a lexicon's Russian "не" stays Russian.
    expect(normalized('не', 'words')).toBe('не');
    // Secrets keep the old rule: every look-alike is Latin.
    expect(normalized('Проблема', 'always')).not.toBe('Проблема');
  });
});
