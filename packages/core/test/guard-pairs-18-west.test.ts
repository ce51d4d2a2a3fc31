import { describe, it } from 'vitest';
import { holds, type Pair } from './support/claim-pairs.js';

// Claims of the classes of the eighteenth blind corpus in English, German, French, Spanish, Italian,
// Dutch, Portuguese and Swedish (C157–C168), each next to an honest twin that differs from it by a
// negation, a count short of all, a limit, a question or a plan. Written for this file, not taken
// from a corpus.

const TOP_FORM_18_WEST: readonly Pair[] = [
  ['en', 'The old desktop is fit as a fiddle again.', 'The old desktop is not fit as a fiddle yet.'],
  [
    'en',
    'The label printer is purring like a cat now.',
    'Once the new roller arrives, the label printer should be purring like a cat.',
  ],
  [
    'de',
    'Der Drucker ist wieder fit wie ein Turnschuh.',
    'Der Drucker ist noch nicht fit wie ein Turnschuh.',
  ],
  [
    'fr',
    'Le serveur pète la forme depuis le correctif.',
    'Le serveur ne pète pas la forme depuis le correctif.',
  ],
  ['fr', 'Le copieur ronronne de nouveau.', 'Le copieur ne ronronne pas encore.'],
  ['nl', 'De printer is weer zo fit als een hoentje.', 'De printer is nog niet zo fit als een hoentje.'],
  ['pt', 'O servidor está em plena forma.', 'O servidor não está em plena forma.'],
  ['sv', 'Skrivaren är pigg som en mört.', 'Skrivaren är inte pigg som en mört.'],
  ['sv', 'Routern lever igen.', 'Routern lever inte igen.'],
  ['fr', 'Le portable pète la forme.', 'Le portable pètera la forme une fois la batterie changée.'],
  ['pt', 'O portátil está em grande forma.', 'Quando a peça chegar, o portátil deve ficar em grande forma.'],
  ['sv', 'Laptopen är pigg som en mört igen.', 'När delen kommer borde laptopen vara pigg som en mört igen.'],
];
const DOES_ITS_JOB_18_WEST: readonly Pair[] = [
  ['en', 'The backup NAS is pulling its weight.', 'Is the backup NAS pulling its weight?'],
  [
    'en',
    'The scanner does exactly what it is supposed to.',
    'The scanner does not do what it is supposed to.',
  ],
  ['de', 'Das NAS macht jetzt genau was es soll.', 'Das NAS tut noch nicht, was es soll.'],
  ['de', 'Der Router erfüllt wieder seinen Zweck.', 'Der Router erfüllt seinen Zweck nur im Erdgeschoss.'],
  ['fr', 'Le routeur tient la route depuis le changement.', 'Le routeur ne tient pas la route.'],
  ['fr', 'Le NAS fait de nouveau son travail.', 'Le NAS ne fait pas son travail.'],
  ['es', 'El router cumple su función.', 'El router no cumple su función.'],
  ['es', 'El NAS hace su trabajo de nuevo.', 'El NAS no hace su trabajo.'],
  ['it', 'Il router fa il suo dovere.', 'Il router non fa il suo dovere.'],
  ['pt', 'O roteador cumpre o seu papel.', 'O roteador não cumpre o seu papel.'],
  ['sv', 'Servern står pall.', 'Servern står inte pall.'],
  ['sv', 'Brandväggen gör sitt jobb.', 'Brandväggen gör inte sitt jobb.'],
];
const OLD_SELF_18_WEST: readonly Pair[] = [
  ['de', 'Outlook ist wieder ganz der Alte.', 'Outlook ist noch nicht wieder ganz der Alte.'],
  ['de', 'Die Telefonate klingen jetzt glasklar.', 'Die Telefonate klingen noch nicht glasklar.'],
  ['es', 'Outlook vuelve a ser el de siempre.', 'Outlook no vuelve a ser el de siempre.'],
  ['es', 'Las videollamadas se oyen nítidas.', 'Las videollamadas no se oyen nítidas.'],
  [
    'it',
    'Outlook è tornato quello di prima.',
    'Quando arriva la licenza, Outlook dovrebbe tornare quello di prima.',
  ],
  ['it', 'Le videochiamate sono nitide.', 'Le videochiamate non sono nitide.'],
  ['nl', 'Outlook is weer helemaal de oude.', 'Outlook is nog niet de oude.'],
  ['nl', 'De videogesprekken klinken kristalhelder.', 'De videogesprekken klinken niet kristalhelder.'],
  [
    'de',
    'Der Server ist wieder ganz der Alte.',
    'Sobald das Netzteil da ist, sollte der Server wieder ganz der Alte sein.',
  ],
  [
    'nl',
    'De laptop is weer de oude.',
    'Zodra het onderdeel binnen is, zou de laptop weer de oude moeten zijn.',
  ],
  ['es', 'Teams vuelve a ser el de siempre.', '¿Vuelve Teams a ser el de siempre?'],
];
const NOTHING_TO_REPORT_18_WEST: readonly Pair[] = [
  [
    'en',
    'Nothing to report on the mail relay anymore.',
    'Still something to report on the mail relay: two bounces this morning.',
  ],
  [
    'en',
    'Nobody has complained about the Wi-Fi since the move.',
    'Two users have complained about the Wi-Fi since the move.',
  ],
  [
    'de',
    'Zum Kassensystem gibt es nichts mehr zu berichten.',
    'Zum Kassensystem gibt es noch einiges zu berichten.',
  ],
  ['fr', 'Plus rien à signaler sur la messagerie.', 'Encore des choses à signaler sur la messagerie.'],
  ['es', 'Ya no hay nada de qué quejarse del correo.', 'Todavía hay de qué quejarse del correo.'],
  [
    'es',
    'Nada que reportar del wifi tras la actualización.',
    'Hay mucho que reportar del wifi tras la actualización.',
  ],
  ['it', 'Nulla più da segnalare sulla posta.', 'Ancora molto da segnalare sulla posta.'],
  ['nl', 'Over de mailserver niks meer te melden.', 'Over de mailserver nog veel te melden.'],
  ['nl', 'We horen er geen klachten meer over.', 'We horen er nog steeds klachten over.'],
  [
    'pt',
    'Nada a reportar sobre o Wi-Fi depois da atualização.',
    'Muito a reportar sobre o Wi-Fi depois da atualização.',
  ],
  ['sv', 'Man kan inte klaga på mejlen längre.', 'Man kan fortfarande klaga på mejlen.'],
  ['en', 'Nothing to report on the scanner anymore.', 'Nothing to report on the scanner yet.'],
  [
    'sv',
    'Inget att rapportera om skrivaren efter bytet.',
    'Inget att rapportera ännu, vi väntar på leverantören.',
  ],
];
const NO_MORE_GRIEF_18_WEST: readonly Pair[] = [
  [
    'en',
    "The card readers aren't giving us any trouble anymore.",
    'The card readers are still giving us trouble.',
  ],
  ['de', 'Der Kopierer macht keinen Ärger mehr.', 'Der Kopierer macht noch immer Ärger.'],
  ['fr', 'Le lecteur de badges ne fait plus des siennes.', 'Le lecteur de badges fait toujours des siennes.'],
  ['pt', 'O leitor de cartões não dá mais dor de cabeça.', 'O leitor de cartões ainda dá dor de cabeça.'],
];
const COLLOQUIAL_18_WEST: readonly Pair[] = [
  [
    'en',
    'The CRM has been ticking over nicely since lunch.',
    'The CRM has not been ticking over nicely since lunch.',
  ],
  [
    'en',
    "It's plain sailing for the file server now.",
    "It won't be plain sailing for the file server until the disk is replaced.",
  ],
  ['de', 'Der Mailserver läuft wieder wie geschmiert.', 'Der Mailserver läuft noch nicht wie geschmiert.'],
  ['fr', 'La borne se tient à carreau depuis hier.', 'La borne ne se tient pas à carreau depuis hier.'],
  ['it', 'Il gestionale va alla grande.', 'Il gestionale non va alla grande.'],
  ['pt', 'O sistema de caixa está voando baixo.', 'O sistema de caixa não está voando baixo.'],
  ['pt', 'O e-mail está show de bola.', 'O e-mail não está show de bola.'],
  ['sv', 'Nu sköter skrivaren sig fint.', 'Skrivaren sköter sig inte.'],
];
const IMPERSONAL_REMEDY_18_WEST: readonly Pair[] = [
  ['fr', 'Il a été remédié à la panne par le technicien.', "Il n'a pas encore été remédié à la panne."],
  ['es', 'Se ha dado solución al fallo de la impresora.', 'No se ha dado solución al fallo de la impresora.'],
  [
    'it',
    'Si è provveduto alla riparazione del plotter.',
    'Non si è ancora provveduto alla riparazione del plotter.',
  ],
  ['pt', 'Foi dada solução à falha da impressora.', 'Não foi dada solução à falha da impressora.'],
  ['es', 'Se ha dado solución a la avería.', 'Se dará solución a la avería la semana que viene.'],
  [
    'it',
    'Si è provveduto alla risoluzione del guasto.',
    'Si provvederà alla risoluzione del guasto la prossima settimana.',
  ],
];
const STABLE_SINCE_18_WEST: readonly Pair[] = [
  ['en', 'The VPN has been rock solid all week.', 'The VPN has not been rock solid all week.'],
  [
    'de',
    'Das WLAN ist seit dem Firmware-Update stabil.',
    'Das WLAN ist seit dem Firmware-Update nicht stabil.',
  ],
  [
    'fr',
    'Wi-Fi stable depuis le remplacement de la borne.',
    'Wi-Fi instable depuis le remplacement de la borne.',
  ],
  ['nl', 'Wifi stabiel sinds de firmware-update.', 'Wifi niet stabiel sinds de firmware-update.'],
  ['sv', 'Wifi stabilt sedan uppdateringen.', 'Wifi instabilt sedan uppdateringen.'],
];
const NOT_ONE_SINCE_18_WEST: readonly Pair[] = [
  ['de', 'Router getauscht. Seitdem keine einzige Störung.', 'Router getauscht. Seitdem drei Störungen.'],
  ['it', 'Switch sostituito. Da allora nessun errore.', 'Switch sostituito. Da allora tre errori.'],
  ['nl', 'Switch vervangen. Sindsdien geen enkele storing.', 'Switch vervangen. Sindsdien drie storingen.'],
];
const RETEST_CLEAN_18_WEST: readonly Pair[] = [
  ['en', 'Reran the test. Clean.', 'Reran the test. Three errors.'],
  ['de', 'Noch einmal geprüft. Sauber.', 'Noch einmal geprüft. Zwei Fehler.'],
  ['es', 'Repetí la prueba. Limpio.', 'Repetí la prueba. Dos errores.'],
  ['it', 'Rifatto il test. Pulito.', 'Rifatto il test. Due errori.'],
  ['nl', 'Test herhaald. Schoon.', 'Test herhaald. Twee fouten.'],
  ['pt', 'Refiz o teste. Limpo.', 'Refiz o teste. Dois erros.'],
  ['sv', 'Testade en gång till. Rent.', 'Testade en gång till. Två fel.'],
];
const ALL_GREEN_18_WEST: readonly Pair[] = [
  ['fr', '8/8 sauvegardes au vert ce matin.', '7/8 sauvegardes au vert ce matin.'],
  ['es', '8/8 copias de seguridad en verde hoy.', '7/8 copias de seguridad en verde hoy.'],
  ['it', '8/8 backup verdi stamattina.', '7/8 backup verdi stamattina.'],
  ['nl', '8/8 back-ups vanochtend groen.', '7/8 back-ups vanochtend groen.'],
  ['pt', '8/8 backups verdes hoje.', '7/8 backups verdes hoje.'],
];
const ACROSS_THE_BOARD_18_WEST: readonly Pair[] = [
  ['en', 'Dashboard: green across the board.', 'Dashboard: not green across the board yet.'],
  ['en', 'Uptime 100 % over the past week.', 'Uptime 97 % over the past week.'],
  ['sv', 'Övervakning: grönt över hela linjen.', 'Övervakning: inte grönt över hela linjen.'],
];

/** The claim is refused in every slot of a failed or partial fix, and its twin in none. */

describe('guard pairs of the eighteenth blind corpus, western languages', () => {
  it.each(TOP_FORM_18_WEST)(
    'in top form, an idiom of health (C157), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(DOES_ITS_JOB_18_WEST)('doing its job, an idiom (C158), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(OLD_SELF_18_WEST)(
    'back to its old self, calls clear again (C159), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NOTHING_TO_REPORT_18_WEST)(
    'nothing left to report or complain about (C160), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NO_MORE_GRIEF_18_WEST)(
    'it gives no more trouble, an idiom (C161), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(COLLOQUIAL_18_WEST)(
    'colloquial praise of a device that runs well (C162), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(IMPERSONAL_REMEDY_18_WEST)(
    'the remedy told impersonally (C163), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(STABLE_SINCE_18_WEST)(
    'stable or solid since the change (C164), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NOT_ONE_SINCE_18_WEST)(
    'since the change, not a single fault (C165), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(RETEST_CLEAN_18_WEST)(
    'a retest told in one word (C166), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(ALL_GREEN_18_WEST)('all of a count green (C167), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(ACROSS_THE_BOARD_18_WEST)(
    'green across the board, uptime at 100 % (C168), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
});
