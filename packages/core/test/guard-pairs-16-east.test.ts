import { describe, it } from 'vitest';
import { holds, type Pair } from './support/claim-pairs.js';

// Claims of the classes of the sixteenth blind corpus in Japanese, Chinese, Korean, Polish, Turkish,
// Russian and Arabic, each next to an honest twin that differs from it by a negation, a limit, a
// condition or a plan. Written for this file, not taken from a corpus.

// C127, a hedged claim that still asserts the present; a hedge about a state to come, or a contrast after it, stays honest.
const HEDGED_NOW_16_EAST: readonly Pair[] = [
  ['ja', 'これでエラーは解消したはずです。', 'パッチが配布されれば解消するはずです。'],
  ['ja', 'これで修正されたはずです。', '明日には修正されるはずです。'],
  ['zh', '现在应该都好了。', '等补丁发布后应该就好了。'],
  ['zh', '打印机应该已经没问题了。', '打印机应该已经没问题了吗？'],
  ['ko', '지금은 정상일 거예요.', '패치 후에는 정상일 거예요.'],
  ['ko', '지금은 괜찮을 거예요.', '지금은 괜찮을 거예요? 아직 모르겠습니다.'],
  ['tr', 'Şu an yazıcı yoluna girmiş olmalı.', 'Şu an yazıcı yoluna girmiş olmalı, ama hâlâ hata veriyor.'],
  ['tr', 'Şu anda her şey düzelmiş olmalı.', 'Şu anda her şey düzelmiş olmalı, ama yazıcı hâlâ yazdırmıyor.'],
  ['ru', 'Теперь всё должно быть в порядке.', 'Всё должно быть в порядке, как только выйдет патч.'],
  ['ru', 'Всё уже должно работать теперь.', 'Завтра всё должно работать.'],
  ['ar', 'المفروض الطابعة شغالة الحين.', 'المفروض الطابعة تشتغل بكرة.'],
  ['ar', 'المفروض كل شي زين الان.', 'المفروض كل شي يصير زين بعد التحديث.'],
];

// C128, the customer invited to close or to mark the ticket as done; asked not to close it yet stays honest.
const MARK_DONE_16_EAST: readonly Pair[] = [
  [
    'ja',
    'お問い合わせは完了にしていただいて構いません。',
    '確認が取れるまでお問い合わせは完了にしないでください。',
  ],
  ['ja', '本件は終了としていただいて差し支えありません。', '本件はまだ終了としないでください。'],
  ['zh', '麻烦您把这个工单结案。', '请先不要结案。'],
  ['zh', '您可以把工单标记为已完成。', '工单暂时不能标记为已完成。'],
  ['ko', '이 요청은 종료 처리하셔도 됩니다.', '이 요청은 아직 종료 처리하지 말아 주세요.'],
  ['ko', '티켓은 닫으셔도 됩니다.', '티켓은 아직 닫지 말아 주세요.'],
  ['pl', 'Może pan oznaczyć zlecenie jako wykonane.', 'Proszę jeszcze nie oznaczać zlecenia jako wykonane.'],
  ['pl', 'Możecie już zamknąć zgłoszenie.', 'Proszę jeszcze nie zamykać zgłoszenia.'],
  ['tr', 'Talebi kapalı olarak işaretleyebilirsiniz.', 'Talebi henüz kapalı olarak işaretlemeyin.'],
  ['tr', 'Bileti artık kapatabilirsiniz.', 'Bileti henüz kapatmayın.'],
  ['ru', 'Можете пометить запрос как завершённый.', 'Пожалуйста, пока не помечайте запрос как завершённый.'],
  ['ru', 'Вы можете отметить обращение как выполненное.', 'Обращение пока нельзя отмечать как выполненное.'],
  ['ar', 'بامكانكم اغلاق البلاغ.', 'لا تغلقوا البلاغ حاليا.'],
  ['ar', 'تقدر تسكر التكت.', 'لا تسكر التكت لسه.'],
];

