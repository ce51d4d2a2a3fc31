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
};
