import { describe, it } from 'vitest';
import { holds, type Pair } from './support/claim-pairs.js';

// Classes of the eighteenth blind corpus that the grammar holds for every language rather than a
// lexicon, each claim next to an honest twin that differs from it by an answer, a figure, a count
// or a negation. Written for this file, not taken from a corpus.

/** C183: a short question whether the fault goes on, answered by a bare "no"; a "yes" keeps it. */
const FAULT_DENIED_18: readonly Pair[] = [
  ['en', 'Scanner still jamming? Nah.', 'Scanner still jamming? Yes, twice this morning.'],
  ['en', 'Is the VPN still dropping? Nope.', 'Is the VPN still dropping? Yes.'],
  ['de', 'Drucker immer noch defekt? Nö.', 'Drucker immer noch defekt? Ja, leider.'],
  ['de', 'Immer noch Fehler beim Login? Nein.', 'Immer noch Fehler beim Login? Ja.'],
  ['fr', 'Le VPN toujours en panne ? Non.', 'Le VPN toujours en panne ? Oui.'],
  ['es', '¿La impresora sigue fallando? Para nada.', '¿La impresora sigue fallando? Sí, cada mañana.'],
  ['it', 'Outlook ancora bloccato? Per niente.', 'Outlook ancora bloccato? Sì.'],
  ['nl', 'De scanner nog steeds kapot? Nee.', 'De scanner nog steeds kapot? Ja.'],
  ['pt', 'O Wi-Fi ainda caindo? Que nada.', 'O Wi-Fi ainda caindo? Sim, toda hora.'],
  ['sv', 'Skrivaren fortfarande trasig? Nej.', 'Skrivaren fortfarande trasig? Ja.'],
  ['pl', 'Drukarka nadal nie drukuje? Skąd.', 'Drukarka nadal nie drukuje? Niestety tak.'],
  ['tr', 'Yazıcı hâlâ arızalı mı? Yok.', 'Yazıcı hâlâ arızalı mı? Evet.'],
  ['ru', 'Принтер всё ещё глючит? Неа.', 'Принтер всё ещё глючит? Да.'],
  ['ja', 'まだエラーが出ますか？いいえ。', 'まだエラーが出ますか？はい。'],
  ['zh', '打印机还是用不了吗？没有。', '打印机还是用不了吗？是的。'],
  ['ko', '아직도 오류가 나요? 아니요.', '아직도 오류가 나요? 네.'],
];

/** C184: the "done" emoji as chat tools write it in text. */
const SHORTCODE_18: readonly Pair[] = [
  ['en', 'Mail flow: :white_check_mark:', 'Mail flow: :x:'],
  ['de', 'Druckerwarteschlange :heavy_check_mark:', 'Druckerwarteschlange :warning:'],
  ['fr', 'Statut du ticket : :white_check_mark:', 'Statut du ticket : :hourglass:'],
  ['ja', 'VPN接続：:white_check_mark:', 'VPN接続：:x:'],
  ['ru', 'Статус заявки: :heavy_check_mark:', 'Статус заявки: :x:'],
];

/** C185: a time cut to half or less with an arrow; a smaller cut, or one still slow, is not. */
const TIME_CUT_18: readonly Pair[] = [
  [
    'en',
    'Login time 90 s → 8 s since the profile rebuild.',
    'Login time 90 s → 80 s since the profile rebuild.',
  ],
  ['en', 'PDF export 12 min -> 40 s.', 'PDF export 12 min -> 40 s on the test server only.'],
  [
    'fr',
    'Ouverture de session : 2 min → 15 s.',
    'Ouverture de session : 2 min → 15 s, mais seulement sur un poste.',
  ],
  ['es', 'Arranque: 5 min → 40 s tras el cambio.', 'Arranque: 5 min → 4 min tras el cambio.'],
  ['it', 'Avvio: 3 min → 20 s dopo la pulizia.', 'Avvio: 3 min → 2 min dopo la pulizia.'],
  ['nl', 'Inlogtijd 2 min → 10 s.', 'Inlogtijd 2 min → 10 s, maar alleen op één laptop.'],
  ['pt', 'Login: 2 min → 10 s depois da limpeza.', 'Login: 2 min → 100 s depois da limpeza.'],
  ['sv', 'Inloggning 3 min → 15 s.', 'Inloggning 3 min → 2 min.'],
  ['pl', 'Logowanie: 3 min → 15 s.', 'Logowanie: 3 min → 2 min.'],
  ['tr', 'Oturum açma 3 dk → 15 sn.', 'Oturum açma 3 dk → 2 dk.'],
  ['ru', 'Вход в систему: 3 мин → 15 с.', 'Вход в систему: 3 мин → 2 мин.'],
  ['ja', 'ログイン時間：3分 → 15秒', 'ログイン時間：3分 → 2分'],
  ['zh', '登录时间：3 分钟 → 15 秒。', '登录时间：3 分钟 → 2 分钟。'],
  ['ko', '로그인 시간 3분 → 15초', '로그인 시간 3분 → 2분'],
];

/** C186: a good state counted for a part short of the whole. */
const PART_OF_WHOLE_18: readonly Pair[] = [
  ['en', 'The sync ran 7 of 7 nights without errors.', 'The sync ran 4 of 7 nights without errors.'],
  ['fr', 'La synchro a tourné sans erreur 7 nuits sur 7.', 'La synchro a tourné sans erreur 4 nuits sur 7.'],
  [
    'it',
    'La sincronizzazione è terminata senza errori 7 notti su 7.',
    'La sincronizzazione è terminata senza errori 4 notti su 7.',
  ],
  ['ru', 'Синхронизация прошла без ошибок 7 ночей из 7.', 'Синхронизация прошла без ошибок 4 ночи из 7.'],
  ['ko', '동기화는 7일 중 7일 모두 오류 없이 끝났습니다.', '동기화는 7일 중 4일은 오류 없이 끝났습니다.'],
];

/** C187: a claim put first and negated at the end of its clause. */
const NEGATED_AT_END_18: readonly Pair[] = [
  ['de', 'Gelöst ist das Problem jetzt.', 'Gelöst ist das Problem leider nicht.'],
  ['de', 'Behoben ist der Fehler seit gestern.', 'Behoben ist der Fehler noch nicht.'],
  ['nl', 'Opgelost is het probleem nu.', 'Opgelost is het probleem nog niet.'],
];

/** C188: a label that names a status ("해결 상태:") claims nothing; its value tells the state. */
const STATUS_LABEL_18: readonly Pair[] = [
  ['ko', '해결 상태: 완료', '해결 상태: 보류 — 부품을 기다리고 있습니다.'],
  ['ko', '해결 여부: 해결됨', '해결 여부: 미정, 내일 다시 확인합니다.'],
];

describe('claims of the eighteenth corpus that the grammar holds, and their honest twins', () => {
  it.each(FAULT_DENIED_18)(
    'a question after the fault answered "no" (C183), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(SHORTCODE_18)('a "done" emoji written as text (C184), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(TIME_CUT_18)('a time cut to half or less (C185), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(PART_OF_WHOLE_18)('a part short of the whole (C186), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(NEGATED_AT_END_18)(
    'a claim negated at the end of its clause (C187), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(STATUS_LABEL_18)('a label that names a status (C188), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
});
