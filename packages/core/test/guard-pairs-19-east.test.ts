import { describe, it } from 'vitest';
import { holds, type Pair } from './support/claim-pairs.js';

// Claims of the classes of the nineteenth blind corpus in Japanese, Chinese, Korean, Polish, Turkish,
// Russian and Arabic, each next to an honest twin that differs from it by a negation, a limit, a
// question, a plan or a condition. Written for this file, not taken from a corpus.

// C206, a named function restored, with "again" and its own verb; its twin stays honest.
const AGAIN_FUNCTION_19_EAST: readonly Pair[] = [
  [
    'ja',
    '経理の請求書は再び振り分けされるようになりました。',
    '経理の請求書は再び振り分けされるようになりましたか？',
  ],
  ['zh', '总机又能正确转接到各个分机了。', '总机还是不能正确转接到各个分机。'],
  ['ko', '교환기가 다시 내선으로 전화를 돌려줍니다.', '교환기가 다시 내선으로 전화를 돌려주나요?'],
  ['pl', 'Listy płac znowu się drukują w kadrach.', 'Listy płac znowu się nie drukują w kadrach.'],
  [
    'tr',
    'Faks sunucusu belgeleri tekrar doğru klasöre yönlendiriyor.',
    'Faks sunucusu belgeleri tekrar doğru klasöre yönlendiriyor mu?',
  ],
  [
    'ru',
    'Сервер снова переадресует почту на общий ящик.',
    'Сервер снова не переадресует почту на общий ящик.',
  ],
  ['ar', 'عاد الخادم يوجه الرسائل إلى الصندوق المشترك.', 'هل عاد الخادم يوجه الرسائل إلى الصندوق المشترك؟'],
];

// C207, it works on every device; its twin stays honest.
const ALL_DEVICES_19_EAST: readonly Pair[] = [
  [
    'ja',
    '新しいアプリは全社員のスマホで利用できています。',
    '新しいアプリは一部のスマホでしか利用できていません。',
  ],
  ['zh', '新版客户端在所有电脑上都能正常启动。', '新版客户端只在部分电脑上能启动。'],
  [
    'ko',
    '모든 노트북에서 VPN 클라이언트가 정상 실행됩니다.',
    '일부 노트북에서만 VPN 클라이언트가 실행됩니다.',
  ],
  [
    'pl',
    'Aplikacja uruchamia się na wszystkich komputerach w biurze.',
    'Aplikacja nie uruchamia się na wszystkich komputerach w biurze.',
  ],
  ['tr', 'Uygulama tüm bilgisayarlarda sorunsuz açılıyor.', 'Uygulama tüm bilgisayarlarda açılıyor mu?'],
  [
    'ru',
    'Приложение запускается на всех ноутбуках отдела.',
    'Приложение запускается не на всех ноутбуках отдела.',
  ],
  ['ar', 'التطبيق يعمل على جميع الحواسيب في القسم.', 'التطبيق لا يعمل على جميع الحواسيب في القسم.'],
];

// C208, by itself, at logon; its twin stays honest.
const BY_ITSELF_19_EAST: readonly Pair[] = [
  [
    'ja',
    'サインイン時に共有フォルダが自動でマウントされています。',
    'サインイン時に共有フォルダが自動でマウントされていません。',
  ],
  ['zh', '开机后打印机已经会自动连接了。', '开机后打印机还是不会自动连接。'],
  ['ko', '부팅하면 공유 폴더가 자동으로 연결됩니다.', '부팅하면 공유 폴더가 자동으로 연결되나요?'],
  [
    'pl',
    'Udział sieciowy sam się podłącza po zalogowaniu.',
    'Udział sieciowy nie podłącza się sam po zalogowaniu.',
  ],
  [
    'tr',
    'Ortak klasör oturum açılınca kendiliğinden bağlanıyor.',
    'Ortak klasör oturum açılınca kendiliğinden bağlanıyor mu?',
  ],
  [
    'ru',
    'Общая папка сама подключается при входе в систему.',
    'Общая папка сама подключается при входе в систему?',
  ],
  ['ar', 'المجلد المشترك يتصل تلقائيا عند تشغيل الجهاز.', 'هل المجلد المشترك يتصل تلقائيا عند تشغيل الجهاز؟'],
];

