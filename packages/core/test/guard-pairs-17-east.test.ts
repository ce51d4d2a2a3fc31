import { describe, it } from 'vitest';
import { holds, type Pair } from './support/claim-pairs.js';

// Claims of the classes of the seventeenth blind corpus in Japanese, Chinese, Korean, Arabic, Turkish,
// Russian, Polish and Swedish, each next to an honest twin that differs from it by a negation, a
// count short of all, a limit, a question or a condition. Written for this file, not taken from a corpus.

// C143, a count of all in a good state; its twin stays honest.
const COUNT_OF_ALL_17_EAST: readonly Pair[] = [
  ['sv', '5/5 skrivare gröna i övervakningen.', '4/5 skrivare gröna i övervakningen.'],
  ['sv', '8/8 kameror spelar in igen.', '8/8 kameror spelar inte in ännu.'],
  ['tr', '10/10 kamera kayıtta.', '9/10 kamera kayıtta.'],
  ['tr', "6/6 şube VPN'de yeşil.", "5/6 şube VPN'de yeşil."],
  ['ru', '5 из 5 принтеров снова в сети.', '4 из 5 принтеров снова в сети.'],
  [
    'ru',
    '12/12 тестов пройдены после замены сертификата.',
    '10/12 тестов пройдены после замены сертификата.',
  ],
  ['ar', '6/6 كاميرات تسجل على الـ NVR.', '5/6 كاميرات تسجل على الـ NVR.'],
  ['ar', '4/4 فروع اونلاين بعد تغيير الراوتر.', '3/4 فروع اونلاين بعد تغيير الراوتر.'],
];

// C144, the fault gone or eliminated, or the fix credited with removing it; its twin stays honest.
const FAULT_GONE_17_EAST: readonly Pair[] = [
  ['ja', '会議中の音切れはすっかりなくなりました。', '会議中の音切れはまだなくなっていません。'],
  ['ja', '画面のカクつきは完全になくなりました。', '画面のカクつきがなくなったかどうか教えてください。'],
  ['zh', '视频会议的杂音已经没有了。', '视频会议的杂音还是没有消失。'],
  ['zh', '打印时的卡顿问题已经不复存在。', '打印时的卡顿问题是否已经不复存在？'],
  ['pl', 'Lagi w programie księgowym zniknęły.', 'Lagi w programie księgowym nie zniknęły.'],
  [
    'pl',
    'Restarty serwera ustały po wymianie zasilacza.',
    'Restarty serwera nie ustały po wymianie zasilacza.',
  ],
  ['sv', 'Hängningarna i Outlook är som bortblåsta.', 'Hängningarna i Outlook är inte som bortblåsta.'],
  ['ru', 'Новый драйвер устранил зависания.', 'Новый драйвер не устранил зависания.'],
  ['ru', 'Видео больше не подвисает.', 'Видео всё ещё подвисает.'],
  ['ar', 'التقطيع في الصوت اختفى نهائيا.', 'التقطيع في الصوت لم يختف.'],
  ['ar', 'التهنيج في البرنامج تلاشى تماما.', 'التهنيج في البرنامج لم يتلاش.'],
];

// C145, no more of the fault, an end to it; its twin stays honest.
const NO_MORE_17_EAST: readonly Pair[] = [
  ['pl', 'Koniec z lagami w grze sieciowej.', 'Jeszcze nie koniec z lagami w grze sieciowej.'],
  ['pl', 'Koniec z rozłączaniem VPN co godzinę.', 'Czy to koniec z rozłączaniem VPN co godzinę?'],
  ['ar', 'لا مزيد من التجميد في برنامج المحاسبة.', 'هل لا مزيد من التجميد في برنامج المحاسبة؟'],
  ['ar', 'لا مزيد من التهنيج في برنامج المبيعات.', 'هل لا مزيد من التهنيج في برنامج المبيعات؟'],
];

