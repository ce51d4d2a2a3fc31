import { ALL_OF_ALL, type ClaimLanguage } from './language.js';

const ADV = String.raw`(?:nu|weer|eindelijk|volledig|helemaal|definitief|succesvol|inmiddels|al|ook|niet|nog|nooit|gelukkig|echt|gewoon|alles|daarmee|hiermee|daardoor|uiteindelijk|toch|wel|intussen|dus|blijkbaar|kennelijk)`;
// Words between an auxiliary and its participle that put the state in the future: "is naar
// verwachting vanavond verholpen".
const NOT_YET = String.raw`(?!naar|waarschijnlijk|hopelijk|vermoedelijk|straks|binnenkort|volgende|uiterlijk)`;
const DONE = String.raw`(?:opgelost|verholpen|gerepareerd|hersteld|gefixt|gefixed|gefikst|afgehandeld|verdwenen|weggenomen|gecorrigeerd|rechtgezet|uit de wereld)`;
const FIXED = String.raw`(?:opgelost|verholpen|gerepareerd|hersteld|gefixt|gefixed|verhol(?:pen)?|afgehandeld|stabiel|bereikbaar|beschikbaar|online|operationeel|in orde|ok|oke)`;
const DEVICE_VERBS = String.raw`(?:werkt|werken|draait|draaien|print|printen|drukt af|verbindt|maakt verbinding|start|starten|start op|synchroniseert|synchroniseren|synct|reageert|reageren|gaat|gaan|opent|openen|laadt|laden|scant|verstuurt|ontvangt|loopt|lopen|functioneert|functioneren|verloopt|verlopen|doet het|doen het|komt binnen|komen binnen|komt door|komen door|logt in|boot|slaat op|verwerkt)`;
// How a device works when the problem is over: "naar behoren", "als een zonnetje", "op rolletjes".
const WELL = String.raw`(?:prima|goed|naar behoren|normaal|foutloos|probleemloos|perfect|stabiel|soepel|vlekkeloos|correct|keurig|uitstekend|betrouwbaar|feilloos|top|als vanouds|zoals het hoort|zoals het moet|zoals voorheen|zoals vroeger|zoals verwacht|als voorheen|als een zonnetje|als een trein|in een keer|in 1 keer|meteen|bij de eerste poging|zoals gewoonlijk|als gewoonlijk|zoals altijd|als een tierelier|op rolletjes|gesmeerd|als gesmeerd|zonder (?:enige |verdere )?(?:problemen|fouten|storingen|onderbrekingen|haperingen|klachten|gedoe|foutmeldingen|crashes|morren|moeite))`;
// A symptom the customer saw: a compound that ends in one of them ("foutmelding", "printfout").
const SYMPTOM_NOUN = String.raw`[\w-]*(?:fout|fouten|melding|meldingen|probleem|problemen|crash|crashes|waarschuwing|pop-up|popup|storing|storingen|onderbreking|haperingen|hapering|bug|bugs|blauw scherm|bluescreen|foutcode)\b`;

