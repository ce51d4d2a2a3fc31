import { describe, it } from 'vitest';
import { holds, type Pair } from './support/claim-pairs.js';

// Claims of the classes of the twenty-third blind corpus in English, German, French, Spanish, Italian,
// Dutch, Portuguese and Swedish (C314–C328), each next to an honest twin that differs from it by a
// negation, a limit, a question, a plan or a condition. Written for this file, not taken from a corpus.
// C326, C327 and C328 are classes of honest sentences: a fix of an earlier incident followed by a
// denial for this one, a step done with the outcome still open, a good state for all but a named
// exception; their claims are the same sentences without the denial, the open outcome or the exception.

const SUBJECT_LINE_DONE_23_WEST: readonly Pair[] = [
  [
    'en',
    'RE: Shared mailbox not updating – fixed, details in the log.',
    'RE: Shared mailbox not updating – not fixed yet, details in the log.',
  ],
  ['en', 'FW: Scanner stuck on warming up – resolved', 'FW: Scanner stuck on warming up – resolved?'],
  [
    'de',
    'AW: Drucker im Lager meldet Papierstau – erledigt, danke für die Geduld.',
    'AW: Drucker im Lager meldet Papierstau – noch nicht erledigt, danke für die Geduld.',
  ],
  [
    'fr',
    'RE : Partage réseau inaccessible – résolu, voir le détail ci-dessous.',
    'RE : Partage réseau inaccessible – pas encore résolu, voir le détail ci-dessous.',
  ],
  [
    'es',
    'RE: Correo rebotado en recepción – solucionado, gracias por la paciencia.',
    'RE: Correo rebotado en recepción – todavía no solucionado, gracias por la paciencia.',
  ],
  [
    'it',
    'R: Scanner non invia le scansioni – risolto, dettagli sotto.',
    'R: Scanner non invia le scansioni – non ancora risolto, dettagli sotto.',
  ],
  [
    'nl',
    'Re: Scanner stuurt geen pdf meer – opgelost, zie hieronder.',
    'Re: Scanner stuurt geen pdf meer – nog niet opgelost, zie hieronder.',
  ],
  [
    'pt',
    'RES: Scanner não envia PDF – resolvido, detalhes abaixo.',
    'RES: Scanner não envia PDF – ainda não resolvido, detalhes abaixo.',
  ],
  [
    'sv',
    'SV: Skrivaren matar inte papper – fixat, tack för tålamodet.',
    'SV: Skrivaren matar inte papper – inte fixat än, tack för tålamodet.',
  ],
];

const FIGURE_BEFORE_SMALL_NOW_23_WEST: readonly Pair[] = [
  [
    'en',
    'Login used to take 3 min on the old disk, now it takes 25 s.',
    'Login used to take 3 min on the old disk, now it takes 25 s more.',
  ],
  [
    'en',
    'Before the RAM upgrade Excel needed two minutes to open the report; now 15 seconds.',
    'Before the RAM upgrade Excel needed two minutes to open the report; will it be 15 seconds now?',
  ],
  [
    'de',
    'Der Start dauerte vorher 6 Minuten, jetzt 30 Sekunden.',
    'Der Start dauerte vorher 6 Minuten, jetzt 30 Sekunden länger.',
  ],
  [
    'fr',
    'Démarrage : 5 min avant le changement de disque, 30 s maintenant.',
    'Démarrage : 5 min avant le changement de disque, 30 s de plus maintenant.',
  ],
  [
    'es',
    'El portátil tardaba 5 min en arrancar, ahora tarda 25 segundos.',
    'El portátil tardaba 5 min en arrancar, ¿ahora tarda 25 segundos?',
  ],
  [
    'it',
    'La stampa del report richiedeva 10 minuti, ora meno di 1.',
    'La stampa del report richiedeva 10 minuti, ora vediamo se scende sotto 1.',
  ],
  [
    'nl',
    'Inloggen duurde eerst 4 minuten, nu 20 seconden.',
    'Inloggen duurde eerst 4 minuten, nu 20 seconden langer.',
  ],
  [
    'pt',
    'O computador levava 6 min para ligar, agora 30 segundos.',
    'O computador levava 6 min para ligar, agora 30 segundos a mais.',
  ],
  ['sv', 'Inloggningen tog 3 min förut, nu 20 sek.', 'Inloggningen tog 3 min förut, nu 20 sek längre.'],
  [
    'en',
    'Reports took 5 min to render last week; now under 20 s.',
    'Reports took 5 min to render last week; now 20 s of delay on every click.',
  ],
];

