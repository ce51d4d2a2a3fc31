import { describe, expect, it } from 'vitest';
import { refusedAsClaim } from './support/guard-rates.js';

// C13, a cause that fixed it: after a list of attempts a note names the one that "did it" — in
// the simple past, with any subject, and often with the negation after the object ("löste das
// Problem nicht"). Each claim stands next to the honest sentence that differs from it only by a
// negation, a limit or a frame of checking, so the test fails both ways: a claim let through, or
// an honest sentence refused.

const PAIRS: ReadonlyArray<readonly [lang: string, claim: string, honest: string]> = [
  [
    'de',
    'Der Neustart des Spoolers löste das Problem.',
    'Der Neustart des Spoolers löste das Problem leider nicht.',
  ],
  [
    'de',
    'Das Zurücksetzen des Profils brachte schließlich die Lösung.',
    'Das Zurücksetzen des Profils brachte leider keine Abhilfe.',
  ],
  ['de', 'Erst der Treibertausch behob den Fehler.', 'Der Treibertausch behob den Fehler nicht.'],
  [
    'nl',
    'Het opnieuw opstarten van de router loste het op.',
    'Het opnieuw opstarten van de router loste het niet op.',
  ],
  [
    'nl',
    'Het vervangen van de kabel verhielp de storing.',
    'Het vervangen van de kabel verhielp de storing niet.',
  ],
  ['nl', 'De nieuwe driver bracht de oplossing.', 'De nieuwe driver bracht geen oplossing.'],
  ['es', 'Al final, reinstalar el controlador lo arregló.', 'Reinstalar el controlador no lo arregló.'],
  ['pt', 'A troca do cabo resolveu o problema.', 'A troca do cabo não resolveu o problema.'],
  ['pl', 'To pomogło.', 'To nie pomogło.'],
  ['pl', 'Restart usługi naprawił błąd.', 'Restart usługi nie naprawił błędu.'],
  ['pl', 'Poprawka zadziałała.', 'Nie udało się potwierdzić, że poprawka zadziałała.'],
  ['tr', 'Sürücüyü yeniden kurmak hatayı giderdi.', 'Sürücüyü yeniden kurmak hatayı gidermedi.'],
  ['ru', 'Перезагрузка сервера решила проблему.', 'Перезагрузка сервера не решила проблему.'],
  ['ru', 'Исправление помогло.', 'Подтвердить, что исправление помогло, пока не удалось.'],
  ['ar', 'هذا أصلح الخلل.', 'هذا لم يصلح الخلل.'],
];

describe('a cause that fixed it (C13)', () => {
  it.each(PAIRS)('%s: refuses "%s" and accepts "%s"', (_lang, claim, honest) => {
    for (let slot = 0; slot < 6; slot++) {
      expect(refusedAsClaim(claim, slot), `${claim} in slot ${slot}`).toBe(true);
      expect(refusedAsClaim(honest, slot), `${honest} in slot ${slot}`).toBe(false);
    }
  });
});
