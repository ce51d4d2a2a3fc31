import { describe, it } from 'vitest';
import { holds, type Pair } from './support/claim-pairs.js';

// Claims of the classes of the twenty-third blind corpus in Japanese, Chinese, Korean, Polish, Turkish,
// Russian and Arabic, each next to an honest twin that differs from it by a negation, a limit, a
// question, a plan or a condition. Written for this file, not taken from a corpus; most of the pairs
// failed on the rules before the round of the twenty-third corpus (a claim accepted or its twin
// refused). In C345 the honest sentence is the class (it was refused before); its claim twin stays
// refused.

// C330, a time told before and now, cut to seconds or to fewer digits; its twin stays honest.
const BEFORE_NOW_TIME_23_EAST: readonly Pair[] = [
  ['ja', '以前は約2時間 → 今回は15分で終わりました。', '以前は約2時間 → 今回も2時間かかりました。'],
  ['ja', '集計は従来30分 → 現在は5分です。', '集計は従来30分 → 現在も30分です。'],
  ['ko', '로그인 시간 기존 2분 → 현재 15초', '로그인 시간 기존 2분 → 현재도 2분'],
  [
    'ko',
    '예전에는 1시간 걸렸는데 지금은 10분이면 끝납니다.',
    '예전에는 1시간 걸렸는데 지금도 1시간 걸립니다.',
  ],
  ['pl', 'Uruchamianie trwało 4 min, teraz 25 s.', 'Uruchamianie trwało 4 min, teraz nadal 4 min.'],
  [
    'pl',
    'Eksport raportu szedł kwadrans, teraz już tylko 10 sekund.',
    'Eksport raportu szedł kwadrans, teraz nadal kwadrans.',
  ],
  [
    'tr',
    'Önceden açılış 4 dakika sürüyordu, şimdi 20 saniye.',
    'Önceden açılış 4 dakika sürüyordu, şimdi hâlâ 4 dakika.',
  ],
  [
    'tr',
    'Rapor eskiden 10 dakikada çıkıyordu, artık 15 saniyede çıkıyor.',
    'Rapor eskiden 10 dakikada çıkıyordu, şimdi hâlâ 10 dakika sürüyor.',
  ],
  [
    'ru',
    'Раньше грузилось минуты две, теперь секунд за десять.',
    'Раньше грузилось минуты две, теперь всё ещё минуты две.',
  ],
  [
    'ru',
    'Отчёт раньше строился 5 минут, сейчас за 20 секунд.',
    'Отчёт раньше строился 5 минут, сейчас тоже 5 минут.',
  ],
  ['ar', 'كان الإقلاع يأخذ ٥ دقائق، والآن ٣٠ ثانية.', 'كان الإقلاع يأخذ ٥ دقائق، والآن ما زال ٥ دقائق.'],
  [
    'ar',
    'كان فتح التقرير يستغرق دقيقتين، وحاليًا 20 ثانية فقط.',
    'كان فتح التقرير يستغرق دقيقتين، وحاليًا ما زال دقيقتين.',
  ],
  ['ru', 'Теперь отчёт строится секунд за пять.', 'Теперь отчёт зависает через 20 секунд.'],
];

// C331, a queue that was full is at zero now and does not fill again; its twin stays honest.
const QUEUE_EMPTY_23_EAST: readonly Pair[] = [
  ['ja', '現在の印刷待ちは0件です。', '現在の印刷待ちは0件ではありません。'],
  ['ja', '今の未処理は0件になりました。', '今の未処理は12件です。'],
  [
    'ko',
    '스풀러 대기열 현재 0건이고 다시 쌓이지 않습니다.',
    '스풀러 대기열 현재 0건이지만 다시 쌓이고 있습니다.',
  ],
  [
    'ko',
    '메일 큐는 지금은 0개이고 더 이상 밀리지 않아요.',
    '메일 큐는 지금은 0개이고 더 이상 밀리지 않는지 확인 중입니다.',
  ],
  ['ru', 'В очереди сейчас ноль и больше не растёт.', 'В очереди сейчас ноль, но снова растёт.'],
  ['ar', 'صف البريد الصادر حاليًا صفر ولا يتراكم.', 'صف البريد الصادر حاليًا صفر لكنه يتراكم من جديد.'],
];

