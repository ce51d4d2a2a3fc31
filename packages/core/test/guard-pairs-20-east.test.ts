import { describe, it } from 'vitest';
import { holds, type Pair } from './support/claim-pairs.js';

// Claims of the classes of the twentieth blind corpus in Japanese, Chinese, Korean, Polish, Turkish,
// Russian and Arabic, each next to an honest twin that differs from it by a negation, a limit, a
// question, a plan or a condition. Written for this file, not taken from a corpus; none of the
// claims was refused by the rules before the round of the twentieth corpus.

// C240, the device takes every page; its twin stays honest.
const EVERY_PAGE_20_EAST: readonly Pair[] = [
  [
    'ja',
    '複合機がすべての原稿を問題なく取り込むようになりました。',
    '複合機がすべての原稿を問題なく取り込むようになりましたか？',
  ],
  [
    'ja',
    'スキャナーはどのページもきちんと読み取れています。',
    'スキャナーはどのページもきちんと読み取れていません。',
  ],
  ['zh', '扫描仪现在所有页面都能顺利读进去了。', '扫描仪现在还不是所有页面都能读进去。'],
  ['zh', '进纸器每一张都能正常吃进去了。', '进纸器每一张都能正常吃进去吗？'],
  ['ko', '복합기가 모든 장을 빠짐없이 스캔합니다.', '복합기가 모든 장을 빠짐없이 스캔하나요?'],
  [
    'ko',
    '스캐너가 이제 한 장도 빠짐없이 다 읽어 들입니다.',
    '스캐너가 이제 한 장도 빠짐없이 다 읽어 들이나요?',
  ],
  ['pl', 'Podajnik pobiera teraz wszystkie kartki.', 'Czy podajnik pobiera teraz wszystkie kartki?'],
  [
    'pl',
    'Każda strona przechodzi teraz przez skaner bez zacięć.',
    'Nie każda strona przechodzi teraz przez skaner bez zacięć.',
  ],
  ['tr', 'Tarayıcı tüm belgeleri tek seferde okuyor.', 'Tarayıcı tüm belgeleri tek seferde okumuyor.'],
  ['tr', 'Besleyici bütün sayfaları alıyor.', 'Besleyici bütün sayfaları almıyor.'],
  [
    'ru',
    'Сканер теперь протягивает все листы без замятий.',
    'Сканер пока не протягивает все листы без замятий.',
  ],
  ['ru', 'Податчик подхватывает каждый лист.', 'Податчик не подхватывает каждый лист.'],
  ['ar', 'الطابعة تسحب جميع الأوراق الآن.', 'الطابعة لا تسحب جميع الأوراق الآن.'],
  ['ar', 'صار الماسح يقرأ كل صفحة.', 'هل صار الماسح يقرأ كل صفحة؟'],
];

// C241, no problem over a span of time; its twin stays honest.
const NO_PROBLEM_FOR_DAYS_20_EAST: readonly Pair[] = [
  [
    'ja',
    'ここ三日間、共有フォルダには何の問題もありません。',
    'ここ三日間、共有フォルダに何の問題もありませんか？',
  ],
  [
    'ja',
    'この一週間、プリンターのトラブルは一切ありません。',
    'この一週間、プリンターのトラブルが一切ないとは言えません。',
  ],
  ['zh', '这三天打印机一点毛病都没有。', '这三天打印机一点毛病都没有吗？'],
  ['zh', '这一周共享盘没出过任何问题。', '这一周共享盘还是出过几次问题。'],
  ['ko', '사흘째 프린터에 아무 문제가 없습니다.', '사흘째 프린터에 아무 문제가 없나요?'],
  [
    'ko',
    '일주일 동안 공유 폴더에 문제가 하나도 없습니다.',
    '일주일 동안 공유 폴더에 문제가 하나도 없으면 종료하겠습니다.',
  ],
  ['pl', 'Od poniedziałku święty spokój z drukarką.', 'Od poniedziałku ciągłe kłopoty z drukarką.'],
  [
    'pl',
    'Drugi dzień z rzędu spokój z dyskiem sieciowym.',
    'Drugi dzień z rzędu kłopoty z dyskiem sieciowym.',
  ],
  ['tr', 'Üç gündür yazıcıda hiçbir arıza yok.', 'Üç gündür yazıcıda hiçbir arıza yok mu?'],
  [
    'tr',
    'İki haftadır yazıcıyla ilgili herhangi bir sıkıntı yaşamadık.',
    'İki haftadır yazıcıyla ilgili herhangi bir sıkıntı yaşamadık mı?',
  ],
  [
    'ru',
    'Уже двое суток сетевой диск не доставляет никаких хлопот.',
    'Уже двое суток сетевой диск доставляет одни хлопоты.',
  ],
  ['ru', 'Третий день с принтером никаких неприятностей.', 'Третий день с принтером одни неприятности.'],
  ['ar', 'من ثلاثة أيام ما في أي عطل في الطابعة.', 'هل من ثلاثة أيام ما في أي عطل في الطابعة؟'],
  ['ar', 'صار لنا أسبوع ما فيه ولا مشكلة بالشبكة.', 'صار لنا أسبوع والشبكة فيها مشكلة.'],
  ['ar', 'بقالنا يومين ما حصل أي انقطاع.', 'بقالنا يومين وبيحصل انقطاع كل ساعة.'],
];

