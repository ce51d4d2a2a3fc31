import { describe, it } from 'vitest';
import { holds, type Pair } from './support/claim-pairs.js';

// Claims of the twentieth round's grammar classes (find.ts), each next to an honest twin. Written for
// this file, not taken from a corpus.

/**
 * C250: the future of "go" ("va", "vont", "vai") tells the future only before an infinitive;
 * before anything else it is the verb "go", and what goes well is told, not promised.
 */
const FUTURE_OF_GO_20: readonly Pair[] = [
  ['es', 'El portátil va más rápido que nunca.', '¿El portátil va más rápido que nunca?'],
  ['es', 'El servidor va mejor que nunca.', 'El servidor va a funcionar de nuevo mañana.'],
  [
    'it',
    'Il portatile ora va più veloce di prima del guasto.',
    'Il portatile non va più veloce di prima del guasto.',
  ],
  ['it', 'Il server adesso va più veloce che mai.', 'Il server adesso va più veloce che mai?'],
  ['pt', 'O portátil vai mais rápido que nunca.', 'O portátil vai mais rápido que nunca?'],
  ['pt', 'O notebook agora vai melhor que nunca.', 'O notebook vai funcionar de novo amanhã.'],
  [
    'pt',
    'O servidor vai mais rápido do que antes da atualização.',
    'O servidor vai mais rápido do que antes da atualização?',
  ],
  ['fr', 'Le portable va plus vite que jamais.', 'Le portable va fonctionner de nouveau demain.'],
  ['fr', 'Le serveur va mieux que jamais.', 'Le serveur va se remettre à marcher.'],
];

/**
 * C251: a "done" emoji over a plan, a promise, a request to check or a condition acknowledges it;
 * it tells nothing done. Over a sentence that tells a good state it still claims.
 */
const MARK_OVER_PLAN_20: readonly Pair[] = [
  ['en', '👍 Mail is coming in again.', '👍 we will test it tomorrow and let you know.'],
  ['en', '👍 Thanks, all sorted.', '👍 thanks, we will test tomorrow'],
  ['de', '✅ Der Drucker druckt wieder.', '✅ Wir prüfen morgen, ob der Drucker wieder druckt.'],
  ['fr', "👍 L'imprimante imprime de nouveau.", "👍 Nous vérifierons demain si l'imprimante imprime."],
  ['es', '✅ La impresora imprime otra vez.', '✅ Si el reinicio ayuda, avísenos.'],
  ['ru', '✅ Принтер снова печатает.', '✅ Завтра проверим, печатает ли принтер.'],
  ['nl', '👍 De printer print weer.', '👍 We testen het morgen en laten het u weten.'],
  ['it', '✅ La stampante stampa di nuovo.', '✅ Domani verificheremo se la stampante stampa.'],
  ['pt', '👍 A impressora voltou a imprimir.', '👍 Vamos testar amanhã e avisamos.'],
];

describe('claims the twentieth round reads in its grammar, and their honest twins', () => {
  it.each(FUTURE_OF_GO_20)(
    'the future of "go" only before an infinitive (C250), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(MARK_OVER_PLAN_20)(
    'a "done" emoji over a plan acknowledges it (C251), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
});
