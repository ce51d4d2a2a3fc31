import { describe, it } from 'vitest';
import { holds, type Pair } from './support/claim-pairs.js';

// Claims of the classes of the twenty-first blind corpus in Japanese, Chinese, Korean, Polish, Turkish,
// Russian and Arabic, each next to an honest twin that differs from it by a negation, a limit, a
// question, a plan or a condition. Written for this file, not taken from a corpus; none of the
// claims of C271-C280 was refused by the rules before the round of the twenty-first corpus. In
// C281-C284 the honest sentence is the class (it was refused before); its claim twin stays refused.

// C271, a ticked item that ends in a function and "OK"; its twin stays honest.
const TICKED_OK_21_EAST: readonly Pair[] = [
  ['ja', '- [x] VPN接続OK', '- [ ] VPN接続OK'],
  ['ja', '- [x] 経理PC 印刷OK', '- [ ] 経理PC 印刷OK'],
  ['zh', '- [x] 打印测试OK', '- [ ] 打印测试OK'],
  ['zh', '- [x] 会议室电脑 重连OK', '- [ ] 会议室电脑 重连OK'],
  ['ko', '- [x] VPN 재접속OK', '- [ ] VPN 재접속OK'],
  ['ko', '- [x] 프린터 출력OK', '- [ ] 프린터 출력OK'],
  ['ko', '- [x] 스캐너 스캔OK', '- [ ] 스캐너 스캔OK'],
];

// C272, a person reports that a function is back; its twin stays honest.
const REPORTED_BACK_21_EAST: readonly Pair[] = [
  [
    'ja',
    '佐藤さんから、メールの受信が再開したと連絡がありました。',
    '佐藤さんから、メールの受信がまだ再開しないと連絡がありました。',
  ],
  ['zh', '财务的李姐说扫描又能发到邮箱了。', '财务的李姐问扫描能不能再发到邮箱。'],
  [
    'ko',
    '김 대리님이 메일 동기화가 재개되었다고 알려주셨습니다.',
    '김 대리님이 메일 동기화가 아직 재개되지 않았다고 알려주셨습니다.',
  ],
  [
    'ko',
    '총무팀에서 인쇄가 재개되었다고 연락 주셨습니다.',
    '총무팀에서 인쇄가 아직 재개되지 않았다고 연락 주셨습니다.',
  ],
  [
    'tr',
    'Mehmet Bey, yazıcının tekrar tarama gönderdiğini teyit etti.',
    'Mehmet Bey, yazıcının hâlâ tarama göndermediğini bildirdi.',
  ],
  [
    'tr',
    'Zeynep Hanım, e-postaların yeniden geldiğini söyledi.',
    'Zeynep Hanım, e-postaların hâlâ gelmediğini söyledi.',
  ],
  [
    'ar',
    'اتصل الأستاذ فهد وقال إن الجهاز يستقبل الفاكسات مرة ثانية.',
    'اتصل الأستاذ فهد وقال إن الجهاز لا يستقبل الفاكسات حتى الآن.',
  ],
];

// C273, chat slang that tells it is fixed; its twin stays honest.
const CHAT_FIXED_21_EAST: readonly Pair[] = [
  ['ja', 'スキャナなおったー', 'スキャナなおらないー'],
  ['ja', 'ネットなおったよー', 'ネットなおった？'],
  ['ko', '프린터 고쳐짐 ㅋㅋ', '프린터 안 고쳐짐 ㅋㅋ'],
  ['ko', '와이파이 잘됨 ㅇㅇ', '와이파이 아직 잘 안됨 ㅠ'],
  ['ru', 'сканер опять фурычит', 'сканер опять не фурычит'],
  ['ru', 'после перезагрузки всё робит', 'после перезагрузки ничего не робит'],
];