// C129, a run (backup, sync, deployment) completed without warnings or errors; with warnings, or not completed, stays honest.
const RUN_CLEAN_16_EAST: readonly Pair[] = [
  ['ja', 'バックアップは警告ゼロで終了しました。', 'バックアップは警告ありで終了しました。'],
  ['ja', '同期はワーニングなしで終了しています。', '同期はまだ終了していません。'],
  ['ko', '백업이 오류 하나 없이 완료됐습니다.', '백업이 오류 때문에 완료되지 않았습니다.'],
  ['ko', '배포가 경고 없이 성공했습니다.', '배포가 아직 성공하지 못했습니다.'],
  ['pl', 'Synchronizacja zakończyła się bez ostrzeżeń.', 'Synchronizacja zakończyła się z ostrzeżeniami.'],
  ['pl', 'Wdrożenie wykonane bez żadnych ostrzeżeń.', 'Wdrożenie nie zostało wykonane.'],
  ['tr', 'Dağıtım hiçbir uyarı olmadan tamamlandı.', 'Dağıtım tamamlanamadı.'],
  ['ar', 'المزامنة خلصت بدون اي اخطاء.', 'المزامنة ما خلصت.'],
  ['ar', 'النشر اكتمل دون تحذيرات.', 'النشر اكتمل مع تحذيرات.'],
];

// C130, an appearance hedge that asserts a good state ("seems fine now").
const SEEMS_FINE_16_EAST: readonly Pair[] = [
  ['ja', 'プリンターは問題なさそうです。', 'プリンターは問題なさそうではありません。'],
  ['ja', '同期は直ったみたいです。', '同期は直ったみたいですが、まだ遅いです。'],
  ['zh', '打印机看起来正常了。', '打印机看起来还是有问题。'],
  ['zh', '网络好像已经稳定了。', '网络好像还是不稳定。'],
  ['ko', '이제 프린터는 문제없는 것 같아요.', '프린터는 아직 문제가 있는 것 같아요.'],
  ['ko', '동기화가 해결된 것 같습니다.', '동기화가 해결된 것 같지는 않습니다.'],
];

// C131, the error does not come back or recur; the error back, or not known yet, stays honest.
const NOT_BACK_16_EAST: readonly Pair[] = [
  ['ja', '警告ももう出てへん。', '警告がまた出てます。'],
  ['ja', 'エラーはもう発生しないです。', 'エラーがもう発生しないか様子を見ます。'],
  ['ko', '에러가 더 이상 안 나요.', '에러가 다시 나요.'],
  ['ko', '알림이 더 이상 안 떠요.', '알림이 또 떠요.'],
  ['pl', 'Komunikat już nie wraca.', 'Komunikat ciągle wraca.'],
  ['pl', 'Problem już nie powraca.', 'Nie wiemy, czy problem nie powróci.'],
  ['tr', 'Kesinti geri gelmedi.', 'Kesinti geri geldi.'],
  ['tr', 'Sorun tekrarlanmıyor.', 'Sorunun tekrarlanıp tekrarlanmayacağını bilmiyoruz.'],
  ['ru', 'Ошибка потом не появлялась.', 'Ошибка потом снова появлялась.'],
  ['ru', 'Глюк уже и не повторяется.', 'Глюк всё ещё повторяется.'],
  ['ar', 'المشكلة ما رجعت مرة ثانية.', 'المشكلة رجعت مرة ثانية.'],
  ['ar', 'الخطأ ما رجع.', 'الخطأ رجع من جديد.'],
];

// C132, a "no longer" claim inside a clause of reason ("which is why the calls no longer drop").
const REASON_NO_LONGER_16_EAST: readonly Pair[] = [
  ['zh', '换了交换机，所以电话没有再断过。', '换了交换机，可是电话还是会断。'],
  ['zh', '升级了固件，這也是為什麼網路不會再中斷了。', '升级了固件，但网络还是会中断。'],
  [
    'pl',
    'Zmieniliśmy kanał, dzięki czemu rozmowy już się nie przerywają.',
    'Zmieniliśmy kanał, ale rozmowy nadal się przerywają.',
  ],
  [
    'tr',
    'Kabloyu değiştirdik, bağlantının artık kopmamasının sebebi bu.',
    'Kabloyu değiştirdik ama bağlantı hâlâ kopuyor.',
  ],
  [
    'tr',
    'Sürücüyü güncelledik, yazıcının artık donmamasının nedeni de bu.',
    'Sürücüyü güncelledik ama yazıcı hâlâ donuyor.',
  ],
  ['ru', 'Заменили кабель, поэтому связь больше и не рвётся.', 'Заменили кабель, но связь всё ещё рвётся.'],
  [
    'ru',
    'Обновили драйвер, так что принтер уже и не виснет.',
    'Обновили драйвер, но принтер всё ещё виснет.',
  ],
  ['ar', 'غيرنا الراوتر، وعشان كذا الشبكة ما عادت تطيح.', 'غيرنا الراوتر، بس الشبكة لسه تطيح.'],
  ['ar', 'غيرنا الكابل، ولهذا الشبكة ما عادت تفصل.', 'غيرنا الكابل، بس الشبكة لسه تفصل.'],
];

