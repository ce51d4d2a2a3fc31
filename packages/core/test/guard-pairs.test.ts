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

// C16, quiet since a time: no complaint, call or ticket since a day or an event.
const SINCE_QUIET: readonly Pair[] = [
  [
    'de',
    'Seit dem Treiberwechsel keine Reklamationen mehr.',
    'Seit dem Treiberwechsel keine Reklamationen mehr, aber der Scanner bricht weiterhin ab.',
  ],
  [
    'fr',
    'Plus aucun signalement depuis mercredi.',
    'Plus aucun signalement depuis mercredi, mais le VPN coupe toujours.',
  ],
  [
    'es',
    'Ninguna llamada desde el martes.',
    'Ninguna llamada desde el martes, pero el escáner sigue fallando.',
  ],
  [
    'nl',
    'Sinds dinsdag geen meldingen meer.',
    'Sinds dinsdag geen meldingen meer, maar de scanner faalt nog steeds.',
  ],
  ['ja', '苦情は一件もありません。', '苦情は一件もありませんが、スキャナーはまだ失敗します。'],
  [
    'ru',
    'С четверга ни одного обращения.',
    'С четверга ни одного обращения, но сканер по-прежнему не работает.',
  ],
];

// C17, busy for a stretch of time without trouble: "all afternoon without any trouble".
const BUSY: readonly Pair[] = [
  [
    'en',
    'The team has been scanning all afternoon without any trouble.',
    'The team has been scanning all afternoon without any trouble, but email still fails to send.',
  ],
  [
    'es',
    'Llevan toda la tarde escaneando sin errores.',
    'Llevan toda la tarde escaneando sin errores, pero el correo sigue sin salir.',
  ],
  [
    'sv',
    'Skannern har gått hela eftermiddagen utan avbrott.',
    'Skannern har gått hela eftermiddagen utan avbrott, men mejlen fastnar fortfarande.',
  ],
  [
    'ar',
    'الماسح يعمل طوال اليوم دون أي انقطاع.',
    'الماسح يعمل طوال اليوم دون أي انقطاع، لكن البريد لا يزال عالقا.',
  ],
];

// C18, a label and its state: a list item "thing: working".
const LABELS: readonly Pair[] = [
  ['en', '- Scanner in room 4: working', '- Scanner in room 4: not working'],
  ['zh', '- 三楼打印机：正常', '- 三楼打印机：仍然无法打印'],
  ['sv', '- Skrivare plan 3: fungerar', '- Skrivare plan 3: fungerar inte'],
  ['fr', '- Imprimante du 3e : fonctionne', '- Imprimante du 3e : ne fonctionne pas'],
];

// C19, someone confirmed it works now, or that they can work.
const CONFIRMED: readonly Pair[] = [
  ['en', 'Tom confirmed he can sign in from home now.', 'Tom confirmed he still cannot sign in from home.'],
  [
    'de',
    'Herr Weber hat bestätigt, dass der Druck im Lager jetzt funktioniert.',
    'Herr Weber konnte noch nicht bestätigen, dass der Druck im Lager jetzt funktioniert.',
  ],
  [
    'nl',
    'Mevrouw Jansen heeft bevestigd dat scannen nu werkt.',
    'Mevrouw Jansen kan nog niet bevestigen dat scannen nu werkt.',
  ],
  ['tr', 'Mehmet Bey artık yazdırabildiğini onayladı.', 'Mehmet Bey hâlâ yazdıramadığını bildirdi.'],
];

// C20, monitoring says all is well: every check is green.
const GREEN: readonly Pair[] = [
  ['en', 'Every sensor on the status page is green.', 'Not every sensor on the status page is green.'],
  ['de', 'Alle Dienste im Dashboard stehen auf grün.', 'Nicht alle Dienste im Dashboard stehen auf grün.'],
  ['es', 'Todos los servicios del panel están en verde.', 'No todos los servicios del panel están en verde.'],
  ['pl', 'Wszystkie usługi w panelu są zielone.', 'Nie wszystkie usługi w panelu są zielone.'],
  ['ja', 'ダッシュボードの項目はすべて緑です。', 'ダッシュボードの項目はすべて緑ではありません。'],
  ['ru', 'Все датчики на панели зелёные.', 'Не все датчики на панели зелёные.'],
];

