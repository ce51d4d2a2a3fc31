import type { NotePreviewMessages } from '../messages.js';

/** Chinese (Simplified). */
export const zh: Partial<NotePreviewMessages> = {
  headingResolve: '解决说明',
  headingEscalate: '升级资料包（内部）',
  noteText: '说明文本',
  renderedView: '说明发布后的样子',
  edit: '编辑文本',
  showPreview: '显示预览',
  drafting: '正在起草说明…',
  posting: '正在发布到 PSA 并核对工单…',
  confirm: '确认并发布',
  discardEdits: '放弃编辑',
  draftedFrom: ({ version }) => `根据会话第 ${version} 版起草`,
  edited: '已编辑',
  internalOnly: '内部说明，客户永远看不到',
  editsKept: '新草稿没有变化，已保留您的编辑',
  fallbackIntro: ({ why }) =>
    `由于未使用 AI 撰写器，此草稿由标准模板根据会话记录写成：${why}。请像对待任何草稿一样通读并编辑。`,
  fallbackWhyClaim: '其草稿称问题已解决，而会话中没有这样的记录',
  fallbackWhyMismatch: '其草稿与会话记录不符',
  fallbackWhyUnreachable: '无法连接到它',
  ticket: ({ id }) => `工单 #${id}`,
  theTicket: '该工单',
  savedNoTicket: '仅保存在 closeout 中：由于此会话没有关联工单，未向 PSA 发布任何内容。',
  savedNoPsa: '仅保存在 closeout 中：由于此账户没有连接 PSA，未向 PSA 发布任何内容。',
  verified: ({ status, ticket }) => `${status} — 已重新读取${ticket}核实`,
  postedStatusUnchanged: ({ ticket }) =>
    `已发布到${ticket}；由于此账户未设置目标状态，工单状态保持不变。请让管理员设置一个。`,
  stale:
    '此草稿写成后会话已有变化，因此可能遗漏了之后发生的事。请重新加载草稿以纳入这些变化（如果草稿没有变化，您的编辑会保留）。',
  verificationFailed: ({ ticket, expected, actual }) =>
    `说明已发布，但重新读取后，${ticket}仍显示 ${actual}，而不是 ${expected}。PSA 可能拒绝了此更改（工作流规则，或该状态不在工单的看板上）。请重试状态更改，或检查工单。`,
  outcomeNotResolved:
    '当前修复未记录为成功，因此这条说明会关闭一个问题可能尚未解决的工单。请先记录结果；如果确定，也可以仍然解决。',
  inProgressNote: '这条说明的另一次发布正在进行中。请稍候，然后再次检查。',
  inProgressPackage: '这个资料包的另一次发布正在进行中。请稍候，然后再次检查。',
  loadFailed: '无法加载草稿。',
  postFailed: '没有任何内容被确认为已发布。',
  reasonSessionMissing: '此会话已不存在，或您的账户无法查看它。',
  reasonSignedOut: '您的登录已过期。请重新登录后再试。',
  reasonPsa: 'PSA 未接受请求或没有响应。请稍后再试；如果仍然失败，请让管理员检查 PSA 连接。',
  reasonDrafting: '目前无法起草说明。请稍后再试。',
  reasonTextRejected: '说明文本未被接受：可能为空或过长。',
  reasonChanged: '会话在同一时刻发生了变化。请再试一次。',
  reasonOffline: '无法连接到 closeout。请检查网络连接后再试。',
  reasonUnexpected: '出现了问题。请再试一次；如果仍然失败，请告知管理员。',
  reloadDraft: '重新加载草稿',
  retry: '重试',
  resolveAnyway: '仍然解决',
  checkAgain: '再次检查',
  tryAgain: '再试一次',
};