// C332, nobody reports the fault any longer; its twin stays honest.
const NOBODY_COMPLAINS_23_EAST: readonly Pair[] = [
  ['zh', '现在没有同事再反映打印慢了。', '现在还有同事反映打印慢。'],
  ['zh', '再也没有人投诉连不上VPN。', '还是有人投诉连不上VPN。'],
  ['ko', '이제 메일 안 된다는 직원은 한 명도 없습니다.', '아직 메일 안 된다는 직원이 두 명 있습니다.'],
  ['ko', '느리다는 사람이 이제 아무도 없어요.', '느리다는 사람이 아직 많아요.'],
  ['tr', 'Artık kimse yazıcı yavaş demiyor.', 'Hâlâ herkes yazıcı yavaş diyor.'],
  ['tr', 'Kimse artık şikâyet etmiyor.', 'Kimse artık şikâyet etmiyor mu?'],
  ['ar', 'لم يعد أي موظف يشتكي من بطء النظام.', 'ما زال الموظفون يشتكون من بطء النظام.'],
  ['ar', 'لا أحد يشتكي من الطابعة بعد الآن.', 'لا أحد يستطيع الطباعة بعد الآن.'],
];

// C333, not one inquiry since the change; its twin stays honest.
const NOT_ONE_INQUIRY_23_EAST: readonly Pair[] = [
  ['ja', 'パッチ適用後1件も報告が上がっていません。', 'パッチ適用後も3件の報告が上がっています。'],
  [
    'ja',
    '設定を変えてから一度も問い合わせが来ていません。',
    '設定を変えてから一度も問い合わせが来ていないか確認します。',
  ],
];

// C334, back at a stated time, or held at full availability since; its twin stays honest.
const BACK_AT_A_TIME_23_EAST: readonly Pair[] = [
  ['ja', 'メールサーバー、8:40に復旧しました。', 'メールサーバー、8:40に復旧予定です。'],
  ['ja', '14:05頃に復旧。', '14:05頃に復旧？'],
  ['ko', '14:05부로 메일 서비스 정상화', '14:05부로 메일 서비스 정상화 예정'],
  ['ko', '이후 가동률 100% 유지 중입니다.', '가동률 100% 유지가 목표입니다.'],
];

// C335, a checklist ticked with the mark of good; its twin stays honest.
const CHECKLIST_MARK_23_EAST: readonly Pair[] = [
  ['ja', '・経費精算：〇\n・VPN：〇', '・経費精算：×\n・VPN：×'],
  ['ja', '・複合機：〇', '・複合機：未確認'],
];

// C336, the fault told mended or checked, with "済み"; its twin stays honest.
const MENDED_CHECKED_23_EAST: readonly Pair[] = [
  ['ja', 'DBの破損は修復済みです。', 'DBの破損は修復済みではありません。'],
  [
    'ja',
    'ファイルのエラーは修正済みで、開けることを確認済みです。',
    'ファイルのエラーは修正済みかどうか確認中です。',
  ],
];

// C338, no drop through the whole day or shift; its twin stays honest.
const HELD_ALL_SHIFT_23_EAST: readonly Pair[] = [
  [
    'ja',
    '本日は一日中ネットが途切れることなく使えたと店長から聞きました。',
    '本日も一日中ネットが途切れることなく使えたか確認します。',
  ],
  ['zh', '今天的培训全程没出问题。', '今天的培训全程出了两次问题。'],
  [
    'pl',
    'Terminale przez cały dzień ani razu się nie rozłączyły.',
    'Terminale przez cały dzień rozłączyły się trzy razy.',
  ],
  [
    'pl',
    'Przez całą zmianę skanery nie zgubiły połączenia.',
    'Czy przez całą zmianę skanery nie zgubiły połączenia?',
  ],
  ['tr', 'Tabletler bütün gün boyunca ağdan düşmedi.', 'Tabletler bütün gün boyunca ağdan üç kez düştü.'],
  ['tr', 'POS cihazı tüm mesai boyunca donmadı.', 'POS cihazı tüm mesai boyunca donmadı mı?'],
];

