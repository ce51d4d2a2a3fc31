import { describe, it } from 'vitest';
import { holds, type Pair } from './support/claim-pairs.js';

// Claims of the classes of the twentieth blind corpus in English, German, French, Spanish, Italian,
// Dutch, Portuguese and Swedish (C224–C234), each next to an honest twin that differs from it by a
// negation, a limit, a question, a plan or a condition. Written for this file, not taken from a corpus.

const FEEDER_TAKES_EVERY_PAGE_20_WEST: readonly Pair[] = [
  [
    'en',
    'The document feeder now pulls in every sheet.',
    'The document feeder still does not pull in every sheet.',
  ],
  [
    'en',
    'Since the roller swap the ADF grabs every single page.',
    'Since the roller swap the ADF grabs every single page, but only in simplex mode.',
  ],
  [
    'de',
    'Der Einzug zieht jetzt alle Blätter ohne Stau ein.',
    'Der Einzug zieht noch nicht alle Blätter ohne Stau ein.',
  ],
  ['de', 'Jetzt nimmt der Scanner jede einzelne Seite.', 'Nimmt der Scanner jetzt jede einzelne Seite?'],
  [
    'fr',
    'Le chargeur avale désormais toutes les feuilles.',
    "Le chargeur n'avale toujours pas toutes les feuilles.",
  ],
  [
    'fr',
    'Le copieur entraîne maintenant chaque feuille sans la froisser.',
    'Nous vérifierons si le copieur entraîne maintenant chaque feuille sans la froisser.',
  ],
  [
    'es',
    'El alimentador ya agarra todas las páginas.',
    'El alimentador todavía no agarra todas las páginas.',
  ],
  ['es', 'La copiadora ahora jala cada hoja.', '¿La copiadora ahora jala cada hoja?'],
  ['it', "L'alimentatore ora trascina tutti i fogli.", "L'alimentatore non trascina ancora tutti i fogli."],
  [
    'it',
    'Il caricatore della fotocopiatrice adesso pesca ogni foglio.',
    'Verificheremo se il caricatore della fotocopiatrice adesso pesca ogni foglio.',
  ],
  [
    'nl',
    'De documentinvoer trekt nu alle vellen netjes in.',
    'De documentinvoer trekt nog niet alle vellen netjes in.',
  ],
  ['nl', 'Nu pakt de kopieerder iedere pagina op.', 'Pakt de kopieerder nu iedere pagina op?'],
  ['pt', 'O alimentador agora pega todas as páginas.', 'O alimentador ainda não pega todas as páginas.'],
  ['pt', 'A copiadora já puxa cada folha sem amassar.', 'A copiadora ainda não puxa cada folha sem amassar.'],
  ['sv', 'Dokumentmataren drar nu in alla ark.', 'Dokumentmataren drar fortfarande inte in alla ark.'],
  ['sv', 'Nu tar kopiatorn in varenda sida.', 'Tar kopiatorn in varenda sida nu?'],
];
const NO_FAULT_OVER_A_SPAN_20_WEST: readonly Pair[] = [
  [
    'en',
    'Over the past three days there have been no issues with the shared drive.',
    'Over the past three days have there been no issues with the shared drive?',
  ],
  [
    'en',
    "We haven't had a single problem with the VPN for a week now.",
    'Have we really not had a single problem with the VPN for a week now?',
  ],
  [
    'de',
    'Schon eine Woche kein einziger Absturz mit der Kasse.',
    'Noch keine Woche ohne einen Absturz mit der Kasse.',
  ],
  [
    'fr',
    "Ça fait une semaine qu'il n'y a eu aucun problème avec le VPN.",
    "Ça ne fait pas encore une semaine qu'il n'y a eu aucun problème avec le VPN.",
  ],
  [
    'fr',
    "Voilà trois jours qu'on n'a eu aucune coupure avec le lecteur réseau.",
    "Voilà trois jours qu'on n'a eu aucune coupure avec le lecteur réseau ?",
  ],
  [
    'es',
    'Llevamos tres días sin ningún problema con la impresora.',
    '¿Llevamos tres días sin ningún problema con la impresora?',
  ],
  [
    'es',
    'Hace una semana que no hay ni un fallo con el VPN.',
    '¿Hace una semana que no hay ni un fallo con el VPN?',
  ],
  [
    'it',
    "Da tre giorni non c'è stato nessun problema con la stampante.",
    "Da tre giorni non c'è stato nessun problema con la stampante?",
  ],
  [
    'it',
    'Ormai da una settimana nessun intoppo con la VPN.',
    'Se per una settimana nessun intoppo con la VPN, chiudiamo.',
  ],
  [
    'nl',
    'Al drie dagen geen enkele storing met de printer.',
    'Al drie dagen geen enkele storing met de printer?',
  ],
  [
    'nl',
    'We hebben al een week geen problemen met de VPN.',
    'We hebben nog geen week zonder problemen met de VPN.',
  ],
  [
    'pt',
    'Faz três dias que não tem nenhum erro na impressora.',
    'Ainda não faz três dias que não tem nenhum erro na impressora.',
  ],
  [
    'pt',
    'Há uma semana que a VPN não dá nenhum problema.',
    'Há uma semana que a VPN não dá nenhum problema?',
  ],
  [
    'sv',
    'I två veckor nu inte ett enda avbrott på VPN:en.',
    'Har det i två veckor nu inte varit ett enda avbrott på VPN:en?',
  ],
];
const CANNOT_COMPLAIN_20_WEST: readonly Pair[] = [
  [
    'en',
    "Honestly, we can't complain about the new access point now.",
    "Honestly, we can't complain about the new access point now?",
  ],
  [
    'en',
    'Nothing to complain about anymore with the label printer.',
    'If there is nothing to complain about anymore with the label printer, we will close the ticket.',
  ],
  [
    'de',
    'Ich kann mich über den neuen Router nicht mehr beklagen.',
    'Ob ich mich über den neuen Router nicht mehr beklagen kann, sehe ich nächste Woche.',
  ],
  [
    'de',
    'Da gibt es nix zu meckern am neuen Router.',
    'Wir hoffen, dass es am neuen Router bald nix mehr zu meckern gibt.',
  ],
  [
    'fr',
    'Franchement, je ne peux pas me plaindre du nouveau routeur.',
    'Franchement, je ne peux pas me plaindre du nouveau routeur ?',
  ],
  [
    'fr',
    "Rien à reprocher à l'imprimante du secrétariat.",
    "Nous espérons qu'il n'y aura plus rien à reprocher à l'imprimante du secrétariat.",
  ],
  ['es', 'No nos podemos quejar del nuevo router.', '¿No nos podemos quejar del nuevo router?'],
  ['es', 'Nada de qué quejarse con la impresora nueva.', '¿Nada de qué quejarse con la impresora nueva?'],
  ['it', 'Non posso lamentarmi del nuovo router.', 'Non posso lamentarmi del nuovo router?'],
  [
    'it',
    "Nulla da eccepire sulla stampante dell'ufficio.",
    "Nulla da eccepire sulla stampante dell'ufficio?",
  ],
  [
    'nl',
    'We kunnen echt niet klagen over de nieuwe router.',
    'Kunnen we echt niet klagen over de nieuwe router?',
  ],
  [
    'nl',
    'Niks meer op aan te merken, de printer werkt.',
    'Als er niks meer op aan te merken is, sluiten we het ticket.',
  ],
  [
    'pt',
    'Não tenho do que reclamar do roteador novo.',
    'Ainda não sei se não tenho do que reclamar do roteador novo.',
  ],
  ['pt', 'Nada a reclamar da impressora do financeiro.', 'Nada a reclamar da impressora do financeiro?'],
  [
    'sv',
    'Vi kan verkligen inte klaga på den nya routern.',
    'Kan vi verkligen inte klaga på den nya routern?',
  ],
  ['sv', 'Inget att anmärka på längre med skrivaren.', 'Inget att anmärka på längre med skrivaren?'],
];
const NOTHING_WRONG_ANYMORE_20_WEST: readonly Pair[] = [
  [
    'en',
    'There is no longer anything wrong with the docking station.',
    'Is there no longer anything wrong with the docking station?',
  ],
  ['en', "Nothing's the matter with the laptop anymore.", "Nothing's the matter with the laptop anymore?"],
  [
    'de',
    'Mit dem Laptop ist nichts mehr kaputt.',
    'Ob mit dem Laptop nichts mehr kaputt ist, prüfen wir morgen.',
  ],
  ['de', 'Dem Rechner fehlt nichts mehr.', 'Ob dem Rechner nichts mehr fehlt, wissen wir morgen.'],
  [
    'fr',
    "Il n'y a plus rien qui cloche avec le portable.",
    "Il n'y a plus rien qui cloche avec le portable ?",
  ],
  ['es', 'La laptop ya no tiene nada raro.', '¿La laptop ya no tiene nada raro?'],
  ['es', 'Ya no le pasa nada al portátil.', '¿Ya no le pasa nada al portátil?'],
  ['it', 'Il portatile non ha più niente che non va.', 'Il portatile non ha più niente che non va?'],
  ['nl', 'Er is niets meer mis met de laptop.', 'Is er niets meer mis met de laptop?'],
  ['pt', 'Já não há nada de estranho com o notebook.', 'Já não há nada de estranho com o notebook?'],
  ['sv', 'Det är inte längre något fel på datorn.', 'Är det inte längre något fel på datorn?'],
];
const PLEASED_TO_CONFIRM_20_WEST: readonly Pair[] = [
  ['en', "I'm pleased to confirm the printer works again.", 'We will confirm that the printer works again.'],
  [
    'en',
    'We are happy to confirm that the issue has been resolved.',
    'Please confirm that the issue has been resolved.',
  ],
  [
    'de',
    'Wir freuen uns, Ihnen zu bestätigen, dass der Drucker wieder funktioniert.',
    'Bitte bestätigen Sie uns, dass der Drucker wieder funktioniert.',
  ],
  [
    'fr',
    "Nous sommes heureux de vous confirmer que l'imprimante fonctionne de nouveau.",
    "Merci de nous confirmer que l'imprimante fonctionne de nouveau.",
  ],
  [
    'fr',
    "J'ai le plaisir de vous confirmer que la panne est réglée.",
    'Nous allons confirmer que la panne est réglée.',
  ],
  [
    'es',
    'Es un placer para mí confirmar que la impresora ya funciona.',
    'Vamos a confirmar que la impresora ya funciona.',
  ],
  [
    'it',
    'È un piacere per me confermare che la stampante funziona di nuovo.',
    'Per favore confermi che la stampante funziona di nuovo.',
  ],
  [
    'nl',
    'Ik ben blij te kunnen bevestigen dat het probleem is opgelost.',
    'We gaan bevestigen dat het probleem is opgelost.',
  ],
  ['nl', 'Graag bevestig ik dat de printer weer werkt.', 'Graag bevestigen of de printer weer werkt.'],
  [
    'pt',
    'É uma satisfação para nós confirmar que a impressora voltou a funcionar.',
    'Vamos confirmar que a impressora voltou a funcionar.',
  ],
  ['sv', 'Vi vill gärna bekräfta att felet är åtgärdat.', 'Vi vill kontrollera att felet är åtgärdat.'],
];
const STEADY_PRAISE_20_WEST: readonly Pair[] = [
  [
    'en',
    'Since the firmware update the NAS has been rock solid.',
    'Since the firmware update the NAS has not been rock solid.',
  ],
  ['en', 'The new dock is flawless.', 'The new dock is not flawless yet.'],
  ['en', 'The call quality is spot on now.', 'The call quality is not spot on yet.'],
  ['de', 'Der neue Switch läuft absolut störungsfrei.', 'Der neue Switch läuft noch nicht störungsfrei.'],
  ['de', 'Das Telefon ist jetzt tadellos.', 'Das Telefon ist noch nicht tadellos.'],
  ['fr', 'Le Wi-Fi fonctionne comme du monde.', 'Le Wi-Fi ne fonctionne pas encore comme du monde.'],
  ['fr', 'Le serveur tourne au quart de tour.', 'Le serveur ne tourne pas encore au quart de tour.'],
  ['es', 'La conexión vuela desde el cambio del router.', 'La conexión no vuela desde el cambio del router.'],
  ['es', 'El portátil va sobrado con la memoria nueva.', 'El portátil no va sobrado con la memoria nueva.'],
  ['it', 'Il portatile va benone.', 'Il portatile non va ancora benone.'],
  ['it', 'La connessione è perfetta da stamattina.', 'La connessione non è perfetta da stamattina.'],
  ['nl', 'De wifi is nu vlekkeloos.', 'De wifi is nog niet vlekkeloos.'],
  ['nl', 'De verbinding is sinds vanmorgen rotsvast.', 'De verbinding is sinds vanmorgen niet rotsvast.'],
  ['pt', 'A internet tá voando.', 'A internet ainda não tá voando.'],
  [
    'pt',
    'O sistema de ponto tá rodando nos conformes.',
    'O sistema de ponto ainda não tá rodando nos conformes.',
  ],
  ['sv', 'Nätverket är toppen sedan bytet.', 'Nätverket är inte toppen sedan bytet.'],
  ['sv', 'Uppkopplingen är klockren nu.', 'Uppkopplingen är inte klockren än.'],
];
const HEDGED_ASSERTION_20_WEST: readonly Pair[] = [
  ['en', 'It appears the VPN is stable again.', "It doesn't appear that the VPN is stable again."],
  [
    'de',
    'Sieht so aus, als ob der Scanner wieder funktioniert.',
    'Sieht nicht so aus, als ob der Scanner wieder funktioniert.',
  ],
  ['de', 'Scheint so, als sei das Problem behoben.', 'Scheint nicht so, als sei das Problem behoben.'],
  ['fr', "Il semble que l'imprimante soit réparée.", "Il ne semble pas que l'imprimante soit réparée."],
  ['fr', "Ça a l'air de fonctionner maintenant.", "Ça n'a pas l'air de fonctionner maintenant."],
  [
    'es',
    'Da la impresión de que la impresora ya funciona.',
    'No da la impresión de que la impresora ya funcione.',
  ],
  ['it', 'Sembra che la stampante sia sistemata.', 'Non sembra che la stampante sia sistemata.'],
  ['it', 'Pare che il VPN funzioni di nuovo.', 'Non pare che il VPN funzioni di nuovo.'],
  [
    'nl',
    'Het lijkt erop dat de scanner gerepareerd is.',
    'Het lijkt er niet op dat de scanner gerepareerd is.',
  ],
  ['nl', 'Het lijkt erop dat de storing verholpen is.', 'Het lijkt er niet op dat de storing verholpen is.'],
  ['pt', 'Parece que a impressora já imprime bem.', 'Não parece que a impressora já imprime bem.'],
  ['sv', 'Det verkar fungera nu.', 'Det verkar inte fungera nu.'],
  ['sv', 'Skrivaren tycks vara lagad.', 'Skrivaren tycks inte vara lagad.'],
];
const WARNING_NAMED_GONE_20_WEST: readonly Pair[] = [
  [
    'en',
    'The warning about low disk space on the file server disappeared.',
    'The warning about low disk space on the file server has not disappeared.',
  ],
  [
    'de',
    'Die Meldung „Speicherplatz auf Laufwerk C fast voll“ ist verschwunden.',
    'Die Meldung „Speicherplatz auf Laufwerk C fast voll“ ist nicht verschwunden.',
  ],
  [
    'fr',
    "L'alerte « espace disque faible sur le serveur de fichiers » a disparu.",
    "L'alerte « espace disque faible sur le serveur de fichiers » n'a pas disparu.",
  ],
  [
    'es',
    'La alerta de “memoria casi llena en el servidor” desapareció.',
    'La alerta de “memoria casi llena en el servidor” no desapareció.',
  ],
  [
    'it',
    'Il messaggio “memoria quasi piena sul server” è sparito.',
    'Il messaggio “memoria quasi piena sul server” non è sparito.',
  ],
  [
    'nl',
    'De melding „schijf bijna vol op de server” is verdwenen.',
    'De melding „schijf bijna vol op de server” is niet verdwenen.',
  ],
  [
    'pt',
    'A mensagem “memória quase cheia do servidor de arquivos” sumiu.',
    'A mensagem “memória quase cheia do servidor de arquivos” ainda não sumiu.',
  ],
  [
    'sv',
    'Varningen ”lite ledigt utrymme på servern” har försvunnit.',
    'Varningen ”lite ledigt utrymme på servern” har inte försvunnit.',
  ],
];
const NO_MORE_ERROR_BOXES_20_WEST: readonly Pair[] = [
  [
    'en',
    'No more error pop-ups when launching QuickBooks.',
    'No more error pop-ups when launching QuickBooks, but it still crashes after login.',
  ],
  ['de', 'Keine Warnfenster mehr beim Öffnen von DATEV.', 'Noch immer Warnfenster beim Öffnen von DATEV.'],
  [
    'fr',
    "Plus aucune fenêtre d'erreur à l'ouverture d'Outlook.",
    "Plus aucune fenêtre d'erreur à l'ouverture d'Outlook ?",
  ],
  [
    'fr',
    "Plus jamais de message d'erreur au démarrage du poste.",
    "Plus jamais de message d'erreur au démarrage du poste ?",
  ],
  ['es', 'Ni un mensaje de error más al iniciar sesión.', '¿Ni un mensaje de error más al iniciar sesión?'],
  [
    'es',
    'No más ventanitas de error al abrir el sistema.',
    '¿No más ventanitas de error al abrir el sistema?',
  ],
  ['it', "Nessun avviso di errore all'avvio da ieri.", "Nessun avviso di errore all'avvio da ieri?"],
  [
    'it',
    "Più nessun popup di errore all'apertura del gestionale dal riavvio.",
    "Più nessun popup di errore all'apertura del gestionale dal riavvio?",
  ],
  [
    'nl',
    'Geen enkele foutmelding meer bij het opstarten van AFAS.',
    'Nog steeds foutmeldingen bij het opstarten van AFAS.',
  ],
  [
    'pt',
    'Nenhuma mensagem de erro ao abrir o Protheus desde ontem.',
    'Nenhuma mensagem de erro ao abrir o Protheus desde ontem?',
  ],
  [
    'pt',
    'Sem mais janelinhas de erro ao abrir o sistema.',
    'Sem mais janelinhas de erro ao abrir o sistema?',
  ],
  [
    'sv',
    'Inga fler varningsrutor när man loggar in i Visma.',
    'Fortfarande varningsrutor när man loggar in i Visma.',
  ],
];
const LONG_SUBJECT_AGAIN_20_WEST: readonly Pair[] = [
  [
    'de',
    'Jetzt funktioniert das Telefon am Empfang wieder einwandfrei.',
    'Jetzt funktioniert das Telefon am Empfang noch nicht wieder einwandfrei.',
  ],
  [
    'de',
    'Seit Montag synchronisiert das Handy von Frau Maier im Außendienst wieder.',
    'Seit Montag synchronisiert das Handy von Frau Maier im Außendienst noch nicht wieder.',
  ],
  [
    'de',
    'Seit gestern druckt der Etikettendrucker im Lager hinten wieder.',
    'Seit gestern druckt der Etikettendrucker im Lager hinten wieder nicht.',
  ],
  [
    'nl',
    'Nu werkt de printer op de tweede verdieping weer prima.',
    'Nu werkt de printer op de tweede verdieping nog niet weer prima.',
  ],
  [
    'nl',
    'Nu draait de server in de kelder weer prima.',
    'Nu draait de server in de kelder nog niet weer prima.',
  ],
  [
    'sv',
    'Nu fungerar skrivaren i det stora mötesrummet bra igen.',
    'Nu fungerar skrivaren i det stora mötesrummet inte bra igen.',
  ],
];
const WHILE_WE_FIX_20_WEST: readonly Pair[] = [
  [
    'es',
    'Ya arreglamos la aplicación: puede usar Zoom de nuevo.',
    'Puede usar Zoom desde el navegador mientras arreglamos la aplicación.',
  ],
  [
    'es',
    'La impresora ya funciona en local.',
    'Mientras arreglamos el servidor, la impresora funcionará en local.',
  ],
  [
    'pt',
    'Corrigimos o aplicativo e o Teams voltou a funcionar.',
    'Pode usar o Teams no navegador enquanto corrigimos o aplicativo.',
  ],
  ['it', 'Abbiamo sistemato Outlook.', 'Può usare la webmail mentre sistemiamo Outlook.'],
  ['en', 'We fixed the app and Zoom works again.', 'You can use Zoom in the browser while we fix the app.'],
  [
    'fr',
    "Nous avons réparé l'application.",
    "Vous pouvez utiliser Zoom dans le navigateur pendant que nous réparons l'application.",
  ],
];