// C242, "as the logs show", then a good state of the present; its twin stays honest.
const AS_THE_LOGS_SHOW_20_EAST: readonly Pair[] = [
  [
    'ja',
    'ログからも分かるように、月曜から印刷は完璧に動いています。',
    'ログからも分かるように、月曜まで印刷は完璧に動いていました。',
  ],
  ['zh', '从监控可以看到，自周一以来打印一直很完美。', '从监控可以看到，周一之前打印一直很完美。'],
  [
    'ko',
    '모니터링에서 보시는 것처럼 월요일부터 인쇄가 정상입니다.',
    '모니터링에서 보시는 것처럼 월요일까지 인쇄가 정상이었습니다.',
  ],
  [
    'pl',
    'Jak widać w logach, od wtorku z drukarką nic złego się nie dzieje.',
    'Jak widać w logach, do wtorku z drukarką nic złego się nie działo.',
  ],
  [
    'tr',
    'Kayıtlarda görüldüğü gibi, güncellemeden beri sistem gayet iyi.',
    'Kayıtlarda görüldüğü gibi, güncellemeye kadar sistem gayet iyiydi.',
  ],
  [
    'ru',
    'Как видно из графиков, с понедельника сервер в отличном состоянии.',
    'Как видно из графиков, до понедельника сервер был в отличном состоянии.',
  ],
  [
    'ar',
    'كما يظهر في السجل، الخط صار سليم من يوم الاثنين.',
    'كما يظهر في السجل، الخط ما صار سليم من يوم الاثنين.',
  ],
];

// C243, a steady good state since a change; its twin stays honest.
const STEADY_SINCE_20_EAST: readonly Pair[] = [
  [
    'ja',
    '設定を変えてから、Wi-Fiの調子はずっと良好です。',
    '設定を変える前は、Wi-Fiの調子はずっと良好でした。',
  ],
  ['zh', '从换了网卡以后，网络一直都很正常。', '换网卡以前，网络一直都很正常。'],
  [
    'ko',
    '재부팅한 뒤로 노트북 상태가 계속 완벽합니다.',
    '재부팅하기 전까지 노트북 상태가 계속 완벽했습니다.',
  ],
  [
    'pl',
    'Od restartu komputer chodzi cały czas perfekcyjnie.',
    'Do restartu komputer chodził cały czas perfekcyjnie.',
  ],
  [
    'tr',
    'Sürücü güncellemesinden bu yana yazıcı kusursuz.',
    'Sürücü güncellemesine kadar yazıcı kusursuzdu.',
  ],
  ['ru', 'С момента перезагрузки ноутбук в отличной форме.', 'До перезагрузки ноутбук был в отличной форме.'],
  ['ar', 'من بعد إعادة التشغيل الجهاز ممتاز على طول.', 'قبل إعادة التشغيل كان الجهاز ممتاز على طول.'],
];

