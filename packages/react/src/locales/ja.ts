import type { NotePreviewMessages } from '../messages.js';

/** Japanese. */
export const ja: Partial<NotePreviewMessages> = {
  headingResolve: '解決メモ',
  headingEscalate: 'エスカレーション資料（社内用）',
  noteText: 'メモの本文',
  renderedView: '投稿されるメモの表示',
  edit: '本文を編集',
  showPreview: 'プレビューを表示',
  drafting: 'メモを作成しています…',
  posting: 'PSA に投稿し、チケットを確認しています…',
  confirm: '確認して投稿',
  discardEdits: '編集を破棄',
  draftedFrom: ({ version }) => `セッションのバージョン ${version} から作成`,
  edited: '編集済み',
  internalOnly: '社内メモ（お客様には表示されません）',
  editsKept: '新しい下書きは変わっていないため、編集内容はそのままです',
  fallbackIntro: ({ why }) =>
    `AI ライターを使用しなかったため、この下書きはセッションの記録から標準テンプレートで作成されました（${why}）。ほかの下書きと同じように確認し、編集してください。`,
  fallbackWhyClaim: 'AI の下書きは、セッションに記録されていない「問題は解決した」という内容でした',
  fallbackWhyMismatch: 'AI の下書きがセッションの記録と一致しませんでした',
  fallbackWhyUnreachable: 'AI ライターに接続できませんでした',
  ticket: ({ id }) => `チケット #${id}`,
  theTicket: 'チケット',
  savedNoTicket:
    'closeout にのみ保存しました。このセッションにはチケットが紐付いていないため、PSA には何も投稿していません。',
  savedNoPsa:
    'closeout にのみ保存しました。このアカウントには PSA が接続されていないため、PSA には何も投稿していません。',
  verified: ({ status, ticket }) => `${status} — ${ticket}を再読み込みして確認済み`,
  postedStatusUnchanged: ({ ticket }) =>
    `${ticket}に投稿しました。このアカウントには変更先のステータスが設定されていないため、ステータスは変更していません。管理者に設定を依頼してください。`,
  stale:
    'この下書きの作成後にセッションが変更されたため、その後の内容が含まれていない可能性があります。下書きを再読み込みして変更を反映してください（下書きが変わらなければ編集内容はそのまま残ります）。',
  verificationFailed: ({ ticket, expected, actual }) =>
    `メモは投稿されましたが、再読み込みした${ticket}のステータスは ${expected} ではなく ${actual} のままです。PSA が変更を拒否した可能性があります（ワークフロールール、またはチケットのボードにないステータス）。ステータスの変更を再試行するか、チケットを確認してください。`,
  outcomeNotResolved:
    '現在の対処は成功として記録されていないため、このメモは問題が解決していない可能性のあるチケットを閉じることになります。先に結果を記録するか、確実な場合はこのまま解決してください。',
  inProgressNote: 'このメモの別の投稿が進行中です。しばらく待ってから、もう一度確認してください。',
  inProgressPackage: 'この資料の別の投稿が進行中です。しばらく待ってから、もう一度確認してください。',
  loadFailed: '下書きを読み込めませんでした。',
  postFailed: '投稿は確認されていません。',
  reasonSessionMissing: 'このセッションは存在しないか、お使いのアカウントでは表示できません。',
  reasonSignedOut: 'サインインの有効期限が切れました。もう一度サインインしてから、再度お試しください。',
  reasonPsa:
    'PSA がリクエストを受け付けなかったか、応答しませんでした。少し待ってから再度お試しください。失敗が続く場合は、管理者に PSA の接続を確認するよう依頼してください。',
  reasonDrafting: '現在メモを作成できません。少し待ってから再度お試しください。',
  reasonTextRejected: 'メモの本文が受け付けられませんでした。空であるか、長すぎる可能性があります。',
  reasonChanged: '同時にセッションが変更されました。もう一度お試しください。',
  reasonOffline: 'closeout に接続できません。接続を確認してから、再度お試しください。',
  reasonUnexpected: '問題が発生しました。再度お試しください。失敗が続く場合は管理者に連絡してください。',
  reloadDraft: '下書きを再読み込み',
  retry: '再試行',
  resolveAnyway: 'このまま解決',
  checkAgain: 'もう一度確認',
  tryAgain: '再試行',
  timeEntryLegend: '作業時間',
  timeEntryMinutes: '作業時間（分）',
  timeEntryBillable: '請求対象',
  timeEntryDrafting: '作業時間を作成しています…',
  timeEntryDraftFailed:
    '作業時間を作成できませんでした。作業時間なしでメモを投稿するか、後でもう一度お試しください。',
  timeEntryLogged: ({ minutes }) => `チケットに ${minutes} 分を記録しました。`,
  noteMissing: ({ ticket, noteId }) =>
    `メモは投稿されましたが、${ticket}にそのメモがありません（メモ ${noteId}）。ステータスは変更されていません。チケットを確認してから再試行するか、中止してください。`,
  noteVisibilityDiffers: ({ ticket, noteId, actual, expected }) =>
    `メモは${ticket}に投稿されましたが、PSA は ${expected} ではなく ${actual} として保存しました（メモ ${noteId}）。ステータスは変更されていません。PSA でメモの公開範囲を修正してから再試行してください。メモが二重に投稿されることはありません。`,
  noteTextDiffers: ({ ticket, noteId }) =>
    `メモは${ticket}に投稿されましたが、そこでの本文が送信した内容と異なります（メモ ${noteId}）。ステータスは変更されていません。メモを確認してから再試行するか、中止してください。`,
  visibilityInternal: '社内用（お客様には非表示）',
  visibilityCustomer: 'お客様に表示',
  unfinished: ({ kind, ticket, noteId }) =>
    `このセッションの以前の${kind === 'resolve' ? '解決メモ' : 'エスカレーションパッケージ'}の投稿が、${noteId === null ? 'メモを' : `メモ（${noteId}）を`}${ticket}に${noteId === null ? '投稿した可能性があり' : '投稿し'}、ステータス変更の前に止まりました。残っているのはそれだけです。投稿済みの本文で完了するか、中止してください。新たには何も投稿されません。`,
  stopped: ({ ticket }) =>
    `中止しました。メモは${ticket}に残り、ステータスは変更されていません。完了するにはこの手順をもう一度開いてください。メモが二重に投稿されることはありません。`,
  retryStatus: 'ステータスの変更を再試行',
  checkNoteAgain: 'メモをもう一度確認',
  finishEarlier: '以前の投稿を完了',
  stopHere: 'ここで中止',
  postedNote: 'チケット上のメモ（投稿済み、読み取り専用）',
  contactEmailYes: '投稿するとチケットの連絡先にメールが送られます。',
  contactEmailNo: 'チケットの連絡先にはメールは送られません。',
  contactEmailPsaRules:
    '連絡先にメールが送られるかどうかは PSA 側のルールで決まります（この PSA にはメモごとの設定がありません）。',
};
