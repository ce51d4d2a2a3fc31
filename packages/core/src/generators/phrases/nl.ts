import type { Phrases } from './types.js';

/** Dutch. */
export const NL: Phrases = {
  quotes: ['“', '”'],
  listSeparator: '; ',
  fullStop: '.',
  resolvedSummary: 'We hebben het probleem dat u meldde ({problem}) verholpen.',
  whatFixedIt: 'We hebben deze oplossing toegepast en daarmee was het probleem weg.',
  stepsTaken: 'Uitgevoerde stappen: {steps}.',
  verifiedOn: 'We hebben op {time} gecontroleerd dat alles werkt zoals verwacht',
  recordedWorking:
    'De oplossing is bij het toepassen als werkend vastgelegd; er is geen aparte controle vastgelegd',
  recordedWorkingOn:
    'De oplossing is bij het toepassen op {time} als werkend vastgelegd; er is geen aparte controle vastgelegd',
  ifItComesBack: 'Komt het probleem terug, reageer dan op dit ticket en we pakken het weer op',
  closingIntro:
    'Dit ticket over het probleem dat u meldde ({problem}) wordt afgesloten zonder bevestigde oplossing.',
  closingNoFix: 'Er is geen oplossing toegepast.',
  closingFailed: 'Onze laatste poging, {fix}, heeft het probleem niet opgelost.',
  closingPartial:
    'Onze laatste poging, {fix}, heeft de situatie verbeterd maar het probleem niet helemaal opgelost.',
  closingProposed: 'De geplande oplossing {fix} is niet toegepast.',
  closingTried: {
    one: 'De toegepaste oplossing staat hieronder met het resultaat.',
    other: 'De {count} toegepaste oplossingen staan hieronder met hun resultaten.',
  },
  closingPlanned:
    'De geplande oplossing {fix} is niet toegepast: reageer op dit ticket als u wilt dat we die toepassen',
  reopen:
    'Is het probleem er nog of komt het terug, reageer dan op dit ticket om het te heropenen en we pakken het weer op',
  appliedAsPlanned: 'Toegepast zoals gepland',
  appliedOn: 'Toegepast op {date}',
  noSteps: 'Er zijn geen stappen vastgelegd',
  steps: 'Stappen: {steps}',
  moreSteps: { one: ' en nog {count}', other: ' en nog {count}' },
  applyPlanned: 'De geplande oplossing {fix} toepassen en nagaan of het probleem weg is',
  findOutWhy: 'Uitzoeken waarom {fix} niet hielp voordat een andere oplossing wordt geprobeerd',
  findOutWhyReason:
    'Uitzoeken waarom {fix} niet hielp ({reason}) voordat een andere oplossing wordt geprobeerd',
  workOnRest: 'Werken aan wat nog niet werkt',
  workOnRestNotes: 'Werken aan wat nog niet werkt: {notes}',
  diagnose: 'De oorzaak verder onderzoeken en een eerste oplossing voorstellen',
  checkFindings: 'De bevindingen hierboven nalezen voordat een al geprobeerde oplossing wordt herhaald',
  hypothesisNone: 'Er is nog geen oplossing voorgesteld, dus er is geen werkhypothese naast de bevindingen',
  hypothesisSuccess: '{fix} hielp, wat wijst op wat daarmee veranderd werd als oorzaak',
  hypothesisPartial:
    '{fix} hielp maar gedeeltelijk, dus de oorzaak hangt waarschijnlijk samen met wat daarmee veranderd werd, maar wordt er niet helemaal door gedekt',
  hypothesisFailed: {
    one: 'De oorzaak is nog niet gevonden: {count} oplossing mislukte, het laatst {fix}, waardoor wat die aanpakte een minder waarschijnlijke oorzaak is',
    other:
      'De oorzaak is nog niet gevonden: {count} oplossingen mislukten, het laatst {fix}, waardoor wat die aanpakten een minder waarschijnlijke oorzaak is',
  },
  hypothesisProposed:
    '{fix} is gepland maar niet getest, dus de werkhypothese is die waarop deze oplossing berust',
  latestDecision: 'Laatst vastgelegde beslissing: {decision}',
  latestDecisionWhy: 'Laatst vastgelegde beslissing: {decision} ({rationale})',
  furtherFindings: {
    one: 'Er is nog {count} bevinding vastgelegd in de sessie',
    other: 'Er zijn nog {count} bevindingen vastgelegd in de sessie',
  },
  headingResolution: 'Oplossing',
  labelWhatFixedIt: 'Wat hielp',
  labelHowConfirmed: 'Hoe we het bevestigden',
  headingWhatElseTried: 'Wat we verder probeerden',
  headingClosedUnresolved: 'Afgesloten zonder bevestigde oplossing',
  headingWhatWeTried: 'Wat we hebben geprobeerd',
  headingNextSteps: 'Volgende stappen',
  nothingApplied: 'Nog niets toegepast.',
  escalationTitles: [
    'Probleem',
    'Wat we hebben bevestigd',
    'Wat we hebben geprobeerd',
    'Huidige hypothese',
    'Voorgestelde volgende stappen',
  ],
  nothingConfirmed: 'Nog niets bevestigd buiten het gemelde probleem.',
  noFixApplied: 'Nog geen oplossing toegepast.',
  outcomeWorked: 'hielp',
  outcomeWorkedVerified: 'hielp (gecontroleerd {time})',
  outcomeFailed: 'hielp niet',
  outcomeFailedReason: 'hielp niet: {reason}',
  outcomePartial: 'hielp maar gedeeltelijk',
  outcomePartialNotes: 'hielp maar gedeeltelijk: {notes}',
  outcomeNotApplied: 'nog niet toegepast',
  appliedAt: '(toegepast {time})',
};