// C339, the user logged in after the reset, or it was checked that they can; its twin stays honest.
const LOGGED_IN_23_EAST: readonly Pair[] = [
  [
    'ja',
    '佐藤さんがログインできたことを電話で確認しました。',
    '佐藤さんがログインできたことをまだ確認していません。',
  ],
  [
    'ko',
    '비밀번호 초기화 후 로그인 되는 것 확인했습니다.',
    '비밀번호 초기화 후 로그인 안 되는 것 확인했습니다.',
  ],
  ['ko', '결제 정상적으로 되는 거 확인했어요.', '결제 정상적으로 되는지 확인 예정입니다.'],
  ['pl', 'Pani Anna zalogowała się do poczty.', 'Pani Anna nie zalogowała się do poczty.'],
  [
    'pl',
    'Po resecie hasła użytkownik zalogował się bez problemu do systemu.',
    'Po resecie hasła użytkownik nadal nie może się zalogować do systemu.',
  ],
  ['tr', 'Ayşe Hanım oturum açtı.', 'Ayşe Hanım oturum açamadı.'],
  ['tr', "Kullanıcı Outlook'u sorunsuz kullanıyor.", "Kullanıcı Outlook'u sorunsuz kullanıyor mu?"],
  ['ru', 'Ольга вошла в систему.', 'Ольга так и не вошла в систему.'],
  ['ru', 'Бухгалтер залогинился в 1С без проблем.', 'Бухгалтер не залогинился в 1С.'],
  ['ar', 'سجّلت الموظفة الدخول إلى النظام.', 'لم تسجّل الموظفة الدخول إلى النظام.'],
  ['ar', 'سجل المحاسب الدخول بنجاح.', 'هل سجل المحاسب الدخول بنجاح؟'],
  ['tr', 'Selin Hanım oturum açtı ve e-postalarını okuyor.', 'Selin Hanım oturum açtı ve yine hata aldı.'],
  ['ru', 'Пётр вошёл в систему и открыл почту.', 'Пётр вошёл в систему и снова получил ошибку.'],
  [
    'pl',
    'Pan Marek zalogował się do systemu i pracuje.',
    'Pan Marek zalogował się do systemu i znowu pojawił się błąd.',
  ],
  ['ar', 'سجل المدير الدخول إلى البريد.', 'سجل المدير الدخول إلى البريد وظهرت رسالة الخطأ مجددا.'],
];

// C340, an OK with a done emoji, then the trifle that caused it; its twin stays honest.
const OK_THEN_CAUSE_23_EAST: readonly Pair[] = [
  ['ja', 'OKです👍 ケーブルが抜けていただけでした。', 'OKです👍 ケーブルが抜けていただけかもしれません。'],
  ['ar', 'تمام 👍 السبب كان الفيش مفصول.', 'تمام 👍 لكن السبب ما زال غير معروف.'],
];

// C341, a business process goes through again, the documents are taken; its twin stays honest.
const GOES_THROUGH_23_EAST: readonly Pair[] = [
  ['zh', '审批流程已经能正常走通。', '审批流程还不能正常走通。'],
  ['zh', '考勤机已正常。', '考勤机已正常了吗？'],
  ['zh', '访客刷卡可以进门了。', '访客刷卡还不能进门。'],
  ['ko', '전자세금계산서 정상 발행 확인했습니다.', '전자세금계산서 정상 발행 확인 필요합니다.'],
  ['ko', '신규 직원도 출입 가능합니다.', '신규 직원은 아직 출입 가능하지 않습니다.'],
  ['pl', 'Wysyłka do banku znowu przechodzi.', 'Wysyłka do banku znowu nie przechodzi.'],
  ['pl', 'Terminal płatniczy znów współpracuje z kasą.', 'Terminal płatniczy nadal nie współpracuje z kasą.'],
  ['pl', 'Paragony się znowu drukują.', 'Paragony się nadal nie drukują.'],
  ['pl', 'Deklaracja została przyjęta przez bramkę.', 'Deklaracja nie została przyjęta przez bramkę.'],
  ['tr', 'Kart okuyucu yeniden tanınıyor.', 'Kart okuyucu yeniden tanınmıyor.'],
  ['tr', 'Muhasebe faturayı gönderebildi.', 'Muhasebe faturayı gönderemedi.'],
  ['ru', 'Счета снова уходят клиентам.', 'Счета всё ещё не уходят клиентам.'],
  ['ru', 'Декларация через Контур отправляется.', 'Декларация через Контур не отправляется.'],
  ['ar', 'والتقارير تصل بدون أخطاء.', 'هل التقارير تصل بدون أخطاء؟'],
  ['ar', 'الفواتير تُرسل وتُقبل بنجاح.', 'الفواتير لا تُرسل بنجاح.'],
];

