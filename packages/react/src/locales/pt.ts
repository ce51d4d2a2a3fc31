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
};
