import type { Phrases } from './types.js';

/** French. */
export const FR: Phrases = {
  quotes: ['« ', ' »'],
  listSeparator: ' ; ',
  fullStop: '.',
  resolvedSummary: 'Nous avons résolu le problème que vous avez signalé ({problem}).',
  whatFixedIt: 'Nous avons appliqué ce correctif et il a réglé le problème.',
  stepsTaken: 'Étapes effectuées : {steps}.',
  verifiedOn: 'Nous avons vérifié le {time} que tout fonctionne comme prévu',
  recordedWorking:
    'Le correctif a été noté comme efficace lors de son application ; aucune vérification séparée n’a été notée',
  recordedWorkingOn:
    'Le correctif a été noté comme efficace lors de son application le {time} ; aucune vérification séparée n’a été notée',
  ifItComesBack: 'Si le problème revient, répondez à ce ticket et nous reprendrons le travail',
  closingIntro:
    'Ce ticket concernant le problème que vous avez signalé ({problem}) est en cours de fermeture sans solution confirmée.',
  closingNoFix: 'Aucun correctif n’a été appliqué.',
  closingFailed: 'Notre dernière tentative, {fix}, n’a pas réglé le problème.',
  closingPartial:
    'Notre dernière tentative, {fix}, a amélioré la situation sans régler entièrement le problème.',
  closingProposed: 'Le correctif prévu {fix} n’a pas été appliqué.',
  closingTried: {
    one: 'Le correctif appliqué figure ci-dessous avec son résultat.',
    other: 'Les {count} correctifs appliqués figurent ci-dessous avec leurs résultats.',
  },
  closingPlanned:
    'Le correctif prévu {fix} n’a pas été appliqué : répondez à ce ticket si vous souhaitez que nous l’appliquions',
  reopen:
    'Si le problème persiste ou revient, répondez à ce ticket pour le rouvrir et nous reprendrons le travail',
  appliedAsPlanned: 'Appliqué comme prévu',
  appliedOn: 'Appliqué le {date}',
  noSteps: 'Aucune étape n’a été notée',
  steps: 'Étapes : {steps}',
  moreSteps: { one: ' et {count} autre', other: ' et {count} autres' },
  applyPlanned: 'Appliquer le correctif prévu {fix} et vérifier si le problème a disparu',
  findOutWhy: 'Comprendre pourquoi {fix} n’a pas aidé avant d’essayer un autre correctif',
  findOutWhyReason: 'Comprendre pourquoi {fix} n’a pas aidé ({reason}) avant d’essayer un autre correctif',
  workOnRest: 'Travailler sur ce qui ne fonctionne toujours pas',
  workOnRestNotes: 'Travailler sur ce qui ne fonctionne toujours pas : {notes}',
  diagnose: 'Poursuivre le diagnostic de la cause et proposer un premier correctif',
  checkFindings: 'Relire les constats ci-dessus avant de répéter un correctif déjà essayé',
  hypothesisNone:
    'Aucun correctif n’a encore été proposé, il n’y a donc pas d’hypothèse de travail au-delà des constats',
  hypothesisSuccess: '{fix} a marché, ce qui désigne ce qu’il a modifié comme cause',
  hypothesisPartial:
    '{fix} n’a aidé qu’en partie : la cause est probablement liée à ce qu’il a modifié, sans être entièrement traitée par lui',
  hypothesisFailed: {
    one: 'La cause n’est pas encore identifiée : {count} correctif a échoué, le dernier étant {fix}, ce qui rend moins probable la cause qu’il visait',
    other:
      'La cause n’est pas encore identifiée : {count} correctifs ont échoué, le dernier étant {fix}, ce qui rend moins probables les causes qu’ils visaient',
  },
  hypothesisProposed:
    '{fix} est prévu mais pas testé ; l’hypothèse de travail est celle sur laquelle il repose',
  latestDecision: 'Dernière décision notée : {decision}',
  latestDecisionWhy: 'Dernière décision notée : {decision} ({rationale})',
  furtherFindings: {
    one: '{count} autre constat est noté dans la session',
    other: '{count} autres constats sont notés dans la session',
  },
  headingResolution: 'Résolution',
  labelWhatFixedIt: 'Ce qui a réglé le problème',
  labelHowConfirmed: 'Comment nous l’avons confirmé',
  headingWhatElseTried: 'Ce que nous avons aussi essayé',
  headingClosedUnresolved: 'Fermé sans solution confirmée',
  headingWhatWeTried: 'Ce que nous avons essayé',
  headingNextSteps: 'Prochaines étapes',
  nothingApplied: 'Rien n’a encore été appliqué.',
  escalationTitles: [
    'Problème',
    'Ce que nous avons confirmé',
    'Ce que nous avons essayé',
    'Hypothèse actuelle',
    'Prochaines étapes suggérées',
  ],
  nothingConfirmed: 'Rien de confirmé au-delà du problème signalé.',
  noFixApplied: 'Aucun correctif appliqué pour l’instant.',
  outcomeWorked: 'a marché',
  outcomeWorkedVerified: 'a marché (vérifié {time})',
  outcomeFailed: 'n’a pas aidé',
  outcomeFailedReason: 'n’a pas aidé : {reason}',
  outcomePartial: 'n’a aidé qu’en partie',
  outcomePartialNotes: 'n’a aidé qu’en partie : {notes}',
  outcomeNotApplied: 'pas encore appliqué',
  appliedAt: '(appliqué {time})',
};