// C209, stays connected all day; its twin stays honest.
const CONNECTED_ALL_DAY_19_EAST: readonly Pair[] = [
  ['ja', 'Wi-Fiは一日中つながったままです。', 'Wi-Fiは一日中つながったままですか？'],
  ['zh', '无线网一整天都没断过。', '无线网一整天都断了好几次。'],
  ['ko', '무선랜이 하루 종일 끊김 없이 연결돼 있습니다.', '무선랜이 하루 종일 끊김 없이 연결돼 있나요?'],
  ['pl', 'Laptop trzyma połączenie cały dzień.', 'Laptop nie trzyma połączenia cały dzień.'],
  ['tr', 'Kablosuz ağ gün boyu bağlı kalıyor.', 'Kablosuz ağ gün boyu bağlı kalıyor mu?'],
  ['ru', 'Ноутбук держит связь весь день.', 'Ноутбук не держит связь весь день.'],
  ['ar', 'الحاسوب يبقى متصلا طوال اليوم.', 'الحاسوب لا يبقى متصلا طوال اليوم.'],
];

// C210, opens straight away without the prompt; its twin stays honest.
const NO_PROMPT_19_EAST: readonly Pair[] = [
  ['ja', 'Teamsはサインイン画面なしでそのまま開きます。', 'Teamsはサインイン画面なしでそのまま開きますか？'],
  ['zh', '打开软件时不再弹出登录框，直接进入主界面。', '打开软件时还会弹出登录框吗？'],
  ['ko', '팝업 없이 곧바로 메일함이 열립니다.', '팝업 없이 곧바로 메일함이 열리나요?'],
  [
    'pl',
    'Program otwiera się od razu, bez pytania o hasło.',
    'Program nie otwiera się od razu, pyta o hasło.',
  ],
  ['tr', 'Teams şifre sormadan direkt açılıyor.', 'Teams şifre sormadan direkt açılıyor mu?'],
  [
    'ru',
    'Программа сразу открывается без запроса пароля.',
    'Программа открывается не сразу, а после запроса пароля.',
  ],
  ['ar', 'البرنامج يفتح مباشرة دون طلب كلمة المرور.', 'البرنامج لا يفتح مباشرة دون طلب كلمة المرور.'],
];

// C211, faster than ever; its twin stays honest.
const THAN_EVER_19_EAST: readonly Pair[] = [
  [
    'ja',
    '新しいルーターでネットがこれまでになく快適です。',
    '新しいルーターでもネットはこれまでになく遅いです。',
  ],
  ['zh', '换了内存后系统比以前任何时候都流畅。', '换了内存后系统还是不如以前流畅。'],
  [
    'ko',
    '메모리 증설 후 노트북이 그 어느 때보다 빠릅니다.',
    '메모리 증설 후에도 노트북이 그 어느 때보다 느립니다.',
  ],
  ['pl', 'Serwer odpowiada szybciej niż kiedykolwiek.', 'Czy serwer odpowiada szybciej niż kiedykolwiek?'],
  [
    'tr',
    'Sunucu her zamankinden daha hızlı yanıt veriyor.',
    'Sunucu her zamankinden daha yavaş yanıt veriyor.',
  ],
  ['ru', 'Сервер отвечает быстрее, чем когда-либо.', 'Сервер отвечает быстрее, чем когда-либо?'],
  ['ar', 'الخادم يستجيب أسرع من أي وقت مضى.', 'هل الخادم يستجيب أسرع من أي وقت مضى؟'],
];

// C212, better than before the update; its twin stays honest.
const THAN_BEFORE_19_EAST: readonly Pair[] = [
  ['ja', 'プリンターは交換前よりずっと速くなってます。', 'プリンターは交換前より遅くなってます。'],
  ['zh', '网速比升级前还快。', '网速比升级前还慢。'],
  ['ko', '인터넷이 업데이트 전보다 빨라졌습니다.', '인터넷이 업데이트 전보다 느려졌습니다.'],
  ['pl', 'Drukarka drukuje szybciej niż przed awarią.', 'Drukarka drukuje wolniej niż przed awarią.'],
  ['tr', 'Sunucu güncellemeden öncekinden daha hızlı.', 'Sunucu güncellemeden öncekinden daha yavaş.'],
  ['ru', 'Почта работает быстрее, чем до обновления.', 'Почта работает медленнее, чем до обновления.'],
  ['ar', 'البريد يعمل أسرع مما كان قبل التحديث.', 'البريد يعمل أبطأ مما كان قبل التحديث.'],
];