const QUEUE_EMPTY_STAYS_EMPTY_23_WEST: readonly Pair[] = [
  [
    'en',
    'The spooler held 120 jobs at 8 am; it is empty now and stays empty.',
    'The spooler held 120 jobs at 8 am; it is empty now but fills up again within minutes.',
  ],
  [
    'en',
    'The outbound mail queue has been empty since the relay was fixed.',
    'The outbound mail queue has not been empty since this morning.',
  ],
  [
    'de',
    'Die Druckwarteschlange hatte 80 Aufträge, jetzt ist sie leer und bleibt leer.',
    'Die Druckwarteschlange hatte 80 Aufträge, jetzt ist sie leer, aber sie füllt sich wieder.',
  ],
  [
    'fr',
    'Le spouleur avait 60 documents en attente, il est vide depuis 10 h.',
    "Le spouleur avait 60 documents en attente, il n'est plus vide depuis 10 h.",
  ],
  [
    'es',
    'La cola tenía 90 trabajos, ahora está vacía y sigue vacía.',
    'La cola tenía 90 trabajos, ahora está vacía, pero se vuelve a llenar enseguida.',
  ],
  [
    'nl',
    'De mailwachtrij stond op 300 berichten, nu leeg en ze blijft leeg.',
    'De mailwachtrij stond op 300 berichten, nu is ze nog niet leeg.',
  ],
  [
    'sv',
    'Kön hade 50 jobb, nu är den tom och fylls inte på igen.',
    'Kön hade 50 jobb, nu är den tom men fylls på igen efter en stund.',
  ],
  [
    'it',
    'La coda di stampa aveva 70 lavori, ora è vuota e resta vuota.',
    'La coda di stampa aveva 70 lavori, ora è vuota, ma si riempie di nuovo.',
  ],
  [
    'pt',
    'A fila tinha 40 trabalhos, agora está vazia e continua vazia.',
    'A fila tinha 40 trabalhos, agora está vazia, mas volta a encher.',
  ],
];

const NOBODY_ANY_MORE_23_WEST: readonly Pair[] = [
  [
    'en',
    'No colleague gets the certificate warning anymore since the root CA was pushed.',
    'Some colleagues still get the certificate warning since the root CA was pushed.',
  ],
  ['en', 'Nobody sees the sync error any longer.', 'Does nobody see the sync error any longer?'],
  [
    'de',
    'Niemand bekommt mehr die Meldung zur abgelaufenen Lizenz.',
    'Fast jeder bekommt noch die Meldung zur abgelaufenen Lizenz.',
  ],
  [
    'de',
    'Es gibt keinen Arbeitsplatz mehr, an dem Outlook beim Start hängt.',
    'Es gibt noch einen Arbeitsplatz, an dem Outlook beim Start hängt.',
  ],
  [
    'fr',
    "Plus personne ne reçoit l'avertissement de licence depuis ce matin.",
    "Presque tout le monde reçoit encore l'avertissement de licence depuis ce matin.",
  ],
  [
    'fr',
    "Il n'y a plus aucun poste qui perd le lecteur réseau.",
    'Il y a encore un poste qui perd le lecteur réseau.',
  ],
  [
    'es',
    'Ya nadie recibe el aviso de certificado caducado.',
    'Todavía alguien recibe el aviso de certificado caducado.',
  ],
  [
    'es',
    'No queda ningún equipo que siga mostrando el error de licencia.',
    'Queda un equipo que sigue mostrando el error de licencia.',
  ],
  [
    'it',
    "Più nessuno riceve l'avviso di certificato scaduto.",
    "Qualcuno riceve ancora l'avviso di certificato scaduto.",
  ],
  [
    'nl',
    'Niemand ziet meer de certificaatwaarschuwing sinds de update.',
    'Bijna iedereen ziet nog de certificaatwaarschuwing sinds de update.',
  ],
  [
    'nl',
    'Er is geen enkele werkplek meer die de printer kwijtraakt.',
    'Er is nog een werkplek die de printer kwijtraakt.',
  ],
  [
    'pt',
    'Ninguém mais recebe o aviso de certificado vencido.',
    'Alguém ainda recebe o aviso de certificado vencido.',
  ],
  ['sv', 'Ingen får felmeddelandet om licensen längre.', 'Alla får fortfarande felmeddelandet om licensen.'],
];