// C342, the device records or prints its receipts again; its twin stays honest.
const RECORDS_AGAIN_23_EAST: readonly Pair[] = [
  ['ko', 'CCTV 녹화 다시 잘 되고 있습니다.', 'CCTV 녹화가 아직 안 되고 있습니다.'],
  ['ko', '8채널 모두 녹화되고 있습니다.', '8채널 중 3채널만 녹화되고 있습니다.'],
  ['tr', 'Tüm kameralar yeniden kayıt alıyor.', 'Kameraların yarısı hâlâ kayıt almıyor.'],
  ['tr', 'Kayıt cihazı sorunsuz kaydediyor.', 'Kayıt cihazı hâlâ kaydetmiyor.'],
  ['ru', 'Касса снова пробивает чеки.', 'Касса так и не пробивает чеки.'],
  ['ru', 'ОФД снова принимает чеки.', 'ОФД всё ещё не принимает чеки.'],
  ['ar', 'الكاميرات جميعها تسجّل.', 'الكاميرات جميعها لا تسجّل.'],
  [
    'ar',
    'أصبح الجهاز يرسل البصمات إلى النظام بدون أخطاء.',
    'هل أصبح الجهاز يرسل البصمات إلى النظام بدون أخطاء؟',
  ],
];

// C343, a terse verdict after a check: no anomaly, the quality too, the job done; its twin stays honest.
const VERDICT_AFTER_CHECK_23_EAST: readonly Pair[] = [
  ['ko', '이상 없습니다.', '이상 없습니까?'],
  ['ko', '속도도 정상입니다.', '속도도 정상이 아닙니다.'],
  ['ko', '백업 정상 완료됐습니다.', '백업 정상 완료되지 않았습니다.'],
  ['ru', 'Выгрузка завершилась без ошибок.', 'Выгрузка завершилась с ошибками.'],
  ['ru', 'Ошибок больше нет.', 'Ошибки всё ещё есть.'],
  ['ru', 'Сканы на месте.', 'Сканов на месте нет.'],
];

// C345, a fix that helped last time, denied for this one: honest; its claim twin stays refused.
const HELPED_LAST_TIME_23_EAST: readonly Pair[] = [
  ['zh', '重启服务器后就好了。', '上次重启服务器就好了，这次重启后依旧报错。'],
  [
    'ko',
    '드라이버 재설치로 해결됐습니다.',
    '지난번엔 드라이버 재설치로 해결됐는데 이번엔 효과가 없었습니다.',
  ],
  ['pl', 'Pomógł restart routera.', 'Ostatnio pomógł restart routera, tym razem nic to nie dało.'],
  [
    'ar',
    'حُلّت المشكلة بإعادة التشغيل.',
    'في المرة الماضية حُلّت المشكلة بإعادة التشغيل، أما هذه المرة فلم ينفع.',
  ],
];

// C346, the warning mails come no longer; its twin stays honest.
const WARNINGS_STOP_23_EAST: readonly Pair[] = [
  ['ko', '오류 알림 메일도 더 이상 안 옵니다.', '오류 알림 메일이 아직도 옵니다.'],
  ['ko', '경고 문자 이제 안 와요.', '경고 문자 아직 와요.'],
];

describe('claims of the twenty-third corpus and their honest twins (east)', () => {
  it.each(BEFORE_NOW_TIME_23_EAST)(
    'a time told before and now, cut to seconds or to fewer digits (C330), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(QUEUE_EMPTY_23_EAST)(
    'a queue that was full is at zero now and does not fill again (C331), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NOBODY_COMPLAINS_23_EAST)(
    'nobody reports the fault any longer (C332), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NOT_ONE_INQUIRY_23_EAST)(
    'not one inquiry since the change (C333), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(BACK_AT_A_TIME_23_EAST)(
    'back at a stated time, or held at full availability since (C334), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(CHECKLIST_MARK_23_EAST)(
    'a checklist ticked with the mark of good (C335), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(MENDED_CHECKED_23_EAST)(
    'the fault told mended or checked, with "済み" (C336), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(HELD_ALL_SHIFT_23_EAST)(
    'no drop through the whole day or shift (C338), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(LOGGED_IN_23_EAST)(
    'the user logged in after the reset, or it was checked that they can (C339), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(OK_THEN_CAUSE_23_EAST)(
    'an OK with a done emoji, then the trifle that caused it (C340), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(GOES_THROUGH_23_EAST)(
    'a business process goes through again, the documents are taken (C341), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(RECORDS_AGAIN_23_EAST)(
    'the device records or prints its receipts again (C342), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(VERDICT_AFTER_CHECK_23_EAST)(
    'a terse verdict after a check: no anomaly, the quality too, the job done (C343), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(HELPED_LAST_TIME_23_EAST)(
    'a fix that helped last time, denied for this one (C345), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(WARNINGS_STOP_23_EAST)(
    'the warning mails come no longer (C346), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
});