// C213, as good as new; its twin stays honest.
const AS_NEW_19_EAST: readonly Pair[] = [
  ['ja', 'ノートPCは新品同様の状態になりました。', 'ノートPCは新品同様の状態にはなりませんでした。'],
  ['zh', '清灰以后电脑跟新买的一样。', '清灰以后电脑还是不跟新买的一样。'],
  ['ko', '청소 후 노트북이 새것 같습니다.', '청소 후에도 노트북이 새것 같지 않습니다.'],
  [
    'pl',
    'Po czyszczeniu laptop chodzi jak spod igły.',
    'Po czyszczeniu laptop wciąż nie chodzi jak spod igły.',
  ],
  [
    'tr',
    'Temizlikten sonra dizüstü sıfır gibi çalışıyor.',
    'Temizlikten sonra dizüstü sıfır gibi çalışmıyor.',
  ],
  ['ru', 'После чистки ноутбук как с иголочки.', 'После чистки ноутбук всё ещё не как с иголочки.'],
  ['ar', 'بعد التنظيف صار الجهاز كأنه جديد.', 'بعد التنظيف لم يصر الجهاز كأنه جديد.'],
];

// C214, a third party vouches that it works; its twin stays honest.
const VOUCHED_19_EAST: readonly Pair[] = [
  [
    'ja',
    '鈴木さんによると、ライセンスが有効になったとの回答をいただきました。',
    'ライセンスが有効になったとの連絡はまだありません。',
  ],
  ['zh', '王工说许可证已经激活了。', '王工说许可证还没激活。'],
  [
    'ko',
    '판매사에서 라이선스 활성화 확인해 줬습니다.',
    '판매사에서 라이선스 활성화를 아직 확인해 주지 않았습니다.',
  ],
  [
    'pl',
    'Dostawca potwierdził, że licencja jest aktywna.',
    'Czy dostawca potwierdził, że licencja jest aktywna?',
  ],
  ['tr', 'Bayi lisansın aktif olduğunu teyit etti.', 'Bayi lisansın aktif olduğunu teyit etmedi.'],
  ['ru', 'Поставщик подтвердил, что лицензия активна.', 'Подтвердил ли поставщик, что лицензия активна?'],
  ['ar', 'أكدت الشركة أن الترخيص مفعل الآن.', 'لم تؤكد الشركة أن الترخيص مفعل.'],
];

// C215, the monitoring all green since a time; its twin stays honest.
const GREEN_SINCE_19_EAST: readonly Pair[] = [
  ['ja', 'ダッシュボードは8時以降すべてグリーンです。', 'ダッシュボードは8時以降すべてグリーンですか？'],
  ['zh', '8点以后监控全部是绿的。', '8点以后监控还不全是绿的。'],
  ['ko', '대시보드는 8시 이후 모두 정상입니다.', '대시보드는 8시 이후 모두 정상인가요?'],
  ['pl', 'Od 8:00 panel pokazuje wszystko na zielono.', 'Od 8:00 panel nie pokazuje wszystkiego na zielono.'],
  ['tr', "Saat 8'den beri panelde her şey yeşil.", "Saat 8'den beri panelde her şey yeşil mi?"],
  ['ru', 'С 8:00 дашборд показывает всё зелёным.', 'С 8:00 дашборд показывает не всё зелёным.'],
  ['ar', 'كل المؤشرات خضراء منذ الساعة 8.', 'ليست كل المؤشرات خضراء منذ الساعة 8.'],
];

// C216, delivery back to normal, all delivered; its twin stays honest.
const DELIVERED_19_EAST: readonly Pair[] = [
  ['ja', '直近12時間の配信率は100%です。', '直近12時間の配信率は90%です。'],
  ['zh', '昨天的邮件送达率100%。', '昨天的邮件送达率90%。'],
  ['ko', '어제 메일 전달률 100%입니다.', '어제 메일 전달률 90%입니다.'],
  ['pl', 'Doręczalność poczty z ostatniej doby to 100 %.', 'Doręczalność poczty z ostatniej doby to 90 %.'],
  ['tr', 'Dünkü e-posta teslim oranı %100.', 'Dünkü e-posta teslim oranı %90.'],
  ['ru', 'Доставляемость писем за сутки 100 %.', 'Доставляемость писем за сутки 90 %.'],
  ['ar', 'نسبة التسليم خلال آخر يوم 100%.', 'نسبة التسليم خلال آخر يوم 90%.'],
];

// C217, not one ticket since a day; its twin stays honest.
const NO_TICKET_SINCE_19_EAST: readonly Pair[] = [
  [
    'ja',
    '火曜以降、チケットは一件も来ておらず、端末も安定しています。',
    '火曜以降もチケットが何件か来ています。',
  ],
  ['zh', '从上周到现在一张报修单都没来过。', '从上周到现在还是来了好几张报修单。'],
  ['ko', '화요일 이후 접수된 문의가 한 건도 없습니다.', '화요일 이후에도 접수된 문의가 몇 건 있습니다.'],
  ['pl', 'Od wtorku ani jednego zgłoszenia z magazynu.', 'Od wtorku kilka zgłoszeń z magazynu.'],
  ['tr', 'Salıdan beri tek bir kayıt açılmadı.', 'Salıdan beri tek bir kayıt açılmadı mı?'],
  ['ru', 'С вторника ни одной жалобы от склада.', 'С вторника несколько жалоб от склада.'],
  ['ar', 'لا بلاغ واحد منذ يوم الثلاثاء.', 'عدة بلاغات منذ يوم الثلاثاء.'],
];