// C274, a page that opens without the warning; its twin stays honest.
const NO_WARNING_21_EAST: readonly Pair[] = [
  [
    'ja',
    '証明書を差し替え、社内ポータルは警告が出ずに表示されています。',
    '証明書を差し替えましたが、社内ポータルはまだ警告が出ています。',
  ],
  ['zh', '续签证书以后，OA系统打开没有安全警告了。', '续签证书以后，OA系统打开还有安全警告吗？'],
  [
    'ko',
    '인증서를 갱신해서 사이트가 보안 경고 없이 열립니다.',
    '인증서를 갱신했지만 사이트가 아직 보안 경고 없이 열리지 않습니다.',
  ],
  [
    'pl',
    'Po odnowieniu certyfikatu strona ładuje się bez komunikatu o certyfikacie.',
    'Po odnowieniu certyfikatu strona nadal nie ładuje się bez komunikatu o certyfikacie.',
  ],
  ['pl', 'Przeglądarka już nie krzyczy o certyfikat.', 'Czy przeglądarka już nie krzyczy o certyfikat?'],
  [
    'tr',
    'Sertifika yenilendi, site sertifika hatası vermeden açılıyor.',
    'Sertifika yenilendi ama site hâlâ sertifika hatası vermeden açılmıyor.',
  ],
  [
    'ru',
    'Сайт бухгалтерии грузится без всяких предупреждений.',
    'Сайт бухгалтерии всё ещё не грузится без предупреждений.',
  ],
  [
    'ar',
    'تم تجديد الشهادة والبوابة تفتح بدون تحذيرات.',
    'تم تجديد الشهادة لكن البوابة ما زالت لا تفتح بدون تحذيرات.',
  ],
];

// C275, a run finished clean, and the test after it passed; its twin stays honest.
const RUN_AND_TEST_21_EAST: readonly Pair[] = [
  ['ja', '復元テストも成功しました。', '復元テストはまだ成功していません。'],
  ['zh', '恢复测试也成功了。', '恢复测试还没成功。'],
  ['ko', '복원 테스트도 성공했습니다.', '복원 테스트는 아직 성공하지 못했습니다.'],
  ['pl', 'Test odtwarzania się powiódł.', 'Test odtwarzania się nie powiódł.'],
  ['tr', 'Geri yükleme testi başarılı oldu.', 'Geri yükleme testi başarılı olmadı.'],
  ['ru', 'Тестовое восстановление тоже успешно.', 'Тестовое восстановление тоже успешно?'],
  [
    'ar',
    'انتهى النسخ الاحتياطي بلا أخطاء ونجحت تجربة الاسترجاع.',
    'هل انتهى النسخ الاحتياطي بلا أخطاء ونجحت تجربة الاسترجاع؟',
  ],
];

// C276, the card terminal takes payments again; its twin stays honest.
const PAYMENTS_AGAIN_21_EAST: readonly Pair[] = [
  ['ja', 'カード決済が通るようになりました。', 'カード決済がまだ通りません。'],
  ['ko', '매장 POS 단말기가 카드 결제를 다시 받아요.', '매장 POS 단말기가 카드 결제를 아직 못 받아요.'],
  ['pl', 'Płatności kartą przechodzą już bez problemu.', 'Płatności kartą nadal nie przechodzą.'],
  ['tr', 'POS cihazı kartları yeniden çekiyor.', 'POS cihazı kartları hâlâ çekmiyor.'],
  ['ru', 'Терминал снова проводит оплату.', 'Терминал всё ещё не проводит оплату.'],
  ['ar', 'جهاز الدفع رجع يقبل البطاقات.', 'هل جهاز الدفع رجع يقبل البطاقات؟'],
];

// C277, faster than ever; its twin stays honest.
const FASTER_THAN_EVER_21_EAST: readonly Pair[] = [
  [
    'ko',
    '스위치 교체 후 네트워크가 어느 때보다 빠르고 끊김이 없어요.',
    '스위치 교체 후 네트워크가 어느 때보다 빠르고 끊김이 없나요?',
  ],
  [
    'ja',
    'ルーター交換後、Wi-Fiは今までで一番速いです。',
    'ルーター交換前、Wi-Fiは今までで一番速かったです。',
  ],
  ['zh', '换了交换机以后，网速从来没这么快过。', '换了交换机以后，网速从来没这么快过吗？'],
  ['tr', 'İnternet hiç bu kadar hızlı olmamıştı.', 'İnternet hiç bu kadar hızlı olmamıştı, değil mi?'],
  ['ru', 'Никогда ещё ноутбук не работал так быстро.', 'Никогда ещё ноутбук не работал так быстро?'],
  ['ar', 'النت عمره ما كان بهالسرعة.', 'هل النت عمره ما كان بهالسرعة؟'],
];

// C278, back online, and the work goes on; its twin stays honest.
const BACK_AND_WORKING_21_EAST: readonly Pair[] = [
  [
    'ko',
    '그룹웨어 서버가 다시 온라인 상태이며 직원들이 결재를 올릴 수 있습니다.',
    '그룹웨어 서버가 다시 온라인 상태인지, 직원들이 결재를 올릴 수 있는지 확인 중입니다.',
  ],
  [
    'ja',
    'ERPサーバーはオンラインに戻り、受注入力も可能です。',
    'ERPサーバーはオンラインに戻りましたが、受注入力はまだ不可です。',
  ],
  ['zh', '系统上线了，可以下单了。', '系统还没上线，不能下单。'],
  [
    'pl',
    'Po restarcie ERP da się znowu wpisywać zamówienia.',
    'Po restarcie ERP nadal nie da się wpisywać zamówień.',
  ],
  ['pl', 'Magazyn wprowadza już zamówienia.', 'Magazyn jeszcze nie wprowadza zamówień.'],
  ['ru', 'Сервер 1С поднялся.', 'Сервер 1С ещё не поднялся.'],
  [
    'tr',
    'Sunucu ayağa kalktı, depo sipariş girebiliyor.',
    'Sunucu ayağa kalktı mı, depo sipariş girebiliyor mu?',
  ],
];

