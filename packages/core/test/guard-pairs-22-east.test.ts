import { describe, it } from 'vitest';
import { holds, type Pair } from './support/claim-pairs.js';

// Claims of the classes of the twenty-second blind corpus in Japanese, Chinese, Korean, Polish, Turkish,
// Russian and Arabic, each next to an honest twin that differs from it by a negation, a limit, a
// question, a plan or a condition. Written for this file, not taken from a corpus; most of the pairs
// failed on the rules before the round of the twenty-second corpus (a claim accepted or its twin
// refused). In C310-C312 the honest sentence is the class (it was refused before); its claim twin
// stays refused.

// C300, the calls clear again, the sound too; its twin stays honest.
const CALLS_CLEAR_22_EAST: readonly Pair[] = [
  ['zh', '换了网线以后，电话会议的声音又清楚了。', '换了网线以后，电话会议的声音还是不清楚。'],
  ['zh', '通话质量终于清晰了。', '通话质量还没有变清晰。'],
  [
    'ko',
    '공유기 교체 후 화상회의 음성이 다시 또렷해졌습니다.',
    '공유기 교체 후에도 화상회의 음성이 아직 또렷하지 않습니다.',
  ],
  ['ko', '통화 소리가 이제 깨끗합니다.', '통화 소리가 이제 깨끗한가요?'],
  [
    'pl',
    'Po zmianie kodeka dźwięk w rozmowach jest znowu czysty.',
    'Po zmianie kodeka dźwięk w rozmowach nadal nie jest czysty.',
  ],
  ['pl', 'Jakość rozmów jest już wyraźna.', 'Czy jakość rozmów jest już wyraźna?'],
  [
    'tr',
    'Ses kartı değişince toplantı sesleri yine net.',
    'Ses kartı değişince toplantı sesleri hâlâ net değil.',
  ],
  ['tr', 'Telefon görüşmeleri tekrar net geliyor.', 'Telefon görüşmeleri tekrar net gelmiyor.'],
  [
    'ru',
    'После смены гарнитуры голос на созвонах снова чёткий.',
    'После смены гарнитуры голос на созвонах всё ещё нечёткий.',
  ],
  ['ru', 'Видеозвонки опять без помех.', 'Видеозвонки опять с помехами.'],
  [
    'ar',
    'بعد تغيير الراوتر رجع الصوت في الاجتماعات صافيا.',
    'بعد تغيير الراوتر لم يرجع الصوت في الاجتماعات صافيا.',
  ],
  ['ar', 'المكالمات واضحة من جديد.', 'هل المكالمات واضحة من جديد؟'],
  ['ar', 'عادت جودة الصوت نقية.', 'لم تعد جودة الصوت نقية.'],
];

// C301, a closing label followed by an ability ("Closing: the user can print"); its twin stays honest.
const CLOSING_ABILITY_22_EAST: readonly Pair[] = [
  ['ja', 'クローズ：経理担当者はスキャン可能。', 'クローズ：経理担当者はまだスキャン不可。'],
  ['ja', '結果：経理の端末でメール送信可能。', '結果：経理の端末でメール送信不可。'],
  [
    'pl',
    'Zamknięcie zgłoszenia: pani Ewa może skanować do folderu.',
    'Zamknięcie zgłoszenia: pani Ewa nadal nie może skanować do folderu.',
  ],
  ['pl', 'Wynik: księgowa może drukować faktury.', 'Wynik: księgowa może drukować faktury tylko w czerni.'],
  ['tr', 'Kapanış notu: muhasebe tarama yapabiliyor.', 'Kapanış notu: muhasebe hâlâ tarama yapamıyor.'],
  ['tr', 'Sonuç: kullanıcı e-posta gönderebiliyor.', 'Sonuç: kullanıcı e-posta gönderebiliyor mu?'],
  [
    'ru',
    'Закрытие заявки: бухгалтер может сканировать.',
    'Закрытие заявки: бухгалтер пока не может сканировать.',
  ],
  ['ru', 'Итог: сотрудница может печатать.', 'Итог: сотрудница может печатать только с одного ноутбука.'],
  ['ar', 'الإغلاق: يستطيع المحاسب المسح الضوئي.', 'الإغلاق: لا يستطيع المحاسب المسح الضوئي بعد.'],
  ['ar', 'النتيجة: الموظفة تستطيع تسجيل الدخول.', 'النتيجة: الموظفة تستطيع تسجيل الدخول فقط من المكتب.'],
];

