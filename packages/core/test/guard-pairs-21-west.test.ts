import { describe, it } from 'vitest';
import { holds, type Pair } from './support/claim-pairs.js';

// Claims of the classes of the twenty-first blind corpus in English, German, French, Spanish, Italian,
// Dutch, Portuguese and Swedish (C256–C266), each next to an honest twin that differs from it by a
// negation, a limit, a question, a plan or a condition. Written for this file, not taken from a corpus.
// C266 is a class of honest sentences: a good state limited to a test bed; its claims are the same
// sentences without the limit.

const EVERY_CLIENT_GETS_AN_ADDRESS_21_WEST: readonly Pair[] = [
  [
    'en',
    'Each laptop on the third floor gets an IP address again.',
    'Not every laptop on the third floor gets an IP address again.',
  ],
  [
    'en',
    'All twelve thin clients are getting DHCP leases now.',
    'Are all twelve thin clients getting DHCP leases now?',
  ],
  [
    'de',
    'Alle Rechner im Lager bekommen eine IP vom DHCP.',
    'Nicht alle Rechner im Lager bekommen eine IP vom DHCP.',
  ],
  [
    'fr',
    "Tous les postes de l'accueil reçoivent maintenant une adresse IP.",
    "Tous les postes de l'accueil ne reçoivent pas encore une adresse IP.",
  ],
  [
    'es',
    'Todos los portátiles de la planta reciben ya una dirección IP.',
    '¿Todos los portátiles de la planta reciben ya una dirección IP?',
  ],
  [
    'it',
    "Tutte le postazioni del magazzino prendono l'IP adesso.",
    "Non tutte le postazioni del magazzino prendono l'IP adesso.",
  ],
  [
    'nl',
    'Alle laptops op de tweede verdieping pakken nu een IP-adres.',
    'Pakken alle laptops op de tweede verdieping nu een IP-adres?',
  ],
  [
    'pt',
    'Todos os notebooks da recepção estão recebendo IP de novo.',
    'Nem todos os notebooks da recepção estão recebendo IP de novo.',
  ],
  ['sv', 'Alla datorer i lagret får en IP-adress igen.', 'Får alla datorer i lagret en IP-adress igen?'],
  [
    'en',
    'The DHCP server is handing out addresses again.',
    'The DHCP server is not handing out addresses again.',
  ],
  ['de', 'Der DHCP-Server verteilt wieder Adressen.', 'Der DHCP-Server verteilt wieder keine Adressen.'],
  ['sv', 'DHCP-servern delar ut adresser igen.', 'DHCP-servern delar inte ut adresser igen.'],
];
const CHAT_SHORTHAND_21_WEST: readonly Pair[] = [
  ['en', 'swapped the psu, pc wrks agn', 'swapped the psu, pc still not wrking agn'],
  ['en', 'reset the switch port, evrything wrks now thx', 'reset the switch port, not evrything wrks now'],
  ['de', 'Kabel getauscht, druckt wida', 'Kabel getauscht, druckt noch nicht wida'],
  ['fr', "cache vidé, ça r'marche", "cache vidé, ça r'marche toujours pas"],
  ['es', 'reinstalé el driver y ya funca', 'reinstalé el driver y todavía no funca'],
  ['it', 'svuotata la cache, va d nuovo', 'svuotata la cache, non va ancora d nuovo'],
  ['nl', 'cache geleegd, outlook wrkt weer', 'cache geleegd, outlook wrkt nog niet weer'],
  ['pt', 'limpei o cache e agr td ok', 'limpei o cache e agr ainda nao ta td ok'],
  ['sv', 'rensade cachen, delningarna e tillbaka', 'rensade cachen, delningarna e inte tillbaka'],
];
const HEADLINE_FIX_WORD_21_WEST: readonly Pair[] = [
  ['en', 'Print queue issue rectified.', 'Print queue issue not rectified yet.'],
  ['en', 'Mailbox sync job sorted.', 'Mailbox sync job partly sorted.'],
  ['de', 'Problem mit der Zeiterfassung behoben.', 'Problem mit der Zeiterfassung noch nicht behoben.'],
  [
    'fr',
    'Souci de synchronisation des agendas rectifié.',
    'Souci de synchronisation des agendas pas encore rectifié.',
  ],
  [
    'es',
    'Incidencia de la cola de impresión solucionada.',
    'Incidencia de la cola de impresión todavía no solucionada.',
  ],
  ['it', 'Problema della coda di stampa sistemato.', 'Problema della coda di stampa non ancora sistemato.'],
  ['nl', 'Storing met de printwachtrij verholpen.', 'Storing met de printwachtrij nog niet verholpen.'],
  ['pt', 'Falha da fila de impressão resolvida.', 'Falha da fila de impressão ainda não resolvida.'],
  ['sv', 'Felet med utskriftskön åtgärdat.', 'Felet med utskriftskön inte åtgärdat ännu.'],
];
const SERVICE_UP_AGAIN_21_WEST: readonly Pair[] = [
  ['en', 'The terminal server is up again.', 'Is the terminal server up again?'],
  [
    'en',
    'Both domain controllers are up once more.',
    'Both domain controllers are up once more, but replication still fails.',
  ],
  ['de', 'Der Terminalserver ist wieder up.', 'Der Terminalserver ist noch nicht wieder up.'],
  [
    'fr',
    'Le contrôleur de domaine est à nouveau debout.',
    'Le contrôleur de domaine est-il à nouveau debout ?',
  ],
  ['es', 'La pasarela RDP vuelve a estar arriba.', 'La pasarela RDP todavía no vuelve a estar arriba.'],
  ['it', 'Il server terminal è di nuovo su.', 'Il server terminal non è ancora di nuovo su.'],
  ['nl', 'De terminalserver staat weer overeind.', 'De terminalserver staat nog niet overeind.'],
  ['pt', 'A central telefônica está de pé de novo.', 'A central telefônica ainda não está de pé.'],
  ['sv', 'Terminalservern har kommit upp igen.', 'Terminalservern har inte kommit upp igen.'],
];
const TEST_RESTORE_WORKED_21_WEST: readonly Pair[] = [
  [
    'en',
    'A test restore of the HR share opened every file fine.',
    'A test restore of the HR share did not open every file fine.',
  ],
  ['en', "Last night's backup job completed.", "Last night's backup job completed with warnings."],
  [
    'de',
    'Der Restore-Test der Buchhaltung war erfolgreich.',
    'Der Restore-Test der Buchhaltung war nicht erfolgreich.',
  ],
  [
    'fr',
    'La restauration de test a bien restauré les fichiers du partage RH.',
    "La restauration de test n'a pas restauré les fichiers du partage RH.",
  ],
  [
    'es',
    'La prueba de restauración del servidor salió bien.',
    '¿La prueba de restauración del servidor salió bien?',
  ],
  [
    'it',
    'Il ripristino di prova della cartella ha funzionato.',
    'Il ripristino di prova della cartella non ha funzionato.',
  ],
  ['nl', 'De testrestore van de HR-share werkte.', 'De testrestore van de HR-share werkte niet.'],
  ['pt', 'O backup de ontem à noite terminou.', 'O backup de ontem à noite terminou com erros.'],
  ['sv', 'Teståterställningen av HR-mappen lyckades.', 'Teståterställningen av HR-mappen lyckades inte.'],
];
const NAMES_RESOLVE_EVERYWHERE_21_WEST: readonly Pair[] = [
  ['en', 'Hostnames resolve properly again.', 'Hostnames do not resolve properly again yet.'],
  [
    'en',
    'The intranet works from every branch office.',
    'The intranet works from every branch office except Leeds.',
  ],
  [
    'de',
    'Die Servernamen werden jetzt wieder korrekt aufgelöst.',
    'Die Servernamen werden noch nicht wieder korrekt aufgelöst.',
  ],
  [
    'fr',
    "L'intranet répond depuis toutes les agences.",
    "L'intranet ne répond pas depuis toutes les agences.",
  ],
  [
    'es',
    'Los nombres de los servidores se resuelven bien otra vez.',
    'Los nombres de los servidores todavía no se resuelven bien.',
  ],
  ['it', "L'intranet funziona da tutte le filiali.", "L'intranet funziona da tutte le filiali tranne Bari."],
  ['nl', 'De servernamen resolven weer netjes.', 'Resolven de servernamen weer netjes?'],
  ['pt', 'A intranet responde de todas as lojas.', 'A intranet ainda não responde de todas as lojas.'],
  ['sv', 'Servernamnen slås upp korrekt igen.', 'Servernamnen slås inte upp korrekt igen.'],
];
const OPENS_WITHOUT_WARNING_21_WEST: readonly Pair[] = [
  [
    'en',
    'After the renewal the webmail opens with no certificate warning.',
    'After the renewal the webmail still opens with a certificate warning.',
  ],
  [
    'de',
    'Nach der Erneuerung lädt das Intranet ohne Zertifikatswarnung.',
    'Nach der Erneuerung lädt das Intranet noch nicht ohne Zertifikatswarnung.',
  ],
  [
    'fr',
    'Après le renouvellement, le webmail se charge sans avertissement.',
    'Après le renouvellement, le webmail ne se charge pas encore sans avertissement.',
  ],
  [
    'es',
    'Tras renovar el certificado, la intranet carga sin advertencias.',
    'Tras renovar el certificado, la intranet todavía no carga sin advertencias.',
  ],
  [
    'it',
    'Dopo il rinnovo il webmail carica senza avvisi.',
    'Dopo il rinnovo il webmail non carica ancora senza avvisi.',
  ],
  [
    'nl',
    'Na de vernieuwing laadt de webmail zonder certificaatmelding.',
    'Na de vernieuwing laadt de webmail nog niet zonder certificaatmelding.',
  ],
  [
    'pt',
    'Depois da renovação, o webmail carrega sem aviso de segurança.',
    'Depois da renovação, o webmail ainda não carrega sem aviso de segurança.',
  ],
  [
    'sv',
    'Efter förnyelsen laddar webbmejlen utan certifikatvarning.',
    'Efter förnyelsen laddar webbmejlen fortfarande inte utan certifikatvarning.',
  ],
];
const REPORTED_SENDS_AGAIN_21_WEST: readonly Pair[] = [
  [
    'en',
    'Linda rang back: the copier emails the PDFs again.',
    'Linda rang back: the copier emails the PDFs again only in black and white.',
  ],
  [
    'de',
    'Frau Keller meldet: der Kopierer mailt die Scans wieder.',
    'Frau Keller meldet: der Kopierer mailt die Scans noch nicht wieder.',
  ],
  [
    'fr',
    'Mme Roux a rappelé : le copieur envoie maintenant les scans par mail.',
    "Mme Roux a rappelé : le copieur n'envoie toujours pas les scans par mail.",
  ],
  [
    'es',
    'Doña Carmen avisa que la copiadora ya manda los escaneos al correo.',
    'Doña Carmen avisa que la copiadora todavía no manda los escaneos al correo.',
  ],
  [
    'it',
    'La signora Bruni ha richiamato: la fotocopiatrice ora invia le scansioni via mail.',
    'La signora Bruni ha richiamato: la fotocopiatrice non invia ancora le scansioni via mail.',
  ],
  [
    'nl',
    'Mevrouw Jansen belde: het kopieerapparaat mailt de scans weer.',
    'Mevrouw Jansen belde: het kopieerapparaat mailt de scans nog niet.',
  ],
  [
    'pt',
    'A Dona Cláudia ligou: a copiadora está mandando os PDFs pro e-mail de novo.',
    'A Dona Cláudia ligou: a copiadora ainda não está mandando os PDFs pro e-mail de novo.',
  ],
  [
    'sv',
    'Karin ringde: kopiatorn mejlar skanningarna igen.',
    'Karin ringde: kopiatorn mejlar inte skanningarna igen.',
  ],
];
const STATUS_LINE_AGAIN_21_WEST: readonly Pair[] = [
  ['en', 'Shared drive mapped again', 'Shared drive not mapped again'],
  ['en', 'Site-to-site tunnel established again', 'Site-to-site tunnel established again?'],
  ['de', 'Standortkopplung wieder aufgebaut', 'Standortkopplung noch nicht wieder aufgebaut'],
  ['fr', 'Lecteur réseau de nouveau monté', 'Lecteur réseau pas encore de nouveau monté'],
  ['es', 'Unidad de red mapeada otra vez', 'Unidad de red todavía no mapeada otra vez'],
  ['it', 'Unità di rete di nuovo mappata', 'Unità di rete non ancora di nuovo mappata'],
  ['nl', 'Netwerkschijf weer gekoppeld', 'Netwerkschijf nog niet weer gekoppeld'],
  ['pt', 'Unidade de rede mapeada de novo', 'Unidade de rede ainda não mapeada de novo'],
  ['sv', 'Nätverksenheten mappad igen', 'Nätverksenheten inte mappad igen'],
];
const ACCESS_BACK_21_WEST: readonly Pair[] = [
  [
    'en',
    'The warehouse staff can get back into the ERP.',
    'The warehouse staff cannot get back into the ERP yet.',
  ],
  [
    'de',
    'Die Lageristen kommen wieder ins ERP rein.',
    'Die Lageristen kommen noch nicht wieder ins ERP rein.',
  ],
  ['fr', "Les comptables retrouvent l'accès à l'ERP.", "Les comptables ne retrouvent pas l'accès à l'ERP."],
  [
    'es',
    'Los del almacén recuperan el acceso al ERP.',
    'Los del almacén todavía no recuperan el acceso al ERP.',
  ],
  [
    'it',
    "I magazzinieri riprendono l'accesso al gestionale.",
    "I magazzinieri non riprendono ancora l'accesso al gestionale.",
  ],
  [
    'nl',
    'De magazijnmedewerkers hebben weer toegang tot het ERP.',
    'Hebben de magazijnmedewerkers weer toegang tot het ERP?',
  ],
  [
    'pt',
    'Os estoquistas conseguem acessar o portal de pedidos da filial de novo.',
    'Os estoquistas ainda não conseguem acessar o portal de pedidos da filial de novo.',
  ],
  [
    'sv',
    'Lagerpersonalen har åtkomst till affärssystemet igen.',
    'Lagerpersonalen har inte åtkomst till affärssystemet igen.',
  ],
];
const TEST_BED_ONLY_21_WEST: readonly Pair[] = [
  ['en', 'The registry change worked.', 'The registry change worked in the test VM, not yet in production.'],
  [
    'de',
    'Das Update läuft jetzt sauber.',
    'Das Update läuft jetzt sauber auf der Testmaschine, in der Produktion noch nicht.',
  ],
  [
    'fr',
    'Le correctif fonctionne maintenant.',
    'Le correctif fonctionne maintenant sur le poste de test, pas encore en production.',
  ],
  [
    'es',
    'La actualización ya funciona.',
    'La actualización ya funciona en el entorno de pruebas, todavía no en producción.',
  ],
  [
    'it',
    "L'aggiornamento ora funziona.",
    "L'aggiornamento ora funziona sulla macchina di test, non ancora in produzione.",
  ],
  ['nl', 'De update werkt nu.', 'De update werkt nu op de testomgeving, nog niet in productie.'],
  [
    'pt',
    'A atualização já funciona.',
    'A atualização já funciona no ambiente de homologação, ainda não em produção.',
  ],
  ['sv', 'Uppdateringen fungerar nu.', 'Uppdateringen fungerar nu i testmiljön, ännu inte i produktion.'],
];