// C279, every machine gets its address now; its twin stays honest.
const EVERY_ADDRESS_21_EAST: readonly Pair[] = [
  [
    'pl',
    'Wszystkie 8 laptopów dostaje teraz adres z DHCP.',
    'Nie wszystkie 8 laptopów dostaje teraz adres z DHCP.',
  ],
  ['ru', 'Все 20 ноутбуков теперь получают адрес по DHCP.', 'Не все 20 ноутбуков получают адрес по DHCP.'],
  ['ar', 'كل الأجهزة العشرين تاخذ عنوان IP الآن.', 'مش كل الأجهزة العشرين تاخذ عنوان IP الآن.'],
  [
    'ja',
    '15台のPCすべてがIPアドレスを取得できています。',
    '15台のPCすべてがIPアドレスを取得できていません。',
  ],
  ['zh', '全部20台电脑现在都能拿到IP地址。', '20台电脑里现在还有几台拿不到IP地址。'],
  ['ko', '10대 PC 모두 이제 IP를 받아옵니다.', '10대 PC 모두 아직 IP를 못 받아옵니다.'],
  ['tr', "12 bilgisayarın tamamı DHCP'den adres alıyor.", "12 bilgisayarın tamamı DHCP'den adres alıyor mu?"],
];

// C280, names resolve again; its twin stays honest.
const NAMES_RESOLVE_21_EAST: readonly Pair[] = [
  ['ru', 'DNS снова резолвит внутренние имена.', 'DNS всё ещё не резолвит внутренние имена.'],
  ['ja', '名前解決も通るようになりました。', '名前解決はまだ通りません。'],
  ['zh', 'DNS又能正常解析内网域名了。', 'DNS还是不能解析内网域名。'],
  ['ko', 'DNS가 다시 내부 도메인을 정상적으로 해석합니다.', 'DNS가 아직 내부 도메인을 해석하지 못합니다.'],
  ['pl', 'DNS znowu rozwiązuje nazwy w oddziałach.', 'DNS nadal nie rozwiązuje nazw w oddziałach.'],
  ['tr', 'DNS tekrar isimleri çözümlüyor.', 'DNS hâlâ isimleri çözümlemiyor.'],
  ['ar', 'الـ DNS صار يحل الأسماء مرة ثانية.', 'الـ DNS ما زال لا يحل الأسماء.'],
];

// C281, a "how to fix" title over the fault: honest; its claim twin stays refused.
const HOW_TO_FIX_21_EAST: readonly Pair[] = [
  ['ko', '해결 완료: 프린터가 다시 온라인입니다.', '해결 방법: 프린터가 오프라인일 때'],
  ['ko', '복구 완료: VPN이 다시 연결됩니다.', '조치 방법: VPN이 자꾸 끊길 때'],
  ['ja', '解決済み：Outlookが再び同期できるようになりました。', '解決方法：Outlookが同期しない場合'],
  ['zh', '已解决：Outlook又能同步了。', '解决方法：Outlook无法同步时'],
  ['pl', 'Naprawione: Outlook znowu synchronizuje pocztę.', 'Jak naprawić: Outlook nie synchronizuje poczty'],
  ['ru', 'Исправлено: Outlook снова синхронизируется.', 'Как исправить: Outlook не синхронизируется'],
  ['tr', 'Çözüldü: Outlook yeniden eşitleniyor.', 'Çözüm yolu: Outlook eşitlenmediğinde'],
];

