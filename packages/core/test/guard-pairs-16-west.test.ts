import { describe, it } from 'vitest';
import { holds, type Pair } from './support/claim-pairs.js';

// Claims of the classes of the sixteenth blind corpus in English, German, French, Spanish, Italian,
// Dutch, Portuguese and Swedish, each next to an honest twin that differs from it by a negation, a
// limit, a condition or a plan. Written for this file, not taken from a corpus.

const HEDGED_NOW_16_WEST: readonly Pair[] = [
  [
    'de',
    'Der Scanner sollte jetzt wieder funktionieren.',
    'Der Scanner sollte erst nach dem Firmware-Update funktionieren.',
  ],
  ['de', 'Jetzt sollte alles passen.', 'Sollte es jetzt passen, melden Sie sich bitte.'],
  ['nl', 'De scanner zou nu weer moeten werken.', 'De scanner zou pas na de firmware-update moeten werken.'],
  [
    'nl',
    'Het zou inmiddels opgelost moeten zijn.',
    'Het zou inmiddels niet opgelost moeten zijn, zegt de leverancier.',
  ],
  ['fr', 'Le scanner devrait fonctionner maintenant.', 'Le scanner ne devrait pas fonctionner maintenant.'],
  [
    'fr',
    'Tout devrait être réglé maintenant.',
    'Tout devrait être réglé après la mise à jour du fournisseur.',
  ],
  ['es', 'El escáner ya debería funcionar.', 'El escáner debería funcionar cuando llegue el parche.'],
  ['es', 'Debería funcionar ahora.', 'Debería funcionar cuando llegue el parche.'],
  ['it', 'Lo scanner ora dovrebbe funzionare.', 'Lo scanner dovrebbe funzionare solo dopo la patch.'],
  ['it', 'Adesso dovrebbe andare.', 'Dovrebbe andare dopo la patch.'],
  ['pt', 'O scanner já deve funcionar.', 'O scanner deve funcionar quando o patch chegar.'],
  ['pt', 'Agora deve estar tudo resolvido.', 'Depois do patch deve estar tudo resolvido.'],
  ['sv', 'Skannern bör fungera nu.', 'Skannern bör fungera efter uppdateringen.'],
  ['sv', 'Nu borde allt vara löst.', 'Efter uppdateringen borde allt vara löst.'],
];
const INVITED_TO_CLOSE_16_WEST: readonly Pair[] = [
  ['en', 'Feel free to mark this one as resolved.', 'Please do not mark this one as resolved yet.'],
  ['en', 'Feel free to flag this one as done.', 'Please do not flag this one as done yet.'],
  [
    'de',
    'Sie können das Ticket als erledigt markieren.',
    'Sie können das Ticket noch nicht als erledigt markieren.',
  ],
  [
    'nl',
    'U kunt de melding als opgelost markeren.',
    'U kunt de melding als opgelost markeren zodra de scanner een week werkt.',
  ],
  [
    'fr',
    'Vous pouvez marquer la demande comme résolue.',
    'Vous pourrez marquer la demande comme résolue quand le scanner aura tenu une semaine.',
  ],
  [
    'es',
    'Puede marcar la incidencia como resuelta.',
    'Puede marcar la incidencia como resuelta cuando el escáner funcione una semana.',
  ],
  [
    'it',
    'Potete segnare la richiesta come risolta.',
    'Potete segnare la richiesta come risolta quando lo scanner avrà retto una settimana.',
  ],
  [
    'pt',
    'Pode marcar o chamado como resolvido.',
    'Pode marcar o chamado como resolvido quando o scanner funcionar uma semana.',
  ],
  [
    'sv',
    'Du kan markera ärendet som löst.',
    'Du kan markera ärendet som löst när skannern har fungerat en vecka.',
  ],
];
const RUN_CLEAN_16_WEST: readonly Pair[] = [
  [
    'en',
    'The nightly backup completed without any warnings.',
    'The nightly backup completed with two warnings.',
  ],
  [
    'de',
    'Die Datensicherung ist heute Nacht fehlerfrei durchgelaufen.',
    'Die Datensicherung ist heute Nacht nicht durchgelaufen.',
  ],
  ['de', 'Der Sync ist sauber durchgelaufen.', 'Der Sync ist nicht durchgelaufen.'],
  [
    'fr',
    'La synchronisation s’est déroulée sans accroc.',
    'La synchronisation ne s’est pas déroulée sans accroc.',
  ],
  [
    'es',
    'El respaldo de anoche finalizó sin advertencias.',
    'El respaldo de anoche finalizó con advertencias.',
  ],
  ['it', 'Il backup di stanotte è terminato senza errori.', 'Il backup di stanotte è terminato con errori.'],
  ['nl', 'De back-up is zonder fouten voltooid.', 'De back-up is met fouten voltooid.'],
  ['pt', 'O backup terminou sem nenhum erro.', 'O backup terminou com erros.'],
  ['sv', 'Nattens backup gick klart utan varningar.', 'Nattens backup gick klart med varningar.'],
];
const SEEMS_TO_WORK_16_WEST: readonly Pair[] = [
  ['en', 'It seems to work now.', 'It seems to work only intermittently.'],
  ['de', 'Der Scanner scheint jetzt zu funktionieren.', 'Der Scanner scheint nicht zu funktionieren.'],
  ['it', 'Sembra che lo scanner funzioni.', 'Non sembra che lo scanner funzioni.'],
  ['nl', 'De scanner lijkt nu te werken.', 'De scanner lijkt niet te werken.'],
  ['sv', 'Skannern ser ut att fungera nu.', 'Skannern ser inte ut att fungera.'],
];
const DOES_NOT_COME_BACK_16_WEST: readonly Pair[] = [
  ['en', 'The calls are not cutting out anymore.', 'The calls are still cutting out.'],
  [
    'de',
    'Die Fehlermeldung ist seitdem nicht wiedergekommen.',
    'Die Fehlermeldung ist seitdem wiedergekommen.',
  ],
  ['fr', 'Le message d’erreur ne réapparaît plus.', 'Le message d’erreur réapparaît encore.'],
  ['es', 'El aviso de error ya no vuelve.', 'El aviso de error vuelve cada mañana.'],
  ['it', 'Il messaggio di errore non si ripresenta.', 'Il messaggio di errore si ripresenta ogni mattina.'],
  [
    'nl',
    'We weten nu waarom de scanner niet meer vastloopt.',
    'We weten nog niet waarom de scanner vastloopt.',
  ],
  ['pt', 'A mensagem de erro não voltou.', 'A mensagem de erro voltou.'],
  ['pt', 'As chamadas não caem mais.', 'As chamadas ainda caem.'],
  ['sv', 'Felet kommer inte tillbaka.', 'Felet kommer tillbaka varje morgon.'],
  ['sv', 'Det är därför samtalen inte bryts längre.', 'Vi vet inte varför samtalen bryts.'],
];
const NO_COMPLAINTS_SINCE_16_WEST: readonly Pair[] = [
  [
    'en',
    'Not a single complaint about the scanner since Monday.',
    'Two more complaints about the scanner since Monday.',
  ],
  ['sv', 'Inte ett enda klagomål om skannern sedan måndag.', 'Tre klagomål om skannern sedan måndag.'],
];
const POLICIES_APPLY_16_WEST: readonly Pair[] = [
  [
    'en',
    'The group policies are now applied on the laptop.',
    'The group policies are still not applied on the laptop.',
  ],
  ['de', 'Die Gruppenrichtlinien greifen jetzt.', 'Die Gruppenrichtlinien greifen noch nicht.'],
  [
    'fr',
    'Les stratégies de groupe s’appliquent sur le portable.',
    'Les stratégies de groupe ne s’appliquent pas sur le portable.',
  ],
  [
    'es',
    'Las directivas se aplican correctamente en el portátil.',
    'Las directivas no se aplican en el portátil.',
  ],
  ['it', 'Le policy vengono applicate sul portatile.', 'Le policy non vengono applicate sul portatile.'],
  ['nl', 'Het groepsbeleid wordt nu toegepast.', 'Het groepsbeleid wordt nog niet toegepast.'],
  [
    'pt',
    'As políticas estão sendo aplicadas no notebook.',
    'As políticas não estão sendo aplicadas no notebook.',
  ],
  ['sv', 'Grupprinciperna tillämpas på datorn.', 'Grupprinciperna tillämpas inte på datorn.'],
];
const STARTS_WITHOUT_PROMPT_16_WEST: readonly Pair[] = [
  [
    'de',
    'Outlook startet jetzt ohne Aktivierungsmeldung.',
    'Outlook startet nicht ohne Aktivierungsmeldung.',
  ],
  ['it', 'Excel si avvia senza chiedere la licenza.', 'Excel non si avvia senza chiedere la licenza.'],
  ['nl', 'Outlook start zonder activatiemelding.', 'Outlook start alleen met activatiemelding.'],
  ['sv', 'Outlook startar utan aktiveringsruta.', 'Outlook startar bara med aktiveringsruta.'],
];
const HELD_GREEN_16_WEST: readonly Pair[] = [
  ['en', 'The host has stayed green all night.', 'The host has not stayed green all night.'],
  ['de', 'Der Server bleibt seit Montag grün.', 'Der Server bleibt seit Montag rot.'],
  ['fr', 'Le serveur est resté vert toute la nuit.', 'Le serveur n’est pas resté vert toute la nuit.'],
  [
    'es',
    'El servidor se ha mantenido en verde toda la noche.',
    'El servidor no se ha mantenido en verde toda la noche.',
  ],
  ['it', 'Il server è rimasto verde tutta la notte.', 'Il server non è rimasto verde tutta la notte.'],
  ['pt', 'O servidor ficou verde a noite toda.', 'O servidor não ficou verde a noite toda.'],
  ['nl', 'De server bleef de hele nacht groen.', 'De server bleef de hele nacht rood.'],
  ['sv', 'Servern har varit grön hela natten.', 'Servern har inte varit grön hela natten.'],
];
const DASH_LABEL_16_WEST: readonly Pair[] = [
  ['en', 'Firewall — up.', 'Firewall — down.'],
  ['it', 'Tunnel — up.', 'Tunnel — ancora giù.'],
  ['sv', 'VPN — uppe.', 'VPN — nere.'],
];
const FURTHER_STEPS_16_WEST: readonly Pair[] = [
  ['de', 'Weitere Schritte sind nicht nötig.', 'Weitere Schritte sind nötig.'],
  [
    'de',
    'Die Mails kommen seit dem Umzug wieder pünktlich beim Kunden an.',
    'Die Mails kommen seit dem Umzug wieder nicht beim Kunden an.',
  ],
  ['en', 'So we are in the clear.', 'We are not in the clear yet.'],
];
const WORKED_ONCE_16_WEST: readonly Pair[] = [
  ['en', 'The test print worked after the reinstall.', 'The test print worked once, then jammed again.'],
  ['de', 'Der Testdruck hat geklappt.', 'Der Testdruck hat einmal geklappt, danach kam der Fehler wieder.'],
];

