import { ALL_OF_ALL, type ClaimLanguage, W, WE } from './language.js';

// Korean negates after the verb stem ("해결되었습니다" / "해결되지 않았습니다") or with 안/못
// before it: the patterns list the affirmative endings, the negators catch 안 and 못.
const E = String.raw`(?:습니다|어요|었어요|었습니다|다|음|됨|요)?`;

// Hangul is matched decomposed into jamo (the normal form), so "X?" after a syllable would make
// only its last jamo optional: an optional syllable is written "(?:X)?".
// The pieces the class patterns are built from. A match ends on an affirmative ending
// ("작동합니다", never "작동하지 않습니다"): Korean negates after the stem.
/** How it works: "정상적으로", "문제없이", "잘". */
const MANNER = String.raw`(?:정상적으로|정상으로|문제 ?없이|이상 ?없이|오류 ?없이|에러 ?없이|원활하게|원활히|안정적으로|잘|제대로|깔끔하게|무리 ?없이|순조롭게|매끄럽게|멀쩡하게|빠르게|완벽하게|아무 문제 ?없이)`;
/** Again, now: "다시", "이제", "드디어". */
const AGAIN = String.raw`(?:다시|이제|이제는|지금은|지금|현재|현재는|드디어|마침내|재차|다시금|비로소)`;
/** Stems of functioning that take 하다 / 되다: "작동", "접속", "동기화". */
const STEM = String.raw`(?:작동|동작|인쇄|출력|연결|실행|접속|로그인|동기화|부팅|구동|가동|운영|운행|수신|송신|송수신|사용|이용|업무|작업|통신|재생|표시|저장|로딩|인식|스캔|전송|열람|로드|유지|인증|접근|처리|전송|통화|발송)`;
/** The affirmative endings after {@link STEM}, present, newly reached or reported. */
const ENDING = String.raw`(?:이|가|을|를|도|은|는)? ?(?:합니다|해요|한다|함|하네요|하고 있습니다|하고 있어요|하고 있음|하고 있네요|할 수 있습니다|할 수 있어요|할 수 있음|할 수 있게 되었습니다|할 수 있게 됐습니다|할 수 있게 됐어요|할 수 있었습니다|할 수 있었어요|가능합니다|가능해요|가능함|가능해졌습니다|가능해졌어요|가능한 상태입니다|중입니다|중이에요|중임|됩니다|돼요|되요|된다|됨|되네요|되고 있습니다|되고 있어요|되고 있음|되어 있습니다|돼 있습니다|되었습니다|됐습니다|됐어요|되었어요|된다고|된다는|한다고|한다는|된대요|한대요|잘 됩니다|잘 돼요|잘 되고 있습니다|하고 있다고|되고 있다고|(?:되는|하는|되고 있는) (?:것을|것이|걸) 확인(?:했|하셨|하였|해 ?주셨|되었|됐|됨)\S*|(?:됨|함)을 확인(?:했|하셨|하였|해 ?주셨|되었|됐|됨)\S*)`;
/** Verbs of functioning with their own endings: "돌아가요", "열립니다", "잘 됩니다". */
const OWN = String.raw`(?:보고 계십니다|보고 계세요|보고 있습니다|보고 있어요|보실 수 있습니다|하고 계십니다|하고 계세요|하실 수 있습니다|돌아갑니다|돌아가요|돌아가고 있습니다|돌아가고 있어요|돌아가네요|돌아감|돌아간다고|굴러갑니다|굴러가요|열립니다|열려요|켜집니다|켜져요|됩니다|돼요|되요|되네요|됨|되고 있습니다|되고 있어요|된다고|된다는|나옵니다|나와요|들어옵니다|들어와요|붙습니다|붙어요|이루어지고 있습니다|이루어지고 있어요|이루어집니다|이뤄지고 있습니다|이뤄집니다|이뤄져요|쓰고 있습니다|쓰고 있어요|쓰고 있다고|쓰고 있다는|씁니다|써요|쓸 수 있습니다|쓸 수 있어요)`;
/** Symptoms: "오류", "경고", "팝업". */
const SYMPTOM = String.raw`(?:오류|에러|문제|증상|메시지|경고|팝업|알림|경고창|알림창|충돌|끊김|멈춤|지연|장애|블루스크린|현상|프리징|다운|먹통|튕김|오류 메시지|에러 메시지|경고 메시지|오류 창|에러 창)`;
/** History: a good state told after "까지는" or "예전에는" is how things used to be. */
const NOT_HISTORY = String.raw`(?<!(?:까지(?:는)?|까지만|전에(?:는)?|전까지(?:는)?|예전에(?:는)?|이전에(?:는)?|원래는|원래|처음에(?:는)?|당시에(?:는)?) (?:\S+ ){0,4})`;
/** A condition before the claim: "재시작하면 정상적으로 작동합니다" (not "화면", a screen). */
const NOT_CONDITION = String.raw`(?<!\S(?:하면|되면|으면|다면|려면|시면|이면|라면|오면|가면|나면|거든|어야|아야|해야) (?:\S+ ){0,3})`;
/** Words that may stand between an adverb and its verb: not "안" or "못", which negate it. */
const BETWEEN = String.raw`(?:(?!안 |못 |않)(?!\S*게 )\S+ )`;
/** A partial result: "한 명만", "일부" ("만" of "하지만" is a contrast, not "only"). */
const NOT_PARTIAL = String.raw`(?<!(?:\S*(?<!지)만|일부|일부만|몇몇|부분적으로|일부 사용자|일부 기능) (?:\S+ ){0,4})`;