// C244, no complaints, with a good state; its twin stays honest.
const NO_COMPLAINTS_20_EAST: readonly Pair[] = [
  [
    'ja',
    '文句なしです、複合機もきびきび動いています。',
    '文句なしとは言えません、複合機もまだもたついています。',
  ],
  ['zh', '同事们对新网络没有任何怨言了。', '同事们对新网络还有不少怨言。'],
  ['ko', '이제 불만 없습니다.', '이제 불만 없으세요?'],
  ['ko', '사용자들도 이제 불평이 하나도 없습니다.', '사용자들은 아직 불평이 많습니다.'],
  [
    'pl',
    'Nie narzekam, internet w biurze jest teraz bardzo dobry.',
    'Nie narzekam, ale internet w biurze nadal jest słaby.',
  ],
  ['tr', 'Hiçbir şikâyetimiz yok, yazıcı artık harika.', 'Şikâyetimiz yok ama yazıcı hâlâ yavaş.'],
  ['ru', 'Никаких претензий у бухгалтерии больше нет.', 'Претензии у бухгалтерии всё ещё есть.'],
  ['ar', 'ما عندنا أي شكوى، الراوتر صار سريع.', 'عندنا شكوى، الراوتر ما صار سريع.'],
];

// C245, nothing wrong with it any more; its twin stays honest.
const NOTHING_WRONG_20_EAST: readonly Pair[] = [
  ['ja', 'プリンターはもうどこもおかしくありません。', 'プリンターはもうどこもおかしくありませんか？'],
  ['ja', 'このPCは今は何の不具合もありません。', 'このPCに何の不具合もないか、明日確認します。'],
  ['zh', '共享盘现在半点异常都没有。', '共享盘现在还有不少异常。'],
  ['ko', '프린터는 이제 아무 탈 없습니다.', '프린터는 아직 탈이 좀 있습니다.'],
  ['ko', '서버는 지금은 아무 증상도 없습니다.', '서버는 지금도 증상이 있습니다.'],
  ['pl', 'Drukarce już nic nie dolega.', 'Czy drukarce już nic nie dolega?'],
  ['tr', 'Dizüstünün artık hiçbir derdi yok.', 'Dizüstünün hâlâ bir derdi var.'],
  ['tr', 'Sunucunun artık hiçbir tuhaflığı yok.', 'Sunucunun hâlâ bir tuhaflığı var.'],
  ['ru', 'С ноутбуком больше ничего плохого не происходит.', 'С ноутбуком всё ещё что-то не так.'],
  [
    'ru',
    'С принтером уже ничего странного не происходит.',
    'С принтером всё ещё происходит что-то странное.',
  ],
  ['ar', 'الطابعة ما فيها أي شي غلط الحين.', 'الطابعة فيها شي غلط الحين.'],
  ['ar', 'الحين ما في أي مشكلة بالراوتر.', 'الحين في مشكلة بالراوتر.'],
];

// C246, the symptom no longer comes; its twin stays honest.
const SYMPTOM_GONE_20_EAST: readonly Pair[] = [
  ['ja', 'もうエラー画面が出ることはありません。', 'まだエラー画面が出ることがあります。'],
  ['zh', '打开网银再也不会闪退了。', '打开网银还是会闪退。'],
  ['zh', '而家部打印機冇再卡紙喇。', '而家部打印機仲係會卡紙。'],
  ['zh', '投影仪再也不会黑屏了。', '投影仪还是会黑屏。'],
  ['ko', '이제 화면 안 꺼져요.', '이제 화면 안 꺼져요?'],
  ['ko', '요즘은 프린터가 안 멈춰요.', '요즘도 프린터가 자주 멈춰요.'],
  ['pl', 'Połączenia na Teams już się nie urywają.', 'Połączenia na Teams nadal się urywają.'],
  ['pl', 'Obraz już nie gaśnie podczas rozmów.', 'Obraz nadal gaśnie podczas rozmów.'],
  ['tr', 'Artık ekran kararmıyor.', 'Ekran hâlâ kararıyor.'],
  ['tr', 'Artık monitör titremiyor.', 'Monitör hâlâ titriyor.'],
  ['ru', 'Экран ноутбука больше не гаснет.', 'Экран ноутбука всё ещё гаснет.'],
  ['ar', 'الاتصال ما عاد يقطع.', 'الاتصال لسه يقطع.'],
];

// C247, a hedged claim that still asserts; its twin stays honest.
const HEDGED_20_EAST: readonly Pair[] = [
  ['ja', 'サーバーの問題は解決したように見えます。', 'サーバーの問題は解決したように見えますか？'],
  ['zh', '好像已经搞定了，系统现在很快。', '好像还没搞定，系统现在还是很慢。'],
  ['ko', '이제 고쳐진 듯해요.', '아직 고쳐진 것 같지 않아요.'],
  ['pl', 'Chyba naprawione, drukarka rusza od razu.', 'Chyba nie naprawione, drukarka dalej nie rusza.'],
  ['tr', 'Düzelmiş gibi görünüyor.', 'Düzelmemiş gibi görünüyor.'],
  ['ru', 'Вроде починилось.', 'Вроде бы ещё не починилось.'],
  ['ar', 'الظاهر إنه انحل.', 'الظاهر إنه لسه ما انحل.'],
];

