import type { NotePreviewMessages } from '../messages.js';

/** Korean. */
export const ko: Partial<NotePreviewMessages> = {
  headingResolve: '해결 메모',
  headingEscalate: '에스컬레이션 자료 (내부용)',
  noteText: '메모 내용',
  renderedView: '게시될 메모의 모습',
  edit: '내용 편집',
  showPreview: '미리보기 표시',
  drafting: '메모를 작성하는 중…',
  posting: 'PSA에 게시하고 티켓을 확인하는 중…',
  confirm: '확인 후 게시',
  discardEdits: '편집 취소',
  draftedFrom: ({ version }) => `세션 버전 ${version}에서 작성됨`,
  edited: '편집됨',
  internalOnly: '내부 메모, 고객에게는 표시되지 않음',
  editsKept: '새 초안이 바뀌지 않아 편집 내용을 유지했습니다',
  fallbackIntro: ({ why }) =>
    `AI 작성기를 사용하지 않아 이 초안은 세션 기록을 바탕으로 기본 템플릿이 작성했습니다: ${why}. 다른 초안처럼 읽어 보고 편집하세요.`,
  fallbackWhyClaim: 'AI 초안이 세션에 기록되지 않은 문제 해결을 주장했습니다',
  fallbackWhyMismatch: 'AI 초안이 세션 기록과 맞지 않았습니다',
  fallbackWhyUnreachable: 'AI 작성기에 연결할 수 없었습니다',
  ticket: ({ id }) => `티켓 #${id}`,
  theTicket: '티켓',
  savedNoTicket: 'closeout에만 저장됨: 이 세션에 연결된 티켓이 없어 PSA에 아무것도 게시하지 않았습니다.',
  savedNoPsa: 'closeout에만 저장됨: 이 계정에 연결된 PSA가 없어 PSA에 아무것도 게시하지 않았습니다.',
  verified: ({ status, ticket }) => `${status} — ${ticket}을(를) 다시 읽어 확인함`,
  postedStatusUnchanged: ({ ticket }) =>
    `${ticket}에 게시했습니다. 이 계정에 대상 상태가 설정되어 있지 않아 상태는 바꾸지 않았습니다. 관리자에게 설정을 요청하세요.`,
  stale:
    '이 초안을 작성한 뒤 세션이 바뀌어 그 이후의 내용이 빠져 있을 수 있습니다. 초안을 다시 불러와 변경 사항을 반영하세요 (초안이 그대로이면 편집 내용은 유지됩니다).',
  verificationFailed: ({ ticket, expected, actual }) =>
    `메모는 게시되었지만 다시 읽은 ${ticket}의 상태가 ${expected}이(가) 아니라 여전히 ${actual}입니다. PSA가 변경을 거부했을 수 있습니다 (워크플로 규칙, 또는 티켓 보드에 없는 상태). 상태 변경을 다시 시도하거나 티켓을 확인하세요.`,
  outcomeNotResolved:
    '현재 조치가 성공으로 기록되지 않아, 이 메모는 문제가 해결되지 않았을 수 있는 티켓을 닫게 됩니다. 먼저 결과를 기록하거나, 확실하다면 그대로 해결하세요.',
  inProgressNote: '이 메모의 다른 게시가 진행 중입니다. 잠시 기다린 뒤 다시 확인하세요.',
  inProgressPackage: '이 자료의 다른 게시가 진행 중입니다. 잠시 기다린 뒤 다시 확인하세요.',
  loadFailed: '초안을 불러오지 못했습니다.',
  postFailed: '게시가 확인되지 않았습니다.',
  reasonSessionMissing: '이 세션이 더 이상 없거나, 계정에서 볼 수 없습니다.',
  reasonSignedOut: '로그인이 만료되었습니다. 다시 로그인한 뒤 다시 시도하세요.',
  reasonPsa:
    'PSA가 요청을 받아들이지 않았거나 응답하지 않았습니다. 잠시 후 다시 시도하고, 계속 실패하면 관리자에게 PSA 연결 확인을 요청하세요.',
  reasonDrafting: '지금은 메모를 작성할 수 없습니다. 잠시 후 다시 시도하세요.',
  reasonTextRejected: '메모 내용이 받아들여지지 않았습니다. 비어 있거나 너무 길 수 있습니다.',
  reasonChanged: '같은 순간에 세션이 바뀌었습니다. 다시 시도하세요.',
  reasonOffline: 'closeout에 연결할 수 없습니다. 연결을 확인한 뒤 다시 시도하세요.',
  reasonUnexpected: '문제가 발생했습니다. 다시 시도하고, 계속 실패하면 관리자에게 알리세요.',
  reloadDraft: '초안 다시 불러오기',
  retry: '다시 시도',
  resolveAnyway: '그대로 해결',
  checkAgain: '다시 확인',
  tryAgain: '다시 시도',
  timeEntryLegend: '작업 시간',
  timeEntryMinutes: '소요 시간(분)',
  timeEntryBillable: '청구 가능',
  timeEntryDrafting: '작업 시간 초안을 만드는 중…',
  timeEntryDraftFailed:
    '작업 시간 초안을 만들 수 없습니다. 작업 시간 없이 메모를 게시하거나 나중에 다시 시도하세요.',
  timeEntryLogged: ({ minutes }) => `티켓에 ${minutes}분이 기록되었습니다.`,
  noteMissing: ({ ticket, noteId }) =>
    `메모는 게시되었지만 ${ticket}에 더 이상 해당 메모가 없습니다 (메모 ${noteId}). 상태는 변경되지 않았습니다. 티켓을 확인한 뒤 다시 시도하거나 중단하세요.`,
  noteVisibilityDiffers: ({ ticket, noteId, actual, expected }) =>
    `메모는 ${ticket}에 게시되었지만 PSA가 ${expected}이(가) 아니라 ${actual}(으)로 저장했습니다 (메모 ${noteId}). 상태는 변경되지 않았습니다. PSA에서 메모의 공개 범위를 바로잡은 뒤 다시 시도하세요. 두 번째 메모는 게시되지 않습니다.`,
  noteTextDiffers: ({ ticket, noteId }) =>
    `메모는 ${ticket}에 게시되었지만 그곳의 내용이 보낸 내용과 다릅니다 (메모 ${noteId}). 상태는 변경되지 않았습니다. 메모를 확인한 뒤 다시 시도하거나 중단하세요.`,
  visibilityInternal: '내부용(고객에게 숨김)',
  visibilityCustomer: '고객에게 공개',
  unfinished: ({ kind, ticket, noteId }) =>
    `이 세션의 이전 ${kind === 'resolve' ? '해결 메모' : '에스컬레이션 패키지'} 게시가 ${noteId === null ? '메모를' : `메모(${noteId})를`} ${ticket}에 ${noteId === null ? '게시했을 수 있으며' : '게시했고'} 상태 변경 전에 멈췄습니다. 남은 일은 이것뿐입니다: 게시된 내용으로 마무리하거나 중단하세요. 새로 게시되는 것은 없습니다.`,
  stopped: ({ ticket }) =>
    `중단했습니다. 메모는 ${ticket}에 남아 있고 상태는 변경되지 않았습니다. 마무리하려면 이 단계를 다시 여세요. 메모가 두 번 게시되지는 않습니다.`,
  retryStatus: '상태 변경 다시 시도',
  checkNoteAgain: '메모 다시 확인',
  finishEarlier: '이전 게시 마무리',
  stopHere: '여기서 중단',
  postedNote: '티켓의 메모(게시됨, 읽기 전용)',
  contactEmailYes: '게시하면 티켓 담당 연락처에 이메일이 발송됩니다.',
  contactEmailNo: '티켓 담당 연락처에는 이메일이 발송되지 않습니다.',
  contactEmailPsaRules:
    '연락처에 이메일을 보낼지는 PSA 자체 규칙에 따릅니다 (이 PSA는 메모별 설정을 지원하지 않습니다).',
};
