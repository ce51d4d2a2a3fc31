import type { NotePreviewMessages } from '../messages.js';

/** Polish. */
export const pl: Partial<NotePreviewMessages> = {
  headingResolve: 'Notatka z rozwiązania',
  headingEscalate: 'Pakiet eskalacyjny (wewnętrzny)',
  noteText: 'Treść notatki',
  renderedView: 'Notatka w takiej postaci, w jakiej zostanie opublikowana',
  edit: 'Edytuj tekst',
  showPreview: 'Pokaż podgląd',
  drafting: 'Tworzenie notatki…',
  posting: 'Publikowanie w PSA i sprawdzanie zgłoszenia…',
  confirm: 'Potwierdź i opublikuj',
  discardEdits: 'Odrzuć zmiany',
  draftedFrom: ({ version }) => `Utworzona na podstawie wersji ${version} sesji`,
  edited: 'edytowana',
  internalOnly: 'notatka wewnętrzna, nigdy niewidoczna dla klienta',
  editsKept: 'nowa wersja robocza się nie zmieniła, więc Twoje zmiany zostały zachowane',
  fallbackIntro: ({ why }) =>
    `Tę wersję roboczą napisał standardowy szablon na podstawie zapisu sesji, ponieważ nie użyto asystenta AI: ${why}. Przeczytaj ją i edytuj jak każdą wersję roboczą.`,
  fallbackWhyClaim: 'jego wersja twierdziła, że problem został rozwiązany, czego sesja nie odnotowuje',
  fallbackWhyMismatch: 'jego wersja nie zgadzała się z zapisem sesji',
  fallbackWhyUnreachable: 'nie można było się z nim połączyć',
  ticket: ({ id }) => `zgłoszenie #${id}`,
  theTicket: 'zgłoszenie',
  savedNoTicket:
    'Zapisano tylko w closeout: niczego nie opublikowano w PSA, ponieważ ta sesja nie jest powiązana z żadnym zgłoszeniem.',
  savedNoPsa:
    'Zapisano tylko w closeout: niczego nie opublikowano w PSA, ponieważ do tego konta nie jest podłączony żaden PSA.',
  verified: ({ status, ticket }) => `${status} — potwierdzono po ponownym odczycie (${ticket})`,
  postedStatusUnchanged: ({ ticket }) =>
    `Opublikowano (${ticket}); status pozostał bez zmian, ponieważ dla tego konta nie ustawiono statusu docelowego. Poproś administratora o jego ustawienie.`,
  stale:
    'Sesja zmieniła się po utworzeniu tej wersji roboczej, więc może jej brakować tego, co wydarzyło się później. Wczytaj wersję roboczą ponownie, aby uwzględnić zmiany (Twoje zmiany zostaną zachowane, jeśli wersja robocza wróci bez zmian).',
  verificationFailed: ({ ticket, expected, actual }) =>
    `Notatka została opublikowana, ale po ponownym odczycie ${ticket} nadal ma status ${actual} zamiast ${expected}. PSA mógł odrzucić zmianę (reguła przepływu pracy lub status spoza tablicy zgłoszenia). Ponów zmianę statusu albo sprawdź zgłoszenie.`,
  outcomeNotResolved:
    'Aktywna poprawka nie jest zapisana jako skuteczna, więc ta notatka zamknęłaby zgłoszenie, którego problem może nie być rozwiązany. Najpierw zapisz wynik albo mimo to rozwiąż, jeśli masz pewność.',
  inProgressNote: 'Trwa już inna publikacja tej notatki. Poczekaj chwilę, a potem sprawdź ponownie.',
  inProgressPackage: 'Trwa już inna publikacja tego pakietu. Poczekaj chwilę, a potem sprawdź ponownie.',
  loadFailed: 'Nie udało się wczytać wersji roboczej.',
  postFailed: 'Nie potwierdzono żadnej publikacji.',
  reasonSessionMissing: 'Ta sesja już nie istnieje albo Twoje konto jej nie widzi.',
  reasonSignedOut: 'Twoje logowanie wygasło. Zaloguj się ponownie i spróbuj jeszcze raz.',
  reasonPsa:
    'PSA nie przyjął żądania lub nie odpowiedział. Spróbuj ponownie za chwilę; jeśli nadal się nie uda, poproś administratora o sprawdzenie połączenia z PSA.',
  reasonDrafting: 'Nie udało się teraz utworzyć notatki. Spróbuj ponownie za chwilę.',
  reasonTextRejected: 'Treść notatki nie została przyjęta: może być pusta lub za długa.',
  reasonChanged: 'Sesja zmieniła się w tym samym momencie. Spróbuj ponownie.',
  reasonOffline: 'Brak połączenia z closeout. Sprawdź połączenie i spróbuj ponownie.',
  reasonUnexpected: 'Coś poszło nie tak. Spróbuj ponownie; jeśli nadal się nie uda, powiadom administratora.',
  reloadDraft: 'Wczytaj ponownie',
  retry: 'Ponów',
  resolveAnyway: 'Rozwiąż mimo to',
  checkAgain: 'Sprawdź ponownie',
  tryAgain: 'Spróbuj ponownie',
  timeEntryLegend: 'Wpis czasu pracy',
  timeEntryMinutes: 'Poświęcony czas (minuty)',
  timeEntryBillable: 'Rozliczany',
  timeEntryDrafting: 'Przygotowywanie wpisu czasu…',
  timeEntryDraftFailed:
    'Nie udało się przygotować wpisu czasu. Opublikuj notatkę bez niego lub spróbuj później.',
  timeEntryLogged: ({ minutes }) => `Zapisano ${minutes} min w zgłoszeniu.`,
  noteMissing: ({ ticket, noteId }) =>
    `Notatka została opublikowana, ale ${ticket} już jej nie zawiera (notatka ${noteId}). Status nie został zmieniony. Sprawdź zgłoszenie, a potem ponów albo przerwij.`,
  noteVisibilityDiffers: ({ ticket, noteId, actual, expected }) =>
    `Notatka została opublikowana (${ticket}), ale PSA zapisał ją ${actual} zamiast ${expected} (notatka ${noteId}). Status nie został zmieniony. Popraw widoczność notatki w PSA, a potem ponów; druga notatka nie zostanie opublikowana.`,
  noteTextDiffers: ({ ticket, noteId }) =>
    `Notatka została opublikowana (${ticket}), ale jej tekst różni się od wysłanego (notatka ${noteId}). Status nie został zmieniony. Sprawdź notatkę, a potem ponów albo przerwij.`,
  visibilityInternal: 'jako wewnętrzną (ukrytą przed klientem)',
  visibilityCustomer: 'jako widoczną dla klienta',
  unfinished: ({ kind, ticket, noteId }) =>
    `Wcześniejsza publikacja ${kind === 'resolve' ? 'notatki rozwiązania' : 'pakietu eskalacji'} w tej sesji ${noteId === null ? 'mogła dodać swoją notatkę' : `dodała swoją notatkę (${noteId})`} (${ticket}) i zatrzymała się przed zmianą statusu. Tylko to pozostało: dokończ ją z opublikowanym tekstem albo przerwij. Nic nowego nie zostanie opublikowane.`,
  stopped: ({ ticket }) =>
    `Przerwano. Notatka pozostaje (${ticket}), a status nie został zmieniony. Otwórz ten krok ponownie, aby dokończyć; notatka nie zostanie opublikowana dwa razy.`,
  retryStatus: 'Ponów zmianę statusu',
  checkNoteAgain: 'Sprawdź notatkę ponownie',
  finishEarlier: 'Dokończ wcześniejszą publikację',
  stopHere: 'Przerwij tutaj',
  postedNote: 'Notatka w zgłoszeniu (opublikowana, tylko do odczytu)',
  contactEmailYes: 'Publikacja wyśle e-mail do osoby kontaktowej zgłoszenia.',
  contactEmailNo: 'Osoba kontaktowa zgłoszenia nie dostanie e-maila.',
  contactEmailPsaRules:
    'O tym, czy osoba kontaktowa dostanie e-mail, decydują reguły PSA (ten PSA nie ma ustawienia dla pojedynczej notatki).',
};