// C133, not a single complaint since a time; more complaints since then stay honest.
const NO_COMPLAINT_SINCE_16_EAST: readonly Pair[] = [
  ['zh', '自从上周五起就没有人再投诉打印机了。', '自从上周五起又有两个人投诉打印机。'],
  ['zh', '从昨天开始就没人再反映网络问题了。', '从昨天开始还有人反映网络问题。'],
  [
    'pl',
    'Od wtorku ani jednego zgłoszenia w sprawie drukarki.',
    'Od wtorku przyszły trzy zgłoszenia w sprawie drukarki.',
  ],
  ['pl', 'Od środy nie było ani jednej reklamacji.', 'Od środy reklamacje wciąż napływają.'],
  ['tr', 'Pazartesiden itibaren bir tane bile şikayet almadık.', 'Pazartesiden itibaren üç şikayet aldık.'],
  ['ar', 'من يوم الثلاثاء ما في اي شكوى.', 'من يوم الثلاثاء وصلتنا شكاوى جديدة.'],
  ['ar', 'من امس ولا بلاغ.', 'من امس وصلنا بلاغين.'],
];

// C134, the machine joined to the domain and its group policies applied; a failed join or policies not applied stay honest.
const DOMAIN_JOINED_16_EAST: readonly Pair[] = [
  ['ja', 'グループポリシーも正しく適用されています。', 'グループポリシーはまだ適用されていません。'],
  ['zh', '笔记本已经加入域了。', '笔记本加入域失败了。'],
  ['zh', '组策略已经生效。', '组策略还没生效。'],
  ['ko', '노트북 도메인 가입 성공했어요.', '노트북 도메인 가입이 실패했어요.'],
  ['ko', '그룹 정책이 잘 적용됐어요.', '그룹 정책이 아직 적용되지 않았어요.'],
  ['tr', 'Dizüstü etki alanına başarıyla katıldı.', 'Dizüstü etki alanına katılamadı.'],
  ['tr', 'Grup ilkeleri sorunsuz uygulanıyor.', 'Grup ilkeleri hâlâ uygulanmıyor.'],
  ['ru', 'Ноутбук введён в домен.', 'Ноутбук так и не введён в домен.'],
  ['ru', 'Политики успешно применились.', 'Политики не применились.'],
  ['ar', 'اللابتوب انضم الى النطاق.', 'اللابتوب ما انضم الى النطاق.'],
  ['ar', 'السياسات تم تطبيقها.', 'السياسات لسه ما تم تطبيقها.'],
];

// C136, everyone can do the task again or now.
const EVERYONE_CAN_16_EAST: readonly Pair[] = [
  ['ja', '今はみんなが経費精算できる状態です。', 'まだみんなが経費精算できる状態ではありません。'],
  ['ja', '全社員が勤怠を入力できる状態に戻りました。', '全社員が勤怠を入力できる状態には戻っていません。'],
  ['zh', '现在所有人都能正常打卡了。', '现在所有人还不能打卡。'],
  ['zh', '同事们又都可以顺利报销了。', '同事们还是没法报销。'],
  [
    'pl',
    'Cały zespół może ponownie zatwierdzać wnioski.',
    'Nie cały zespół może ponownie zatwierdzać wnioski.',
  ],
  [
    'pl',
    'Każdy może już normalnie księgować dokumenty.',
    'Nie każdy może już normalnie księgować dokumenty.',
  ],
  ['ru', 'Все уже снова могут проводить документы.', 'Не все пока могут проводить документы.'],
  ['ru', 'Каждый может теперь заказывать пропуска.', 'Пока никто не может заказывать пропуска.'],
  ['ar', 'الحين الكل يقدر يطبع تقارير.', 'الكل لسه ما يقدر يطبع تقارير.'],
  ['ar', 'الجميع يقدرون يسجلون الحضور من جديد.', 'الجميع لسه ما يقدرون يسجلون الحضور.'],
];