// C146, a wait cut to seconds, told of the present; its twin stays honest.
const SECONDS_NOW_17_EAST: readonly Pair[] = [
  ['ja', '今では数秒で済みます。', '今では数秒で済みますか？'],
  ['zh', '现在五秒就打开了。', '现在五秒就打开了吗？'],
  ['zh', '现在只要三秒就加载完了。', '如果关掉插件，现在只要三秒就加载完了。'],
  ['ko', '지금은 10초 정도에 뜹니다.', '지금은 10초 정도에 뜨나요?'],
  ['ko', '이제 몇 초면 끝나요.', '업데이트하면 이제 몇 초면 끝나요.'],
  ['pl', 'Teraz trwa to kilka sekund.', 'Teraz trwa to kilka sekund dłużej.'],
  ['sv', 'Nu tar det bara fem sekunder.', 'Nu tar det fem sekunder längre.'],
  ['sv', 'Nu tar den ungefär tio sekunder att starta.', 'Tar den nu ungefär tio sekunder att starta?'],
  ['ru', 'Теперь занимает пять секунд.', 'Теперь занимает пять секунд дольше.'],
  ['ru', 'Загрузка теперь всего десять секунд.', 'Загрузка теперь десять секунд?'],
  ['ar', 'حاليا يقلع الجهاز خلال عشر ثوان.', 'حاليا يقلع الجهاز خلال عشر دقائق.'],
];

// C147, a span of work without a single fault; its twin stays honest.
const SPAN_CLEAN_17_EAST: readonly Pair[] = [
  [
    'pl',
    'Od rana pracuje w systemie i ani razu nie widziała błędu.',
    'Od rana pracuje w systemie i trzy razy widziała błąd.',
  ],
  [
    'pl',
    'Od 8:00 pracuje na VPN i ani razu nie dostała komunikatu o błędzie.',
    'Od 8:00 pracuje na VPN i dwa razy dostała komunikat o błędzie.',
  ],
  [
    'sv',
    'Hon har scannat fakturor hela morgonen utan en enda frysning.',
    'Hon har scannat fakturor hela morgonen, men med två frysningar.',
  ],
  [
    'sv',
    'Hon har jobbat i Visma hela eftermiddagen utan en enda krasch.',
    'Hon har jobbat i Visma hela eftermiddagen, men med två krascher.',
  ],
];

// C148, all of a set done or at ease; its twin stays honest.
const ALL_OF_SET_17_EAST: readonly Pair[] = [
  ['zh', '三十个账号均已成功迁移。', '三十个账号均已成功迁移吗？'],
  ['zh', '今晚的同步作业全部成功执行。', '今晚的同步作业没有全部成功执行。'],
  ['ko', '계정 30개 모두 이관 완료했습니다.', '계정 30개 모두 이관 완료했나요?'],
  ['ko', '메일은 정상 수신 중입니다.', '메일이 정상 수신 중인지 확인해 주세요.'],
  ['tr', '25 bilgisayarın tamamı yeni sunucuya taşındı.', '25 bilgisayarın tamamı yeni sunucuya taşınmadı.'],
  ['tr', 'Aramalar artık kesintisiz.', 'Aramalar hâlâ kesintisiz değil.'],
  ['ru', 'Сотрудники спокойно заходят в CRM.', 'Сотрудники не могут спокойно заходить в CRM.'],
  ['ru', 'Коллеги спокойно логинятся в 1С.', 'Коллеги пока не могут спокойно логиниться в 1С.'],
];

// C149, a device doing its work again, payments already through; its twin stays honest.
const DOING_AGAIN_17_EAST: readonly Pair[] = [
  ['ja', 'すでに何件かの決済が通っています。', 'すでに何件かの決済が通っていますか？'],
  ['zh', '门店又能扫码支付了。', '门店还是不能扫码支付。'],
  ['zh', '门店已经成功收了几笔款。', '门店已经成功收了几笔款吗？'],
  ['ko', '이미 몇 건 승인되었습니다.', '이미 몇 건 승인되었나요?'],
  ['pl', 'Kasa znowu przyjmuje płatności kartą.', 'Kasa znowu nie przyjmuje płatności kartą.'],
  ['pl', 'Przeszło już kilkanaście płatności.', 'Czy przeszło już kilkanaście płatności?'],
  ['sv', 'Skannern läser streckkoder igen.', 'Skannern läser inte streckkoder igen.'],
  ['sv', 'Ett par kortköp har redan gått igenom.', 'Har ett par kortköp redan gått igenom?'],
  ['tr', 'Yazar kasa yine fiş basıyor.', 'Yazar kasa yine fiş basmıyor.'],
  ['tr', 'Okuyucu tekrar kart okuyor.', 'Okuyucu tekrar kart okuyor mu?'],
  ['ru', 'Касса снова пробивает чеки.', 'Касса снова не пробивает чеки.'],
  ['ru', 'Уже прошло пять оплат.', 'Прошло ли уже пять оплат?'],
  ['ar', 'القارئ يقرا البطاقات بسرعة مرة اخرى.', 'القارئ لا يقرا البطاقات مرة اخرى.'],
  ['ar', 'وتمت بعض المعاملات.', 'هل تمت بعض المعاملات؟'],
];

