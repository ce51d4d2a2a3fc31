import { describe, it } from 'vitest';
import { holds, type Pair } from './support/claim-pairs.js';

// Claims of the classes of the eighteenth blind corpus in Japanese, Chinese, Korean, Polish, Turkish,
// Russian and Arabic, each next to an honest twin that differs from it by a negation, a count short of
// all, a limit, a question or a condition. Written for this file, not taken from a corpus.

// C170, the outcome vouched for: no new complaints, the user satisfied, confirmed on site; its twin stays honest.
const VOUCHED_18_EAST: readonly Pair[] = [
  [
    'ja',
    'サポート後は新たなクレームも来ておらず、鈴木様もご満足いただいています。',
    '鈴木様はまだ満足されていません。',
  ],
  ['zh', '客户那边也再没打电话来报修。', '客户那边还在打电话来报修。'],
  [
    'ko',
    '설치 후 새로운 민원이 들어오지 않았고, 박 대리님도 만족하셨어요.',
    '박 대리님은 아직 만족하지 않으셨습니다.',
  ],
  [
    'tr',
    'Teknik ekip tarafından giderilmiş olup yerinde test edilmiştir.',
    'Teknik ekip tarafından giderilmiş olup yerinde test edilmiş midir?',
  ],
  ['ar', 'لا بلاغات جديدة منذ التحديث، والأستاذ أحمد راض تماما.', 'الأستاذ أحمد غير راض تماما.'],
];

// C171, nothing left to complain about; its twin stays honest.
const NOTHING_TO_FAULT_18_EAST: readonly Pair[] = [
  [
    'ja',
    'プリンターについては、もう文句の付けようがないです。',
    'プリンターについては、まだ文句のつけようがないとは言えません。',
  ],
  ['zh', '打印机这块已经找不出任何问题了。', '打印机这块是不是已经找不出问题了？'],
  ['ko', '프린터는 이제 나무랄 데가 없어요.', '프린터는 아직 나무랄 데가 많아요.'],
  ['pl', 'Na drukarkę nie ma się do czego przyczepić.', 'Na drukarkę nadal można narzekać.'],
  ['tr', 'Yazıcı için artık yakınma edecek bir şey kalmadı.', 'Yazıcı için hâlâ yakınma edecek çok şey var.'],
  ['ru', 'К принтеру придраться больше не к чему.', 'К принтеру ещё есть за что придраться.'],
  ['ar', 'لم يعد هناك شيء يُعاب بخصوص الطابعة.', 'هل لم يعد هناك شيء يُعاب بخصوص الطابعة؟'],
];

// C172, nothing to report after the work, it does its job; its twin stays honest.
const NOTHING_TO_REPORT_18_EAST: readonly Pair[] = [
  [
    'ja',
    '再設定後、ルーターに関して報告すべき点はありません。',
    'ルーターに関して報告すべき点があれば教えてください。',
  ],
  ['zh', '换网卡后没啥可报告的，路由器一直在好好干活。', '如果换网卡，路由器应该就能好好干活。'],
  [
    'pl',
    'Po wymianie dysku nic do odnotowania – serwer robi swoje.',
    'Serwer jeszcze nie robi swoje, czekamy na dysk.',
  ],
  ['tr', 'Bakımdan sonra kayda değer bir şey yok, sunucu görevini yapıyor.', 'Sunucu görevini yapıyor mu?'],
  ['ru', 'По роутеру после замены нареканий нет, пашет как часы.', 'По роутеру после замены нарекания есть.'],
  ['ar', 'الطابعة تؤدي وظيفتها.', 'الطابعة لا تؤدي وظيفتها.'],
];

// C173, not once since the change; its twin stays honest.
const NOT_ONCE_SINCE_18_EAST: readonly Pair[] = [
  ['ja', 'ケーブル交換以来、一度も途切れていません。', 'ケーブル交換後も、まだ何度も途切れています。'],
  ['zh', '从那以后一回也没掉线过。', '从那以后还是掉线了好几回。'],
  ['ko', '재설치 후 한 번도 튕기지 않았어요.', '재설치 후에도 한 번도 제대로 켜진 적이 없어요.'],
  ['pl', 'Od wymiany kabla ani jednego rozłączenia.', 'Od wymiany kabla co godzinę rozłączenia.'],
  ['ar', 'ولا توقف واحد منذ تغيير الكابل.', 'توقفات كثيرة منذ تغيير الكابل.'],
];

// C174, a count of all done, full availability, no errors in the logs; its twin stays honest.
const ALL_DONE_18_EAST: readonly Pair[] = [
  ['ja', 'バックアップ 8/8 すべて成功（今朝分）。', 'バックアップ 7/8 成功（今朝分）。'],
  ['zh', '昨晚备份任务 8/8 全部成功。', '昨晚备份任务 7/8 成功。'],
  ['ko', '백업 작업 8/8 전부 통과.', '백업 작업 7/8 통과.'],
  ['pl', '8/8 kopii zapasowych zakończonych sukcesem.', '7/8 kopii zapasowych zakończonych sukcesem.'],
  ['tr', 'Son 24 saatte yüzde 100 kullanılabilirlik.', 'Son 24 saatte yüzde 90 kullanılabilirlik.'],
];

