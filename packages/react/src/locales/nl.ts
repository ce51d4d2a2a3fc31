import type { NotePreviewMessages } from '../messages.js';

/** Dutch. */
export const nl: Partial<NotePreviewMessages> = {
  headingResolve: 'Oplossingsnotitie',
  headingEscalate: 'Escalatiepakket (intern)',
  noteText: 'Notitietekst',
  renderedView: 'De notitie zoals die geplaatst wordt',
  edit: 'Tekst bewerken',
  showPreview: 'Voorbeeld tonen',
  drafting: 'De notitie wordt opgesteld…',
  posting: 'Plaatsen in de PSA en het ticket controleren…',
  confirm: 'Bevestigen en plaatsen',
  discardEdits: 'Wijzigingen verwerpen',
  draftedFrom: ({ version }) => `Opgesteld uit versie ${version} van de sessie`,
  edited: 'bewerkt',
  internalOnly: 'interne notitie, nooit zichtbaar voor de klant',
  editsKept: 'het nieuwe concept is ongewijzigd, dus uw wijzigingen blijven staan',
  fallbackIntro: ({ why }) =>
    `Dit concept is door het standaardsjabloon uit de sessiegegevens geschreven, omdat de AI-schrijver niet is gebruikt: ${why}. Lees het door en bewerk het zoals elk concept.`,
  fallbackWhyClaim: 'zijn concept zei dat het probleem was opgelost, wat de sessie niet vastlegt',
  fallbackWhyMismatch: 'zijn concept kwam niet overeen met wat de sessie vastlegt',
  fallbackWhyUnreachable: 'hij was niet bereikbaar',
  ticket: ({ id }) => `ticket #${id}`,
  theTicket: 'het ticket',
  savedNoTicket:
    'Alleen in closeout opgeslagen: er is niets in de PSA geplaatst, omdat deze sessie aan geen ticket gekoppeld is.',
  savedNoPsa:
    'Alleen in closeout opgeslagen: er is niets in de PSA geplaatst, omdat voor dit account geen PSA gekoppeld is.',
  verified: ({ status, ticket }) => `${status} — gecontroleerd door ${ticket} opnieuw te lezen`,
  postedStatusUnchanged: ({ ticket }) =>
    `Geplaatst in ${ticket}; de status bleef ongewijzigd, omdat voor dit account geen doelstatus is ingesteld. Vraag uw beheerder er een in te stellen.`,
  stale:
    'De sessie is gewijzigd nadat dit concept is geschreven, dus het kan missen wat er sindsdien is gebeurd. Laad het concept opnieuw om de wijzigingen op te nemen (uw wijzigingen blijven staan als het concept ongewijzigd terugkomt).',
  verificationFailed: ({ ticket, expected, actual }) =>
    `De notitie is geplaatst, maar ${ticket} toont na opnieuw lezen nog steeds ${actual} in plaats van ${expected}. De PSA heeft de wijziging mogelijk geweigerd (een workflowregel, of een status die niet op het bord van het ticket staat). Probeer de statuswijziging opnieuw, of controleer het ticket.`,
  outcomeNotResolved:
    'De actieve oplossing is niet als geslaagd vastgelegd, dus deze notitie zou een ticket sluiten waarvan het probleem misschien niet is opgelost. Leg eerst het resultaat vast, of los toch op als u het zeker weet.',
  inProgressNote: 'Deze notitie wordt al geplaatst. Wacht even en controleer het dan opnieuw.',
  inProgressPackage: 'Dit pakket wordt al geplaatst. Wacht even en controleer het dan opnieuw.',
  loadFailed: 'Het concept kon niet worden geladen.',
  postFailed: 'Er is niets als geplaatst bevestigd.',
  reasonSessionMissing: 'Deze sessie bestaat niet meer, of uw account kan haar niet zien.',
  reasonSignedOut: 'Uw aanmelding is verlopen. Meld u opnieuw aan en probeer het nog eens.',
  reasonPsa:
    'De PSA heeft het verzoek niet geaccepteerd of niet geantwoord. Probeer het zo nog eens; als het blijft mislukken, vraag uw beheerder de PSA-koppeling te controleren.',
  reasonDrafting: 'De notitie kon nu niet worden opgesteld. Probeer het zo nog eens.',
  reasonTextRejected: 'De notitietekst is niet geaccepteerd: hij is misschien leeg of te lang.',
  reasonChanged: 'De sessie veranderde op hetzelfde moment. Probeer het nog eens.',
  reasonOffline: 'closeout is niet bereikbaar. Controleer uw verbinding en probeer het nog eens.',
  reasonUnexpected:
    'Er ging iets mis. Probeer het nog eens; als het blijft mislukken, meld het aan uw beheerder.',
  reloadDraft: 'Concept opnieuw laden',
  retry: 'Opnieuw proberen',
  resolveAnyway: 'Toch oplossen',
  checkAgain: 'Opnieuw controleren',
  tryAgain: 'Opnieuw proberen',
  timeEntryLegend: 'Tijdregistratie',
  timeEntryMinutes: 'Bestede tijd (minuten)',
  timeEntryBillable: 'Factureerbaar',
  timeEntryDrafting: 'Tijdregistratie wordt opgesteld…',
  timeEntryDraftFailed:
    'De tijdregistratie kon niet worden opgesteld. Plaats de notitie zonder, of probeer het later opnieuw.',
  timeEntryLogged: ({ minutes }) => `${minutes} min geboekt op het ticket.`,
  noteMissing: ({ ticket, noteId }) =>
    `De notitie is geplaatst, maar ${ticket} bevat haar niet meer (notitie ${noteId}). De status is niet gewijzigd. Controleer het ticket en probeer het dan opnieuw, of stop.`,
  noteVisibilityDiffers: ({ ticket, noteId, actual, expected }) =>
    `De notitie is geplaatst op ${ticket}, maar de PSA heeft haar ${actual} opgeslagen in plaats van ${expected} (notitie ${noteId}). De status is niet gewijzigd. Corrigeer de zichtbaarheid van de notitie in de PSA en probeer het dan opnieuw; er wordt geen tweede notitie geplaatst.`,
  noteTextDiffers: ({ ticket, noteId }) =>
    `De notitie is geplaatst op ${ticket}, maar de tekst daar wijkt af van wat is verzonden (notitie ${noteId}). De status is niet gewijzigd. Controleer de notitie en probeer het dan opnieuw, of stop.`,
  visibilityInternal: 'als intern (verborgen voor de klant)',
  visibilityCustomer: 'zichtbaar voor de klant',
  unfinished: ({ kind, ticket, noteId }) =>
    `Een eerdere plaatsing van ${kind === 'resolve' ? 'de oplossingsnotitie' : 'het escalatiepakket'} van deze sessie ${noteId === null ? 'heeft haar notitie mogelijk' : `heeft haar notitie (${noteId})`} op ${ticket} gezet en is gestopt vóór de statuswijziging. Dat is wat overblijft: rond haar af met de geplaatste tekst, of stop. Er wordt niets nieuws geplaatst.`,
  stopped: ({ ticket }) =>
    `Gestopt. De notitie blijft op ${ticket} staan en de status is niet gewijzigd. Open deze stap opnieuw om af te ronden; de notitie wordt niet twee keer geplaatst.`,
  retryStatus: 'Statuswijziging opnieuw proberen',
  checkNoteAgain: 'Notitie opnieuw controleren',
  finishEarlier: 'Eerdere plaatsing afronden',
  stopHere: 'Hier stoppen',
  postedNote: 'Notitie op het ticket (geplaatst, alleen-lezen)',
  contactEmailYes: 'Bij plaatsen krijgt de contactpersoon van het ticket een e-mail.',
  contactEmailNo: 'De contactpersoon van het ticket krijgt geen e-mail.',
  contactEmailPsaRules:
    'Of de contactpersoon een e-mail krijgt, bepalen de regels van de PSA (deze PSA kent geen instelling per notitie).',
};