describe('claim and honest twin, twentieth blind corpus, western languages', () => {
  it.each(FEEDER_TAKES_EVERY_PAGE_20_WEST)(
    'a feeder that takes every page or sheet (C224), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NO_FAULT_OVER_A_SPAN_20_WEST)(
    'no fault over a span of time, told before or after it (C225), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(CANNOT_COMPLAIN_20_WEST)(
    'nothing left to complain about, as an idiom (C226), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NOTHING_WRONG_ANYMORE_20_WEST)(
    'nothing wrong with it anymore (C227), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(PLEASED_TO_CONFIRM_20_WEST)(
    'a formal announcement is no plan to check (C228), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(STEADY_PRAISE_20_WEST)(
    'a steady state told in one word of praise (C229), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(HEDGED_ASSERTION_20_WEST)(
    'a hedge that still asserts the state, and its denial (C230), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(WARNING_NAMED_GONE_20_WEST)(
    'the warning named by its text, gone (C231), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NO_MORE_ERROR_BOXES_20_WEST)(
    'no more error messages when the application opens (C232), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(LONG_SUBJECT_AGAIN_20_WEST)(
    'verb first, a long subject with its place, then "again" or the manner (C233), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(WHILE_WE_FIX_20_WEST)(
    'work still going on ("while we fix it") is not work done (C234), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
});