// C21, better than before, with a strong or no intensifier ("slightly faster" is a partial result).
const FASTER: readonly Pair[] = [
  ['en', 'Logins are much quicker than before.', 'Logins are only slightly quicker than before.'],
  ['de', 'Der Login ist viel schneller als früher.', 'Der Login ist nur etwas schneller als früher.'],
  [
    'fr',
    "La connexion est nettement plus rapide qu'avant.",
    "La connexion est à peine plus rapide qu'avant.",
  ],
  ['it', 'Il login è molto più veloce di prima.', "Il login è solo un po' più veloce di prima."],
  ['sv', 'Inloggningen går mycket snabbare än innan.', 'Inloggningen går bara lite snabbare än innan.'],
  ['tr', 'Giriş eskisinden çok daha hızlı.', 'Giriş eskisinden daha hızlı değil.'],
];

// C22, an activation told as done or working.
const ACTIVATED: readonly Pair[] = [
  [
    'en',
    'Office activates successfully on the new laptop.',
    'Office still fails to activate on the new laptop.',
  ],
  ['es', 'Office quedó activado en el portátil nuevo.', 'Office no quedó activado en el portátil nuevo.'],
  ['pt', 'O Office já está ativado no notebook novo.', 'O Office ainda não está ativado no notebook novo.'],
  ['sv', 'Office är aktiverat på den nya datorn.', 'Office är inte aktiverat på den nya datorn.'],
  ['ar', 'تم تفعيل Office على الجهاز الجديد.', 'لم يتم تفعيل Office على الجهاز الجديد.'],
];

// Honest shapes: a marking undone by what came back, a closing that waits for a condition (after
// it, or opening the sentence), a state that lasted minutes, a state that holds on one machine only.
const UNDONE: readonly Pair[] = [
  [
    'en',
    'We marked the ticket as resolved.',
    'We marked the ticket as resolved, but the error came back after lunch.',
  ],
  [
    'de',
    'Wir haben das Ticket als gelöst markiert.',
    'Wir haben das Ticket als gelöst markiert, am Nachmittag trat der Fehler jedoch erneut auf.',
  ],
  [
    'nl',
    'We hebben het ticket als opgelost gemarkeerd.',
    'We hebben het ticket als opgelost gemarkeerd, maar gisteravond kwam de fout terug.',
  ],
  [
    'de',
    'Das Ticket kann geschlossen werden.',
    'Das Ticket kann erst geschlossen werden, wenn der Export einmal durchläuft.',
  ],
  ['ko', '티켓을 종료할 수 있습니다.', '동기화가 끝나야 티켓을 종료할 수 있습니다.'],
  [
    'de',
    'Wir schließen das Ticket.',
    'Falls der neue Treiber hilft, schließen wir das Ticket; sonst melden wir uns.',
  ],
  ['nl', 'We sluiten het ticket.', 'Als de update helpt, sluiten we het ticket; anders bellen we u.'],
  ['zh', '打印机现在正常运行。', '打印机正常运行了大约五分钟，然后又卡住了。'],
  ['sv', 'På hennes dator fungerar det igen.', 'På min dator fungerar det, men på hennes kvarstår felet.'],
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
  it.each(SINCE_QUIET)('quiet since a time (C16), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(BUSY)('busy without trouble (C17), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(LABELS)('a label and its state (C18), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(CONFIRMED)('confirmed to work (C19), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(GREEN)('all green (C20), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(FASTER)('better than before (C21), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(ACTIVATED)('activated (C22), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(UNDONE)('honest shapes, %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
});