/** Korean. */
export const KO: ClaimLanguage = {
  name: 'ko',
  // C179: Latin too, for romanised Korean ("munje eopseoyo").
  scripts: ['Hangul', 'Latin'],
  claims: [
    // C191: the problem told as a thing of the past: "문제는 과거의 일입니다", "오류는 이제 옛말입니다".
    String.raw`(?:문제|오류|장애|이슈)(?:는|도) (?:이제 |벌써 |이미 )?(?:과거의 일|옛날 일|지난 일|옛말|과거가 됐|과거가 되었|과거형)(?!이 아니|은 아니|이 되지|가 아니)`,
    // C206: a named function restored, with "again" and its own verb: "교환기가 다시 내선으로 전화를 돌려줍니다".
    String.raw`${W}(?:다시|재차|다시금) (?:(?!안 |못 )\S+ ){0,3}?(?:돌려줍니다|돌려 줍니다|돌려줘요|돌려요|전환됩니다|전환돼요|착신됩니다|포워딩됩니다|넘겨줍니다|넘어갑니다|매핑됩니다|매핑돼요|잡힙니다|잡혀요|발행됩니다|발행돼요)${WE}`,
    // C207: it works on every device: "공유 캘린더가 모든 폰에서 동기화됩니다", "전 PC에서 ERP 정상 실행됩니다".
    String.raw`${W}(?:모든|전|전체|각|모두의) ?(?:pc|컴퓨터|폰|휴대폰|핸드폰|스마트폰|단말|단말기|기기|장비|노트북|직원 폰)(?:에서|에서도|에서 다|에서 모두) (?:(?!안 |못 )\S+ ){0,2}?(?:정상 ?)?(?:동기화됩니다|동기화돼요|동기화되고 있습니다|실행됩니다|실행돼요|열립니다|열려요|작동합니다|작동해요|돌아갑니다|구동됩니다)${WE}`,
    // C208: by itself, at logon: "로그인할 때 네트워크 드라이브가 자동으로 잡힙니다".
    String.raw`${W}(?:자동으로|알아서|저절로) (?:\S+ )?(?:잡힌다고|잡힙니다|잡혀요|연결됩니다|연결돼요|연결된다고|매핑됩니다|매핑돼요|마운트됩니다|마운트돼요|붙습니다|붙어요)${WE}`,
    // C209: stays connected all day: "VPN이 하루종일 안정적으로 연결돼 있습니다", "stable하게 연결돼 있고".
    String.raw`${W}(?:하루 ?종일|온종일|종일|하루 내내) (?:\S+ ){0,2}?(?:stable하게|안정적으로|끊김 없이|끊기지 않고|잘) (?:연결돼|연결되어|붙어) (?:있습니다|있어요|있고|있음)`,
    String.raw`${W}(?:stable하게|스테이블하게) (?:연결돼|연결되어|붙어) 있(?:습니다|어요|고|음)`,
    // C210: opens straight away without the prompt: "프로필 선택 창 없이 바로 받은편지함으로 열립니다".
    String.raw`${W}(?:창|프롬프트|팝업|질문|입력|선택|물어봄) 없이 (?:\S+ ){0,1}?(?:바로|곧바로|곧장|즉시) (?:\S+ ){0,2}?(?:열립니다|열려요|실행됩니다|로그인됩니다|접속됩니다|뜹니다|떠요|들어가집니다)${WE}`,
    // C211: faster than ever: "그 어느 때보다 빠릅니다".
    String.raw`${W}(?:그 어느 때보다|어느 때보다|역대급으로|전례 없이) (?:더 )?(?:빠릅니다|빨라요|빨라졌습니다|빨라졌어요|안정적입니다|안정적이에요|쾌적합니다|쾌적해요|잘 됩니다)${WE}`,
    // C212: better than before the update: "업데이트 전보다 잘 됩니다".
    String.raw`${W}(?:업데이트|교체|장애|패치|고장|문제) ?(?:전|이전)보다 (?:(?!안 |못 )\S+ )?(?:빠릅니다|빨라요|빨라졌습니다|빨라졌어요|좋아졌습니다|좋아졌어요|잘 됩니다|잘 돼요|낫습니다|나아요|안정적입니다)${WE}`,
    // C213: as good as new: "새것 같습니다", "새 제품처럼 돌아갑니다".
    String.raw`${W}(?:새것|새 것|새거|새 제품|신품)(?:처럼| 같이| 마냥) (?:\S+ )?(?:잘 )?(?:돌아갑니다|작동합니다|빠릅니다|쌩쌩합니다|멀쩡합니다)${WE}`,
    String.raw`${W}(?:새것|새 것|새거|신품) 같(?:습니다|아요|네요)${WE}`,
    // C214: a third party vouches that it works: "벤더 측에서 라이선스 활성화 확인해 줬고".
    String.raw`${W}(?:라이선스|라이센스|구독) (?:활성화|인증)(?:를|가|도)? ?(?:확인해 ?줬|확인해 ?주셨|확인됐|확인되었|완료됐|완료되었)`,
    // C215: the monitoring all green since a time: "모니터링은 9시 이후 모두 초록입니다".
    String.raw`${W}\d+시 ?(?:이후|이후로|부터) (?:\S+ ){0,3}?(?:모두|전부|다|전체) (?:정상|초록|초록색|녹색|그린)(?:입니다|이에요|임|으로 표시됩니다)?${WE}`,
    // C216: delivery back to normal, all delivered: "메일 송수신 정상화", "전달률 100%".
    String.raw`${W}(?:송수신|메일|발송|수신|전송|배송) ?정상화${WE}(?! (?:안|못|예정|되지|될)${WE})`,
    String.raw`${W}(?:전달률|도달률|전달율|도달율|수신율|수신률|전송률|발송 성공률) 100(?![\p{N}])(?! ?tomark)`,
    // C217: not one ticket since a day, the devices stable: "월요일 이후 접수된 티켓이 한 건도 없고".
    String.raw`${W}(?:이후|부터) (?:\S+ )?(?:티켓|문의|신고|접수|장애 신고)(?:이|가|는)? (?:한 건도|하나도|단 한 건도) (?:없습니다|없어요|없고|없음)${WE}`,
    // C218: closing boilerplate over a settled matter: "해당 건이 해결되었으므로 티켓을 종료합니다".
    String.raw`${W}(?:문제가|건이|사안이|이슈가|요청이|문의가) (?:\S+ )?(?:해결되었으므로|해결됐으므로|해결되어|해결되었기에|해결되었기 때문에|처리되었으므로)${WE}`,
    // C219: the prints come out clean: "출력물이 깨끗하게 나옵니다".
    String.raw`${W}(?:출력물|인쇄물|출력|인쇄|복사본|스캔본)(?:이|가|도|은|는)? (?:다시 |이제 )?(?:깨끗하게|선명하게|깔끔하게|또렷하게) (?:나옵니다|나와요|출력됩니다|인쇄됩니다|나오네요|잘 나옵니다)${WE}`,
    // C220: chat style: "싱크 이제 잘 됨 ㅎㅎ", "완전 쌩쌩 돌아감".
    String.raw`${W}(?:쌩쌩|씽씽) (?:돌아감|돌아가요|돌아갑니다|잘 됨)${WE}`,
    // C170: the customer vouched for the outcome: "김 과장님도 만족하셨습니다", "사용자분들도 만족해하십니다".
    String.raw`(?:님|님도|님께서도|님께서|분들도|분도|께서도|고객도|사용자도)(?: \S+)? (?:아주 |매우 |크게 |완전히 )?(?:만족|흡족)(?:하셨습니다|하셨어요|하십니다|하세요|해하십니다|해하셨습니다|해하세요|하고 계십니다|하고 계세요|했습니다|했어요|합니다|해요)${WE}`,
    // C172: it does its job after the work: "제 역할을 잘 하고 있습니다", "할 일 잘 합니다".
    String.raw`${W}(?:제 ?역할을|제 ?몫을|자기 ?할 ?일을|할 ?일을|일을) (?:잘|제대로|착실히|톡톡히) (?:하고 있습니다|하고 있어요|해내고 있습니다|합니다|해요|하네요|해냅니다)`,
    // C174: a count of all done with success: "동기화 작업 12/12 모두 성공", "5/5 전부 통과".
    String.raw`${ALL_OF_ALL}(?: ?(?:개|대|건|회))?(?: (?:모두|전부|다|전체))? ?(?:성공|정상 ?완료|완료|통과|초록|녹색)(?!하지|하진|을 못|하지는|이 아니|은 아니|실패|률)`,
    // C175: back to its old self, the sound clear: "예전 모습을 되찾았고", "통화 음질도 또렷합니다".
    String.raw`${W}(?:예전|원래|본래|예전의|원래의) ?(?:모습|상태|컨디션|성능|속도|기량)(?:을|를)? (?:되찾|다시 찾|회복하)(?:았|았습니다|았어요|았고|았음|았네요)`,
    String.raw`${W}(?:통화 ?음질|음질|통화|화질|화면|소리|음성)(?:도|이|가|은|는)? (?:다시 |아주 |완전 )?(?:또렷|깨끗|선명)(?:합니다|해요|하고|함|해졌습니다|해졌어요|하네요)`,
    // C176: praise in slang: "완전 꿀이에요", "개빠름", "엄청 쾌적해요".
    String.raw`${W}(?:완전 |진짜 |정말 |아주 )?꿀(?:이에요|입니다|이네요|임|이다)${WE}`,
    String.raw`${W}(?:개|겁나|엄청|완전|진짜|대박) ?(?:빠름|빨라요|빠릅니다|빨라짐|빨라졌어요|빨라졌습니다|쾌적함|쾌적해요|쾌적합니다|안정적임|잘 터짐|잘 터져요|잘 됨|잘 돼요)${WE}`,
    // C177: the device lively again: "노트북이 다시 팔팔해졌습니다", "스캐너가 살아났어요".
    String.raw`${W}(?:팔팔해졌|팔팔합니다|팔팔해요|팔팔함|쌩쌩해졌|쌩쌩합니다|쌩쌩해요|쌩쌩함|쌩쌩하게|되살아났|살아났|부활했)`,
    // C178: well behaved now: "얌전해져서", "말썽을 안 부립니다".
    String.raw`${W}(?:얌전해졌|얌전해져서|얌전해졌어요|얌전해졌습니다|얌전합니다|얌전해요|순해졌)`,
    // C180: everything going smoothly: "요즘은 모든 게 술술 굴러갑니다".
    String.raw`${W}(?:모든 ?게|모든 것이|다|전부|만사가|모두) (?:다 )?(?:술술|척척|순조롭게|매끄럽게|잘) (?:굴러갑니다|굴러가요|굴러가네요|풀립니다|풀려요|풀리네요|돌아갑니다|돌아가요|진행됩니다|진행돼요)`,
    // C181: a verdict in a word: "전부 초록불입니다", "모두 녹색".
    String.raw`${W}(?:전부|모두|다|전체|올) ?(?:초록불|초록색|녹색|그린|파란불)(?:이에요|입니다|임|이네요|이고|이다)?${WE}`,
    // C182: stable since the change, as a note: "재설정 이후 VPN 안정적".
    String.raw`(?:이후|후|뒤|부터)(?: \S+){0,2} (?:계속 )?안정적(?:임|입니다|이에요|이네요|이다|으로 (?:동작|작동|유지)(?:합니다|해요|중|됨|되고 있습니다))?${WE}(?! ?(?:이지|인지|일|이진))`,
    // C148: all of a set moved, in steady sync: "메일함 45개 전부 마이그레이션 완료", "정상 동기화 중입니다".
    String.raw`${W}(?:전부|모두|전체|다) (?:\S+ )?(?:마이그레이션|이전|이관|전환|교체|등록)(?:이|가)? ?(?:완료|끝)(?:했습니다|됐습니다|되었습니다|했어요|됐어요|됨|입니다)?${WE}`,
    String.raw`${W}정상(?:적으로)? (?:동기화|작동|동작|운영|수신|연결|녹화) 중(?:입니다|이에요|이다|임)?${WE}`,
    // C146: a wait cut to seconds, told of the present: "지금은 10초면 끝납니다".
    String.raw`${NOT_CONDITION}${W}(?:지금은|이제는|이제|현재는)(?: \S+){0,3} (?:\d+|몇|십|수) ?초(?:면|만에|안에|정도면|이면|도 안 돼서|정도에)? (?:\S+ )?(?:끝납니다|끝나요|완료됩니다|완료돼요|열립니다|열려요|뜹니다|떠요|나옵니다|나와요)${WE}`,
    // C149: payment taken again, payments already through: "카드 결제가 다시 되고", "벌써 여러 건 결제되었습니다".
    String.raw`${W}(?:카드 )?(?:결제|승인|계산)(?:가|이)? 다시 (?:됩니다|돼요|되고|되네요|됨|되었습니다|됐습니다)`,
    String.raw`${W}(?:벌써|이미) (?:여러|몇|\d+) ?건(?:이|의)? (?:\S+ )?(?:결제|승인|처리)(?:되었습니다|됐습니다|되었어요|됐어요|됨|되었고|됐고)${WE}`,
    // C155: what the customer will notice, a good state to come: "바로 와이파이에 연결되는 걸 확인하실 수 있을 겁니다".
    String.raw`${W}(?:바로|곧바로|즉시|자동으로|빠르게)(?: \S+){0,3} (?:연결되는|켜지는|열리는|접속되는|로그인되는|작동하는|빨라진) (?:걸|것을) (?:확인하실|느끼실|보실|체감하실) 수 있(?:을 (?:겁니다|거예요|것입니다)|습니다)`,
    // C127: a hedged claim that still asserts the present: "이제 다 해결됐을 거예요", "지금은 괜찮을 거예요".
    String.raw`${W}(?:이제|지금은|이제는) (?:다 |전부 |모두 )?(?:해결됐을|해결되었을|고쳐졌을|괜찮을|정상일) (?:거예요|겁니다|거에요|것입니다)${WE}`,
    // C137: idioms of "I think we nailed it": "이번엔 잡은 것 같아요".
    String.raw`${W}(?:이번엔|이번에는|드디어|마침내) (?:제대로 )?(?:잡은|잡았는|해결한|고친) (?:것|거) 같(?:아요|습니다|네요|아)${WE}`,
    String.raw`${W}(?:이번엔|이번에는|드디어|마침내) (?:제대로 )?잡았(?:어요|습니다|네요|다|어)${WE}`,
    // C128: the customer invited to close the ticket: "이 건은 완료 처리해 주셔도 됩니다".
    String.raw`${W}(?:완료|종료|해결|클로즈) ?처리(?:해 ?주셔도|하셔도|해도) (?:됩니다|돼요|괜찮습니다|좋습니다)${WE}`,
    String.raw`${W}(?:티켓|요청|건|문의)(?:을|를|은|는)? (?:닫으셔도|종료하셔도|클로즈하셔도|완료로 표시하셔도) (?:됩니다|돼요|괜찮습니다|좋습니다)${WE}`,
    // C129: a run completed without warnings or errors: "어젯밤 백업은 경고 없이 완료됐습니다".
    String.raw`${W}(?:경고|오류|에러)(?:나 (?:오류|에러|경고))? (?:하나 )?없이 (?:정상 ?)?(?:완료|종료|성공)(?:됐|되었|했|하였)(?:습니다|어요|어|네요|다)${WE}`,
    // C130: an appearance hedge that asserts a good state: "괜찮은 것 같아요", "해결된 것 같습니다".
    String.raw`${W}(?:이제 |다 |이제 다 )?(?:괜찮은|문제없는|문제 없는|정상인|해결된|고쳐진|잘 되는|잘 돌아가는) (?:것|거) 같(?:아요|습니다|네요|아)${WE}`,
    // C134: the machine joined to the domain and the policies apply: "도메인 가입 완료됐고 그룹 정책도 적용되고 있어".
    String.raw`${W}도메인 (?:가입|참가|조인)(?:이|은|도)? ?(?:완료|성공)(?:됐|되었|했)\S*`,
    String.raw`${W}(?:그룹 ?정책|gpo|정책)(?:이|도|은|들도|들이)? (?:정상적으로 |잘 )?적용(?:되고 있(?:어|어요|습니다|음|네요)|됐(?:어|어요|습니다|네요)|되었습니다|돼 있(?:어|어요|습니다)|되어 있습니다)${WE}`,
    // Works again, said in speech: "프린터 이제 잘 돼", and the fix said in one word: "고쳤어".
    String.raw`${W}(?:이제|다시|지금은) 잘 (?:돼|돼요|되네|되네요|된다|됨|되고 있어|되고 있어요)${WE}`,
    String.raw`(?:^|, |로 )(?:다 )?(?:고쳤어|고쳤어요|고쳤습니다|고쳤다)$`,
    // C126: as good as its peers: "works just like every other laptop in the office", "same speed as the rest".
    String.raw`다른 (?:층|PC|컴퓨터|노트북)(?:과|와) 같아졌`,
    // C114: every job of a run told as successful: "every backup job succeeded last night".
    String.raw`(?:백업|작업|테스트)[^,.]{0,10}?(?:모두|전부|다) ?성공(?:했|하였|적으로|입니다)`,
    // C116: the good state as an attribute: "the now-working VPN", "das wieder funktionierende Profil".
    String.raw`정상화된`,
    // C117: working as it did before the fault: "works exactly as before the update".
    String.raw`(?:업데이트|장애|변경|문제) 전과 (?:똑같이|동일하게|같이) (?:작동|동작|잘)`,
    // C102, C104, C106, C110.
    '제 역할을 (?:했|하고)',
    '(?:건은|문제는) (?:잘 )?정리됐습니다',
    '말끔히 (?:잡혔|해결됐|고쳐졌)',
    '(?:업데이트|교체|장애) 전처럼',
    '잘 (?:잡혀요|잡힙니다|와요|옵니다|터집니다|됩니더|됩니다)',
    '다행입니다',
    // C90, C91: "로그인 실패 0건", "패킷 손실률 4% → 0%"; C96: "다시 로그인 가능하십니다"; C97: quoted customer.
    '(?:실패|손실|오류|에러|끊김|장애)(?:는|가|도)? ?(?:0|영|제로) ?(?:건|회|번)',
    '(?:손실|실패|오류|에러)률?(?: \\S+){0,3} (?:tomark|으로|로) ?(?:0|영)(?![0-9])',
    '다시 (?:\\S+ )?(?:로그인|접속|사용|인쇄|출력|연결) ?가능(?:하십니다|합니다|해요|하세요|해졌습니다|하세요)',
    '(?:잘 ?된다|잘 ?됩니다|문제 ?없다|괜찮다|해결됐다|해결되었다|정상이다) ?(?:고|라고) (?:확인|말씀|연락|답변|하십니다|합니다|하네요|했습니다)',
    '정상 (?:연결|작동|동작|접속|출력|인쇄) ?(?:확인(?:했|하였|됐|되었|함|됨| 완료)|됨|완료)',
    '정상적으로 (?:됐|되었|돼|됩니다)',
    '잘 돌아가',
    '정상적으로 (?:받고|받습|받아|할당받)',
    // C83: speed back to normal or better than before the fault; messages that arrive as they should
    // now; a test run that came out clean ("printed two batches without skipping a label").
    String.raw`이제 (?:제대로|정상적으로|잘) (?:오는|옵니다|와요|들어옵니다|들어와요|도착합니다)`,
    String.raw`(?:두|세|몇|\d+) ?번 (?:출력|인쇄)했는데 (?:다 |모두 )?정상(?:이었|입니다|이에요)`,
    // C64: the consequence that implies the fix: the inquiries stopped, a run printed without a
    // problem, the queues drain and output comes in seconds.
    String.raw`${W}(?:문의|전화|연락|민원|불만|항의)(?:가|는|도)? ?(?:뚝|완전히|딱|싹|뚝뚝)? ?(?:끊겼|끊어졌|사라졌|없어졌|멈췄|그쳤)`,
    String.raw`${W}(?:전부|모두|다|모든 \S+) ?(?:문제 ?없이|아무 문제 없이|이상 ?없이|막힘 ?없이|오류 ?없이|무리 ?없이|탈 ?없이) ?(?:출력|인쇄|스캔|처리)(?:하셨|했|됐|되었|하였|해 ?냈|해냈)`,
    String.raw`${W}(?:대기열|큐|인쇄 대기열)\S* ?(?:막힘 ?없이|정상적으로|원활하게|문제 ?없이|순조롭게) ?(?:처리|비워|소화|빠지)`,
    String.raw`${W}몇 ?초 ?(?:만에|안에|내로) ?(?:나옵|나와|출력|인쇄)`,
    // C67: a customer quoted saying it works: "이제야 인쇄가 되네요, 감사합니다!".
    String.raw`${W}(?:이제야|이제|드디어|다시) (?:인쇄|출력|스캔|접속|로그인)(?:가|이|도)? ?(?:되네요|돼요|됩니다|되요|되네|된다|잘 돼요|잘 되네요)`,
    // C52: status shorthand after the fix: "Spooler OK post-fix", "back in prod", "ticket closed".
    String.raw`${W}(?:운영|서비스|업무) ?복귀(?: 완료|했|됐|되었|하였)`,
    String.raw`${W}(?:수정|조치|패치|재설치) (?:후|이후) (?:\S+ )?ok${WE}`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`${W}(?:전체|모든) (?:대기열|프린터|큐)\S* (?:출력|인쇄) 정상`,
    // C59: a test page printed with success: "test page printed successfully on every queue".
    String.raw`${W}테스트 ?(?:페이지|인쇄)(?: \S+){0,2} ?(?:인쇄|출력) ?성공`,
    // C60: the fix that did the trick, and the fault gone since: "did the trick, has stayed up since".
    String.raw`${W}\S+(?:가|이) 먹혀`,
    // C62: regional and mixed forms of "it works again" (Gyeongsang, Gulf, Korean with English verbs).
    String.raw`${W}(?:stable|normal|fine|ok)(?:하게|히)? (?:running|working|작동|동작)(?! ?중?(?:인지|이면|이라면))`,
    String.raw`${W}(?:close|클로즈|종료)(?: )?하셔도 (?:됩니다|돼요|되요)`,
    String.raw`${W}잘 된데이`,
    String.raw`${W}싹 다 고(?:쳤|칫)다`,
    // C49: work told as done without a hitch, as a reported confirmation: "she has printed 40 pages without a hiccup".
    String.raw`${W}(?:이제 |다시 )?잘 (?:뽑혀요|뽑힙니다|뽑히네요|뽑혀)${WE}`,
    // C47: monitoring green (since the fix): "monitoring has been green across the board".
    String.raw`모니터링(?:은|이|도)? (?:계속 |내내 |줄곧 )?(?:초록불|녹색)(?:입니다|이에요|이다|임)`,
    // C45: the place of the fault is empty and stays so: "the queue is empty and stays empty".
    String.raw`(?:대기열|큐)(?:은|는|이|가)? 비어 있고 (?:\S+ )?유지`,
    // C35: the place of the fault stayed good over a span: "the queue stayed empty all week".
    String.raw`(?:내내|이후로|동안) (?:\S+ ){0,3}(?:대기열|큐)(?:이|은|가)? (?:계속 )?비어 (?:있었습니다|있습니다|있어요|있었어요|있음)`,
    // C38: as good as new: "새것처럼 쌩쌩합니다".
    String.raw`새(?:것|거|제품)처럼 (?:쌩쌩(?:합니다|해요|하네요|함|해졌습니다)|잘 (?:나옵니다|됩니다|돌아갑니다))`,
    // C39: faster than before, with the subject between: "예전보다 출력 속도도 더 빨라졌어요".
    String.raw`(?:이전|예전|전|어제)보다 (?:\S+ ){1,3}(?:더 )?(?:빨라졌|빨라요|빠릅니다|좋아졌)`,
    // C41: someone reports it works: "이제 잘 나온다고 하십니다", "정상적으로 인쇄하고 계십니다".
    String.raw`(?:잘|정상적으로|문제없이|문제 없이|제대로) (?:\S+ )?(?:나온다고|된다고|출력된다고|인쇄된다고|작동한다고|돌아간다고) (?:하십니다|합니다|하셨습니다|했습니다|하시네요|하네요|하세요|해요)`,
    String.raw`정상적으로 (?:\S+ )?(?:인쇄|출력|작업|사용|접속)(?:하고|하시고) (?:계십니다|있습니다|계세요|있어요)`,
    // C43: a fix told in English inside Korean: "fix 완료".
    String.raw`(?:fix|픽스) ?완료`,
    // L: a symptom and its end, said alone: "- 스풀러 다운 현상 해소".
    `${SYMPTOM}(?:이|가|은|는)? ?(?:해소|해결|복구)(?:됨|완료|됐음)?$`,
    // C26: after several attempts, the last one did it: "몇 가지 시도 끝에 펌웨어 업데이트로 잡았습니다".
    String.raw`(?:끝에|결국|마침내|드디어|최종적으로|세 번째에|마지막에)(?: \S+){0,3} (?:잡았|해결했|고쳤|해결됐|해결되었|성공했)(?:습니다|어요|다|음)`,
    String.raw`\S+(?:로|으로) (?:\S+ )?(?:문제를 |오류를 |증상을 )?잡았(?:습니다|어요|다|음)`,
    // C33: work goes on: "현업 사용에 지장 없습니다".
    String.raw`(?:업무|사용|이용|작업|현업)(?:에|에는|상|에도)? ?(?:지장|영향)(?:이|은|는|도)? ?(?:없습니다|없어요|없음|없다|없는 상태입니다)`,
    // C20: monitoring says all is well: "모두 초록색입니다".
    String.raw`(?:모두|전부|모든 \S+(?: \S+)?) (?:다 )?(?:초록색|녹색|그린)(?!이? ?아니)`,
    // C15: a job or a step done with success, and the phrases that stand for it.
    String.raw`${W}(?:예전보다|이전보다|전보다|그 어느 때보다) (?:\S+ )?(?:빨라졌|좋아졌|안정적|안정됐|안정되었|쾌적해졌)`,
    String.raw`${W}(?:바로|다시|이제) 됐(?:습니다|어요|네요)${WE}`,
    String.raw`티켓(?:을|은)? (?:\S+ )?닫(?:아|으셔) 주셔도 (?:됩니다|돼요|좋습니다)`,
    String.raw`(?:정품 인증|활성화)(?:이|가)? ?(?:되었습니다|됐습니다|되었어요|됐어요|완료)`,
    String.raw`(?:성공적으로|정상적으로|문제 없이) (?:완료|종료)(?:되고 있습니다|되었습니다|됩니다|됐습니다)`,
    String.raw`(?:정리|복구|조치) 끝`,
    // Works in a manner or again: "정상적으로 작동합니다", "다시 접속됩니다", "잘 돌아가요".
    `${NOT_HISTORY}${NOT_PARTIAL}${NOT_CONDITION}${W}${MANNER} ${BETWEEN}{0,2}(?:${STEM}${ENDING}|${OWN})${WE}`,
    // "현재 처리 중입니다" is work in progress: after "now" or "again", "중" is not a state.
    `${NOT_PARTIAL}${NOT_CONDITION}${W}${AGAIN} (?:${MANNER} )?${BETWEEN}{0,2}(?:${STEM}(?!(?:이|가|을|를|도|은|는)? ?중)${ENDING}|(?:잘 )?${OWN})${WE}`,
    // The function in good state: "송수신이 원활합니다", "연결 상태가 양호합니다".
    `${NOT_HISTORY}${NOT_CONDITION}${STEM}(?: 상태)?(?:이|가|은|는|도)? (?:아주 |매우 |모두 |다 )?(?:원활합니다|원활해요|원활함|원활하게 이루어지고 있습니다|정상입니다|정상이에요|정상임|안정적입니다|안정적이에요|문제없습니다|문제 없습니다|문제없어요|문제 없어요|잘 됩니다|잘 돼요|양호합니다|양호해요|순조롭습니다|괜찮습니다|괜찮아요)${WE}`,
    // Back online, back to normal: "다시 온라인 상태입니다", "현재 정상 운영 중입니다".
    `${W}(?:다시|이제|현재|지금(?:은)?|현재는) (?:\\S+ )?(?:온라인|정상|안정적|정상 상태|사용 가능|접속 가능|연결 가능|가능|양호)(?: 상태)?(?:입니다|이에요|예요|임|이 되었습니다|이 됐습니다|해졌습니다|해졌어요)${WE}`,
    String.raw`(?:정상|안정|안정적으로|정상적으로) ?(?:운영|가동|작동|동작|운행|서비스|사용|운용) ?중(?:입니다|이에요|임|이다)?`,
    String.raw`(?:정상|원래|원상|평소)(?:으로|대로|처럼)? ?(?:돌아왔|복귀했|복귀되었|복귀됐|회복되었|회복됐|되돌아왔)(?:습니다|어요|다|음)`,
    // Able again: "업무를 볼 수 있게 되었습니다", "다시 로그인할 수 있습니다".
    String.raw`\S+ 수 있게 (?:되었|됐)(?:습니다|어요|다|음)`,
    `${NOT_HISTORY}${NOT_PARTIAL}${NOT_CONDITION}${W}(?:다시|이제|지금(?:은)?|현재|정상적으로|문제 ?없이|드디어) ${BETWEEN}{0,3}\\S+ 수 있(?:습니다|어요|음|다|었습니다|었어요|게 되었습니다|게 됐습니다)${WE}`,
    String.raw`(?:업무|작업|일)(?:를|을|도)? (?:계속|정상적으로|다시|문제없이) ?(?:하실|할|보실|볼|진행하실|진행할) 수 있(?:습니다|어요|게 되었습니다|게 됐습니다|었습니다)`,
    String.raw`(?:업무|작업|서비스|운영|사용|이용)(?:를|을|가|이|도)? 재개(?:했습니다|했어요|하였습니다|되었습니다|됐습니다|할 수 있게 되었습니다|할 수 있었습니다|할 수 있었어요|하셨습니다|하실 수 있습니다|할 수 있습니다)`,
    // Everything: "다 잘 돼요", "전부 괜찮아요".
    `${W}(?:모든 것이|모든 게|모든 것|모두|전부|다|전체|모든 기능이|다들|싹 다|모든 문제가|모든 사용자가)(?: 다)? (?:잘 )?(?:정상|정상입니다|정상이에요|정상임|괜찮습니다|괜찮아요|괜찮음|잘 됩니다|잘 돼요|잘 되네요|됩니다|돼요|해결되었습니다|해결됐습니다|해결됐어요|해결되었어요|해결됨|문제없습니다|문제 없습니다|문제없어요|문제 없어요|문제없음|좋습니다|좋아요|완료되었습니다|완료됐습니다|처리되었습니다|됐습니다|됐어요|제대로 됩니다|잘 작동합니다|정상적으로 작동합니다|복구되었습니다|복구됐습니다)${WE}`,
    // Fixed, in any voice: "고쳤습니다", "복원되었습니다", "해결할 수 있었습니다".
    String.raw`(?:복원|해소|마무리|원복|회복|개선)(?:되었|됐|했|하였|완료되었|완료됐)(?!는지|는가|다면|으면|을지|을까)(?:습니다|어요|다|음)?`,
    String.raw`(?:고쳐(?:졌|졌습니다|졌어요|졌다)|고쳤(?:습니다|어요|다|음)|고쳐 ?(?:놓았|놨|드렸|두었|뒀)(?:습니다|어요|다)?)`,
    String.raw`(?:해결|복구|수리|수정|처리|복원|조치)(?:할|해 ?낼|해낼) 수 있었(?:습니다|어요|다|음)`,
    String.raw`(?:해결|복구|수리|수정|처리|복원|조치)해 ?(?:냈|드렸|놨|놓았|두었|뒀)(?:습니다|어요|다|음)?`,
    // Checked and found working: "정상 동작 확인했습니다", "문제 해결 확인했습니다".
    // C32: also confirmed by the customer: "고객님께서 정상 동작 확인해 주셨습니다".
    String.raw`(?:정상|정상적인) ?(?:동작|작동|출력|인쇄|연결|접속|부팅|사용)(?:을|를|이|가|도)? ?확인(?:했습니다|하였습니다|했어요|했음|완료|됨|되었습니다|됐습니다|해 ?주셨습니다|해 ?주셨어요|하셨습니다|하셨어요|해 ?주심)`,
    String.raw`(?:문제 )?(?:해결|복구|정상화)(?:을|를|이|가|된 것을|됨을)? ?확인(?:했습니다|하였습니다|했어요|했음|완료|됨|되었습니다|됐습니다)`,
    `${W}(?:이제|지금은|지금|현재는|현재|다시) (?:\\S+ )?(?:괜찮습니다|괜찮아요|멀쩡합니다|멀쩡해요|문제없습니다|문제 없습니다|문제없어요|정상이에요|정상입니다|양호합니다)${WE}`,
    // Back to life: "살아났어요"; a state written as a note: "정상 연결됨".
    String.raw`(?:다시 )?(?:살아났|되살아났)(?:습니다|어요|다|네요)`,
    String.raw`${NOT_CONDITION}(?:정상|정상적으로) ?(?:연결|작동|동작|출력|접속|로그인|부팅|인쇄)(?:됨|됩니다|돼요|함|합니다|완료)`,
    // Checked and found nothing: "점검 결과 이상이 없었습니다".
    String.raw`(?:점검|확인|테스트|검사|모니터링) 결과 (?:\S+ )?(?:이상|문제|오류|에러|특이사항)(?:이|가|은|는)? (?:없었습니다|없습니다|없음|없었어요|없어요|발견되지 않았습니다)`,
    `${NOT_PARTIAL}${NOT_CONDITION}(?:다시|이제) ${BETWEEN}{0,2}\\S*(?:하실|할) 수 있습니다`,
    String.raw`(?:\S*할|\S*될) 수 있게 (?:되었|됐)`,
    String.raw`(?:다시|이제) (?:정상적으로 |잘 |문제없이 )?(?:시작|동기화|연결|작동|동작|인쇄)(?:됩니다|돼요|합니다|해요)`,
    String.raw`정상적으로 (?:\S+ )?가능합니다`,
    String.raw`(?:해결됨|수정됨|복구됨|해결 완료|수정 완료|처리 완료|조치 완료)`,
    String.raw`(?:제거|해결|복구|수정|처리)(?:되었습니다|됐습니다|되었어요|됐어요)`,
    `${NOT_PARTIAL}${NOT_CONDITION}(?:다시|이제) ${BETWEEN}{0,3}(?:할 수 있게 되었|할 수 있게 됐|가능해졌|가능합니다|됩니다|잘 됩니다)`,
    String.raw`(?:이제|다시) (?:아주 |완전 |정말 )?(?:잘 됩니다|잘 돼요|안정적입니다|안정적이에요|멀쩡합니다|멀쩡해요|정상입니다)`,
    String.raw`(?:정상으로|정상적으로|원래대로) (?:돌아왔|복구되었|복구됐)`,
    String.raw`(?:바로|지금) (?:사용하실|사용할|이용하실) 수 있습니다`,
    String.raw`(?:깔끔하게|완전히|무사히) (?:끝났|해결되었|해결됐|마무리되었)`,
    String.raw`(?:오류|에러|문제|증상) (?:없이|없음)`,
    String.raw`(?:해결|수리|복구|조치|처리|정상화|수정)(?:되었|됐|되었었|하였|했|완료되었|완료됐|완료했|완료하였)(?!는지|는가|다면|으면|을지|을까)${E}`,
    String.raw`(?:해결|수리|복구|조치|처리|정상화) ?완료(?:되었|됐|했|하였|입니다|예요|야|됨)?${E}`,
    String.raw`${NOT_CONDITION}${W}(?:다시|이제|정상적으로|잘|문제 ?없이|문제없이)(?: \S+)? (?:작동|동작|인쇄|연결|출력|실행|접속|로그인)(?:합니다|해요|하고 있습니다|하고 있어요|됩니다|돼요|되고 있습니다|하네요|되네요|함|됨)${WE}`,
    String.raw`${NOT_CONDITION}${W}(?:다시|이제|정상적으로|잘|문제 ?없이) (?:작동|동작|인쇄|출력|연결)(?:이|가)? (?:됩니다|돼요|가능합니다|잘 됩니다)${WE}`,
    `${NOT_PARTIAL}${NOT_CONDITION}${W}(?:다시|이제) ${BETWEEN}?(?:할 수 있습니다|하실 수 있습니다|가능합니다|됩니다|돼요)${WE}`,
    String.raw`${W}(?:모든 것이|모두|전부|다) (?:정상|정상입니다|정상이에요|괜찮습니다|잘 됩니다|해결되었습니다|문제없습니다)${WE}`,
    String.raw`(?:티켓|요청|건|문의|케이스)(?:을|를|은|는|이|가)? (?:이것으로 |이로써 |이만 |이상으로 |오늘부로 |금일부로 )?(?:종료|마감|닫|클로즈|완료)(?: ?처리)?(?:합니다|하겠습니다|했습니다|하였습니다|되었습니다|됐습니다|해도 됩니다|해도 될 것 같습니다|할 수 있습니다|하도록 하겠습니다|됩니다|겠습니다|습니다|았습니다|을게요|을께요|겠어요)`,
    String.raw`(?:오류|에러|문제|증상|메시지)(?:가|는|이|도)? (?:사라졌(?!는지|다가|는데|던)|없어졌(?!는지|다가|는데|던)|더 이상 (?:발생하지 않|나타나지 않|나오지 않)(?!을|는지|으면|게|도록|기를))`,
    String.raw`(?:정상|정상적으로) (?:돌아왔|복구되었|복구됐|작동 중)`,
    String.raw`(?:해결책|조치|수리|수정)(?:이|가|은|는)? (?:효과가 있었|성공했|성공하였|확인되었|확인됐)`,
  ],
  stateClaims: [
    // C21 and C17: better than before, and busy for a stretch of time without trouble.
    String.raw`(?:이전|예전|전|어제)보다 (?:훨씬 |더 |많이 |확실히 |눈에 띄게 )*(?:빨라|빠르|빠릅|안정적|좋아|쾌적)`,
    String.raw`(?:오전 내내|하루 종일|오후 내내|아침부터|아침 내내) (?:\S+ ){0,3}(?:문제 ?없이|오류 ?없이|아무 문제 ?없이|이상 ?없이|끊김 없이)`,
    String.raw`${NOT_CONDITION}(?:정상적으로|문제 ?없이|원활하게|안정적으로|잘) (?:작동|동작|인쇄|연결|실행)(?:합니다|해요|하고 있습니다|하고 있어요|됩니다|돼요|중입니다)`,
  ],
  symptomClaims: [
    // C179: romanised Korean: "ije da doenda, munje eopseoyo", "jigeum jal dwaeyo".
    String.raw`\b(?:munje|muncheo|eoreo|error) ?(?:eopseoyo|eopseumnida|eopsseoyo|eopseum|eobseoyo|eobseumnida)\b`,
    String.raw`\b(?:ije|jigeum|ije(?:neun)?|dasi) (?:da |jal |dasi |jeongsang(?:jeogeuro)? )?(?:doenda|doeyo|dwaeyo|dwaeseoyo|doemnida|dwaetseoyo|doeneyo|jakdong(?:haeyo|hamnida))\b`,
    String.raw`\b(?:gochyeosseoyo|gochyeojyeosseoyo|gochyeojyeotseoyo|haegyeol ?(?:dwaesseoyo|dwaetseoyo|doeeosseoyo|haesseoyo|haetseoyo|doeeotseumnida))\b`,
    // C170: no new complaints since the change: "교체 후 추가 불만이 없고", "새로운 문의는 들어오지 않았습니다".
    String.raw`${W}(?:추가|새로운|새|신규|더 이상의|추가적인|별다른) ?(?:불만|민원|문의|컴플레인|항의|불편 ?신고)(?:이|은|도|사항은|사항이)? (?:전혀 |더 |따로 |별도로 )?(?:없|들어오지 않|접수되지 않|안 들어오|안 들어왔)`,
    // C171: nothing left to fault: "공유 폴더는 이제 흠잡을 데가 없습니다", "나무랄 데가 없어요".
    String.raw`${W}(?:흠잡을|흠 잡을|나무랄|트집 잡을|불평할|탓할|지적할) ?(?:데가|데|게|것이|곳이|구석이|부분이)? ?(?:하나도 |전혀 |더는 )?없`,
    // C172: nothing to report after the work: "작업 이후 스캐너 관련해서는 특이사항 없습니다".
    String.raw`(?:이후|후|뒤|관련해서는|관련하여|관해서는|관련) (?:\S+ ){0,4}?특이 ?사항(?:은|이|도)? (?:전혀 |별도로 |따로 |특별히 )?(?:없|없음)`,
    // C173: not once since: "그 뒤로 한 번도 안 끊겼어요", "증상이 한 번도 안 나왔어요".
    String.raw`${W}한 ?번도 (?:안 (?:끊겼|끊어졌|나왔|떴|멈췄|튕겼|죽었|꺼졌|다운됐|났|생겼)|(?:끊기|끊어지|나오|뜨|발생하|재발하|멈추|튕기|죽|꺼지|다운되|생기)지 않았)`,
    // C178: no more trouble-making: "POS 단말기가 더 이상 말썽을 안 부립니다".
    String.raw`${W}(?:더 이상|더는|이제|이제는|요즘은) (?:말썽|속|애|떼|고집)(?:을|를)? (?:안 (?:부립|부려|부리|썩|피워|피웁|일으)|부리지 않|썩이지 않|피우지 않|일으키지 않)`,
    // C131: the error does not come back: "오류가 다시 안 뜨네요", "에러가 더 이상 안 나요".
    `${W}${SYMPTOM}(?:가|이|는|도)? (?:다시|더 이상|더는|이제|또) 안 (?:뜨네요|뜨네|떠요|떠|뜹니다|나요|나네요|납니다|생겨요|생기네요|생깁니다|나타나요|나타납니다|나타나네요)${WE}`,
    `${W}${SYMPTOM}(?:가|이|는|도)? (?:다시 |더 이상 )?재발하지 않(?:아요|습니다|네요|았어요|았습니다)${WE}`,
    // C124: the workaround or the chore no longer needed: "doesn't have to use the webmail workaround now".
    String.raw`(?:재부팅|재시작)(?:하실|할) 필요가 없`,
    String.raw`우회하지 않으셔도 됩니다`,
    // C118: held for a span of time without the fault: "has held for two days now without a single disconnect".
    String.raw`(?:이틀째|사흘째|며칠째|\d+일째|\d+시간째)(?: \S+)? (?:끊김|오류|장애|문제) ?없이`,
    // C119: not once since a point in time: "since 3 pm the Wi-Fi has not dropped once", "no errors since the reboot".
    String.raw`이후로?[^,.]{0,30}?한 번도 (?:끊기지|끊어지지|멈추지|다운되지) 않았`,
    String.raw`(?:오류|에러|장애)가? 한 건도 없`,
    // C113: a loss measured as none: "0 % loss over 500 packets", "丢包率0%".
    String.raw`손실(?:률|율)? ?0(?![0-9])(?! ?(?:tomark|에서))`,
    // C115: the user with nothing left to complain about: "has nothing more to complain about".
    String.raw`더 이상 불만이 없`,
    '(?:이후로는|이후로|후로는) 연결이 끊기지 않습니다',
    // C92: "월요일 이후로 재발하지 않았습니다", "한 번도 없었습니다"; C94: "재부팅 안 하셔도 됩니다".
    '재발(?:하지 않았|하지 않고|되지 않았|되지 않고|이 없|없)',
    '(?:한 ?번도) (?:없었|없습|발생하지 않|안 ?생기|안 ?났)',
    '(?:재부팅|재시작|재접속|재입력|재로그인)(?:을|를)? ?안 (?:하셔도|해도) (?:됩니다|돼요|되세요)',
    // C81: a fault counter held at zero since the change, and a backup's log clean with no error:
    // "CRC error counter: still 0 since the cable swap", "last night's backup log is clean, 0 errors".
    String.raw`(?:교체|변경|수리|조치|재부팅|재시작|업데이트|설정 변경) 후 (?:계속 |여전히 |줄곧 )?0(?:입니다|이에요|으로 유지|건)`,
    // C65: a span of time with no fault: "스풀러 중지가 단 한 번도 기록되지 않았습니다".
    String.raw`${W}(?:중지|중단|충돌|크래시|다운|오류|에러|장애|멈춤|이벤트)(?:가|는|도|이)? ?(?:단 ?)?한 ?(?:번|건)도 ?(?:기록|발생|감지|관측|확인)(?:되지|하지) ?(?:않았|않고|않습니다)`,
    // C68: what was missing came back too, so nothing is left open: "남은 문제는 없습니다".
    String.raw`${W}남은 (?:문제|이슈|작업|건|사항|장애)(?:는|은|이|가|도)? ?(?:없습니다|없어요|없음|없네요)(?!만)`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`${W}(?:후|이후|뒤)(?:에|로)? 재현 ?(?:안 ?됨|안 ?돼|안 ?됩니다|되지 않)(?!이라고|이라)`,
    // C54: it has run since without a single fault: "running without a single crash".
    String.raw`${W}단 한 ?번도 (?:\S+ )?(?:중단|멈추|멈춰|죽|다운|크래시|충돌)\S* (?:않고|없이)`,
    // C57: litotes of the fault: "no longer exactly broken", "can hardly be called faulty".
    String.raw`${W}(?:고장|문제|장애)(?: ?났| ?이 있|가 있)?다고 (?:하긴|하기는|보기는|보긴|말하긴) 어렵`,
    // C60: the fix that did the trick, and the fault gone since: "did the trick, has stayed up since".
    String.raw`${W}그 ?(?:뒤|후|이후)로 (?:\S+ )?안 (?:죽|멈추|멈춰|꺼지|다운)`,
    // C48: the fault has not come back once, or no longer happens: "hasn't crashed once since the reinstall", "jobs no longer get stuck".
    String.raw`한 번도 (?:\S+ )?(?:죽|멈추|다운되|충돌하|튕기|꺼지|걸리|막히)지 않(?:았습니다|았어요|았음|았다)`,
    // C44: a fault counted as zero in a log or over a span: "zero spooler crashes in the last 72 hours".
    String.raw`${SYMPTOM} ?(?:0|영|제로) ?(?:건|회|번)`,
    // C34: a fault counted as none over a span of time: "not a single stuck job since Tuesday".
    String.raw`(?:멈춘|걸린|막힌|중단된|실패한|밀린) (?:인쇄 |출력 )?(?:작업|잡|문서|출력물)(?:이|은|가)? (?:단 )?(?:한 건|한 개|하나|한 번)도 (?:없습니다|없어요|없음|없었습니다|없네요)`,
    // C40: it no longer dies: "더 이상 죽지 않습니다".
    String.raw`더 이상 (?:\S+ )?(?:죽지|멈추지|꺼지지|다운되지|튕기지|충돌하지|걸리지|막히지|뻗지) (?:않습니다|않아요|않음|않네요|않고 있습니다|않았습니다)`,
    // C16: not a single complaint since a time: "불만 접수가 한 건도 없습니다".
    String.raw`(?:불만|민원|문의|신고|장애|티켓|접수|클레임)\S* (?:\S+ )?(?:한 건도|하나도|전혀|단 한 번도|한 번도|단 한 건도) (?:없습니다|없어요|없음|없었습니다|없네요|들어오지 않았습니다|접수되지 않았습니다)`,
    // The symptom is gone: "경고가 사라졌습니다", "팝업이 안 뜹니다".
    `${SYMPTOM}(?:이|가|은|는|도)? (?:완전히 |모두 |다 |깨끗이 |싹 )?(?:사라졌(?!는지|다가|는데|던)|없어졌(?!는지|다가|는데|던)|해소되었|해소됐|안 (?:나타나|뜨|뜹|떠|나|납|생기|생깁|보이|보입)(?!게|도록|는지|면|ㄹ|을|지)|안 나와|안 나옵)`,
    String.raw`더 이상 (?:\S+ )?(?:고장|문제|오류|에러)(?: 상태)?(?:가|는|이)? (?:아닙니다|없습니다|없어요)`,
    String.raw`(?:문제|오류|에러)(?:는|가)? 더 이상 없습니다`,
    String.raw`(?:더 이상|더이상|더는|다시는|이제(?:는)?) (?:\S+ )?(?:발생하지 않|나타나지 않|끊기지 않|끊어지지 않|멈추지 않|다운되지 않|충돌하지 않|뜨지 않|재발하지 않|튕기지 않|꺼지지 않|재부팅되지 않|깨지지 않|먹통이 되지 않|오류가 나지 않|에러가 나지 않|발생되지 않|표시되지 않|안 뜨|안 나타나|안 끊기|안 끊어지|안 멈추|안 튕기|안 꺼지)(?!을|는지|으면|게|도록|기를|았으면|기 때문)`,
    `${SYMPTOM}(?:이|가|은|는|도)? (?:더 이상|더이상|더는|이제(?:는)?|다시는) (?:나오지 않|보이지 않|안 나오|안 보이|없습니다|없어요|없음)(?!을|는지|으면|게|도록|기를)`,
    // No longer reproduced: "오류가 재현되지 않습니다".
    String.raw`(?:재현되지 않|재현이 되지 않|재현 안 ?되|재현 안 ?돼)(?:습니다|아요|음|네요|고 있습니다|고 있어요|요)`,
    // C23: no inquiries since: "이후로 문의 들어온 거 없습니다" ("연락" is any reply).
    String.raw`(?:그 ?이후(?:로)?|이후(?:로)?|이후에는|그 뒤(?:로)?|그 후(?:로)?|지금까지|현재까지|그 뒤로는|그 후로는) (?:\S+ ){0,2}?(?:문의|불만|민원|신고|컴플레인|장애 ?접수)(?:가|는|이|도)? (?:\S+ ){0,2}?(?:없습니다|없어요|없음|없다|없네요|없었습니다|들어오지 않았|접수되지 않았)`,
    // C31: it does not come back: "재발 없음".
    String.raw`(?:재발|재현)(?:이|은|도)? ?(?:없음|없습니다|없어요|없었습니다|되지 않습니다|되지 않고 있습니다|되지 않음|하지 않습니다|하지 않음|하지 않고 있습니다)`,
    // Nothing since: "그 이후로 문제가 없습니다".
    `(?:지금까지|현재까지|아직까지|그동안|그간) (?:\\S+ ){0,2}?${SYMPTOM}(?:가|는|이|도)? (?:재발하지 않|발생하지 않|나타나지 않|없었|없습니다)(?!을|는지|으면|게|도록)`,
    `(?:그 ?이후(?:로)?|이후(?:로)?|이후에는|그 뒤(?:로)?|그 뒤로는|그 후(?:로)?|그 다음부터|그때부터|조치 후|조치 이후|그 후로는) (?:\\S+ ){0,2}?${SYMPTOM}(?:가|는|이|도)? (?:없습니다|없어요|없음|없다|없네요|발생하지 않|재발하지 않|나타나지 않)(?!을|는지|으면|게|도록)`,
    String.raw`(?:추가|추가적인|더 이상의|별도(?:의)?|후속) (?:조치|작업|지원|대응)(?:는|가|이|도)? (?:필요하지 않|필요 없|불필요|하지 않으셔도)`,
  ],
  actions: [
    String.raw`(?:교체|설치|재설치|업데이트|재시작|재부팅|초기화|삭제|설정)(?:했습니다|하였습니다|했어요)`,
  ],
  negators: ['안', '못', '않', '아직', '일부', '부분적으로', '거의'],
  negativeSubjects: ['아무것도', '어떤 것도', '아무도'],
  modals: ['예정', '것입니다', '겁니다', '할', '될', '바랍니다', '희망'],
  hedges: ['것 같습니다', '듯합니다'],
  now: ['이제', '지금'],
  auxiliaries: ['여전히', '아직도', '계속'],
  conjunctions: ['그리고', '하지만', '그러나', '그런데', '그래서', '또는'],
  // Not "후에": "초기화한 후에 정상적으로 출력됩니다" tells what the fix did.
  conditions: ['만약', '만일', '혹시', '경우', '때까지', '되면', '하면', '으면'],
  since: ['후', '이후', '부터'],
  contrasts: ['여전히', '아직', '지만', '하지만', '그러나', '그런데', '다만', '으나'],
  limits: [
    // C76: "해결했지만 한 시간 뒤 다시 충돌했습니다": a fault told again.
    '다시 충돌',
    // C99: "3월에 해결됐었는데 지난주에 다시 발생했습니다": fixed once, and the fault back since.
    '다시 발생',
    '재발했',
    '다시 중지',
    '다시 멈췄',
    '다시 다운',
    '또 충돌',
    '또 멈췄',
    '끊',
    '실패',
    '오류',
    '여전히',
    '아직',
    '일부',
    '부분적으로',
    '만',
    '않',
    '못',
    '다시 실패',
    '실패',
    '느리',
    '느려',
    '느립',
    '가끔',
    '간헐적',
    '불안정',
    '재발',
  ],
  complementizers: [],
  frames: [
    // "바쁜 하루를 넘겨야 해결됐다고 볼 수 있습니다": a verb in "-아야/-어야" (only if) makes what
    // follows wait for it. Matched on the jamo of the normal form: the vowel ㅏ ㅐ ㅓ ㅔ ㅕ ㅘ ㅙ ㅝ
    // right before "야" (not "이야", "니야", the copula).
    String.raw`[\u1161\u1162\u1165\u1166\u1167\u116A\u116B\u116F]\u110B\u1163${WE}`,
    String.raw`(?:확인해 ?주세요|확인 ?부탁|확인하겠습니다|확인할 예정|알려 ?주세요|알려주시기|테스트해 ?주세요|지켜보겠습니다|모니터링하겠습니다|확실하지 않|확인되지 않|바랍니다|되었는지|됐는지|되는지|하는지)`,
  ],
  pastAux: ['었었', '였었'],
  unaffected: ['영향이 없고', '영향을 받지 않', '영향 없음', '영향은 없고'],
  transient: [
    // C139: a success that happened once: "딱 한 번 됐다가" (not "한 번도", never).
    String.raw`${W}(?:딱 |단 )?한 번(?:만)?${WE}(?! ?도)(?! ?에)(?! 더)`,
    String.raw`(?:잠시|잠깐|일시적으로|몇 분 동안|몇 초 동안|가끔|처음에는)`,
    // C99: "3월에 한 번 해결됐었는데 …": the past perfect tells a state that held once, before now.
    '(?:됐었|되었었|했었)',
  ],
  ellipticals: [
    // C181: a verdict in a word after a test: "다시 해봤어요. 깔끔합니다.".
    '깔끔합니다',
    '깔끔해요',
    '깔끔함',
    '깨끗합니다',
    // C112: an outcome told in one word of success: "Résultat : succès", "結果：成功".
    '성공',
    '종결',
    '이상 무',
    '이상무',
    '해결됨',
    '사라짐',
    '오류 사라짐',
    '멀쩡합니다',
    '수정 완료',
    '해결',
    '해결됨',
    '해결 완료',
    '완료',
    '정상',
    '정상입니다',
    '해결되었습니다',
    '해결됐습니다',
    '됩니다',
    '잘 됩니다',
    '괜찮습니다',
    'okmark',
    '처리 완료',
    '복구 완료',
    '문제 없음',
    '문제없음',
    '이상 없음',
    '고쳤어요',
    '고쳤습니다',
    '됐습니다',
    '됐어요',
    '해결됐어요',
    '해결했어요',
    '해결했습니다',
    '복구됐습니다',
    '복구됐어요',
    '끝났습니다',
    '완료했습니다',
    '잘 돼요',
    '됐다',
    '됐네요',
    '문제 없어요',
    '문제없어요',
    '문제 없습니다',
    '문제없습니다',
    '복구 끝',
    '해결 끝',
    '수리 끝',
    '성공',
    '성공했습니다',
    'ok',
  ],
  statusNouns: ['상태', '여부', '현황', '상황', '결과'],
  labelStates: ['정상 작동', '작동함', '작동 중', '초록색'],
  fillers: [
    '상태',
    '오류',
    '이제',
    '드디어',
    '모든',
    '것이',
    '문제',
    '문제가',
    '문제는',
    '좋은',
    '소식',
    '소식입니다',
    '저희',
    '쪽에서는',
    '다시',
    '완전히',
    '프린터',
    'vpn',
    'okmark',
    '네',
    '예',
    '감사합니다',
    '안녕하세요',
    '그리고',
    '오늘',
    '확인',
  ],
  affirmations: ['네', '예', '맞습니다', '그렇습니다', '물론입니다', '응'],
  closings: [
    // "해결됨으로 처리하겠습니다": processing the ticket as resolved is a closing.
    String.raw`(?:으로|로) 처리`,
    String.raw`(?:종료|마감|닫)`,
  ],
  openClosings: [
    String.raw`(?:확인된 |확정된 )?(?:해결책|해결|수정|조치)(?:이|가|은|는)? ?(?:없이|없는 상태로|되지 않은 상태로|되지 않았지만|되지 않았으나)`,
    String.raw`미해결`,
    String.raw`미확인`,
    String.raw`확인되지 않은 (?:상태|채)`,
    // Closing once a condition holds: "정상적으로 작동하면 티켓을 종료하겠습니다".
    String.raw`\S(?:하|되|으|다|시|이|지)면(?= )`,
    String.raw`(?:확인|테스트|점검|회신) 후`,
    // Closing only once a condition holds: "백업이 완료되어야 티켓을 종료할 수 있습니다", "끝나야".
    String.raw`\S야(?:만)?(?= )`,
  ],
  endorsements: [
    String.raw`(?:언급한 (?:대로|바와 같이)|기록된 대로|확인된 대로|확인됨|좋은 소식|업데이트|상태|결과|요약|참고)\W*$`,
  ],
  problemFree: [
    // C63: "안정적" (stable) opens with the syllable of the negator "안": it negates nothing.
    String.raw`(?<!불)안정(?:적|되|됐|된|화)`,
    String.raw`(?:문제|오류|이상|지장|장애|에러|끊김|끊어짐|중단)(?:가|는|도|이|은)? ?(?:없이|없습니다|없어요|없음|없고|없는)`,
  ],
  partials: [String.raw`\d+(?:대|명|개|건)? ?중 ?\d+`, '일부', '부분적'],
  misspellings: ['했읍니다 했습니다', '됬습니다 됐습니다', '있슴니다 있습니다'],
  // "확인한 후에 티켓을 종료하겠습니다": a closing after a check still to come.
  waits: [
    // "확인한 후에만": only after the check.
    String.raw`${W}(?:확인|검증|테스트|점검)(?:한|된|이 된|하고 난|해 본) (?:후|뒤|다음)에만${WE}`,
    String.raw`${W}(?:확인|검증|테스트|점검)(?:한|된|이 된|하고 난|해 본) (?:후|뒤|다음)(?:에|에야)?${WE}`,
  ],
  // A fault denied as still going on: the frame of denial, then "still" and the fault.
  denials: [
    // C56: a double negative: "there is not one printer left that does not print".
    String.raw`(?:인쇄|출력|작동)(?:가|이)? (?:안 ?되는|되지 않는|못 하는) (?:\S+ ){1,2}(?:이제 )?(?:한 ?대도|하나도) 없`,
    String.raw`(?:아직도|여전히|아직) (?:\S+ ){0,2}\S*(?:건|것은|게) 아닙니다`,
  ],
  zeroCounts: [
    // C58: a fault counted as none after its label: "crashes: 0", "occurrences since the fix: 0".
    String.raw`(?:크래시|충돌|오류|장애|중단|다운|발생) ?(?:횟수|건수)$`,
  ],
  noes: ['아니요', '아뇨', '아니오', '아니', '전혀요', '전혀'],
  elsewhere: ['문제는', '원인은', '문제의 원인은', '고장 원인은'],
  faults: [
    '고장',
    '오류',
    '에러',
    '문제',
    '멈춰',
    '멈추',
    '끊겨',
    '끊기',
    '먹통',
    '다운',
    '느려',
    '안 돼',
    '안 되',
    '안 됨',
  ],
};