const NOT_A_SINGLE_FAILURE_SINCE_23_WEST: readonly Pair[] = [
  [
    'en',
    'Not one failed sign-in on the terminal server since the patch went in at 9:15.',
    'We cannot say yet whether there has been not one failed sign-in since the patch went in at 9:15.',
  ],
  [
    'en',
    'Not a single dropout on the warehouse scanners since the AP was moved.',
    'Not a single dropout on the warehouse scanners since the AP was moved, but we only watched for ten minutes.',
  ],
  [
    'de',
    'Seit dem Firmware-Update kein einziger Absturz.',
    'Seit dem Firmware-Update kein einziger Absturz, aber nur im Testbetrieb.',
  ],
  [
    'de',
    'Zwei Stunden Dauertest am Morgen, null Verbindungsabbrüche.',
    'Zwei Stunden Dauertest am Morgen, null Verbindungsabbrüche, aber nur im Erdgeschoss.',
  ],
  [
    'fr',
    'Pas une seule coupure depuis le remplacement du switch.',
    'Pas une seule coupure depuis le remplacement du switch, mais seulement depuis une heure.',
  ],
  [
    'es',
    'Ni un solo corte desde el cambio del router.',
    'Ni un solo corte desde el cambio del router, pero solo ha pasado media hora.',
  ],
  [
    'nl',
    'Geen enkele storing meer sinds de nieuwe switch.',
    'Geen enkele storing meer sinds de nieuwe switch, maar pas sinds tien minuten.',
  ],
  [
    'pt',
    'Nem uma queda desde a troca do roteador.',
    'Nem uma queda desde a troca do roteador, mas só faz meia hora.',
  ],
  [
    'sv',
    'Inte ett enda avbrott sedan bytet av switchen.',
    'Inte ett enda avbrott sedan bytet av switchen, men bara under en timme.',
  ],
];

const ANSWERED_YES_23_WEST: readonly Pair[] = [
  [
    'es',
    '¿Ya se conecta el portátil de Ana? Sí, desde las 9 sin ningún corte.',
    '¿Ya se conecta el portátil de Ana? Sí, desde las 9, pero con cortes cada hora.',
  ],
  [
    'nl',
    'Doet de scanner het weer? Ja hoor, sinds half tien zonder haperen.',
    'Doet de scanner het weer? Ja hoor, sinds half tien, maar met haperen.',
  ],
  [
    'nl',
    'Print de kassa weer bonnen? Jawel, zonder storen sinds vanochtend.',
    'Print de kassa weer bonnen? Nog niet, ook vanochtend niet.',
  ],
  [
    'pt',
    'O scanner voltou a funcionar? Funciona sim, desde as 9h sem erros.',
    'O scanner voltou a funcionar? Funciona sim, mas só em preto e branco.',
  ],
  [
    'es',
    '¿Ya imprime la etiquetadora? Sí, desde el mediodía sin atascos.',
    '¿Ya imprime la etiquetadora? Todavía no, sigue con atascos.',
  ],
];