// C302, the thing is no longer a problem; its twin stays honest.
const NO_LONGER_A_PROBLEM_22_EAST: readonly Pair[] = [
  ['ja', 'スキャナーの速度はもう問題ではありません。', 'スキャナーの速度はまだ問題です。'],
  ['zh', '打印机卡纸已经不是问题了。', '打印机卡纸还是个问题。'],
  ['zh', 'VPN掉线不再是问题。', 'VPN掉线不再是问题吗？'],
  ['ko', '프린터 용지 걸림은 이제 문제가 아닙니다.', '프린터 용지 걸림은 아직 문제입니다.'],
  ['ko', '메일 지연은 더 이상 문제가 되지 않습니다.', '메일 지연은 아직도 문제가 됩니다.'],
  ['pl', 'Drukowanie etykiet to już nie problem.', 'Drukowanie etykiet to nadal problem.'],
  ['pl', 'Skaner przestał być kłopotem.', 'Skaner nie przestał być kłopotem.'],
  ['tr', 'Yazıcının hızı artık sorun değil.', 'Yazıcının hızı hâlâ sorun.'],
  ['tr', 'Tarayıcı bir sorun olmaktan çıktı.', 'Tarayıcı bir sorun olmaktan çıkmadı.'],
  ['ru', 'Сканер больше не проблема.', 'Сканер всё ещё проблема.'],
  ['ru', 'Скорость VPN перестала быть проблемой.', 'Скорость VPN так и не перестала быть проблемой.'],
  ['ar', 'سرعة الطابعة لم تعد تشكل أي مشكلة.', 'سرعة الطابعة ما زالت تشكل مشكلة.'],
];

// C303, nothing faulty any longer; its twin stays honest.
const NOTHING_FAULTY_22_EAST: readonly Pair[] = [
  [
    'ja',
    'プリンターにおかしなところはもうひとつもありません。',
    'プリンターにおかしなところがまだひとつあります。',
  ],
  ['ko', 'VPN에 문제 있는 부분은 이제 하나도 없습니다.', 'VPN에 문제 있는 부분이 아직 하나 남아 있습니다.'],
  ['ko', '이제 스캐너에 이상한 데가 하나도 없어요.', '스캐너에 이상한 데가 아직 있어요.'],
  ['tr', 'Yazıcıda artık aksayan hiçbir şey yok.', 'Yazıcıda hâlâ aksayan bir şey var.'],
  ['tr', 'E-postada sorunlu bir şey kalmadı.', 'E-postada sorunlu bir şey kalmadı mı?'],
  ['ar', 'لم يعد هناك أي خلل في الماسح.', 'ما زال هناك خلل في الماسح.'],
];

// C304, not a single call dropped since the change; its twin stays honest.
const NOT_ONE_DROPPED_22_EAST: readonly Pair[] = [
  [
    'pl',
    'Od aktualizacji ani jedno zadanie nie zostało przerwane.',
    'Od aktualizacji dwa zadania zostały przerwane.',
  ],
  [
    'pl',
    'Od restartu routera żadne połączenie nie zostało zerwane.',
    'Czy od restartu routera żadne połączenie nie zostało zerwane?',
  ],
  ['pl', 'Od wczoraj żadna paczka nie została odrzucona.', 'Od wczoraj kilka paczek zostało odrzuconych.'],
  ['ar', 'منذ تغيير الكابل لم ينقطع أي اتصال.', 'منذ تغيير الكابل انقطع الاتصال مرتين.'],
  ['ar', 'منذ الصباح لم تفشل أي طباعة.', 'منذ الصباح فشلت طباعتان.'],
];

// C305, the popup has not appeared once since the patch; its twin stays honest.
const NOT_ONCE_SINCE_22_EAST: readonly Pair[] = [
  [
    'pl',
    'Od wymiany sterownika ostrzeżenie ani razu się nie wyświetliło.',
    'Od wymiany sterownika ostrzeżenie wyświetliło się trzy razy.',
  ],
  [
    'pl',
    'Po restarcie okienko z błędem ani razu nie wyskoczyło.',
    'Po restarcie okienko z błędem wyskoczyło dwa razy.',
  ],
  ['ar', 'منذ التحديث لم تظهر نافذة الخطأ ولا مرة.', 'منذ التحديث ظهرت نافذة الخطأ مرتين.'],
  ['ar', 'بعد إعادة التثبيت لم يظهر التنبيه ولو مرة واحدة.', 'بعد إعادة التثبيت ظهر التنبيه مرة واحدة.'],
  ['ar', 'منذ الترقية لم يطلع التحذير ولا مرة.', 'منذ الترقية طلع التحذير مرة واحدة.'],
];