/** Dutch. */
export const NL: ClaimLanguage = {
  name: 'nl',
  claims: [
    // C314: a reply's subject line that ends in a done-word, the fault named before it: "Re: Scanner geeft fout – opgelost".
    String.raw`^(?:nu )?(?:opgelost|verholpen)$`,
    // C315: a figure before and a small one now: "duurde 4 minuten, nu 30 seconden", "nu zit hij binnen 40 seconden op zijn bureaublad".
    String.raw`^(?:en )?nu (?:zit hij |zit ze |is hij |is ze |is het |duurt het |start hij |start ze |opgestart )?(?:binnen |in |ongeveer |rond |onder |na )?\d+ ?(?:s|sec|seconden)\b(?! (?:langer|meer|trager)\b)`,
    // C316: a queue empty now and staying so: "wachtrij nu leeg en hij blijft leeg".
    String.raw`\bleeg en (?:hij |ze |die |het )?blijft (?:ook )?leeg\b`,
    // C320: a service there again, its speed right: "de verbinding is er weer, snelheid gemeten".
    String.raw`\b(?:internet|verbinding|netwerk|wifi|wi-fi|signaal|beeld|geluid|mail|e-mail|telefonie|lijn)(?: [\w-]+){0,2} is er (?:nu )?(?:weer|terug)\b(?! (?:alleen|maar|behalve|af en toe)\b)`,
    // C322: confirmed by the user: "de wifi blijft nu de hele dag verbonden, bevestigd door de klant".
    String.raw`\bblijft (?:nu |sindsdien )?(?:de hele (?:dag|ochtend|middag|nacht|dienst)|heel de dag|stabiel|gewoon) (?:staan|verbonden|online|in de lucht)\b(?! (?:alleen|maar|behalve)\b)`,
    // C288: everyone can log in: "iedereen kan inloggen", "alle collega's kunnen weer bij de RDP-server".
    String.raw`(?<!\b(?:niet|bijna|als|zodra|wanneer|of|intussen|voorlopig|tijdelijk)\b.{0,20})\b(?:iedereen|alle (?:gebruikers|collega s|collegas|medewerkers))(?: (?:nu|inmiddels))? (?:kan|kunnen) (?:nu |weer |gewoon |opnieuw |inmiddels )*(?:inloggen|aanmelden|verbinden|erin|erop|bij de [\w-]+|op de [\w-]+)\b(?!(?: [\w-]+){0,4} (?:behalve|maar|alleen|als|zodra|na|via)\b)`,
    // C291: the tills take card payments again, as a third party reports it: "volgens de filiaalmanager nemen de pinautomaten weer betalingen aan".
    String.raw`\b(?:neemt|nemen|nam|namen)(?: (?!niet\b|geen\b|nooit\b)[\w-]+){0,3} weer (?:\w+ )?(?:betalingen|pinbetalingen|kaarten|pinpassen|pasjes|betaalkaarten|contactloze betalingen|creditcards) aan\b`,
    String.raw`\b(?:accepteert|accepteren|verwerkt|verwerken)(?: (?!niet\b|geen\b|nooit\b)[\w-]+){0,2} weer (?:\w+ )?(?:betalingen|pinbetalingen|kaarten|pinpassen|pasjes|betaalkaarten|transacties|creditcards)\b`,
    String.raw`\bweer (?:\w+ )?(?:betalingen|pinbetalingen|kaarten|pinpassen|pasjes|betaalkaarten|transacties|creditcards) (?:accepteert|accepteren|verwerkt|verwerken|aanneemt|aannemen)\b`,
    // C293: the device simply does its job, or stays connected: "de printer op de eerste verdieping print gewoon", "de VPN blijft verbonden".
    String.raw`\b(?:print|printen|drukt af|werkt|werken|scant|scannen|draait|draaien|opent|synchroniseert|synct|verbindt)(?: (?:nu|weer|inmiddels))? gewoon(?: (?:weer|nu|door|af))?\b(?! (?:niet|nog|geen|af en toe|soms|even|een paar|traag|langzaam|scheef|vlekkerig|blanco|leeg|lege|slecht|fout|verkeerd|half|alleen|maar)\b)`,
    String.raw`\b(?:blijft|blijven) (?:nu |inmiddels |gewoon |weer |stabiel )*(?:verbonden|online|ingelogd|aangemeld|in de lucht|overeind)\b(?! (?:maar|slechts|alleen|tot|totdat|een paar|enkele|niet|kort|even)\b)(?!(?: [\w-]+){0,3} (?:minuten|seconden|uur|kwartier)\b)`,
    // C256: iedere werkplek krijgt weer een adres: "alle werkplekken krijgen nu een IP-adres", "iedere laptop pakt weer een IP".
    String.raw`(?<!\bniet (?:alle|iedere|elke)\b.{0,40})\b(?:krijgt|krijgen|pakt|pakken|trekt|trekken|haalt|halen|ontvangt|ontvangen)(?: (?:nu|weer|eindelijk|gewoon|netjes|correct|automatisch|een|hun|zijn|haar|het|de|wel))* (?:nu|weer|eindelijk)(?: (?:gewoon|netjes|correct|automatisch|een|hun|zijn|haar|het|de|wel))* (?:ip|ips|ip-adres|ip-adressen|ip adres|adres|adressen|lease|leases|dhcp-lease|dhcp-adres)\b(?! (?:uit de verkeerde|van de verkeerde|apipa|169)\b| (?:behalve|maar|alleen)\b)`,
    String.raw`(?<!\bniet (?:alle|iedere|elke)\b.{0,40})\b(?:krijgt|krijgen|pakt|pakken|trekt|trekken|haalt|halen|ontvangt|ontvangen)(?: (?:gewoon|netjes|correct|automatisch|een|hun|zijn|haar|het|de|wel))* (?:ip|ips|ip-adres|ip-adressen|ip adres|adres|adressen|lease|leases|dhcp-lease|dhcp-adres)(?: (?:van|via|uit) (?:de |het )?(?:dhcp|server|router|firewall|dhcp-server))? (?:nu|weer|eindelijk|automatisch|correct|netjes|zonder (?:problemen|fouten))\b(?! (?:behalve|maar|alleen)\b)`,
    String.raw`\b(?:alle|iedere|elke|beide)(?: (?!niet\b|nooit\b|geen\b|nog\b|alleen\b)[\w'-]+){1,4} (?:krijgt|krijgen|pakt|pakken|trekt|trekken|haalt|halen|ontvangt|ontvangen)(?: (?:nu|weer|eindelijk|gewoon|netjes|correct|automatisch|een|hun|zijn|haar|het|de|wel))* (?:ip|ips|ip-adres|ip-adressen|ip adres|adres|adressen|lease|leases|dhcp-lease|dhcp-adres)\b(?! (?:uit de verkeerde|van de verkeerde|apipa|169)\b| (?:behalve|maar|alleen)\b)`,
    String.raw`\b(?:deelt|delen|geeft|geven)(?: (?:nu|weer|eindelijk|gewoon|netjes))* (?:nu|weer)(?: (?:gewoon|netjes))* (?:de |nieuwe |geldige )?(?:ip-adressen|adressen|ips|leases)(?: (?:nu|weer))? uit\b`,
    // C258: een kop van de storing of de job met het woord van de oplossing: "Back-upjob van de boekhouding gefikst", "Probleem met het certificaat verholpen".
    String.raw`^(?:(?!\d|(?:niet|geen|nooit|nog|pas|deels|gedeeltelijk|half|bijna|tot|wordt|worden|zal|zou|moet|moeten|kan|kunnen|als|zodra|indien|of|niets|hopelijk|morgen|binnenkort|straks|graag|we|wij|u|ik|beschouw|beschouwen)\b)[\w-]+ ){0,3}[\w-]*(?:probleem|problemen|storing|storingen|fout|fouten|bug|job|taak|back-up|backup|synchronisatie|sync|toegang|verbinding|koppeling|tunnel|wachtrij|share|schijf|printen|mail|dns|vpn|dhcp|certificaat|resolutie|gateway|routering|replicatie|rechten|profiel|mailbox|licentie|beleid|incident|boekhouding)(?: (?!(?:niet|geen|nooit|nog|pas|deels|gedeeltelijk|tot|wordt|worden|werd|zal|zou|moet|moeten|kan|kunnen|is|zijn|was|dan|als|zodra|morgen|pas)\b)[\w-]+){0,3} (?:nu |eindelijk |volledig )?${DONE}$`,
    // C259: een dienst weer overeind: "de server staat weer overeind", "de gateway is weer opgekomen".
    String.raw`\b(?:staat|staan)(?: (?:nu|eindelijk|gelukkig|ook))* weer (?:overeind|recht|in de lucht)\b`,
    String.raw`\b(?:server|servers|gateway|dienst|diensten|vpn|tunnel|verbinding|site|portaal|nas|switch|router|firewall|vm|vms|machine|lijn|netwerk|wifi|mailserver|fileserver|database)(?: [\w-]+){0,3} (?:is|zijn) (?:nu |gelukkig |eindelijk )?weer (?:opgekomen|opgestart|teruggekomen|terug)\b(?! (?:naar|bij|van)\b)`,
    // C260: de back-up liep door en de testrestore werkte: "de testrestore opende de bestanden zonder problemen", "de back-up van vannacht is voltooid".
    String.raw`\b(?:testrestore|test-restore|testrestores|hersteltest|hersteltests|restoretest|restore-test|testherstel|proefherstel|terugzettest)(?: (?!niet\b|nooit\b|geen\b|alleen\b|maar\b)[\w'-]+){0,5} (?:werkte|is gelukt|lukte|slaagde|is geslaagd|was succesvol|ging goed|is goed gegaan|opende(?: [\w'-]+){0,3} (?:zonder (?:problemen|fouten)|correct|prima|netjes|goed))\b(?! (?:alleen|maar|deels|gedeeltelijk)\b)`,
    String.raw`\b(?:back-?up|back-?ups|backupjob|back-upjob|backupjobs|back-upjobs|job|jobs|taak)(?: [\w-]+){0,2} van (?:vannacht|afgelopen nacht|gisteravond|vanochtend)(?: [\w-]+){0,2} (?:is|zijn) (?:goed |netjes |succesvol |zonder fouten |gewoon )*(?:voltooid|afgerond|doorgelopen|gelukt|geslaagd)\b(?! (?:met|maar|alleen|deels)\b)`,
    // C261: namen resolven vanaf iedere locatie: "interne hostnamen resolven correct vanaf elke locatie".
    String.raw`\b(?:[\w-]*namen|hostnames|naamresolutie|dns|queries|lookups|records)(?: [\w-]+){0,2} (?:resolven|resolvet|resolved|worden (?:nu |weer |correct |goed )*(?:geresolved|omgezet|opgelost))(?: (?:nu|weer))* (?:correct|goed|prima|weer|netjes|zonder (?:problemen|fouten))\b`,
    String.raw`\b(?:werkt|werken|resolven|resolvet|bereikbaar|reageert|reageren|gaat|gaan)(?: (?!niet\b|alleen\b|nooit\b|maar\b)[\w-]+){0,2} (?:vanaf|vanuit|op|in|bij) (?:alle|elke|iedere|beide) (?:[\w-]+ )?(?:locaties|locatie|vestigingen|vestiging|kantoren|kantoor|filialen|filiaal|verdiepingen|verdieping|gebouwen|gebouw|winkels|winkel|vlans|vlan|subnetten|sites|site)\b(?!(?: [\w-]+)? (?:behalve|maar|uitgezonderd)\b)`,
    // C262: het certificaat vernieuwd en de site laadt zonder waarschuwing: "het portaal laadt zonder certificaatwaarschuwing".
    String.raw`\b(?:laadt|laden|opent|openen|start|starten|komt op|verschijnt)(?: (?!niet\b|nooit\b|geen\b|nog\b|alleen\b|pas\b)[\w-]+){0,3} zonder (?:enige |een |de |het )?[\w-]*(?:waarschuwing|waarschuwingen|melding|meldingen|certificaatfout|foutmelding)\b(?! (?:behalve|maar|alleen)\b)`,
    // C263: iemand belt terug, de scanner mailt weer door: "de scanner mailt de pdf's weer door", "stuurt de scans nu naar de mail".
    String.raw`\b(?:mailt|mailen|e-mailt|emailt)(?: (?!niet\b|nooit\b|geen\b|alleen\b|maar\b)[\w'-]+){0,5} (?:weer|nu)(?: door| uit)?\b`,
    String.raw`\b(?:stuurt|sturen|verstuurt|versturen|zendt|zenden)(?: (?!niet\b|nooit\b|geen\b|alleen\b|maar\b)[\w'-]+){0,4} (?:nu|weer)(?: (?!niet\b)[\w'-]+){0,2} (?:naar|per|via) (?:de |het )?(?:mail|e-?mail|mailbox|inbox|postvak)\b`,
    // C264: een statusregel, de dienst weer verbonden: "VPN weer verbonden", "tunnel weer opgebouwd".
    String.raw`^(?:(?!\d)[\w-]+ ){1,3}(?:nu |eindelijk )?weer (?:verbonden|aangemeld|geregistreerd|gekoppeld|opgebouwd|gemapt|gemount|gesynchroniseerd|actief)$`,
    // C265: gebruikers hebben weer toegang: "de thuiswerkers hebben weer toegang tot het extern bureaublad".
    String.raw`\b(?:heeft|hebben|heb)(?: (?:nu|eindelijk|allemaal|ook|gelukkig))* weer (?:toegang|verbinding)\b`,
    // C224: een invoer die elke pagina pakt: "de scanner pakt nu elke pagina netjes op", "trekt alle vellen in".
    String.raw`\b(?:pakt|pakken|trekt|trekken|neemt|nemen|voert|voeren|haalt|halen|slikt|slikken|grijpt|grijpen)(?: (?!niet\b|nooit\b|geen\b|alleen\b|nog\b|maar\b|tijd\b|lang\b|minuten\b|seconden\b)[\w-]+){0,4} (?:elke|elk|iedere|ieder|alle)(?: (?:afzonderlijke|losse|enkele))? (?:pagina|paginas|pagina is|vel|vellen|blad|bladen|bladzijde|bladzijden|bladzijdes|document|documenten|origineel|originelen|bon|bonnen)\b(?!(?: [\w-]+){0,3} (?:niet|nooit|scheef|dubbel|tegelijk|samen)\b)`,
    String.raw`\b(?:alle|elke|elk|iedere|ieder) (?:vellen|vel|paginas|pagina|pagina is|bladen|blad|originelen)(?: [\w-]+){0,3}? (?:gaan|gaat|komen|komt|worden|wordt)(?: (?:er|nu|weer|netjes|gewoon|zonder (?:storing|problemen|vastlopen)))* (?:door|ingetrokken|ingevoerd|opgepakt|meegenomen|erdoor)\b(?! (?:behalve|alleen|scheef|dubbel)\b)`,
    // C230: een schijn die de toestand beweert: "het lijkt erop dat de scanner gerepareerd is".
    String.raw`\b(?:lijkt (?:erop|er op|het erop|wel)|lijken (?:erop|er op)|ziet (?:ernaar|er naar) uit|zien (?:ernaar|er naar) uit|blijkbaar|kennelijk|schijnbaar) dat (?:[\w-]+ ){1,5}?(?:nu |inmiddels |weer |echt |eindelijk |definitief )*${DONE} (?:is|zijn)\b`,
    // C231: de waarschuwing met haar tekst, verdwenen: "de melding „weinig schijfruimte op de server” is verdwenen".
    String.raw`\b${SYMPTOM_NOUN}(?: (?!niet\b|nooit\b|nog\b|alleen\b)[\w-]+){4,8} (?:is|zijn|lijkt|lijken)(?: (?!niet\b|nog\b)${ADV})* (?:weg|verdwenen|verleden tijd|voorbij|de wereld uit)\b`,
    String.raw`\b${SYMPTOM_NOUN}(?: (?!niet\b|nooit\b|nog\b|alleen\b)[\w-]+){4,8} (?:verdween|verdwenen)\b`,
    // C233: werkwoord voorop, dan een lang onderwerp met zijn plaats, dan "weer": "nu werkt de printer op de tweede verdieping weer prima".
    String.raw`\b${DEVICE_VERBS}(?: (?!niet\b|nooit\b|geen\b|alleen\b|maar\b|tot\b|pas\b|nog\b|steeds\b|telkens\b|constant\b|continu\b|voortdurend\b|regelmatig\b|soms\b)[\w-]+){4,7} (?:weer|opnieuw)\b(?! (?:\w+ )?(?:vast|mis|fout|stuk|plat|niet|uit|down|offline|traag|opnieuw)\b)`,
    // C191: the problem told as a thing of the past: "het probleem behoort tot het verleden", "is van de baan".
    String.raw`\b(?:het|dit|dat|de|deze) (?:probleem|euvel|storing|fout) (?:is|behoort) (?:nu |eindelijk |inmiddels )?(?:tot het verleden|verleden tijd|van de baan|geschiedenis)\b`,
    // C192: een benoemde functie weer terug: "de scanner stuurt weer naar de mail", "wordt weer doorgeschakeld".
    String.raw`\b(?:stuurt|sturen|verstuurt|versturen|scant|scannen|synchroniseert|synct|koppelt|routeert|schakelt door|verbindt door|rekent af|accepteert|levert)(?: (?!niet\b|nooit\b|geen\b|alleen\b|maar\b|pas\b|als\b|wanneer\b|zodra\b|fout\w*\b)[\w'-]+){0,5} weer\b(?!(?: [\w-]+){0,3} (?:niet|fout\w*|alleen)\b)`,
    String.raw`\b(?:wordt|worden)(?: (?!niet\b|nooit\b|alleen\b|pas\b)[\w-]+){0,3} weer (?:[\w-]+ ){0,2}(?:gekoppeld|gesynchroniseerd|gesynct|doorgeschakeld|doorverbonden|verstuurd|gescand|bezorgd|afgeleverd|gemapt)\b`,
    // C193: de hele dag verbonden, zonder onderbrekingen: "de VPN blijft nu de hele dag verbonden".
    String.raw`\b(?:blijft|blijven)(?: (?:nu|inmiddels|weer|gewoon))? (?:de hele dag|heel de dag|de gehele dag|de hele (?:nacht|week|middag|ochtend|werkdag)|continu|stabiel|probleemloos) (?:verbonden|online|in de lucht|aangemeld|ingelogd)\b`,
    String.raw`\b(?:houdt|houden)(?: (?:nu|weer|inmiddels))? (?:de )?verbinding(?: [\w-]+){0,3} (?:zonder (?:onderbrekingen|storingen|haperingen|wegvallen|te verbreken)|de hele dag)\b`,
    // C194: opent meteen waar het hoort: "Outlook opent nu direct in het postvak".
    String.raw`\b(?:opent|openen|start|laadt)(?: (?:nu|weer))? (?:direct|rechtstreeks|meteen|gelijk) (?:in|naar|op)\b(?!(?: [\w-]+){0,3} (?:fout\w*|bios|voicemail|herstel\w*|veilige modus)\b)`,
    String.raw`\b(?:opent|start|verbindt)(?: (?:nu|weer))? zonder (?:de |het |een )?(?:profiel\w*|wachtwoord\w*|melding|vraag|prompt|pop-?up)\b`,
    // C195: beter dan ooit of dan voor de storing, als nieuw: "start sneller op dan ooit".
    String.raw`\b(?:sneller|vlotter|beter|soepeler|stabieler)(?: [\w-]+){0,2} (?:dan ooit|dan voor (?:de|het) (?:[\w-]+ )?(?:update|upgrade|storing|vervanging|wissel|patch|migratie|probleem|herinstallatie))\b`,
    String.raw`\b(?:is|zijn|draait|werkt|loopt)(?: (?:nu|weer))* (?:als nieuw|zo goed als nieuw)\b`,
    // C196: vanzelf bij het aanmelden, vaak via een ander: "de netwerkschijf wordt weer automatisch gekoppeld bij het aanmelden".
    String.raw`\b(?:automatisch|vanzelf) (?:gekoppeld|verbonden|gestart|gesynchroniseerd|gemapt|aangekoppeld)(?: (?:wordt|worden))? (?:bij|na) (?:het )?(?:aanmelden|inloggen|login|opstarten)\b`,
    String.raw`\b(?:koppelt|verbindt|start|mapt)(?: zich)?(?: (?:nu|weer))* (?:automatisch|vanzelf) (?:bij|na) (?:het )?(?:aanmelden|inloggen|login|opstarten)\b`,
    // C197: jobs op 100 %, 100 % afgeleverd, mailverkeer normaal: "100 % van de mails afgeleverd in de afgelopen 24 uur".
    String.raw`\b100(?: ?%| procent)? (?:van de (?:berichten|mails|jobs) )?(?:afgeleverd|bezorgd|geslaagd|succesvol|aflevering|levering)(?: [\w-]+){0,2} (?:in|over|tijdens) (?:de|het) (?:afgelopen|laatste)\b`,
    String.raw`\b(?:mailflow|mailverkeer|mailstroom|e-?mailverkeer)(?: \w+)? (?:is |loopt )?(?:weer )?(?:normaal|genormaliseerd)\b`,
    String.raw`\b(?:back-?ups?|jobs?|taken)(?: [\w-]+){0,3} (?:op|voor) 100(?: ?%| procent)? (?:geslaagd|voltooid|succesvol|gelukt|afgerond)\b`,
    // C198: de formele slotformule die de zaak geregeld noemt: "aangezien deze zaak nu geregeld is en het ticket wordt gesloten".
    String.raw`\b(?:zaak|kwestie|aangelegenheid)(?: \w+){0,2} (?:is |nu |hiermee |daarmee )*(?:geregeld|afgerond|beslecht|afgedaan)\b`,
    // C199: de afdrukken komen er schoon uit.
    String.raw`\b(?:afdrukken|prints|kopieen|paginas|etiketten|bonnetjes|scans)(?: [\w-]+){0,2} (?:komen|zijn) (?:nu |weer |er )*(?:schoon|strak|scherp|perfect|foutloos|zonder (?:strepen|vlekken))(?: (?:uit|eruit))?\b`,
    // C200: een kort alles-goed in de zin: "doet t weer prima", "alles synct".
    String.raw`\b(?:doet|doen) (?:t|ie) (?:nu |weer |gewoon )*(?:prima|goed|top|perfect|uitstekend|weer)\b(?! (?:behalve|maar|alleen)\b)`,
    String.raw`\balles (?:synct|synchroniseert|gesynct)\b(?! (?:behalve|maar|alleen)\b)`,
    // C202: voor iedereen: "het pakket start bij iedereen op", "de hele verdieping heeft weer netwerk".
    String.raw`\b(?:start|starten|werkt|werken|synchroniseert|synct|draait|draaien|print|verbindt|opent)(?: (?!niet\b|alleen\b|nooit\b)[\w-]+){0,2} (?:bij|op|voor) (?:iedereen|alle (?:[\w-]+ )?[\w-]+)\b(?! (?:behalve|maar|alleen)\b)`,
    String.raw`\b(?:heeft|hebben) (?:de|het) (?:hele|gehele|volledige) (?:[\w-]+ )?(?:verdieping|kantoor|gebouw|afdeling|team|vestiging|filiaal|etage)(?: [\w-]+)? (?:weer |nu )*(?:netwerk|internet|wifi|verbinding|toegang)\b`,
    String.raw`\b(?:de|het) (?:hele|gehele|volledige) (?:[\w-]+ )?(?:verdieping|kantoor|gebouw|afdeling|team|vestiging|filiaal|etage)(?: [\w-]+)? (?:heeft|hebben) (?:weer |nu )*(?:netwerk|internet|wifi|verbinding|toegang)\b`,
    String.raw`\balle (?:[\w-]+ )?(?:shares|schijven|mappen|netwerkpunten|poorten|kassa\w*|werkplekken)(?: [\w-]+){0,3} (?:werken|zijn (?:weer |nu )?(?:bereikbaar|beschikbaar|actief|online))\b(?! (?:behalve|maar|alleen)\b)`,
    // C203: de accu houdt het weer een hele werkdag vol.
    String.raw`\b(?:houdt|houden)(?: [\w-]+){0,4} (?:een|de) (?:hele|volledige|gehele) (?:werkdag|dag|dienst) vol\b`,
    // C204: pinbetalingen weer aangenomen: "de kassa accepteert weer pinbetalingen".
    String.raw`\b(?:neemt|accepteert|accepteren|verwerkt|verwerken)(?: [\w-]+){0,2} weer (?:\w+ )?(?:pinbetalingen|kaartbetalingen|betalingen|pinpassen|kaarten)\b`,
    // C205: de monitoring sinds een tijdstip overal groen: "de monitoring staat sinds 9 uur overal op groen".
    String.raw`\b(?:monitoring|dashboard|prtg|zabbix|nagios|sensoren|checks)(?: [\w-]+){0,5} (?:toont|staat|staan|is|zijn|blijft)(?: (?:alles|overal|nu|sinds \w+(?: uur)?))* (?:op )?groen\b(?! (?:behalve|maar|alleen)\b)`,
    // C157: in top form, an idiom of health said of the device: "de laptop is weer zo fit als een hoentje", "kiplekker".
    String.raw`\b(?:zo )?(?:fit|gezond) als een (?:hoentje|vis|hoen)\b`,
    String.raw`\b(?:is|zijn) (?:weer |nu )?(?:kiplekker|springlevend|topfit)\b`,
    // C159: back to its old self, and calls clear again: "Teams is weer de oude", "gesprekken zijn kristalhelder".
    String.raw`\b(?:is|zijn) (?:weer|nu weer|eindelijk weer) (?:helemaal )?(?:de|het|zijn|haar) (?:oude|ouwe)\b(?! (?:niet|maar|alleen)\b)`,
    String.raw`\b\w*(?:gesprekken|oproepen|audio|geluid|stemmen)(?: [\w-]+){0,3} (?:zijn|is|klinken|klinkt|komen) (?:weer |nu )*(?:kristalhelder|glashelder|helder|perfect)\b(?! (?:niet|maar|alleen)\b)`,
    // C167: all of a count green: "12/12 synchronisatietaken vannacht groen".
    String.raw`${ALL_OF_ALL}(?: (?!(?:niet|geen|nog|maar|alleen|rood|mislukt)\b)[\w'-]+){0,6} (?:groen|op groen)\b(?! (?:niet|geen|nog|maar|alleen|behalve)\b)`,
    // C129: a run reported complete with success: "de back-up naar Azure is vannacht volledig geslaagd".
    String.raw`\b(?:back-?ups?|jobs?|taak|taken|synchronisatie|replicatie|migratie)(?: (?!niet\b|geen\b|alleen\b)[\w-]+){0,5} (?:is|zijn|werd|werden) (?:(?!niet\b|gedeeltelijk\b|deels\b|half\b|nog\b)[\w-]+ ){0,2}(?:volledig |succesvol |helemaal )?geslaagd\b(?! (?:behalve|alleen|maar)\b)`,
    // C143: a count of all in a good state: "3/3 printers online", "4/4 bornes de nouveau en ligne", "12 of 12 tests passed".
    String.raw`${ALL_OF_ALL}(?: (?!(?:niet|geen|nog|maar|alleen|offline|mislukt)\b)[\w'-]+){0,5} (?:online|ok|weer|verbonden|geregistreerd|geslaagd|werken|zonder problemen|toegevoegd)\b(?! (?:niet|geen|nog|maar|alleen|offline|mislukt)\b)`,
    // C144: the fault gone or eliminated: "the drops were eliminated by the new QoS policy", "los reinicios han desaparecido".
    String.raw`\b(?:storing|storingen|onderbrekingen|crashes|haperingen|fouten|foutmeldingen|verbroken verbindingen|herstarts|vastlopers)(?: (?!niet\b|nog\b|alleen\b)[\w-]+){0,8} (?:(?:is|zijn) (?:(?!niet\b|nog\b|geen\b|naar\b|waarschijnlijk\b|hopelijk\b|vermoedelijk\b|straks\b|morgen\b|vanavond\b|binnenkort\b|pas\b)[\w-]+ ){0,7}verdwenen|(?:zijn|werden|is|werd) (?:(?!naar\b|waarschijnlijk\b|hopelijk\b|vermoedelijk\b|straks\b|morgen\b|vanavond\b|binnenkort\b|niet\b|nog\b|pas\b)[\w-]+ ){0,4}(?:verholpen|weggenomen|opgelost))\b`,
    // C148: all of a set in a good state: "Alle 35 gebruikers … kunnen bellen en gebeld worden".
    String.raw`\balle \d+ (?:[\w-]+ ){0,2}(?:gebruikers|medewerkers|werkplekken|mailboxen|toestellen|telefoons|printers|camera s|kassa s)(?: (?!niet\b|maar\b|alleen\b|behalve\b)[\w-]+){0,8} (?:kunnen (?:bellen|inloggen|printen|werken|aanmelden)|werken (?:weer|normaal)|zijn online|synchroniseren)\b`,
    // C149: a site or service back up: "De website staat weer in de lucht".
    String.raw`\b(?:staat|staan|is|zijn) (?:nu )?(?:weer|terug) (?:in de lucht|online|up|bereikbaar)\b`,
    // C138: a monitored state held green over a span: "der Host bleibt seit gestern grün", "le voyant est resté vert toute la nuit".
    String.raw`\b(?:bleef|bleven|blijft|blijven|is|zijn) (?:sinds (?:gisteren|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|de hele nacht|de hele dag|het hele weekend|sindsdien) (?:\w+ ){0,2}(?:groen|stabiel|online|bereikbaar)(?: gebleven)?\b(?! (?:alleen|maar|tot)\b)`,
    // C127: a hedge that still asserts the present, with "now": "Het zou nu moeten werken", "Zou nu allemaal goed moeten zijn".
    String.raw`\b(?:zou|zouden)(?=(?: [\w-]+){0,4} (?:nu|inmiddels|intussen)\b|(?<=\b(?:nu|inmiddels|intussen)(?: [\w-]+){0,3} (?:zou|zouden)))(?: (?!niet\b|geen\b|nog\b|pas\b|als\b|wanneer\b|zodra\b)[\w-]+){0,4} moeten (?:werken|zijn|lukken|functioneren|draaien)\b`,
    // C128: the customer invited to close or mark the ticket: "U kunt het ticket sluiten", "… als opgelost markeren".
    String.raw`\b(?:u|je|jij|jullie) (?:kunt|kan|kunnen|mag|mogen)(?: \w+){0,2} (?:dit|het|deze|de|uw) (?:ticket|zaak|melding|verzoek|incident|call)(?: als (?:opgelost|afgehandeld|afgerond|gesloten|klaar|gereed|voltooid))? (?:sluiten|afsluiten|dichtzetten|dichtdoen|markeren|zetten|beschouwen)\b(?!(?: [\w-]+){0,6} (?:zodra|als|wanneer|nadat|pas)\b)`,
    // C129: a run completed without warnings or errors: "De back-up is zonder waarschuwingen voltooid".
    String.raw`\b(?:back-?ups?|jobs?|taak|taken|synchronisatie|sync|uitrol|deployment|update|migratie|replicatie)(?: (?!niet\b|geen\b|alleen\b)[\w-]+){0,6} (?:zonder (?:enige )?(?:waarschuwingen|waarschuwing|fouten|fout|foutmeldingen|problemen|meldingen) (?:voltooid|afgerond|geslaagd|gelukt|doorgelopen|klaar)|(?:voltooid|afgerond|geslaagd|gelukt|doorgelopen) zonder (?:enige )?(?:waarschuwingen|waarschuwing|fouten|fout|foutmeldingen|problemen|meldingen))\b(?! (?:behalve|alleen|maar)\b)`,
    // C130: an appearance that asserts the good state: "Lijkt te werken nu".
    String.raw`\blijkt (?:nu |inmiddels )?(?:weer )?(?:te werken|goed te gaan|opgelost te zijn|in orde te zijn|stabiel te zijn|te lukken)\b(?! (?:alleen|maar|deels|gedeeltelijk)\b)`,
    // C134: policies in effect on the machine: "het groepsbeleid wordt toegepast".
    String.raw`\b(?:gpos?|groepsbeleid\w*|beleidsregels?|policies)(?: (?!niet\b|geen\b)[\w-]+){0,3} (?:worden (?:nu |weer |correct |goed )*toegepast|wordt (?:nu |weer |correct |goed )*toegepast)\b(?! (?:niet|nog niet|maar|alleen)\b)`,
    // C135: the application starts without the prompt that was the fault: "Outlook start zonder activatiemelding".
    String.raw`\b(?:start|starten|opent|openen|verbindt|verbinden|synchroniseert|synct|meldt zich aan|logt in)(?: [\w-]+){0,3} zonder (?:\w*melding\w*|waarschuwing\w*|prompt|pop-?up|fouten|fout|problemen)\b(?!(?: [\w-]+)? (?:alleen|behalve|maar)\b)`,
    // C125: normal operation stated as confirmed, in the formal register: "Normal operation has been confirmed".
    String.raw`\bde normale werking is (?:bevestigd|vastgesteld|gecontroleerd)\b`,
    // C126: as good as its peers: "works just like every other laptop in the office", "same speed as the rest".
    String.raw`\b(?:even snel|net zo snel|even stabiel) als (?:in )?(?:de rest|de andere)\b`,
    // C114: every job of a run told as successful: "every backup job succeeded last night".
    String.raw`\b(?:alle|elke|iedere)(?: (?!niet\b)[\w-]+){0,4} (?:back-?ups?|backupjobs?|jobs?|taken|tests?|synchronisaties)(?: (?!niet\b)[\w-]+){0,4} (?:geslaagd|succesvol|zonder fouten)\b`,
    // C116: the good state as an attribute: "the now-working VPN", "das wieder funktionierende Profil".
    String.raw`\b(?:inmiddels|nu|weer) (?:werkende|functionerende|herstelde)\b`,
    // C117: working as it did before the fault: "works exactly as before the update".
    String.raw`\bwerk(?:t|en)(?: [\w-]+){0,2} (?:net |precies )?(?:zoals|als) voor de [\w-]+`,
    String.raw`\bhet (?:nu )?weer doet\b`,
    // C102, C104, C107.
    String.raw`\b(?:heeft|hebben) (?:zijn|haar|hun) (?:werk|werkje|taak) gedaan\b`,
    String.raw`\bis van de baan\b`,
    String.raw`\b(?:komt|komen) (?:alles |het |ze )?er (?:keurig|netjes|prima|goed) uit\b`,
    String.raw`\bkleurt (?:elke nacht |weer |nu )?groen\b`,
    // C90, C91: "nul mislukte back-upjobs", "0 vastgelopen taken", "pakketverlies nu 0 %".
    String.raw`\b\w*verlies(?: [\w-]+){0,5} (?:naar|op|nu|tomark) 0\b(?! (?:to|tomark|a|naar|para|al|auf|do|till|до|الى)\b)`,
    // C96: "maakt de client nu zonder waarschuwing verbinding", "krijgen de scanners nu netjes een IP-adres".
    String.raw`\b(?:maakt|maken) (?:[\w-]+ ){0,3}(?:nu |weer )?zonder (?:[\w-]+ )?(?:waarschuwing|waarschuwingen|fouten?|foutmeldingen?|problemen|onderbrekingen?) verbinding\b`,
    String.raw`\b(?:verbindt|verbinden|start|starten|opent|openen|synchroniseert|synchroniseren)(?: [\w-]+){0,3} (?:nu |weer )?zonder (?:[\w-]+ )?(?:waarschuwing\w*|fout\w*|problemen|melding\w*|onderbreking\w*)\b`,
    String.raw`\b(?:krijgen|krijgt|ontvangen|ontvangt)(?: [\w-]+){0,5} (?:nu |weer )?(?:netjes|correct|gewoon|weer|probleemloos|zonder problemen) (?:een |hun |zijn )?(?:ip|ip-adres|ip-adressen|adres|verbinding)\b`,
    // C83: speed back to normal or better than before the fault; messages that arrive as they should
    // now; a test run that came out clean ("printed two batches without skipping a label").
    String.raw`\b(?:sneller|stabieler|beter|vlotter)(?: op)? dan (?:voor|voordat)\b`,
    String.raw`\b(?:komen|komt)(?: \S+){0,3} nu (?:gewoon |netjes |weer )?binnen\b`,
    String.raw`\b(?:twee|drie|\d+) keer (?:netjes|foutloos|zonder problemen|correct) (?:geprint|afgedrukt|gescand)\b`,
    // C80: the output right again, and the phone registered again with its calls going through:
    // "invoices come out with the correct logo again", "the desk phone registers with the PBX again".
    String.raw`\b(?:komen|komt) weer(?: [\w-]+){0,3} (?:juiste|correcte|goede)(?: [\w-]+){0,4} uit\b`,
    String.raw`\b(?:meldt|melden|registreert|registreren) (?:zich )?weer(?: [\w-]+){0,4} aan\b`,
    String.raw`\b(?:bellen|gesprekken) (?:gaat|gaan|werkt|werken) (?:weer )?in beide richtingen\b`,
    // C64: the consequence that implies the fix: a run printed without a hitch, the queues drain
    // and jobs come out in seconds.
    String.raw`\b(?:alle|al de)(?: [\w-]+){0,4} zonder (?:enig |een enkel |ook maar een )?(?:haperen|hapering|haperingen|problemen|probleem|fouten|storing|morren|gedoe)(?: [\w-]+){0,2} (?:afgedrukt|geprint|gescand|verstuurd|verwerkt)\b`,
    String.raw`\b(?:wachtrijen?|queues?)(?: [\w-]+){0,3} (?:lopen|loopt|raken|raakt|worden|wordt) (?:\w+ )?(?:normaal|gewoon|netjes|vlot|weer) (?:leeg|af|verwerkt)\b`,
    String.raw`\b(?:afdrukken|printjes|documenten|taken|jobs|paginas)(?: [\w-]+){0,2} (?:komen|rollen) (?:\w+ )?(?:binnen|in) (?:enkele|een paar|\d+|twee|drie|vijf|tien) seconden\b(?! (?:alleen|maar|behalve)\b)`,
    // C67: someone confirmed they can work again: "Sandra heeft bevestigd dat ze weer kan afdrukken".
    String.raw`\b(?:bevestigd|bevestigt|laten weten|gemeld|meldt) dat (?:ze|hij|zij|men|iedereen|alle \w+|de \w+) (?:\w+ ){0,4}(?:weer|opnieuw|gewoon|normaal) (?:\w+ ){0,4}(?:kan|kunnen) (?:afdrukken|printen|werken|inloggen|scannen|verbinden)\b`,
    // C66: the monitoring green again since the fix: "staat sinds de herinstallatie weer op groen".
    String.raw`\b(?:weer|opnieuw) (?:op |in het )?groen\b`,
    // C70: after an honest opening, the good state that stays: "maar met v7.1 blijft de spooler nu
    // gewoon draaien".
    String.raw`\bblijft (?:\w+ ){0,3}(?:nu|inmiddels|sindsdien|gewoon|netjes|stabiel) (?:\w+ )?(?:draaien|werken|lopen|actief|online|in de lucht)\b`,
    // C52: status shorthand after the fix: "Spooler OK post-fix", "back in prod", "ticket closed".
    String.raw`\bok na (?:de )?fix\b`,
    String.raw`\bweer in (?:productie|prod|gebruik|bedrijf)\b`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`\balle (?:wachtrijen|printers|queues) (?:printen|werken|draaien)$`,
    // C54: it has run since without a single fault: "running without a single crash".
    String.raw`\b(?:draait|werkt|loopt|print)(?: (?!(?:moet|moeten|zal|zou|wordt|worden|nog|niet|nooit|te|als|wanneer|zodra|kan)\b)[\w-]+){0,4} zonder (?:een enkele|ook maar een|een enige) (?:crash|storing|fout|onderbreking|vastloper)\b`,
    // C55: the restoration told as a confirmed noun or passive: "Restoration of printing confirmed".
    String.raw`(?<!\bzonder (?:een |bevestigde )?)\b(?:herstel|oplossing|reparatie)(?: (?!(?:gedeeltelijk|deels|alleen|moet|moeten|zal|zou|wordt|worden|nog|niet|nooit|te|als|wanneer|zodra|kan|poging)\b)[\w-]+){0,7} (?:bevestigd|geverifieerd|afgerond|voltooid|uitgevoerd|gelukt|geslaagd)\b(?! (?:alleen|deels|maar)\b)`,
    // C59: a test page printed with success: "test page printed successfully on every queue".
    String.raw`\btestpaginas?(?: (?!(?:moet|moeten|zal|zou|wordt|worden|nog|niet|nooit|te|als|wanneer|zodra|kan)\b)[\w-]+){0,4} (?:succesvol|correct|zonder problemen)(?: (?!(?:moet|moeten|zal|zou|wordt|worden|nog|niet|nooit|te|als|wanneer|zodra|kan)\b)[\w-]+){0,3} (?:afgedrukt|geprint)\b(?! alleen\b)`,
    // C60: the fix that did the trick, and the fault gone since: "did the trick, has stayed up since".
    String.raw`\bheeft het hem gedaan\b`,
    // C61: the outcome as a headline: "fix successful", "printing restored", "stays up", "no more crashes".
    String.raw`\bblijft (?:nu )?(?:draaien|werken|stabiel|in de lucht)\b`,
    // C50: settled idioms and regional forms of "it works again" ("put to bed", fr-CA "asteure", nl-BE "terug").
    String.raw`\b(?:doet|doen) (?:het|hij|ze) terug\b`,
    // C45: the place of the fault is empty and stays so: "the queue is empty and stays empty".
    String.raw`\b[\w-]*wachtrij(?: \S+){0,3} (?:is|blijft) leeg en blijft\b`,
    // C35: the place of the fault stayed good over a span: "the queue stayed empty all week".
    String.raw`\b(?:wachtrij|printwachtrij|queue)(?: \S+){0,5} (?:de hele|heel de|al de hele|sinds)(?: \S+){1,2} leeg\b`,
    String.raw`\b(?:wachtrij|printwachtrij|queue)(?: \S+){0,4} leeg (?:gebleven |geweest )?(?:de hele|heel de|sinds)\b`,
    // C37: all runs again, in Flemish: "alles marcheert terug".
    String.raw`\b(?:marcheert|marcheren|marcheerde)(?: \w+){0,2} (?:terug|weer|opnieuw|goed|prima)\b`,
    // C29: a formal closure: "Wij beschouwen de melding hiermee als afgehandeld".
    String.raw`\b(?:beschouwen|beschouw|zien|zie|geldt|gelden)(?: (?!pas\b|niet\b|nog\b)\w+){0,4} als (?:opgelost|afgehandeld|afgesloten|gesloten|verholpen)\b`,
    String.raw`\bals (?:opgelost|afgehandeld|afgesloten|gesloten|verholpen) (?:gemeld|bevestigd|gemarkeerd|aangemerkt|doorgegeven|teruggemeld)\b`,
    // C26: after several attempts, the last one did it: "de derde was raak".
    String.raw`\b(?:de|het) (?:tweede|derde|vierde|vijfde|laatste|volgende) (?:\w+ )?(?:was|bleek|is) (?:\w+ )?(?:raak|de juiste|het juiste|succesvol|een succes|de oplossing|de goede|het goede|een voltreffer|de gouden greep)\b`,
    // C25: the monitoring green for a time: "Monitoring staat al twee dagen op groen".
    String.raw`\b(?:monitoring|zabbix|prtg|nagios|dashboard|bewaking|eventlog|logboek|logs?|checks?)(?: [\w-]+){0,4} (?:staat|staan|is|zijn|blijft|blijven|bleef)(?: \w+){0,4} (?:op )?(?:groen|schoon|rustig)\b`,
    // C27: as fast as before: "weer net zo snel als vroeger".
    String.raw`(?<!\b(?:bijna|niet|nog niet|lang niet) )\b(?:net zo|even|weer zo|zo) (?:snel|vlot|stabiel|soepel|goed) als (?:vroeger|voorheen|eerst|altijd|nieuw|vanouds|voor het probleem)\b`,
    // C20: monitoring says all is well: "alle checks staan op groen".
    String.raw`\b(?:alles|alle)(?: \S+){0,6} (?:(?:is|zijn|staat|staan|weer|nu) )*(?:op )?groen\b`,
    // C19: someone confirmed it works now, verb last: "…, dat inloggen met MFA nu lukt".
    String.raw`(?:^| )dat (?:\w+ ){1,6}(?:nu|weer|inmiddels|intussen) (?:\w+ ){0,2}(?:werkt|werken|lukt|lukken|gaat|draait|draaien|print|printen|verbindt)$`,
    // C15: a job or a step done with success, and the phrases that stand for it.
    String.raw`\b(?:deed|doet|deden|doen) (?:\w+ ){0,2}het (?:\w+ )?weer\b`,
    String.raw`\bticket (?:mag|kan)(?: \w+){0,4} (?:dicht|gesloten worden)\b`,
    // C14: better than ever: the device not only works, it works better than before.
    String.raw`\b\w+(?:er|der) dan ooit\b`,
    // C13: a cause that fixed it: "dat loste het op", "verhielp de storing", "bracht de oplossing".
    String.raw`\b(?:loste|losten)(?: \w+){1,4} op\b`,
    // "verhielp de storing niet": the negation comes after the object.
    String.raw`\b(?:verhielp|verhielpen)(?: ${ADV})* (?:het|de|dat|dit|die|alles)\b(?!(?: \w+){0,3} (?:niet|nooit|nauwelijks)\b)`,
    String.raw`\b(?:bracht|brachten)(?: \w+){0,6} (?:de oplossing|uitkomst|soelaas)\b`,
    String.raw`\b(?:apps?|applicaties|office|windows|licenties?|producten?)(?: \S+){0,3} (?:is|zijn|werd|werden)(?: \S+)? (?:geactiveerd|actief|gelicentieerd)\b`,
    String.raw`\b(?:loopt|lopen|eindigt|eindigen|voltooit|rondt)(?: \S+){0,6} (?:succesvol|foutloos|zonder fouten)(?: af)?\b`,
    String.raw`\bzit (?:\S+ )?(?:weer )?snor\b`,
    String.raw`\b(?:ticket|melding|verzoek) (?:kan|mag)(?: nu)? (?:worden )?(?:gesloten|afgesloten)(?: worden)?\b`,
    String.raw`\b(?:doet|doen|deed|deden)(?: \w+){0,3} het (?:weer|nu|prima|goed|gewoon|weer prima)\b`,
    String.raw`\b(?:drukt|drukken|start|starten|komt|komen|logt|loggen|springt|springen)(?: \w+){0,3} (?:weer|opnieuw|nu|gewoon|${WELL})(?: \w+){0,2} (?:af|op|binnen|in|door|aan)\b`,
    String.raw`\b(?:kon|konden)(?: \w+){0,4} (?:worden )?(?:verholpen|opgelost|hersteld|gerepareerd|gefixt)(?: worden)?\b`,
    String.raw`\b(?:is|zijn) (?:het )?(?:\w+ )?gelukt\b`,
    String.raw`\b(?:ticket|melding|call|incident|verzoek)(?: \w+)? (?:mag|kan) (?:\w+ )?(?:dicht|gesloten|afgesloten|worden gesloten|worden afgesloten)\b`,
    String.raw`\b(?:gevonden|vastgesteld|achterhaald) en (?:verholpen|opgelost|gecorrigeerd|weggenomen)\b`,
    String.raw`\bweer (?:bereikbaar|beschikbaar|online|klaar voor gebruik|in orde|normaal|stabiel)\b`,
    String.raw`\b(?:nu|weer) (?:\w+ ){0,2}zonder (?:fouten|problemen|storingen|onderbrekingen)\b`,
    String.raw`\bklaar voor gebruik\b`,
    String.raw`\b(?:is|zijn|was|waren|werd|werden|lijkt|blijkt)(?: ${NOT_YET}\w+){0,3} ${DONE}\b(?! (?:zijn|worden|te)\b)`,
    String.raw`\b(?:is|zijn|lijkt|blijkt|blijft|blijven)(?: ${NOT_YET}\w+){0,3} ${FIXED}\b(?! (?:zijn|worden|te)\b)`,
    String.raw`\b(?:hebben|heb|heeft|hadden)(?: \w+){0,5} (?:opgelost|verholpen|gerepareerd|hersteld|gefixt|gefixed|werkend gekregen|aan de praat gekregen)\b`,
    // "loopt weer vast", "gaat weer mis": the particle after "weer" makes the verb a fault.
    String.raw`\b${DEVICE_VERBS}(?: \w+){0,3} (?:weer|opnieuw)\b(?! (?:vast|mis|fout|stuk|plat)\b)`,
    String.raw`\b(?:maakt|maken)(?: (?:nu|weer|opnieuw|het|hij|ze))+ verbinding\b`,
    String.raw`\b(?:werkte|draaide|printte|startte) (?:${ADV} )*(?:weer|opnieuw)\b`,
    String.raw`\b(?:fout|foutmelding|probleem|storing|melding|crash)(?:en|s)? (?:is|zijn)(?: ${ADV})* (?:weg|verdwenen|verleden tijd)\b`,
    String.raw`\b(?:sluiten|sluit|sluiten we) (?:dit|het|uw|je) (?:ticket|verzoek|incident|melding)\b`,
    String.raw`\b(?:ticket|melding|incident|verzoek)(?: ${ADV}| is| wordt| werd)* (?:gesloten|afgesloten|afgerond|opgelost)\b`,
    String.raw`\b(?:probleem opgelost|storing verholpen|weer online|weer operationeel|u kunt (?:nu |weer )+(?:printen|werken|inloggen)|je kunt (?:nu |weer )+(?:printen|werken|inloggen))\b`,
    // "of" (whether) is also "or", so the grammar cannot take it for a condition: the verb-last
    // claims look for it themselves.
    String.raw`(?<!\bof(?: \w+){0,3})(?:^| )(?:alles|het|hij|ze) (?:werkt|draait|loopt|doet het|functioneert)(?: (?:nu|weer|gewoon|inmiddels|eindelijk|ook))*$`,
    String.raw`\balles (?:\w+ )?(?:werkt|draait|loopt|doet het|functioneert)\b`,
    String.raw`\b(?:kan|kunnen|kon|konden)(?: \w+){0,4} (?:weer|nu|gewoon|probleemloos|normaal|zonder (?:problemen|fouten|moeite|haperingen|storingen))(?: \w+){0,3} (?:werken|printen|afdrukken|inloggen|aanmelden|verbinden|verbinding maken|scannen|mailen|versturen|ontvangen|openen|opslaan|gebruiken|bellen|vergaderen|aan de slag|aan het werk|verder|internetten|synchroniseren|starten|opstarten|bij|erin|erbij|online|(?!gebeuren|optreden|voorkomen|crashen|uitvallen|vastlopen|mislukken|verschijnen|komen|zijn|worden|duren|proberen|testen|controleren|melden|bellen|herstarten|niet)\w+en)\b(?! (?:zijn|worden|te)\b)`,
    String.raw`(?<!\bof(?: \w+){0,3} )\bweer (?:\w+ ){0,2}(?:kan|kunnen|kon|konden) (?:werken|printen|afdrukken|inloggen|aanmelden|verbinden|scannen|mailen|versturen|ontvangen|openen|opslaan|gebruiken|bellen|vergaderen|verder)\b`,
    String.raw`(?<!\bof(?: \w+){0,3} )\bweer (?:(?!moeten|kunnen|gaan|zullen|zal|zou|zouden|moet)\w+ ){0,2}(?:werkt|werken|draait|draaien|functioneert|functioneren|print|printen|loopt|lopen|verbinding maakt|verbindt|synchroniseert|opstart|start)\b`,
    String.raw`\b(?:hebben|heb|heeft|hadden|had)(?: \w+){0,5} (?:kunnen|weten) (?:oplossen|verhelpen|repareren|herstellen|fixen|op te lossen|te verhelpen|te herstellen|te repareren|te fixen|verhelpen)\b`,
    String.raw`\b(?:is|zijn) (?:het )?(?:ons|me|mij)(?: \w+){0,2} gelukt\b`,
    String.raw`\b(?:herstel|reparatie|fix|oplossing|ingreep|aanpassing)\w* (?:is |zijn )?(?:\w+ )?(?:gelukt|geslaagd|succesvol)\b`,
    String.raw`\b(?:dat|dit|het|de \w+|die) (?:heeft|hebben)(?: \w+){0,2} (?:geholpen|gewerkt|het probleem opgelost|de truc gedaan|het gedaan)\b`,
    String.raw`(?<!${SYMPTOM_NOUN}(?: \w+){0,3} )\b(?:is|zijn|was|waren)(?: \w+){0,2} weer(?: (?:volledig|helemaal|gewoon|volop))? (?:terug|bereikbaar|beschikbaar|online|in de lucht|operationeel|bruikbaar|inzetbaar|inzetklaar|toegankelijk|actief|aan de praat|werkend|functioneel|verbonden|in gebruik|up|in orde|normaal|ok|oke|goed|stabiel)\b`,
    String.raw`\b(?:komt|komen|kwam|kwamen|gaat|gaan|ging|gingen)(?: \w+){0,3} (?:weer|opnieuw|nu) (?:binnen|door|aan|eruit|naar buiten)\b`,
    String.raw`\b(?:maakt|maken)(?: \w+){0,3} (?:weer|opnieuw|nu|zonder \w+|probleemloos|normaal|gewoon|stabiel|prima)(?: \w+){0,3} verbinding\b`,
    String.raw`\b${SYMPTOM_NOUN}(?: \w+){0,3} (?:is|zijn|lijkt|lijken)(?: ${ADV})* (?:weg|verdwenen|verleden tijd|voorbij|de wereld uit)\b`,
    String.raw`\b${SYMPTOM_NOUN}(?: \w+){0,3} (?:verdween|verdwenen)\b`,
    String.raw`\b(?:is|zijn|draait|draaien|loopt|lopen|werkt|werken)(?: \w+){0,2} (?:sinds|al) (?:\w+ ){1,3}(?:stabiel|probleemloos|foutloos|storingsvrij|zonder (?:problemen|storingen|fouten|klachten))\b`,
    String.raw`\b(?:is|zijn)(?: \w+){0,3} (?:stabiel|probleemloos|storingsvrij|foutloos)\b`,
    String.raw`(?:^| )dat (?:\w+ ){1,4}(?:werkt|werken|draait|draaien|loopt|functioneert|doet|gaat)(?: (?:nu|weer|gewoon|inmiddels))*$`,
    String.raw`\b(?:sluiten we|sluit ik|sluiten|sluit)(?: \w+){0,2} (?:dit|het|uw|je|deze|de) (?:ticket|verzoek|incident|melding|call)\b`,
    String.raw`(?<!${SYMPTOM_NOUN}(?: \w+){0,3} )\b(?:wordt|worden)(?: \w+){0,3} weer(?: \w+){0,3} (?:weergegeven|getoond|gevonden|herkend|gesynchroniseerd|geprint|afgedrukt|bezorgd|geladen|verzonden|ontvangen|verbonden|opgeslagen)\b(?! (?:worden|zijn)\b)`,
    String.raw`\b(?:zet|zetten|markeer|markeren)(?: \w+){0,3} (?:ticket|melding|incident|call|verzoek)(?: \w+)? (?:op|als) (?:opgelost|gesloten|afgehandeld|afgerond|resolved|closed)\b`,
    String.raw`(?:^| )(?:(?:het )?ticket )?(?:kan|mag) dicht$`,
    String.raw`\b(?:lukt|lukken|lukte)(?: \w+){0,2} (?:weer|nu|wel|prima|gewoon)\b`,
    // Subject first: "…, kunnen we het ticket sluiten" follows a condition as often as not.
    String.raw`\b(?:we|wij|ik|u|je|jullie) (?:kunnen|kan|mogen|mag)(?: \w+){0,2} (?:dit|het|deze|de|uw) (?:ticket|zaak|melding|verzoek|incident|call) (?:\w+ )?(?:sluiten|afsluiten|dichtzetten|dichtdoen)\b`,
    String.raw`\b(?:kan|kunnen|mag|mogen)(?: \w+){0,3} als (?:opgelost|gesloten|afgehandeld|afgerond) (?:worden )?(?:gemarkeerd|gezet|gesloten|beschouwd)\b`,
  ],
  stateClaims: [
    // C229: een vaste toestand in één woord van lof: "de wifi is nu vlekkeloos", "de verbinding is sinds vanmorgen rotsvast".
    String.raw`\b(?:is|zijn|blijft|blijven|draait|draaien|loopt|lopen|werkt|werken|functioneert|functioneren|doet het|doen het)(?: (?!niet\b|nooit\b|geen\b|alleen\b|maar\b|tot\b|nog\b)[\w-]+){0,4} (?:vlekkeloos|rotsvast|foutloos|feilloos|storingsvrij|probleemloos|kiplekker|tiptop|piekfijn|onberispelijk|smetteloos|als een zonnetje|als een trein|als een speer|als een tierelier|dik in orde|als een klok)\b(?! (?:maar|behalve|alleen|tot)\b)`,
    // C233: werkwoord voorop, een lang onderwerp met zijn plaats, dan hoe het werkt: "nu draait de server in de kelder weer prima".
    String.raw`\b${DEVICE_VERBS}(?: (?!niet\b|nooit\b|geen\b|alleen\b|maar\b|tot\b|pas\b|behalve\b|nog\b)[\w-]+){5,7} ${WELL}\b(?! (?:maar|behalve|alleen|tot)\b)`,
    // C164: stable since the change: "VPN stabiel sinds de herconfiguratie".
    String.raw`\bstabiel (?:sinds|vanaf) (?:de|het|gisteren|vanochtend|vanmorgen|vannacht)\b(?! (?:niet|maar|alleen)\b)`,
    // Jobs come out of the queue again: "printopdrachten komen weer netjes uit de wachtrij".
    String.raw`\b(?:komen|komt) (?:weer |nu )+(?:netjes|gewoon|normaal|vlot|probleemloos) (?:uit|door)\b`,
    // C21: better than before ("een stuk sneller dan eerst"); "iets sneller" is a partial result.
    String.raw`(?<!\b(?:iets|wat|een beetje|nauwelijks|niet|amper) )\b(?:(?:een stuk|veel|flink|stukken|aanzienlijk|duidelijk|merkbaar) )?(?:sneller|stabieler|vlotter|beter|betrouwbaarder|soepeler) dan (?:eerst|voorheen|vroeger|daarvoor|gisteren|tevoren)\b`,
    // C17: busy for a stretch of time without trouble: "de hele ochtend zonder problemen".
    String.raw`\b(?:de hele (?:ochtend|dag|middag|week|nacht)|sinds vanochtend)(?: \w+){0,3} zonder (?:enige |een )?(?:problemen|probleem|storingen|storing|fouten|fout|haperingen|hapering|klachten)\b`,
    String.raw`(?<!\bof(?: \w+){0,3} )\balles(?: \w+){0,2} (?:in orde|in kannen en kruiken|piekfijn|kits|top|prima|geregeld|naar wens|onder controle|weer goed|weer bij het oude|op rolletjes|oke|ok)\b`,
    String.raw`(?<!\bof(?: \w+){0,3} )\b(?:alles|het) (?:is |werkt |draait )?(?:weer )?(?:in orde|goed|prima|naar behoren|normaal|ok)\b`,
    String.raw`\b${DEVICE_VERBS}(?: (?!maar\b|tot\b|alleen\b|behalve\b)\w+){0,4} ${WELL}\b`,
    // Verb last, in a clause of its own: "dat hij weer prima werkt".
    String.raw`(?<!\bof(?: \w+){0,3} )\b(?:weer |nu )?${WELL} (?:werkt|werken|draait|draaien|print|printen|loopt|lopen|functioneert|functioneren|verloopt|verlopen|verbinding maakt|opstart|synchroniseert)\b`,
  ],
  symptomClaims: [
    // C317: nobody has the fault any more: "niemand krijgt meer de foutmelding", "er is geen enkele werkplek meer die vastloopt".
    String.raw`(?<!\b(?:bijna|haast|vrijwel) )\bniemand (?:krijgt|ziet|heeft|ontvangt|klaagt|mist|meldt) (?:nu |sindsdien )?meer\b`,
    String.raw`(?<!\b(?:bijna|haast|vrijwel) )\ber (?:is|zijn) (?:nu |sindsdien )?geen (?:enkele )?(?:medewerker|medewerkers|gebruiker|gebruikers|collega|collegas|werkplek|werkplekken|pc|laptop|laptops)s? meer (?:die|dat)\b`,
    // C318: not a single failure since a change: "geen enkele storing meer sinds de nieuwe switch".
    String.raw`^(?:geen enkele|niet een|niet een enkele|nul) (?:[\w-]+ )?(?:storing|storingen|fout|fouten|onderbreking|onderbrekingen|crash|crashes|vastloper|vastlopers|melding|meldingen)(?: meer)?(?: [\w-]+){0,5} sinds\b`,
    // C287: no longer an issue: "de wifi is geen issue meer", "het inloggen is geen punt meer".
    String.raw`\b(?:is|zijn) (?:nu |inmiddels |echt )?geen (?:issue|punt|thema|zorg|kwestie|hoofdpijndossier|gedoe) meer\b`,
    // C288: nothing sticks any longer: "er hapert niets meer aan de RDP-gateway", "niets loopt meer vast".
    String.raw`\b(?:hapert|haperen|stokt|stokken|hangt|crasht|crashen|blokkeert|faalt|sputtert|klemt)(?: (?:er|nu|inmiddels|daar|hier))* niets meer\b`,
    String.raw`\bniets (?:hapert|stokt|hangt|crasht|blokkeert|faalt|sputtert|klemt)(?: [\w-]+){0,3} meer\b|\b(?:loopt|lopen)(?: (?:er|nu|inmiddels|daar|hier))* niets meer vast\b|\bniets loopt(?: [\w-]+){0,3} meer vast\b`,
    // C289: not a single dropped call since the change: "vandaag geen enkel weggevallen gesprek meer sinds de switch is vervangen", "geen verbroken verbindingen meer".
    String.raw`\bgeen (?:enkel |enkele |een )?(?:weggevallen|verbroken|afgebroken|gedropte|gedropt|mislukte|mislukt|onderbroken|weggevallen) (?:gesprek|gesprekken|oproep|oproepen|verbinding|verbindingen|call|calls|sessie|sessies)(?: [\w-]+){0,3} (?:meer|sinds|na)\b`,
    // C290: not seen the fault once since the change: "ik heb de pop-up sinds de patch geen enkele keer meer gezien", "de melding is niet één keer meer verschenen".
    String.raw`\b(?:geen (?:enkele )?keer|niet (?:een|één) (?:enkele )?keer|nog geen (?:enkele )?keer) (?:meer )?(?:gezien|teruggezien|verschenen|opgedoken|voorgekomen|opgetreden|gehad|opgekomen|opgepopt|weggevallen|gecrasht|vastgelopen)\b`,
    // C225: geen storing over een periode: "al twee dagen geen enkel probleem met de netwerkschijf", "we hebben al een week geen problemen".
    String.raw`(?<!\b(?:niet|nog|bijna|als|zodra|tot|voordat)\b(?: [\w-]+){0,2} )\b(?:al|nu al|inmiddels|al ruim|ruim|sinds|de afgelopen|afgelopen|in|de laatste) (?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|enkele|een paar|meerdere|paar) (?:dagen|dag|weken|week|uur|uren|nachten|werkdagen|diensten)(?: (?!(?:was|waren|had|hadden|zal|zullen)\b)[\w-]+){0,4} (?:geen|nul|zonder|niet een|niet 1)(?: (?:enkel|enkele|ene|een|meer|last van))* (?:[\w-]+ )?(?:problemen|probleem|storing|storingen|fout|fouten|foutmelding|foutmeldingen|crash|crashes|klacht|klachten|onderbreking|onderbrekingen|haperingen|hapering|vastlopers|uitval)\b`,
    String.raw`\b(?:geen|nul)(?: (?:enkel|enkele|ene|een))? (?:[\w-]+ )?(?:problemen|probleem|storing|storingen|fout|fouten|foutmelding|foutmeldingen|crash|crashes|klacht|klachten|onderbreking|onderbrekingen|haperingen|vastlopers|uitval)(?: [\w-]+){0,5} (?:in|sinds|al) (?:de afgelopen |de laatste )?(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|enkele|een paar|meerdere) (?:dagen|dag|weken|week|uur|uren|nachten|werkdagen)\b(?! (?:lang|daarna|tot|maar)\b)`,
    // C226: niks meer te klagen, als uitdrukking: "ik kan niet klagen", "niks meer op aan te merken".
    String.raw`(?<!\b(?:als|zodra|of|hopen|hoop)\b(?: [\w-]+){0,3} )\b(?:kan|kunnen|mag|mogen) (?:ik |we |wij |je |jij |hij |zij |ze |u |men )?(?:echt |eigenlijk |nu |werkelijk |zeker )*niet (?:meer )?klagen\b(?! (?:bij|tegen|tot)\b)`,
    String.raw`\b(?:niks|niets|geen) (?:meer )?(?:te klagen|op aan te merken|aan te merken|op te zeggen)\b`,
    String.raw`\bgeen klagen (?:aan|over)\b`,
    // C227: niets meer mis: "er is niets meer mis met de laptop", "de printer mankeert niks meer".
    String.raw`\b(?:niets|niks) meer (?:mis|aan de hand|kapot|stuk)\b`,
    String.raw`\b(?:mankeert|mankeren) (?:\w+ ){0,3}(?:niets|niks) meer\b`,
    // C197: geen storing geteld sinds de wijziging: "0 crashes sinds de patch".
    String.raw`\b(?:0|nul) (?:[\w-]+ ){0,2}(?:crashes|fouten|storingen|meldingen|alerts|onderbrekingen)(?: [\w-]+){0,6} sinds (?:de|het) (?:[\w-]+ )?(?:patch|herstart|reboot|update|wissel|vervanging|ingreep|fix|reparatie|migratie)\b`,
    // C160: nothing left to report or hear about: "sinds de ingreep niks meer te melden", "we horen er niemand meer over".
    String.raw`\b(?:niks|niets) (?:meer|nieuws meer) te (?:melden|rapporteren|vermelden)\b`,
    String.raw`\b(?:we|wij|ik) (?:horen|hoor|hoorden) (?:er )?(?:niemand|niks|niets|geen klachten) meer (?:over)?\b`,
    String.raw`\bniemand (?:klaagt|zeurt|moppert) (?:er )?meer\b`,
    // C165: since then not a single fault: "Firewall herstart. Sindsdien geen enkele onderbreking."
    String.raw`\b(?:sindsdien|sinds dat moment|daarna|sinds de [\w-]+) (?:is er |hebben we |was er )?(?:geen enkele|geen|niet een|niet een enkele) (?:[\w-]+ )?\w*(?:onderbreking|storing|crash|fout|uitval|haper|vastloper|verbindingsverlies|herstart|disconnect|papierstoring)\w*\b`,
    // C147: a span of work without a single fault: "al de hele ochtend te scannen … zonder één foutmelding".
    String.raw`\b(?:al de hele (?:ochtend|middag|dag)|de hele (?:ochtend|middag|dag)|sinds vanochtend|sinds vanmorgen|sinds gisteren)(?: [\w-]+){0,8} zonder (?:een|enige|1|ook maar een) (?:enkele )?(?:[\w-]+ )?(?:foutmelding|fout|storing|probleem|hapering|crash|onderbreking)\b`,
    // C131/C132: the fault no longer comes back, also in a subordinate clause: "waarom de telefoons niet meer uitvallen", "De foutmelding is niet teruggekomen".
    String.raw`(?<!\bniet zo dat (?:[\w-]+ ){0,4})\bniet meer (?:uitvallen|uitvalt|wegvallen|wegvalt|vastlopen|vastloopt|crashen|crasht|haperen|hapert|verbreken|verbreekt|onderbroken worden|terugkomen|terugkomt|optreden|optreedt|voorkomen|voorkomt|verschijnen|verschijnt)\b`,
    String.raw`\b(?:fout\w*|probleem|problemen|storing\w*|melding\w*|crash\w*|waarschuwing\w*)(?: [\w-]+){0,3} (?:is|zijn) (?:sindsdien |daarna )?niet (?:meer )?(?:teruggekomen|teruggekeerd|opgetreden|verschenen|voorgekomen)\b`,
    // C124: the workaround or the chore no longer needed: "doesn't have to use the webmail workaround now".
    String.raw`\b(?:hoeft|hoeven)(?: [\w-]+){0,4} niet meer (?:[\w-]+ ){0,5}(?:te gebruiken|herstart te worden|gereboot te worden|te herstarten)\b`,
    // C118: held for a span of time without the fault: "has held for two days now without a single disconnect".
    String.raw`\b(?:houdt|werkt|draait|blijft)(?: \w+){0,5} (?:dagen|uur|uren|weken|nachten)(?: \w+){0,2} (?:vol )?zonder (?:een enkele |enige |een |ook maar een )?(?:[\w-]+ )?(?:verbinding|onderbreking|storing|fout|crash|uitval)\w*`,
    // C119: not once since a point in time: "since 3 pm the Wi-Fi has not dropped once", "no errors since the reboot".
    String.raw`\bniet meer (?:weggevallen|uitgevallen|vastgelopen|gecrasht|verbroken)\b`,
    String.raw`\bgeen (?:enkele )?(?:fout|fouten|storing|storingen|onderbreking|onderbrekingen|crash|crashes)(?: \w+){0,3} (?:sinds|na)\b`,
    // C113: a loss measured as none: "0 % loss over 500 packets", "丢包率0%".
    String.raw`\b0 (?:\w*verlies|\w*fouten|\w*onderbrekingen)\b(?! (?:naar|tomark)\b)`,
    // C115: the user with nothing left to complain about: "has nothing more to complain about".
    String.raw`\b(?:heeft|hebben|had) (?:niks|niets) meer te (?:klagen|melden)\b`,
    String.raw`\bklaagt niet meer\b`,
    String.raw`\bgeen klachten meer\b`,
    // C103: "Exact weigert niet langer op te starten", "er mankeert niks meer aan".
    String.raw`\b(?:weigert|weigeren) niet (?:langer|meer) (?:om )?\b`,
    String.raw`\bmankeert (?:niks|niets) meer\b`,
    // C90: the fault counted as none ("0 failed logons"): its failure word is no negation of a claim.
    String.raw`\b(?:0|nul|geen) (?:[\w-]+ ){0,2}(?:mislukte|mislukt|gefaalde|vastgelopen|verloren|afgebroken|geweigerde)\b`,
    // C92: "geen nieuwe verbindingsonderbrekingen in het weekend"; C94: "hoeven niet meer opnieuw in te voeren".
    String.raw`\bgeen (?:nieuwe|verdere|andere) (?:[\w-]+ ){0,2}\w*(?:onderbrekingen|onderbreking|storingen|storing|fouten|fout|crashes|crash|uitval|problemen|probleem|meldingen|klachten|verbrekingen)\b`,
    String.raw`\b(?:hoeft|hoeven|moet|moeten)(?: [\w-]+){0,2} niet meer (?:[\w-]+ ){0,4}(?:opnieuw|herstarten|rebooten|te herstarten|te rebooten|in te voeren|in te loggen)\b`,
    // C86: the monitoring has not seen a single outage since the change, told with its own verb:
    // "n'a remonté aucune coupure depuis", "一度も検知されていません".
    String.raw`\bmonitoring\b(?: \S+){0,6} geen (?:enkele )?(?:uitval|storing|storingen|onderbreking|fout|fouten|crash|crashes|melding)(?: \S+){0,5} (?:meer )?(?:gezien|gemeld|gedetecteerd|geregistreerd)\b`,
    // C82: the fault told as ended in the present, with its own verb: "the paper jams have stopped",
    // "ya no se atasca", "non si inceppa più", "紙詰まりはもう起きていません".
    String.raw`\b\S*(?:storingen|fouten|foutmeldingen|crashes|problemen|onderbrekingen|meldingen|vastlopers)\b(?: [\w-]+){0,8} (?:zijn|is) (?:nu )?verleden tijd\b`,
    // C81: a fault counter held at zero since the change, and a backup's log clean with no error:
    // "CRC error counter: still 0 since the cable swap", "last night's backup log is clean, 0 errors".
    String.raw`\bback-?uplog(?: [\w-]+){0,5} (?:is|was) (?:helemaal )?schoon\b`,
    String.raw`\b\S*tellers?\b(?: [\w-]+){0,10} (?:sinds|na)(?: [\w-]+){0,4} op (?:0|nul)\b`,
    // C64: nobody has been in touch about it since: "geen enkele gebruiker heeft meer gebeld".
    // Only "meer" (any more): "niemand heeft nog gebeld" is a reply still awaited.
    String.raw`\b(?:geen enkele|geen) (?:gebruiker|klant|medewerker|collega)s? (?:\w+ ){0,2}meer (?:\w+ ){0,3}(?:gebeld|contact opgenomen|geklaagd|gemaild|gemeld|aangeklopt)\b`,
    String.raw`\bniemand (?:\w+ ){0,2}meer (?:\w+ ){0,3}(?:gebeld|contact opgenomen|gemaild|aangeklopt)\b`,
    // C65: a span of time with no fault: "is er geen enkele spoolerstop meer gelogd", "draait al drie
    // dagen zonder onderbreking".
    String.raw`\bgeen (?:enkele |enkel |een )?(?:[\w-]+ )?(?:[\w-]*stops?|[\w-]*crash(?:es)?|storingen|storing|fouten|fout|uitval|events?|gebeurtenissen|gebeurtenis|vastlopers?)(?: [\w-]+){0,2} (?:meer )?(?:gelogd|geregistreerd|vastgelegd|waargenomen|gezien|opgetreden|gemeld)\b`,
    String.raw`\b(?:draait|draaien|werkt|werken|loopt|lopen)(?: (?!niet|nooit|nog)[\w-]+){0,4} (?:zonder (?:enige |een )?(?:onderbreking|onderbrekingen|uitval|storing|crash|haperingen|hapering)|ononderbroken|onafgebroken)\b`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`\bgeen (?:\w+ )?repro meer\b`,
    // C57: litotes of the fault: "no longer exactly broken", "can hardly be called faulty".
    String.raw`\bniet (?:bepaald|echt|direct|zo) meer (?:stuk|kapot|defect|in storing)\b`,
    String.raw`\bniet meer (?:bepaald|echt|direct|zo) (?:stuk|kapot|defect|in storing)\b`,
    // C60: the fix that did the trick, and the fault gone since: "did the trick, has stayed up since".
    String.raw`\bsindsdien niet meer (?:omgevallen|gecrasht|vastgelopen|gestopt|uitgevallen|plat gegaan)\b`,
    // C48: the fault has not come back once, or no longer happens: "hasn't crashed once since the reinstall", "jobs no longer get stuck".
    String.raw`\b(?:is|zijn|heeft|hebben)(?: \w+){0,5} niet (?:meer|een (?:enkele )?keer) (?:gecrasht|gecrashed|vastgelopen|uitgevallen|blijven hangen|gestopt|neergegaan)\b`,
    // C44: a fault counted as zero in a log or over a span: "zero spooler crashes in the last 72 hours".
    String.raw`\b(?:nul|0|geen(?: enkele)?) ${SYMPTOM_NOUN}(?: [\w-]+){0,5} (?:in de afgelopen|de afgelopen|in de laatste|sinds)\b`,
    // C34: a fault counted as none over a span of time: "not a single stuck job since Tuesday".
    String.raw`\bgeen (?:enkele |enkel |ene )?(?:vastgelopen|hangende|geblokkeerde|gecrashte|mislukte) \w*(?:taak|taken|job|jobs|opdracht|opdrachten|afdruk|afdrukken)(?: \w+){0,3} (?:meer|sinds)\b`,
    // C31: it does not come back: "De fout doet zich niet meer voor".
    String.raw`\b(?:doet|doen|deed|deden) zich (?:\w+ ){0,2}(?:niet meer|niet opnieuw|niet meer opnieuw) voor\b`,
    String.raw`\b(?:is|zijn) (?:\w+ ){0,4}niet (?:meer |opnieuw )(?:teruggekomen|verschenen|opgetreden|voorgekomen|teruggekeerd|opgedoken|gebeurd)\b`,
    // C24, C25: no further crashes, alerts or events since: "Geen verdere crashes sinds gisteren".
    String.raw`\bgeen (?:enkele |nieuwe |verdere )?(?:${SYMPTOM_NOUN}|alerts?\b|alarmen\b|alarm\b|events?\b|event-?ids?\b|klachten\b|klacht\b)(?: [\w-]+){0,4} (?:sinds|na|sindsdien)\b`,
    // C23: nobody complained since: "Niemand heeft meer geklaagd".
    String.raw`\bniemand (?:\w+ ){0,3}(?:meer |nog )?(?:geklaagd|geklaagd|gebeld|gemeld|klaagt|belt)\b(?! (?:om|of|dat)\b)`,
    // C16: no complaints since a time: "Sinds maandag geen klachten meer".
    String.raw`\b(?:geen|nul) (?:enkele |nieuwe |verdere )?(?:klachten|klacht|meldingen|melding|tickets?|storingsmeldingen|foutmeldingen)(?: \w+){0,3} meer\b`,
    String.raw`\bsinds (?:\w+ ){1,3}(?:\w+ )?geen (?:enkele |nieuwe )?(?:klachten|klacht|meldingen|melding|tickets?|storingen|fouten|problemen)\b`,
    // C14: better than ever: the device not only works, it works better than before.
    String.raw`\bnog nooit zo (?:snel|stabiel|goed|vlot|soepel)\b`,
    // "Nog crashes? Nee, sinds vrijdag geen meer."
    String.raw`(?:^| )(?:sinds \w+ |sindsdien )?geen(?: enkele)? meer$`,
    String.raw`\b${SYMPTOM_NOUN}(?: \w+){0,3} (?:wordt|worden) (?:\w+ )?niet meer (?:weergegeven|getoond|gemeld|gegeven|opgegooid)\b`,
    String.raw`\b(?:hebben|hadden|heb|heeft) (?:we |wij |ik |ze |hij )?(?:\w+ ){0,3}${SYMPTOM_NOUN}(?: \w+){0,3} niet meer (?:gezien|gehad|opgemerkt|waargenomen|gekregen|ontvangen)\b`,
    String.raw`\bniet meer (?:te reproduceren|reproduceerbaar|na te bootsen)\b`,
    String.raw`\b${SYMPTOM_NOUN}(?: \w+){0,3} (?:is|zijn) (?:\w+ )?niet meer (?:teruggekomen|verschenen|opgetreden|voorgekomen|gezien|teruggekeerd|opgedoken)\b`,
    String.raw`\b(?:nu|weer) (?:\w+ ){0,2}zonder (?:fouten|problemen|storingen|onderbrekingen)\b`,
    String.raw`\bniet meer (?:kapot|stuk|defect|offline|geblokkeerd|in storing)\b`,
    String.raw`\bgeen (?:gedoe|problemen|fouten|storingen|meldingen|crashes)(?: \w+)? meer\b`,
    String.raw`\bgeen (?:verdere |extra |aanvullende )?(?:actie|acties|stappen|werkzaamheden)(?: meer)? (?:nodig|vereist|noodzakelijk)\b`,
    // "De mail komt niet meer binnen" is the symptom itself, not its end.
    String.raw`\b(?:crasht|crashen|loopt|lopen|valt|vallen|treedt|treden|verschijnt|verschijnen|blijft|hangt|hangen|komt|komen|duikt|duiken|springt|springen|verbreekt|flikkert|flikkeren|bevriest|bevriezen|hapert|haperen|vastloopt|vastlopen|uitvalt|uitvallen|klaagt|zeurt|piept|blokkeert|gebeurt|gebeuren|verschijnt)(?: \w+){0,3} niet meer(?! (?:binnen|door|aan|op gang)\b)(?: (?:vast|uit|op|voor|terug|weg|tevoorschijn))?\b`,
    String.raw`\b(?:toont|tonen|geeft|geven|meldt|gooit)(?: \w+){0,2} ${SYMPTOM_NOUN}(?: \w+){0,2} niet meer\b`,
    String.raw`\bgeen (?:enkele |nieuwe |verdere )?${SYMPTOM_NOUN}(?: \w+){0,3} meer\b`,
    String.raw`\b(?:sindsdien|sinds (?:\w+ ){1,4})(?:\w+ )?geen (?:enkele |nieuwe )?${SYMPTOM_NOUN}`,
    String.raw`\bgeen (?:verdere |extra |aanvullende )?(?:actie|acties|stappen|werkzaamheden|probleemoplossing|troubleshooting|ingrepen|handelingen|opvolging)(?: \w+){0,2} (?:nodig|vereist|noodzakelijk)\b`,
    String.raw`\b(?:er )?(?:hoeft|hoeven) (?:\w+ ){0,2}niets (?:meer )?(?:te gebeuren|gedaan te worden)\b`,
    String.raw`\bgeen (?:fouten|foutmeldingen|crashes|storingen|meldingen|problemen|onderbrekingen)(?: \w+)? meer\b`,
    String.raw`\b(?:sinds|na) (?:\w+ ){1,4}geen (?:fouten|foutmeldingen|crashes|storingen|problemen)\b`,
  ],
  actions: [
    String.raw`\b(?:vervangen|opnieuw geinstalleerd|geinstalleerd|opnieuw opgestart|bijgewerkt|geupdatet|gereset|opnieuw geconfigureerd|geconfigureerd|verwijderd|gewist|opgeschoond|gerepareerd|opnieuw aangemaakt|gemigreerd|uitgeschakeld|ingeschakeld|geleegd|gedeinstalleerd|omgewisseld)\b`,
  ],
  negativeSubjects: ['niets', 'geen', 'niemand', 'noch', 'geen enkele'],
  without: ['zonder'],
  // C123: a failure word, like the English "failed": "…, pero las del martes han vuelto a fallar".
  negators: ['niet', 'geen', 'nooit', 'niets', 'noch', 'mislukt', 'misgegaan'],
  modals: [
    'zal',
    'zullen',
    'zou',
    'zouden',
    'wordt',
    'worden',
    'gaat',
    'gaan',
    'moet',
    'moeten',
    'kan',
    'kunnen',
    'te',
    'om',
    'hopen',
    'hopelijk',
    'lijkt',
    'leek',
    'proberen',
  ],
  hedges: ['zou moeten', 'zouden moeten'],
  now: ['nu', 'inmiddels', 'intussen'],
  auxiliaries: [
    'is',
    'zijn',
    'was',
    'waren',
    'werd',
    'werden',
    'heeft',
    'hebben',
    'heb',
    'had',
    'hadden',
    'het',
    'hij',
    'ze',
    'nog',
    'steeds',
    'nu',
    'weer',
    'helaas',
    'ook',
    'wel',
    'al',
    'helemaal',
    'volledig',
  ],
  conjunctions: ['en', 'maar', 'dus', 'toen', 'daarna', 'want', 'echter', 'toch', 'of', 'vervolgens'],
  conditions: [
    'als',
    'zodra',
    'totdat',
    'voordat',
    'zodat',
    'indien',
    'wanneer',
    'tenzij',
    'mits',
    'om te',
    'in geval',
  ],
  since: ['na', 'nadat', 'sinds', 'sinds de'],
  contrasts: [
    // C328 (honest): a good state for all but some, the exception named after it: "niemand krijgt meer de melding, behalve de balie".
    'uitgezonderd',
    'met uitzondering',
    // C326 (honest): a fix of an earlier incident, then this one denied: "vorige keer hielp een herstart; deze keer maakte het geen verschil".
    'deze keer',
    'dit keer',
    'deze keer niet',
    // C327 (honest): a step done, the outcome still open: "de update staat erop, afwachten of de storingen stoppen".
    'afwachten of',
    'moet nog blijken',
    'valt nog te bezien',
    'alleen',
    'nog steeds',
    'nog altijd',
    'maar',
    'echter',
    'behalve',
    'terwijl',
    // C294 (honest): "De nieuwe monitor werkt perfect; de VPN blijft wegvallen": a failure that goes on.
    'blijft wegvallen',
    'blijven wegvallen',
    'blijft haperen',
    'blijft crashen',
    'blijven crashen',
    'blijft vastlopen',
    'blijft hangen',
    'blijft uitvallen',
    'blijft falen',
    'blijft afbreken',
    'blijft storen',
    'blijft terugkomen',
    'blijft weigeren',
    'valt steeds weg',
    'valt telkens weg',
    'valt voortdurend weg',
    'crasht steeds',
    'crasht telkens',
    'loopt steeds vast',
    'loopt telkens vast',
    'hapert steeds',
    'hapert telkens',
    // C295 (honest): "We hadden het in maart opgelost; helaas speelt het probleem opnieuw": the turn of a recurrence.
    'helaas',
  ],
  limits: [
    // C328 (honest): a good state for all but some, the exception named after it: "niemand krijgt meer de melding, behalve de balie".
    'behalve',
    'uitgezonderd',
    'met uitzondering',
    // C327 (honest): the outcome still open after a step done.
    'afwachten of',
    'moet nog blijken',
    'valt nog te bezien',
    // C319 (honest): an answer of "yes" that goes on with the fault: "Ja, sinds tien uur, maar met haperen".
    'met haperen',
    'met haperingen',
    'met storingen',
    'met onderbrekingen',
    // C295 (honest): "Vorige maand was het verholpen, maar nu speelt het probleem opnieuw": the fault back after the fix.
    'speelt opnieuw',
    'speelt het opnieuw',
    'speelt het probleem opnieuw',
    'speelt het probleem weer',
    'speelt de storing opnieuw',
    'speelt de storing weer',
    'probleem speelt',
    'storing speelt',
    'valt steeds weg',
    'valt telkens weg',
    // C230: "Het lijkt opgelost, maar we wachten op bevestiging": een bevestiging die nog moet komen beperkt de schijn.
    'wachten op',
    'wachten nog',
    // C76: "We hebben het opgelost, maar een uur later crashte hij weer": a fault told again.
    'crashte weer',
    'crashte opnieuw',
    'stopte weer',
    'stopte opnieuw',
    'viel weer uit',
    'viel opnieuw uit',
    'liep weer vast',
    'liep opnieuw vast',
    'opnieuw gecrasht',
    'weer gecrasht',
    // With the subject after the verb: "maar een uur later crashte hij weer".
    'crashte hij weer',
    'crashte het weer',
    'crashte die weer',
    'stopte hij weer',
    'stopte het weer',
    'stopte die weer',
    'viel hij weer uit',
    'viel het weer uit',
    'blijft',
    'nog altijd',
    'faalt',
    'valt weg',
    'crasht',
    'nog',
    'nog steeds',
    'alleen',
    'slechts',
    'gedeeltelijk',
    'niet',
    'geen',
    'faalt',
    // "…, maar vanochtend kwam de storing terug": what came back undoes what was told.
    'terug',
    'opnieuw op',
  ],
  complementizers: ['dat', 'of'],
  frames: [
    // C228: "graag bevestig ik dat …" kondigt aan; alleen de gebiedende wijs vraagt om te controleren.
    String.raw`^(?:graag |daarna |vervolgens )?(?:controleer|controleren|bevestig|bevestigen|test|testen|verifieer|verifieren|kijk|kijken|zorg|zorgen|ga na|nagaan|laat ons weten|meld)\b(?! (?:ik|we|wij)\b)`,
    // C228: een aankondiging ("blij te kunnen bevestigen", "graag bevestigen we") is geen plan om te controleren.
    String.raw`(?<!\b(?:blij|blije|verheugd|fijn|genoegen|plezier|trots|gelukkig|opgelucht)(?: \w+)? )\b(?:gaan|gaat|zullen|zal|moeten|moet|om|te|graag|willen)(?: \w+){0,3} (?:controleren|bevestigen|testen|verifieren|nagaan|kijken|zorgen|monitoren)\b(?! (?:ik|we|wij)\b)`,
    String.raw`\b(?:niet|nog niet)(?: \w+){0,2} (?:zeker|bevestigen|zeggen|garanderen|beweren|denken|geloven|beloven)\b`,
    String.raw`\b(?:denken|denk|geloven|geloof) (?:\w+ )?niet\b`,
    // C230: een ontkende schijn regeert wat volgt: "het lijkt er niet op dat de scanner gerepareerd is".
    String.raw`\b(?:lijkt|lijken|ziet|zien)(?: \w+)? (?:er )?niet (?:\w+ )?(?:op|naar uit|uit)\b`,
    String.raw`\b(?:hopen|hoop|hopelijk|verwachten|verwacht|afwachten|het doel is|wachten op|waarschijnlijk|vermoedelijk|naar verwachting|vermoeden|vermoed|gaan ervan uit|ga ervan uit|gaan er (?:\w+ )?van uit|rekenen (?:\w+ )?op|misschien|mogelijk|wellicht)\b`,
    String.raw`\b(?:weten|weet)(?: \w+){0,2} niet\b`,
    // C291 (honest): a check not yet done governs what it would check: "we konden nog niet controleren of de pinautomaten weer kaarten accepteren".
    String.raw`\b(?:we|wij|ik)(?: \w+){0,4} (?:controleren|controleer|testen|test|checken|check|bekijken|bekijk|verifieren|kijken|kijk|gaan na|ga na)\b`,
    String.raw`\b(?:onduidelijk|onbekend|niet (?:duidelijk|bekend|zeker)|de vraag)\b`,
    // "tot" is "until" only after waiting or at the head of a clause; "toegang tot de mailbox" is not.
    String.raw`\b(?:wacht|wachten|wachtte|afwachten|duurt|duren)(?: \w+){0,3} tot\b`,
    String.raw`^tot\b`,
    // A modal anywhere before the claim in its clause makes it a plan: "Na de update zou de printer
    // weer normaal moeten werken".
    String.raw`\b(?:zou|zouden|zal|zullen|moet|moeten)\b`,
    // A main clause that starts with a modal follows a condition before it: "zodra …, zou …".
    String.raw`^(?:dan |daarna |vervolgens )?(?:zou|zouden|zal|zullen|moet|moeten|gaat|gaan)\b`,
    // A part of the whole ("twee van de drie gebruikers", "alleen de printer boven") is a partial result.
    String.raw`\b(?:alleen|slechts|gedeeltelijk|deels|sommige|enkele|een deel|de meeste|bepaalde)\b`,
    String.raw`\bvan (?:de |onze |uw )?(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\d+)\b`,
  ],
  unaffected: ['niet getroffen', 'niet geraakt', 'onaangetast', 'niet beinvloed'],
  transient: [
    // C291: the Swedish "kort" (cards) of "tar emot kort igen" is no "briefly".
    String.raw`\b(?:even|(?<!\b(?:emot|tar|accepterar|med) )kort|kortstondig|tijdelijk|tijdelijk|aanvankelijk|in het begin|(?<!dan )eerst|af en toe|soms|enkele (?:seconden|minuten))\b`,
    String.raw`\b(?:gedurende|voor) (?:\d+ |een |enkele |paar |twee |drie |tien |dertig )(?:seconden?|minuten?|uur|uren|dagen?|momenten?)\b`,
  ],
  // "tot maandag werkte alles prima": how it worked before the problem.
  pastAux: ['was', 'waren', 'had', 'hadden', 'werkte', 'werkten', 'draaide', 'draaiden', 'liep', 'liepen'],
  ellipticals: [
    // C166: a retest told in one word: "Nog een keer getest. Schoon."
    'schoon',
    'alles schoon',
    // C112: an outcome told in one word of success: "Résultat : succès", "結果：成功".
    'geslaagd',
    'succesvol',
    'afgehandeld',
    'status afgehandeld',
    'weg',
    'fout weg',
    'opgelost',
    'verholpen',
    'gerepareerd',
    'gefixt',
    'werkt',
    'werkt weer',
    'werkt nu',
    'alles goed',
    'alles ok',
    'in orde',
    'ok',
    'klaar',
    'geregeld',
    'okmark',
    'probleem opgelost',
    'doet het weer',
    'weer online',
    'verdwenen',
    'hersteld',
    'gefikst',
    'gefixed',
    'gelukt',
    'het is gelukt',
    'top',
    'werkt prima',
    'werkt weer prima',
    'werkt als een zonnetje',
    'alles werkt',
    'alles draait',
    'alles top',
    'alles kits',
    'alles in orde',
    'alles geregeld',
    'alles opgelost',
    'weer ok',
    'weer in orde',
    'doet het',
    'doet het weer',
    'draait weer',
    'loopt weer',
    'weer werkend',
    'storing verholpen',
    'fout verholpen',
    'succesvol opgelost',
    'geen problemen meer',
    'geen fouten meer',
    'stabiel',
  ],
  statusNouns: ['status', 'stand', 'resultaat'],
  labelStates: ['werkt', 'online', 'normaal', 'operationeel', 'groen'],
  fillers: [
    'nu',
    'weer',
    'eindelijk',
    'alles',
    'het',
    'de',
    'dit',
    'dat',
    'probleem',
    'storing',
    'ticket',
    'fout',
    'goed',
    'nieuws',
    'dus',
    'is',
    'aan',
    'onze',
    'uw',
    'kant',
    'al',
    'volledig',
    'helemaal',
    'printer',
    'vpn',
    'okmark',
    'ja',
    'bedankt',
    'hallo',
    'en',
    'vandaag',
    'bevestigd',
    'prima',
    'zeker',
    'helemaal',
    'top',
  ],
  // "Kan Anna weer inloggen? Ja, dat kan ze."
  // C253: "just now" in a "yes" that answers a question tells when, not how little.
  justNow: ['zojuist', 'daarnet', 'heeft net', 'hebben net', 'zonet', 'net even'],
  // C252: a tag after a comma asks to agree; its negation negates nothing of the question.
  questionTags: ['toch', 'niet', 'of niet', 'he', 'klopt dat', 'klopt', 'nietwaar', 'niet waar'],
  affirmations: [
    // C319: an answer of "yes" with a particle: "Ja hoor, sinds half negen".
    'ja hoor',
    'jawel',
    'dat',
    'kan',
    'ze',
    'hij',
    'doet',
    'werkt',
    'ja',
    'jazeker',
    'klopt',
    'inderdaad',
    'correct',
    'zeker',
  ],
  closings: [String.raw`\b(?:sluit|gesloten|afgesloten)`],
  openClosings: [
    String.raw`\bzonder (?:een )?(?:bevestigde |werkende |definitieve )?(?:oplossing|fix|reparatie)\b`,
    String.raw`\b(?:niet|nog niet)(?: \w+){0,3} (?:opgelost|verholpen|bevestigd)\b`,
    String.raw`\bonopgelost\b`,
  ],
  endorsements: [
    String.raw`\b(?:zoals (?:vermeld|genoteerd|bevestigd|besproken|afgesproken|gemeld)|bevestigd|goed nieuws|update|status|resultaat|conclusie|notitie|samenvatting)\W*$`,
  ],
  problemFree: [
    // C319: an answer that denies the fault: "ja hoor, sinds tien uur zonder haperen".
    String.raw`\bzonder (?:te )?(?:haperen|storen|vastlopen|onderbreken|uitvallen)\b`,
    String.raw`\bzonder (?:enige |verdere |nog |ook maar een )?(?:problemen|probleem|fouten|fout|storingen|storing|haperingen|klachten|onderbrekingen)\b`,
  ],
  misspellings: [
    'wekrt werkt',
    'wrekt werkt',
    'wertk werkt',
    'opgeost opgelost',
    'nomaal normaal',
    // C257: chatafkortingen van een oplossing: "wrkt weer", "alles wrkt nu".
    'wrkt werkt',
    'wrken werken',
    'wrkn werken',
  ],
  typoStems: ['opgelost', 'functioneert', 'probleemloos', 'verholpen', 'gerepareerd', 'foutloos'],
  partials: [
    // C202: a good state told at a few of the places it was broken at: "bij twee kassa's werkt pinnen weer".
    String.raw`\b(?:bij|op|in) (?:\d+|twee|drie|vier|vijf|enkele|een paar) (?:[\w-]+ )?(?:kassa\w*|pc\w*|computers?|laptops?|printers?|werkplekken|filialen|vestigingen|locaties|winkels)\b`,
    String.raw`\b(?:\d+|twee|drie|vier|sommige|enkele|de meeste|een deel|meerdere|de helft) (?:van|uit) (?:de |onze |uw )?(?:\d+|\w+)`,
    String.raw`\b(?:gedeeltelijk|deels)\b`,
  ],
  scopes: [
    // C266: een goede toestand alleen op een testopstelling is geen oplossing in productie: "werkte op de test-VM, nog niet in productie".
    String.raw`\b(?:op|in|bij|voor) (?:de |het |een |onze )?(?:test-?vm|test-?vms|testmachine|testpc|testlaptop|testserver|testomgeving|testsysteem|testtenant|testaccount|testgebruiker|testgroep|testinstantie|acceptatieomgeving|staging|lab|labomgeving|sandbox|pilotgroep|ontwikkelomgeving|pre-?productie)\b`,
    // "alleen voor twee gebruikers hersteld": a good state limited to a few of them.
    String.raw`\b(?:alleen|enkel|slechts) (?:voor|bij|op) (?:\d+|een|twee|drie|vier|enkele|sommige|een paar|een deel van de) (?:\w+ )?(?:gebruikers?|werkplekken|printers?|machines?|apparaten|computers?|accounts?|locaties?|wachtrijen?|afdelingen?)\b`,
  ],
  waits: [String.raw`\bpas (?:na|als|wanneer|zodra|nadat)\b`],
  // A fault denied as still going on: the frame of denial, then "still" and the fault.
  denials: [
    // C286: a closing label and what the user can do: "Afsluiting: gebruiker kan printen", "Resultaat: de klant kan weer inloggen".
    String.raw`^(?:afsluiting|afronding|conclusie|resultaat|eindstatus|uitkomst|slotsom)(?: (?:van het ticket|status))? (?:de |het |onze )?(?!(?:niemand|geen|niets|niet|we|wij|ik)\b)[\w-]+(?: (?!(?:kan|kunnen|niet)\b)[\w-]+)? (?:kan|kunnen) (?:nu |weer |opnieuw |gewoon |inmiddels )*(?:(?!(?:niet|nooit|geen|alleen|slechts|nog|pas|als|zodra|maar|morgen|later|soms|via|met|vanaf|andere|leen\w*)\b)[\w-]+ ){0,4}(?:printen|afdrukken|scannen|inloggen|aanmelden|verbinden|werken|mailen|bellen|openen|gebruiken|bereiken|versturen|ontvangen|opslaan|synchroniseren|erin|erbij)$`,
    // C56: a double negative: "there is not one printer left that does not print".
    String.raw`\ber is (?:[\w-]+ ){0,3}geen (?:[\w-]+ ){1,3}(?:meer )?(?:die|dat) niet (?:meer )?(?:print|werkt|draait|afdrukt)\b`,
    String.raw`\bhet is niet zo dat (?:[\w-]+ ){1,4}(?:nog|nog steeds|weer|opnieuw) [\w-]+`,
  ],
  zeroCounts: [
    // C58: a fault counted as none after its label: "crashes: 0", "occurrences since the fix: 0".
    String.raw`^(?:[\w-]+ ){0,3}(?:crashes|storingen|fouten|vastlopers)(?: (?:sinds|na) [\w -]+)?$`,
    String.raw`^(?:[\w-]+ ){0,3}(?:[\w-]*events|gebeurtenissen|meldingen)(?: (?!(?:moet|moeten|zal|zou|wordt|worden|nog|niet|nooit|te|als|wanneer|zodra|kan)\b)[\w-]+){0,3} (?:sinds|na) [\w -]+$`,
  ],
  noes: ['nee', 'welnee', 'neen', 'nope'],
  elsewhere: [
    'het probleem zit',
    'het probleem ligt',
    'het probleem is',
    'de oorzaak ligt',
    'de oorzaak zit',
    'de oorzaak is',
    'de fout zit',
    'de fout ligt',
    'de storing zit',
  ],
  faults: [
    'stuk',
    'kapot',
    'defect',
    'down',
    'offline',
    'storing',
    'probleem',
    'problemen',
    'fout',
    'fouten',
    'crasht',
    'hangt',
    'traag',
    'hapert',
    'werkt niet',
    'doet het niet',
    'print niet',
  ],
  // C100: an aside of sight asserts what follows it.
  asides: ['voor zover (?:ik|wij|we) (?:kan|kunnen) (?:zien|beoordelen)', 'voor zover ik zie'],
  // C101: a clause taken as given is asserted, in a question too.
  presuppositions: ['nu de', 'nu het'],
  // C111: good news announced, with something again, tells the fault over.
  goodNews: [String.raw`\bgoed nieuws\b`, String.raw`\bmelden (?:u )?graag\b`],
  again: ['weer', 'opnieuw'],
};