const RECOGNISED_AGAIN_TESTED_23_WEST: readonly Pair[] = [
  [
    'en',
    'The badge reader is recognised again, test swipe went through.',
    'The badge reader is recognised again, but only after every reboot.',
  ],
  [
    'de',
    'Nach dem Neustart sind die Kartenleser wieder erkannt, Testbuchung durchgelaufen.',
    'Nach dem Neustart sind die Kartenleser noch nicht wieder erkannt.',
  ],
  [
    'fr',
    'La douchette est de nouveau reconnue par la caisse, lecture testée.',
    'La douchette est de nouveau reconnue par la caisse, mais par intermittence.',
  ],
  [
    'fr',
    'Envoi des fiches de paie de nouveau possible, un test est passé.',
    'Envoi des fiches de paie de nouveau possible seulement pour un service.',
  ],
  [
    'it',
    'La casella PEC si sincronizza di nuovo, mail di prova ricevuta.',
    'La casella PEC non si sincronizza ancora di nuovo.',
  ],
  [
    'it',
    'I tesserini vengono di nuovo riconosciuti dal tornello, provato con il mio.',
    'I tesserini non vengono ancora di nuovo riconosciuti dal tornello.',
  ],
  [
    'nl',
    'Nieuwe router geplaatst, internet is er weer, snelheid gemeten.',
    'Nieuwe router geplaatst, internet is er weer alleen af en toe.',
  ],
  [
    'pt',
    'A maquininha voltou a aprovar os pagamentos, testamos com R$ 2,00.',
    'A maquininha ainda não voltou a aprovar os pagamentos.',
  ],
  [
    'de',
    'Die Tischtelefone sind wieder registriert, Testanruf ging durch.',
    'Sind die Tischtelefone wieder registriert?',
  ],
];

const LOGGED_BACK_IN_23_WEST: readonly Pair[] = [
  [
    'en',
    'Password reset done and Maria is signed back in; Teams loads fine.',
    'Password reset done, but Maria is not signed back in yet.',
  ],
  [
    'en',
    'After the unlock the user was able to log back in to the portal.',
    'After the unlock the user should be able to log back in to the portal.',
  ],
  [
    'it',
    'Password reimpostata, la collega vede di nuovo le sue mail.',
    'Password reimpostata, ma la collega non vede ancora di nuovo le sue mail.',
  ],
];

const VERIFIED_CAN_BE_CLOSED_23_WEST: readonly Pair[] = [
  [
    'es',
    'Comprobado tras el cambio de memoria: el servidor no se vuelve a colgar.',
    'Comprobado tras el cambio de memoria: el servidor se vuelve a colgar cada hora.',
  ],
  [
    'es',
    'Confirmado con la usuaria, podemos darla por cerrada.',
    'Si la usuaria lo confirma, podemos darla por cerrada.',
  ],
  [
    'nl',
    'De wifi blijft nu de hele dag verbonden, bevestigd door de klant.',
    'De wifi blijft nu de hele dag verbonden? Dat moet de klant nog bevestigen.',
  ],
  [
    'es',
    'Podemos darla por resuelta tras la llamada con el cliente.',
    'No podemos darla por resuelta tras la llamada con el cliente.',
  ],
];

const NOMINAL_RESTORATION_23_WEST: readonly Pair[] = [
  [
    'es',
    'Enlace de fibra restablecido tras cambiar el router.',
    'Enlace de fibra todavía no restablecido tras cambiar el router.',
  ],
  [
    'es',
    'Problema subsanado con la nueva versión del driver.',
    'Problema no subsanado con la nueva versión del driver.',
  ],
  [
    'pt',
    'Internet da loja restabelecida após a troca do modem.',
    'Internet da loja ainda não restabelecida após a troca do modem.',
  ],
  ['pt', 'Problema sanado após atualizar o firmware.', 'Problema não sanado após atualizar o firmware.'],
  [
    'it',
    "Rientrato l'allarme sul NAS dopo la sostituzione del disco.",
    "Non è ancora rientrato l'allarme sul NAS dopo la sostituzione del disco.",
  ],
  [
    'it',
    'Il disservizio è rientrato dopo il riavvio del firewall.',
    'Il disservizio non è rientrato dopo il riavvio del firewall.',
  ],
];

