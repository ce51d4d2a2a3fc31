import { ALL_OF_ALL, type ClaimLanguage } from './language.js';

const ADV = String.raw`(?:ora|adesso|finalmente|completamente|totalmente|definitivamente|correttamente|non|ancora|mai|si|gia|di nuovo|bene|fortunatamente|davvero|anche|ormai|del tutto|tutto)`;
const FIXED = String.raw`(?:risolt[oaie]|sistemat[oaie]|riparat[oaie]|corrett[oaie]|ripristinat[oaie]|sistemat[oaie]|chius[oaie]|a posto|operativ[oaie]|in ordine|ok)`;
const DEVICE_VERBS = String.raw`(?:funziona|funzionano|va|vanno|stampa|stampano|si connette|si collega|parte|partono|si avvia|risponde|sincronizza|apre|carica|invia|riceve|scansiona)`;
// More verbs of a device at work: "gira", "procede", "si apre". "si" before a verb the grammar
// does not know as reflexive reads as "if": the word before it is taken into the match.
const WORKS = String.raw`(?:${DEVICE_VERBS}|(?:[\w-]+ )?si (?:apre|aprono|avviano|collegano|connettono|accende|accendono|carica|caricano|vede|vedono|salva|salvano|installa|aggiorna|aggiornano)|gira|girano|regge|reggono|tiene|tengono|mantiene|mantengono|procede|procedono|opera|operano|lavora|lavorano|sincronizzano|rispondono|caricano|viaggia|viaggiano|fila|filano|funzionante|funzionanti|esce|escono|salva|salvano|naviga|navigano|scarica|scaricano|accede|accedono|entra|entrano|suona|suonano|registra|registrano|legge|leggono|stampa|stampano|arriva|arrivano)`;
// How a device works when it works as it should.
const MANNER = String.raw`(?:bene|benissimo|molto bene|correttamente|perfettamente|regolarmente|normalmente|a meraviglia|alla grande|alla perfezione|liscio|liscia|come un orologio|come si deve|a dovere|come dovrebbe|come prima|come sempre|senza (?:alcun |nessun |nessuna |piu |il minimo )?(?:problem|error|intopp|interruzion|blocch|crash|rallentament|disconnession|difett|inconvenient|anomali|cadut|perdit|singhiozz|scatt|lag)\w*|in modo (?:stabile|regolare|corretto|fluido|affidabile)|stabilmente|fluidamente|in maniera (?:stabile|regolare|corretta)|da dio|una favola|da favola|che e una meraviglia|che e un piacere|una bomba|a pieno regime|ok)`;
// People able to work again: "riesce di nuovo", "può tornare a".
const ABLE = String.raw`(?:e riuscit[oa]|sono riuscit[ie]|ha potuto|hanno potuto|puo|possono|possiamo|riesce|riescono|riusciamo|e in grado di|sono in grado di)`;
const NOT_SYMPTOM = String.raw`(?!(?:bloccarsi|fallire|crashare|cadere|disconnettersi|riavviarsi|comparire|apparire|presentarsi|ripresentarsi|succedere|capitare|dare errore|andare in crash|piantarsi|impallarsi)\b)`;
const INFINITIVE = String.raw`[a-z]+(?:are|ere|ire|rre|arsi|ersi|irsi|arci|erci|irci|rlo|rla|rli|rle)`;

