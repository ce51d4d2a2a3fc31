import type { Phrases } from './types.js';

/** Portuguese. */
export const PT: Phrases = {
  quotes: ['“', '”'],
  listSeparator: '; ',
  fullStop: '.',
  resolvedSummary: 'Resolvemos o problema que nos comunicou ({problem}).',
  whatFixedIt: 'Aplicámos esta correção e ela resolveu o problema.',
  stepsTaken: 'Passos realizados: {steps}.',
  verifiedOn: 'Verificámos em {time} que tudo funciona como esperado',
  recordedWorking:
    'A correção foi registada como eficaz quando foi aplicada; não foi registada nenhuma verificação à parte',
  recordedWorkingOn:
    'A correção foi registada como eficaz quando foi aplicada em {time}; não foi registada nenhuma verificação à parte',
  ifItComesBack: 'Se o problema voltar, responda a este ticket e retomaremos o trabalho',
  closingIntro:
    'Este ticket sobre o problema que nos comunicou ({problem}) está a ser encerrado sem uma solução confirmada.',
  closingNoFix: 'Não foi aplicada nenhuma correção.',
  closingFailed: 'A nossa última tentativa, {fix}, não resolveu o problema.',
  closingPartial:
    'A nossa última tentativa, {fix}, melhorou a situação, mas não resolveu o problema por completo.',
  closingProposed: 'A correção prevista {fix} não foi aplicada.',
  closingTried: {
    one: 'A correção aplicada está indicada abaixo com o seu resultado.',
    other: 'As {count} correções aplicadas estão indicadas abaixo com os seus resultados.',
  },
  closingPlanned:
    'A correção prevista {fix} não foi aplicada: responda a este ticket se quiser que a apliquemos',
  reopen: 'Se o problema continuar ou voltar, responda a este ticket para o reabrir e retomaremos o trabalho',
  appliedAsPlanned: 'Aplicada como previsto',
  appliedOn: 'Aplicada em {date}',
  noSteps: 'Não foram registados passos',
  steps: 'Passos: {steps}',
  moreSteps: { one: ' e mais {count}', other: ' e mais {count}' },
  applyPlanned: 'Aplicar a correção prevista {fix} e verificar se o problema desapareceu',
  findOutWhy: 'Perceber porque é que {fix} não ajudou antes de tentar outra correção',
  findOutWhyReason: 'Perceber porque é que {fix} não ajudou ({reason}) antes de tentar outra correção',
  workOnRest: 'Trabalhar no que ainda não funciona',
  workOnRestNotes: 'Trabalhar no que ainda não funciona: {notes}',
  diagnose: 'Continuar a diagnosticar a causa e propor uma primeira correção',
  checkFindings: 'Rever as constatações acima antes de repetir uma correção já tentada',
  hypothesisNone:
    'Ainda não foi proposta nenhuma correção, por isso não há hipótese de trabalho além das constatações',
  hypothesisSuccess: '{fix} deu resultado, o que aponta como causa aquilo que alterou',
  hypothesisPartial:
    '{fix} só ajudou em parte, por isso a causa está provavelmente ligada ao que alterou, sem ficar totalmente coberta por ela',
  hypothesisFailed: {
    one: 'A causa ainda não foi identificada: {count} correção falhou, a última {fix}, o que torna menos provável a causa que visava',
    other:
      'A causa ainda não foi identificada: {count} correções falharam, a última {fix}, o que torna menos prováveis as causas que visavam',
  },
  hypothesisProposed:
    '{fix} está prevista mas não testada, por isso a hipótese de trabalho é aquela em que se baseia',
  latestDecision: 'Última decisão registada: {decision}',
  latestDecisionWhy: 'Última decisão registada: {decision} ({rationale})',
  furtherFindings: {
    one: 'Há mais {count} constatação registada na sessão',
    other: 'Há mais {count} constatações registadas na sessão',
  },
  headingResolution: 'Resolução',
  labelWhatFixedIt: 'O que resolveu',
  labelHowConfirmed: 'Como o confirmámos',
  headingWhatElseTried: 'O que mais tentámos',
  headingClosedUnresolved: 'Encerrado sem uma solução confirmada',
  headingWhatWeTried: 'O que tentámos',
  headingNextSteps: 'Próximos passos',
  nothingApplied: 'Ainda nada aplicado.',
  escalationTitles: [
    'Problema',
    'O que confirmámos',
    'O que tentámos',
    'Hipótese atual',
    'Próximos passos sugeridos',
  ],
  nothingConfirmed: 'Nada confirmado além do problema comunicado.',
  noFixApplied: 'Ainda nenhuma correção aplicada.',
  outcomeWorked: 'deu resultado',
  outcomeWorkedVerified: 'deu resultado (verificado {time})',
  outcomeFailed: 'não ajudou',
  outcomeFailedReason: 'não ajudou: {reason}',
  outcomePartial: 'só ajudou em parte',
  outcomePartialNotes: 'só ajudou em parte: {notes}',
  outcomeNotApplied: 'ainda não aplicada',
  appliedAt: '(aplicada {time})',
};