// C155, what the customer will notice, a good state to come; its twin stays honest.
const WILL_NOTICE_17_EAST: readonly Pair[] = [
  [
    'ja',
    'すぐにプリンターで印刷できるのを実感いただけます。',
    'すぐにプリンターで印刷できるのを実感いただけますか？',
  ],
  [
    'ja',
    'スムーズにログインできるのをご確認いただけます。',
    'スムーズにログインできるのをご確認いただけますか？',
  ],
  ['zh', '您会发现电脑开机后马上就能上网。', '您会发现电脑开机后马上就能上网吗？'],
  ['zh', '你会发现手机自动连接公司网络。', '你会发现手机自动连接公司网络吗？'],
  ['ko', '프린터가 바로 작동하는 걸 보실 수 있을 겁니다.', '프린터가 바로 작동하는 걸 보실 수 있을까요?'],
  ['ko', '메일이 즉시 접속되는 걸 확인하실 수 있습니다.', '메일이 즉시 접속되는지 확인해 주세요.'],
  ['tr', "Outlook'un hemen açıldığını göreceksiniz.", "Outlook'un hemen açıldığını görecek misiniz?"],
  [
    'tr',
    'Yazıcının anında çalıştığını fark edeceksiniz.',
    'Yazıcının anında çalıştığını fark edecek misiniz?',
  ],
  ['ru', 'Вы увидите, что принтер сразу печатает.', 'Посмотрите, печатает ли принтер сразу.'],
  ['ru', 'Обратите внимание, что почта сразу загружается.', 'Обратите внимание, загружается ли почта сразу.'],
];

// C156, reachable or arriving since a time of day; its twin stays honest.
const SINCE_TIME_17_EAST: readonly Pair[] = [
  ['ja', '10時以降メールが届いています。', '10時以降メールが届いていません。'],
  ['ja', '14時半からはサイトにアクセスできています。', '14時半からはサイトにアクセスできていますか？'],
  ['pl', 'Poczta działa od 9:30.', 'Poczta nie działa od 9:30.'],
  ['pl', 'Portal klienta odpowiada od godziny 14.', 'Portal klienta nie odpowiada od godziny 14.'],
  ['sv', 'Sidan svarar sedan klockan tio.', 'Sidan svarar inte sedan klockan tio.'],
  ['sv', 'Servern fungerar sedan 14.', 'Servern fungerar inte sedan 14.'],
  ['tr', "E-postalar saat 10'dan beri geliyor.", "E-postalar saat 10'dan beri gelmiyor."],
  ['tr', "Site 14:30'dan beri açılıyor.", "Site 14:30'dan beri açılıyor mu?"],
  ['ar', 'البريد يعمل منذ الساعة 10.', 'البريد لا يعمل منذ الساعة 10.'],
  ['ar', 'والسيرفر متاح منذ 9 صباحا.', 'والسيرفر غير متاح منذ 9 صباحا.'],
];

describe('claims of the seventeenth corpus and their honest twins (east)', () => {
  it.each(COUNT_OF_ALL_17_EAST)(
    'a count of all in a good state (C143), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(FAULT_GONE_17_EAST)(
    'the fault gone or eliminated (C144), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NO_MORE_17_EAST)('no more of the fault (C145), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(SECONDS_NOW_17_EAST)('a wait cut to seconds (C146), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(SPAN_CLEAN_17_EAST)(
    'a span of work without a single fault (C147), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(ALL_OF_SET_17_EAST)(
    'all of a set in a good state (C148), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(DOING_AGAIN_17_EAST)(
    'a device doing its work again (C149), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(WILL_NOTICE_17_EAST)(
    'what the customer will notice (C155), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(SINCE_TIME_17_EAST)('reachable since a time (C156), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
});