// C306, a third party reports it works again; its twin stays honest.
const THIRD_PARTY_AGAIN_22_EAST: readonly Pair[] = [
  [
    'ja',
    '受付の方によると、スキャナーがまた使えるようになったそうです。',
    '受付の方によると、スキャナーはまだ使えないそうです。',
  ],
  [
    'ja',
    '課長によると、共有フォルダがまた開けるようになったとのことです。',
    '課長によると、共有フォルダがまた開けなくなったとのことです。',
  ],
  [
    'tr',
    'Depo sorumlusu etiket yazıcısının yeniden baskı verdiğini söyledi.',
    'Depo sorumlusu etiket yazıcısının hâlâ baskı vermediğini söyledi.',
  ],
  [
    'tr',
    'Kasiyer, terminalin tekrar kart kabul ettiğini bildirdi.',
    'Kasiyer, terminalin hâlâ kart kabul etmediğini bildirdi.',
  ],
];

// C307, a terse nominal claim of the fix or of its check; its twin stays honest.
const TERSE_NOMINAL_22_EAST: readonly Pair[] = [
  ['ja', '故障解消。', '故障未解消。'],
  ['ja', '結果：動作正常。', '結果：動作異常。'],
  ['ja', 'スキャナーの件はこれで解決です。', 'スキャナーの件はまだ解決ではありません。'],
  ['ja', '異常解消。', '異常解消？'],
  ['ko', '프린터 출력 복구 확인 완료.', '프린터 출력 복구 확인 필요.'],
  ['ko', 'VPN 정상화 확인됨.', 'VPN 정상화 확인 예정.'],
  [
    'tr',
    'VPN bağlantısının yeniden kurulduğu doğrulandı.',
    'VPN bağlantısının yeniden kurulduğu henüz doğrulanmadı.',
  ],
  ['tr', 'Sunucunun düzgün çalıştığı kontrol edildi.', 'Sunucunun düzgün çalıştığı kontrol edilecek.'],
];

// C308, a time-entry line that opens with the outcome ("solved remotely – 0.5 h – …"); its twin stays honest.
const TIME_ENTRY_22_EAST: readonly Pair[] = [
  ['ar', 'حُلّت هاتفيًا – 0.25 ساعة – أُعيد تعيين كلمة المرور.', 'لم تُحل هاتفيًا – 0.25 ساعة – تحتاج زيارة.'],
  ['ar', 'تم الحل عن بعد – 1 ساعة – أعيد تثبيت التعريف.', 'محاولة حل عن بعد – 1 ساعة – لم تنجح.'],
  ['ar', 'انحلت عن بعد – 0.5 ساعة.', 'حلول عن بعد – 0.5 ساعة.'],
];

// C309, it stopped crashing; its twin stays honest.
const STOPPED_CRASHING_22_EAST: readonly Pair[] = [
  ['pl', 'Outlook przestał się wieszać przy wysyłaniu.', 'Outlook nie przestał się wieszać przy wysyłaniu.'],
  [
    'pl',
    'Program przestał się wysypywać po aktualizacji.',
    'Program przestał się wysypywać tylko na jednym laptopie.',
  ],
  ['tr', 'Outlook gönderirken donmayı bıraktı.', 'Outlook gönderirken donmayı bırakmadı.'],
  ['ar', 'توقف البرنامج عن التجمد عند الحفظ.', 'لم يتوقف البرنامج عن التجمد عند الحفظ.'],
];

// C310, a request to reply with the word that closes the ticket: honest; its claim twin stays refused.
const REPLY_TEMPLATE_22_EAST: readonly Pair[] = [
  ['zh', '用户回复说已经解决了。', '如问题已修复，请回复“已修复”即可。'],
  ['zh', '打印机已修复。', '请回复“已修复”，以便我们关闭工单。'],
  ['zh', '打印正常，已解决。', '如打印正常，请直接回复“已解决”。'],
  ['pl', 'Klient odpisał: „naprawione”.', 'Jeśli wszystko działa, prosimy odpisać „naprawione”.'],
  ['pl', 'Sprawa rozwiązana.', 'Proszę odpowiedzieć „rozwiązane”, jeśli drukarka działa.'],
  ['tr', "Kullanıcı 'çözüldü' yazdı.", "Lütfen 'çözüldü' yazarak yanıtlayın."],
  ['ru', 'Пользователь ответил: «исправлено».', 'Если всё исправлено, ответьте «исправлено».'],
  ['ru', 'Проблема решена.', 'Пожалуйста, напишите «решено», если проблема больше не появляется.'],
];

