import type { NotePreviewMessages } from '../messages.js';

/** Italian. */
export const it: Partial<NotePreviewMessages> = {
  headingResolve: 'Nota di risoluzione',
  headingEscalate: 'Pacchetto di escalation (interno)',
  noteText: 'Testo della nota',
  renderedView: 'La nota come verrà pubblicata',
  edit: 'Modifica testo',
  showPreview: 'Mostra anteprima',
  drafting: 'Stesura della nota…',
  posting: 'Pubblicazione nel PSA e verifica del ticket…',
  confirm: 'Conferma e pubblica',
  discardEdits: 'Annulla modifiche',
  draftedFrom: ({ version }) => `Stesa dalla versione ${version} della sessione`,
  edited: 'modificata',
  internalOnly: 'nota interna, mai mostrata al cliente',
  editsKept: 'la nuova bozza è invariata, quindi le tue modifiche restano',
  fallbackIntro: ({ why }) =>
    `Questa bozza è stata scritta dal modello standard a partire dai dati della sessione, perché il redattore IA non è stato usato: ${why}. Rileggila e modificala come qualsiasi bozza.`,
  fallbackWhyClaim: 'la sua bozza diceva che il problema era risolto, cosa che la sessione non registra',
  fallbackWhyMismatch: 'la sua bozza non corrispondeva a quanto registrato nella sessione',
  fallbackWhyUnreachable: 'non era raggiungibile',
  ticket: ({ id }) => `il ticket n. ${id}`,
  theTicket: 'il ticket',
  savedNoTicket:
    'Salvata solo in closeout: nel PSA non è stato pubblicato nulla, perché questa sessione non è collegata a nessun ticket.',
  savedNoPsa:
    'Salvata solo in closeout: nel PSA non è stato pubblicato nulla, perché per questo account non è collegato alcun PSA.',
  verified: ({ status, ticket }) => `${status} — verificato rileggendo ${ticket}`,
  postedStatusUnchanged: ({ ticket }) =>
    `Pubblicata in ${ticket}; il suo stato non è cambiato, perché per questo account non è impostato uno stato di destinazione. Chiedi al tuo amministratore di impostarne uno.`,
  stale:
    'La sessione è cambiata dopo la stesura di questa bozza, che potrebbe quindi tralasciare ciò che è successo nel frattempo. Ricarica la bozza per includere le modifiche (le tue modifiche restano se la bozza torna invariata).',
  verificationFailed: ({ ticket, expected, actual }) =>
    `La nota è stata pubblicata, ma rileggendo ${ticket} mostra ancora ${actual} invece di ${expected}. Il PSA potrebbe aver rifiutato la modifica (una regola di workflow o uno stato non presente nella board del ticket). Riprova il cambio di stato o controlla il ticket.`,
  outcomeNotResolved:
    'La correzione attiva non risulta riuscita, quindi questa nota chiuderebbe un ticket il cui problema potrebbe non essere risolto. Registra prima l’esito, oppure risolvi comunque se ne sei sicuro.',
  inProgressNote:
    'È già in corso un’altra pubblicazione di questa nota. Attendi un momento, poi controlla di nuovo.',
  inProgressPackage:
    'È già in corso un’altra pubblicazione di questo pacchetto. Attendi un momento, poi controlla di nuovo.',
  loadFailed: 'Non è stato possibile caricare la bozza.',
  postFailed: 'Nessuna pubblicazione è stata confermata.',
  reasonSessionMissing: 'Questa sessione non esiste più, oppure il tuo account non può vederla.',
  reasonSignedOut: 'Il tuo accesso è scaduto. Accedi di nuovo, poi riprova.',
  reasonPsa:
    'Il PSA non ha accettato la richiesta o non ha risposto. Riprova tra un momento; se continua a non funzionare, chiedi al tuo amministratore di controllare la connessione al PSA.',
  reasonDrafting: 'Non è stato possibile stendere la nota in questo momento. Riprova tra poco.',
  reasonTextRejected: 'Il testo della nota non è stato accettato: forse è vuoto o troppo lungo.',
  reasonChanged: 'La sessione è cambiata nello stesso momento. Riprova.',
  reasonOffline: 'closeout non è raggiungibile. Controlla la connessione, poi riprova.',
  reasonUnexpected: 'Qualcosa è andato storto. Riprova; se continua, avvisa il tuo amministratore.',
  reloadDraft: 'Ricarica bozza',
  retry: 'Riprova',
  resolveAnyway: 'Risolvi comunque',
  checkAgain: 'Controlla di nuovo',
  tryAgain: 'Riprova',
  timeEntryLegend: 'Registrazione del tempo',
  timeEntryMinutes: 'Tempo impiegato (minuti)',
  timeEntryBillable: 'Fatturabile',
  timeEntryDrafting: 'Preparazione della registrazione del tempo…',
  timeEntryDraftFailed:
    'Non è stato possibile preparare la registrazione del tempo. Pubblica la nota senza, oppure riprova più tardi.',
  timeEntryLogged: ({ minutes }) => `${minutes} min registrati sul ticket.`,
  noteMissing: ({ ticket, noteId }) =>
    `La nota è stata pubblicata, ma ${ticket} non la contiene più (nota ${noteId}). Lo stato non è stato cambiato. Controlla il ticket, poi riprova, oppure fermati.`,
  noteVisibilityDiffers: ({ ticket, noteId, actual, expected }) =>
    `La nota è stata pubblicata su ${ticket}, ma il PSA l’ha salvata ${actual} invece che ${expected} (nota ${noteId}). Lo stato non è stato cambiato. Correggi la visibilità della nota nel PSA, poi riprova; non viene pubblicata una seconda nota.`,
  noteTextDiffers: ({ ticket, noteId }) =>
    `La nota è stata pubblicata su ${ticket}, ma lì il suo testo differisce da quello inviato (nota ${noteId}). Lo stato non è stato cambiato. Controlla la nota, poi riprova, oppure fermati.`,
  visibilityInternal: 'come interna (nascosta al cliente)',
  visibilityCustomer: 'visibile al cliente',
  unfinished: ({ kind, ticket, noteId }) =>
    `Una pubblicazione precedente ${kind === 'resolve' ? 'della nota di risoluzione' : 'del pacchetto di escalation'} di questa sessione ${noteId === null ? 'potrebbe aver messo la sua nota' : `ha messo la sua nota (${noteId})`} su ${ticket} e si è fermata prima del cambio di stato. Resta questo: completala con il testo pubblicato, oppure fermati. Non viene pubblicato nulla di nuovo.`,
  stopped: ({ ticket }) =>
    `Fermato. La nota resta su ${ticket} e il suo stato non è stato cambiato. Riapri questo passaggio per completare; la nota non verrà pubblicata due volte.`,
  retryStatus: 'Riprova il cambio di stato',
  checkNoteAgain: 'Ricontrolla la nota',
  finishEarlier: 'Completa la pubblicazione precedente',
  stopHere: 'Fermati qui',
  postedNote: 'Nota sul ticket (pubblicata, sola lettura)',
  contactEmailYes: 'La pubblicazione invia un’e-mail al contatto del ticket.',
  contactEmailNo: 'Al contatto del ticket non viene inviata alcuna e-mail.',
  contactEmailPsaRules:
    'L’invio di un’e-mail al contatto dipende dalle regole del PSA (questo PSA non ha un’impostazione per singola nota).',
};
