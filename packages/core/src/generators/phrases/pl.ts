import type { Phrases } from './types.js';

/** Polish. */
export const PL: Phrases = {
  quotes: ['„', '”'],
  listSeparator: '; ',
  fullStop: '.',
  resolvedSummary: 'Rozwiązaliśmy zgłoszony przez Państwa problem ({problem}).',
  whatFixedIt: 'Zastosowaliśmy tę poprawkę i usunęła ona problem.',
  stepsTaken: 'Wykonane kroki: {steps}.',
  verifiedOn: 'Dnia {time} sprawdziliśmy, że wszystko działa zgodnie z oczekiwaniami',
  recordedWorking:
    'Poprawka została zapisana jako skuteczna w chwili zastosowania; osobnego sprawdzenia nie zapisano',
  recordedWorkingOn:
    'Poprawka została zapisana jako skuteczna w chwili zastosowania, dnia {time}; osobnego sprawdzenia nie zapisano',
  ifItComesBack: 'Jeśli problem powróci, prosimy odpowiedzieć na to zgłoszenie, a wrócimy do sprawy',
  closingIntro:
    'To zgłoszenie dotyczące zgłoszonego przez Państwa problemu ({problem}) jest zamykane bez potwierdzonego rozwiązania.',
  closingNoFix: 'Nie zastosowano żadnej poprawki.',
  closingFailed: 'Nasza ostatnia próba, {fix}, nie usunęła problemu.',
  closingPartial: 'Nasza ostatnia próba, {fix}, poprawiła sytuację, ale nie usunęła problemu całkowicie.',
  closingProposed: 'Planowana poprawka {fix} nie została zastosowana.',
  closingTried: {
    one: 'Zastosowana poprawka jest wymieniona poniżej wraz z wynikiem.',
    few: '{count} zastosowane poprawki są wymienione poniżej wraz z wynikami.',
    many: '{count} zastosowanych poprawek jest wymienionych poniżej wraz z wynikami.',
    other: '{count} zastosowanej poprawki jest wymienione poniżej wraz z wynikami.',
  },
  closingPlanned:
    'Planowana poprawka {fix} nie została zastosowana: prosimy odpowiedzieć na to zgłoszenie, jeśli mamy ją zastosować',
  reopen:
    'Jeśli problem nadal występuje lub powróci, prosimy odpowiedzieć na to zgłoszenie, aby je ponownie otworzyć, a wrócimy do sprawy',
  appliedAsPlanned: 'Zastosowano zgodnie z planem',
  appliedOn: 'Zastosowano dnia {date}',
  noSteps: 'Nie zapisano żadnych kroków',
  steps: 'Kroki: {steps}',
  moreSteps: {
    one: ' i {count} kolejny',
    few: ' i {count} kolejne',
    many: ' i {count} kolejnych',
    other: ' i {count} kolejnego',
  },
  applyPlanned: 'Zastosować planowaną poprawkę {fix} i sprawdzić, czy problem zniknął',
  findOutWhy: 'Ustalić, dlaczego {fix} nie pomogło, zanim zostanie wypróbowana inna poprawka',
  findOutWhyReason:
    'Ustalić, dlaczego {fix} nie pomogło ({reason}), zanim zostanie wypróbowana inna poprawka',
  workOnRest: 'Zająć się tym, co nadal nie działa',
  workOnRestNotes: 'Zająć się tym, co nadal nie działa: {notes}',
  diagnose: 'Kontynuować diagnozę przyczyny i zaproponować pierwszą poprawkę',
  checkFindings: 'Przejrzeć powyższe ustalenia przed powtórzeniem poprawki, którą już wypróbowano',
  hypothesisNone: 'Nie zaproponowano jeszcze żadnej poprawki, więc poza ustaleniami nie ma hipotezy roboczej',
  hypothesisSuccess: '{fix} pomogło, co wskazuje jako przyczynę to, co zostało przy tym zmienione',
  hypothesisPartial:
    '{fix} pomogło tylko częściowo, więc przyczyna jest prawdopodobnie związana z tym, co zostało zmienione, ale nie została w pełni objęta tą poprawką',
  hypothesisFailed: {
    one: 'Przyczyna nie jest jeszcze ustalona: {count} poprawka nie pomogła, ostatnio {fix}, co czyni mniej prawdopodobną przyczynę, której dotyczyła',
    few: 'Przyczyna nie jest jeszcze ustalona: {count} poprawki nie pomogły, ostatnio {fix}, co czyni mniej prawdopodobnymi przyczyny, których dotyczyły',
    many: 'Przyczyna nie jest jeszcze ustalona: {count} poprawek nie pomogło, ostatnio {fix}, co czyni mniej prawdopodobnymi przyczyny, których dotyczyły',
    other:
      'Przyczyna nie jest jeszcze ustalona: {count} poprawki nie pomogło, ostatnio {fix}, co czyni mniej prawdopodobnymi przyczyny, których dotyczyły',
  },
  hypothesisProposed:
    '{fix} jest zaplanowane, ale nie sprawdzone, więc hipoteza robocza to ta, na której opiera się ta poprawka',
  latestDecision: 'Ostatnia zapisana decyzja: {decision}',
  latestDecisionWhy: 'Ostatnia zapisana decyzja: {decision} ({rationale})',
  furtherFindings: {
    one: 'W sesji zapisano jeszcze {count} ustalenie',
    few: 'W sesji zapisano jeszcze {count} ustalenia',
    many: 'W sesji zapisano jeszcze {count} ustaleń',
    other: 'W sesji zapisano jeszcze {count} ustalenia',
  },
  headingResolution: 'Rozwiązanie',
  labelWhatFixedIt: 'Co pomogło',
  labelHowConfirmed: 'Jak to potwierdziliśmy',
  headingWhatElseTried: 'Co jeszcze wypróbowaliśmy',
  headingClosedUnresolved: 'Zamknięte bez potwierdzonego rozwiązania',
  headingWhatWeTried: 'Co wypróbowaliśmy',
  headingNextSteps: 'Kolejne kroki',
  nothingApplied: 'Jeszcze nic nie zastosowano.',
  escalationTitles: [
    'Problem',
    'Co potwierdziliśmy',
    'Co wypróbowaliśmy',
    'Obecna hipoteza',
    'Proponowane kolejne kroki',
  ],
  nothingConfirmed: 'Poza zgłoszonym problemem nic jeszcze nie potwierdzono.',
  noFixApplied: 'Nie zastosowano jeszcze żadnej poprawki.',
  outcomeWorked: 'pomogło',
  outcomeWorkedVerified: 'pomogło (sprawdzono {time})',
  outcomeFailed: 'nie pomogło',
  outcomeFailedReason: 'nie pomogło: {reason}',
  outcomePartial: 'pomogło tylko częściowo',
  outcomePartialNotes: 'pomogło tylko częściowo: {notes}',
  outcomeNotApplied: 'jeszcze nie zastosowano',
  appliedAt: '(zastosowano {time})',
};
