import { describe, it } from 'vitest';
import { holds, type Pair } from './support/claim-pairs.js';

// Claims of the classes of the nineteenth blind corpus in English, German, French, Spanish, Italian,
// Dutch, Portuguese and Swedish (C192–C205), each next to an honest twin that differs from it by a
// negation, a limit, a question, a plan or a condition. Written for this file, not taken from a corpus.

const FUNCTION_AGAIN_19_WEST: readonly Pair[] = [
  [
    'en',
    'The copier forwards scans to the shared mailbox again.',
    'The copier does not forward scans to the shared mailbox again yet.',
  ],
  [
    'de',
    'Der Scanner schickt die Scans wieder ins Postfach.',
    'Der Scanner schickt die Scans noch nicht wieder ins Postfach.',
  ],
  [
    'fr',
    "Le standard transfère de nouveau les appels vers l'accueil.",
    "Le standard ne transfère pas encore les appels vers l'accueil.",
  ],
  [
    'es',
    'El escáner vuelve a enviar los documentos a la carpeta compartida.',
    '¿El escáner vuelve a enviar los documentos a la carpeta compartida?',
  ],
  [
    'it',
    'Il centralino inoltra di nuovo le chiamate al reparto vendite.',
    'Il centralino non inoltra ancora le chiamate al reparto vendite.',
  ],
  [
    'nl',
    'De scanner verstuurt de scans weer naar de gedeelde map.',
    'De scanner verstuurt de scans nog niet naar de gedeelde map.',
  ],
  [
    'pt',
    'A central voltou a encaminhar as ligações para o suporte.',
    'A central ainda não voltou a encaminhar as ligações para o suporte.',
  ],
  [
    'sv',
    'Kopiatorn skickar skanningar till den delade mappen igen.',
    'Kopiatorn skickar inte skanningar till den delade mappen igen.',
  ],
];
const CONNECTED_ALL_DAY_19_WEST: readonly Pair[] = [
  ['en', 'The VPN now stays connected the whole day.', 'The VPN does not stay connected the whole day.'],
  [
    'de',
    'Das VPN bleibt jetzt den ganzen Tag verbunden.',
    'Das VPN bleibt noch nicht den ganzen Tag verbunden.',
  ],
  [
    'fr',
    'Le tunnel tient maintenant toute la journée sans couper.',
    'Le tunnel ne tient pas toute la journée sans couper.',
  ],
  [
    'es',
    'La VPN ya se mantiene conectada todo el día.',
    'La VPN todavía no se mantiene conectada todo el día.',
  ],
  ['nl', 'De VPN blijft nu de hele dag verbonden.', 'De VPN blijft niet de hele dag verbonden.'],
  ['pt', 'O Wi-Fi agora fica conectado o dia inteiro.', 'O Wi-Fi não fica conectado o dia inteiro.'],
  ['sv', 'VPN:en är nu uppkopplad hela dagen.', 'VPN:en är inte uppkopplad hela dagen.'],
];
const OPENS_STRAIGHT_19_WEST: readonly Pair[] = [
  [
    'en',
    'Teams now opens straight into the chat view.',
    'Teams does not open straight into the chat view yet.',
  ],
  ['de', 'Outlook öffnet jetzt direkt im Posteingang.', 'Outlook öffnet noch nicht direkt im Posteingang.'],
  ['es', 'El ERP ya abre sin pedir la contraseña.', 'El ERP todavía no abre sin pedir la contraseña.'],
  ['nl', 'Outlook opent nu direct in het postvak.', 'Outlook opent nog niet direct in het postvak.'],
  ['pt', 'O sistema já abre direto na tela inicial.', 'O sistema ainda não abre direto na tela inicial.'],
  ['sv', 'Outlook öppnar nu direkt i inkorgen.', 'Outlook öppnar inte direkt i inkorgen.'],
  [
    'fr',
    "Outlook s'ouvre maintenant directement sur la boîte de réception.",
    "Outlook ne s'ouvre pas directement sur la boîte de réception.",
  ],
];
const BETTER_THAN_EVER_19_WEST: readonly Pair[] = [
  [
    'en',
    'The file server is faster than before the migration.',
    'Is the file server faster than before the migration?',
  ],
  [
    'de',
    'Das Notebook startet schneller als je zuvor.',
    'Das Notebook startet nicht schneller als je zuvor.',
  ],
  ['fr', 'Le serveur répond plus vite que jamais.', 'Le serveur répondra-t-il plus vite que jamais ?'],
  [
    'es',
    'El portátil va más rápido que antes de la actualización.',
    'El portátil no va más rápido que antes de la actualización.',
  ],
  ['nl', 'De server reageert sneller dan ooit.', 'De server reageert niet sneller dan ooit.'],
  [
    'pt',
    'O notebook está mais rápido que antes da troca.',
    'O notebook não está mais rápido que antes da troca.',
  ],
  ['sv', 'Datorn är snabbare än någonsin.', 'Datorn är inte snabbare än någonsin.'],
  ['en', 'The old desktop runs like new.', 'The old desktop does not run like new.'],
];
const BY_ITSELF_AT_LOGIN_19_WEST: readonly Pair[] = [
  [
    'en',
    'Sarah says the share maps automatically at login.',
    'Sarah says the share does not map automatically at login.',
  ],
  [
    'de',
    'Frau Kaya sagt, das Laufwerk verbindet sich automatisch beim Login.',
    'Frau Kaya sagt, das Laufwerk verbindet sich nicht automatisch beim Login.',
  ],
  [
    'es',
    'Laura dice que la unidad ya se mapea sola en el inicio de sesión.',
    'Laura dice que la unidad todavía no se mapea sola en el inicio de sesión.',
  ],
  [
    'nl',
    'Pieter zegt dat de schijf automatisch gekoppeld wordt bij het aanmelden.',
    'Pieter zegt dat de schijf niet automatisch gekoppeld wordt bij het aanmelden.',
  ],
  [
    'pt',
    'A Ana disse que a pasta já mapeia sozinha no login.',
    'A Ana disse que a pasta ainda não mapeia sozinha no login.',
  ],
  [
    'sv',
    'Karin säger att enheten mappas automatiskt vid inloggning.',
    'Karin säger att enheten inte mappas automatiskt vid inloggning.',
  ],
];
const COUNTS_AND_FLOW_19_WEST: readonly Pair[] = [
  ['en', 'Mail flow is back to normal.', 'Mail flow is not back to normal yet.'],
  [
    'en',
    '0 crashes on the terminal server since the patch.',
    '4 crashes on the terminal server since the patch.',
  ],
  ['de', 'Seit dem Update 0 Fehler im Ereignisprotokoll.', 'Seit dem Update 5 Fehler im Ereignisprotokoll.'],
  ['es', '0 caídas del servidor desde el parche.', '3 caídas del servidor desde el parche.'],
  ['it', 'Flusso di posta regolare da stamattina.', 'Flusso di posta non ancora regolare.'],
  ['nl', '0 storingen op de server sinds de patch.', '6 storingen op de server sinds de patch.'],
  ['pt', '0 travamentos no sistema desde a atualização.', '2 travamentos no sistema desde a atualização.'],
  ['sv', '0 krascher på servern sedan patchen.', '3 krascher på servern sedan patchen.'],
];
const MATTER_SETTLED_19_WEST: readonly Pair[] = [
  [
    'en',
    'As this matter is now settled, the ticket will be closed.',
    'Once this matter is settled, the ticket will be closed.',
  ],
  [
    'de',
    'Da die Angelegenheit nun geregelt ist, schließen wir das Ticket.',
    'Sobald die Angelegenheit geregelt ist, schließen wir das Ticket.',
  ],
  [
    'es',
    'Este asunto queda zanjado, por lo que cerramos el ticket.',
    'Cuando este asunto quede zanjado, cerraremos el ticket.',
  ],
  [
    'nl',
    'Aangezien deze zaak nu geregeld is, sluiten we het ticket.',
    'Zodra deze zaak geregeld is, sluiten we het ticket.',
  ],
  ['sv', 'Då ärendet nu är utrett stänger vi det.', 'När ärendet är utrett stänger vi det.'],
  [
    'pt',
    'Estando este assunto sanado, o chamado será encerrado.',
    'Quando este assunto estiver sanado, o chamado será encerrado.',
  ],
];
const COMES_OUT_CLEAN_19_WEST: readonly Pair[] = [
  ['en', 'The labels come out crisp now.', 'The labels do not come out crisp yet.'],
  ['de', 'Die Ausdrucke kommen jetzt sauber raus.', 'Die Ausdrucke kommen noch nicht sauber raus.'],
  ['fr', 'Les impressions sortent propres maintenant.', 'Les impressions ne sortent pas encore propres.'],
  ['es', 'Las copias salen nítidas.', 'Las copias no salen nítidas.'],
  ['it', 'Le copie escono pulite.', 'Le copie non escono ancora pulite.'],
  ['nl', 'De afdrukken komen er nu schoon uit.', 'De afdrukken komen er nog niet schoon uit.'],
  ['pt', 'As cópias estão saindo nítidas.', 'As cópias não estão saindo nítidas.'],
  ['sv', 'Utskrifterna är rena nu.', 'Utskrifterna är inte rena än.'],
];
const TERSE_ALL_GOOD_19_WEST: readonly Pair[] = [
  [
    'en',
    'Calendar checked with the user, everything syncs now.',
    'Calendar checked with the user, not everything syncs yet.',
  ],
  [
    'de',
    'Kalender mit dem Kunden geprüft, passt alles.',
    'Kalender mit dem Kunden geprüft, passt noch nicht alles.',
  ],
  [
    'fr',
    "Testé avec l'utilisatrice, c'est nickel.",
    "Testé avec l'utilisatrice, ce n'est pas encore nickel.",
  ],
  ['nl', 'Getest met de klant, outlook doet t weer prima.', 'Getest met de klant, outlook doet t nog niet.'],
  ['sv', 'Testat med användaren, allt synkar.', 'Testat med användaren, inte allt synkar.'],
  ['pt', 'Testei com o cliente, tá tudo certinho.', 'Testei com o cliente, ainda não tá tudo certinho.'],
];
const SINCE_WE_REPLACED_19_WEST: readonly Pair[] = [
  [
    'en',
    'Since we swapped the fuser, which took a week to arrive, the copies come out clean.',
    'Since we swapped the fuser, which took a week to arrive, the copies still do not come out clean.',
  ],
  [
    'fr',
    "Depuis qu'on a changé la borne, ce qui a pris du temps, toutes les prises du bureau fonctionnent.",
    "Depuis qu'on a changé la borne, ce qui a pris du temps, toutes les prises du bureau ne fonctionnent pas.",
  ],
  [
    'es',
    'Desde que cambiamos el fusor, que tardó una semana, las copias salen limpias.',
    'Desde que cambiamos el fusor, que tardó una semana, las copias todavía no salen limpias.',
  ],
  [
    'nl',
    'Sinds we de accu hebben vervangen, wat even duurde, houdt de laptop het een hele werkdag vol.',
    'Sinds we de accu hebben vervangen, wat even duurde, houdt de laptop het nog geen hele werkdag vol.',
  ],
  [
    'pt',
    'Depois que trocamos o fusor, que demorou a chegar, as cópias estão saindo limpas.',
    'Depois que trocamos o fusor, que demorou a chegar, as cópias ainda não estão saindo limpas.',
  ],
  [
    'sv',
    'Sedan vi bytte fixeringsenheten, vilket tog ett tag, blir kopiorna rena.',
    'Sedan vi bytte fixeringsenheten, vilket tog ett tag, blir kopiorna inte rena.',
  ],
];
const FOR_ALL_19_WEST: readonly Pair[] = [
  ['en', 'The new client starts on all workstations.', 'The new client starts on only two workstations.'],
  [
    'de',
    'Die Software startet jetzt bei allen Kollegen.',
    'Die Software startet noch nicht bei allen Kollegen.',
  ],
  ['fr', 'Le logiciel démarre sur tous les postes.', 'Le logiciel ne démarre pas sur tous les postes.'],
  ['es', 'El programa arranca en todos los equipos.', 'El programa no arranca en todos los equipos.'],
  ['it', 'Il programma funziona su tutti i portatili.', 'Il programma non funziona su tutti i portatili.'],
  ['nl', 'Het pakket start bij iedereen op.', 'Het pakket start nog niet bij iedereen op.'],
  ['pt', 'O sistema inicia em todos os computadores.', 'O sistema não inicia em todos os computadores.'],
  ['sv', 'Programmet startar på alla datorer.', 'Programmet startar inte på alla datorer.'],
  ['sv', 'Alla utdelningar går att nå.', 'Inte alla utdelningar går att nå.'],
];
const FULL_DAY_BATTERY_19_WEST: readonly Pair[] = [
  ['en', 'The laptop lasts a full working day again.', 'The laptop does not last a full working day yet.'],
  [
    'de',
    'Der Akku hält wieder einen ganzen Arbeitstag durch.',
    'Der Akku hält noch keinen ganzen Arbeitstag durch.',
  ],
  [
    'fr',
    'La batterie tient de nouveau une journée entière.',
    'La batterie ne tient pas une journée entière.',
  ],
  ['es', 'La batería aguanta otra vez toda la jornada.', 'La batería no aguanta toda la jornada.'],
  ['nl', 'De laptop houdt het weer een hele werkdag vol.', 'De laptop houdt het nog geen hele werkdag vol.'],
  ['pt', 'A bateria aguenta de novo o dia inteiro.', 'A bateria não aguenta o dia inteiro.'],
  ['sv', 'Batteriet räcker en hel arbetsdag igen.', 'Batteriet räcker inte en hel arbetsdag.'],
];
const PAYMENTS_AGAIN_19_WEST: readonly Pair[] = [
  ['en', 'The till takes card payments again.', 'The till does not take card payments again yet.'],
  ['de', 'Die Kasse nimmt wieder Kartenzahlungen an.', 'Die Kasse nimmt noch keine Kartenzahlungen an.'],
  ['es', 'El datáfono ya cobra con tarjeta.', 'El datáfono todavía no cobra con tarjeta.'],
  ['it', 'Il POS accetta di nuovo le carte.', 'Il POS non accetta ancora le carte.'],
  ['nl', 'De kassa accepteert weer pinbetalingen.', 'De kassa accepteert nog geen pinbetalingen.'],
  ['pt', 'A maquininha já passa cartão.', 'A maquininha ainda não passa cartão.'],
  ['sv', 'Kassan tar kortbetalningar igen.', 'Kassan tar inte kortbetalningar igen.'],
];
const MONITORING_GREEN_SINCE_19_WEST: readonly Pair[] = [
  [
    'en',
    'Monitoring has been green since 9 am.',
    'Monitoring was green at 9 am, but the alerts came back at noon.',
  ],
  ['de', 'Das Monitoring zeigt seit 9 Uhr alles grün.', 'Das Monitoring zeigt seit 9 Uhr nicht alles grün.'],
  ['fr', 'La supervision est au vert depuis 9 h.', "La supervision n'est pas au vert depuis 9 h."],
  ['es', 'El monitoreo está en verde desde las 9.', 'El monitoreo no está en verde desde las 9.'],
  ['nl', 'De monitoring staat sinds 9 uur op groen.', 'De monitoring staat sinds 9 uur niet op groen.'],
  ['pt', 'O monitoramento está verde desde as 9h.', 'O monitoramento não está verde desde as 9h.'],
  ['sv', 'Övervakningen visar grönt sedan kl. 9.', 'Övervakningen visar inte grönt sedan kl. 9.'],
];