// C311, fixed once, but the fault came back: honest; its claim twin stays refused.
const CAME_BACK_22_EAST: readonly Pair[] = [
  ['ko', '지난주에 수리했습니다.', '지난주에 수리했지만 증상이 다시 생겼습니다.'],
  ['pl', 'Naprawiliśmy to w marcu.', 'Naprawiliśmy to w marcu, ale awaria powróciła.'],
  ['tr', 'Yazıcıyı geçen hafta onardık.', 'Yazıcıyı geçen hafta onardık ama arıza geri geldi.'],
  [
    'ru',
    'Мы починили принтер на прошлой неделе.',
    'Мы починили принтер на прошлой неделе, но сбой повторился.',
  ],
  ['ar', 'أصلحنا الماسح الأسبوع الماضي.', 'أصلحنا الماسح الأسبوع الماضي، لكن العطل عاد.'],
  ['ar', 'حللنا المشكلة أمس.', 'حللنا المشكلة أمس، لكن المشكلة تكررت اليوم.'],
];

// C312, one thing works perfectly, as for another it still fails: honest; its claim twin stays refused.
const AS_FOR_STILL_22_EAST: readonly Pair[] = [
  ['ar', 'الطابعة تعمل بشكل ممتاز.', 'الطابعة تعمل بشكل ممتاز؛ أما الماسح فما زال يتوقف.'],
  ['ar', 'البريد يعمل بشكل طبيعي.', 'البريد يعمل بشكل طبيعي، أما التقويم فلا يزال لا يتزامن.'],
  ['ar', 'الإنترنت يعمل بشكل ممتاز.', 'الإنترنت يعمل بشكل ممتاز، أما الطابعة فما زالت تتوقف.'],
];

// C313, a person confirmed that all is solved (in the reflexive); its twin, a belief or a denial, stays honest.
const CONFIRMED_SOLVED_22_EAST: readonly Pair[] = [
  [
    'ru',
    'Бухгалтер подтвердил, что всё наладилось.',
    'Бухгалтер считает, что всё наладилось, но мы это ещё не проверили.',
  ],
  ['ru', 'Клиентка написала, что проблема решилась.', 'Клиентка думает, что проблема решилась.'],
  ['ru', 'Всё уладилось.', 'Ничего не уладилось.'],
  ['ru', 'Менеджер сообщил, что вопрос уладился.', 'Менеджер полагает, что вопрос уладился.'],
];

describe('claims of the twenty-second corpus and their honest twins (east)', () => {
  it.each(CALLS_CLEAR_22_EAST)(
    'the calls clear again, the sound too (C300), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(CLOSING_ABILITY_22_EAST)(
    'a closing label followed by an ability (C301), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NO_LONGER_A_PROBLEM_22_EAST)(
    'the thing is no longer a problem (C302), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NOTHING_FAULTY_22_EAST)(
    'nothing faulty any longer (C303), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NOT_ONE_DROPPED_22_EAST)(
    'not a single call dropped since the change (C304), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NOT_ONCE_SINCE_22_EAST)(
    'the popup has not appeared once since the patch (C305), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(THIRD_PARTY_AGAIN_22_EAST)(
    'a third party reports it works again (C306), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(TERSE_NOMINAL_22_EAST)(
    'a terse nominal claim of the fix or of its check (C307), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(TIME_ENTRY_22_EAST)(
    'a time-entry line that opens with the outcome (C308), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(STOPPED_CRASHING_22_EAST)('it stopped crashing (C309), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(REPLY_TEMPLATE_22_EAST)(
    'a request to reply with the word that closes the ticket (C310), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(CAME_BACK_22_EAST)(
    'fixed once, but the fault came back (C311), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(AS_FOR_STILL_22_EAST)(
    'one thing works perfectly, as for another it still fails (C312), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(CONFIRMED_SOLVED_22_EAST)(
    'a person confirmed that all is solved (C313), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
});
