import type { NotePreviewMessages } from '../messages.js';

/** Spanish. */
export const es: Partial<NotePreviewMessages> = {
  headingResolve: 'Nota de resolución',
  headingEscalate: 'Paquete de escalado (interno)',
  noteText: 'Texto de la nota',
  renderedView: 'La nota tal como se publicará',
  edit: 'Editar texto',
  showPreview: 'Ver vista previa',
  drafting: 'Redactando la nota…',
  posting: 'Publicando en el PSA y comprobando el ticket…',
  confirm: 'Confirmar y publicar',
  discardEdits: 'Descartar cambios',
  draftedFrom: ({ version }) => `Redactada a partir de la versión ${version} de la sesión`,
  edited: 'editada',
  internalOnly: 'nota interna, nunca visible para el cliente',
  editsKept: 'el nuevo borrador no ha cambiado, así que se conservan sus cambios',
  fallbackIntro: ({ why }) =>
    `Este borrador lo redactó la plantilla estándar a partir del registro de la sesión, porque no se usó el redactor de IA: ${why}. Léalo y edítelo como cualquier borrador.`,
  fallbackWhyClaim: 'su borrador decía que el problema estaba resuelto, algo que la sesión no registra',
  fallbackWhyMismatch: 'su borrador no coincidía con lo que registra la sesión',
  fallbackWhyUnreachable: 'no se pudo contactar con él',
  ticket: ({ id }) => `el ticket #${id}`,
  theTicket: 'el ticket',
  savedNoTicket:
    'Guardada solo en closeout: no se publicó nada en el PSA porque esta sesión no tiene ningún ticket vinculado.',
  savedNoPsa:
    'Guardada solo en closeout: no se publicó nada en el PSA porque esta cuenta no tiene un PSA conectado.',
  verified: ({ status, ticket }) => `${status} — verificado al volver a leer ${ticket}`,
  postedStatusUnchanged: ({ ticket }) =>
    `Publicada en ${ticket}; su estado no se modificó porque esta cuenta no tiene un estado de destino definido. Pida a su administrador que defina uno.`,
  stale:
    'La sesión cambió después de redactar este borrador, por lo que puede omitir lo ocurrido desde entonces. Vuelva a cargar el borrador para incluir los cambios (sus cambios se conservan si el borrador vuelve igual).',
  verificationFailed: ({ ticket, expected, actual }) =>
    `La nota se publicó, pero ${ticket} sigue mostrando ${actual} en lugar de ${expected} al volver a leerlo. Puede que el PSA rechazara el cambio (una regla de flujo de trabajo o un estado que no está en el tablero del ticket). Reintente el cambio de estado o revise el ticket.`,
  outcomeNotResolved:
    'La solución activa no consta como exitosa, así que esta nota cerraría un ticket cuyo problema quizá no esté resuelto. Registre primero el resultado, o resuelva de todos modos si está seguro.',
  inProgressNote: 'Ya hay otra publicación de esta nota en curso. Espere un momento y vuelva a comprobar.',
  inProgressPackage:
    'Ya hay otra publicación de este paquete en curso. Espere un momento y vuelva a comprobar.',
  loadFailed: 'No se pudo cargar el borrador.',
  postFailed: 'No se confirmó ninguna publicación.',
  reasonSessionMissing: 'Esta sesión ya no existe o su cuenta no puede verla.',
  reasonSignedOut: 'Su sesión de acceso ha caducado. Vuelva a iniciar sesión e inténtelo de nuevo.',
  reasonPsa:
    'El PSA no aceptó la solicitud o no respondió. Inténtelo de nuevo en un momento; si sigue fallando, pida a su administrador que revise la conexión con el PSA.',
  reasonDrafting: 'No se pudo redactar la nota en este momento. Inténtelo de nuevo en un momento.',
  reasonTextRejected: 'No se aceptó el texto de la nota: puede que esté vacío o sea demasiado largo.',
  reasonChanged: 'La sesión cambió en ese mismo momento. Inténtelo de nuevo.',
  reasonOffline: 'No se pudo contactar con closeout. Compruebe su conexión e inténtelo de nuevo.',
  reasonUnexpected: 'Algo salió mal. Inténtelo de nuevo; si sigue fallando, avise a su administrador.',
  reloadDraft: 'Recargar borrador',
  retry: 'Reintentar',
  resolveAnyway: 'Resolver de todos modos',
  checkAgain: 'Volver a comprobar',
  tryAgain: 'Intentar de nuevo',
  timeEntryLegend: 'Registro de tiempo',
  timeEntryMinutes: 'Tiempo dedicado (minutos)',
  timeEntryBillable: 'Facturable',
  timeEntryDrafting: 'Preparando el registro de tiempo…',
  timeEntryDraftFailed:
    'No se pudo preparar el registro de tiempo. Publique la nota sin él o inténtelo más tarde.',
  timeEntryLogged: ({ minutes }) => `${minutes} min registrados en el ticket.`,
  noteMissing: ({ ticket, noteId }) =>
    `La nota se publicó, pero ${ticket} ya no la contiene (nota ${noteId}). El estado no se cambió. Revise el ticket y luego reintente, o deténgase.`,
  noteVisibilityDiffers: ({ ticket, noteId, actual, expected }) =>
    `La nota se publicó en ${ticket}, pero el PSA la guardó ${actual} en lugar de ${expected} (nota ${noteId}). El estado no se cambió. Corrija la visibilidad de la nota en el PSA y luego reintente; no se publica una segunda nota.`,
  noteTextDiffers: ({ ticket, noteId }) =>
    `La nota se publicó en ${ticket}, pero su texto allí difiere del enviado (nota ${noteId}). El estado no se cambió. Revise la nota y luego reintente, o deténgase.`,
  visibilityInternal: 'como interna (oculta para el cliente)',
  visibilityCustomer: 'visible para el cliente',
  unfinished: ({ kind, ticket, noteId }) =>
    `Una publicación anterior ${kind === 'resolve' ? 'de la nota de resolución' : 'del paquete de escalado'} de esta sesión ${noteId === null ? 'puede haber puesto su nota' : `puso su nota (${noteId})`} en ${ticket} y se detuvo antes del cambio de estado. Eso es lo que queda: termínela con el texto que publicó, o deténgase. No se publica nada nuevo.`,
  stopped: ({ ticket }) =>
    `Detenido. La nota permanece en ${ticket} y su estado no se cambió. Vuelva a abrir este paso para terminar; la nota no se publicará dos veces.`,
  retryStatus: 'Reintentar el cambio de estado',
  checkNoteAgain: 'Volver a comprobar la nota',
  finishEarlier: 'Terminar la publicación anterior',
  stopHere: 'Detenerse aquí',
  postedNote: 'Nota en el ticket (publicada, solo lectura)',
  contactEmailYes: 'Al publicar se envía un correo al contacto del ticket.',
  contactEmailNo: 'No se envía correo al contacto del ticket.',
  contactEmailPsaRules:
    'Si se envía un correo al contacto lo deciden las reglas del PSA (este PSA no admite un ajuste por nota).',
};