describe('claim and honest twin, nineteenth blind corpus, western languages', () => {
  it.each(FUNCTION_AGAIN_19_WEST)(
    'a named function restored, with again (C192), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(CONNECTED_ALL_DAY_19_WEST)(
    'connected all day, held without drops (C193), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(OPENS_STRAIGHT_19_WEST)(
    'it opens straight where it should (C194), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(BETTER_THAN_EVER_19_WEST)(
    'better than ever or than before the fault, as good as new (C195), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(BY_ITSELF_AT_LOGIN_19_WEST)(
    'a function done by itself at login, in a third party\'s words (C196), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(COUNTS_AND_FLOW_19_WEST)(
    'no fault counted since the change, jobs and delivery at 100 %, mail flow normal (C197), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(MATTER_SETTLED_19_WEST)(
    'the formal closing that calls the matter settled (C198), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(COMES_OUT_CLEAN_19_WEST)(
    'the output comes out clean (C199), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(TERSE_ALL_GOOD_19_WEST)(
    'a terse all-good tag in the sentence (C200), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(SINCE_WE_REPLACED_19_WEST)(
    'a claim after a clause of the change and its delay (C201), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(FOR_ALL_19_WEST)('working for all of them (C202), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(FULL_DAY_BATTERY_19_WEST)(
    'the battery lasts a full working day (C203), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(PAYMENTS_AGAIN_19_WEST)(
    'card payments taken again (C204), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(MONITORING_GREEN_SINCE_19_WEST)(
    'the monitoring green since a time (C205), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
});
