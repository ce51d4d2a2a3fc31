import type { NotePreviewMessages } from '../messages.js';

/** Portuguese. */
export const pt: Partial<NotePreviewMessages> = {
  headingResolve: 'Nota de resolução',
  headingEscalate: 'Pacote de escalonamento (interno)',
  noteText: 'Texto da nota',
  renderedView: 'A nota como será publicada',
  edit: 'Editar texto',
  showPreview: 'Mostrar pré-visualização',
  drafting: 'A redigir a nota…',
  posting: 'A publicar no PSA e a verificar o ticket…',
  confirm: 'Confirmar e publicar',
  discardEdits: 'Descartar alterações',
  draftedFrom: ({ version }) => `Redigida a partir da versão ${version} da sessão`,
  edited: 'editada',
  internalOnly: 'nota interna, nunca mostrada ao cliente',
  editsKept: 'o novo rascunho não mudou, por isso as suas alterações foram mantidas',
  fallbackIntro: ({ why }) =>
    `Este rascunho foi escrito pelo modelo padrão a partir do registo da sessão, porque o redator de IA não foi usado: ${why}. Leia-o e edite-o como qualquer rascunho.`,
  fallbackWhyClaim: 'o rascunho dele dizia que o problema estava resolvido, o que a sessão não regista',
  fallbackWhyMismatch: 'o rascunho dele não correspondia ao que a sessão regista',
  fallbackWhyUnreachable: 'não foi possível contactá-lo',
  ticket: ({ id }) => `o ticket #${id}`,
  theTicket: 'o ticket',
  savedNoTicket:
    'Guardada apenas no closeout: nada foi publicado no PSA, porque esta sessão não tem nenhum ticket associado.',
  savedNoPsa:
    'Guardada apenas no closeout: nada foi publicado no PSA, porque esta conta não tem nenhum PSA ligado.',
  verified: ({ status, ticket }) => `${status} — verificado ao reler ${ticket}`,
  postedStatusUnchanged: ({ ticket }) =>
    `Publicada em ${ticket}; o estado ficou inalterado, porque esta conta não tem um estado de destino definido. Peça ao seu administrador para definir um.`,
  stale:
    'A sessão mudou depois de este rascunho ter sido escrito, por isso pode omitir o que aconteceu desde então. Recarregue o rascunho para incluir as alterações (as suas alterações mantêm-se se o rascunho voltar igual).',
  verificationFailed: ({ ticket, expected, actual }) =>
    `A nota foi publicada, mas ${ticket} continua a mostrar ${actual} em vez de ${expected} depois de relido. O PSA pode ter recusado a alteração (uma regra de fluxo de trabalho ou um estado que não está no quadro do ticket). Repita a alteração de estado ou verifique o ticket.`,
  outcomeNotResolved:
    'A correção ativa não está registada como bem-sucedida, por isso esta nota fecharia um ticket cujo problema pode não estar resolvido. Registe primeiro o resultado, ou resolva mesmo assim se tiver a certeza.',
  inProgressNote: 'Já está em curso outra publicação desta nota. Aguarde um momento e verifique de novo.',
  inProgressPackage:
    'Já está em curso outra publicação deste pacote. Aguarde um momento e verifique de novo.',
  loadFailed: 'Não foi possível carregar o rascunho.',
  postFailed: 'Nenhuma publicação foi confirmada.',
  reasonSessionMissing: 'Esta sessão já não existe, ou a sua conta não a consegue ver.',
  reasonSignedOut: 'A sua sessão de acesso expirou. Inicie sessão de novo e tente outra vez.',
  reasonPsa:
    'O PSA não aceitou o pedido ou não respondeu. Tente de novo daqui a pouco; se continuar a falhar, peça ao seu administrador para verificar a ligação ao PSA.',
  reasonDrafting: 'Não foi possível redigir a nota neste momento. Tente de novo daqui a pouco.',
  reasonTextRejected: 'O texto da nota não foi aceite: pode estar vazio ou ser demasiado longo.',
  reasonChanged: 'A sessão mudou no mesmo instante. Tente de novo.',
  reasonOffline: 'Não foi possível contactar o closeout. Verifique a sua ligação e tente de novo.',
  reasonUnexpected: 'Algo correu mal. Tente de novo; se continuar a falhar, avise o seu administrador.',
  reloadDraft: 'Recarregar rascunho',
  retry: 'Tentar de novo',
  resolveAnyway: 'Resolver mesmo assim',
  checkAgain: 'Verificar de novo',
  tryAgain: 'Tentar de novo',
  timeEntryLegend: 'Registo de tempo',
  timeEntryMinutes: 'Tempo gasto (minutos)',
  timeEntryBillable: 'Faturável',
  timeEntryDrafting: 'A preparar o registo de tempo…',
  timeEntryDraftFailed:
    'Não foi possível preparar o registo de tempo. Publique a nota sem ele ou tente mais tarde.',
  timeEntryLogged: ({ minutes }) => `${minutes} min registados no ticket.`,
  noteMissing: ({ ticket, noteId }) =>
    `A nota foi publicada, mas ${ticket} já não a contém (nota ${noteId}). O estado não foi alterado. Verifique o ticket e depois tente de novo, ou pare.`,
  noteVisibilityDiffers: ({ ticket, noteId, actual, expected }) =>
    `A nota foi publicada em ${ticket}, mas o PSA guardou-a ${actual} em vez de ${expected} (nota ${noteId}). O estado não foi alterado. Corrija a visibilidade da nota no PSA e depois tente de novo; não é publicada uma segunda nota.`,
  noteTextDiffers: ({ ticket, noteId }) =>
    `A nota foi publicada em ${ticket}, mas o seu texto lá difere do que foi enviado (nota ${noteId}). O estado não foi alterado. Verifique a nota e depois tente de novo, ou pare.`,
  visibilityInternal: 'como interna (oculta ao cliente)',
  visibilityCustomer: 'visível para o cliente',
  unfinished: ({ kind, ticket, noteId }) =>
    `Uma publicação anterior ${kind === 'resolve' ? 'da nota de resolução' : 'do pacote de escalonamento'} desta sessão ${noteId === null ? 'pode ter colocado a sua nota' : `colocou a sua nota (${noteId})`} em ${ticket} e parou antes da alteração de estado. É isso que falta: conclua-a com o texto que publicou, ou pare. Nada de novo é publicado.`,
  stopped: ({ ticket }) =>
    `Parado. A nota fica em ${ticket} e o estado não foi alterado. Abra este passo de novo para concluir; a nota não será publicada duas vezes.`,
  retryStatus: 'Repetir a alteração de estado',
  checkNoteAgain: 'Verificar a nota de novo',
  finishEarlier: 'Concluir a publicação anterior',
  stopHere: 'Parar aqui',
  postedNote: 'Nota no ticket (publicada, só de leitura)',
  contactEmailYes: 'Ao publicar, o contacto do ticket recebe um e-mail.',
  contactEmailNo: 'O contacto do ticket não recebe e-mail.',
  contactEmailPsaRules:
    'Se o contacto recebe um e-mail depende das regras do PSA (este PSA não tem uma definição por nota).',
};
