import type { NotePreviewMessages } from '../messages.js';

/** Swedish. */
export const sv: Partial<NotePreviewMessages> = {
  headingResolve: 'Lösningsanteckning',
  headingEscalate: 'Eskaleringspaket (internt)',
  noteText: 'Anteckningstext',
  renderedView: 'Anteckningen som den kommer att publiceras',
  edit: 'Redigera text',
  showPreview: 'Visa förhandsgranskning',
  drafting: 'Anteckningen skrivs…',
  posting: 'Publicerar i PSA och kontrollerar ärendet…',
  confirm: 'Bekräfta och publicera',
  discardEdits: 'Släng ändringar',
  draftedFrom: ({ version }) => `Skriven utifrån version ${version} av sessionen`,
  edited: 'redigerad',
  internalOnly: 'intern anteckning, visas aldrig för kunden',
  editsKept: 'det nya utkastet är oförändrat, så dina ändringar behålls',
  fallbackIntro: ({ why }) =>
    `Utkastet skrevs av standardmallen utifrån sessionens uppgifter, eftersom AI-skribenten inte användes: ${why}. Läs igenom det och redigera det som vilket utkast som helst.`,
  fallbackWhyClaim: 'dess utkast sa att problemet var löst, vilket sessionen inte visar',
  fallbackWhyMismatch: 'dess utkast stämde inte med det sessionen visar',
  fallbackWhyUnreachable: 'den gick inte att nå',
  ticket: ({ id }) => `ärende #${id}`,
  theTicket: 'ärendet',
  savedNoTicket:
    'Sparad endast i closeout: inget publicerades i PSA, eftersom sessionen inte är kopplad till något ärende.',
  savedNoPsa:
    'Sparad endast i closeout: inget publicerades i PSA, eftersom inget PSA är anslutet för kontot.',
  verified: ({ status, ticket }) => `${status} — bekräftat genom att läsa om ${ticket}`,
  postedStatusUnchanged: ({ ticket }) =>
    `Publicerad i ${ticket}; statusen lämnades oförändrad, eftersom ingen målstatus är inställd för kontot. Be din administratör att ställa in en.`,
  stale:
    'Sessionen ändrades efter att utkastet skrevs, så det kan sakna det som hänt sedan dess. Ladda om utkastet för att ta med ändringarna (dina ändringar behålls om utkastet kommer tillbaka oförändrat).',
  verificationFailed: ({ ticket, expected, actual }) =>
    `Anteckningen publicerades, men ${ticket} visar fortfarande ${actual} i stället för ${expected} efter omläsning. PSA kan ha avvisat ändringen (en arbetsflödesregel eller en status som inte finns på ärendets tavla). Försök ändra statusen igen, eller kontrollera ärendet.`,
  outcomeNotResolved:
    'Den aktiva åtgärden är inte registrerad som lyckad, så anteckningen skulle stänga ett ärende vars problem kanske inte är löst. Registrera resultatet först, eller lös ändå om du är säker.',
  inProgressNote: 'En annan publicering av anteckningen pågår. Vänta en stund och kontrollera sedan igen.',
  inProgressPackage: 'En annan publicering av paketet pågår. Vänta en stund och kontrollera sedan igen.',
  loadFailed: 'Utkastet kunde inte läsas in.',
  postFailed: 'Ingen publicering bekräftades.',
  reasonSessionMissing: 'Sessionen finns inte längre, eller så kan ditt konto inte se den.',
  reasonSignedOut: 'Din inloggning har gått ut. Logga in igen och försök sedan igen.',
  reasonPsa:
    'PSA tog inte emot begäran eller svarade inte. Försök igen om en stund; om det fortsätter att misslyckas, be din administratör kontrollera PSA-anslutningen.',
  reasonDrafting: 'Anteckningen kunde inte skrivas just nu. Försök igen om en stund.',
  reasonTextRejected: 'Anteckningstexten godtogs inte: den kan vara tom eller för lång.',
  reasonChanged: 'Sessionen ändrades i samma ögonblick. Försök igen.',
  reasonOffline: 'closeout kunde inte nås. Kontrollera anslutningen och försök igen.',
  reasonUnexpected:
    'Något gick fel. Försök igen; om det fortsätter att misslyckas, kontakta din administratör.',
  reloadDraft: 'Ladda om utkast',
  retry: 'Försök igen',
  resolveAnyway: 'Lös ändå',
  checkAgain: 'Kontrollera igen',
  tryAgain: 'Försök igen',
  timeEntryLegend: 'Tidrapport',
  timeEntryMinutes: 'Använd tid (minuter)',
  timeEntryBillable: 'Debiterbar',
  timeEntryDrafting: 'Tidrapporten tas fram…',
  timeEntryDraftFailed:
    'Tidrapporten kunde inte tas fram. Publicera anteckningen utan den eller försök igen senare.',
  timeEntryLogged: ({ minutes }) => `${minutes} min registrerade på ärendet.`,
  noteMissing: ({ ticket, noteId }) =>
    `Anteckningen publicerades, men ${ticket} innehåller den inte längre (anteckning ${noteId}). Statusen ändrades inte. Kontrollera ärendet och försök sedan igen, eller avbryt.`,
  noteVisibilityDiffers: ({ ticket, noteId, actual, expected }) =>
    `Anteckningen publicerades i ${ticket}, men PSA sparade den ${actual} i stället för ${expected} (anteckning ${noteId}). Statusen ändrades inte. Rätta anteckningens synlighet i PSA och försök sedan igen; ingen andra anteckning publiceras.`,
  noteTextDiffers: ({ ticket, noteId }) =>
    `Anteckningen publicerades i ${ticket}, men texten där skiljer sig från den som skickades (anteckning ${noteId}). Statusen ändrades inte. Kontrollera anteckningen och försök sedan igen, eller avbryt.`,
  visibilityInternal: 'som intern (dold för kunden)',
  visibilityCustomer: 'synlig för kunden',
  unfinished: ({ kind, ticket, noteId }) =>
    `En tidigare publicering av ${kind === 'resolve' ? 'lösningsanteckningen' : 'eskaleringspaketet'} i den här sessionen ${noteId === null ? 'kan ha lagt sin anteckning' : `lade sin anteckning (${noteId})`} i ${ticket} och stannade före statusändringen. Det är det som återstår: slutför den med texten den publicerade, eller avbryt. Inget nytt publiceras.`,
  stopped: ({ ticket }) =>
    `Avbrutet. Anteckningen finns kvar i ${ticket} och statusen ändrades inte. Öppna det här steget igen för att slutföra; anteckningen publiceras inte två gånger.`,
  retryStatus: 'Försök ändra statusen igen',
  checkNoteAgain: 'Kontrollera anteckningen igen',
  finishEarlier: 'Slutför den tidigare publiceringen',
  stopHere: 'Avbryt här',
  postedNote: 'Anteckning i ärendet (publicerad, skrivskyddad)',
  contactEmailYes: 'Publiceringen skickar e-post till ärendets kontakt.',
  contactEmailNo: 'Ärendets kontakt får ingen e-post.',
  contactEmailPsaRules:
    'Om kontakten får e-post avgörs av PSA:ns egna regler (denna PSA har ingen inställning per anteckning).',
};
