import type { Phrases } from './types.js';

/** German. */
export const DE: Phrases = {
  quotes: ['„', '“'],
  listSeparator: '; ',
  fullStop: '.',
  resolvedSummary: 'Wir haben das von Ihnen gemeldete Problem ({problem}) behoben.',
  whatFixedIt: 'Wir haben diese Maßnahme angewendet, und sie hat das Problem gelöst.',
  stepsTaken: 'Durchgeführte Schritte: {steps}.',
  verifiedOn: 'Wir haben am {time} geprüft, dass alles wie erwartet funktioniert',
  recordedWorking:
    'Die Maßnahme wurde beim Anwenden als wirksam erfasst; eine gesonderte Prüfung ist nicht erfasst',
  recordedWorkingOn:
    'Die Maßnahme wurde beim Anwenden am {time} als wirksam erfasst; eine gesonderte Prüfung ist nicht erfasst',
  ifItComesBack:
    'Falls das Problem wieder auftritt, antworten Sie auf dieses Ticket, und wir nehmen die Arbeit wieder auf',
  closingIntro:
    'Dieses Ticket zu dem von Ihnen gemeldeten Problem ({problem}) wird ohne bestätigte Lösung abgeschlossen.',
  closingNoFix: 'Es wurde keine Maßnahme angewendet.',
  closingFailed: 'Unser letzter Versuch, {fix}, hat das Problem nicht gelöst.',
  closingPartial:
    'Unser letzter Versuch, {fix}, hat die Lage verbessert, das Problem aber nicht vollständig gelöst.',
  closingProposed: 'Die geplante Maßnahme {fix} wurde nicht angewendet.',
  closingTried: {
    one: 'Die eine angewendete Maßnahme ist unten mit ihrem Ergebnis aufgeführt.',
    other: 'Die {count} angewendeten Maßnahmen sind unten mit ihren Ergebnissen aufgeführt.',
  },
  closingPlanned:
    'Die geplante Maßnahme {fix} wurde nicht angewendet: Antworten Sie auf dieses Ticket, wenn wir sie anwenden sollen',
  reopen:
    'Falls das Problem weiterhin besteht oder wieder auftritt, antworten Sie auf dieses Ticket, um es wieder zu öffnen, und wir nehmen die Arbeit wieder auf',
  appliedAsPlanned: 'Wie geplant angewendet',
  appliedOn: 'Angewendet am {date}',
  noSteps: 'Es wurden keine Schritte erfasst',
  steps: 'Schritte: {steps}',
  moreSteps: { one: ' und {count} weiterer', other: ' und {count} weitere' },
  applyPlanned: 'Die geplante Maßnahme {fix} anwenden und prüfen, ob das Problem verschwunden ist',
  findOutWhy: 'Herausfinden, warum {fix} nicht geholfen hat, bevor eine andere Maßnahme versucht wird',
  findOutWhyReason:
    'Herausfinden, warum {fix} nicht geholfen hat ({reason}), bevor eine andere Maßnahme versucht wird',
  workOnRest: 'An dem arbeiten, was noch nicht funktioniert',
  workOnRestNotes: 'An dem arbeiten, was noch nicht funktioniert: {notes}',
  diagnose: 'Die Ursache weiter eingrenzen und eine erste Maßnahme vorschlagen',
  checkFindings: 'Die Befunde oben prüfen, bevor eine bereits versuchte Maßnahme wiederholt wird',
  hypothesisNone:
    'Es wurde noch keine Maßnahme vorgeschlagen, daher gibt es über die Befunde hinaus keine Arbeitshypothese',
  hypothesisSuccess: '{fix} hat gewirkt; das deutet auf das, was dabei geändert wurde, als Ursache hin',
  hypothesisPartial:
    '{fix} hat nur teilweise geholfen; die Ursache hängt wahrscheinlich mit dem zusammen, was dabei geändert wurde, wird davon aber nicht vollständig abgedeckt',
  hypothesisFailed: {
    one: 'Die Ursache ist noch nicht gefunden: {count} Maßnahme ist gescheitert, zuletzt {fix}; was sie adressiert hat, ist damit als Ursache weniger wahrscheinlich',
    other:
      'Die Ursache ist noch nicht gefunden: {count} Maßnahmen sind gescheitert, zuletzt {fix}; was sie adressiert haben, ist damit als Ursache weniger wahrscheinlich',
  },
  hypothesisProposed:
    '{fix} ist geplant, aber nicht getestet; die Arbeitshypothese ist die, auf der diese Maßnahme beruht',
  latestDecision: 'Zuletzt erfasste Entscheidung: {decision}',
  latestDecisionWhy: 'Zuletzt erfasste Entscheidung: {decision} ({rationale})',
  furtherFindings: {
    one: '{count} weiterer Befund ist in der Sitzung erfasst',
    other: '{count} weitere Befunde sind in der Sitzung erfasst',
  },
  headingResolution: 'Lösung',
  labelWhatFixedIt: 'Was geholfen hat',
  labelHowConfirmed: 'Wie wir es bestätigt haben',
  headingWhatElseTried: 'Was wir außerdem versucht haben',
  headingClosedUnresolved: 'Ohne bestätigte Lösung abgeschlossen',
  headingWhatWeTried: 'Was wir versucht haben',
  headingNextSteps: 'Nächste Schritte',
  nothingApplied: 'Noch nichts angewendet.',
  escalationTitles: [
    'Problem',
    'Was wir bestätigt haben',
    'Was wir versucht haben',
    'Aktuelle Hypothese',
    'Vorgeschlagene nächste Schritte',
  ],
  nothingConfirmed: 'Über das gemeldete Problem hinaus noch nichts bestätigt.',
  noFixApplied: 'Noch keine Maßnahme angewendet.',
  outcomeWorked: 'hat funktioniert',
  outcomeWorkedVerified: 'hat funktioniert (geprüft {time})',
  outcomeFailed: 'hat nicht geholfen',
  outcomeFailedReason: 'hat nicht geholfen: {reason}',
  outcomePartial: 'hat nur teilweise geholfen',
  outcomePartialNotes: 'hat nur teilweise geholfen: {notes}',
  outcomeNotApplied: 'noch nicht angewendet',
  appliedAt: '(angewendet {time})',
};
