import { ALL_OF_ALL, type ClaimLanguage } from './language.js';

// Chinese is written without spaces: the patterns match inside a clause, and a negation, condition
// or plan before the match in the clause ("还没", "如果", "将") or right after it ("吗", "之后")
// excuses it.

// The pieces the class patterns are built from.
/** How it works: "正常", "顺利", "稳定". */
const MANNER = String.raw`(?:正常|顺利|順利|稳定|穩定|流畅|流暢|顺畅|順暢|平稳|平穩|无误|無誤|好好|完美|畅通|暢通)`;
/** Verbs of functioning: "运行", "打印", "登录", "办公". */
const ACT = String.raw`(?:工作|运行|運行|运转|運轉|运作|運作|打印|列印|连接|連接|连网|連網|联网|聯網|连线|連線|上网|上網|登录|登錄|登入|同步|收发|收發|收邮件|收郵件|发送|發送|接收|访问|訪問|打开|打開|启动|啟動|开机|開機|使用|办公|辦公|上线|上線|扫描|掃描|通话|通話|播放|显示|顯示|加载|加載|載入|保存|出纸|出紙|用|操作|读取|讀取|识别|識別|认证|認證|传输|傳輸|共享|浏览|瀏覽|收到|接收到|收取|下载|下載|上传|上傳|看到|收邮件|收郵件|发邮件|發郵件)`;
/** Verbs of a state that holds on its own, without "can": "运行", "上网". */
const STATE_ACT = String.raw`(?:工作|运行|運行|运转|運轉|运作|運作|上网|上網|联网|聯網|连上|連上|连网|連網|能用|好使|用了)`;
/** Now, again, finally: "现在", "又", "终于". */
const NOW = String.raw`(?:又|再次|再度|现在|現在|目前|如今|已经|已經|已|终于|終於|总算|總算|重新)`;
/** Can: "能", "可以". */
const CAN = String.raw`(?:可以|能够|能夠|能|可)`;
/** Symptoms: "报错", "弹窗", "蓝屏". */
const SYMPTOM = String.raw`(?:报错|報錯|错误|錯誤|提示|弹窗|彈窗|警告|蓝屏|藍屏|故障|问题|問題|异常|異常|报警|報警|崩溃|崩潰|卡顿|卡頓|掉线|掉線|闪退|閃退|死机|死機|告警|症状|症狀|错误信息|錯誤信息|错误提示|錯誤提示|提示框|对话框|對話框|毛病)`;
/** Fixed: "解决", "修复", "恢复". */
const FIXED = String.raw`(?:解决|解決|修复|修復|修好|排除|处理|處理|恢复|恢復|搞定|消除|解除|修正|复原|復原|还原|還原|弄好|搞好|处理好|處理好|治好|整好)`;
/** History: a state told after "之前" or "以前" is how things used to be. */
const NOT_HISTORY = String.raw`(?<!(?:之前|以前|此前|曾经|曾經|原本|原来|原來|本来|本來|一直到|直到)\S{0,12})`;

/**
 * Japanese and Chinese share their characters, and each language's patterns are excused only by
 * its own grammar words: a Chinese pattern never matches next to kana, so Japanese
 * "問題解決には至っていません" is left to the Japanese patterns and their negations.
 */
const KANA = String.raw`[\p{Script=Hiragana}\p{Script=Katakana}]`;
const notInJapanese = (pattern: string) => `(?<!${KANA})(?:${pattern})(?!${KANA})`;