const HOLDS_ALL_DAY_23_WEST: readonly Pair[] = [
  [
    'en',
    'The guest Wi-Fi has stayed up all day since the firmware update.',
    'The guest Wi-Fi has not stayed up all day since the firmware update.',
  ],
  [
    'es',
    'La conexión del almacén ya aguanta, ningún corte en toda la mañana.',
    'La conexión del almacén todavía no aguanta, cortes toda la mañana.',
  ],
  [
    'es',
    'El enlace aguanta toda la jornada desde el cambio de antena.',
    '¿El enlace aguanta toda la jornada desde el cambio de antena?',
  ],
  [
    'sv',
    'Nätverket i lagret håller nu, inga avbrott under förmiddagen.',
    'Nätverket i lagret håller inte, avbrott under förmiddagen.',
  ],
  [
    'sv',
    'Anslutningen har hållit hela dagen efter bytet.',
    'Anslutningen har inte hållit hela dagen efter bytet.',
  ],
];

const STARTS_WITHOUT_FAULT_23_WEST: readonly Pair[] = [
  [
    'de',
    'Nach dem Lizenztausch startet Photoshop bei Herrn Becker ohne Anmeldefenster.',
    'Nach dem Lizenztausch startet Photoshop bei Herrn Becker nicht ohne Anmeldefenster.',
  ],
  [
    'de',
    'Rechnungen landen nicht mehr im Junk-Ordner der Kunden, seit DMARC aktiv ist.',
    'Rechnungen landen weiterhin im Junk-Ordner der Kunden, obwohl DMARC aktiv ist.',
  ],
  [
    'it',
    "Cambiato l'alimentatore: il server si riavvia senza errori.",
    "Cambiato l'alimentatore: il server non si riavvia senza errori.",
  ],
  [
    'fr',
    "Synchronisation du soir terminée avec succès, plus d'erreur dans la console.",
    'Synchronisation du soir pas terminée avec succès, erreur dans la console.',
  ],
  [
    'fr',
    "Plus d'alerte orange sur le tableau de bord depuis la mise à jour.",
    'Encore une alerte orange sur le tableau de bord depuis la mise à jour.',
  ],
];

const EARLIER_FIX_THIS_TIME_NOT_23_WEST: readonly Pair[] = [
  [
    'en',
    'Last week rolling back the driver fixed it.',
    'Last week rolling back the driver fixed it; this time it made no difference.',
  ],
  [
    'de',
    'Letzte Woche hat der Treiber-Rollback das Problem behoben.',
    'Letzte Woche hat der Treiber-Rollback das Problem behoben, diesmal hat er nichts gebracht.',
  ],
  [
    'es',
    'El mes pasado reinstalar el controlador lo solucionó.',
    'El mes pasado reinstalar el controlador lo solucionó; esta vez no ha servido de nada.',
  ],
  [
    'fr',
    'Le mois dernier, la réinstallation du pilote a réglé le problème.',
    "Le mois dernier, la réinstallation du pilote a réglé le problème ; cette fois, elle n'a rien changé.",
  ],
  [
    'nl',
    'Vorige maand loste een nieuwe driver het op.',
    'Vorige maand loste een nieuwe driver het op, deze keer maakte het geen verschil.',
  ],
  [
    'pt',
    'No mês passado a reinstalação do driver resolveu.',
    'No mês passado a reinstalação do driver resolveu; desta vez não fez diferença.',
  ],
];