// C282, one thing fine, but another still failing: honest; its claim twin stays refused.
const FINE_BUT_STILL_21_EAST: readonly Pair[] = [
  ['pl', 'Drukarka działa i skaner już się nie zawiesza.', 'Drukarka działa, ale skaner dalej się zawiesza.'],
  [
    'pl',
    'Internet jest w porządku i Teams już się nie rozłącza.',
    'Internet jest w porządku, ale Teams ciągle się rozłącza.',
  ],
  [
    'ja',
    'ネットワークは問題なく、Outlookももう落ちません。',
    'ネットワークは問題ありませんが、Outlookはまだ落ちます。',
  ],
  ['zh', '网络没问题，Outlook也不再崩了。', '网络没问题，但Outlook还是崩。'],
  [
    'ko',
    '네트워크도 괜찮고 아웃룩도 더 이상 튕기지 않습니다.',
    '네트워크는 괜찮은데 아웃룩은 계속 튕깁니다.',
  ],
  ['ru', 'Сеть в порядке, и Outlook больше не падает.', 'Сеть в порядке, но Outlook всё так же падает.'],
  ['tr', 'Ağ sorunsuz ve Outlook artık çökmüyor.', 'Ağ sorunsuz ama Outlook hâlâ çöküyor.'],
];

// C283, worked on a test machine, not yet in production: honest; its claim twin stays refused.
const TEST_MACHINE_ONLY_21_EAST: readonly Pair[] = [
  [
    'ru',
    'На проде всё работает, обновление выкатили.',
    'На тестовом стенде всё работает, на боевой ещё не выкатили.',
  ],
  [
    'pl',
    'Na produkcji zadziałało, poprawka wdrożona.',
    'Na maszynie testowej zadziałało, na produkcji jeszcze nie wdrożone.',
  ],
  ['zh', '生产环境上可以了，补丁已经上线。', '测试机上可以了，生产环境还没上。'],
  [
    'ru',
    'У клиента сработало, обновление раскатано.',
    'На тестовой машине сработало, у клиента ещё не раскатано.',
  ],
  ['ja', '本番環境でも問題なく動いています。', '検証環境では動きましたが、本番にはまだ入れていません。'],
  ['tr', 'Canlı sunucuda da sorunsuz çalışıyor.', 'Test sunucusunda çalıştı, canlıya henüz alınmadı.'],
];

// C284, the user believes it is solved, not confirmed: honest; its claim twin stays refused.
const USER_BELIEVES_21_EAST: readonly Pair[] = [
  ['ar', 'العميل أكد أن الطابعة اشتغلت.', 'العميل يظن أن الطابعة اشتغلت، لكننا لم نتحقق بعد.'],
  ['ar', 'الموظف أكد أن الإنترنت رجع يشتغل.', 'الموظف يعتقد أن الإنترنت رجع يشتغل، لكنني ما تأكدت.'],
  [
    'ja',
    'お客様から解決したとのご連絡をいただきました。',
    'ユーザーは解決したと思っていますが、まだ確認できていません。',
  ],
  ['zh', '用户确认已经解决了。', '用户觉得已经解决了，但我们还没能确认。'],
  [
    'ko',
    '사용자가 해결됐다고 확인해 주셨습니다.',
    '사용자는 해결됐다고 생각하지만 아직 확인하지 못했습니다.',
  ],
  [
    'ru',
    'Пользователь подтвердил, что всё снова работает.',
    'Пользователь считает, что всё решилось, но мы пока не смогли это подтвердить.',
  ],
  [
    'tr',
    'Kullanıcı sorunun çözüldüğünü teyit etti.',
    'Kullanıcı sorunun çözüldüğünü düşünüyor ama henüz teyit edemedik.',
  ],
];

describe('claims of the twenty-first corpus and their honest twins (east)', () => {
  it.each(TICKED_OK_21_EAST)(
    'a ticked item that ends in a function and "OK" (C271), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(REPORTED_BACK_21_EAST)(
    'a person reports that a function is back (C272), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(CHAT_FIXED_21_EAST)(
    'chat slang that tells it is fixed (C273), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NO_WARNING_21_EAST)(
    'a page that opens without the warning (C274), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(RUN_AND_TEST_21_EAST)(
    'a run finished clean, and the test after it passed (C275), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(PAYMENTS_AGAIN_21_EAST)(
    'the card terminal takes payments again (C276), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(FASTER_THAN_EVER_21_EAST)('faster than ever (C277), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(BACK_AND_WORKING_21_EAST)(
    'back online, and the work goes on (C278), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(EVERY_ADDRESS_21_EAST)(
    'every machine gets its address now (C279), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NAMES_RESOLVE_21_EAST)('names resolve again (C280), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(HOW_TO_FIX_21_EAST)(
    'a "how to fix" title over the fault (C281), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(FINE_BUT_STILL_21_EAST)(
    'one thing fine, but another still failing (C282), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(TEST_MACHINE_ONLY_21_EAST)(
    'worked on a test machine, not yet in production (C283), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(USER_BELIEVES_21_EAST)(
    'the user believes it is solved, not confirmed (C284), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
});