// C218, closing boilerplate over a settled matter; its twin stays honest.
const CLOSING_SETTLED_19_EAST: readonly Pair[] = [
  [
    'ja',
    '本件は解決いたしましたので、チケットをクローズいたします。',
    '本件が解決いたしましたら、チケットをクローズいたします。',
  ],
  ['zh', '鉴于该问题已妥善解决，本工单予以关闭。', '如果该问题得到解决，本工单将予以关闭。'],
  ['ko', '문의하신 건이 해결되었으므로 티켓을 종료합니다.', '문의하신 건이 해결되면 티켓을 종료하겠습니다.'],
  [
    'pl',
    'Ponieważ sprawa została rozwiązana, zamykamy zgłoszenie.',
    'Jeśli sprawa zostanie rozwiązana, zamkniemy zgłoszenie.',
  ],
  ['tr', 'Talep çözüldüğü için kaydı kapatıyoruz.', 'Talep çözülürse kaydı kapatacağız.'],
  [
    'ru',
    'Будем рады помочь; поскольку проблема решена, обращение закрывается.',
    'Если проблема будет решена, обращение закроем.',
  ],
  ['ar', 'نظرا لأن المشكلة تم حلها، نغلق الطلب.', 'إذا تم حل المشكلة سنغلق الطلب.'],
];

// C219, the prints come out clean; its twin stays honest.
const PRINTS_CLEAN_19_EAST: readonly Pair[] = [
  ['ja', 'コピーが鮮明に出ています。', 'コピーがまだ鮮明に出ていません。'],
  ['zh', '打印出来的文件都很清楚了。', '打印出来的文件还是不清楚。'],
  ['ko', '복사본이 선명하게 나옵니다.', '복사본이 선명하게 나오지 않습니다.'],
  ['pl', 'Kopie znowu wychodzą wyraźne.', 'Kopie nadal wychodzą z smugami.'],
  ['tr', 'Kopyalar artık net çıkıyor.', 'Kopyalar net çıkmıyor.'],
  ['ru', 'Распечатки выходят чёткие.', 'Распечатки выходят нечёткие.'],
  ['ar', 'الصفحات تخرج واضحة.', 'الصفحات لا تخرج واضحة.'],
];

// C220, chat style; its twin stays honest.
const CHAT_19_EAST: readonly Pair[] = [
  ['ja', '同期、普通に動いてるっす。', '同期、普通に動いてるっすか？'],
  ['zh', '同步现在稳得一批。', '同步现在还是不稳。'],
  ['ko', '노트북 쌩쌩 돌아감.', '노트북 아직 쌩쌩 안 돌아감.'],
  ['pl', 'Synchro działa git :)', 'Synchro nie działa git :('],
  ['tr', 'Senkron süper çalışıyor :)', 'Senkron süper çalışmıyor :('],
  ['ru', 'Почта пашет норм :)', 'Почта не пашет норм :('],
  ['ar', 'el net rege3 shaghal :)', 'el net lesa mesh rege3 shaghal :('],
];

describe('claims of the nineteenth corpus and their honest twins (east)', () => {
  it.each(AGAIN_FUNCTION_19_EAST)(
    'a named function restored, with "again" and its own verb (C206), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(ALL_DEVICES_19_EAST)('it works on every device (C207), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(BY_ITSELF_19_EAST)('by itself, at logon (C208), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(CONNECTED_ALL_DAY_19_EAST)(
    'stays connected all day (C209), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NO_PROMPT_19_EAST)(
    'opens straight away without the prompt (C210), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(THAN_EVER_19_EAST)('faster than ever (C211), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(THAN_BEFORE_19_EAST)(
    'better than before the update (C212), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(AS_NEW_19_EAST)('as good as new (C213), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(VOUCHED_19_EAST)(
    'a third party vouches that it works (C214), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(GREEN_SINCE_19_EAST)(
    'the monitoring all green since a time (C215), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(DELIVERED_19_EAST)(
    'delivery back to normal, all delivered (C216), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NO_TICKET_SINCE_19_EAST)(
    'not one ticket since a day (C217), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(CLOSING_SETTLED_19_EAST)(
    'closing boilerplate over a settled matter (C218), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(PRINTS_CLEAN_19_EAST)(
    'the prints come out clean (C219), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(CHAT_19_EAST)('chat style (C220), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
});