describe('claims of the sixteenth corpus and their honest twins (west)', () => {
  it.each(HEDGED_NOW_16_WEST)(
    'a hedged claim that still asserts the present, with "now" (C127), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(INVITED_TO_CLOSE_16_WEST)(
    'the customer invited to close or to mark the ticket done (C128), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(RUN_CLEAN_16_WEST)(
    'a run completed without warnings or errors (C129), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(SEEMS_TO_WORK_16_WEST)(
    'an appearance that asserts the good state (C130), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(DOES_NOT_COME_BACK_16_WEST)(
    'the fault that no longer comes back, in a clause of reason too (C131/C132), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NO_COMPLAINTS_SINCE_16_WEST)(
    'not a single complaint since a time (C133), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(POLICIES_APPLY_16_WEST)(
    'policies in effect on the machine (C134), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(STARTS_WITHOUT_PROMPT_16_WEST)(
    'the application starts without the prompt that was the fault (C135), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(HELD_GREEN_16_WEST)(
    'a monitored state held green over a span (C138), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(DASH_LABEL_16_WEST)(
    'a state after a dash that sets a short label apart (C138), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(FURTHER_STEPS_16_WEST)(
    'messages that arrive again, no further steps needed, in the clear (C140–C142), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(WORKED_ONCE_16_WEST)(
    'honest, a success told once (C139), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
});