describe('claim and honest twin, twenty-first blind corpus, western languages', () => {
  it.each(EVERY_CLIENT_GETS_AN_ADDRESS_21_WEST)(
    'every workstation gets an address again, from DHCP (C256), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(CHAT_SHORTHAND_21_WEST)(
    'chat shorthand of a fix ("wrks agn", "r back") (C257), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(HEADLINE_FIX_WORD_21_WEST)(
    'a headline of the fault or the job and the word of its fix ("DNS issue rectified") (C258), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(SERVICE_UP_AGAIN_21_WEST)(
    'a service up again ("the gateway is up again") (C259), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(TEST_RESTORE_WORKED_21_WEST)(
    'the backup ran and the test restore worked (C260), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NAMES_RESOLVE_EVERYWHERE_21_WEST)(
    'names resolve again, or it works from every site (C261), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(OPENS_WITHOUT_WARNING_21_WEST)(
    'the certificate renewed, the site opens without a warning (C262), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(REPORTED_SENDS_AGAIN_21_WEST)(
    'a person reports that the device mails again (C263), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(STATUS_LINE_AGAIN_21_WEST)(
    'a status line, the service connected or mapped again (C264), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(ACCESS_BACK_21_WEST)(
    'users get back in, with a long name of what they reach (C265), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(TEST_BED_ONLY_21_WEST)(
    'worked on a test bed, not yet in production, is no fix (C266), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
});