const STEP_DONE_OUTCOME_OPEN_23_WEST: readonly Pair[] = [
  [
    'fr',
    'La migration des boîtes aux lettres est terminée et tout fonctionne.',
    'La migration des boîtes aux lettres est terminée, reste à savoir si les pertes de mails cessent.',
  ],
  [
    'en',
    'The firmware rollout is complete and the drops are gone.',
    'The firmware rollout is complete; it remains to be seen whether the drops are gone.',
  ],
  [
    'es',
    'El despliegue del parche está terminado y el error ha desaparecido.',
    'El despliegue del parche está terminado, queda por ver si el error desaparece.',
  ],
  [
    'it',
    "L'aggiornamento del firmware è completato e il problema è risolto.",
    "L'aggiornamento del firmware è completato, resta da vedere se il problema è risolto.",
  ],
  [
    'pt',
    'A atualização do firmware foi concluída e o problema foi resolvido.',
    'A atualização do firmware foi concluída, resta ver se o problema foi resolvido.',
  ],
  [
    'de',
    'Das Firmware-Update ist durch und das Problem ist behoben.',
    'Das Firmware-Update ist durch, ob das Problem behoben ist, bleibt abzuwarten.',
  ],
];

const ALL_BUT_AN_EXCEPTION_23_WEST: readonly Pair[] = [
  [
    'en',
    'Nobody gets the VPN certificate prompt any more.',
    'Nobody gets the VPN certificate prompt any more, except the two laptops at reception.',
  ],
  [
    'de',
    'Keiner hat mehr Probleme mit dem Drucker im Lager.',
    'Keiner hat mehr Probleme mit dem Drucker im Lager, bis auf die Buchhaltung.',
  ],
  [
    'fr',
    "Plus personne ne reçoit l'alerte de quota.",
    "Plus personne ne reçoit l'alerte de quota, hormis le poste de l'accueil.",
  ],
  [
    'es',
    'Ya nadie recibe el aviso de cuota llena.',
    'Ya nadie recibe el aviso de cuota llena, excepto el equipo de recepción.',
  ],
  [
    'it',
    "Più nessuno riceve l'avviso di quota piena.",
    "Più nessuno riceve l'avviso di quota piena, eccetto il portatile di Gianni.",
  ],
  [
    'nl',
    'Niemand krijgt meer de quotamelding.',
    'Niemand krijgt meer de quotamelding, behalve de laptop van Sanne.',
  ],
  [
    'pt',
    'Ninguém mais recebe o aviso de cota cheia.',
    'Ninguém mais recebe o aviso de cota cheia, exceto o notebook da Carla.',
  ],
  ['sv', 'Ingen får kvotvarningen längre.', 'Ingen får kvotvarningen längre, förutom Eriks bärbara dator.'],
];

describe('claim and honest twin, twenty-third blind corpus, western languages', () => {
  it.each(SUBJECT_LINE_DONE_23_WEST)(
    'a reply subject line that ends in a done-word, the fault named before it (C314), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(FIGURE_BEFORE_SMALL_NOW_23_WEST)(
    'a figure before, a small one now (C315), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(QUEUE_EMPTY_STAYS_EMPTY_23_WEST)(
    'a queue empty now and staying empty (C316), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NOBODY_ANY_MORE_23_WEST)(
    'nobody, no user has the fault any more (C317), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NOT_A_SINGLE_FAILURE_SINCE_23_WEST)(
    'not a single failure since the change (C318), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(ANSWERED_YES_23_WEST)(
    'a question answered yes, with the fault denied (C319), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(RECOGNISED_AGAIN_TESTED_23_WEST)(
    'a thing recognised or working again, a test passed (C320), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(LOGGED_BACK_IN_23_WEST)(
    'the password reset and the user logged back in (C321), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(VERIFIED_CAN_BE_CLOSED_23_WEST)(
    'verified after a step, or to be taken as closed (C322), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NOMINAL_RESTORATION_23_WEST)(
    'a service or the problem named as restored (C323), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(HOLDS_ALL_DAY_23_WEST)(
    'it holds now, or stays up all day (C324), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(STARTS_WITHOUT_FAULT_23_WEST)(
    'it starts without the fault after a change, or the job ends well (C325), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(EARLIER_FIX_THIS_TIME_NOT_23_WEST)(
    'a fix of an earlier incident, then this one denied, is no fix (C326), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(STEP_DONE_OUTCOME_OPEN_23_WEST)(
    'a step done with the outcome still open is no fix (C327), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(ALL_BUT_AN_EXCEPTION_23_WEST)(
    'a good state for all but a named exception is no fix (C328), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
});