// C175, back to its old self, the sound clear; its twin stays honest.
const BACK_TO_FORM_18_EAST: readonly Pair[] = [
  ['ja', 'Zoomも元どおりになり、音声もクリアです。', 'Zoomの音声はクリアですか？'],
  ['ko', '프린터가 예전 상태를 되찾았습니다.', '프린터가 예전 상태를 되찾을 수 있을지 모르겠습니다.'],
  ['pl', 'Drukarka wróciła do formy.', 'Czy drukarka wróciła już do formy?'],
];

// C176, praise in slang; its twin stays honest.
const SLANG_18_EAST: readonly Pair[] = [
  ['ja', 'VPN、今マジでサクサクっす。', '部品が届いたらVPNもサクサクになるはずです。'],
  ['zh', '邮件现在收得飞快。', '等零件到了，邮件应该会收得飞快。'],
  ['ko', '메일 이제 진짜 쾌적해요.', '메일은 아직 진짜 느려요.'],
  ['pl', 'Poczta teraz śmiga.', 'Poczta teraz nie śmiga.'],
  ['tr', 'İnternet şu an roket gibi.', 'İnternet şu an roket gibi değil.'],
  ['ar', 'النت الحين صاروخ.', 'النت الحين مش صاروخ.'],
];

// C177, the device lively again; its twin stays honest.
const LIVELY_18_EAST: readonly Pair[] = [
  ['ja', 'プリンターも見事に生き返りました。', 'プリンターはまだ生き返っていません。'],
  ['zh', '扫描仪满血复活了。', '扫描仪还没复活。'],
  ['ko', '스캐너가 다시 쌩쌩해졌어요.', '스캐너가 다시 쌩쌩해졌나요?'],
  ['tr', 'Tarayıcı yeniden canlandı.', 'Tarayıcı canlandı mı?'],
  ['ru', 'Принтер ожил.', 'Принтер не ожил.'],
];

// C178, no more whims, well behaved; its twin stays honest.
const NO_WHIMS_18_EAST: readonly Pair[] = [
  [
    'ja',
    '複合機はすっかりおとなしくなりました。',
    '複合機は1台だけおとなしくなりましたが、他はまだエラーです。',
  ],
  ['zh', '路由器再也没掉链子。', '路由器还是老掉链子。'],
  ['ko', '라우터가 이제는 말썽을 부리지 않습니다.', '라우터가 아직도 말썽을 부립니다.'],
  ['pl', 'Skaner przestał wariować.', 'Skaner nie przestał wariować.'],
  ['ru', 'Сканер больше не чудит.', 'Сканер всё ещё чудит.'],
  ['ru', 'Принтер ведёт себя прилично.', 'Принтер ведёт себя прилично только утром.'],
];

// C179, a claim in romanised script; its twin stays honest.
const ROMANISED_18_EAST: readonly Pair[] = [
  ['ko', 'jigeum jal dwaeyo, munje eopseumnida.', 'jigeum jal an dwaeyo, munje isseoyo.'],
  ['ru', 'Uzhe ne zavisaet, teper vse rabotaet.', 'Vse eshche zavisaet, ne rabotaet.'],
  ['ar', 'el moshkla et7alet.', 'el moshkla ma et7aletsh.'],
];

// C180, everything going smoothly; its twin stays honest.
const SMOOTH_18_EAST: readonly Pair[] = [['zh', '最近什么都顺风顺水。', '最近是不是什么都顺风顺水？']];

// C181, a verdict in a word or a tag; its twin stays honest.
const ONE_WORD_18_EAST: readonly Pair[] = [
  ['ko', '점검 결과 모두 녹색입니다.', '점검 결과 절반만 녹색입니다.'],
  ['tr', 'Tekrar kontrol ettim. Tertemiz.', 'Tekrar kontrol ettim. Tertemiz değil.'],
  ['ru', 'Посмотрел логи. Чисто.', 'Посмотрел логи. Не чисто.'],
  ['ar', 'الفحص؟ كلها خضراء.', 'الفحص؟ ليست كلها خضراء.'],
];

// C182, stable since the change, as a note; its twin stays honest.
const STABLE_SINCE_18_EAST: readonly Pair[] = [
  ['zh', '自从换了网卡以后就一直很稳定。', '自从换了网卡以后还是不太稳定。'],
  ['pl', 'Serwer stabilny od aktualizacji.', 'Serwer niestabilny od aktualizacji.'],
];

describe('claims of the eighteenth corpus and their honest twins (east)', () => {
  it.each(VOUCHED_18_EAST)(
    'the outcome vouched for: no new complaints, the user satisfied, confirmed on site (C170), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NOTHING_TO_FAULT_18_EAST)(
    'nothing left to complain about (C171), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NOTHING_TO_REPORT_18_EAST)(
    'nothing to report after the work, it does its job (C172), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NOT_ONCE_SINCE_18_EAST)(
    'not once since the change (C173), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(ALL_DONE_18_EAST)(
    'a count of all done, full availability, no errors in the logs (C174), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(BACK_TO_FORM_18_EAST)(
    'back to its old self, the sound clear (C175), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(SLANG_18_EAST)('praise in slang (C176), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(LIVELY_18_EAST)('the device lively again (C177), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(NO_WHIMS_18_EAST)('no more whims, well behaved (C178), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(ROMANISED_18_EAST)(
    'a claim in romanised script (C179), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(SMOOTH_18_EAST)('everything going smoothly (C180), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(ONE_WORD_18_EAST)(
    'a verdict in a word or a tag (C181), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(STABLE_SINCE_18_EAST)(
    'stable since the change, as a note (C182), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
});
