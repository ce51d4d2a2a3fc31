import { describe, it } from 'vitest';
import { holds, type Pair } from './support/claim-pairs.js';

// Claims of the classes of the seventeenth blind corpus in English, German, French, Spanish,
// Italian, Dutch and Portuguese, each next to an honest twin that differs from it by a negation, a
// count short of all, a limit or a worse figure. Written for this file, not taken from a corpus.

const ALL_OF_ALL_17_WEST: readonly Pair[] = [
  ['en', '5/5 access points online.', '4/5 access points online.'],
  ['en', '12 of 12 restore tests passed.', '11 of 12 restore tests passed.'],
  ['de', '3/3 Kameras zeichnen.', '2/3 Kameras zeichnen.'],
  ['de', '8/8 Telefone registriert.', '7/8 Telefone registriert.'],
  ['fr', '6/6 caisses de nouveau en ligne.', '5/6 caisses de nouveau en ligne.'],
  ['fr', '3/3 imprimantes connectées au serveur.', '3/3 imprimantes toujours hors ligne.'],
  ['es', '5/5 cámaras grabando de nuevo.', '4/5 cámaras grabando de nuevo.'],
  ['es', '9/9 extensiones registradas en la centralita.', '7/9 extensiones registradas en la centralita.'],
  ['it', '4/4 stampanti di nuovo collegate.', '3/4 stampanti di nuovo collegate.'],
  ['it', '6/6 test superati.', '5/6 test superati.'],
  ['nl', '8/8 toestellen weer verbonden.', '6/8 toestellen weer verbonden.'],
  ['nl', '5/5 tests geslaagd.', '4/5 tests geslaagd.'],
  ['pt', '6/6 ramais registrados de novo.', '5/6 ramais registrados de novo.'],
  ['pt', '3/3 impressoras funcionando.', '2/3 impressoras funcionando.'],
];
const FAULT_GONE_17_WEST: readonly Pair[] = [
  [
    'en',
    'The random reboots on the kiosk PC have disappeared.',
    'The random reboots on the kiosk PC have not disappeared.',
  ],
  [
    'en',
    'The call drops were eliminated by the new router.',
    'The call drops were not eliminated by the new router.',
  ],
  [
    'de',
    'Die Abbrüche der Telefone wurden durch die neue Regel auf der Firewall beseitigt.',
    'Die Abbrüche der Telefone wurden durch die neue Regel auf der Firewall nicht beseitigt.',
  ],
  [
    'de',
    'Die Aussetzer wurden durch das neue Netzteil behoben.',
    'Die Aussetzer wurden durch das neue Netzteil nicht behoben.',
  ],
  [
    'fr',
    'Les coupures du VPN ont été éliminées par le nouveau routeur.',
    'Les coupures du VPN n’ont pas été éliminées par le nouveau routeur.',
  ],
  [
    'fr',
    'Les plantages de Sage ont été éliminés par la mise à jour.',
    'Les plantages de Sage n’ont pas été éliminés par la mise à jour.',
  ],
  ['es', 'Los cortes de la wifi han desaparecido.', 'Los cortes de la wifi no han desaparecido.'],
  ['es', 'Los cuelgues del TPV quedaron eliminados.', 'Los cuelgues del TPV no quedaron eliminados.'],
  [
    'it',
    'Le cadute delle telecamere sono state eliminate spostando il registratore.',
    'Le cadute delle telecamere non sono state eliminate spostando il registratore.',
  ],
  [
    'it',
    'Gli errori di stampa sono stati eliminati con il nuovo driver.',
    'Gli errori di stampa non sono stati eliminati con il nuovo driver.',
  ],
  [
    'nl',
    'De storing in de VPN is door het vervangen van de router volledig verdwenen.',
    'De storing in de VPN is door het vervangen van de router niet verdwenen.',
  ],
  ['pt', 'As desconexões do Wi-Fi desapareceram.', 'As desconexões do Wi-Fi não desapareceram.'],
  [
    'pt',
    'As quedas da VPN foram eliminadas com o novo firmware.',
    'As quedas da VPN não foram eliminadas com o novo firmware.',
  ],
];
const NO_MORE_17_WEST: readonly Pair[] = [
  ['en', 'No more lag on the remote sessions.', 'Still lag on the remote sessions.'],
  ['de', 'Kein Ruckeln mehr in den Meetings.', 'Immer noch Ruckeln in den Meetings.'],
  ['it', 'Niente più scatti durante le chiamate.', 'Ancora scatti durante le chiamate.'],
];
const MINUTES_TO_SECONDS_17_WEST: readonly Pair[] = [
  [
    'en',
    'Instead of ten minutes the login now takes a few seconds.',
    'Instead of ten minutes the login now takes twenty minutes.',
  ],
  [
    'de',
    'Statt zehn Minuten dauert die Anmeldung jetzt zwanzig Sekunden.',
    'Statt zehn Minuten dauert die Anmeldung jetzt zwanzig Minuten.',
  ],
  [
    'fr',
    'La connexion prend désormais vingt secondes au lieu de dix minutes.',
    'La connexion prend désormais vingt minutes au lieu de dix minutes.',
  ],
];
const SPAN_WITHOUT_FAULT_17_WEST: readonly Pair[] = [
  [
    'de',
    'Er scannt seit heute Morgen ohne einen einzigen Fehler.',
    'Er scannt seit heute Morgen nur mit Fehlern.',
  ],
  [
    'fr',
    'Elle synchronise ses dossiers depuis ce matin sans un seul conflit.',
    'Elle synchronise ses dossiers depuis ce matin avec plusieurs conflits.',
  ],
  [
    'es',
    'Lleva toda la mañana facturando sin un solo error.',
    'Lleva toda la mañana facturando con errores.',
  ],
  ['it', 'Da stamattina stampa senza un solo errore.', 'Da stamattina stampa con molti errori.'],
  [
    'nl',
    'Ze werkt al de hele ochtend zonder een enkele foutmelding.',
    'Ze werkt al de hele ochtend met foutmeldingen.',
  ],
];
const ALL_OF_A_SET_17_WEST: readonly Pair[] = [
  ['en', 'All 12 phones registered with the PBX.', 'Not all 12 phones registered with the PBX.'],
  ['fr', 'Les 12 postes se synchronisent avec Intune.', 'Les 12 postes ne se synchronisent pas avec Intune.'],
  ['es', 'Todo el mundo puede iniciar sesión.', 'Todo el mundo puede iniciar sesión salvo Marta.'],
  ['it', 'Tutti i 15 telefoni funzionano.', 'Tutti i 15 telefoni non funzionano.'],
  ['nl', 'Alle 20 medewerkers kunnen inloggen.', 'Alle 20 medewerkers kunnen niet inloggen.'],
];
const AGAIN_AT_WORK_17_WEST: readonly Pair[] = [
  ['en', 'The shop loads over HTTPS again.', 'The shop fails to load over HTTPS again.'],
  [
    'de',
    'Der Einzug zieht die Blätter wieder sauber ein.',
    'Der Einzug zieht die Blätter wieder schief ein.',
  ],
  ['de', 'Die Suche findet wieder alle Dokumente.', 'Die Suche findet wieder nichts.'],
  ['fr', 'Le terminal encaisse de nouveau les cartes.', 'Le terminal n’encaisse toujours pas les cartes.'],
  ['es', 'El terminal vuelve a aceptar tarjetas.', 'El terminal no vuelve a aceptar tarjetas.'],
  ['it', 'Il terminale accetta di nuovo le carte.', 'Il terminale non accetta di nuovo le carte.'],
  ['pt', 'O terminal voltou a aceitar cartão.', 'O terminal não voltou a aceitar cartão.'],
  ['nl', 'De webshop staat weer in de lucht.', 'De webshop staat nog niet in de lucht.'],
];
const RUN_SUCCEEDED_17_WEST: readonly Pair[] = [
  ['es', 'La réplica a la nube se completó sin errores.', 'La réplica a la nube se completó con errores.'],
  ['nl', 'De replicatie is vannacht geslaagd.', 'De replicatie is vannacht niet geslaagd.'],
];
const OPERATIONAL_17_WEST: readonly Pair[] = [
  [
    'fr',
    'La téléphonie est pleinement opérationnelle.',
    'La téléphonie n’est pas encore pleinement opérationnelle.',
  ],
  [
    'fr',
    'La désinstallation du correctif a corrigé les lenteurs.',
    'La désinstallation du correctif n’a pas corrigé les lenteurs.',
  ],
  ['es', 'El servidor está otra vez fino filipino.', 'El servidor no está fino filipino.'],
  [
    'es',
    'Restaurar la GPO anterior corrigió el mapeo de unidades.',
    'Restaurar la GPO anterior no corrigió el mapeo de unidades.',
  ],
];

describe('claims of the seventeenth corpus and their honest twins (west)', () => {
  it.each(ALL_OF_ALL_17_WEST)(
    'a count of all in a good state (C143), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(FAULT_GONE_17_WEST)(
    'the fault gone or eliminated (C144), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NO_MORE_17_WEST)('no more of the fault (C145), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(MINUTES_TO_SECONDS_17_WEST)(
    'a wait cut from minutes to seconds (C146), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(SPAN_WITHOUT_FAULT_17_WEST)(
    'a span of work without a single fault (C147), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(ALL_OF_A_SET_17_WEST)(
    'all of a set in a good state (C148), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(AGAIN_AT_WORK_17_WEST)(
    'a device doing its work again (C149), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(RUN_SUCCEEDED_17_WEST)(
    'a run completed, told as a success (C129), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(OPERATIONAL_17_WEST)(
    'fully operational, idioms, the fix credited (C150), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
});
