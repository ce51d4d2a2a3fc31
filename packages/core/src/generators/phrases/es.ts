import type { Phrases } from './types.js';

/** Spanish. */
export const ES: Phrases = {
  quotes: ['«', '»'],
  listSeparator: '; ',
  fullStop: '.',
  resolvedSummary: 'Hemos resuelto la incidencia que nos comunicó ({problem}).',
  whatFixedIt: 'Aplicamos esta corrección y solucionó el problema.',
  stepsTaken: 'Pasos realizados: {steps}.',
  verifiedOn: 'Comprobamos el {time} que todo funciona como se esperaba',
  recordedWorking:
    'La corrección se registró como eficaz al aplicarla; no se registró ninguna comprobación aparte',
  recordedWorkingOn:
    'La corrección se registró como eficaz al aplicarla el {time}; no se registró ninguna comprobación aparte',
  ifItComesBack: 'Si el problema vuelve a aparecer, responda a este ticket y retomaremos el trabajo',
  closingIntro:
    'Este ticket sobre la incidencia que nos comunicó ({problem}) se está cerrando sin una solución confirmada.',
  closingNoFix: 'No se aplicó ninguna corrección.',
  closingFailed: 'Nuestro último intento, {fix}, no solucionó el problema.',
  closingPartial:
    'Nuestro último intento, {fix}, mejoró la situación pero no solucionó el problema por completo.',
  closingProposed: 'La corrección prevista {fix} no se aplicó.',
  closingTried: {
    one: 'La corrección aplicada figura abajo con su resultado.',
    other: 'Las {count} correcciones aplicadas figuran abajo con sus resultados.',
  },
  closingPlanned:
    'La corrección prevista {fix} no se aplicó: responda a este ticket si quiere que la apliquemos',
  reopen:
    'Si el problema continúa o vuelve a aparecer, responda a este ticket para reabrirlo y retomaremos el trabajo',
  appliedAsPlanned: 'Aplicada según lo previsto',
  appliedOn: 'Aplicada el {date}',
  noSteps: 'No se registraron pasos',
  steps: 'Pasos: {steps}',
  moreSteps: { one: ' y {count} más', other: ' y {count} más' },
  applyPlanned: 'Aplicar la corrección prevista {fix} y comprobar si el problema desaparece',
  findOutWhy: 'Averiguar por qué {fix} no ayudó antes de probar otra corrección',
  findOutWhyReason: 'Averiguar por qué {fix} no ayudó ({reason}) antes de probar otra corrección',
  workOnRest: 'Trabajar en lo que todavía no funciona',
  workOnRestNotes: 'Trabajar en lo que todavía no funciona: {notes}',
  diagnose: 'Seguir diagnosticando la causa y proponer una primera corrección',
  checkFindings: 'Revisar los hallazgos anteriores antes de repetir una corrección ya probada',
  hypothesisNone:
    'Aún no se ha propuesto ninguna corrección, así que no hay hipótesis de trabajo más allá de los hallazgos',
  hypothesisSuccess: '{fix} dio resultado, lo que señala como causa lo que cambió',
  hypothesisPartial:
    '{fix} solo ayudó en parte, así que la causa probablemente está relacionada con lo que cambió, pero no queda cubierta del todo',
  hypothesisFailed: {
    one: 'La causa aún no está identificada: {count} corrección falló, la última {fix}, lo que hace menos probable la causa a la que apuntaba',
    other:
      'La causa aún no está identificada: {count} correcciones fallaron, la última {fix}, lo que hace menos probables las causas a las que apuntaban',
  },
  hypothesisProposed:
    '{fix} está prevista pero sin probar, así que la hipótesis de trabajo es la que la sustenta',
  latestDecision: 'Última decisión registrada: {decision}',
  latestDecisionWhy: 'Última decisión registrada: {decision} ({rationale})',
  furtherFindings: {
    one: 'Hay {count} hallazgo más registrado en la sesión',
    other: 'Hay {count} hallazgos más registrados en la sesión',
  },
  headingResolution: 'Resolución',
  labelWhatFixedIt: 'Qué lo solucionó',
  labelHowConfirmed: 'Cómo lo confirmamos',
  headingWhatElseTried: 'Qué más probamos',
  headingClosedUnresolved: 'Cerrado sin una solución confirmada',
  headingWhatWeTried: 'Qué hemos probado',
  headingNextSteps: 'Próximos pasos',
  nothingApplied: 'Todavía no se ha aplicado nada.',
  escalationTitles: [
    'Problema',
    'Qué hemos confirmado',
    'Qué hemos probado',
    'Hipótesis actual',
    'Próximos pasos sugeridos',
  ],
  nothingConfirmed: 'Nada confirmado todavía más allá del problema comunicado.',
  noFixApplied: 'Todavía no se ha aplicado ninguna corrección.',
  outcomeWorked: 'dio resultado',
  outcomeWorkedVerified: 'dio resultado (comprobado {time})',
  outcomeFailed: 'no ayudó',
  outcomeFailedReason: 'no ayudó: {reason}',
  outcomePartial: 'solo ayudó en parte',
  outcomePartialNotes: 'solo ayudó en parte: {notes}',
  outcomeNotApplied: 'aún no aplicada',
  appliedAt: '(aplicada {time})',
};