/** Chinese (simplified and traditional). */
export const ZH: ClaimLanguage = {
  name: 'zh',
  scripts: ['Han'],
  unspaced: true,
  claims: [
    // C191: the problem told as a thing of the past: "问题已经成为过去", "故障已成历史".
    '(?:问题|故障|毛病|错误)(?:已经|已|都)? ?(?:成为过去|成为历史|成了历史|成历史|是过去式了|翻篇了)',
    // C206: a named function restored, with "again" and its own verb: "总机又能正确转接到分机了", "发票又能打出来了".
    String.raw`(?:又|再次|重新)(?:能|可以|会|會)?(?:正常|正确|正確|准确|準確)?(?:地)?(?:转接|轉接|转发|轉發|分配|映射|挂载|掛載|打出来|打出來|开出来|開出來|出票|开票|開票)`,
    // C207: it works on every device: "共享日历在所有手机上都能同步", "所有电脑上程序都能打开".
    String.raw`(?:所有|全部|每台|每部|每个|每個|全体|全體)(?:的)?(?:员工)?(?:电脑|電腦|手机|手機|终端|終端|设备|設備|pc|机器|機器)(?:上|里|裡)?(?:都|均)(?:能|可以|已经|已經|已)?(?:正常)?(?:同步|打开|打開|启动|啟動|运行|運行|登录|登錄|用)`,
    // C208: by itself, at logon: "登录时网络盘已经会自动映射了".
    String.raw`(?:会|會|能|已经|已經)(?:自动|自動)(?:映射|挂载|掛載|连接|連接|连上|連上|同步|登录|登錄)(?:了|上了|上)`,
    // C209: stays connected all day: "VPN 一整天都没断过".
    String.raw`(?:一整天|整天|全天|一天到晚|一天下来|一天下來)(?:都|也)?(?:没|沒)(?:有)?(?:断|斷|掉)(?:过|過|线|線|开|開)`,
    String.raw`(?:一整天|整天|全天)(?:都|也)?(?:很|挺)?(?:稳定|穩定)(?:在线|在線|连着|連著|连接|連接)`,
    // C210: opens straight away without the prompt: "Outlook 不再弹出配置文件选择，直接打开收件箱".
    String.raw`(?:不再|不用|无需|無需|不会再|不會再)(?:弹出|彈出|弹|彈|提示|询问|詢問|选择|選擇)\S{0,8}?(?:直接|就)(?:打开|打開|进入|進入|进到|進到)`,
    // C211: faster than ever: "比以前任何时候都快".
    String.raw`比(?:以前|以往|过去|過去|从前|從前)?(?:任何时候|任何時候)都(?:要)?(?:快|稳|穩|流畅|流暢|好)`,
    String.raw`前所未有(?:地|的)?(?:快|稳|穩|流畅|流暢|顺|順)`,
    // C212: better than before the update: "比升级前还快".
    String.raw`比(?:升级|升級|更新|故障|出问题|出問題|换之|換之|更换|更換)(?:之)?前(?:还|還|更|都)?(?:快|稳|穩|好用|好|流畅|流暢|顺|順)`,
    // C213: as good as new: "跟新的一样", "焕然一新".
    String.raw`(?:跟|和|像|如同)(?:新的|新买的|新買的|新机|新機|刚买的|剛買的)(?:一样|一樣)`,
    // C214: a third party vouches that it works: "供应商确认许可证已激活".
    String.raw`(?:许可证|許可證|授权|授權|license|许可|許可)(?:已经|已經|已)(?:激活|生效|开通|開通)`,
    // C215: the monitoring all green since a time: "9点以后监控全部是绿的".
    String.raw`\d+(?:点|點|:\d+)(?:以后|以後|之后|之後|以来|以來|起|开始|開始)\S{0,6}?(?:全部|全都|一直|都)(?:是)?(?:绿|綠|正常)`,
    // C216: delivery back to normal, all delivered: "邮件投递恢复正常，送达率100%".
    String.raw`(?:送达率|送達率|投递率|投遞率|到达率|到達率|投递成功率|投遞成功率)(?:为|為|是)? ?100(?![\p{N}])(?! ?(?:tomark|降))`,
    // C217: not one ticket since a day, the devices stable: "从周一到现在一个工单都没报过".
    String.raw`(?:一个|一個|一张|一張|一条|一條)(?:报修单|報修單|投诉单|投訴單|工单|工單|报修|報修|投诉|投訴|故障单|故障單|单子|單子)(?:都|也)(?:没|沒)(?:有)?(?:报|報|提|来|來|开|開)?(?:过|過)?`,
    // C218: closing boilerplate over a settled matter: "鉴于问题已妥善解决，本工单予以关闭".
    String.raw`(?:鉴于|鑒於|由于|由於|因)(?:该|此|本|您的)?(?:问题|問題|事项|事項|故障)(?:已经|已經|已)(?:妥善|圆满|圓滿)?(?:解决|解決|处理完毕|處理完畢)`,
    // C219: the prints come out clean: "打印出来的都很清晰了".
    String.raw`(?:打印|列印|印)(?:出来|出來)?(?:的)?(?:东西|東西|文件|稿子)?(?:都|也)?(?:很|非常|特别|特別)?(?:清晰|清楚|干净|乾淨)(?:了)`,
    // C220: chat style: "同步现在稳得一批", "网速嗖嗖的".
    String.raw`(?:稳得一批|穩得一批|快得一批|嗖嗖的|溜得很|顺得很|順得很)`,
    // C170: the users have not come back to us: "用户那边也没再找过我们", "客户再没打电话来报修".
    String.raw`(?:用户|用戶|客户|客戶|同事|使用者|他们|他們|她|他)(?:那边|那邊)?(?:也|都)?(?:没再|沒再|再没|再沒|没有再|沒有再|再也没|再也沒)(?:找|联系|聯繫|联络|聯絡|打电话|打電話|打来|打來|投诉|投訴|报修|報修|抱怨|反映)`,
    // C172: it does its job after the work: "一直在正常干活", "干活干得好好的".
    String.raw`(?:一直|都|在|一直在)(?:正常|好好|好好地|乖乖|乖乖地|老老实实|老老實實)(?:地)?(?:干活|幹活|工作着|工作著|上班)`,
    // C174: a count of all done with success: "同步任务 12/12 全部成功", "8/8 都通过了".
    `${ALL_OF_ALL}\\s?(?:个|個|台|项|項)?(?:全部|全都|都|均|全)(?:已|已经|已經)?(?:成功|通过|通過|完成|正常|绿|綠)`,
    // C176: praise in slang: "Wi-Fi 现在贼稳，杠杠的", "跑得飞快，丝滑得很", "ERP 这下妥妥的了".
    String.raw`${NOT_HISTORY}(?:贼|賊|巨|超|老)(?:稳|穩|快|顺|順|流畅|流暢|丝滑|絲滑)`,
    String.raw`${NOT_HISTORY}(?:杠杠的|槓槓的|妥妥的|妥妥地|丝滑|絲滑|嗖嗖的|嗖嗖地|飞快|飛快|倍儿快|倍兒快)`,
    // C177: the device lively again: "笔记本又生龙活虎了", "扫描仪活过来了".
    String.raw`(?:生龙活虎|生龍活虎|活蹦乱跳|活蹦亂跳|满血复活|滿血復活|活过来|活過來|起死回生|焕然一新|煥然一新)`,
    // C180: everything going smoothly: "一切都顺顺当当的", "什么都顺风顺水".
    String.raw`(?:一切|啥都|什么都|什麼都|样样|樣樣|事事)(?:都)?(?:顺顺当当|順順當當|顺顺利利|順順利利|顺风顺水|順風順水|妥妥|好好的|挺好|正常|顺利|順利)`,
    // C181: a verdict in a word: "全绿", "干干净净".
    String.raw`(?:^|\s)(?:全|都|全都)(?:绿|綠)(?:了|的|灯|燈)?(?=$|\s)`,
    // C182: stable ever since the change: "自重新配置后一直很稳", "从换了网卡以来都很稳定".
    String.raw`(?:自|从|從|自从|自從)\S{1,12}?(?:后|後|以来|以來|之后|之後)(?:就)?(?:一直|都|始终|始終)(?:很|挺|非常|相当|相當|特别|特別)?(?:稳|穩|稳定|穩定|正常|顺畅|順暢|流畅|流暢)`,
    // C148: every job of a set done: "备份任务全部成功完成".
    String.raw`(?:任务|作业|任務|作業|备份|備份|邮箱|郵箱|账号|帳號)(?:(?!不|没|沒|未|还|還)\S){0,4}?(?:全部|全都|都已|均已|均)(?:都)?(?:成功|顺利|順利)(?:完成|执行|執行|运行|運行|迁移|遷移)`,
    // C146: a wait cut to seconds, told of the present: "现在十秒钟就出来了".
    String.raw`(?:现在|現在|如今|目前)(?:只要|只需|只用|仅需|僅需|不到|只)?(?:[0-9]+|[一二三四五六七八九十几幾两兩]+)秒(?:钟|鐘)?(?:左右)?(?:就|便)(?:能|可以)?(?:出来|出來|完成|好|搞定|打开|打開|加载完|加載完|跑完|结束|結束|生成)了?`,
    // C149: payment taken again, payments already through: "收银机又能刷卡了", "已经成功收了好几笔款".
    String.raw`(?:又|重新|再次)(?:能|可以)(?:刷卡|收款|付款|结账|結帳|支付|扫码|掃碼)了?`,
    String.raw`(?:已经|已經|已)成功(?:收|付|完成|处理|處理)了?(?:好几|好幾|几|幾|多|[0-9]+)笔`,
    // C155: what the customer will notice, a good state to come: "您会发现笔记本开机后马上就能连上 Wi-Fi".
    String.raw`(?:您|你)(?:会|會|将会|將會|就会|就會)(?:发现|發現|注意到|感觉到|感覺到|体验到|體驗到)\S{0,16}?(?:马上|馬上|立刻|立即|自动|自動)(?:就)?(?:能|可以|会|會)?(?:连上|連上|连接|連接|登录|登錄|打开|打開|启动|啟動|上网|上網)`,
    // C127: a hedged claim that still asserts the present: "应该都搞定了", "现在应该没问题了".
    String.raw`(?<!(?:后|後|之后|之後|以后|以後|等|一旦|如果|要是|明天|下周|下週|一下)\S{0,12})(?:应该|應該)(?:都|已经|已經|已)?(?:搞定|解决|解決|修好|好|没问题|沒問題|正常|恢复正常|恢復正常|没事|沒事)了(?!吧|吗|嗎)`,
    // C128: the customer invited to close the ticket: "麻煩您幫忙把這張單結案", "您可以把工单标记为已完成".
    String.raw`(?:麻烦您|麻煩您|麻烦|麻煩|请您|請您|您可以|您可|可以)(?:(?!不|别|別|再|后|後)\S){0,8}?(?:结案|結案|关单|關單|关闭工单|關閉工單|关闭这张|關閉這張|标记为已(?:完成|解决)|標記為已(?:完成|解決)|标为已(?:完成|解决)|標為已(?:完成|解決))`,
    // C130: an appearance hedge that asserts a good state: "看起来没问题了", "好像已经好了".
    String.raw`(?:看起来|看起來|看上去|好像|似乎)(?:已经|已經|都)?(?:没问题了|沒問題了|没事了|沒事了|正常了|好了|都好了|稳定了|穩定了|恢复正常了|恢復正常了)(?!吧|吗|嗎)`,
    // C134: the machine joined to the domain and the policies apply: "电脑已成功加入域，组策略也已生效".
    String.raw`(?:已|已经|已經|成功)(?:成功)?加入(?:了)?(?:域|网域|網域|domain)`,
    String.raw`(?:组策略|組策略|策略|gpo)(?:也|都)?(?:已|已经|已經)(?:正常)?(?:生效|应用|應用|下发|下發)`,
    // C136: everyone can do the task again: "现在大家都能正常开发票了".
    String.raw`(?:大家|所有人|全员|全員|每个人|每個人|同事们|同事們)(?:现在|現在|又)?(?:都|也)(?:能|可以|能够|能夠)(?:正常|顺利|順利|重新)\S{1,6}?了`,
    // C138: monitoring state: "全部绿勾", the sync runs again: "同步又跑起来了".
    String.raw`(?:全部|全都|都是|一片|全是)(?:绿勾|綠勾|绿色对勾|綠色對勾|绿灯|綠燈|绿色|綠色)`,
    String.raw`(?:又|重新)(?:跑|转|轉)起来了`,
    // C125: normal operation stated as confirmed, in the formal register: "Normal operation has been confirmed".
    String.raw`已于[^,.]{0,12}?恢复(?!不|没)`,
    // C126: as good as its peers: "works just like every other laptop in the office", "same speed as the rest".
    String.raw`(?:跟|和|与)(?:办公室)?其他(?:电脑|楼层|设备)[^,.]{0,4}?一样`,
    // C114: every job of a run told as successful: "every backup job succeeded last night".
    String.raw`(?:所有|全部|每个|每一个)[^,.]{0,10}?(?:备份|任务|作业|测试)[^,.]{0,6}?(?:均|都|全部)?(?:已经|已)?(?:成功|顺利完成)`,
    // C117: working as it did before the fault: "works exactly as before the update".
    String.raw`比(?:出)?(?:故障|问题|更新|升级)前(?:还|更)?(?:快|稳定|流畅)`,
    '(?:零|0)(?:次|个)?(?:失败|报错|错误|掉线|失敗|報錯|錯誤|掉線)',
    '都能正常(?:對應|映射|掛載|連接)',
    // C102, C104, C106, C107.
    '起作用了',
    '(?:已经|已)?(?:搞掂|搞定|摆平)',
    '跟(?:升级|更新|故障)前一样',
    '现在一点就开',
    '都能正常(?:对应|映射|挂载|连接)',
    '(?:就|再也)?没再(?:掉过线|掉线|断过|断线|崩溃过|出过错)',
    // C90, C91: "登录失败次数：0" (see zeroCounts), "丢包率从5%降到0%"; C96: "扫码枪已能正常获取IP".
    '(?:丢包|失败|错误|掉线|断线|丢失)率?[^,.]{0,10}?(?:降到|降至|降为|降低到|减少到|减到|tomark|到) ?(?:0|零)(?![0-9])',
    '(?:已能|已经能|已可以|已经可以|能够|可以|都能)(?:正常|顺利|稳定)(?:获取|获得|拿到|分配到|连接|登录|打印|同步|上网)',
    // C87: someone can do the task again ("sie kann wieder … scannen"); a measurement read all normal.
    String.raw`又(?:能|可以)\S{0,10}?(?:扫描|掃描|打印|登录|登錄|连接|連接|上网|上網)`,
    // C83: speed back to normal or better than before the fault; messages that arrive as they should
    // now; a test run that came out clean ("printed two batches without skipping a label").
    String.raw`比\S{0,8}(?:之前|以前)(?:还|還|更)(?:快|稳定|穩定|流畅|流暢)`,
    String.raw`(?:打|打印|印)了(?:两|兩|三|几|幾|\d+)(?:次|张|張|份)(?:都)?(?:很)?(?:正常|成功|顺利|順利)`,
    // C80: the output right again, and the phone registered again with its calls going through:
    // "invoices come out with the correct logo again", "the desk phone registers with the PBX again".
    String.raw`(?:又是|又恢复|又恢復|重新是)(?:正确|正確)的`,
    // C79: the fix confirmed or the restoration completed, as a noun: "问题已确认解决", "服务于14:20恢复完毕".
    String.raw`(?:已|已经|已經)?(?:确认|確認|证实|證實)(?:已|已经|已經)?(?:解决|解決|修复|修復|恢复|恢復)`,
    String.raw`(?:恢复|恢復|修复|修復)(?:工作)?(?:完毕|完畢|完成)`,
    // C64: the consequence that implies the fix: the queues drain normally, jobs come out in seconds.
    String.raw`(?:队列|隊列|佇列)\S{0,4}?(?:都在|都|在|均)?(?:正常|顺利|順利)(?:地)?(?:消化|清空|处理|處理|流转|流轉|出队|出隊)`,
    String.raw`(?:几|幾|数|數)秒(?:钟|鐘)?(?:内|內)?(?:就|便)?(?:能|可以)?(?:打(?:印)?出来|打(?:印)?出來|出纸|出紙|打完|印出来|印出來)`,
    // C72: idioms of a fix that worked: "新版驅動程式奏效".
    String.raw`奏效`,
    // C59: a test page printed with success: "test page printed successfully on every queue".
    String.raw`测试页[^未不没\s]{0,6}成功(?:打印|打出|输出)`,
    String.raw`成功打印\S{0,4}测试页`,
    // C62: "又能…打印了": the ability that came back ("can print in colour again").
    String.raw`又(?:能|可以)\S{0,6}(?:打印|用|工作|连接|登录)`,
    // C50: settled idioms and regional forms of "it works again" ("put to bed", fr-CA "asteure", nl-BE "terug").
    '搞掂(?:咗|了|晒|曬)',
    '冇(?:問題|问题)(?:喇|啦|了|嘞)',
    '(?:稳|穩)如老狗',
    '跑得(?:超|很|好|非常|蛮|蠻)?(?:顺|順)',
    '(?:满血|滿血)(?:复活|復活)',
    // C47: monitoring green (since the fix): "monitoring has been green across the board".
    '(?:监控|監控)(?:一直|始终|始終|都)?(?:是)?(?:全绿|全綠|绿色|綠色|亮绿灯|亮綠燈)',
    // C45: the place of the fault is empty and stays so: "the queue is empty and stays empty".
    '(?:队列|隊列)(?:已|已经|已經)?(?:清空|为空|為空|是空的)[^.]{0,8}?(?:一直|始终|始終)(?:保持)?(?:畅通|暢通|为空|為空|空着|空著|清空)',
    // "并且一直保持畅通": it stays clear all along, the part after the queue was emptied.
    '(?:一直|始终|始終)(?:都)?保持(?:畅通|暢通|正常|稳定|穩定|为空|為空)',
    // C35: the place of the fault stayed good over a span: "the queue stayed empty all week".
    '(?:队列|隊列)[^.,]{0,4}?(?:整周|一整周|整个星期|整個星期|一周|一週|整天|一整天|这周|這週)(?:都|一直)?(?:是)?空(?:的|着|著)?',
    // C36: stable all along since the fix: "一直很稳定".
    '一直(?:都)?(?:很|非常|挺|比较|比較|相当|相當)?(?:稳定|穩定)',
    // C38: as good as new: "跟新的一样".
    '(?:跟|和|像|与|與|如同)(?:新的|新)一(?:样|樣)',
    // C43: a fix told in English inside Chinese: "已经fix了".
    '(?:已经|已經|已|都)?fix(?:ed|好)?了',
    // C30: jobs go through since the fix: "打印任务一直顺利完成".
    `${MANNER}(?:地)?(?:完成|通过|通過|处理完|處理完|执行完|執行完|输出|輸出|打印出来|打印出來)`,
    // C27: as fast as before: "和以前一样快".
    String.raw`(?:和|跟|与|與|同|像)(?:以前|之前|原来|原來|过去|過去|故障前|出问题前)一样(?:快|流畅|流暢|稳定|穩定|顺畅|順暢|好用|正常)`,
    // C20: monitoring says all is well: "都是绿色的".
    String.raw`(?:都|全部|全都|均)(?:是|为|為|显示|顯示|变成|變成|呈)?(?:绿色|綠色|绿的|綠的|绿灯|綠燈)`,
    // Can now work, with a place between: "现在在家也能正常连上 VPN 了".
    String.raw`(?:现在|現在|已经|已經|终于|終於|目前)(?:(?!不|没|沒|未|无法|無法|只|仅|僅|部分|有的|个别|個別)\S){0,6}?(?:也|都)?(?:可以|能|能够|能夠)(?:正常)?(?:连上|連上|连接|連接|登录|登錄|登入|上网|上網|打印|列印|使用|工作|访问|訪問|同步)`,
    // C15: a job or a step done with success, and the phrases that stand for it.
    String.raw`比以前(?:快|好|稳定|流畅|顺畅|顺)(?:多了|很多|不少|了)`,
    String.raw`(?:应用|應用|许可证|許可證|Office|office|Windows|windows)(?:已|均已|都已)?(?:激活|啟用|启用)`,
    String.raw`(?:一切)?(?:恢复如初|恢復如初|万事大吉|萬事大吉)`,
    String.raw`用得(?:好好的|挺好|很好)`,
    // Works in a manner: "运行正常", "正常打印", "连接很稳定", "登录完全没有问题".
    `${NOT_HISTORY}${ACT}(?:起来|起來)?(?:功能|服务|服務|状态|狀態|情况|情況)?(?:已经|已經|都|均|也|一切|现在|現在|目前|得)?(?:很|非常|十分|完全|都|均|已|一切|相当|相當|挺|蛮|蠻|特别|特別)?(?:正常|稳定|穩定|顺利|順利|流畅|流暢|顺畅|順暢|良好|平稳|平穩|没问题|沒問題|没有问题|沒有問題|没有任何问题|沒有任何問題|毫无问题|毫無問題|无误|無誤|ok|OK|畅通|暢通|如常)`,
    `${NOT_HISTORY}${MANNER}(?:地)?${ACT}`,
    // Now or again, able: "又可以访问了", "现在可以顺利登录", "又能上网了".
    `${NOW}(?:又|也|都|已经|已經|已)?${CAN}(?:${MANNER}|重新|再次|照常|继续|繼續|正常地|顺利地|順利地)?(?:地)?${ACT}`,
    `${CAN}(?:${MANNER}|重新|再次|照常|继续|繼續)?(?:地)?${ACT}(?:\\S{0,6})?了`,
    `(?:又|再次|再度|现在|現在|终于|終於|总算|總算)(?:${MANNER})?${STATE_ACT}(?:了)?`,
    String.raw`(?:重新|再次|恢复|恢復)(?:上线|上線|联网|聯網|连上|連上|在线|在線|可用)`,
    // Restored to a good state: "恢复稳定", "回到正常状态", "恢复正常使用".
    String.raw`(?:恢复|恢復|回到|回复|回復|重回|回归|回歸)(?:了)?(?:到)?(?:正常|稳定|穩定|原状|原狀|原样|原樣|在线|在線|上线|上線|可用|使用|运行|運行|原来的状态|原來的狀態)`,
    // Now in good state: "现已正常", "网络通了", "已无异常", "恢复如常".
    String.raw`(?:现已|現已|已经|已經|均已|都已|目前已|现在已|現在已)(?:恢复|恢復)?(?:正常|稳定|穩定|可用|如常)`,
    String.raw`(?:恢复|恢復)如常`,
    String.raw`(?:网络|網絡|网|網|电话|電話|vpn|连接|連接|线路|線路|信号|信號)(?:已经|已經|终于|終於|又|也|现在|現在)?(?:通了|恢复了|恢復了)`,
    String.raw`(?:已|已经|已經|现|現|目前|现在|現在)(?:已)?无(?:任何)?(?:异常|異常|问题|問題|报错|報錯|故障|错误|錯誤)`,
    String.raw`(?:后|後)(?:即|就|便|已)?(?:恢复|恢復)(?:正常|了)?(?=$|\s)`,
    String.raw`(?:可以|可|已|已经|已經)(?:结单|結單|完结|完結)`,
    // Everything: "都搞定了", "全都好了", "一切OK".
    String.raw`(?:一切|全部|都|全都|所有(?:功能|问题|問題|设备|設備|用户|用戶)?(?:都)?|统统|統統|样样|樣樣)(?:已经|已經|已|都)?(?:正常|恢复正常|恢復正常|恢复了|恢復了|好了|没问题|沒問題|没有问题|沒有問題|ok|OK|搞定|解决|解決|弄好|修好|顺利|順利|妥当|妥當|就绪|就緒|运行正常|運行正常|好使)`,
    // Fixed in any voice: "已经彻底解决", "得到了解决", "成功修好".
    `(?:已|已经|已經|均已|都已|终于|終於|成功|顺利|順利|总算|總算|彻底|徹底|完全|圆满|圓滿|全部|完美|现已|現已)(?:地)?(?:被|得到|获得|獲得|彻底|徹底|完全|成功|顺利|順利|圆满|圓滿|全部|都|了){0,2}(?:地)?${FIXED}`,
    `(?:得到|获得|獲得)(?:了)?(?:彻底的?|徹底的?|圆满的?|圓滿的?|有效的?|妥善的?)?(?:解决|解決|修复|修復|处理|處理)`,
    String.raw`(?:解决|解決|修复|修復|处理|處理)(?:掉了|完毕|完畢|完成了|好了)`,
    // The symptom is gone: "错误提示已经消失了".
    `${SYMPTOM}(?:的问题|的問題|信息|消息|窗口)?(?:已经|已經|已|都|也|均|全部|彻底|徹底)?(?:消失|不见|不見|没了|沒了|没有了|沒有了|解除|消除)`,
    // No problem now: "现在没有任何问题了".
    String.raw`(?:^|\s|现在|現在|目前|已经|已經|完全|再也)(?:没有|没|沒有|沒)(?:任何|什么|什麼)?(?:问题|問題|毛病|异常|異常)了?(?=$|\s)`,
    // Said alone, colloquially: "解决啦", "搞定喽", "没事了", "用着挺好".
    String.raw`(?:解决|解決|搞定|修好|弄好|好|ok|OK|恢复|恢復|正常|能用|可以用)(?:啦|喽|嘍|咯|了呢|了哦|了喔|了哈)`,
    String.raw`(?:^|\s|已经|已經|现在|現在|都)(?:没事|沒事)了`,
    String.raw`(?:用着|用著|用起来|用起來)(?:都|也)?(?:挺|很|蛮|蠻|非常|特别|特別)?(?:好|顺|順|正常|流畅|流暢|顺手|順手)`,
    // Closing: "我们将关闭此工单", the plan word inside the phrase.
    String.raw`(?:我们|我們|特此|在此|现|現)(?:将|將|会|會|现在|現在|即将|即將|予以)?(?:关闭|關閉|结束|結束|结案|結案)(?:此|这个|這個|该|該|本)?(?:工单|工單|请求|請求|案例|事件|单|單|问题单|問題單|服务单|服務單|ticket)`,
    String.raw`(?:此|这个|這個|该|該|本)?(?:工单|工單|请求|請求|案例|问题|問題)(?:已|已经|已經|現|现|可以|可|现予|現予|予以|特此)(?:予以)?(?:关闭|關閉|结案|結案|结束|結束)`,
    String.raw`(?:已经|已經|已)(?:可以|能)(?:正常)?(?:访问|訪問|打开|打開|收发|收發)`,
    String.raw`(?:已经|已經|已)?(?:能|可以|能够|能夠)(?:重新|正常|无错误地?|無錯誤地?)?(?:完成|启动|啟動|登录|登錄|使用|打印|连接|連接)`,
    String.raw`(?:已经|已經|已)?(?:找到|查明|定位)(?:了)?(?:根本)?(?:原因)?并(?:已)?(?:修复|修復|解决|解決|排除)`,
    String.raw`(?:现在|現在)(?:很|非常|已经)?(?:稳|穩|稳定|穩定|正常)`,
    String.raw`(?:妥了|没毛病了|沒毛病了|搞掂了|好使了)`,
    String.raw`(?:报错|報錯|错误|錯誤|问题|問題|故障)(?:已经|已經)?没了`,
    String.raw`(?:已|已经|已經|均已|都已|终于|終於|成功|顺利|順利)(?:被)?(?:解决|解決|修复|修復|修好|排除|处理|處理|恢复|恢復|搞定|消除|解除)`,
    String.raw`(?:解决|解決|修复|修復|修好|排除|处理好|處理好|恢复|恢復|搞定|消除|弄好)了`,
    String.raw`(?:问题|問題|故障|错误|錯誤|报错|報錯|工单|工單|事件)(?:已|已经|已經)?(?:解决|解決|修复|修復|排除|消失|关闭|關閉|处理完毕|處理完畢)`,
    String.raw`(?:恢复|恢復|回到|回复)(?:了)?正常`,
    String.raw`(?:又|再次|现在|現在|已经|已經|已|终于)(?:可以|能|能够|能夠)?(?:正常)?(?:工作|打印|列印|连接|連接|登录|登入|上网|上網|运行|運行|同步|收发|收發)(?:了)?`,
    String.raw`(?:可以|能|能够|能夠)(?:正常)?(?:工作|使用|打印|列印|连接|連接|登录|登入|上网|上網)了`,
    String.raw`(?:一切|全部|都)(?:正常|恢复正常|恢復正常|好了|没问题|沒問題|OK|ok)`,
    String.raw`(?:关闭|關閉|结束|結束)(?:此|这个|這個|该|該|本)?(?:工单|工單|请求|請求|案例|事件|单|單)`,
    String.raw`(?:工单|工單|请求|請求)(?:可以|可)(?:关闭|關閉|结案|結案)`,
    String.raw`(?:修复|修復|方案|解决方案|解決方案|处理|處理)(?:已|已经)?(?:确认|確認|验证|驗證)?(?:有效|成功|生效|奏效)`,
    String.raw`(?:搞定|好了|没问题了|沒問題了|正常了|可以了|(?<![运運进進执執流])行了|OK了|ok了)`,
  ].map(notInJapanese),
  stateClaims: [
    // C17: busy for a stretch of time without trouble: "一上午都没有问题".
    String.raw`(?:一上午|整个上午|整個上午|一整天|整天|一早上|整个早上|整個早上)(?:(?!不|没|沒|未)\S){0,10}?(?:没有问题|沒有問題|没出问题|沒出問題|一切正常|正常|顺利|順利)`,
    String.raw`(?:正常|稳定|穩定|顺利|順利|流畅|流暢|没有问题地|无故障地)(?:工作|运行|運行|运转|運轉|打印|列印|连接|連接)`,
  ].map(notInJapanese),
  symptomClaims: [
    // C171: nothing left to fault: "共享盘这块已经挑不出毛病了", "无可挑剔".
    String.raw`(?:挑不出|找不出|挑不到|找不到|挑不着|挑不著)(?:任何|什么|什麼|一点|一點|半点|半點)?(?:毛病|瑕疵|茬|问题|問題)`,
    String.raw`(?:无可挑剔|無可挑剔|没得挑|沒得挑|没的说|沒的說)`,
    // C172: nothing to report after the work: "处理后没什么可汇报的".
    String.raw`(?:没什么|没有什么|没啥|沒什麼|沒有什麼|沒啥)(?:特别|特別|异常|異常|新的)?(?:可|需要|要|值得)?(?:汇报|匯報|报告|報告|反馈|反饋|说的|說的)`,
    // C173: not once since: "之后一次都没断过", "从那以后一回也没掉线".
    String.raw`(?:一次|一回|一下)(?:都|也)(?:没|沒|没有|沒有)(?:再)?(?:断|斷|掉线|掉線|断线|斷線|崩|死机|死機|卡|出错|出錯|报错|報錯|重启|重啟|复发|復發|闪退|閃退|挂|掛)(?:过|過|了)?`,
    // C178: no more whims: "收银机不再闹脾气了", "再也没掉链子".
    String.raw`(?:不再|没再|沒再|再也不|再也没|再也沒|再没|再沒)(?:闹脾气|鬧脾氣|闹情绪|鬧情緒|耍脾气|耍脾氣|作妖|捣乱|搗亂|添乱|添亂|闹腾|鬧騰|罢工|罷工|掉链子|掉鏈子|抽风|抽風)`,
    // C144: the fault gone: "之前扩展坞导致的黑屏问题已经不复存在".
    String.raw`(?:问题|問題|黑屏|卡顿|卡頓|掉线|掉線|断线|斷線|死机|死機|蓝屏|藍屏|闪退|閃退|报错|報錯|花屏|延迟|延遲|杂音|雜音)(?:问题|問題|现象|現象)?(?:已经|已經|已|都|也)?(?:不复存在|不復存在|彻底消失了|徹底消失了|消失了|没有了|沒有了|没了|沒了)`,
    // C133: not a single complaint since a time: "從週一開始就沒有人再抱怨 Wi‑Fi 了".
    String.raw`(?:从|從|自从|自從|自)\S{1,8}?(?:开始|開始|以来|以來|起)(?:就|到现在|到現在)?(?:再也)?(?:没有人|沒有人|没人|沒人)(?:再)?(?:抱怨|投诉|投訴|反映|报修|報修)`,
    // C132: "no longer" in a clause of reason: "這也是為什麼電話不會再斷掉了".
    String.raw`(?:为什么|為什麼|所以|因此|因而|这样|這樣)\S{0,8}?(?:不会再|不會再|不再|没有再|沒有再)(?:断|斷|掉线|掉線|卡|崩溃|崩潰|报错|報錯|死机|死機|出错|出錯|闪退|閃退|中断|中斷)`,
    // C124: the workaround or the chore no longer needed: "doesn't have to use the webmail workaround now".
    String.raw`不用再(?:靠|用|使用|依赖)`,
    // C118: held for a span of time without the fault: "has held for two days now without a single disconnect".
    String.raw`(?:连续|已经)[^,.]{0,6}?(?:天|小时|周)[^,.]{0,4}?(?:没有|没|未)(?:再)?(?:断开|掉线|断线|出错|崩溃|中断)过?`,
    // C119: not once since a point in time: "since 3 pm the Wi-Fi has not dropped once", "no errors since the reboot".
    String.raw`再(?:也)?没(?:有)?(?:掉过线|掉线|断过|断开过|出过错|报过错)`,
    // C113: a loss measured as none: "0 % loss over 500 packets", "丢包率0%".
    String.raw`丢包率? ?(?:为|是)? ?0(?![0-9])(?! ?(?:tomark|到|升))`,
    // C115: the user with nothing left to complain about: "has nothing more to complain about".
    String.raw`再也没(?:有)?来?(?:找过|找|投诉|抱怨)`,
    // C94: "以后不用每天早上重启路由器了".
    '不(?:用|需要|必)(?:再)?[^,.]{0,8}?(?:重启|重新启动|重新登录|重新输入|重连|重新连接|重装)[^,.]{0,8}?了',
    // C82: the fault told as ended in the present, with its own verb: "the paper jams have stopped",
    // "ya no se atasca", "non si inceppa più", "紙詰まりはもう起きていません".
    String.raw`(?:已经|已經|现在|現在)不(?:再)?(?:卡纸|卡紙|掉线|掉線|死机|死機|报错|報錯|弹|彈)了`,
    String.raw`不再(?:弹|彈|出现|出現|报错|報錯|掉线|掉線|卡纸|卡紙|死机|死機)`,
    // C81: a fault counter held at zero since the change, and a backup's log clean with no error:
    // "CRC error counter: still 0 since the cable swap", "last night's backup log is clean, 0 errors".
    String.raw`(?:计数|計數)(?:器)?\S{0,8}?(?:后|後|以来|以來)(?:一直|始终|始終|仍然|仍)?(?:是|为|為|在|保持)?0`,
    String.raw`(?:备份|備份)\S{0,6}(?:日志|日誌)\S{0,2}(?:干净|乾淨)`,
    // C64: nobody has been in touch about it since: "再也没有用户打电话来反映打印问题了".
    String.raw`再(?:也)?(?:没有|沒有|没|沒)(?:人|用户|用戶|同事|客户|客戶|使用者)?(?:打(?:过|過)?(?:电话|電話)|来电|來電|联系|聯繫|联络|聯絡|反映|反应|反應|找(?:过|過)我们|找(?:过|過)我們)`,
    // C65: a span of time with no fault: "没有出现过一次后台打印服务停止", "再也没有停过".
    String.raw`(?:没有|沒有|未曾|未)(?:再)?(?:出现|出現|发生|發生|记录到|記錄到|记录|記錄)(?:过|過)?(?:一次|任何一次|哪怕一次)\S{0,12}?(?:停止|崩溃|崩潰|当掉|當掉|故障|错误|錯誤|报错|報錯|中断|中斷|卡住|宕机|宕機)`,
    String.raw`(?:不再|再也没有|再也沒有|再也没|再也沒|再没|再沒|没有再|沒有再)(?:停(?:过|過)|停止(?:过|過)|停止运行|停止運行|当掉|當掉|挂(?:过|過|掉)|掛(?:過|掉)|宕(?:过|過)机|宕(?:过|過)機)`,
    // C57: litotes of the fault: "no longer exactly broken", "can hardly be called faulty".
    String.raw`(?:算不上|谈不上|称不上)(?:有)?(?:毛病|问题|故障|坏)`,
    // C61: the outcome as a headline: "fix successful", "printing restored", "stays up", "no more crashes".
    String.raw`不再(?:停止|崩溃|崩|宕机|卡住|挂掉|报错|出错|掉线)`,
    // C48: the fault has not come back once, or no longer happens: "hasn't crashed once since the reinstall", "jobs no longer get stuck".
    '(?:再没|再沒|再也没|再也沒|没再|沒再|没有再|沒有再)(?:有)?(?:崩|崩溃|崩潰|卡|卡住|卡死|死机|死機|挂|掛|宕机|宕機|出错|出錯|掉线|掉線|闪退|閃退)(?:过|過)',
    // C46: not one job stuck, as a count (after a comparison with last week): "no stuck jobs at all".
    '(?:一个|一個|一件)(?:卡住|卡死|堵塞|失败|失敗)的(?:打印)?(?:任务|任務|作业|作業|文档|文檔)(?:都|也)(?:没有|沒有|没|沒)',
    // C44: a fault counted as zero in a log or over a span: "zero spooler crashes in the last 72 hours".
    '(?:小时|小時|天|周|週|星期|以来|以來)[^,.]{0,16}?(?:零|0)(?:次|个|個)?(?:崩溃|崩潰|报错|報錯|错误|錯誤|故障|宕机|宕機|死机|死機|卡死|卡住)',
    // C34: a fault counted as none over a span of time: "not a single stuck job since Tuesday".
    '(?:没有|沒有|无|無|没)(?:一个|一個|一件|一次|任何)(?:打印)?(?:任务|任務|作业|作業|文档|文檔|文件|job)(?:再)?(?:卡住|卡死|挂起|掛起|堵塞|失败|失敗)',
    // C23: no complaints since: "此后未再收到用户投诉" ("尚未收到反馈" is only no reply yet).
    String.raw`(?:(?:此后|之后|以后|此後|之後|以後|自那以后|从那以后|至今|迄今|到目前为止)(?:未|没有|没|沒有|沒)|未再|没再|沒再|没有再|沒有再|再没|再沒|再也没|再也沒)(?:收到|接到|有)(?:过|過)?(?:任何)?(?:用户|用戶|客户|客戶|使用者)?(?:的)?(?:投诉|投訴|报障|報障|报修|報修|抱怨|工单|工單|告警|报警|報警)`,
    // C16: no complaints since a time: "自周一以来再没有人投诉".
    String.raw`(?:以来|以來|之后|之後|以后|以後)\S{0,6}?(?:再|都|也)?(?:没有|沒有|没|沒|无|無)(?:人|任何人|用户|用戶|同事)?(?:投诉|投訴|抱怨|报修|報修|报障|報障)`,
    String.raw`再(?:也)?(?:没有|沒有|没|沒)(?:人|用户|用戶|同事)?(?:投诉|投訴|抱怨|报修|報修|报障|報障)`,
    String.raw`(?:已经|已經)?(?:不坏了|不壞了|不再(?:故障|坏|壞|有问题|有問題|出问题|出問題|报错|報錯))`,
    String.raw`不会再(?:出现|出現|发生|發生)`,
    // No longer: "再也不掉线了", "此后再未出现问题".
    String.raw`(?:问题|問題|故障|报错|報錯|错误|錯誤|现象|現象|异常|異常)(?:已经|已經|已|都|现在|現在|目前)?(?:不再|不)存在`,
    String.raw`(?:不再|没有再|沒有再|再也没有|再也沒有|再也没|再也沒|再也不|再没|再沒|再未|不会再|不會再|没再|沒再|未再)(?:有)?(?:出现|出現|发生|發生|报错|報錯|崩溃|崩潰|掉线|掉線|断开|斷開|断线|斷線|卡住|卡顿|卡頓|卡|死机|死機|弹出|彈出|闪退|閃退|蓝屏|藍屏|出过|出過|出问题|出問題|出错|出錯|有问题|有問題|提示|报警|報警|重启|重啟|复发|復發|犯|复现|復現|重现|重現|弹窗|彈窗|报过错|報過錯)`,
    String.raw`(?:无需|無需|不需要|不用|无须|無須|不必)(?:再|进一步|進一步|其他|额外|額外|后续|後續|任何|做|进行|進行){0,3}(?:的)?(?:操作|处理|處理|措施|步骤|步驟|跟进|跟進|支持|协助|協助|维修|維修)`,
  ].map(notInJapanese),
  actions: [],
  negators: [
    '没',
    '沒',
    '未',
    '不',
    '尚未',
    '还没',
    '還沒',
    '仍未',
    '并未',
    '並未',
    '部分',
    '基本',
    '几乎',
    '幾乎',
    '无法',
    '無法',
    // A state that holds for now only: "暂时得到缓解".
    '暂时',
    '暫時',
    '短暂',
    '短暫',
    '一度',
    '临时',
    '臨時',
  ],
  negativeSubjects: ['没有任何', '沒有任何'],
  modals: [
    '将会',
    '將會',
    '会在',
    '會在',
    '需要',
    '还需要',
    '将',
    '將',
    '应该',
    '應該',
    '希望',
    '预计',
    '預計',
    '计划',
    '計劃',
    '争取',
    '爭取',
    '可能',
    '也许',
    '也許',
    '尽快',
    '儘快',
    '估计',
    '估計',
    '预期',
    '預期',
    '打算',
    '准备',
    '準備',
    '有望',
  ],
  hedges: ['似乎', '好像', '应该', '看起来', '看起來', '以为', '以為'],
  now: ['现在', '現在', '目前'],
  auxiliaries: [],
  conjunctions: [],
  conditions: [
    '如果',
    '若',
    '一旦',
    '等',
    '待',
    '直到',
    '为了',
    '為了',
    '以便',
    '假如',
    '要是',
    '倘若',
    // "如" alone is also "如今", "例如": only before a symptom it reads "if".
    '如问题',
    '如問題',
    '如故障',
    '如报错',
    '如報錯',
    '如错误',
    '如錯誤',
    '是否',
    '能否',
    '可否',
    '只要',
    '之前',
    '以前',
    '曾经',
    '曾經',
    '上次',
    '上回',
  ],
  since: ['后', '後', '之后', '以后', '以来', '自从'],
  contrasts: ['仍然', '仍', '还是', '依然', '但', '但是', '可是', '不过', '不過', '然而', '只是'],
  limits: [
    // C76: "修好了，但一小时后又崩溃了": a fault told again.
    '又崩溃',
    '又崩潰',
    '又停止',
    '又停了',
    '又当掉',
    '又當掉',
    '再次崩溃',
    '再次崩潰',
    '再次停止',
    // "彩色文档仍然卡住": what stays stuck limits what came before.
    '卡住',
    '卡死',
    '堵塞',
    '断开',
    '斷開',
    '掉线',
    '掉線',
    '失败',
    '失敗',
    '报错',
    '報錯',
    '仍',
    '仍然',
    '还',
    '還',
    '依然',
    '只',
    '部分',
    '不',
    '没',
    '沒',
    '失败',
    '失敗',
    '慢',
    '偶尔',
    '偶爾',
    '有时',
    '有時',
    '时好时坏',
    '時好時壞',
    '不稳定',
    '不穩定',
    '再次',
    '又',
  ],
  complementizers: [],
  frames: [
    '请确认',
    '請確認',
    '请检查',
    '請檢查',
    '请告知',
    '請告知',
    '我们会确认',
    '我們會確認',
    '不能确定',
    '不能確定',
    '无法确认',
    '無法確認',
    '看看',
  ],
  pastAux: [],
  // C75: "上周故障出现之前，…都运行正常": how things were before the fault.
  befores: ['之前', '以前', '此前'],
  unaffected: ['未受影响', '未受影響', '没有受到影响', '沒有受到影響', '不受影响', '不受影響'],
  transient: [
    // C139: a success that happened once: "只成功了一次".
    String.raw`(?:只|仅|僅)(?:成功|正常|好|打印|运行|運行|列印)?(?:了)?一次|了一次(?!性)`,
    // "正常运行了大约十分钟", "正常了大约一小时": a state that lasted a span of minutes, seconds or an
    // hour, told as a span.
    String.raw`(?:了|大约|大概|约|約|将近|將近|差不多)(?:大约|大概|约|約|将近|將近|差不多)?[一二两兩三四五六七八九十几幾数數百\d]+(?:个|個)?(?:分钟|分鐘|秒钟|秒鐘|秒|小时|小時)`,
    '暂时',
    '暫時',
    '短暂',
    '短暫',
    '一度',
    '临时',
    '臨時',
    '短暂',
    '短暫',
    '几分钟',
    '幾分鐘',
    '几秒',
    '幾秒',
    '偶尔',
    '偶爾',
    '一开始',
    '一開始',
  ],
  ellipticals: [
    // C181: a verdict in a word after a test: "又试了一遍。干干净净。".
    '干干净净',
    '乾乾淨淨',
    '全绿',
    // C112: an outcome told in one word of success: "Résultat : succès", "結果：成功".
    '成功',
    '已关闭',
    '妥妥的',
    '妥妥',
    '妥了',
    '没毛病了',
    '已解决',
    '已解決',
    '解决了',
    '解決了',
    '搞定',
    '搞定了',
    '好了',
    '修好了',
    '没问题了',
    '沒問題了',
    '正常了',
    'okmark',
    'ok',
  ],
  labelStates: [
    '已完成',
    '已完成了',
    '正常',
    '运行正常',
    '運行正常',
    '正常运行',
    '正常運行',
    '在线',
    '在線',
    '绿色',
    '綠色',
  ],
  fillers: ['状态'],
  // "能上网了吗？能。": the verb of the question, repeated, answers yes.
  affirmations: [
    '是的',
    '是',
    '对',
    '對',
    '嗯',
    '没错',
    '沒錯',
    '能',
    '可以',
    '行',
    '可以了',
    '能了',
    '好了',
    '对的',
    '對的',
  ],
  closings: ['关闭', '關閉', '结束', '結束', '结案', '結案'],
  openClosings: [
    String.raw`(?:未|没有|沒有|尚未)(?:得到|获得|獲得)?(?:确认的|確認的|有效的)?(?:解决|解決|修复|修復|方案)`,
    String.raw`(?:在|于)?(?:没有|沒有|无|無)(?:确认|確認|有效)?(?:的)?(?:解决方案|解決方案|修复|修復)(?:的情况下|的情況下)?`,
    '未解决',
    '未解決',
    '待确认',
    '待確認',
    '未确认',
    '未確認',
    // Closing once a condition holds: "如问题不再出现，我们将关闭此工单".
    String.raw`(?:如果|如|若|一旦|待|等|确认后|確認後|之后|之後|的话|的話)`,
  ],
  endorsements: [
    String.raw`(?:如前所述|如记录所示|如記錄所示|如上所述|已确认|已確認|好消息|更新|状态|狀態|结果|結果|总结|總結|备注|備註)\W*$`,
  ],
  negatingSuffixes: [
    '吗',
    '嗎',
    '了吗',
    '了嗎',
    '之后',
    '之後',
    '以后',
    '以後',
    '后',
    '後',
    '的话',
    '的話',
    '与否',
    '與否',
    // "正常工作了一会儿": a state that held for a moment only.
    '了一会',
    '了一會',
    '了几分钟',
    '了幾分鐘',
    '了一下',
    '了一段',
    '一段时间',
    '一段時間',
    // "网络通了又断": good, then bad again.
    '又',
    '一会',
    '一會',
    '之前',
    '以前',
    '没有',
    '沒有',
    '没',
    '沒',
    '不了',
    '再',
    '时',
    '時',
  ],
  problemFree: [
    String.raw`(?:没有|沒有|没|沒|无|無|毫无|毫無)(?:任何|出现|出現|再出现|再出現)?(?:问题|問題|异常|異常|故障|错误|錯誤|报错|報錯)`,
  ],
  partials: [
    String.raw`\d+(?:台|个|個|位|名|人)?(?:中|里|裡|之中)(?:的|有)?\d+`,
    '部分',
    '一些',
    '有些',
    '个别',
    '個別',
  ],
  // "只有在…之后，我们才会关闭工单": a closing that waits for a condition ("刚才" is "just now").
  waits: ['只有', '(?<!刚|剛|方)才(?:会|會|能|可以)'],
  // A fault denied as still going on: the frame of denial, then "still" and the fault.
  denials: [
    // C56: a double negative: "there is not one printer left that does not print".
    String.raw`没有(?:哪|一|任何)(?:台|个|部)\S{0,8}(?:打不了|不能|无法|没法)(?:打印|印|用|工作|运行)`,
    String.raw`(?:并不是说|並不是說|不是说|不是說)\S{0,12}?(?:还在|還在|仍在|仍然|依然|依旧|依舊)`,
  ],
  zeroCounts: [
    '(?:失败|错误|掉线|故障|报错)(?:次数|数量|数)',
    // C58: a fault counted as none after its label: "crashes: 0", "occurrences since the fix: 0".
    String.raw`(?:崩溃|出错|报错|故障|错误|停止|宕机|出现|发生)(?:次数|数量)$`,
  ],
  noes: ['不会了', '不会', '没有了', '没了', '没有', '没'],
  elsewhere: ['问题出在', '故障出在', '毛病出在', '问题在于', '原因在于', '原因是'],
  // C221: romanised Chinese (pinyin without tones), as chat writes it: "yijing hao le", "meiyou wenti le".
  romanized: [
    // Already or now fine: "yijing hao le", "xianzai zhengchang le"; not "hai mei hao", "hao le ma".
    String.raw`\b(?:yijing|xianzai|dou|quan|zhongyu) (?:hao le|xiu hao le|jiejue le|huifu le|huifu zhengchang le|zhengchang le|gao ding le|mei wenti le|meiwenti le|meiyou wenti le)\b(?! ?(?:ma|ba|mei|meiyou|yi dian|yidian|yixie|yi xie|yi ban|yiban)\b)`,
    // No problem any more: "meiyou wenti le", "mei wenti le".
    String.raw`\b(?<!hai )(?:meiyou|mei) ?wenti le\b(?! ?(?:ma|ba)\b)`,
    // Usable again: "dayinji keyi yong le", "neng shangwang le"; not "bu neng yong le".
    String.raw`\b(?<!bu |hai bu |mei )(?:keyi|neng|ke yi) ?(?:yong|dayin|shangwang|denglu|lianjie|saomiao) le\b(?! ?(?:ma|ba)\b)`,
    // Solved, repaired: "jiejue le", "xiu hao le"; not "mei jiejue", "jiejue le ma".
    String.raw`\b(?<!mei |meiyou |hai mei |bu )(?:jiejue le|xiu hao le|gao ding le|huifu zhengchang le)\b(?! ?(?:ma|ba|mei|meiyou)\b)`,
  ],
  faults: [
    '坏',
    '故障',
    '出错',
    '报错',
    '问题',
    '卡',
    '崩溃',
    '掉线',
    '死机',
    '毛病',
    '不行',
    '不能用',
    '用不了',
    '连不上',
  ],
  // C101: a clause taken as given is asserted, in a question too.
  presuppositions: ['既然'],
};