/** Italian. */
export const IT: ClaimLanguage = {
  name: 'it',
  claims: [
    // C314: a reply's subject line that ends in a done-word, the fault named before it: "R: Stampante bloccata – risolto".
    String.raw`^(?:ora )?(?:risolto|risolta|sistemato|sistemata)$`,
    // C315: a figure before and a small one now: "ci metteva 8 minuti, adesso meno di 1", "ora in 20 secondi".
    String.raw`^(?:e )?(?:adesso|ora|oggi) (?:ci mette |impiega |si avvia in |parte in |stampa in |in )?(?:meno di |circa |sotto i |appena )?\d+(?: ?(?:s|sec|secondi|minuti|min))?$`,
    // C316: a queue empty now and staying so: "la coda è vuota e resta vuota".
    String.raw`\bvuota (?:e|ed) (?:resta|rimane|continua a restare) (?:vuota|tale|cosi)\b`,
    // C320: a thing synced, accepted or seen again, a test passed: "la casella si sincronizza di nuovo", "le tessere vengono di nuovo lette".
    // Read from the subject before "si": the grammar reads a "si" before these verbs as the Italian "if".
    String.raw`\b(?!(?:non|se|quando|appena|finche|ancora)\b)[\w-]+ si (?:scarica|scaricano|sincronizza|sincronizzano|aggiorna|aggiornano|registra|registrano) (?:di nuovo|nuovamente)\b(?! (?:solo|ma|tranne|a tratti)\b)`,
    String.raw`\b(?:viene|vengono|e|sono) (?:di nuovo|nuovamente) (?:accettat|riconosciut|lett|rilevat|registrat)[oaie]\b(?! (?:solo|ma|tranne|a tratti)\b)`,
    String.raw`\b(?:vede|vedono|riceve|ricevono) (?:di nuovo|nuovamente) (?:le |la |i |il |tutte le |tutti i )?(?:sue |suoi |loro )?(?:mail|email|posta|messaggi|cartelle|file)\b(?! (?:solo|ma|tranne)\b)`,
    // C323: the fault named as gone back: "rientrato l'allarme sul NAS", "il disservizio è rientrato".
    String.raw`^(?:e |ormai )?rientrat[oa] (?:la |le |il |lo |del tutto )?(?:anomalia|segnalazione|problema|criticita|allarme|disservizio|guasto|errore)\b|\b(?:anomalia|disservizio|criticita|allarme) (?:e |ormai )?rientrat[oa]\b(?! (?:solo|in parte|parzialmente)\b)`,
    // C325: it turns back on without a fault, after a change: "il server si avvia senza errori".
    String.raw`\b(?!(?:non|se|quando|appena|finche|ancora)\b)[\w-]+ si (?:riaccende|riaccendono|accende|accendono|avvia|avviano|riavvia|riavviano|collega|collegano|connette|connettono) (?:\w+ )?senza (?:problemi|errori|intoppi|difficolta|blocchi)\b(?! (?:solo|ma|tranne)\b)`,
    // C285: the latency down and the calls clear again: "le telefonate sono di nuovo pulite", "l'audio è tornato nitido".
    String.raw`\b(?:chiamate|telefonate|conversazioni|audio|voce|linea|qualita (?:audio|delle chiamate|della voce))(?: (?!non\b|ancora\b|solo\b|sara\b|saranno\b|dovrebbe\b|dovrebbero\b)[\w-]+){0,3} (?:(?:e|sono|si sente|si sentono) (?:ora |adesso |finalmente )?(?:di nuovo|nuovamente)|(?:e|sono) (?:tornat[oaie]|ritornat[oaie])|(?:torna|tornano) (?:a essere|ad essere))(?: (?:ben|bene|perfettamente|molto))? (?:pulit[oaie]|chiar[oaie]|nitid[oaie]|limpid[oaie]|perfett[oaie]|cristallin[oaie])\b(?! (?:solo|ma|tranne|per (?:qualche|pochi|alcuni))\b)`,
    // C288: everyone can log in: "tutti riescono ad accedere", "tutti i colleghi possono di nuovo collegarsi".
    String.raw`(?<!\b(?:non|quasi|se|quando|appena|intanto|nel frattempo|temporaneamente)\b.{0,20})\btutti(?: (?:quanti|i colleghi|gli utenti|i dipendenti))? (?:ora |adesso |finalmente )?(?:riescono|possono|sono in grado di) (?:di nuovo |nuovamente |ora |adesso |finalmente )*(?:a |ad |di )?(?:accedere|entrare|collegarsi|connettersi|fare login|fare il login|loggarsi|lavorare)\b(?!(?: [\w-]+){0,4} (?:tranne|ma|solo|soltanto|se|quando|dopo|via)\b)`,
    // C256: ogni postazione riceve di nuovo un indirizzo: "tutti i PC prendono l'IP adesso", "le macchine stanno prendendo l'IP di nuovo".
    String.raw`(?<!\bnon (?:tutti|tutte|ogni)\b.{0,40})\b(?:prende|prendono|riceve|ricevono|ottiene|ottengono|piglia|pigliano|sta (?:prendendo|ricevendo|ottenendo)|stanno (?:prendendo|ricevendo|ottenendo))(?: (?:ora|adesso|di nuovo|nuovamente|finalmente|gia|correttamente|automaticamente|regolarmente|un|il|la|lo|le|l|i|gli|sua|suo|loro))* (?:ora|adesso|di nuovo|nuovamente|finalmente|gia)(?: (?:correttamente|automaticamente|regolarmente|un|il|la|lo|le|l|i|gli|sua|suo|loro))* (?:ip|indirizzo ip|indirizzi ip|indirizzo|indirizzi|lease|lease dhcp)\b(?! (?:sbagliat\w*|errat\w*|apipa|169)\b| (?:tranne|salvo|ma|solo)\b)`,
    String.raw`(?<!\bnon (?:tutti|tutte|ogni)\b.{0,40})\b(?:prende|prendono|riceve|ricevono|ottiene|ottengono|piglia|pigliano|sta (?:prendendo|ricevendo|ottenendo)|stanno (?:prendendo|ricevendo|ottenendo))(?: (?:correttamente|automaticamente|regolarmente|un|il|la|lo|le|l|i|gli|sua|suo|loro))* (?:ip|indirizzo ip|indirizzi ip|indirizzo|indirizzi|lease|lease dhcp)(?: (?:dal|dalla|tramite il|via) (?:dhcp|server|router|firewall)(?: dhcp)?)? (?:ora|adesso|di nuovo|nuovamente|correttamente|automaticamente|regolarmente|senza (?:problemi|errori))\b(?! (?:tranne|salvo|ma|solo)\b)`,
    String.raw`\b(?:tutti|tutte|ogni|entrambi|entrambe)(?: (?!non\b|mai\b|ancora\b|solo\b)[\w-]+){1,4} (?:prende|prendono|riceve|ricevono|ottiene|ottengono|piglia|pigliano|sta (?:prendendo|ricevendo|ottenendo)|stanno (?:prendendo|ricevendo|ottenendo))(?: (?:ora|adesso|di nuovo|nuovamente|finalmente|gia|correttamente|automaticamente|regolarmente|un|il|la|lo|le|l|i|gli|sua|suo|loro))* (?:ip|indirizzo ip|indirizzi ip|indirizzo|indirizzi|lease|lease dhcp)\b(?! (?:sbagliat\w*|errat\w*|apipa|169)\b| (?:tranne|salvo|ma|solo)\b)`,
    String.raw`\b(?:distribuisce|distribuiscono|assegna|assegnano|rilascia|rilasciano)(?: (?:ora|adesso|di nuovo|nuovamente|correttamente|regolarmente))* (?:ora|adesso|di nuovo|nuovamente)(?: (?:correttamente|regolarmente))* (?:gli |i |degli |nuovi )?(?:indirizzi(?: ip)?|ip|lease)\b(?! (?:tranne|salvo|ma|solo)\b)`,
    // C257: l'abbreviazione da chat di un ripristino: "va d nuovo", "ora va tt", "funzia di nuovo".
    String.raw`\b(?:va|vanno|funziona|funzionano|gira|girano|parte|partono) d nuovo\b`,
    String.raw`\b(?:ora |adesso |gia )?(?:va|vanno|funziona|funzionano|gira|girano) tt\b`,
    // C258: un titolo del guasto o del job con la parola della sua soluzione: "Job di backup sistemato".
    String.raw`^(?:(?!\d|(?:non|mai|ancora|parzialmente|solo|quasi|per|se|quando|fino|prima|dopo|sara|deve|dovra|va|da|domani|manca|resta)\b)[\w-]+ ){0,4}[\w-]*(?:problema|problemi|errore|errori|guasto|guasti|bug|job|attivita|backup|sincronizzazione|accesso|connessione|collegamento|tunnel|coda|condivisione|unita|stampa|posta|mail|dns|vpn|dhcp|certificato|risoluzione|gateway|instradamento|replica|permessi|profilo|casella|licenza|criterio|incidente|malfunzionamento)(?: (?!(?:non|mai|ancora|parzialmente|solo|per|se|quando|fino|sara|saranno|sarebbe|dovrebbe|dovrebbero|deve|devono|dovra|essere|va|vanno|puo|potrebbe|potra|e|sono|stato|stata|ha|hanno|allora|poi|domani)\b)[\w-]+){0,3} (?:ora |finalmente |completamente )?(?:risolt[oaie]|sistemat[oaie]|corrett[oaie]|riparat[oaie]|sanat[oaie])$`,
    // C259: un servizio di nuovo su: "il gateway RDP è di nuovo su", "è di nuovo in piedi".
    String.raw`(?<!\bgiu )\b(?:e|sono)(?: (?:ora|adesso|finalmente|gia))* (?:di nuovo|nuovamente) (?:su|in piedi|up)\b(?! (?:e giu|e di nuovo giu)\b)`,
    // C260: il backup è terminato e il ripristino di prova ha funzionato: "il ripristino di test ha aperto i file senza problemi".
    String.raw`\b(?:ripristino|ripristini|restore|recupero) (?:di |del )?(?:test|prova|verifica)(?: (?!non\b|mai\b|solo\b|ma\b)[\w-]+){0,5} (?:ha (?:funzionato|dato esito positivo)|e (?:andato (?:a buon fine|bene)|riuscito|ok|stato positivo)|ha (?:aperto|ripristinato|recuperato) (?:i |tutti i |le |tutte le )?(?:file|dati|documenti|cartelle|mail))\b(?! (?:solo|ma|in parte|parzialmente)\b)`,
    String.raw`\b(?:backup|salvataggio|copia|job)(?: [\w-]+){0,2} (?:di|della|del) (?:stanotte|questa notte|ieri notte|stamattina|oggi)(?: [\w-]+){0,2} (?:e (?:terminato|terminata|finito|finita|completato|completata|andato a buon fine|andato bene|andata bene)|ha (?:terminato|finito|completato))\b(?! (?:con|male|solo|ma|in parte)\b)`,
    // C261: i nomi si risolvono da ogni sede: "i nomi interni si risolvono correttamente da tutte le sedi".
    String.raw`\b(?:nomi|nome|risoluzione|query|dns|record)(?: [\w-]+){0,3} si (?:risolvono|risolve)(?: (?:ora|adesso|di nuovo|bene))* (?:correttamente|bene|regolarmente|di nuovo|senza (?:problemi|errori))\b`,
    String.raw`\b(?:funziona|funzionano|va|vanno|(?:[\w-]+ )?si (?:risolvono|risolve)|risponde|rispondono|raggiungibil[ei])(?: (?!non\b|solo\b|mai\b|ma\b)[\w-]+){0,2} (?:da|in|su|per) (?:tutte le|tutti i|tutti gli|ogni|entrambe le|entrambi i) (?:[\w-]+ )?(?:sedi|sede|uffici|ufficio|filiali|filiale|piani|piano|edifici|edificio|negozi|negozio|vlan|subnet|siti|sito)\b(?!(?: [\w-]+)? (?:tranne|eccetto|ma|salvo)\b)`,
    // C262: il certificato rinnovato e il sito carica senza avvisi: "il sito carica senza avvisi di sicurezza", "il lucchetto è di nuovo verde".
    String.raw`\b(?:carica|caricano|apre|aprono|(?:[\w-]+ )?si (?:apre|aprono|carica|caricano|avvia)|parte)(?: (?:ora|adesso|di nuovo|bene))* senza (?:alcun |nessun |nessuna |piu |gli |le |i )?(?:avvisi|avviso|avvertimenti|avvertimento|alert|allarmi|errori di certificato|errore di certificato|messaggi di (?:errore|sicurezza|avviso))\b(?! (?:tranne|ma|salvo)\b)`,
    String.raw`\blucchetto (?:e |risulta |appare )?(?:di nuovo|nuovamente) (?:verde|presente|visibile|chiuso)\b|\blucchetto (?:e )?tornato\b`,
    // C263: qualcuno richiama, lo scanner manda di nuovo in mail: "lo scanner ora manda i PDF via mail".
    String.raw`\b(?:(?:ora|adesso|gia) (?:manda|mandano|invia|inviano|spedisce|spediscono|inoltra|inoltrano)|(?:manda|mandano|invia|inviano|spedisce|spediscono|inoltra|inoltrano) (?:ora|adesso|di nuovo|nuovamente))(?: (?:bene|correttamente|regolarmente))? (?:i |le |gli |la |il )?(?:pdf|scansioni|scansione|documenti scansionati)(?: (?!non\b)[\w-]+){0,2} (?:via|per|alla|nella|sulla|in) (?:mail|e-?mail|posta|casella)\b`,
    // C264: una riga di stato, il servizio di nuovo connesso: "VPN di nuovo connessa", "stampante di nuovo in linea".
    String.raw`^(?:(?!\d)[\w-]+ ){1,3}(?:(?:di nuovo|nuovamente) (?:connessa|connesso|connesse|connessi|collegat[oaie]|in linea|online|registrat[oaie]|mappat[oaie]|montat[oaie]|sincronizzat[oaie]|raggiungibil[ei])|(?:connessa|connesso|connesse|connessi|collegat[oaie]|in linea|registrat[oaie]|mappat[oaie]|montat[oaie]|sincronizzat[oaie]|raggiungibil[ei]) (?:di nuovo|nuovamente))$`,
    // C265: gli utenti riprendono l'accesso: "gli utenti recuperano l'accesso al desktop remoto".
    String.raw`\b(?:riprende|riprendono|recupera|recuperano|riottiene|riottengono|riacquista|riacquistano)(?: (?:ora|adesso|finalmente|tutti|tutte))* (?:il |la |lo |le |gli |i |loro )?(?:accesso|connessione|sessione|sessioni)\b(?! (?:parziale|solo|limitato)\b)`,
    // C224: un alimentatore che prende ogni pagina: "lo scanner adesso prende tutte le pagine", "trascina ogni foglio".
    String.raw`\b(?:prende|prendono|trascina|trascinano|tira|tirano|pesca|pescano|acquisisce|acquisiscono|carica|caricano|accetta|accettano|afferra|afferrano|ingoia|ingoiano|mangia|mangiano)(?: (?:su|dentro|adesso|ora|ormai|di nuovo|finalmente|bene|regolarmente|correttamente|senza problemi))* (?:tutte le|tutti i|tutti gli|ogni|ciascun|ciascuna|ognuna delle|ognuno dei) (?:pagine|pagina|fogli|foglio|documenti|documento|originali|originale|assegni|scontrini|ricevute)\b(?! (?:tranne|salvo|eccetto|solo|storte|storti|doppie|doppi|insieme|a due a due|due alla volta)\b)`,
    String.raw`\b(?:tutti i|tutte le|ogni) (?:fogli|foglio|pagine|pagina|documenti|originali)(?: [\w-]+){0,2}? (?:passano|passa|entrano|entra|vengono presi|vengono prese|viene preso|viene presa|vengono trascinati|viene trascinato)(?: (?:adesso|ora|di nuovo|bene|regolarmente|correttamente|senza (?:incepparsi|inceppi|problemi)))*\b(?! (?:tranne|salvo|eccetto|solo|storte|storti|doppi|doppie)\b)`,
    // C230: un'apparenza che afferma lo stato: "sembra che sia sistemato", "pare che ora funzioni bene".
    String.raw`\b(?:sembra|sembrerebbe|pare|parrebbe|direi|a quanto pare|apparentemente) (?:proprio |davvero |ormai )?che (?:[\w-]+ ){0,4}?(?:sia|siano) (?:stat[oaie] )?(?:ora |adesso |ormai |finalmente |davvero |definitivamente |tutto )*(?:sistemat[oaie]|risolt[oaie]|riparat[oaie]|a posto|ok|tornat[oaie] (?:a posto|a funzionare|normale|normali)|ripristinat[oaie]|stabil[ei]|in ordine)\b`,
    String.raw`\b(?:sembra|sembrerebbe|pare|parrebbe|direi|a quanto pare|apparentemente) (?:proprio |davvero |ormai )?che (?:[\w-]+ ){0,4}?(?:funzioni|funzionino|vada|vadano|giri|girino|stampi|stampino|si colleghi|si colleghino|si avvii|si avviino|si apra|si aprano|regga|reggano)(?: (?:ora|adesso|ormai|finalmente|tutto|di nuovo))* (?:bene|benissimo|alla grande|regolarmente|correttamente|di nuovo|come prima|a meraviglia|senza problemi|perfettamente|liscio)\b`,
    // C231: l'avviso con il suo testo, sparito: "l'avviso “spazio su disco insufficiente” è sparito".
    String.raw`\b(?:errore|problema|messaggio|avviso|popup|pop-up|finestra|notifica|allarme|allerta|segnalazione)(?:i|e)?(?: (?!non\b|mai\b|ancora\b|solo\b)[\w-]+){4,9} (?:e |sono |e ormai )?(?:(?!non\b|mai\b)${ADV} )*(?:sparit[oaie]|scompars[oaie]|andat[oaie] via)\b`,
    // C191: the problem told as a thing of the past: "il problema è storia passata", "è acqua passata".
    String.raw`\b(?:il|quel|questo) (?:problema|guasto|errore|disservizio|difetto) (?:è |è ormai |ormai è |è ora |è finalmente )(?:storia|storia passata|acqua passata|un ricordo|un brutto ricordo|alle spalle|passato)\b`,
    // C192: una funzione precisa di nuovo svolta: "il centralino smista di nuovo le chiamate", "torna a inviare le scansioni".
    String.raw`\b(?:si )?(?:smista|smistano|inoltra|inoltrano|invia|inviano|manda|mandano|scansiona|scansionano|sincronizza|sincronizzano|mappa|trasferisce|trasferiscono|incassa|instrada|instradano|restituisce)(?: (?!non\b|mai\b|solo\b|ma\b|quando\b|se\b|errore\b|errori\b|male\b)[\w'-]+){0,5} (?:di nuovo|nuovamente)\b(?!(?: [\w-]+){0,2} (?:errore|errori|male)\b)`,
    String.raw`\b(?:torna|tornano|e tornat[oa]|ha ripreso|hanno ripreso|riprende|riprendono) a (?:smistare|inoltrare|inviare|mandare|scansionare|sincronizzare|mappare|trasferire|incassare|accettare|instradare)\b`,
    // C193: connesso tutto il giorno, senza cadute: "la VPN ora resta connessa tutto il giorno".
    String.raw`\b(?:resta|restano|rimane|rimangono)(?: (?:ora|adesso|ormai))? (?:conness[oaie]|collegat[oaie]|online|in linea) (?:tutto il giorno|tutta la giornata|l intera giornata|tutta la notte|senza (?:cadute|disconnessioni|interruzioni|staccarsi|cadere|disconnettersi))\b`,
    String.raw`\b(?:regge|reggono)(?: (?:ora|adesso))?(?: (?:la connessione|il collegamento))? (?:tutto il giorno|tutta la giornata|senza (?:cadute|disconnessioni|interruzioni|staccarsi|cadere))\b`,
    // C194: si apre direttamente dove deve: "Outlook ora si apre direttamente sulla posta in arrivo".
    String.raw`\b(?:si )?(?:apre|aprono|parte|avvia|carica)(?: (?:ora|adesso|subito))? (?:direttamente|dritto|diretto) (?:sulla|sul|nella|nel|in|alla|al)\b(?!(?: [\w'-]+){0,3} (?:errore|bios|modalita provvisoria|segreteria|ripristino)\b)`,
    String.raw`\b(?:si )?(?:apre|parte|avvia|collega)(?: (?:ora|adesso))? senza (?:chiedere|richiedere|mostrare)(?: (?:il|la|le|i))? (?:profilo|password|credenziali|avviso)\b`,
    // C195: meglio che mai o di prima del guasto, come nuovo: "va più veloce di prima dell'aggiornamento".
    String.raw`\b(?:piu (?:veloce|rapido|rapida|fluido|fluida|stabile|reattivo|reattiva|scattante)|meglio)(?: [\w'-]+){0,2} (?:che mai|di sempre|di prima (?:del|della|dell|dello|degli|dei|di)(?:'| )?(?:[\w-]+ )?(?:aggiornamento|guasto|cambio|sostituzione|migrazione|patch|problema|reinstallazione|update))\b`,
    String.raw`\b(?:e|sono|va|vanno|funziona|gira|tornat[oa])(?: (?:ora|adesso|di nuovo))* come nuov[oaie]\b`,
    // C196: da solo all'accesso, spesso riferito da altri: "l'unità di rete si collega da sola all'accesso".
    String.raw`\b(?:si )?(?:collega|connette|monta|mappa|avvia|sincronizza)(?: (?:ora|adesso|di nuovo))? (?:da sol[oaie]|automaticamente|in automatico) (?:alle|all|al|alla|allo|durante il|durante le|durante l|dopo il|dopo le|dopo l|a ogni|ad ogni)(?:'| )?(?:accesso|login|logon|avvio|accensione)\b`,
    // C197: job al 100 %, consegne al 100 %, flusso mail regolare: "100 % dei messaggi consegnati nelle ultime 24 ore".
    String.raw`\b100(?: ?%| per cento)? (?:dei |delle )?(?:messaggi |mail |email |job |backup )?(?:consegnat[ie]|recapitat[ie]|completat[ie]|riuscit[ie]|di consegna)(?: [\w-]+){0,2} (?:nelle|negli|nel|nell) (?:ultime|ultimi)\b`,
    String.raw`\bflusso (?:mail|e-?mail|di posta|posta)(?: \w+)? (?:e |ora |di nuovo |tornato )*(?:regolare|normale|normalizzato|ripristinato)\b`,
    String.raw`\b(?:backup|job|lavori)(?: [\w-]+){0,3} (?:al|completati al|riusciti al|vanno al|chiudono al) 100\b`,
    // C198: la formula di chiusura che dice definita la questione: "essendo la questione ormai definita, il ticket verrà chiuso".
    String.raw`\b(?:questione|pratica|richiesta|segnalazione|vicenda)(?: \w+){0,2} (?:e|essendo|risulta) (?:ora |ormai |definitivamente )*(?:definita|evasa|conclusa)\b`,
    String.raw`\bessendo (?:la|questa) (?:questione|pratica|richiesta|segnalazione|vicenda) (?:ora |ormai )?(?:definita|evasa|conclusa|risolta|chiusa)\b`,
    // C199: le stampe escono pulite.
    String.raw`\b(?:stampe|copie|pagine|fogli|etichette|scontrini|scansioni|documenti)(?: [\w-]+){0,2} (?:escono|vengono|sono) (?:ora |di nuovo |adesso )*(?:pulit[ei]|nitid[ei]|perfett[ei]|impeccabili|senza (?:macchie|righe|strisce|sbavature))\b`,
    // C200: un tutto-bene breve nella frase: "tutto sincronizzato", "è tutto liscio".
    String.raw`\btutto (?:sincronizza|si sincronizza|sincronizzato)\b(?! (?:tranne|ma|solo|salvo)\b)`,
    // C202: per tutti: "il software parte su tutte le postazioni", "si sincronizza su tutti i cellulari".
    String.raw`\b(?:si )?(?:funziona|funzionano|parte|partono|avvia|avviano|sincronizza|sincronizzano|gira|girano|stampa|collega|apre)(?: (?!non\b|solo\b)[\w'-]+){0,2} (?:su|per|a|in|con) (?:tutti|tutte) (?:i |le |gli )?[\w-]+\b(?! (?:tranne|ma|solo|salvo|eccetto)\b)`,
    String.raw`\b(?:tutto il|tutta la|l intero|l intera) (?:[\w-]+ )?(?:piano|ufficio|edificio|reparto|sede|team)(?: [\w-]+)? (?:ha|hanno) (?:di nuovo |nuovamente |ora )?(?:la rete|rete|internet|il wifi|la connessione|accesso)\b`,
    String.raw`\b(?:tutte|tutti) (?:le |i |gli )?(?:[\w-]+ )?(?:prese|porte|cartelle|condivisioni|unita|stampanti|casse|postazioni)(?: [\w-]+){0,4} (?:funzionano|sono (?:di nuovo |ora )?(?:raggiungibili|accessibili|attive|online))\b(?! (?:tranne|ma|solo|salvo)\b)`,
    // C203: la batteria regge di nuovo tutta la giornata.
    String.raw`\b(?:batteria|portatile|notebook|laptop)(?: [\w-]+){0,3} (?:regge|dura|tiene)(?: (?:di nuovo|ora|adesso))? (?:tutta la giornata|un intera giornata|una intera giornata|l intera giornata)(?: lavorativa)?\b`,
    // C204: i pagamenti con carta accettati di nuovo: "il POS accetta di nuovo le carte".
    String.raw`\b(?:incassa|accetta|accettano|processa) (?:di nuovo |ora |adesso |nuovamente )(?:i |le |il |la )?(?:pagamenti|carte|bancomat|pagamento)\b`,
    // C205: il monitoraggio verde su tutto da un'ora: "il monitoraggio è tutto verde dalle 9".
    String.raw`\b(?:monitoraggio|dashboard|prtg|zabbix|nagios|sonde|sensori)(?: [\w-]+){0,3} (?:mostra|e|sono|segna|resta|rimane)(?: (?:tutto|ora))* (?:in )?verd[ei](?: [\w-]+){0,4} (?:da|dalle|dalla|dal)\b`,
    // C158: doing its job: "fa il suo dovere", "sta facendo il suo lavoro".
    String.raw`\b(?:fa|fanno|facendo|svolge|svolgono) (?:di nuovo |bene )?il (?:suo|loro) (?:dovere|lavoro|mestiere|compito)\b(?! (?:solo|tranne|ma)\b)`,
    // C159: back to its old self, and calls clear again: "Teams è tornato quello di sempre", "le chiamate sono cristalline".
    String.raw`\b(?:e|sono) (?:tornat[oaie]|ritornat[oaie]) (?:quell[oaie]|quelli) di (?:sempre|prima)\b`,
    String.raw`\b(?:chiamate|telefonate|videochiamate|audio|voce|voci)(?: [\w-]+){0,3} (?:sono|e|si sentono|arrivano) (?:di nuovo |ora |adesso )?(?:cristallin[eia]|perfett[eia]|perfettamente|nitid[eia])\b(?! (?:solo|tranne|ma)\b)`,
    // C162: colloquial praise of a device that runs well: "l'ERP mo' va 'na favola", "va alla grande".
    String.raw`\b(?:va|vanno|gira|girano|funziona|funzionano) (?:che e |come )?(?:una|na|n a) (?:favola|meraviglia|bomba|scheggia)\b`,
    String.raw`\b(?:va|vanno|gira|girano) (?:da dio|alla grande|a meraviglia|liscio come l olio)\b`,
    // C163: the remedy told impersonally: "si è provveduto alla risoluzione", "si è posto rimedio al problema".
    String.raw`\bsi e (?:provveduto|proceduto) (?:alla|a) (?:risoluzione|sistemazione|correzione|riparazione|soluzione)\b`,
    String.raw`\bsi e posto rimedio (?:al|alla|ai|alle)\b`,
    // C167: all of a count green: "12/12 job di sincronizzazione verdi stanotte".
    String.raw`${ALL_OF_ALL}(?: (?!(?:non|ancora|ma|solo|ross[ie]|fallit[ie])\b)[\w'-]+){0,6} (?:verdi|in verde)\b(?! (?:non|ancora|ma|solo|tranne)\b)`,
    // C143: a count of all in a good state: "3/3 printers online", "4/4 bornes de nouveau en ligne", "12 of 12 tests passed".
    String.raw`${ALL_OF_ALL}(?: (?!(?:non|ancora|ma|solo|offline|fallit[ie]|giu)\b)[\w'-]+){0,5} (?:online|ok|di nuovo|collegat[ie]|connessi|funzionanti|registrat[ie]|superat[ie]|registrano|funzionano)\b(?! (?:non|ancora|ma|solo|offline|fallit[ie]|giu)\b)`,
    // C144: the fault gone or eliminated: "the drops were eliminated by the new QoS policy", "los reinicios han desaparecido".
    String.raw`\b(?:interruzioni|blocchi|crash|riavvii|errori|disconnessioni|cadute|scatti|rallentamenti|freeze|blocchi)(?: (?!non\b|ancora\b|solo\b)[\w'-]+){0,8} (?:sono (?:stat[ei] )?(?:eliminat[ie]|risolt[ie]|spariti|sparite|scomparsi|scomparse)|(?:sono )?(?:spariti|sparite|scomparsi|scomparse) (?:del tutto|definitivamente)?)\b`,
    // C148: all of a set in a good state: "Tutte le 22 caselle … si sincronizzano regolarmente".
    String.raw`\b(?:tutte le|tutti i|tutti gli) \d+ (?:[\w-]+ ){0,2}(?:caselle|utenti|account|pc|postazioni|telefoni|stampanti|telecamere|casse)(?: (?!non\b|ma\b|solo\b|tranne\b)[\w'-]+){0,8} (?:si sincronizzano|funzionano|sono online|sono collegat[ie]|registrano|sono operativ[ie])\b`,
    // C149: a device doing its work again: "il POS accetta di nuovo i pagamenti con carta".
    String.raw`\b(?:accetta|accettano|riceve|ricevono|registra|registrano|risponde|rispondono|rileva|rilevano|riconosce|riconoscono|carica|caricano|mostra|mostrano) (?:di nuovo|nuovamente)\b(?!(?: [\w'-]+){0,4} (?:errore\w*|errori|problemi|niente|nulla)\b)`,
    // C138: a monitored state held green over a span: "der Host bleibt seit gestern grün", "le voyant est resté vert toute la nuit".
    String.raw`\b(?:e rimast[oa]|sono rimast[ie]|rimane|rimangono|resta|restano|e restat[oa]) (?:sul |in )?(?:verde|stabile|stabili|online) (?:tutta la notte|tutto il giorno|tutto il weekend|tutto il fine settimana|da)\b`,
    // C127: a hedge that still asserts the present, with "now": "Ora dovrebbe funzionare", "Dovrebbe funzionare adesso".
    String.raw`\bdovrebbe(?:ro)?(?=(?: [\w'-]+){0,5} (?:ora|adesso|ormai)\b|(?<=\b(?:ora|adesso|ormai)(?: [\w'-]+){0,3} dovrebbe(?:ro)?))(?: (?:ora|adesso|ormai|tutto|di nuovo|gia|bene))* (?:funzionare|andare|andare bene|essere (?:tutto )?(?:a posto|ok|risolto|sistemato|funzionante|in ordine|normale|ripristinato|operativo))\b`,
    // C128: the customer invited to mark the ticket done: "Potete segnare il ticket come completato".
    String.raw`\b(?:potete|puoi|puo|possiamo|potreste|potrebbe)(?: \S+){0,2} (?:segnare|marcare|contrassegnare|impostare|mettere|dare)(?: \S+){0,3} (?:come|per) (?:completat[oa]|risolt[oa]|chius[oa]|evas[oa]|conclus[oa]|terminat[oa]|gestit[oa])\b(?!(?: [\w'-]+){0,6} (?:quando|se|appena|dopo|una volta)\b)`,
    // C130: an appearance that asserts the good state: "Sembra che funzioni".
    String.raw`\bsembra(?:no)? (?:che )?(?:(?!non\b)[\w']+ ){0,3}(?:funzioni|funzionino|funzionare|vada bene|vadano bene)\b(?! (?:solo|in parte|parzialmente|ma)\b)`,
    // C134: policies in effect on the machine: "le GPO vengono applicate".
    String.raw`\b(?:gpo|criteri(?: di gruppo)?|polic(?:y|ies))(?: (?!non\b)[\w'-]+){0,3} (?:vengono (?:correttamente )?applicat[ie]|sono (?:correttamente )?applicat[ie]|si applicano)\b(?! (?:solo|parzialmente|ma)\b)`,
    // C135: the application starts without the prompt that was the fault: "Word si apre senza chiedere l'attivazione".
    String.raw`\b(?:si apre|si aprono|si avvia|si avviano|parte|partono|si connette|si collega|accede|sincronizza)(?: [\w'-]+){0,3} senza (?:piu )?(?:chiedere|richiedere|mostrare|errori|errore|avvisi|avviso|messaggi|messaggio|richiest[ae]|prompt|popup|warning)\b(?!(?: [\w'-]+)? (?:solo|tranne|ma)\b)`,
    // C125: normal operation stated as confirmed, in the formal register: "Normal operation has been confirmed".
    String.raw`\bsi (?:conferma|e verificato|e constatato|e confermato) il (?:regolare|corretto|normale|buon) funzionamento\b`,
    // C126: as good as its peers: "works just like every other laptop in the office", "same speed as the rest".
    String.raw`\b(?:va|funziona) come (?:gli altri|le altre|il resto)\b`,
    String.raw`\bstessa (?:velocita|copertura) del resto\b`,
    // C114: every job of a run told as successful: "every backup job succeeded last night".
    String.raw`\b(?:tutti|tutte)(?: (?!non\b)[\w-]+){0,4} (?:backup|job|attivita|copie|test|processi|sincronizzazioni)(?: (?!non\b)[\w-]+){0,4} (?:(?:sono )?(?:completat|terminat|riuscit|andat|conclus)[ie] (?:a buon fine|con successo|correttamente|senza errori)|sono riuscit[ie])\b`,
    // C116: the good state as an attribute: "the now-working VPN", "das wieder funktionierende Profil".
    String.raw`\b(?:ora|adesso|finalmente) (?:funzionante|funzionanti|ripristinat[oaie])\b`,
    // C117: working as it did before the fault: "works exactly as before the update".
    String.raw`\b(?:funziona|funzionano|si comporta|si comportano|va|vanno)(?: [\w-]+){0,2} (?:esattamente |proprio )?come prima (?:del|della|dello|dell|delle|dei|degli)\b`,
    // C102, C105, C107, C109.
    String.raw`\b(?:si apre|apre|carica|si collega|parte)(?: [\w-]+){0,3} (?:subito|all istante|immediatamente|in pochi secondi)\b(?! (?:solo|ma)\b)`,
    String.raw`\b(?:cliente|utente)(?: [\w-]+){0,4} (?:ha confermato|conferma)(?: [\w-]+){0,3} che (?!(?:\w+ ){0,6}(?:non|ancora)\b)`,
    String.raw`\b(?:ha fatto|hanno fatto) il (?:suo )?(?:lavoro|dovere)\b`,
    // C90, C91: "0 elementi in coda", "perdita di pacchetti scesa a 0 %"; C99: "come prima del guasto".
    String.raw`\bperdit[ae](?: [\w-]+){0,5} (?:a|al|allo|tomark) 0\b(?! (?:to|tomark|a|naar|para|al|auf|do|till|до|الى)\b)`,
    String.raw`^(?:0|zero) (?:elementi|messaggi|job|lavori|file) (?:in coda|in sospeso|bloccati)\b`,
    String.raw`\bcome prima (?:del|della|dello|dell) (?:guasto|problema|blocco|errore|disservizio|incidente|rallentamento)\b`,
    // C98: "il sync adesso gira smooth", "il bug è stato fixato"; C97: "backup completato senza errori".
    String.raw`\b(?:e|sono|stato|stata|stati|state|ho|abbiamo|hanno) (?:stat[oaie] )?fixat[oaie]\b`,
    String.raw`\b(?:backup|job|sincronizzazione|aggiornamento|migrazione|copia)(?: [\w-]+){0,2} (?:completat[oaie]|riuscit[oaie]|terminat[oaie]) (?:senza errori|con successo|correttamente|regolarmente)\b`,
    // C83: speed back to normal or better than before the fault; messages that arrive as they should
    // now; a test run that came out clean ("printed two batches without skipping a label").
    String.raw`\b(?:e tornat[oa]|tornat[oa]|torna) (?:alla|a) (?:velocita|prestazioni) (?:normal[ei]|di sempre|abituali?)\b`,
    String.raw`\b(?:ha stampato|hanno stampato)(?: \S+){0,3} senza (?:saltare|sbagliare|perdere|incepparsi)\b`,
    // C80: the output right again, and the phone registered again with its calls going through:
    // "invoices come out with the correct logo again", "the desk phone registers with the PBX again".
    String.raw`\b(?:escono|esce|uscivano) di nuovo(?: [\w-]+){0,3} (?:giusto|giusta|giusti|corretto|corretta|corretti)\b`,
    String.raw`\bsi (?:registra|registrano) di nuovo\b`,
    String.raw`\ble chiamate (?:ora )?entrano ed escono\b`,
    // C64: the consequence that implies the fix: a run printed without a hitch, the queues drain
    // and jobs come out in seconds.
    String.raw`\b(?:stampato|stampati|stampate|stampata|scansionato|scansionati|inviato|inviati|uscito|usciti|uscite|uscita)(?: [\w-]+){0,10} senza (?:il minimo|la minima|alcun|alcuna|nessun|nessuna|un solo|una sola) (?:intoppo|intoppi|problema|problemi|errore|errori|inceppamento|incidente|disguido|inconveniente)\b`,
    String.raw`\bcode?(?: [\w-]+){0,3} si (?:svuotano|svuota|smaltiscono|smaltisce) (?:\w+ )?(?:regolarmente|normalmente|correttamente|di nuovo|senza problemi|bene)\b`,
    String.raw`\b(?:documenti|stampe|lavori|job|pagine)(?: [\w-]+){0,2} (?:escono|arrivano|partono) in (?:pochi|qualche|\d+|due|tre|cinque|dieci) second[io]\b(?! (?:solo|soltanto|ma|tranne)\b)`,
    // C67: a customer quoted saying it works: "Finalmente si stampa di nuovo, grazie mille!".
    String.raw`\bsi (?:stampa|lavora|scansiona|riesce a stampare|entra|accede) (?:di nuovo|nuovamente|finalmente|regolarmente|normalmente|senza problemi)\b`,
    // C52: status shorthand after the fix: "Spooler OK post-fix", "back in prod", "ticket closed".
    String.raw`\bok (?:post|dopo)[ -](?:il )?(?:fix|intervento)\b`,
    String.raw`\b(?:di nuovo|tornat[oa]|torna) in (?:produzione|prod)\b`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`\btutt[ei] (?:le |i )?(?:code|stampanti|postazioni) (?:stampano|funzionano|vanno)$`,
    // C54: it has run since without a single fault: "running without a single crash".
    String.raw`\b(?:gira|funziona|va|lavora)(?: (?!(?:deve|dovra|dovrebbe|sara|sarebbe|essere|da|non|ancora|quando|se|finche|puo|potrebbe)\b)[\w-]+){0,4} senza (?:un solo|una sola|neanche un|neppure un) (?:crash|blocco|errore|arresto|intoppo)\b`,
    // C55: the restoration told as a confirmed noun or passive: "Restoration of printing confirmed".
    String.raw`(?<!\bsenza (?:che (?:la |il |lo |l )?|una |alcuna )?)\b(?:ripristino|risoluzione|soluzione|riparazione)(?: (?!(?:parziale|parzialmente|solo|deve|dovra|dovrebbe|sara|sarebbe|essere|da|non|ancora|quando|se|finche|puo|potrebbe|tentativo|sia|siano|abbia)\b)[\w-]+){0,7} (?:confermat[oa]|verificat[oa]|completat[oa]|eseguit[oa]|terminat[oa]|conclus[oa]|riuscit[oa])\b(?! (?:solo|parzialmente|ma)\b)`,
    String.raw`\bconfermat[oa] (?:il )?ripristino\b`,
    // C59: a test page printed with success: "test page printed successfully on every queue".
    String.raw`\bpagin[ae] di prova(?: (?!(?:deve|dovra|dovrebbe|sara|sarebbe|essere|da|non|ancora|quando|se|finche|puo|potrebbe)\b)[\w-]+){0,2} (?:stampat[ae]|uscit[ae])(?: (?!(?:deve|dovra|dovrebbe|sara|sarebbe|essere|da|non|ancora|quando|se|finche|puo|potrebbe)\b)[\w-]+){0,1} (?:correttamente|con successo|senza errori|senza problemi)\b(?! (?:solo|soltanto|parzialmente)\b)`,
    // C61: the outcome as a headline: "fix successful", "printing restored", "stays up", "no more crashes".
    String.raw`\b(?:intervento|correzione|soluzione|riparazione)(?: \w+)? (?:riuscit[oa]|andat[oa] a buon fine)\b`,
    String.raw`^(?:la |il )?(?:stampa|servizio|accesso|connessione|posta)(?: (?!(?:deve|dovra|dovrebbe|sara|sarebbe|essere|da|non|ancora|quando|se|finche|puo|potrebbe)\b)[\w-]+){0,3} (?:ripristinat[oa]|riattivat[oa])\b(?! (?:solo|soltanto|parzialmente|in parte)\b)`,
    String.raw`^(?:il )?(?:problema|guasto|errore)(?: (?:del|dello|della|dei|degli|di|sul|sulla) [\w-]+(?: [\w-]+)?)? (?:risolto|sistemato|corretto)$`,
    String.raw`\b(?:resta|rimane) (?:avviat[oa]|attiv[oa]|in piedi|stabile|acces[oa])\b`,
    String.raw`\b(?:potete|puoi|possono|puo) (?:di nuovo |ora )?(?:stampare|lavorare|accedere|scansionare) come (?:sempre|prima|al solito)\b`,
    // C50: settled idioms and regional forms of "it works again" ("put to bed", fr-CA "asteure", nl-BE "terug").
    String.raw`\b(?:e|sono) (?:tornat[oaie]|rimess[oaie]) in forma\b`,
    // C45: the place of the fault is empty and stays so: "the queue is empty and stays empty".
    String.raw`\bcoda(?: \S+){0,3} (?:e|resta) vuota e (?:resta|rimane)\b`,
    // C35: the place of the fault stayed good over a span: "the queue stayed empty all week".
    String.raw`\bcoda(?: \S+){0,5} vuot[ae] (?:tutta la (?:settimana|giornata|mattina|notte)|tutto il (?:giorno|weekend|fine settimana|tempo)|per tutta la \w+|per tutto il \w+|da)\b`,
    // C36: it holds since the fix: "lo spooler regge da quando …"; "regge solo in bianco e nero" is
    // a partial result.
    String.raw`\b(?:regge|reggono|ha retto|hanno retto|tiene botta|tengono botta)\b(?!(?: \w+)? (?:solo|soltanto|appena|in parte|a malapena|per poco)\b)`,
    // C29: a formal closure: "Si comunica l'avvenuta risoluzione della problematica".
    String.raw`\b(?:si comunica|comunichiamo|comunico|confermiamo|si conferma|vi informiamo|si segnala|si notifica|si attesta|attestiamo|diamo atto)(?: (?:di|de|della|dello|delle|la|le|il|lo))* (?:avvenut[ao] |definitiv[ao] |completa |corretta )?(?:risoluzione|chiusura|ripristino|sistemazione|soluzione|correzione)\b`,
    // L: the anomaly is over: "anomalia rientrata", "problema superato".
    String.raw`\b(?:anomali[ae]|problem[ai]|problematic[ah]e?|allarm[ei]|criticita|disserviz(?:io|i)|guast[oi]|error[ei]|incident[ei]|emergenz[ae])(?: \w+){0,2} (?:e |sono |ormai |completamente |definitivamente |del tutto )*(?:rientrat[oaie]|superat[oaie])\b`,
    // C26: after several attempts, the last one did it: "il terzo tentativo è stato quello buono".
    String.raw`\b(?:il|la|le|lo) (?:second|terz|quart|quint|ultim|successiv)[oa] (?:\w+ )?(?:e stat[oa]|era|fu) (?:quell[oa] buon[oa]|quell[oa] giust[oa]|decisiv[oa]|risolutiv[oa]|efficace|la volta buona)\b`,
    String.raw`\b(?:al|alla) (?:second|terz|quart|quint|ultim)[oa] (?:tentativo|prova|volta|intervento)(?: \w+){0,2} (?:ha funzionato|e andata|e andato|ha risolto|ce la abbiamo fatta|ci siamo riusciti|e stata quella buona|e quella buona)\b`,
    // C25: the monitoring green again: "Il check su PRTG è tornato verde".
    String.raw`\b(?:check|monitor\w*|prtg|zabbix|nagios|dashboard|sensor[ei]|semafor[oi]|event viewer|log)(?: (?!era\b|erano\b|fosse\b|fossero\b|estava\b|estavam\b|estaba\b|estaban\b|stato\b|stata\b)[\w-]+){0,3} (?:e |sono |risulta |risultano |rimane |resta )?(?:tornat[oaie] |di nuovo |nuovamente |ancora )?(?:in )?(?:verde|verdi|pulit[oaie])\b(?! (?:solo|a tratti)\b)`,
    // C20: monitoring says all is well: "tutto verde".
    String.raw`\b(?:tutto|tutti|tutte)(?: \S+){0,6} (?:(?:e|sono|di nuovo|ora|adesso) )*(?:in )?verd[ei]\b`,
    // C15: a job or a step done with success, and the phrases that stand for it.
    String.raw`\bha fatto (?:il suo dovere|effetto|centro|il miracolo)\b`,

    String.raw`\b(?:viene|vengono) \w+ (?:correttamente|regolarmente|senza problemi)\b`,
    String.raw`\b(?:completat[oa]|conclus[oa]|terminat[oa]|chius[oa]|risolt[oa]|eseguit[oa])(?: \w+){0,2} con esito positivo\b`,
    String.raw`\b(?:app|applicazioni|office|windows|licenz[ae]|prodotti?)(?: \S+){0,3} (?:e|sono|risulta|risultano|e stata|sono state|e stato|sono stati)(?: \S+)? (?:attivat[aeio]|attiv[aeio])\b`,
    String.raw`\b(?:termina|terminano|finisce|finiscono|si conclude|si concludono|completa|completano)(?: \S+){0,3} (?:correttamente|con successo|senza errori)\b`,
    String.raw`\b(?:di nuovo|nuovamente|ora|adesso) (?:\S+ )?(?:pienamente |completamente |perfettamente )(?:operativ[oaie]|funzionant[ei]|disponibil[ei]|raggiungibil[ei])\b`,
    String.raw`\b(?:ticket|richiesta|segnalazione) (?:puo|possono) (?:ora )?essere (?:chius[oa]|archiviat[oa])\b`,
    String.raw`\b(?:individuat|trovat|identificat|localizzat)[oa] (?:ed?|e) (?:eliminat|risolt|corrett|sistemat)[oa]\b`,
    String.raw`\b(?:ora|adesso) e (?:\w+ )?(?:stabil\w*|a posto|ok|perfett\w*|funzionante|raggiungibile|accessibile)\b`,
    String.raw`\be (?:di nuovo|nuovamente|ora|finalmente|adesso) (?:raggiungibile|accessibile|disponibile|online|funzionante|operativ[oa]|a posto)\b`,
    String.raw`\b(?:ora|adesso) (?:\w+ ){0,4}senza (?:errori|problemi|interruzioni|blocchi|intoppi)\b`,
    String.raw`\bpront[oa] (?:alle uso|per le uso|a funzionare|per lavorare|ad essere usat[oa])\b`,
    String.raw`\b(?:arriva|arrivano|funziona|funzionano|parte|partono) (?:\w+ )?(?:di nuovo|nuovamente)\b(?! (?:in (?:crash|errore|blocco|tilt)|a (?:bloccarsi|singhiozzo)))`,
    // A password reset is work done, not a service restored.
    String.raw`(?<!(?:password|pin|credenziali|chiave) (?:\w+ ){0,2})\b(?:e|sono|e stato|e stata|sono stati|sono state|stato|stata|era|fu|risulta|si e|si sono)(?: ${ADV})* ${FIXED}\b`,
    String.raw`\b(?:abbiamo|ho|ha|hanno)(?: ${ADV})* (?:risolto|sistemato|riparato|corretto|ripristinato|aggiustato)\b`,
    String.raw`\b(?:risolvemmo|riparammo|sistemammo)\b`,
    String.raw`\b${DEVICE_VERBS}(?: ${ADV})* (?:di nuovo|nuovamente|come prima|ancora una volta)\b(?! (?:in (?:crash|errore|blocco|tilt|panne|palla|timeout)|giu|offline|a (?:bloccarsi|cadere|vuoto|singhiozzo)))`,
    // "Il login va a buon fine": the operation succeeds.
    String.raw`\b(?:va|vanno|e andat[oaie]|sono andat[oaie]|e (?:\w+ )?andat[oaie]|arriva|arrivano|giunge) (?:ora |di nuovo |adesso |finalmente |sempre )?a buon fine\b`,
    String.raw`\b(?:ha ripreso|hanno ripreso|riprende|riprendono|torna|tornano|e tornato|e tornata) a (?:funzionare|stampare|connettersi|partire|rispondere|sincronizzare)\b`,
    String.raw`\b(?:rifunziona|rifunzionano|riparte|ripartono)\b`,
    String.raw`\b(?:funzionava|stampava|partiva) (?:${ADV} )*(?:di nuovo|nuovamente)\b`,
    String.raw`\b(?:ha smesso|hanno smesso|smette|smettono) di (?:bloccarsi|andare in crash|disconnettersi|riavviarsi|dare errore|congelarsi|comparire|cadere)\b`,
    String.raw`\b(?:errore|problema|guasto|messaggio|blocco|crash)(?:i|e)? (?:e|sono|e ormai)?(?: ${ADV})* (?:sparit[oaie]|scompars[oaie]|andat[oaie] via)\b`,
    // C296 (honest): a condition that opens the part, with no comma before the closing: "Se domani i test vanno bene chiudiamo il ticket" ("i" is also the Polish "and").
    String.raw`(?<!^(?:se|quando|appena|non appena|qualora|una volta che|nel caso) (?:\S+ ){1,10})\b(?:chiudiamo|chiudo|chiudendo) (?:il|questo|la|questa|il vostro|il suo) (?:ticket|caso|richiesta|segnalazione)\b`,
    String.raw`\b(?:ticket|caso|richiesta|segnalazione|incidente) (?:e |viene |e stato |e stata )?(?:chius[oa]|risolt[oa])\b`,
    String.raw`\btutto (?:e |funziona |va |e tornato |torna )?(?:a posto|in ordine|bene|ok|normale|alla normalita|regolarmente)\b`,
    String.raw`\b(?:problema risolto|tutto risolto|di nuovo operativo|tornato alla normalita|puo (?:di nuovo |ora |adesso )+(?:stampare|lavorare|accedere|collegarsi))\b`,
    // Ability restored: "riesce di nuovo ad accedere", "può tornare a lavorare".
    String.raw`\b${ABLE} (?:di nuovo|nuovamente|ora|adesso|finalmente|ormai|gia|ancora una volta|tranquillamente)(?: (?:di nuovo|nuovamente|ora|adesso|finalmente|ormai|gia))* (?:a |ad |di )?(?:tornare a |ritornare a )?${NOT_SYMPTOM}${INFINITIVE}\b`,
    String.raw`\b(?:ora|adesso|finalmente|ormai|gia) (?:\w+ )?${ABLE} (?:a |ad |di )?(?:tornare a )?${NOT_SYMPTOM}${INFINITIVE}\b`,
    String.raw`\b${ABLE} (?:a |ad |di )?(?:tornare|ritornare) (?:a |ad )${NOT_SYMPTOM}${INFINITIVE}\b`,
    String.raw`\b${ABLE} (?:a |ad |di )?${NOT_SYMPTOM}${INFINITIVE} (?:ora|adesso|ormai|finalmente)\b`,
    String.raw`\b${ABLE} (?:a |ad |di )?${NOT_SYMPTOM}${INFINITIVE}(?: [\w-]+){0,4} (?:di nuovo|nuovamente|normalmente|regolarmente|senza (?:alcun |nessun )?(?:problemi|errori|intoppi|difficolta)|correttamente|come prima)\b`,
    // Fixed in any voice: "siamo riusciti a risolvere", "è stato eliminato".
    String.raw`\b(?:siamo riusciti|sono riuscit[oaie]|e riuscit[oa]|riusciti|riuscito|riuscita|siamo stati in grado|ce la abbiamo fatta|ce la ho fatta) (?:\w+ )?(?:a|ad|di) (?:risolvere|sistemare|riparare|ripristinare|correggere|aggiustare|eliminare|sbloccare|rimettere in funzione|far (?:funzionare|ripartire)|far(?:lo|la|li|le) (?:funzionare|ripartire))\b`,
    String.raw`\b(?:e stato possibile|si e riusciti a|si e potuto) (?:\w+ )?(?:ripristinare|risolvere|sistemare|riparare|correggere|sbloccare|far ripartire|far funzionare|far(?:lo|la) (?:ripartire|funzionare)|rimettere in funzione)\b`,
    String.raw`\b(?:guasto|problema|errore|anomalia|malfunzionamento|difetto|blocco|bug|disservizio|causa)(?: \w+){0,2} (?:e|sono) (?:stat[oaie] )?(?:${ADV} )*(?:eliminat[oaie]|rimoss[oaie]|superat[oaie]|risanat[oaie]|sanat[oaie]|rientrat[oaie])\b`,
    String.raw`\b(?:risolt|sistemat|riparat|ripristinat|corrett)[oaie] con successo\b`,
    String.raw`\b(?:[\w-]+ )?si e (?:\w+ )?(?:risolt|sistemat|ripristinat|normalizzat|sbloccat|stabilizzat)[oaie]\b`,
    // Good again: "è tornato online", "Internet è tornato", "la VPN è tornata stabile".
    String.raw`\b(?:e|sono|e ora|e finalmente|e gia) (?:\w+ )?(?:tornat|ritornat)[oaie] (?:online|on line|disponibil[ei]|raggiungibil[ei]|accessibil[ei]|stabil[ei]|operativ[oaie]|funzionant[ei]|attiv[oaie]|a posto|alla normalita|normal[ei]|in funzione|in linea|regolar[ei]|utilizzabil[ei]|in servizio)\b`,
    String.raw`\b(?:internet|connessione|rete|wifi|wi-fi|linea|servizio|accesso|posta|corrente|segnale|server|sito|sistema|stampante|vpn|collegamento|sincronizzazione)(?: \w+){0,2} (?:e |sono )?(?:tornat[oaie]|ritornat[oaie]|ripres[oaie]|rientrat[oaie])(?! (?:a (?:bloccarsi|cadere|dare)|giu|offline))\b`,
    String.raw`\b(?:tornat[oaie]|ritornat[oaie]|torna|tornano|rientrat[oaie]|rientra|rientrano|ritorno) (?:alla |nella )?(?:normalita|norma)\b|\b(?:in|nel) (?:normale )?funzionamento (?:normale|regolare)\b`,
    // Everything: "funziona tutto", "va tutto liscio", "tutto funziona".
    String.raw`\b(?:funziona|funzionano|va|gira|fila) tutto(?: (?:bene|liscio|ok|alla grande|perfettamente|regolarmente|a meraviglia|come si deve))?\b(?! (?:tranne|salvo|eccetto|a parte))`,
    String.raw`\btutto (?:fila|gira|procede|liscio|ok|perfetto|risolto|sistemato|a posto|operativo|funzionante|in ordine|regolare)\b`,
    // "Ora va.": a whole clause ("va" is also a French future, see find.ts).
    String.raw`(?:^|\b)(?:ora|adesso|finalmente) (?:mi |ci |gli |le |ti )?(?:va|vanno|funziona|funzionano|parte|gira)(?: tutto)?$`,
    // The fix worked: "è bastato riavviare", "la soluzione ha funzionato", "l'aggiornamento ha risolto il problema".
    String.raw`\b(?:e|sono) (?:\w+ )?bastat[oaie]\b|\b(?:ha|hanno) (?:\w+ )?(?:fatto effetto|dato (?:i suoi )?(?:frutti|risultati|esito positivo)|avuto (?:esito positivo|successo|effetto))\b|\b(?:e|sono) (?:stat[oaie] )?(?:efficac[ei]|risolutiv[oaie]|decisiv[oaie])\b`,
    String.raw`\b(?:questo|cio|soluzione|trucco|patch|correttivo|modifica|riavvio|aggiornamento|reinstallazione|procedura|metodo|intervento|workaround|reset|sostituzione|tutto)(?: (?!solo\b|soltanto\b|non\b|parzialmente\b)[\w-]+){0,3} (?:ha|hanno) (?:\w+ )?funzionato\b(?! (?:in parte|parzialmente|a meta|solo\b|soltanto|per (?:qualche|alcuni|alcune|poco|un|una|une)|fino))`,
    String.raw`\b(?:ha|hanno) (?:di nuovo|nuovamente|finalmente|ora|adesso|ormai|gia)(?: di nuovo)? accesso\b|\b(?:ha|hanno) (?:riottenuto|ritrovato|recuperato) (?:il |la |le |lo )?(?:accesso|connessione|funzionamento normale|normalita)\b`,
    String.raw`\be (?:ormai )?acqua passata\b`,
    String.raw`\b(?:conferma|confermano|confermato|constatato|verificato|rilevato|riscontrato)(?: [\w-]+){0,3} (?:il )?(?:corretto|buon|regolare|normale) funzionamento\b|\b(?:corretto|buon|regolare) funzionamento (?:confermato|verificato|ripristinato|riscontrato)\b`,
    String.raw`\b(?:ha|hanno) (?:\w+ )?permesso di (?:ripristinare|risolvere|sistemare|sbloccare|riparare|correggere|recuperare)\b`,
    String.raw`^(?:ok |bene |ora |adesso )+(?:va|funziona|stampa|parte)$`,
    // A participle in front: "Sistemata la VPN", "Risolto il problema".
    String.raw`^(?:finalmente )?(?:risolt|sistemat|ripristinat|riparat|corrett|sbloccat|aggiustat)[oaie] (?:il|lo|la|i|gli|le|anche) (?!(?:primo|prima|uno|una|parte|meta)\b)`,
    String.raw`\b(?:rimess|riportat|mess)[oaie] (?:di nuovo |nuovamente )?in (?:servizio|funzione|linea|produzione|esercizio)\b`,
    String.raw`\b(?:ha|hanno|abbiamo) (?:\w+ )?(?:validato|confermato|approvato) (?:la |il |le |lo )?(?:soluzione|risoluzione|correzione|intervento|fix)\b|\b(?:valida|validano|conferma|approva) (?:la |il |le )?(?:soluzione|risoluzione|correzione|intervento|fix)\b|\b(?:soluzione|correzione|intervento|fix) (?:e |e stat[oa] )?validat[oa]\b`,
    String.raw`\b(?:ok|operativ[oaie]|stabil[ei]) (?:da|dalle|dal|dalla|dallo|dai)\b`,
    // Closure: "procediamo con la chiusura del ticket".
    String.raw`\b(?:ticket|caso|richiesta|segnalazione|pratica) (?:ora |gia )?(?:si puo|puo|possiamo|si potrebbe) (?:ora |gia )?(?:chiudere|essere chius[oa]|archiviare|essere archiviat[oa])\b`,
    String.raw`\b(?:e|sono) (?:\w+ )?(?:ripartit[oaie]|ripres[oa] a funzionare)\b|\bsi e (?:\w+ )?ripres[oa]\b`,
    String.raw`(?<!quasi )(?<!non )\btutto (?:funziona|funzionante|va|gira|fila|procede)\b(?! (?:male|tranne|salvo|eccetto|a rilento|a singhiozzo|storto|a rotoli|in crash|in errore))`,
    String.raw`\b(?:procediamo|procedo|si procede|possiamo procedere|passiamo)(?: con| alla| a)? (?:la )?chiusura (?:del|della|di questo|di questa|dello) (?:ticket|caso|richiesta|segnalazione|intervento)\b`,
    String.raw`\b(?:possiamo|puoi|potete|si puo|si possono) (?:ora |gia )?chiudere (?:il|questo|la|questa) (?:ticket|caso|richiesta|segnalazione)\b`,
  ],
  stateClaims: [
    // C229: uno stato stabile in una parola di lode: "il server gira benone", "la connessione è perfetta da stamattina".
    String.raw`\b(?:va|vanno|gira|girano|funziona|funzionano|e|sono|fila|filano|procede|procedono|marcia|marciano|viaggia|viaggiano|corre|corrono|risponde|rispondono|stampa|stampano|regge|reggono)(?: (?:ora|adesso|ormai|di nuovo|finalmente|davvero|proprio|tutto))* (?:benone|alla grande|a meraviglia|una meraviglia|che e una meraviglia|che e un piacere|da dio|a mille|a razzo|come un razzo|come una scheggia|una scheggia|una bomba|una favola|liscio come (?:l|le|lo) olio|liscia come (?:l|le|lo) olio|impeccabile|impeccabili|perfett[oaie] (?:da|ora|adesso|di nuovo)|solid[oaie] come una roccia|stabilissim[oaie])\b(?! (?:tranne|salvo|eccetto|solo|ma|fino)\b)`,
    // C27: as fast as before: "Adesso è veloce come prima".
    String.raw`(?<!\b(?:quasi|non|non ancora|non piu|ancora non) )\b(?:(?:tanto|cosi|di nuovo|altrettanto) )?(?:veloce|rapid[oa]|fluid[oa]|stabile|scattante|reattiv[oa]|bene) (?:come|quanto) (?:prima|sempre|un tempo|alla? inizio|una volta|il primo giorno)\b`,
    // C21: better than before ("molto più veloce di prima"); "un po' più" is a partial result.
    String.raw`(?<!\b(?:un po|un poco|leggermente|appena|non) )\b(?:(?:molto|parecchio|decisamente|ben|nettamente|davvero) )?(?:piu (?:veloce|stabile|fluid[oa]|reattiv[oa]|affidabile|rapid[oa])|meglio) (?:di prima|che prima|rispetto a prima)\b`,
    // C17: busy for a stretch of time without trouble: "tutta la mattina senza intoppi".
    String.raw`\b(?:tutta la (?:mattina|mattinata|giornata|settimana|notte)|tutto il (?:giorno|pomeriggio)|da stamattina)(?: \w+){0,3} senza (?:alcun |nessun |alcuna |un )?(?:problem[ai]|intopp[oi]|error[ei]|interruzion[ei]|blocch[oi]|disservizi)\b`,
    String.raw`\b${DEVICE_VERBS}(?: ${ADV})* (?:bene|correttamente|perfettamente|regolarmente|normalmente|senza (?:problemi|errori|interruzioni|blocchi|intoppi)|come dovrebbe|alla grande|benissimo|alla perfezione|a meraviglia)\b`,
    String.raw`\b${WORKS}(?: [\w-]+){0,3} ${MANNER}(?! (?:solo|soltanto|a tratti|quando|tranne|salvo|eccetto|se\b|su un altro|su una altra|da un altro|da una altra|con un altro|nel frattempo|per ora|per il momento|via|in modalita))\b`,
    String.raw`\b(?:e|sono|risulta|risultano|rimane|rimangono|resta|restano)(?: ${ADV})* (?:stabil[ei]|raggiungibil[ei]|accessibil[ei]|disponibil[ei]|online|funzionant[ei]|operativ[oaie]|utilizzabil[ei])\b`,
  ],
  symptomClaims: [
    // C317: nobody has the fault any more: "non c'è più nessuno che veda l'errore", "più nessuno riceve l'avviso".
    String.raw`(?<!\b(?:quasi|praticamente) )\bnon ce e piu nessun[oa]? (?:utente |collega |postazione )?che\b|\b(?:piu )?nessuno (?:riceve|vede|ha|segnala|lamenta|resta) piu\b|(?<!\bquasi )\bpiu nessuno (?:riceve|vede|ha|segnala|lamenta|resta)\b`,
    // C318: not a single failure since a change: "nemmeno un errore dalla sostituzione".
    String.raw`^(?:nemmeno|neanche|neppure|non) (?:un|una) (?:sol[oa] )?(?:[\w-]+ )?(?:errore|errori|blocco|blocchi|disconnessione|caduta|crash|inceppamento|avviso)(?: [\w-]+){0,5} (?:da|dalla|dal|dopo)\b`,
    // C287: no longer a problem: "il Wi-Fi della sala riunioni non è più un problema", "la stampante non dà più problemi".
    String.raw`\bnon (?:e|sono|rappresenta|rappresentano|costituisce|costituiscono) piu (?:un |una |alcun )?(?:problema|problemi|questione|grattacapo|fastidio|rogna)\b`,
    String.raw`\bnon (?:da|danno|crea|creano|causa|causano) piu (?:alcun |nessun )?(?:problema|problemi|grattacapi|fastidi|noie)\b`,
    // C289: not a single dropped call since the change: "neanche una chiamata caduta oggi dopo la sostituzione dello switch", "nessuna telefonata persa da ieri".
    String.raw`\b(?:neanche|nemmeno|neppure|nessuna|nessun|zero|non una sola|non un solo) (?:una |un |una sola |un solo |singola )?(?:chiamata|chiamate|telefonata|telefonate|conversazione|conversazioni|connessione|connessioni|sessione|sessioni) (?:caduta|cadute|persa|perse|interrotta|interrotte|saltata|saltate|fallita|fallite)(?: [\w-]+){0,4} (?:oggi|stamattina|ieri|piu|da|dalla|dal|dallo|dopo|da quando|questa settimana|finora)\b`,
    // C290: not seen the fault once since the change: "non ho più visto il popup del certificato dalla patch", "l'avviso non è comparso neanche una volta".
    String.raw`\bnon (?:ho|abbiamo|ha|hanno) piu (?:visto|notato|avuto|rilevato|riscontrato) (?:il |la |lo |le |i |gli |alcun |alcuna |nessun |nessuna |un |una |quel |quella )?(?:(?!(?:notizie|risposta|riscontro|aggiornamenti|sul|sulla|sui|dal|dalla|per)\b)[\w-]+ ){0,3}(?:popup|pop-up|errore|errori|avviso|avvisi|finestra|finestre|problema|problemi|crash|blocco|blocchi|schermata blu|disconnessioni|cadute|avvertimento|avvertimenti)\b`,
    String.raw`\bnon (?:e|sono) (?:piu )?(?:compars[oaie]|appars[oaie]|ricompars[oaie]|riappars[oaie]|uscit[oaie]|saltat[oaie] fuori|spuntat[oaie]) (?:neanche|nemmeno|neppure) una volta\b`,
    // C225: nessun problema in un arco di tempo: "da due giorni nessun problema con l'unità di rete", "da tre giorni non c'è stato nessun errore".
    String.raw`(?<!\b(?:non|ancora|quasi|se|quando|finche|prima)\b(?: [\w-]+){0,2} )\b(?:da|ormai da|gia da|sono|ormai sono|negli ultimi|nelle ultime|in) (?:ormai |gia )?(?:\d+|un|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|diversi|diverse|alcuni|alcune|parecchi|parecchie) (?:giorni|giorno|settimane|settimana|ore|notti|giornate|giornata)(?: (?:interi|intere|pieni|piene|di fila|ormai|che))*(?: (?!(?:era|erano|ebbe|furono|sara|saranno)\b)[\w-]+){0,4} (?:nessun|nessuna|nessuno|neanche un|neanche una|nemmeno un|nemmeno una|neppure un|zero|non (?:ce e|ci sono|ce e stato|ce e stata|ci sono stati|ci sono state|e stato|abbiamo|abbiamo avuto|ha dato|da|ha avuto|si e presentato|si e verificato|si sono presentati|si sono verificati|si verifica|si verificano|si presenta|si presentano|registriamo|abbiamo registrato|e comparso)(?: piu)?(?: (?:alcun|alcuna|nessun|nessuna|un|una|mezzo))?|senza(?: (?:alcun|alcuna|nessun|nessuna|un|una))?)(?: [\w-]+)? (?:problemi|problema|errori|errore|guasti|guasto|intoppi|intoppo|blocchi|blocco|disconnessioni|disconnessione|cadute|caduta|lamentele|lamentela|segnalazioni|segnalazione|inconvenienti|inconveniente|crash|anomalie|anomalia|interruzioni|interruzione)\b`,
    String.raw`\b(?:nessun|nessuna|neanche un|neanche una|nemmeno un|nemmeno una|zero)(?: [\w-]+){0,2} (?:problemi|problema|errori|errore|guasti|guasto|intoppi|intoppo|blocchi|blocco|disconnessioni|cadute|lamentele|segnalazioni|inconvenienti|crash|anomalie|interruzioni)(?: [\w-]+){0,5} (?:da|negli ultimi|nelle ultime|in) (?:\d+|un|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|diversi|diverse|alcuni|alcune) (?:giorni|giorno|settimane|settimana|ore|notti|giornate)\b(?! (?:poi|fino|prima|ma)\b)`,
    // C226: niente da ridire, come modo di dire: "non posso lamentarmi", "non ci possiamo lamentare del nuovo router".
    String.raw`(?<!\b(?:se|quando|speriamo|spero)\b(?: [\w-]+){0,2} )\bnon (?:mi |ci |si )?(?:posso|possiamo|puo|possono) (?:proprio |davvero )?(?:lamentar(?:mi|ci|si|e)|lagnar(?:mi|ci|si|e))\b(?! (?:con il fornitore|col fornitore|con la assistenza|presso)\b)`,
    String.raw`\b(?:niente|nulla) da (?:ridire|eccepire|lamentare)\b`,
    // C227: più niente che non va: "il portatile non ha più niente che non va", "più nulla di strano".
    String.raw`\bpiu (?:niente|nulla) (?:che non va|che non vada|che non funziona|di strano|di anomalo|di sbagliato|di rotto)\b`,
    // C232: nessun messaggio di errore all'avvio da allora: "nessun avviso di errore all'avvio da ieri".
    String.raw`\b(?:nessun|nessuna|neanche un|neanche una|nemmeno un|nemmeno una|niente piu|piu nessun|piu nessuna)(?: [\w-]+){0,3}? (?:messaggi|messaggio|avvisi|avviso|errori|errore|finestre|finestra|popup|pop-up|notifiche|notifica|schermate|schermata|blocchi|blocco|crash)(?: [\w-]+){0,6} (?:da|dalla|dal|dalle|dallo) (?:ieri|stamattina|stamani|stanotte|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|allora|quando|[\w-]*(?:intervento|aggiornamento|sostituzione|riavvio|cambio|reinstallazione))\b`,
    // C197: nessun guasto contato dalla modifica: "0 crash dalla patch".
    String.raw`\b(?:0|zero) (?:[\w-]+ ){0,2}(?:crash|errori|errore|blocchi|cadute|allarmi|riavvii|guasti|disconnessioni)(?: [\w'-]+){0,6} (?:da|dalla|dal|dopo la|dopo il) (?:[\w-]+ )?(?:patch|riavvio|aggiornamento|sostituzione|intervento|correzione|fix|riparazione|migrazione)\b`,
    // C160: nothing left to report since the fix: "niente da segnalare sullo scanner dopo l'intervento", "nulla più da segnalare".
    String.raw`\b(?:niente|nulla) (?:piu |di nuovo )?da segnalare(?: [\w'-]+){0,6} (?:dopo|dall|dalla|dal|da quando)(?: l| la| il| lo)? (?:intervento|sostituzione|modifica|aggiornamento|riavvio|riparazione|fix|cambio|reinstallazione)\b`,
    String.raw`\b(?:niente|nulla) piu da (?:segnalare|lamentare|ridire)\b`,
    // C165: since then not a single fault: "Firewall riavviato. Da allora nemmeno una caduta."
    String.raw`\b(?:da allora|da quel momento|da li|dopo di che|da quel giorno) (?:in poi )?(?:(?:non |piu )?(?:nemmeno|neanche|neppure|nessuna|nessun|nessuno) )(?:una |un |uno )?(?:sola |solo )?\w*(?:cadut|crash|blocc|disconnession|error|riavvi|interruzion|inceppament|freeze|disservizi)\w*`,
    // C145: no more of the fault: "Niente più scatti durante le videochiamate".
    String.raw`\b(?:niente piu|nessun altro|nessuna altra|basta) (?:scatti|blocchi|crash|cadute|disconnessioni|errori|interruzioni|rallentamenti|freeze|riavvii)\b`,
    // C147: a span of work without a single fault: "Sta lavorando sul gestionale da stamattina senza che si blocchi nemmeno una volta".
    String.raw`\b(?:da stamattina|da stamani|da ieri|da lunedi|da questa mattina|tutta la mattina|tutto il giorno|tutto il pomeriggio)(?: [\w'-]+){0,6} senza (?:che (?:si )?(?:blocchi|blocchino|cada|cadano|dia|diano|esca|escano)|un solo|una sola|nessun|nessuna|alcun|alcuna)\b`,
    // C129: a run completed without warnings or errors: "il backup è terminato senza errori".
    String.raw`\b(?:backup|copi[ae]|job|attivita|sincronizzazion[ei]|deploy|aggiornament[oi]|migrazion[ei]|replic[ae])(?: (?!non\b|solo\b)[\w'-]+){0,9} (?:terminat[oaie]|completat[oaie]|conclus[oaie]|andat[oaie] a buon fine) (?:correttamente )?(?:senza (?:alcun |alcuna |nessun |nessuna )?(?:avvisi|avviso|errori|errore|warning|allarmi|problemi|intoppi))\b(?! (?:tranne|solo|ma)\b)`,
    // C131: the fault does not come back: "L'errore non si ripresenta".
    String.raw`\b(?:errore|errori|problema|problemi|guasto|guasti|blocco|blocchi|messaggio|messaggi|avviso|avvisi|crash|disconnession[ei])(?: [\w'-]+){0,3} non si (?:ripresenta|ripresentano|ripete|ripetono|riproduce|riproducono|e (?:piu )?ripresentat[oaie]|e (?:piu )?ripetut[oaie]|sono (?:piu )?ripresentat[ie])\b`,
    // C124: the workaround or the chore no longer needed: "doesn't have to use the webmail workaround now".
    String.raw`\bnon (?:deve|devono|ha bisogno di|hanno bisogno di) piu (?:usare|utilizzare|passare per|ricorrere a)\b`,
    // C118: held for a span of time without the fault: "has held for two days now without a single disconnect".
    String.raw`\b(?:regge|tiene|funziona|gira|va)(?: \w+){0,3} (?:giorni|ore|settimane|notti)(?: \w+)? senza (?:una sola|un solo|alcuna|alcun|nessuna|nessun) \w+`,
    // C119: not once since a point in time: "since 3 pm the Wi-Fi has not dropped once", "no errors since the reboot".
    String.raw`\bnon ci sono piu state (?:disconnessioni|interruzioni|cadute|errori|blocchi)\b`,
    String.raw`\b(?:nessun|nessuna|neanche un|neanche una|zero) (?:errore|blocco|disconnessione|caduta|crash)(?: \w+){0,3} (?:da|dal|dalla|dopo)\b(?! parte\b)`,
    // C113: a loss measured as none: "0 % loss over 500 packets", "丢包率0%".
    String.raw`\b0 (?:di )?(?:perdita|perdite|pacchetti persi|errori|disconnessioni)\b(?! (?:a|tomark)\b)`,
    // C115: the user with nothing left to complain about: "has nothing more to complain about".
    String.raw`\bnon ha piu (?:nulla|niente) da (?:segnalare|ridire|lamentare)\b`,
    String.raw`\bnon si lamenta piu\b`,
    String.raw`\bnessuna lamentela\b(?: \w+){0,2} (?:da allora|piu)\b`,
    // C105: "Contento che ne siamo venuti a capo!": its "ne" is no negation.
    String.raw`\b(?:contento|contenta|felice|lieto|lieta) che (?:ne )?(?:siamo venuti a capo|abbiamo risolto|siamo riusciti)\b`,
    // C103: "il gestionale non si rifiuta più di partire", "non c'è più niente che non vada".
    String.raw`\bnon si (?:rifiuta|rifiutano) piu di\b`,
    String.raw`\bnon (?:ce e|c e|ce) piu (?:niente|nulla) che non (?:va|vada)\b`,
    // C90: the fault counted as none ("0 failed logons"): its failure word is no negation of a claim.
    String.raw`\b(?:0|zero|nessun|nessuna) (?:[\w-]+ ){0,3}(?:fallit[oiae]|non riuscit[oiae]|pers[oiae]|bloccat[oiae]|rifiutat[oiae])\b`,
    // C92: "nessuna nuova disconnessione della VPN nel weekend"; C90 as a label, "nessun errore di sincronizzazione".
    String.raw`\b(?:nessuna?|nessun|zero|non ci sono) (?:nuova|nuove|nuovo|nuovi|altra|altre|altro|altri|ulteriori) (?:[\w-]+ ){0,1}(?:disconnession[ei]|interruzion[ei]|cadut[ae]|error[ei]|blocc(?:o|hi)|crash|guast[oi]|problem[ai]|segnalazion[ei]|lamentel[ae])\b`,
    String.raw`^(?:nessun|nessuna|zero) (?:errore|errori|problema|problemi|blocco|blocchi|crash|disconnessione|disconnessioni)(?: di [\w-]+)?$`,
    String.raw`\bnon (?:si )?(?:e|sono) piu (?:ripresentat[oaie]|ripetut[oaie]|verificat[oaie]|presentat[oaie])\b`,
    // C94: "gli utenti non devono più reinserire le credenziali".
    String.raw`\bnon (?:devono|deve|devi|serve|occorre|bisogna|hanno bisogno di|ha bisogno di|ce e bisogno di) piu (?:[\w-]+ ){0,2}(?:riavviare|reinserire|rifare|ricollegare|riconnettere|reimpostare|ridigitare|rientrare)\b`,
    // C86: the monitoring has not seen a single outage since the change, told with its own verb:
    // "n'a remonté aucune coupure depuis", "一度も検知されていません".
    String.raw`\b(?:monitoraggio|monitoring)\b(?: \S+){0,2} non (?:segnala|rileva|registra|ha (?:segnalato|rilevato|registrato)) piu (?:cadute|disconnessioni|errori|interruzioni|guasti|allarmi|blocchi)\b`,
    // C82: the fault told as ended in the present, with its own verb: "the paper jams have stopped",
    // "ya no se atasca", "non si inceppa più", "紙詰まりはもう起きていません".
    String.raw`\bnon si (?:inceppa|inceppano|blocca|bloccano|pianta|piantano|disconnette|disconnettono|impalla|impallano|riavvia|riavviano) piu\b`,
    // C81: a fault counter held at zero since the change, and a backup's log clean with no error:
    // "CRC error counter: still 0 since the cable swap", "last night's backup log is clean, 0 errors".
    String.raw`\blog del backup(?: [\w'-]+){0,5} (?:e|era) pulito\b`,
    String.raw`\bcontator[ei](?: [\w'-]+){0,10} (?:fermo |fissa |ancora |resta |rimane )?(?:a )?(?:0|zero)\b(?: [\w-]+){0,2} (?:da|dalla|dal|dopo)\b`,
    // C64: nobody has been in touch about it since: "nessun utente ha più chiamato l'assistenza".
    String.raw`\b(?:nessuno|nessun utente|nessun cliente|nessun collega|nessuna utente|neanche un utente|nemmeno un utente) (?:ci )?(?:ha|hanno) piu (?:chiamato|contattato|telefonato|scritto|segnalato|aperto)\b`,
    // C65: a span of time with no fault: "non si è registrato nemmeno un arresto dello spooler".
    String.raw`\bnon (?:si )?(?:e|sono|ha|hanno|abbiamo) (?:piu )?(?:stato |stati |stata )?(?:registrat|rilevat|verificat|osservat|vist|segnalat)[oaie] (?:nemmeno|neanche|neppure|alcun|alcuna|nessun|nessuna|un solo|una sola) (?:un |una |un solo |una sola )?(?:\w+ )?(?:arrest|blocc|crash|error|guast|interruzion|event|riavvi|cadut)\w*`,
    // C68: what was missing came back too, so nothing is left open: "non resta nulla in sospeso".
    String.raw`\bnon (?:ci )?(?:resta|rimane|restano|rimangono|e) (?:piu )?(?:nulla|niente|nessun\w*) (?:\w+ )?(?:in sospeso|aperto|aperti|aperta|da risolvere|di aperto|di pendente|pendente)\b`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`\bnessun (?:\w+ )?repro (?:dopo|da)\b`,
    String.raw`\bnon (?:si )?riproduce piu\b`,
    // C57: litotes of the fault: "no longer exactly broken", "can hardly be called faulty".
    String.raw`\bnon (?:e|sono) piu (?:proprio|davvero|tanto|esattamente|del tutto) (?:in panne|guast[oa]|rott[oa]|ko|fuori uso|bloccat[oa])\b`,
    // C61: the outcome as a headline: "fix successful", "printing restored", "stays up", "no more crashes".
    String.raw`\bnessun (?:altro|ulteriore) (?:crash|blocco|errore|arresto)\b`,
    // C46: not one job stuck, as a count (after a comparison with last week): "no stuck jobs at all".
    String.raw`\bnessun[ao]? (?:\w+ )?(?:stampa|stampe|lavoro|lavori|documento|documenti|job) (?:bloccat|incastrat|appes)\w*`,
    // C44: a fault counted as zero in a log or over a span: "zero spooler crashes in the last 72 hours".
    String.raw`\b(?:zero|0|nessun[oa]?) (?:crash|errori|errore|blocchi|blocco|arresti|guasti|problemi|anomalie)(?: [\w-]+){0,6} (?:nelle ultime|negli ultimi|dal|dalla|dalle|da ieri)\b`,
    // C34: a fault counted as none over a span of time: "not a single stuck job since Tuesday".
    String.raw`\b(?:neanche|nemmeno|neppure|nessun|nessuna) (?:un |una )?(?:solo |sola )?(?:lavor[oi]|stamp[ae]|job|document[oi]) (?:bloccat|incastrat|impallat|piantat|appes|fermat)\w*(?: \w+){0,3} (?:da|dopo|piu)\b`,
    // C40: it no longer crashes, in the perfect: "non si è più piantato".
    String.raw`\bnon (?:si )?(?:e |sono |ha |hanno )?piu (?:piantat|bloccat|crashat|impallat|incastrat|fermat|caduto|caduta|spent)\w*\b`,
    // C31: it did not come back: "non si è ripresentato", "non più riproducibile".
    String.raw`\bnon (?:si )?(?:e|sono) (?:piu |stat[oa] piu )?(?:ripresentat|ripetut|riprodott|ricompars|tornat|riappars)[oaie]\b(?! (?:a|ad) \w+are\b)`,
    String.raw`\bnon (?:e |sono )?piu riproducibil[ei]\b`,
    // C23: nobody complained since: "Nessuno si è più lamentato".
    String.raw`\bnessuno (?:si )?(?:e |ha |ci ha |mi ha )?(?:piu )?(?:lamentato|segnalato|chiamato|richiamato|reclamato)\b`,
    // C16: no complaints since a time: "Nessuna lamentela da lunedì" ("da parte di" is "from").
    String.raw`\b(?:nessuna?|neanche una?|nemmeno una?|zero|non (?:ci sono )?piu) (?:\w+ )?(?:lamentel[ae]|reclami?|segnalazion[ei]|ticket|chiamate?|disservizi|allarm[ei]|alert|crash|event[oi])(?: \w+){0,5} (?:da|dal|dalla|dalle|dallo|da quando|dopo)\b(?! parte\b)`,
    // C14 led by its verb: "va" is a modal of another language and would excuse what follows it.
    String.raw`\b(?:va|vanno|funziona|funzionano|gira|girano) (?:meglio|piu \w+) che mai\b`,
    // C15: a job or a step done with success, and the phrases that stand for it.
    String.raw`\bnon serve (?:altro|nient altro|nulla)\b`,
    // C14: better than ever: the device not only works, it works better than before.
    String.raw`\b(?:meglio|piu \w+) che mai\b`,
    String.raw`\bmai (?:stat[oa]|andat[oa]|funzionat[oa]) (?:cosi|meglio)\b`,
    String.raw`\b(?:ora|adesso) (?:\w+ ){0,4}senza (?:errori|problemi|interruzioni|blocchi|intoppi)\b`,
    String.raw`\bnon e piu (?:guast|rott|bloccat|offline|fuori servizio|in errore|difettos)\w*`,
    String.raw`\b(?:niente piu|basta|addio|stop|fine|finiti|finite|finito) (?:con |a |ai |agli |alle |i |gli |le |il |lo |la )?(?:problem|error|blocch|crash|disconnession|intopp|avvis|messagg|riavvi|rallentament|schermat|popup|pop-up|interruzion|cadut)\w*\b`,
    String.raw`\b${WORKS}(?: [\w-]+){0,3} senza (?:alcun|alcuna|nessun|nessuna|piu|il minimo|la minima) (?:problem|error|intopp|interruzion|blocch|crash|rallentament|disconnession|difett|inconvenient|anomali|cadut|perdit|singhiozz|scatt|lag)\w*\b`,
    String.raw`\bnon (?:si )?(?:e|sono) piu (?:verificat|presentat|ripresentat|bloccat|comparso|comparsa|apparso|apparsa|successo|successa|capitat|riprodott)\w*\b`,
    String.raw`\bnon (?:mi |ci |gli |le |ti )?(?:ha|hanno|abbiamo|ho) piu (?:(?:visto|avuto|riscontrato|ricevuto|notato|rilevato) )?(?:il |lo |le |la |gli |i |quel |quell |alcun |alcuna |nessun |nessuna )?(?:difficolta|errore|errori|problem\w*|blocch\w*|crash|disconnession\w*|avvis\w*|messagg\w*|intopp\w*|rallentament\w*)\b`,
    String.raw`\bnon (?:va|vanno) piu in (?:crash|errore|blocco|tilt|palla)\b`,
    String.raw`\bnon (?:mi |ci |gli |le |ti )?(?:da|danno|fa|fanno|segnala|segnalano|mostra|mostrano) piu (?:il |lo |le |la |gli |i |quel |quell |quello |questo |alcun |nessun )?(?:errore|errori|problem\w*|avvis\w*|messagg\w*|storie|capricci|fastidi)\b`,
    // A negation between the fault and the verb ("n'a pas disparu", "non è sparito", "não sumiu")
    // denies the disappearance: the pattern carries no negation of its own here.
    String.raw`\b(?:errore|problema|guasto|messaggio|blocco|crash|avviso|popup|pop-up|finestra|rallentamento|disconnession[ei]|anomalia|schermata)(?:i|e)?(?: (?!non\b|mai\b)[\w-]+){1,3} (?:e|sono|e ormai)?(?: (?!non\b|mai\b)${ADV})* (?:sparit[oaie]|scompars[oaie]|andat[oaie] via)\b`,
    String.raw`\bnon si (?:presenta|ripresenta|verifica|blocca|disconnette) piu\b`,
    String.raw`\bnon (?:e |sono |sara )?(?:necessari[oae]?|richiest[oaie]|serve|servono|occorre|occorrono) (?:(?:nessun[oa]?|altr[oaie]|ulteriori)(?: altr[oaie])? )?(?:azion[ei]|intervent[oi]|passaggi|operazion[ei])\b`,
    String.raw`\bnon (?:si )?(?:blocca|bloccano|compare|compaiono|appare|appaiono|va in crash|vanno in crash|si disconnette|si riavvia|da errore|danno errore|si verifica|succede|cade|cadono)(?: \w+){0,2} piu\b`,
    String.raw`\bnon (?:si )?(?:e|sono) piu (?:verificat[oaie]|presentat[oaie]|ripresentat[oaie]|bloccat[oaie])\b`,
    String.raw`\b(?:nessun|nessuna|niente|senza|non ci sono stati|non ci sono state|non ci sono piu) (?:nuovo |nuova |nuovi |nuove |altri |altre |altro |altra )?(?:errore|errori|crash|blocco|blocchi|disconnession[ei]|problem[ai]|interruzion[ei]|incident[ei]|segnalazion[ei]|anomali[ae]|guast[oi]|cadut[ae])(?: \w+)? (?:da|dal|dalla|dalle|dallo|dai|dagli|dopo|piu)\b(?! parte\b)`,
  ],
  actions: [
    String.raw`\b(?:sostituit[oaie]|reinstallat[oaie]|installat[oaie]|riavviat[oaie]|aggiornat[oaie]|reimpostat[oaie]|riconfigurat[oaie]|configurat[oaie]|cancellat[oaie]|rimoss[oaie]|eliminat[oaie]|ripulit[oaie]|ricreat[oaie]|migrat[oaie]|formattat[oaie]|disinstallat[oaie])\b`,
  ],
  negativeSubjects: ['niente', 'nulla', 'nessuno', 'nessuna', 'nessun', 'ne'],
  without: ['senza'],
  // C123: a failure word, like the English "failed": "…, pero las del martes han vuelto a fallar".
  negators: [
    'non',
    'mai',
    'nessun',
    'nessuna',
    'nessuno',
    'ne',
    'niente',
    'nulla',
    'neanche',
    'nemmeno',
    'male',
    'fallito',
    'fallita',
    'falliti',
    'fallite',
  ],
  modals: [
    'sara',
    'saranno',
    'sarebbe',
    'verra',
    'andremo',
    'andra',
    'potra',
    'potrebbe',
    'potrebbero',
    'deve',
    'devono',
    'dobbiamo',
    'bisogna',
    'per',
    'speriamo',
    'spero',
    'sembra',
    'sembrava',
    'provare',
    'proveremo',
    'cercheremo',
  ],
  hedges: ['dovrebbe', 'dovrebbero'],
  now: ['ora', 'adesso', 'ormai', 'gia'],
  auxiliaries: [
    'e',
    'sono',
    'era',
    'stato',
    'stata',
    'stati',
    'state',
    'ha',
    'hanno',
    'abbiamo',
    'ho',
    'si',
    'lo',
    'la',
    'ancora',
    'gia',
    'ora',
    'adesso',
    'completamente',
    'del',
    'tutto',
    'purtroppo',
  ],
  conjunctions: [
    'ma',
    'pero',
    'poi',
    'quindi',
    'percio',
    'perche',
    'tuttavia',
    'invece',
    'oppure',
    'mentre',
    'anche se',
    'dopodiche',
  ],
  conditions: [
    'se',
    'quando',
    'una volta che',
    'finche',
    'fino a quando',
    'fino a che',
    'prima che',
    'prima di',
    'affinche',
    'appena',
    'non appena',
    'nel caso',
    'a meno che',
    'in modo che',
    'per far',
    'una volta',
  ],
  since: ['dopo', 'da quando', 'dopo che', 'in seguito a'],
  contrasts: [
    // C328 (honest): a good state for all but some, the exception named after it: "più nessuno riceve l'avviso, eccetto la reception".
    'eccetto',
    'ad eccezione',
    // C326 (honest): a fix of an earlier incident, then this one denied: "la volta scorsa è bastato riavviare; questa volta non è cambiato nulla".
    'questa volta',
    // C327 (honest): a step done, the outcome still open: "aggiornamento completato, resta da vedere se i blocchi spariscono".
    'resta da vedere',
    'rimane da vedere',
    'da verificare se',
    'poi',
    'solo',
    'soltanto',
    'ancora',
    'ma',
    'pero',
    'tuttavia',
    'eppure',
    'tranne',
    'mentre',
    // C294 (honest): "Il nuovo monitor funziona benissimo; la VPN invece continua a cadere": a failure that goes on.
    'invece',
    'continua',
    'continuano',
    // C295 (honest): "L'avevamo risolto a marzo; purtroppo l'errore è tornato": the turn of a recurrence.
    'purtroppo',
  ],
  limits: [
    // C328 (honest): a good state for all but some, the exception named after it: "più nessuno riceve l'avviso, eccetto la reception".
    'tranne',
    'eccetto',
    'ad eccezione',
    // C327 (honest): the outcome still open after a step done.
    'resta da vedere',
    'rimane da vedere',
    'da verificare se',
    // C294 (honest): a failure that goes on, after "continua": "continua a cadere", "continuano a bloccarsi".
    'continuano',
    'a cadere',
    'a bloccarsi',
    'a fallire',
    'a disconnettersi',
    'a staccarsi',
    'a scollegarsi',
    'a crashare',
    'a piantarsi',
    'a dare errore',
    'a riavviarsi',
    'a non',
    // C230: "Sembra che sia sistemato, ma aspettiamo la conferma": una conferma attesa limita l'apparenza.
    'aspettiamo',
    'attendiamo',
    'in attesa',
    // C76: "L'abbiamo risolto, ma un'ora dopo si è bloccato di nuovo": a fault told again.
    'bloccato di nuovo',
    'fermato di nuovo',
    'crashato di nuovo',
    'caduto di nuovo',
    'di nuovo bloccato',
    'di nuovo fermato',
    'tornato a bloccarsi',
    'tornato a fermarsi',
    'ricominciato a bloccarsi',
    // What a symptom does when it comes back: "…, ma ritorna all'apertura di Outlook".
    // "all'apertura" reads "alle apertura" once the elision is expanded.
    'ritorna alle',
    'torna alle',
    'ritorna all',
    'ritorna alla',
    'ritorna quando',
    'torna all',
    'torna alla',
    'torna quando',
    'torna a comparire',
    'ricompare',
    'si e ripresentato',
    'si e ripresentata',
    'e ricomparso',
    'e ricomparsa',
    'e tornato stamattina',
    'e tornata stamattina',
    'persiste',
    'si disconnette',
    'si pianta',
    'fallisce',
    'si blocca',
    'cade',
    'ancora',
    'continua',
    'solo',
    'soltanto',
    'parzialmente',
    'in parte',
    'non',
    'fallisce',
  ],
  complementizers: ['che'],
  frames: [
    String.raw`\bnon (?:\w+ )?(?:considerare|consideri|considerate)\b`,
    String.raw`^(?:per favore |poi |in seguito )?(?:verifichi|verificate|verificare|controlli|controllate|controllare|confermi|confermate|confermare|si assicuri|assicuratevi|assicurarsi|provi|provate|testare|osservi|monitorate|ci faccia sapere|fateci sapere)\b`,
    // C228: un annuncio ("è un piacere per me confermare") non è un piano di verifica.
    String.raw`(?<!\b(?:placer|prazer|piacere|gusto|alegria|gioia|satisfaccion|satisfacao|soddisfazione|honor|honra|onore|orgullo|orgulho|orgoglio)(?: \w+)? )\b(?:andremo a|vado a|passera a|passeremo a|tornera a|verra a|dobbiamo|deve|bisogna|per|per favore|chiediamo|vi chiediamo|le chiediamo|occorre)(?: \w+){0,2} (?:verificare|controllare|confermare|assicurarci|assicurarsi|testare|monitorare|validare|provare)\b`,
    // C230: a denied appearance ("non sembra che …") governs what follows, as a denied belief does.
    String.raw`\bnon (?:\w+ ){0,2}(?:sembra|sembrerebbe|pare|parrebbe|direi|pensiamo|penso|crediamo|credo|possiamo|posso|sappiamo|siamo sicuri|sono sicuro|garantire|confermare|affermare)\b`,
    String.raw`\b(?:speriamo|spero|auspichiamo|in attesa|le obiettivo e|confidiamo)\b`,
    String.raw`\bsenza (?:conferma|confermare|verifica|verificare|garanzia|certezza|sapere|poter confermare)\b`,
    // Waiting for someone to confirm: "… che l'utente confermi che riesce di nuovo a lavorare".
    String.raw`\bche (?:\w+ ){0,3}(?:confermi|confermino|verifichi|verifichino|ci dica|ci faccia sapere|provi)\b`,
    String.raw`\b(?:verificheremo|controlleremo|confermeremo|testeremo|monitoreremo|valideremo|verifichero|controllero|confermero)\b`,
    // Only part of them: "solo metà degli utenti riesce di nuovo ad accedere".
    String.raw`^(?:\w+ )?(?:solo|soltanto|solamente|unicamente|alcuni de|alcune de|meta|la meta|parte de|non tutti|non tutte)\b`,
  ],
  heldSince: ['dalla', 'dal', 'dallo'],
  unaffected: [
    'non e interessato',
    'non e interessata',
    'non e coinvolto',
    'non e coinvolta',
    'non e stato toccato',
    'non e stata toccata',
    'non interessato',
    'non interessata',
    'non sono stati coinvolti',
    'non sono state coinvolte',
    'non sono stati interessati',
    'non sono state interessate',
    'non sono stati toccati',
    'non sono state toccate',
  ],
  transient: [
    String.raw`\b(?:brevemente|temporaneamente|momentaneamente|alle inizio|inizialmente|per un momento|per un po|per qualche (?:secondo|minuto|istante|ora))\b`,
    // "un'ora" reads "une ora" once the elision is expanded.
    // "ha retto circa un'ora": an approximate span after the verb lasted only that long.
    String.raw`\b(?:circa|quasi|appena|solo|soltanto) (?:\d+ |un |una |une |mezza |due |tre |dieci |trenta )?(?:secondi?|minuti?|ore|ora|mezzora)\b`,
    String.raw`\bper (?:\d+ |alcuni |alcune |pochi |poche |un |una |une |mezza |mezzora |due |tre |dieci |trenta )(?:secondi?|minuti?|ore|ora|momenti?|giorni?)\b`,
  ],
  pastAux: ['era', 'erano', 'aveva', 'avevano', 'funzionava'],
  ellipticals: [
    // C166: a retest told in one word: "Riprovato. Pulito."
    'pulito',
    'tutto pulito',
    // C112: an outcome told in one word of success: "Résultat : succès", "結果：成功".
    'positivo',
    'riuscito',
    'successo',
    'esito positivo',
    // C87: a measurement read all normal: "90 Mbps, ping 18 ms, tutto nella norma".
    'tutto nella norma',
    // "- Spooler stabile, nessun crash".
    'stabile',
    'intervento concluso',
    'intervento completato',
    'sparito',
    'errore sparito',
    'fatto',
    'risolto',
    'risolta',
    'sistemato',
    'sistemata',
    'riparato',
    'corretto',
    'funziona',
    'ora funziona',
    'tutto ok',
    'tutto bene',
    'tutto a posto',
    'a posto',
    'ok',
    'fatto',
    'eliminato',
    'okmark',
    'problema risolto',
    'funzionante',
    'ripristinato',
    'operativo',
    'ripristinata',
    'risolta',
    'sistemata',
    'riparata',
    'tutto risolto',
    'tutto sistemato',
    'tutto liscio',
    'funziona di nuovo',
    'rifunziona',
    'perfetto',
    'sbloccato',
    'sbloccata',
    'aggiustato',
    'ora va',
    'adesso va',
    'operativa',
    'tutto regolare',
    'nessun problema',
    'ha funzionato',
    'ecco fatto',
  ],
  // "| Stato | Chiuso |": closed, as a label's value, like the English elliptical "closed".
  statusNouns: ['stato', 'esito'],
  labelStates: ['funziona', 'funzionante', 'operativo', 'online', 'regolare', 'verde', 'chiuso', 'chiusa'],
  fillers: [
    // C69: "Di nuovo funzionante" as a table's cell.
    'di',
    'nuovo',
    'perfetto',
    'ottimo',
    'top',
    'benissimo',
    // "Sì, nessun problema." answers a question whether it works.
    'nessun',
    'stato',
    'esito',
    'ora',
    'adesso',
    'finalmente',
    'tutto',
    'il',
    'la',
    'lo',
    'problema',
    'ticket',
    'errore',
    'buone',
    'notizie',
    'bene',
    'quindi',
    'e',
    'da',
    'dal',
    'nostro',
    'vostro',
    'suo',
    'lato',
    'parte',
    'di',
    'nuovo',
    'gia',
    'completamente',
    'stampante',
    'vpn',
    'okmark',
    'si',
    'grazie',
    'ciao',
    'oggi',
    'confermato',
  ],
  // C253: "just now" in a "yes" that answers a question tells when, not how little.
  justNow: [
    'ha appena',
    'hanno appena',
    'ho appena',
    'abbiamo appena',
    'avete appena',
    'e appena',
    'sono appena',
    'siamo appena',
    'proprio ora',
    'poco fa',
  ],
  // C252: a tag after a comma asks to agree; its negation negates nothing of the question.
  questionTags: ['no', 'giusto', 'vero', 'non e vero', 'eh', 'corretto', 'o no'],
  affirmations: ['si', 'esatto', 'certo', 'confermo', 'corretto', 'assolutamente'],
  closings: [String.raw`\b(?:chiud|chius)`],
  openClosings: [
    String.raw`\bsenza (?:una )?(?:soluzione|correzione|risoluzione|riparazione)(?: \w+)?(?: confermata| definitiva| verificata)?\b`,
    String.raw`\b(?:non|ancora non)(?: \w+){0,3} (?:risolto|risolta|confermata?)\b`,
    String.raw`\birrisolto\b`,
    String.raw`\bsenza (?:conferma|verifica|che (?:\w+ ){0,5}(?:sia|siano) (?:stat[oaie] )?(?:confermat|verificat|risolt)[oaie])\b|\b(?:non|senza essere) (?:ancora )?(?:confermat|verificat)[oaie]\b`,
  ],
  endorsements: [
    String.raw`\b(?:come (?:indicato|annotato|confermato|menzionato|detto|concordato|segnalato)|confermato|buone notizie|aggiornamento|stato|risultato|conclusione|nota|riepilogo)\W*$`,
  ],
  problemFree: [
    // C69: "| Spooler | Di nuovo funzionante, nessun crash |": "no crash" beside a good state denies
    // the fault, not the state.
    String.raw`\bnessun[ao]? (?:altro |altra |ulteriore )?(?:crash|errore|errori|problema|problemi|blocco|blocchi|arresto|arresti|intoppo|intoppi)(?: piu)?$`,
    String.raw`\bsenza (?:alcun |alcuna |nessun |nessuna |piu |ulteriori )?(?:problemi|problema|errori|errore|intoppi|difficolta|interruzioni|disservizi|lamentele)\b`,
  ],
  misspellings: [
    // C257: gergo da chat di un ripristino: "funzia di nuovo".
    'funzia funziona',
    'funziano funzionano',
    'risolot risolto',
    'coretamente correttamente',
    'corettamente correttamente',
    'fuziona funziona',
    'funzona funziona',
    'risloto risolto',
    'rislto risolto',
    'adeso adesso',
  ],
  typoStems: [
    'funziona',
    'funzionano',
    'correttamente',
    'perfettamente',
    'regolarmente',
    'normalmente',
    'sistemato',
    'ripristinato',
  ],
  partials: [
    // "da parte degli utenti" is "from the users", not "part of them".
    // C113: "0 % de perte" is a loss of none, not a part of a whole.
    String.raw`\b(?:\d+|due|tre|quattro|alcuni|alcune|la maggior parte|(?<!\bda )parte(?! su tutt)|diversi|diverse|meta) (?:su|di|dei|delle|degli) (?:\d+|(?!perd|pert)\w+)`,
    String.raw`\bparzialmente\b`,
  ],
  scopes: [
    // C266: uno stato buono limitato a un banco di prova non è una soluzione in produzione: "ha funzionato sulla VM di test, non ancora in produzione".
    String.raw`\b(?:su|sulla|sul|in|nella|nel|per|con) (?:la |il |una |un |nostra |nostro )?(?:(?:vm|macchina|postazione|pc|server|ambiente|istanza|tenant|account|utente|gruppo|portatile) (?:di |del )?(?:test|prova|prove|collaudo|laboratorio|pilota|sviluppo|preproduzione|staging)|preproduzione|laboratorio|sandbox|staging|collaudo)\b`,
    // "ripristinata solo per due utenti": a good state limited to a few of them.
    String.raw`\b(?:solo|soltanto|solamente) (?:per|su) (?:\d+|un|una|due|tre|quattro|alcuni|alcune|pochi|poche|parte degli) (?:\w+ )?(?:utenti|utente|postazioni|stampanti|macchine|dispositivi|computer|account|sedi|code|uffici)\b`,
  ],
  waits: [String.raw`\b(?:solo|soltanto) (?:dopo|quando|una volta)\b`],
  // A fault denied as still going on: the frame of denial, then "still" and the fault.
  denials: [
    // C286: a closing label and what the user can do: "Chiusura: l'utente riesce a stampare", "Esito: la cliente può di nuovo accedere".
    String.raw`^(?:chiusura|conclusione|esito|risultato|stato finale|esito finale)(?: (?:finale|del ticket|dell intervento))? (?:il |la |lo |le |i |gli |l )?(?!(?:nessuno|nessuna|niente|non|noi|io)\b)[\w-]+(?: (?!(?:non|riesce|riescono|puo|possono)\b)[\w-]+)? (?:ora |adesso |di nuovo |finalmente )*(?:riesce a|riescono a|riesce ad|riescono ad|puo|possono|e in grado di|sono in grado di) (?:di nuovo |nuovamente |ora |adesso |finalmente )*(?:stampare|scansionare|collegarsi|connettersi|accedere|entrare|lavorare|inviare|ricevere|aprire|usare|utilizzare|chiamare|telefonare|sincronizzare)\b(?: (?!(?:non|mai|solo|soltanto|ma|tranne|quando|se|dopo|domani|poi|talvolta|via|da|con|altro|altra|muletto)\b)[\w-]+){0,6}$`,
    // C56: a double negative: "there is not one printer left that does not print".
    String.raw`\bnon (?:ce e|ci sono|esiste|rimane) (?:piu )?(?:nessun[oa]?|neanche una?|una? sola?|alcun[oa]?) (?:[\w-]+ ){1,4}che non (?:stampi|funzioni|vada|stampa|funziona|va)\b`,
    String.raw`\bnon e che (?:[\w-]+ ){1,5}(?:ancora|di nuovo|tuttora)\b`,
  ],
  zeroCounts: [
    // C58: a fault counted as none after its label: "crashes: 0", "occurrences since the fix: 0".
    String.raw`^(?:[\w-]+ ){0,3}(?:crash|blocchi|errori|arresti|guasti|cadute)(?: (?:dalla|dal|dopo|da) [\w -]+)?$`,
    // C81: a fault's counter as the label: "contatore errori CRC sulla porta : fermo a 0 dalla …".
    String.raw`^contator[ei] (?:d[ei]gli |di )?(?:errori|crash|guasti|cadute)\b`,
    String.raw`^(?:[\w-]+ ){0,2}(?:occorrenze|eventi)(?: (?!(?:deve|dovra|dovrebbe|sara|sarebbe|essere|da|non|ancora|quando|se|finche|puo|potrebbe)\b)[\w-]+){0,4} (?:dopo|dalla|dal|da) [\w -]+$`,
  ],
  noes: ['no', 'macché', 'per niente', 'niente'],
  elsewhere: [
    'il problema è',
    'il problema sta',
    'il problema risiede',
    'il problema deriva',
    'la causa è',
    'la causa sta',
    'il guasto è',
    'il guasto sta',
    'il difetto è',
    'le errore è',
    'le errore sta',
  ],
  faults: [
    'rotto',
    'rotta',
    'guasto',
    'guasta',
    'bloccato',
    'bloccata',
    'blocca',
    'problema',
    'problemi',
    'errore',
    'errori',
    'giù',
    'offline',
    'lento',
    'lenta',
    'impallato',
    'in crash',
    'non va',
    'non funziona',
    'non stampa',
  ],
  // C100: an aside of sight asserts what follows it.
  asides: [
    'da quello che (?:vedo|vediamo|posso vedere|possiamo vedere)',
    'per quanto (?:posso|possiamo) vedere',
  ],
  // C101: a clause taken as given is asserted, in a question too.
  presuppositions: ['ora che', 'adesso che', 'visto che', 'dato che'],
  // C111: good news announced, with something again, tells the fault over.
  goodNews: [
    String.raw`\bbuone notizie\b`,
    String.raw`\bbuona notizia\b`,
    String.raw`\bsiamo lieti di (?:comunicarle|informarla|confermarle)\b`,
  ],
  again: ['di nuovo', 'nuovamente', 'ancora una volta'],
};
