import { describe, expect, it } from 'vitest';
import { findResolutionClaim } from '../src/generators/closure.js';
import { refusedAsClaim } from './support/guard-rates.js';

// Which state a sentence asserts, whatever its shape: the short and elliptical claims a note over a
// failed fix must not make, and the honest closing over an unresolved outcome it may.

describe('sentences that assert a good state', () => {
  it.each([
    'Resolved.',
    'Sorted!',
    'Works now.',
    'It works now.',
    '✅ fixed',
    'All good on our side',
    'The user says: "it works now".',
    'This ticket can be closed.',
    'The printer is no longer broken.',
    'Is it fixed? Yes.',
    '**Fixed.** Jobs go through again.',
    'Problem eliminated.',
    'The fix worked.',
    'The user confirmed everything works.',
    'R&eacute;solu.',
    '<b>Fixed</b>',
    'Ｆｉｘｅｄ．',
    'Th\u0435 issue is r\u0435solved.',
    '问题已解决。',
    'Sorun çözüldü.',
    'تم حل المشكلة.',
    'Проблема решена.',
    'Прoблeмa рeшeнa.',
    'Drukarka znowu działa.',
    'Problemet är löst.',
    '問題は解決しました。',
    '문제가 해결되었습니다.',
  ])('refuses %j over a failed or partial fix', (text) => {
    expect(refusedAsClaim(text, 0)).toBe(true);
    expect(refusedAsClaim(text, 1)).toBe(true);
  });

  it.each([
    'The issue is not resolved yet.',
    'Is it fixed? Not yet.',
    'Still working on it.',
    'Partially fixed: colour printing still fails.',
    'Printing works again, but only in black and white.',
    'We will confirm once it works.',
    'If the new driver works, we will tell you.',
    'Please don’t consider this problem solved until we have tested it with you.',
    'The printer worked again for a few seconds, then the spooler stopped.',
    '问题尚未解决。',
    'Sorun henüz çözülmedi.',
    'لم يتم حل المشكلة بعد.',
    'Проблема не решена.',
    '問題はまだ解決していません。',
    '문제가 아직 해결되지 않았습니다.',
  ])('accepts %j', (text) => {
    expect(findResolutionClaim(text, '')).toBeNull();
  });
});

describe('closing the ticket over an unresolved outcome', () => {
  it.each([
    'We are closing this ticket without a confirmed fix; reply to reopen it.',
    'At your request we are closing this ticket although the issue is not resolved.',
    'Nous clôturons ce ticket sans solution confirmée ; répondez pour le rouvrir.',
    'Wir schließen dieses Ticket ohne bestätigte Lösung; antworten Sie, um es wieder zu öffnen.',
    'Cerramos este ticket sin una solución confirmada; responda para reabrirlo.',
    'We sluiten dit ticket zonder bevestigde oplossing; antwoord om het te heropenen.',
    'Estamos a fechar este chamado sem uma solução confirmada; responda para o reabrir.',
    'Chiudiamo questo ticket senza una soluzione confermata; risponda per riaprirlo.',
    'Zamykamy to zgłoszenie bez potwierdzonego rozwiązania; prosimy odpowiedzieć, aby je ponownie otworzyć.',
    'Vi stänger detta ärende utan en bekräftad lösning; svara för att öppna det igen.',
    'Bu kaydı onaylanmış bir çözüm olmadan kapatıyoruz; yeniden açmak için yanıtlayın.',
    'Мы закрываем заявку без подтверждённого решения; ответьте на письмо, чтобы открыть её снова.',
    'نغلق هذه التذكرة دون حل مؤكد؛ يرجى الرد لإعادة فتحها.',
    '確認された解決策がないまま本件をクローズします。再開する場合はご返信ください。',
    '我们在没有确认解决方案的情况下关闭此工单；如需重新打开请回复。',
    '확인된 해결책 없이 티켓을 종료합니다. 다시 열려면 회신해 주세요.',
  ])('accepts the honest closing %j', (text) => {
    expect(refusedAsClaim(text, 0)).toBe(false);
  });

  it.each([
    'This ticket can be closed.',
    'We are closing this ticket as the problem is solved.',
    'Closing this ticket; reply to reopen it.',
    'Das Ticket kann geschlossen werden.',
    'Zgłoszenie można zamknąć.',
    '工单可以关闭。',
  ])('refuses %j, which closes as if fixed', (text) => {
    expect(refusedAsClaim(text, 0)).toBe(true);
  });
});
