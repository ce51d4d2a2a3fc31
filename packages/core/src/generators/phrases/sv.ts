import type { Phrases } from './types.js';

/** Swedish. */
export const SV: Phrases = {
  quotes: ['”', '”'],
  listSeparator: '; ',
  fullStop: '.',
  resolvedSummary: 'Vi har löst problemet som du rapporterade ({problem}).',
  whatFixedIt: 'Vi tillämpade den här åtgärden och den löste problemet.',
  stepsTaken: 'Utförda steg: {steps}.',
  verifiedOn: 'Vi kontrollerade den {time} att allt fungerar som förväntat',
  recordedWorking:
    'Åtgärden registrerades som verksam när den tillämpades; ingen separat kontroll registrerades',
  recordedWorkingOn:
    'Åtgärden registrerades som verksam när den tillämpades den {time}; ingen separat kontroll registrerades',
  ifItComesBack: 'Om problemet kommer tillbaka, svara på det här ärendet så tar vi upp det igen',
  closingIntro:
    'Det här ärendet om problemet som du rapporterade ({problem}) stängs utan en bekräftad lösning.',
  closingNoFix: 'Ingen åtgärd tillämpades.',
  closingFailed: 'Vårt senaste försök, {fix}, löste inte problemet.',
  closingPartial: 'Vårt senaste försök, {fix}, förbättrade läget men löste inte problemet helt.',
  closingProposed: 'Den planerade åtgärden {fix} tillämpades inte.',
  closingTried: {
    one: 'Den tillämpade åtgärden finns nedan med sitt resultat.',
    other: 'De {count} tillämpade åtgärderna finns nedan med sina resultat.',
  },
  closingPlanned:
    'Den planerade åtgärden {fix} tillämpades inte: svara på det här ärendet om du vill att vi tillämpar den',
  reopen:
    'Om problemet finns kvar eller kommer tillbaka, svara på det här ärendet för att öppna det igen så tar vi upp det',
  appliedAsPlanned: 'Tillämpad enligt plan',
  appliedOn: 'Tillämpad den {date}',
  noSteps: 'Inga steg registrerades',
  steps: 'Steg: {steps}',
  moreSteps: { one: ' och {count} till', other: ' och {count} till' },
  applyPlanned: 'Tillämpa den planerade åtgärden {fix} och kontrollera om problemet är borta',
  findOutWhy: 'Ta reda på varför {fix} inte hjälpte innan en annan åtgärd prövas',
  findOutWhyReason: 'Ta reda på varför {fix} inte hjälpte ({reason}) innan en annan åtgärd prövas',
  workOnRest: 'Arbeta med det som fortfarande inte fungerar',
  workOnRestNotes: 'Arbeta med det som fortfarande inte fungerar: {notes}',
  diagnose: 'Fortsätt felsöka orsaken och föreslå en första åtgärd',
  checkFindings: 'Gå igenom iakttagelserna ovan innan en redan prövad åtgärd upprepas',
  hypothesisNone: 'Ingen åtgärd har föreslagits ännu, så det finns ingen arbetshypotes utöver iakttagelserna',
  hypothesisSuccess: '{fix} hjälpte, vilket pekar ut det som den ändrade som orsaken',
  hypothesisPartial:
    '{fix} hjälpte bara delvis, så orsaken hänger troligen ihop med det som den ändrade men täcks inte helt av den',
  hypothesisFailed: {
    one: 'Orsaken är inte identifierad ännu: {count} åtgärd misslyckades, senast {fix}, vilket gör det den riktade sig mot till en mindre trolig orsak',
    other:
      'Orsaken är inte identifierad ännu: {count} åtgärder misslyckades, senast {fix}, vilket gör det de riktade sig mot till en mindre trolig orsak',
  },
  hypothesisProposed: '{fix} är planerad men inte prövad, så arbetshypotesen är den som åtgärden bygger på',
  latestDecision: 'Senast registrerade beslut: {decision}',
  latestDecisionWhy: 'Senast registrerade beslut: {decision} ({rationale})',
  furtherFindings: {
    one: 'Ytterligare {count} iakttagelse finns registrerad i sessionen',
    other: 'Ytterligare {count} iakttagelser finns registrerade i sessionen',
  },
  headingResolution: 'Lösning',
  labelWhatFixedIt: 'Vad som hjälpte',
  labelHowConfirmed: 'Hur vi bekräftade det',
  headingWhatElseTried: 'Vad vi mer prövade',
  headingClosedUnresolved: 'Stängt utan bekräftad lösning',
  headingWhatWeTried: 'Vad vi har prövat',
  headingNextSteps: 'Nästa steg',
  nothingApplied: 'Inget tillämpat ännu.',
  escalationTitles: [
    'Problem',
    'Vad vi har bekräftat',
    'Vad vi har prövat',
    'Nuvarande hypotes',
    'Föreslagna nästa steg',
  ],
  nothingConfirmed: 'Inget bekräftat ännu utöver det rapporterade problemet.',
  noFixApplied: 'Ingen åtgärd tillämpad ännu.',
  outcomeWorked: 'hjälpte',
  outcomeWorkedVerified: 'hjälpte (kontrollerat {time})',
  outcomeFailed: 'hjälpte inte',
  outcomeFailedReason: 'hjälpte inte: {reason}',
  outcomePartial: 'hjälpte bara delvis',
  outcomePartialNotes: 'hjälpte bara delvis: {notes}',
  outcomeNotApplied: 'inte tillämpad ännu',
  appliedAt: '(tillämpad {time})',
};