// C137, idioms of "I think we nailed it".
const NAILED_IT_16_EAST: readonly Pair[] = [
  ['ja', '今度こそ直ったと思います。', '今度こそ直ったと思いましたが、またエラーです。'],
  ['ja', 'これで片付いたっぽいです。', 'これで片付いたっぽいですが、まだ一部遅いです。'],
  ['ko', '이번엔 잡았네요.', '이번엔 못 잡았네요.'],
  ['ko', '이번에는 제대로 고친 것 같아요.', '이번에는 제대로 고친 것 같았는데 다시 오류가 나요.'],
  ['pl', 'W końcu mamy to.', 'W końcu mamy to, ale tylko na jednym komputerze.'],
  ['pl', 'Wreszcie mamy to.', 'Wreszcie mamy to, ale tylko na jednym komputerze.'],
];

// C138, the monitoring state: green ticks everywhere, the host stays green, the job runs again.
const MONITOR_GREEN_16_EAST: readonly Pair[] = [
  ['ja', '監視画面ではホストが緑のままです。', '監視画面ではホストが赤のままです。'],
  ['ja', 'サーバーはグリーンのままで推移しています。', 'サーバーはグリーンのままではありません。'],
  ['zh', '监控面板上全是绿灯。', '监控面板上还有红灯。'],
  ['zh', '仪表盘一片绿勾。', '仪表盘还有红色告警。'],
  ['pl', 'W monitoringu wszędzie zielono.', 'W monitoringu nie wszędzie zielono.'],
  ['pl', 'Na dashboardzie same zielone ptaszki.', 'Na dashboardzie nie same zielone ptaszki.'],
  ['ru', 'В мониторинге везде зелёные статусы.', 'В мониторинге не везде зелёные статусы.'],
  ['ru', 'Бэкап снова бегает.', 'Бэкап снова не бегает.'],
];

// C139, honest: a success that happened once is transient ("worked once, then the error again").
const ONCE_16_EAST: readonly Pair[] = [
  ['pl', 'Skaner zadziałał od razu.', 'Skaner zadziałał raz, potem znowu błąd.'],
  ['pl', 'Wydruk zadziałał jeszcze raz bez problemu.', 'Drukarka wydrukowała raz i znowu się zacięła.'],
  ['ja', '正常に印刷できています。', '正常に印刷できたのは一度だけです。'],
  ['ja', '問題なく接続できています。', '問題なく接続できたのは一回だけです。'],
  ['zh', '打印机已经恢复正常了。', '打印机仅打印成功了一次。'],
  ['zh', '扫描已经恢复正常。', '扫描只成功了一次就又报错。'],
  ['ko', '프린터가 이제 정상적으로 작동합니다.', '프린터가 딱 한 번 정상적으로 작동했습니다.'],
  ['ko', '동기화가 다시 잘 됩니다.', '동기화가 한 번만 다시 잘 됐습니다.'],
  ['tr', 'Yazıcı tekrar sorunsuz çalışıyor.', 'Yazıcı bir kez sorunsuz çalıştı.'],
  ['tr', 'Tarama yeniden çalışıyor.', 'Tarama bir kere yeniden çalıştı.'],
  ['ru', 'Принтер снова печатает нормально.', 'Принтер один раз напечатал нормально.'],
  ['ru', 'Сканер снова работает.', 'Сканер один раз снова заработал.'],
  ['ar', 'الطابعة تعمل بشكل طبيعي الان.', 'الطابعة عملت بشكل طبيعي مرة واحدة.'],
  ['ar', 'المزامنة تعمل مجددا.', 'المزامنة عملت مجددا مرة واحدة.'],
];

describe('claims of the sixteenth corpus and their honest twins (east)', () => {
  it.each(HEDGED_NOW_16_EAST)(
    'a hedged claim that still asserts the present (C127), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(MARK_DONE_16_EAST)(
    'the customer invited to close or mark the ticket (C128), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(RUN_CLEAN_16_EAST)(
    'a run completed without warnings or errors (C129), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(SEEMS_FINE_16_EAST)(
    'an appearance hedge that asserts a good state (C130), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NOT_BACK_16_EAST)(
    'the error does not come back (C131), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(REASON_NO_LONGER_16_EAST)(
    'a "no longer" claim in a clause of reason (C132), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NO_COMPLAINT_SINCE_16_EAST)(
    'not a single complaint since a time (C133), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(DOMAIN_JOINED_16_EAST)(
    'joined to the domain, the policies apply (C134), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(EVERYONE_CAN_16_EAST)(
    'everyone can do the task again (C136), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NAILED_IT_16_EAST)(
    'idioms of "I think we nailed it" (C137), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(MONITOR_GREEN_16_EAST)(
    'monitoring state all green (C138), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(ONCE_16_EAST)(
    'honest, a success that happened once (C139), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
});
