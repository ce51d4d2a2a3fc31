import { describe, it } from 'vitest';
import { holds, type Pair } from './support/claim-pairs.js';

// The two readings the grammar gained with the twenty-first blind corpus, each claim next to an
// honest twin that answers no, limits the yes or makes it a condition or a request. Every claim here
// was accepted by the rules before. Written for this file, not taken from a corpus.

/**
 * C252: a tag after a comma that asks to agree ("…, doesn't it?", "…, non ?", "…, ¿no?", "…, né?",
 * "…, değil mi?", "…よね？"), answered yes: the negation in the tag negates nothing of the question.
 */
const TAGGED_QUESTION_ANSWERED: readonly Pair[] = [
  [
    'en',
    "The share maps at logon now, doesn't it? Yes, Priya checked it on three PCs.",
    "The share maps at logon now, doesn't it? No, it still fails on three PCs.",
  ],
  [
    'fr',
    "L'imprimante du 2e scanne de nouveau, non ? Oui, la comptable vient de tester.",
    "L'imprimante du 2e scanne de nouveau, non ? Pas encore, la comptable teste demain.",
  ],
  [
    'fr',
    "Le VPN tient maintenant, n'est-ce pas ? Oui, le client vient de rappeler.",
    "Le VPN tient maintenant, n'est-ce pas ? Oui, si on ne le relance pas.",
  ],
  [
    'es',
    'El correo ya entra, ¿no? Sí, el gerente acaba de confirmarlo.',
    'El correo ya entra, ¿no? No, sigue sin entrar.',
  ],
  [
    'pt',
    'A impressora voltou a funcionar, né? Sim, a recepção acabou de imprimir.',
    'A impressora voltou a funcionar, né? Não, ainda trava.',
  ],
  [
    'pt',
    'O VPN está estável agora, não é? Sim, o cliente acabou de confirmar.',
    'O VPN está estável agora, não é? Sim, mas só na rede do escritório.',
  ],
  [
    'tr',
    'Yazıcı yeniden çalışıyor, değil mi? Evet, muhasebe az önce çıktı aldı.',
    'Yazıcı yeniden çalışıyor, değil mi? Hayır, hâlâ kağıt sıkıştırıyor.',
  ],
  [
    'tr',
    'Outlook artık senkronize oluyor, di mi? Evet, müdür az önce kontrol etti.',
    'Outlook artık senkronize oluyor, di mi? Evet, ama sadece bir bilgisayarda.',
  ],
];

/**
 * C253: "just now" in the yes ("has just", "ha appena", "только что", "az önce", "先ほど") tells when
 * the answer was checked, not how little holds; a limit or a condition in its place still keeps the
 * answer honest.
 */
const JUST_NOW_IN_THE_YES: readonly Pair[] = [
  [
    'en',
    "Outlook syncs again, isn't it? Yes, the office manager has just checked.",
    "Outlook syncs again, isn't it? Yes, but only on her laptop.",
  ],
  [
    'it',
    "La VPN regge adesso, vero? Sì, il cliente l'ha appena verificato.",
    'La VPN regge adesso, vero? Non ancora, cade ogni ora.',
  ],
  [
    'it',
    'La stampante stampa di nuovo, no? Sì, la segreteria ha appena stampato.',
    'La stampante stampa di nuovo, no? Sì, appena riavvii lo spooler.',
  ],
  [
    'ru',
    'Почта снова приходит, да? Да, бухгалтер только что проверила.',
    'Почта снова приходит, да? Нет, пока не приходит.',
  ],
  [
    'ru',
    'VPN теперь держит соединение, не так ли? Да, клиент только что подтвердил.',
    'VPN теперь держит соединение, не так ли? Да, но только в офисе.',
  ],
  [
    'ja',
    'メールは届くようになりましたよね？はい、経理の方にご確認いただきました。',
    'メールは届くようになりましたよね？いいえ、まだ届きません。',
  ],
  [
    'ja',
    'VPNは安定しましたよね？はい、先ほどお客様にご確認いただきました。',
    'VPNは安定しましたよね？はい、ご確認をお願いいたします。',
  ],
];

describe('the twenty-first round of the grammar: claims refused, their honest twins accepted', () => {
  it.each(TAGGED_QUESTION_ANSWERED)(
    'a tagged question answered yes (C252), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(JUST_NOW_IN_THE_YES)(
    '"just now" in the yes, and a customer who confirmed (C253), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
});
