import type { NotePreviewMessages } from '../messages.js';

/** German. */
export const de: Partial<NotePreviewMessages> = {
  headingResolve: 'Lösungsnotiz',
  headingEscalate: 'Eskalationspaket (intern)',
  noteText: 'Notiztext',
  renderedView: 'Die Notiz, wie sie gepostet wird',
  edit: 'Text bearbeiten',
  showPreview: 'Vorschau anzeigen',
  drafting: 'Die Notiz wird entworfen…',
  posting: 'Wird im PSA gepostet und das Ticket geprüft…',
  confirm: 'Bestätigen & posten',
  discardEdits: 'Änderungen verwerfen',
  draftedFrom: ({ version }) => `Entworfen aus Version ${version} der Sitzung`,
  edited: 'bearbeitet',
  internalOnly: 'interne Notiz, nie für den Kunden sichtbar',
  editsKept: 'der neue Entwurf ist unverändert, Ihre Änderungen bleiben erhalten',
  fallbackIntro: ({ why }) =>
    `Dieser Entwurf wurde von der Standardvorlage aus den Sitzungsdaten geschrieben, weil der KI-Assistent nicht verwendet wurde: ${why}. Lesen Sie ihn durch und bearbeiten Sie ihn wie jeden Entwurf.`,
  fallbackWhyClaim: 'sein Entwurf sagte, das Problem sei behoben, was die Sitzung nicht belegt',
  fallbackWhyMismatch: 'sein Entwurf passte nicht zu dem, was die Sitzung festhält',
  fallbackWhyUnreachable: 'er war nicht erreichbar',
  ticket: ({ id }) => `Ticket #${id}`,
  theTicket: 'das Ticket',
  savedNoTicket:
    'Nur in closeout gespeichert: Im PSA wurde nichts gepostet, weil diese Sitzung mit keinem Ticket verknüpft ist.',
  savedNoPsa:
    'Nur in closeout gespeichert: Im PSA wurde nichts gepostet, weil für dieses Konto kein PSA verbunden ist.',
  verified: ({ status, ticket }) => `${status} — bestätigt durch erneutes Lesen von ${ticket}`,
  postedStatusUnchanged: ({ ticket }) =>
    `In ${ticket} gepostet; der Status blieb unverändert, weil für dieses Konto kein Zielstatus festgelegt ist. Bitten Sie Ihren Administrator, einen festzulegen.`,
  stale:
    'Die Sitzung hat sich geändert, nachdem dieser Entwurf geschrieben wurde; ihm fehlt womöglich, was seitdem geschah. Laden Sie den Entwurf neu, um die Änderungen aufzunehmen (Ihre Änderungen bleiben erhalten, wenn der Entwurf unverändert zurückkommt).',
  verificationFailed: ({ ticket, expected, actual }) =>
    `Die Notiz wurde gepostet, aber ${ticket} zeigt nach erneutem Lesen weiterhin ${actual} statt ${expected}. Das PSA hat die Änderung möglicherweise abgelehnt (eine Workflow-Regel oder ein Status, der nicht zum Board des Tickets gehört). Wiederholen Sie die Statusänderung oder prüfen Sie das Ticket.`,
  outcomeNotResolved:
    'Die aktive Lösung ist nicht als erfolgreich erfasst; diese Notiz würde also ein Ticket schließen, dessen Problem womöglich nicht behoben ist. Erfassen Sie zuerst das Ergebnis oder lösen Sie trotzdem, wenn Sie sicher sind.',
  inProgressNote:
    'Diese Notiz wird gerade schon gepostet. Warten Sie einen Moment und prüfen Sie dann erneut.',
  inProgressPackage:
    'Dieses Paket wird gerade schon gepostet. Warten Sie einen Moment und prüfen Sie dann erneut.',
  loadFailed: 'Der Entwurf konnte nicht geladen werden.',
  postFailed: 'Es wurde nichts als gepostet bestätigt.',
  reasonSessionMissing: 'Diese Sitzung existiert nicht mehr, oder Ihr Konto kann sie nicht sehen.',
  reasonSignedOut:
    'Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an und versuchen Sie es noch einmal.',
  reasonPsa:
    'Das PSA hat die Anfrage nicht angenommen oder nicht geantwortet. Versuchen Sie es gleich noch einmal; wenn es weiter fehlschlägt, bitten Sie Ihren Administrator, die PSA-Verbindung zu prüfen.',
  reasonDrafting: 'Die Notiz konnte gerade nicht entworfen werden. Versuchen Sie es gleich noch einmal.',
  reasonTextRejected: 'Der Notiztext wurde nicht angenommen: Er ist womöglich leer oder zu lang.',
  reasonChanged: 'Die Sitzung hat sich im selben Moment geändert. Versuchen Sie es noch einmal.',
  reasonOffline:
    'closeout ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.',
  reasonUnexpected:
    'Etwas ist schiefgelaufen. Versuchen Sie es noch einmal; wenn es weiter fehlschlägt, wenden Sie sich an Ihren Administrator.',
  reloadDraft: 'Entwurf neu laden',
  retry: 'Wiederholen',
  resolveAnyway: 'Trotzdem lösen',
  checkAgain: 'Erneut prüfen',
  tryAgain: 'Erneut versuchen',
  timeEntryLegend: 'Zeiteintrag',
  timeEntryMinutes: 'Aufgewendete Zeit (Minuten)',
  timeEntryBillable: 'Abrechenbar',
  timeEntryDrafting: 'Der Zeiteintrag wird entworfen…',
  timeEntryDraftFailed:
    'Der Zeiteintrag konnte nicht entworfen werden. Posten Sie die Notiz ohne ihn oder versuchen Sie es später noch einmal.',
  timeEntryLogged: ({ minutes }) => `${minutes} Min. auf dem Ticket erfasst.`,
  noteMissing: ({ ticket, noteId }) =>
    `Die Notiz wurde gepostet, aber ${ticket} enthält sie nicht mehr (Notiz ${noteId}). Der Status wurde nicht geändert. Prüfen Sie das Ticket und wiederholen Sie dann oder brechen Sie ab.`,
  noteVisibilityDiffers: ({ ticket, noteId, actual, expected }) =>
    `Die Notiz wurde in ${ticket} gepostet, aber das PSA hat sie ${actual} statt ${expected} gespeichert (Notiz ${noteId}). Der Status wurde nicht geändert. Korrigieren Sie die Sichtbarkeit der Notiz im PSA und wiederholen Sie dann; es wird keine zweite Notiz gepostet.`,
  noteTextDiffers: ({ ticket, noteId }) =>
    `Die Notiz wurde in ${ticket} gepostet, aber ihr Text dort weicht vom gesendeten ab (Notiz ${noteId}). Der Status wurde nicht geändert. Prüfen Sie die Notiz und wiederholen Sie dann oder brechen Sie ab.`,
  visibilityInternal: 'als intern (für den Kunden verborgen)',
  visibilityCustomer: 'für den Kunden sichtbar',
  unfinished: ({ kind, ticket, noteId }) =>
    `Ein früheres Posten ${kind === 'resolve' ? 'der Lösungsnotiz' : 'des Eskalationspakets'} dieser Sitzung hat ${noteId === null ? 'seine Notiz möglicherweise' : `seine Notiz (${noteId})`} in ${ticket} gepostet und vor der Statusänderung angehalten. Das ist, was bleibt: Schließen Sie es mit dem geposteten Text ab oder brechen Sie ab. Es wird nichts Neues gepostet.`,
  stopped: ({ ticket }) =>
    `Angehalten. Die Notiz bleibt in ${ticket}, und sein Status wurde nicht geändert. Öffnen Sie diesen Schritt erneut, um abzuschließen; die Notiz wird nicht zweimal gepostet.`,
  retryStatus: 'Statusänderung wiederholen',
  checkNoteAgain: 'Notiz erneut prüfen',
  finishEarlier: 'Früheres Posten abschließen',
  stopHere: 'Hier anhalten',
  postedNote: 'Notiz im Ticket (gepostet, schreibgeschützt)',
  contactEmailYes: 'Beim Posten erhält der Kontakt des Tickets eine E-Mail.',
  contactEmailNo: 'Der Kontakt des Tickets erhält keine E-Mail.',
  contactEmailPsaRules:
    'Ob der Kontakt eine E-Mail erhält, entscheiden die Regeln des PSA (dieses PSA kennt keine Einstellung pro Notiz).',
};
