import { describe, expect, it } from 'vitest';
import { refusedAsClaim } from './support/guard-rates.js';

// Claims of the later classes, each next to the honest sentence that differs from it only by a
// negation, a limit, a condition or a frame of checking, so the test fails both ways: a claim let
// through, or an honest sentence refused. Written for this file, not taken from a corpus.

type Pair = readonly [lang: string, claim: string, honest: string];

// C13, a cause that fixed it: after a list of attempts a note names the one that "did it" — in
// the simple past, with any subject, and often with the negation after the object ("löste das
// Problem nicht").
const CAUSE: readonly Pair[] = [
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
  ['sv', 'Omstarten av routern hjälpte.', 'Omstarten av routern hjälpte inte.'],
];

// C14, better than ever: not only working, working better than before it broke.
const BETTER: readonly Pair[] = [
  [
    'en',
    'The laptop boots faster than ever.',
    'The laptop boots faster than ever, but Outlook still crashes on start.',
  ],
  [
    'de',
    'Der Scanner läuft schneller als je zuvor.',
    'Der Scanner läuft schneller als je zuvor, aber der Druck bricht weiterhin ab.',
  ],
  [
    'fr',
    "Le Wi-Fi n'a jamais été aussi stable.",
    "Le Wi-Fi n'a jamais été aussi stable, mais le VPN se déconnecte toujours.",
  ],
  [
    'it',
    'Il server va meglio che mai.',
    'Il server va meglio che mai, ma il gestionale continua a bloccarsi.',
  ],
  [
    'pl',
    'Sieć działa szybciej niż kiedykolwiek.',
    'Sieć działa szybciej niż kiedykolwiek, ale VPN nadal się rozłącza.',
  ],
  ['zh', '网速比以前快多了。', '网速比以前快多了，但是VPN还是经常断开。'],
];

// C15, a job or a step done with success, and the idioms that stand for it.
const SUCCESS: readonly Pair[] = [
  ['en', 'Office activated on all three laptops.', 'Office is not activated on the third laptop yet.'],
  ['fr', "La sauvegarde s'est déroulée sans erreur.", "La sauvegarde ne s'est pas déroulée sans erreur."],
  ['es', 'La copia de anoche terminó correctamente.', 'La copia de anoche no terminó correctamente.'],
  [
    'it',
    'Il backup è stato completato con esito positivo.',
    'Il backup non è stato completato con esito positivo.',
  ],
  ['sv', 'Säkerhetskopian gick igenom utan fel.', 'Säkerhetskopian gick inte igenom utan fel.'],
  ['pt', 'O scanner voltou a enviar os e-mails.', 'O scanner voltou a falhar ao enviar os e-mails.'],
  ['de', 'Der Neustart hat es gerichtet.', 'Der Neustart hat es leider nicht gerichtet.'],
  ['nl', 'Na de herstart deed de scanner het weer.', 'Na de herstart deed de scanner het nog steeds niet.'],
  ['ar', 'تمت المزامنة بنجاح.', 'لم تتم المزامنة بنجاح.'],
  ['ru', 'Ошибок больше нет.', 'Ошибок больше нет, но принтер по-прежнему не печатает.'],
];

// A claim of one word closing a list or standing after a colon; the same list that says what is
// still wrong; a closing that waits to be told; a time of day that is not a clause break.
const SHAPES: readonly Pair[] = [
  [
    'de',
    'Treiber ersetzt, Spooler neu gestartet – erledigt.',
    'Treiber ersetzt, Fehler weiterhin da – nicht erledigt.',
  ],
  ['sv', 'Licens tilldelad, Teams omstartat – klart.', 'Licens tilldelad, Teams startar fortfarande inte.'],
  ['en', 'Sarah wrote back: "sorted, thanks!"', 'Sarah wrote back: "not sorted, still offline."'],
  [
    'nl',
    'Het scannen werkt, dus we sluiten het ticket.',
    'Zodra u bevestigt dat het scannen werkt, sluiten we het ticket.',
  ],
  [
    'de',
    'Der Scan geht wieder, wir schließen das Ticket.',
    'Sobald Sie bestätigen, dass der Scan wieder geht, schließen wir das Ticket.',
  ],
  [
    'en',
    'Since 08:15 all 20 users can print without issues.',
    'Since 08:15 only 3 of the 20 users can print without issues.',
  ],
];

function holds([, claim, honest]: Pair) {
  for (let slot = 0; slot < 6; slot++) {
    expect(refusedAsClaim(claim, slot), `${claim} in slot ${slot}`).toBe(true);
    expect(refusedAsClaim(honest, slot), `${honest} in slot ${slot}`).toBe(false);
  }
}

describe('claims and their honest twins', () => {
  it.each(CAUSE)('a cause that fixed it (C13), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(BETTER)('better than ever (C14), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(SUCCESS)('done with success (C15), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(SHAPES)('shapes, %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
});
