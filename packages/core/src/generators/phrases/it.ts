import type { Phrases } from './types.js';

/** Italian. */
export const IT: Phrases = {
  quotes: ['«', '»'],
  listSeparator: '; ',
  fullStop: '.',
  resolvedSummary: 'Abbiamo risolto il problema che ci ha segnalato ({problem}).',
  whatFixedIt: 'Abbiamo applicato questo intervento e ha risolto il problema.',
  stepsTaken: 'Passi eseguiti: {steps}.',
  verifiedOn: 'Il {time} abbiamo verificato che tutto funziona come previsto',
  recordedWorking:
    'L’intervento è stato registrato come efficace al momento dell’applicazione; nessuna verifica separata è stata registrata',
  recordedWorkingOn:
    'L’intervento è stato registrato come efficace al momento dell’applicazione, il {time}; nessuna verifica separata è stata registrata',
  ifItComesBack: 'Se il problema si ripresenta, risponda a questo ticket e riprenderemo il lavoro',
  closingIntro:
    'Questo ticket sul problema che ci ha segnalato ({problem}) viene chiuso senza una soluzione confermata.',
  closingNoFix: 'Non è stato applicato alcun intervento.',
  closingFailed: 'Il nostro ultimo tentativo, {fix}, non ha risolto il problema.',
  closingPartial:
    'Il nostro ultimo tentativo, {fix}, ha migliorato la situazione ma non ha risolto del tutto il problema.',
  closingProposed: 'L’intervento previsto {fix} non è stato applicato.',
  closingTried: {
    one: 'L’intervento applicato è elencato qui sotto con il suo esito.',
    other: 'I {count} interventi applicati sono elencati qui sotto con i loro esiti.',
  },
  closingPlanned:
    'L’intervento previsto {fix} non è stato applicato: risponda a questo ticket se desidera che lo applichiamo',
  reopen:
    'Se il problema persiste o si ripresenta, risponda a questo ticket per riaprirlo e riprenderemo il lavoro',
  appliedAsPlanned: 'Applicato come previsto',
  appliedOn: 'Applicato il {date}',
  noSteps: 'Nessun passo registrato',
  steps: 'Passi: {steps}',
  moreSteps: { one: ' e {count} altro', other: ' e altri {count}' },
  applyPlanned: 'Applicare l’intervento previsto {fix} e verificare se il problema è sparito',
  findOutWhy: 'Capire perché {fix} non ha aiutato prima di provare un altro intervento',
  findOutWhyReason: 'Capire perché {fix} non ha aiutato ({reason}) prima di provare un altro intervento',
  workOnRest: 'Lavorare su ciò che ancora non funziona',
  workOnRestNotes: 'Lavorare su ciò che ancora non funziona: {notes}',
  diagnose: 'Continuare la diagnosi della causa e proporre un primo intervento',
  checkFindings: 'Rileggere i riscontri qui sopra prima di ripetere un intervento già provato',
  hypothesisNone:
    'Non è stato ancora proposto alcun intervento, quindi non c’è un’ipotesi di lavoro oltre ai riscontri',
  hypothesisSuccess: '{fix} ha dato esito positivo, il che indica come causa ciò che ha modificato',
  hypothesisPartial:
    '{fix} ha aiutato solo in parte, quindi la causa è probabilmente legata a ciò che ha modificato ma non ne è del tutto coperta',
  hypothesisFailed: {
    one: 'La causa non è ancora individuata: {count} intervento è fallito, l’ultimo {fix}, il che rende meno probabile la causa a cui mirava',
    other:
      'La causa non è ancora individuata: {count} interventi sono falliti, l’ultimo {fix}, il che rende meno probabili le cause a cui miravano',
  },
  hypothesisProposed: '{fix} è previsto ma non provato, quindi l’ipotesi di lavoro è quella su cui si basa',
  latestDecision: 'Ultima decisione registrata: {decision}',
  latestDecisionWhy: 'Ultima decisione registrata: {decision} ({rationale})',
  furtherFindings: {
    one: 'Nella sessione è registrato {count} altro riscontro',
    other: 'Nella sessione sono registrati altri {count} riscontri',
  },
  headingResolution: 'Risoluzione',
  labelWhatFixedIt: 'Cosa ha risolto',
  labelHowConfirmed: 'Come l’abbiamo confermato',
  headingWhatElseTried: 'Cos’altro abbiamo provato',
  headingClosedUnresolved: 'Chiuso senza una soluzione confermata',
  headingWhatWeTried: 'Cosa abbiamo provato',
  headingNextSteps: 'Prossimi passi',
  nothingApplied: 'Ancora nulla di applicato.',
  escalationTitles: [
    'Problema',
    'Cosa abbiamo confermato',
    'Cosa abbiamo provato',
    'Ipotesi attuale',
    'Prossimi passi suggeriti',
  ],
  nothingConfirmed: 'Nulla di confermato oltre al problema segnalato.',
  noFixApplied: 'Ancora nessun intervento applicato.',
  outcomeWorked: 'ha dato esito positivo',
  outcomeWorkedVerified: 'ha dato esito positivo (verificato {time})',
  outcomeFailed: 'non ha aiutato',
  outcomeFailedReason: 'non ha aiutato: {reason}',
  outcomePartial: 'ha aiutato solo in parte',
  outcomePartialNotes: 'ha aiutato solo in parte: {notes}',
  outcomeNotApplied: 'non ancora applicato',
  appliedAt: '(applicato {time})',
};