// C248, a fault denied since a time, not once; its twin stays honest.
const NOT_ONE_FAILED_20_EAST: readonly Pair[] = [
  ['ja', '今朝から印刷の失敗は一件もありません。', '今朝から印刷の失敗は一件もありませんか？'],
  ['ja', '朝から一度も失敗していません。', '朝から一度も成功していません。'],
  ['zh', '从早上到现在一次打印都没失败过。', '从早上到现在一次打印都没成功过。'],
  ['ko', '아침부터 인쇄 실패가 한 건도 없습니다.', '아침부터 인쇄 실패가 한 건도 없나요?'],
  ['ko', '오늘 아침부터 인쇄 실패가 하나도 없어요.', '오늘 아침부터 인쇄 실패가 하나도 없나요?'],
  ['pl', 'Od rana żaden wydruk się nie wysypał.', 'Od rana żaden wydruk się nie udał.'],
  ['pl', 'Ani jedna rozmowa się nie urwała od wczoraj.', 'Ani jedna rozmowa się nie udała od wczoraj.'],
  [
    'tr',
    'Sabahtan beri tek bir baskı bile başarısız olmadı.',
    'Sabahtan beri tek bir baskı bile başarılı olmadı.',
  ],
  ['ru', 'С утра ни одна печать не сорвалась.', 'С утра ни одна печать не прошла.'],
  ['ar', 'ولا مكالمة وحدة انقطعت من امبارح.', 'ولا مكالمة وحدة نجحت من امبارح.'],
];

// C249, the line measured clean and sound; its twin stays honest.
const LINE_SOUND_20_EAST: readonly Pair[] = [
  [
    'ja',
    'パケットの損失もなく、回線はクリーンです。',
    'パケットの損失があり、回線はクリーンではありません。',
  ],
  ['zh', '丢包为零，线路很健康。', '丢包不为零，线路还不健康。'],
  ['zh', '现在零丢包，链路很干净。', '现在还有丢包，链路还不干净。'],
  ['ko', '패킷 손실 없음, 회선 상태 양호합니다.', '패킷 손실 있음, 회선 상태 불량합니다.'],
  [
    'pl',
    'Ping wrócił do 4 ms, łącze jest znowu zdrowe.',
    'Ping wrócił do 4 ms, ale łącze nadal nie jest zdrowe.',
  ],
  ['tr', 'Paket kaybı sıfır, hat sağlıklı.', 'Paket kaybı yüksek, hat sağlıklı değil.'],
  ['ru', 'Потерь пакетов ноль, канал здоров.', 'Потерь пакетов много, канал не здоров.'],
  ['ru', 'Пинг снова 4 мс, нулевые потери пакетов.', 'Пинг снова 4 мс, но потери пакетов 10 %.'],
  ['ar', 'صفر فقدان في الحزم اليوم.', 'فقدان كبير في الحزم اليوم.'],
];

describe('claims of the twentieth corpus and their honest twins (east)', () => {
  it.each(EVERY_PAGE_20_EAST)(
    'the device takes every page (C240), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NO_PROBLEM_FOR_DAYS_20_EAST)(
    'no problem over a span of time (C241), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(AS_THE_LOGS_SHOW_20_EAST)(
    '"as the logs show", then a good state of the present (C242), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(STEADY_SINCE_20_EAST)(
    'a steady good state since a change (C243), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NO_COMPLAINTS_20_EAST)(
    'no complaints, with a good state (C244), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NOTHING_WRONG_20_EAST)(
    'nothing wrong with it any more (C245), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(SYMPTOM_GONE_20_EAST)(
    'the symptom no longer comes (C246), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(HEDGED_20_EAST)(
    'a hedged claim that still asserts (C247), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NOT_ONE_FAILED_20_EAST)(
    'a fault denied since a time, not once (C248), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(LINE_SOUND_20_EAST)(
    'the line measured clean and sound (C249), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
});
