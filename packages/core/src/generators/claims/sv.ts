import { ALL_OF_ALL, type ClaimLanguage, W, WE } from './language.js';

const ADV = String.raw`(?:nu|äntligen|helt|redan|igen|också|faktiskt|verkligen|inte|aldrig|ju|väl|åter|fullt|därmed|då|till slut|slutligen|tydligen|definitivt|helt och hållet|alltså)`;
const FIXED = String.raw`(?:löst|löste|lösta|åtgärdat|åtgärdad|åtgärdade|fixat|fixad|fixade|lagat|lagad|lagade|avhjälpt|avhjälpta|borta|klart|klar|ordnat|ordnad|återställt|återställd|stängt|stängd|okej|ok|tillgänglig|tillgängligt|stabil|stabilt|i ordning|uppe igen)`;
const WORKS = String.raw`(?:fungerar|funkar|går|skriver ut|skriver|ansluter|kopplar upp|startar|synkar|synkas|synkroniserar|synkroniseras|kör|körs|laddar|laddas|öppnas|öppnar|svarar|skickar|tar emot|loggar in|rullar|lirar|snurrar|flyter|uppdateras|skrivs ut|skannar|bootar|arbetar|beter sig)`;
// How a device works when the problem is over: "som den ska", "som smort", "utan strul".
const WELL = String.raw`(?:bra|fint|finfint|felfritt|normalt|korrekt|stabilt|perfekt|utmärkt|toppen|klockrent|smidigt|problemfritt|galant|klanderfritt|pålitligt|som (?:den|det|de) ska|som (?:den|det|de) skall|som (?:det är|den är) tänkt|som förväntat|som vanligt|som förut|som tidigare|som innan|som en klocka|som smort|som på räls|utan (?:några )?(?:problem|fel|störningar|avbrott|strul|krångel|anmärkning|felmeddelanden|krascher|hack|bekymmer|missöden))`;
// A symptom the customer saw: a compound that ends in one of them ("felmeddelandet", "skrivarfelet").
const SYMPTOM_NOUN = String.raw`[\w-]*(?:fel|meddelande|problem|krasch|varning|popup|ruta|fönster|fönstr(?=et|en)|avbrott|strul|bugg|störning|felkod|haveri|driftstopp)(?:et|en|na|er|erna|ar|arna|n|t)?${WE}`;

// "en stund" (a while): Dutch "en" (and) starts a clause for the grammar, so a state limited to a
// while is told by the claim patterns themselves.
const NOT_FOR_A_WHILE = String.raw`(?!(?: \S+){0,2} (?:en (?:kort )?stund|ett (?:litet )?tag|en kort tid|en liten stund|tillfälligt|fram till|fram tills|tills|ända till|ända tills|innan)${WE})`;

/** Swedish. */
// A main clause puts its negation after the finite verb: "omstarten hjälpte inte".
const NOT_AFTER = String.raw`(?! (?:\S+ )?(?:inte|ej|aldrig|knappast)(?![\p{L}\p{N}]))`;

export const SV: ClaimLanguage = {
  name: 'sv',
  claims: [
    // C314: a reply's subject line that ends in a done-word, the fault named before it: "SV: Skrivaren skriver inte ut – fixat".
    String.raw`^(?:nu )?(?:lost|fixat|fixad|atgardat|atgardad|avhjalpt)$`,
    // C315: a figure before and a small one now: "inloggningen tog 3 min, nu 20 sek".
    String.raw`^(?:och )?nu (?:tar det |ar det |ar den |startar den pa |startar han pa |gar det pa |pa |pa bara |bara )?(?:cirka |runt |under |knappt |ca )?\d+ ?(?:s|sek|sekunder)\b(?! (?:langre|mer)\b)`,
    // C316: a queue empty now and staying so: "kön är tom och förblir tom".
    String.raw`\btom och (?:den |han )?(?:forblir|haller sig|ar fortfarande) tom\b`,
    // C324: it holds now: "nätet i butiken håller nu", "anslutningen har hållit hela dagen".
    String.raw`\b(?:haller|har hallit)(?: (?:sig|nu|numera|sedan dess))* (?:nu|hela (?:dagen|natten|passet|formiddagen|eftermiddagen)|sedan (?:bytet|andringen|i morse|dess))\b(?! (?:pa att|bara|men|utom)\b)`,
    // C285: the latency down and the calls clear again: "samtalen är klara igen", "ljudet låter rent igen".
    String.raw`${W}(?:samtal|samtalen|ljudet|ljud|rösten|rösterna|linjen|samtalskvaliteten|ljudkvaliteten|voip-samtalen|teamssamtalen)(?: (?!inte${WE}|ej${WE}|aldrig${WE}|bara${WE}|kommer${WE}|ska${WE}|bör${WE})\S+){0,3} (?:är|blev|har blivit|låter|hörs)(?: (?:nu|äntligen|också))* (?:kristallklara|kristallklart|glasklara|glasklart|klara|klart|klar|rena|rent|ren|tydliga|tydligt|tydlig|perfekta|perfekt|bra) igen${WE}(?! (?:bara|men|utom|i några|en stund)${WE})`,
    String.raw`${W}(?:är|blev|låter|hörs) (?:samtalen|ljudet|rösterna|linjen|samtalskvaliteten|ljudkvaliteten)(?: (?:nu|äntligen|också))* (?:kristallklara|kristallklart|glasklara|glasklart|klara|klart|rena|rent|tydliga|tydligt|perfekta|perfekt|bra) igen${WE}(?! (?:bara|men|utom|i några|en stund)${WE})`,
    // C288: everyone can log in: "alla kan logga in", "hela kontoret kommer in i systemet igen".
    String.raw`(?<!${W}(?:inte|nästan|om|när|ifall)${WE}.{0,6})${W}(?:alla|samtliga|hela (?:kontoret|teamet|avdelningen|personalen))(?: (?:användare|kollegor|medarbetare|anställda))? (?:kan|kommer) (?:nu |igen |äntligen )*(?:logga in|ansluta|komma in|komma åt|in)${WE}(?!(?: \S+){0,4} (?:utom|men|bara|om|när|efter|via|tillfälligt|så länge)${WE})`,
    // C291: the tills take cards again, as a third party reports it: "enligt butikschefen tar kortterminalerna emot kort igen".
    String.raw`${W}(?:tar|tog)(?: (?!inte${WE}|ej${WE}|aldrig${WE})\S+){0,2} emot (?:\S+ )?(?:kort|kortbetalningar|betalningar|betalkort|kontaktlösa betalningar|swish)(?: \S+){0,2} igen${WE}`,
    // C292: from a time of day on, reachable again: "från kl. 14.30 går det att nå den delade mappen igen", "sedan kl 9 går det att logga in".
    // A period after "kl." ends a sentence for the grammar: the time may open the sentence after it.
    String.raw`(?:${W}(?:från|fran|sedan|efter) (?:kl |klockan )?|^)\d{1,4}(?: \S+){0,2} (?:går|gick|fungerar|funkar) det (?:nu |återigen |igen )*att (?:nå|komma åt|öppna|använda|ansluta|logga in|skriva ut|skanna)${WE}(?!(?: \S+){0,6} (?:bara|utom|men|inte)${WE})`,
    // C256: varje dator får en adress igen: "alla 12 datorer får IP-adress nu", "alla klienter drar IP från DHCP:n igen".
    String.raw`(?<!\binte (?:alla|varje|samtliga)\b.{0,40})\b(?:får|hämtar|drar|tar|erhåller|plockar)(?: (?:nu|igen|äntligen|åter|korrekt|automatiskt|en|sin|sina|ny|nya|giltig|giltiga))* (?:nu|igen|äntligen|åter)(?: (?:korrekt|automatiskt|en|sin|sina|ny|nya|giltig|giltiga))* (?:ip|ip-adress|ip-adresser|ip-adressen|adress|adresser|ip-nummer|lease|leases|dhcp-lease)\b(?! (?:från fel|apipa|169)\b| (?:utom|men|bara)\b)`,
    String.raw`(?<!\binte (?:alla|varje|samtliga)\b.{0,40})\b(?:får|hämtar|drar|tar|erhåller|plockar)(?: (?:korrekt|automatiskt|en|sin|sina|ny|nya|giltig|giltiga))* (?:ip|ip-adress|ip-adresser|ip-adressen|adress|adresser|ip-nummer|lease|leases|dhcp-lease)(?: (?:från|via) (?:dhcp|servern|routern|brandväggen|dhcp-servern))? (?:nu|igen|äntligen|åter|automatiskt|korrekt|utan (?:problem|fel))\b(?! (?:utom|men|bara)\b)`,
    String.raw`\b(?:alla|varje|samtliga|båda)(?: (?!inte\b|ej\b|aldrig\b|ännu\b|bara\b)[\w-]+){1,4} (?:får|hämtar|drar|tar|erhåller|plockar)(?: (?:nu|igen|äntligen|åter|korrekt|automatiskt|en|sin|sina|ny|nya|giltig|giltiga))* (?:ip|ip-adress|ip-adresser|ip-adressen|adress|adresser|ip-nummer|lease|leases|dhcp-lease)\b(?! (?:från fel|apipa|169)\b| (?:utom|men|bara)\b)`,
    String.raw`\bdelar (?:nu |igen |äntligen )+ut (?:\S+ )?(?:ip-adresser|adresser|ip-nummer|leases)\b|\bdelar ut (?:\S+ )?(?:ip-adresser|adresser|ip-nummer|leases) (?:igen|nu)\b`,
    // C257: chattförkortningen av en lagning: "e tillbaka", "funkar ign", "e fixat nu".
    String.raw`\be (?:tillbaka|fixat|fixad|löst|lagat|klart|igång|uppe)\b`,
    // C258: en rubrik om felet eller jobbet med ordet för lagningen: "Backupjobbet för ekonomi fixat", "Problemet med certifikatet åtgärdat".
    String.raw`^(?:(?!\d|(?:inte|ej|aldrig|ännu|än|bara|delvis|nästan|ska|skall|kommer|måste|bör|kan|om|när|tills|innan|efter|inget|ingenting|förhoppningsvis|imorgon|snart|att|vi|jag|ni)\b)\S+ ){0,3}[\w-]*(?:problem|fel|jobb|backup|säkerhetskopi|synk|åtkomst|anslutning|koppling|tunnel|utdelning|utskrift|mejl|mail|dns|vpn|dhcp|certifikat|namnuppslag|gateway|routing|replikering|behörighet|profil|brevlåda|licens|policy|incident|störning)\w*(?: (?!(?:inte|ej|aldrig|ännu|än|bara|delvis|ska|skall|kommer|måste|bör|kan|om|när|tills|är|var|blir|blev|vara|bli|sedan|imorgon)\b)\S+){0,3} (?:nu |äntligen |helt )?(?:fixat|fixad|fixade|åtgärdat|åtgärdad|åtgärdade|löst|lösta|lagat|lagad|lagade|avhjälpt|avhjälpta|ordnat|ordnad)$`,
    // C259: en tjänst uppe igen: "servern har kommit upp igen".
    String.raw`\b[\w-]*(?:server|tjänst|gateway|vpn|tunnel|sajt|portal|nas|switch|router|brandvägg|databas|vm|maskin|länk|lina|nätverk|wifi)\w*(?: \S+){0,3} (?:har|hade|är) (?:nu |äntligen )?(?:kommit upp|startat upp|kommit tillbaka) igen\b`,
    // C260: backupen gick igenom och teståterställningen fungerade: "teståterläsningen öppnade filerna utan problem", "nattens backup gick igenom".
    String.raw`\b(?:teståterställning|teståterläsning|återställningstest|återläsningstest|testrestore|restoretest)\w*(?: (?!inte\b|ej\b|aldrig\b|bara\b|men\b)\S+){0,5} (?:fungerade|funkade|lyckades|gick bra|gick igenom|blev godkänd|blev godkänt|var lyckad|var lyckat|var ok|öppnade(?: \S+){0,3} (?:utan (?:problem|fel)|korrekt|fint|felfritt|normalt))\b(?! (?:bara|men|delvis)\b)`,
    String.raw`\b(?:nattens|gårdagens|kvällens|nattliga|nattliga)(?: \S+)? (?:backup|backupen|säkerhetskopiering|säkerhetskopieringen|körning|körningen|jobb|jobbet|backupjobb|backupjobbet)(?: (?!inte\b|ej\b|aldrig\b|bara\b)\S+){0,2} (?:gick igenom|gick klart|blev klar|blev klart|slutfördes|lyckades|kördes klart|gick bra)\b(?! (?:med|men|bara|delvis)\b)`,
    String.raw`\b(?:backupen|säkerhetskopieringen|körningen|jobbet|backupjobbet) (?:i natt|inatt|under natten|i går kväll)(?: \S+){0,2} (?:gick igenom|gick klart|slutfördes|lyckades|kördes klart|gick bra)\b(?! (?:med|men|bara|delvis)\b)`,
    // C261: namnen slås upp från varje kontor: "interna värdnamn slås upp korrekt från alla kontor".
    String.raw`\b(?:[\w-]*namn\w*|namnuppslag\w*|dns|uppslag|uppslagningar|poster)(?: \S+){0,3} (?:slås upp|löses upp|resolvas|resolveras)(?: (?:nu|igen))* (?:korrekt|rätt|igen|fint|felfritt|utan (?:problem|fel))\b`,
    String.raw`\b(?:fungerar|funkar|slås upp|löses upp|går|svarar|nås|nåbar|nåbara|åtkomlig|åtkomliga)(?: (?!inte\b|bara\b|aldrig\b|men\b)\S+){0,2} (?:från|på|i|vid) (?:alla|varje|samtliga|båda) (?:\S+ )?(?:kontor|kontoren|filialer|filialerna|platser|platserna|siter|sajter|våningar|våningsplan|byggnader|butiker|vlan|subnät|orter)\b(?!(?: \S+)? (?:utom|men|förutom)\b)`,
    // C262: certifikatet förnyat och portalen laddar utan varningar: "portalen laddar utan varningar", "sidan öppnas utan certifikatvarning".
    String.raw`\b(?:laddar|laddas|öppnas|öppnar|startar|kommer upp|visas)(?: (?!inte\b|ej\b|aldrig\b|fortfarande\b|bara\b)\S+){0,3} utan (?:några |någon |en |den |de )?[\w-]*(?:varning|varningar|varningen|varningarna|certifikatfel|felmeddelande|felmeddelanden|popup)\b(?! (?:utom|men|förutom)\b)`,
    // C263: någon ringer tillbaka, skrivaren mejlar igen: "skrivaren mejlar skanningarna igen".
    String.raw`(?<!\b(?:vi|jag|ni|du)(?: \S+)? )\b(?:mejlar|mailar|e-postar)(?: (?!inte\b|ej\b|aldrig\b|bara\b|men\b)\S+){0,5} igen\b(?! (?:imorgon|i morgon|senare|nästa|när|om|på)\b)`,
    // C264: en statusrad, tjänsten ansluten igen: "VPN ansluten igen", "tunneln uppkopplad igen".
    String.raw`^(?:(?!\d)\S+ ){1,3}(?:ansluten|anslutet|anslutna|uppkopplad|uppkopplat|uppkopplade|registrerad|registrerat|mappad|mappat|monterad|monterat|synkad|synkat|synkroniserad|etablerad|etablerat) igen$`,
    // C265: användarna har åtkomst igen: "distansarbetarna har åtkomst till fjärrskrivbordet igen".
    String.raw`\b(?:har|hade)(?: (?:nu|äntligen|alla|också))* (?:åtkomst|tillgång|access)(?: (?!inte\b|bara\b|begränsad\b)\S+){0,4} igen\b`,
    String.raw`(?<!\b(?:vi|jag|ni|du)(?: \S+)? )\bkommer(?: (?:nu|äntligen|alla|också))* in (?:på|i) \S+(?: \S+)? igen\b(?! (?:imorgon|i morgon|senare|nästa|när|om)\b)`,
    // C224: en matare som tar varje sida: "skannern tar nu in varje sida", "drar in alla ark".
    String.raw`${W}(?:tar|drar|matar|plockar|hämtar|slukar|greppar|griper)(?: (?!(?:inte|aldrig|bara|ej|tid|lång|längre|minuter|sekunder|evigheter)${WE})\S+){0,4} (?:varje|varenda|vartenda|alla|samtliga)(?: (?:enskilda|enda|de))? (?:sida|sidor|sidorna|ark|arken|blad|bladen|papper|pappret|dokument|dokumenten|original|originalen|kvitton|kvittona)${WE}(?!(?: \S+){0,3} (?:inte|ej|aldrig|snett|dubbelt|samtidigt)${WE})`,
    String.raw`${W}(?:alla|varje|varenda|samtliga) (?:ark|arken|sidor|sidorna|sida|blad|bladen|original|originalen)(?: \S+){0,2}? (?:går igenom|går in|dras in|matas in|tas in|plockas upp|kommer igenom)(?: (?:nu|igen|fint|bra|utan (?:problem|stopp|trassel)))*${WE}(?! (?:snett|dubbelt|utom|bara)${WE})`,
    // C230: ett sken som påstår läget: "det verkar fungera nu", "skrivaren tycks vara lagad".
    String.raw`${W}(?:verkar|tycks|ser ut att) (?:nu |numera |äntligen )?(?:fungera|funka|fungerar|funkar|gå bra|rulla|vara (?:löst|lösta|åtgärdat|åtgärdad|fixat|fixad|lagad|lagat|ok|okej|i ordning|stabil|stabilt|borta|tillbaka))(?: (?:nu|igen|bra|fint|som det ska|normalt))*${WE}(?! (?:men|bara|tills|ett tag|en stund|bättre|sämre|lite|delvis|ibland|för det mesta)${WE})`,
    // C233: verbet först, ett långt subjekt med sin plats, sedan hur det går: "nu fungerar skrivaren i det stora mötesrummet bra igen".
    String.raw`${W}${WORKS}(?: (?!(?:inte|ej|aldrig|bara|men|fram|tills|utom|fortfarande|ibland|ofta)${WE})\S+){5,7} ${WELL}(?: igen| nu)?${WE}${NOT_FOR_A_WHILE}`,
    // C231: varningen med sin text, borta: "varningen „lite diskutrymme på servern“ har försvunnit".
    String.raw`${W}${SYMPTOM_NOUN}(?: (?!(?:inte|ej|aldrig|bara|fortfarande)${WE})\S+){4,8} (?:har försvunnit|försvann|är försvunnet|är försvunnen|är försvunna|är borta|har upphört|upphörde)${WE}`,
    // C191: the problem told as a thing of the past: "problemet är historia", "tillhör det förflutna".
    String.raw`\b(?:problemet|felet|strulet|buggen) (?:är|tillhör) (?:nu |numera |äntligen )?(?:historia|ett minne blott|det förflutna|ett avslutat kapitel)\b`,
    // C192: en namngiven funktion tillbaka: "skrivaren skickar skanningar till mejl igen", "växeln kopplar samtal rätt igen".
    String.raw`\b(?:skickar|skannar|synkar|synkroniserar|mappar|kopplar|vidarekopplar|dirigerar|debiterar|returnerar|levererar|tar betalt)(?: (?!inte\b|aldrig\b|bara\b|men\b|när\b|om\b|innan\b|fel\w*\b)[\w-]+){0,5} igen\b(?! (?:senare|imorgon|efter|när|om)\b)`,
    // C193: uppkopplad hela dagen, utan avbrott: "VPN:en är nu uppkopplad hela dagen".
    String.raw`\b(?:håller|förblir|är|ligger|stannar|hålls)(?: nu)? (?:uppkopplad|ansluten|uppkopplat|anslutet|uppkopplade|anslutna|uppe|online|uppkopplingen|anslutningen)(?: nu)? (?:hela dagen|hela natten|hela veckan|hela arbetsdagen|dagen lång|utan (?:avbrott|tapp|att tappa|nedkopplingar|frånkopplingar))\b`,
    // C194: öppnas direkt där den ska: "Outlook öppnar nu direkt i inkorgen".
    String.raw`\b(?:öppnar|öppnas|startar|loggar in)(?: nu)? (?:direkt|rakt|raka vägen) (?:till|i|in i|på)\b(?!(?: [\w-]+){0,3} (?:fel\w*|bios|röstbrevlåd\w*|felsäkert)\b)`,
    String.raw`\b(?:öppnar|öppnas|startar|ansluter)(?: nu)? utan (?:att fråga (?:efter )?|någon |den |det )?(?:profil\w*|lösenord\w*|fråga\w*|prompt\w*|dialog\w*)\b`,
    // C195: bättre än någonsin eller än före felet, som ny: "wifi:t är bättre än före uppdateringen".
    String.raw`\b(?:snabbare|bättre|smidigare|stabilare|kvickare|piggare)(?: [\w-]+){0,2} (?:än någonsin|än (?:före|innan) (?:uppdateringen|bytet|felet|migreringen|ominstallationen|patchen|problemet|flytten|reparationen))\b`,
    // C196: av sig själv vid inloggning, ofta återgivet: "nätverksenheten mappas automatiskt vid inloggning".
    String.raw`\b(?:mappas|kopplas|ansluts|monteras|startar|synkas|mappar|ansluter)(?: (?:nu|igen))? (?:automatiskt|av sig själv|själv) (?:vid|efter) (?:inloggning\w*|login|uppstart\w*)\b`,
    // C197: jobb på 100 %, leverans på 100 %, mailflödet normalt: "100 % leverans senaste dygnet".
    String.raw`\b100(?: ?%| procent)? (?:leverans|levererat|levererade|lyckade|lyckat)(?: [\w-]+){0,2} (?:senaste|under senaste|det senaste|de senaste)\b`,
    String.raw`\b(?:mailflödet|mejlflödet|e-postflödet|postflödet)(?: \w+)? (?:är |har blivit )?(?:normalt|normaliserat)\b`,
    String.raw`\b(?:backuper|backuperna|jobben|säkerhetskopior\w*)(?: [\w-]+){0,3} (?:på|till) 100\b`,
    // C198: den formella slutfrasen som säger att saken är avgjord: "då ärendet nu är utrett och stängs".
    String.raw`\b(?:ärendet|frågan|saken)(?: \w+){0,2} (?:är|nu är|därmed är) (?:nu |därmed |härmed )?(?:avklarat|avklarad|utrett|utredd|avgjort|avgjord|avslutat|avslutad)\b`,
    // C199: utskrifterna blir rena.
    String.raw`\b(?:utskrifterna|utskrifter|kopiorna|sidorna|etiketterna|kvittona|skanningarna)(?: [\w-]+){0,2} (?:blir|är|kommer ut) (?:nu |igen )*(?:rena|skarpa|perfekta|fläckfria|felfria|snygga|utan (?:ränder|fläckar))\b`,
    String.raw`\b(?:blir|är|kommer) (?:nu )?(?:utskrifterna|kopiorna|sidorna|etiketterna|kvittona)(?: (?:nu|igen|ut))* (?:rena|skarpa|perfekta|fläckfria|felfria|snygga)\b`,
    // C200: ett kort allt-bra i meningen: "allt synkar", "allt rullar".
    String.raw`\ballt (?:synkar|synkas|rullar|lirar)\b(?! (?:utom|men|bara)\b)`,
    // C202: för alla: "affärssystemet startar på alla datorer", "alla utdelningar går att nå", "hela våningen har nätverk igen".
    String.raw`\b(?:startar|fungerar|funkar|synkar|synkas|kör|rullar|ansluter|öppnas)(?: (?!inte\b|bara\b)[\w-]+){0,2} (?:på|för|hos) (?:alla|samtliga) [\w-]+\b(?! (?:utom|men|bara|förutom)\b)`,
    String.raw`\bhela (?:[\w-]+ )?(?:våningen|kontoret|huset|avdelningen|teamet|byggnaden|butiken)(?: [\w-]+)? (?:har) (?:nu |igen )*(?:nätverk|internet|wifi|uppkoppling|anslutning|åtkomst)\b`,
    String.raw`\balla (?:[\w-]+ )?(?:utdelningar|utdelningarna|enheter|enheterna|mappar|mapparna|uttag|uttagen|portar|kassor|kassorna)(?: [\w-]+){0,3} (?:går att nå|är nåbara|är åtkomliga|är tillgängliga|fungerar|funkar)\b(?! (?:utom|men|bara|förutom)\b)`,
    // C203: batteriet räcker en hel arbetsdag igen.
    String.raw`\b(?:batteriet|laptopen|datorn)(?: [\w-]+){0,3} (?:håller|räcker|klarar)(?: (?:nu|igen))* (?:en hel|hela) (?:arbetsdag|arbetsdagen|dag|dagen)\b`,
    // C204: kortbetalning igen: "kassan tar kort igen".
    String.raw`\b(?:tar|accepterar|hanterar) (?:nu |igen )*(?:kort|kortbetalningar|betalningar)(?: [\w-]+)? (?:igen|utan (?:problem|strul)|som vanligt|felfritt)\b`,
    // C205: övervakningen grön på allt sedan en tid: "övervakningen visar grönt på allt sedan kl. 9".
    String.raw`\b(?:övervakningen|monitoreringen|dashboarden|prtg|zabbix|nagios)(?: [\w-]+){0,3} (?:visar|är|lyser)(?: (?:nu|allt))* grönt(?: [\w-]+){0,4} sedan\b`,
    // C157: in top form, an idiom of health said of the device: "laptopen är pigg som en mört igen", "skannern lever igen".
    String.raw`\bpigg(?:a)? som (?:en )?(?:mort|lärka|larka)\b`,
    String.raw`\b(?:lever|andas|vaknat till liv) igen\b(?!(?: [\w-]+){0,3} (?:bara|men|utom|forutom)\b)`,
    // C158: doing its job: "den står pall", "den gör sitt jobb".
    String.raw`\b(?:star|stod|har statt) pall\b`,
    String.raw`\b(?:gor|gjorde) (?:sitt|sina|sin) (?:jobb|arbete|uppgift|sak)\b(?! (?:bara|men|utom)\b)`,
    // C162: behaving itself, colloquially: "nu sköter den sig exemplariskt".
    String.raw`\bskoter (?:[\w-]+ )?sig (?:exemplariskt|perfekt|fint|klanderfritt|utmarkt|galant|prickfritt)\b`,
    // C168: green across the board: "Status? Grönt över hela linjen."
    String.raw`\bgront over hela linjen\b`,
    // C143: a count of all in a good state: "12/12 tester gröna".
    String.raw`${ALL_OF_ALL}(?: (?!(?:inte|ej|ännu|än|men|bara|offline|nere|röda|rött)${WE})\S+){0,5} (?:gröna|grönt|online|ok|igen|uppkopplade|anslutna|godkända|klarade|fungerar|spelar in|uppe)${WE}(?! (?:inte|ej|men|bara|utom)${WE})`,
    // C146: a wait cut to seconds, told of the present: "nu tar det tio sekunder".
    String.raw`${W}nu tar (?:det|den|hela \S+)(?: (?:bara|endast|cirka|ungefär|runt|knappt|max|högst))? (?:\d+|några|ett par|tio|fem|två|tre|fyra|sex|sju|åtta|nio|femton|tjugo|trettio) sekunder${WE}(?! (?:längre|extra|mer|till)${WE})`,
    // C144: the old fault gone or eliminated: "Avbrotten eliminerades med den nya QoS-regeln", "frysningarna är som bortblåsta".
    String.raw`${W}(?:avbrotten|frysningarna|hängningarna|krascherna|stoppen|felen|omstarterna|urkopplingarna|laggen|laggandet|hackandet|ryckningarna|tappen|störningarna|pappersstoppen)(?: (?!(?:inte|ej|aldrig)${WE})\S+){0,6} (?:eliminerades|har eliminerats|är eliminerade|försvann|har försvunnit|är borta|är som bortblåsta|upphörde|har upphört|togs bort|har tagits bort)${WE}`,
    String.raw`${W}(?:är|verkar|känns) som bortblåst[a]?${WE}`,
    // C149: a device doing its work again, purchases already through: "Kassaterminalen tar kort igen", "sajten går att nå via HTTPS igen", "flera köp har redan gått igenom".
    String.raw`${W}(?:tar (?:kort|betalningar|emot kort|emot betalningar)|går att (?:nå|öppna|logga in på|ansluta till)|spelar in|skannar|läser (?:kort|streckkoder))(?: (?!(?:inte|ej|aldrig)${WE})\S+){0,4} igen${WE}(?! (?:senare|imorgon|i morgon|när|om|efter|sen)${WE})`,
    String.raw`${W}(?:flera|ett par|några|\d+) (?:köp|betalningar|transaktioner|kortköp|kortbetalningar)(?: \S+)? har (?:redan )?gått igenom${WE}`,
    // C156: arriving since a time: "mejlen kommer fram sedan kl. 15".
    String.raw`${W}(?:mejlen|mailen|posten|e-posten|sajten|sidan|webben|tjänsten|servern) (?:\S+ )?(?:kommer fram|går att nå|fungerar|svarar|levereras|laddar) sedan (?:kl|klockan|\d+)${WE}`,
    // C138: a monitored state held green over a span: "der Host bleibt seit gestern grün", "le voyant est resté vert toute la nuit".
    String.raw`\b(?:har varit|var|har legat|lag|ar) (?:gron|gront|grona|stabil|stabilt|online|uppe) (?:hela natten|hela dagen|hela helgen|sedan)\b`,
    // C127: a hedge that still asserts the present, with "now": "Borde vara fixat nu", "Det bör fungera nu".
    String.raw`\b(?:borde|bor|torde)(?=(?: [\w-]+){0,5} (?:nu|redan)\b|(?<=\b(?:nu|redan)(?: [\w-]+){0,3} (?:borde|bor|torde)))(?: (?:det|allt|den|nu|redan|helt|da))* (?:fungera|funka|lira|rulla|vara (?:helt |allt )?(?:fixat|fixad|fixade|lost|klart|ok|bra|ordnat|i ordning|atgardat|igang))\b`,
    // C128: the customer invited to mark the ticket done: "Ni kan markera ärendet som klart".
    String.raw`\b(?:kan|far)(?: \S+){0,2} (?:markera|satta|klarmarkera|avsluta)(?: \S+){0,2} (?:arendet|ticketen|incidenten|supportarendet|casen)(?: som (?:klart|lost|stangt|atgardat|avslutat))?\b(?!(?: [\w-]+){0,6} (?:nar|om|sa snart|efter)\b)`,
    // C129: a run completed without warnings or errors: "Nattens backup gick igenom utan varningar".
    String.raw`\b(?:backup(?:en)?|sakerhetskopi\w*|jobbet|jobb|synk\w*|korningen|uppdateringen|migrering\w*|replikering\w*)(?: (?!inte\b|aldrig\b|bara\b)[\w-]+){0,6} (?:gick igenom|gick klart|blev klar|blev klart|slutfordes|kordes|lyckades|gick) (?:felfritt )?utan (?:nagra )?(?:varningar|varning|fel|felmeddelanden|problem|anmarkningar)\b(?! (?:utom|bara|men)\b)`,
    // C130: an appearance that asserts the good state: "Ser ut att funka nu".
    String.raw`\bser ut (?:att|som om) (?:det |den |allt )?(?:funka|fungera|funkar|fungerar|vara (?:lost|fixat|ok|bra|stabil|stabilt)|lira)\b(?! (?:bara|delvis|men)\b)`,
    // C134: policies in effect on the machine: "grupprinciperna tillämpas".
    String.raw`\b(?:gpo\w*|grupprincip\w*|princip\w*|policys?|policyerna)(?: (?!inte\b|aldrig\b)[\w'-]+){0,3} (?:tillampas|appliceras|slar igenom)\b(?! (?:inte|annu inte|bara|men)\b)`,
    // C135: the application starts without the prompt that was the fault: "Outlook startar utan aktiveringsruta".
    String.raw`\b(?:startar|oppnas|oppnar|ansluter|synkar|synkroniserar|loggar in)(?: [\w-]+){0,3} utan (?:\w*ruta\w*|\w*meddelande\w*|varning\w*|felmeddelande\w*|fel|problem|prompt|popup)\b(?!(?: [\w-]+)? (?:bara|utom|men)\b)`,
    // C125: normal operation stated as confirmed, in the formal register: "Normal operation has been confirmed".
    String.raw`${W}normal drift har (?:bekräftats|verifierats|konstaterats)${WE}`,
    // C126: as good as its peers: "works just like every other laptop in the office", "same speed as the rest".
    String.raw`${W}samma hastighet som resten${WE}`,
    // C114: every job of a run told as successful: "every backup job succeeded last night".
    String.raw`${W}(?:alla|samtliga|varje)(?: (?!inte )\S+){0,3} (?:backuper|backupjobb|säkerhetskopior\S*|jobb|jobben|tester|körningar)(?: (?!inte )\S+){0,4} (?:gick igenom|lyckades|gick bra|blev klara utan fel|slutfördes utan fel)${WE}`,
    // C116: the good state as an attribute: "the now-working VPN", "das wieder funktionierende Profil".
    String.raw`${W}(?:nu|åter) (?:fungerande|lagade|återställda)${WE}`,
    // C117: working as it did before the fault: "works exactly as before the update".
    String.raw`${W}(?:fungerar|funkar|går|beter sig)(?: \S+){0,2} (?:precis |exakt )?som (?:före|innan) \S+`,
    // C104, C106, C107, C110.
    String.raw`\b(?:ar|blev) ur varlden\b`,
    String.raw`\blika (?:snabbt|snabb|stabilt|stabil) som (?:fore|innan) (?:uppdateringen|felet|problemet|bytet)\b`,
    String.raw`\b(?:oppnas|oppnar|laddas|ansluter|mappas)(?: [\w-]+){0,4} (?:direkt|omedelbart|pa en gang|pa nolltid)(?: nu)?\b`,
    String.raw`\b(?:haller|kommer fram|mappas|funkar)(?: [\w-]+){0,3} (?:hela vagen|fint|pa alla datorer) nu\b`,
    String.raw`\bskriver du ut nu blir det (?:helt )?(?:ratt|bra)\b`,
    // C90, C91: "0 misslyckade inloggningar", "paketförlust nere på 0 %".
    String.raw`\b\w*forlust\w*(?: [\w-]+){0,4} (?:nere pa|pa|till|nu|tomark) 0\b(?! (?:to|tomark|a|naar|para|al|auf|do|till|до|الى)\b)`,
    // C96: "ansluter nu utan varning", "får IP-adress som de ska", "delad mapp nåbar igen"; C97: "återställning klar".
    String.raw`\b(?:ansluter|startar|oppnar|skriver ut|synkar|synkroniserar|loggar in)(?: [\w-]+){0,2} (?:nu |igen )?utan (?:[\w-]+ )?(?:varning|varningar|fel|felmeddelanden?|problem|avbrott)\b`,
    String.raw`\b(?:far|tar emot|hamtar)(?: [\w-]+){0,4} (?:ip|ip-adress|ip-adresser|adress|adresser) som (?:de|den|det) ska(?:ll)?\b`,
    String.raw`\b(?:nabar|natbar|tillganglig|atkomlig|uppe|online|igang) igen\b`,
    String.raw`^(?:aterstallning|atgard|atgarden|felsokning|felsokningen|reparation|reparationen|losning)(?: [\w-]+){0,4} (?:klar|klart|slutford|slutfort|genomford|genomfort)$`,
    String.raw`\b(?:rullar|gar|lirar|funkar|fungerar) (?:nu |igen )?smooth\b`,
    // C87: someone can do the task again ("sie kann wieder … scannen"); a measurement read all normal.
    String.raw`${W}(?:kan|kunde) (?:nu )?(?:skanna|skriva ut|logga in|ansluta|jobba|arbeta|ringa|skicka)(?: \S+){0,5} igen${WE}`,
    // C83: speed back to normal or better than before the fault; messages that arrive as they should
    // now; a test run that came out clean ("printed two batches without skipping a label").
    String.raw`${W}(?:snabbare|stabilare) än (?:före|innan|förut|tidigare)${WE}`,
    String.raw`${W}(?:är|är nu) tillbaka (?:på|till) (?:normal|full|vanlig) (?:hastighet|prestanda|fart)${WE}`,
    String.raw`${W}(?:kommer|når) (?:\S+ )?fram som (?:de|den|det) ska(?:ll)? nu${WE}`,
    String.raw`${W}skrev ut(?: \S+){0,3} utan att (?:hoppa|krångla|strula|fastna|missa)${WE}`,
    // C80: the output right again, and the phone registered again with its calls going through:
    // "invoices come out with the correct logo again", "the desk phone registers with the PBX again".
    String.raw`${W}(?:kommer|kom) ut(?: \S+){0,3} (?:rätt|korrekt|riktig)(?: \S+){0,3} igen${WE}`,
    String.raw`${W}(?:registrerar|registrerade) sig(?: \S+){0,3} igen${WE}`,
    String.raw`${W}samtal (?:går|kommer) fram åt båda hållen${WE}`,
    // C64: the consequence that implies the fix: a run printed without a hitch, the queues drain
    // and prints come out in seconds.
    String.raw`${W}(?:skrev ut|skrivits ut|utskrivna|skannade|skickade|gick ut|gick igenom)(?: \S+){0,8} utan (?:minsta|ett enda|några|något|ett) (?:problem|fel|strul|hack|krångel|missöde|stopp)${WE}`,
    String.raw`${W}köer?\S*(?: \S+){0,3} (?:töms|betas av|flyter) (?:\S+ )?(?:normalt|som vanligt|korrekt|smidigt|igen|utan problem)${WE}`,
    String.raw`${W}(?:utskrifterna|utskrifter|jobben|jobb|dokumenten|sidorna) (?:\S+ )?(?:kommer ut|skrivs ut|är klara) (?:på|inom) (?:några|ett par|\d+|två|tre|fem|tio) sekunder${WE}`,
    // C66: the monitoring green since the fix: "har lyst grönt i vår övervakning ända sedan …".
    String.raw`${W}(?:lyst|lyser|varit|är|står|blivit) (?:\S+ )?gröna?t?(?: \S+){0,5} (?:ända sedan|sedan|efter)${WE}`,
    String.raw`${W}gröna?t? igen${WE}`,
    // C69: a good state with a degree, as emphasis: "<strong>fullt funktionsduglig igen</strong>".
    String.raw`${W}(?:är|blev|har blivit)(?: \S+)? (?:fullt |helt )?(?:funktionsduglig|funktionsdugligt|driftklar|driftklart|användbar|användbart|operativ|operativt|i drift) igen${WE}`,
    // C70: after an honest opening, the good state that stays: "men med v7.1 håller sig spoolern nu uppe".
    String.raw`${W}håller sig (?:\S+ ){0,2}(?:uppe|igång|stabil|vid liv)${WE}`,
    // C71: thanks for confirming that it works: "Tack för att du bekräftar att allt fungerar".
    String.raw`${W}tack för att (?:du|ni) (?:bekräftar|bekräftade|har bekräftat|meddelar|meddelade|återkopplar) att (?:allt|det|utskrifterna|skrivaren|\S+n) (?:\S+ ){0,2}(?:fungerar|funkar|går|är löst|lirar|rullar)${WE}`,
    // C52: status shorthand after the fix: "Spooler OK post-fix", "back in prod", "ticket closed".
    String.raw`${W}ok efter (?:fix|fixen|åtgärden)${WE}`,
    String.raw`${W}tillbaka i (?:prod|produktion|drift)${WE}`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`${W}alla (?:köer|skrivare) (?:skriver ut|fungerar|funkar)$`,
    // C54: it has run since without a single fault: "running without a single crash".
    String.raw`${W}(?:gått|gick|går|fungerat|fungerar|kört|rullat|rullar)(?: (?!(?:ska|skall|måste|kommer|inte|ännu|behöver|bör|när|om|kan)${WE})\S+){0,3} utan (?:en enda|ett enda) (?:krasch|fel|avbrott|stopp|haveri)${WE}`,
    // C55: the restoration told as a confirmed noun or passive: "Restoration of printing confirmed".
    String.raw`(?<!utan (?:någon |en |bekräftad )?)${W}(?:återställning|åtgärd|åtgärden|lösning|lösningen|reparation)(?: (?!(?:delvis|partiell|bara|ska|skall|måste|kommer|inte|ännu|behöver|bör|när|om|kan|försök)${WE})\S+){0,6} (?:bekräftad|bekräftat|verifierad|verifierat|slutförd|slutfört|genomförd|genomfört|godkänd|godkänt)${WE}(?! (?:bara|delvis|men)${WE})`,
    // C59: a test page printed with success: "test page printed successfully on every queue".
    String.raw`${W}testsid\S*(?: (?!(?:ska|skall|måste|kommer|inte|ännu|behöver|bör|när|om|kan)${WE})\S+){0,1} (?:utskriven|utskrivna|skrevs ut)(?: (?!(?:ska|skall|måste|kommer|inte|ännu|behöver|bör|när|om|kan)${WE})\S+){0,5} (?:utan (?:problem|fel|anmärkning)|korrekt|felfritt)${WE}`,
    // C60: the fix that did the trick, and the fault gone since: "did the trick, has stayed up since".
    String.raw`${W}gjorde susen${WE}`,
    // C61: the outcome as a headline: "fix successful", "printing restored", "stays up", "no more crashes".
    String.raw`${W}(?:åtgärden|fixen|lösningen|reparationen|ominstallationen) lyckades${WE}`,
    String.raw`^(?:\S+ ){0,1}(?:utskrift|utskrifter|tjänsten|åtkomst|anslutning)(?:en)? (?:återställd|återställt|återställda)${WE}`,
    String.raw`${W}håller sig (?:nu )?(?:igång|uppe|stabil)${WE}`,
    // C50: settled idioms and regional forms of "it works again" ("put to bed", fr-CA "asteure", nl-BE "terug").
    String.raw`${W}(?:skriver|går|fungerar|funkar|rullar|lirar)(?: (?!inte|ej|aldrig)\S+)?(?: ut)? som (?:en dröm|tåget|smort|på räls)${WE}`,
    String.raw`${W}(?:är|är nu) (?:\S+ )?i (?:toppskick|toppform)${WE}`,
    String.raw`${W}(?:är|blev) (?:det )?ordning och reda${WE}`,
    // C45: the place of the fault is empty and stays so: "the queue is empty and stays empty".
    String.raw`${W}\S*(?:kön|kö)(?: \S+){0,2} är tom och (?:håller sig|förblir|fortsätter vara)${WE}`,
    // C35: the place of the fault stayed good over a span: "the queue stayed empty all week".
    String.raw`${W}\S*(?:kön|köer)(?: \S+){0,3} (?:tom|tomt|tomma)(?: \S+)? (?:hela (?:veckan|dagen|helgen|morgonen|tiden)|sedan)${WE}`,
    // C36: it stays up: "spoolern ligger uppe hela tiden nu".
    String.raw`${W}ligger (?:\S+ )?uppe(?: \S+){0,2} (?:hela tiden|nu|igen|sedan|stabilt)${WE}`,
    // C38: as good as new, at the end of its part ("som ny användare" is a role).
    String.raw`${W}är som (?:ny|nytt|nya)$`,
    // C41: someone says it works: "Emma säger att den skriver ut utan problem nu".
    String.raw`${W}(?:säger|sa|bekräftar|bekräftade|meddelar|meddelade|rapporterar|skriver|skrev) att (?:den|det|hon|han|de|allt|\S+n) (?:\S+ ){0,2}(?:fungerar|skriver ut|funkar|går|lirar|rullar)(?: \S+){0,3} (?:utan (?:problem|fel|strul)|igen|som vanligt|bra|felfritt|nu)${WE}`,
    // C26: after several attempts, the last one did it: "men det tredje satt".
    String.raw`${W}(?:det|den) (?:andra|tredje|fjärde|femte|sista|senaste|nästa)(?: \S+)? (?:satt|lyckades|fungerade|funkade|hjälpte|gjorde susen|löste det|löste problemet|var rätt|var lyckat|blev rätt|gick hem)${WE}${NOT_AFTER}`,
    // C27: as fast as before: "lika snabb som förut".
    String.raw`(?<!(?:nästan|inte|inte riktigt|ännu inte) )${W}(?:lika|precis lika|så) (?:snabb|snabbt|snabba|stabil|stabilt|smidig|smidigt|bra) som (?:förut|innan|tidigare|vanligt|förr|alltid|ny)${WE}`,
    // C29: a formal closure: "Ärendet betraktas som löst".
    String.raw`${W}(?:betraktas|anses|räknas|betraktar vi|anser vi|ser vi)(?: (?!först${WE}|inte${WE})\S+){0,3} (?:som |vara )?(?:löst|avslutat|åtgärdat|klart|avklarat)${WE}`,
    // C25: the monitoring green for a time: "Övervakningen har varit grön sedan i fredags".
    String.raw`${W}(?:övervakning\S*|monitorering\S*|zabbix|prtg|nagios|dashboard\S*|loggen|loggarna|händelseloggen)(?: \S+){0,3} (?:är |har varit |varit |ligger |legat |står |stått )?(?:grön|grönt|gröna|ren|rent|tyst|lugn|lugnt)(?: \S+)? (?:sedan|sen|i)${WE}`,
    // C20: monitoring says all is well: "alla kontroller är gröna".
    String.raw`${W}(?:alla|allt|samtliga)(?: \S+){0,6} (?:(?:är|lyser|visar|nu|igen) )*(?:gröna|grönt|grön)${WE}`,
    // C22: an activation told as done: "Office är aktiverat".
    String.raw`${W}(?:office|windows|licens\S*|appar\S*|produkt\S*)(?: \S+){0,2} (?:(?:är|blev|har blivit|nu) )*(?:aktiverat|aktiverad|aktiverade)${WE}`,
    // C15: a job or a step done with success, and the phrases that stand for it.
    String.raw`${W}kan (?:\S+ ){0,3}(?:logga in|ansluta|skriva ut|komma åt|jobba|arbeta)(?: \S+){0,3} (?:utan problem|igen|som vanligt|normalt)${WE}`,
    String.raw`${W}\S+as (?:korrekt|som det ska|utan problem|felfritt)(?: för alla)?${WE}`,
    String.raw`${W}(?:gick|går) (?:\S+ )?igenom(?: \S+){0,2} (?:utan fel|utan problem|felfritt)${WE}`,
    // C14: better than ever: the device not only works, it works better than before.
    String.raw`${W}\S+ än någonsin${WE}`,
    String.raw`(?<![\p{L}\p{N}])(?:apparna|apparna|programmen|office|windows|licensen|licenserna|produkterna)(?: \S+){0,3} (?:är|blev|har blivit)(?: \S+)? (?:aktiverade|aktiverad|aktiva|aktiv)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:slutförs|slutfördes|körs|går|avslutas)(?: \S+){0,4} (?:utan fel|framgångsrikt|felfritt|utan problem)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:du|ni) kan (?:nu |åter )?(?:skriva ut|arbeta|jobba|logga in|ansluta|använda)(?: \S+)? (?:igen|nu|som vanligt)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:nu|igen) (?:funkar|fungerar) (?:allt|det|alla)(?! inte| ej)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:allt|det) (?:funkar|fungerar) (?:nu|igen)(?! inte| ej)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:hittad|hittat|hittades|identifierad|identifierat|identifierades|lokaliserades) och (?:åtgärdad|åtgärdat|åtgärdades|löst|löstes|fixad|fixat|fixades|rättades|borttagen|togs bort)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:har|hade) (?:\S+ )?(?:åtgärdats|lösts|fixats|lagats|avhjälpts|eliminerats)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:är|blev) (?:\S+ ){0,3}(?:nåbar|nåbart|tillgänglig|tillgängligt|åtkomlig|eliminerat|eliminerad) (?:igen|nu)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:är|blev) (?:nu |åter )?(?:eliminerat|eliminerad|åtgärdat|avhjälpt)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:startar|fungerar|funkar|går|kör|lirar)(?: \S+){0,2} (?:fint|bra|perfekt|felfritt|utmärkt) (?:igen|nu)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:fungerar|funkar|går) (?:nu |igen )?(?:allt |alla |det )?(?:perfekt|fint|utmärkt|felfritt|klockrent)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:redo|klar) (?:att användas|för användning)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:det |allt )?lirar(?: nu| igen)?(?![\p{L}\p{N}])`,
    String.raw`${W}(?:är|var|blev|har blivit|har varit|verkar vara|ser ut att vara)(?: ${ADV})* ${FIXED}${WE}${NOT_FOR_A_WHILE}`,
    String.raw`${W}(?:vi|jag|teknikern|supporten)(?: (?:har|hade|${ADV}))* (?:löst|åtgärdat|fixat|lagat|löste|fixade|lagade|åtgärdade|återställt|ordnat)${WE}`,
    String.raw`${W}(?:problemet|felet|ärendet|incidenten|strulet|störningen)(?: ${ADV})* (?:löst|åtgärdat|fixat|borta|avhjälpt|stängt|ur världen)${WE}`,
    String.raw`${W}${WORKS}(?: ${ADV})* (?:igen|som vanligt|som förut|som det ska|nu)${WE}`,
    String.raw`${W}(?:vi )?(?:stänger|avslutar|stängde|avslutade) (?:detta|det här|ditt|ert) ärende${WE}`,
    String.raw`${W}ärendet (?:kan|kommer att) (?:nu )?(?:stängas|avslutas)${WE}`,
    String.raw`${W}(?:felet|felmeddelandet|problemet|kraschen|krascherna)(?: ${ADV})* (?:har försvunnit|försvann|är försvunnet|har upphört|upphörde)${WE}`,
    String.raw`${W}(?:lösningen|åtgärden|fixen)(?: har| är| blev)(?: ${ADV})* (?:bekräftad|bekräftats|verifierad|verifierats|lyckad|lyckats|effektiv)${WE}`,
    String.raw`${W}(?:du|ni) kan (?:nu |igen |åter )+(?:skriva ut|arbeta|jobba|logga in|ansluta|använda)${WE}`,
    String.raw`${W}(?:problemet löst|allt klart|allt fixat|tillbaka till det normala|uppe och snurrar|igång igen|i drift igen|online igen)${WE}`,
    String.raw`(?:^| )(?:allt|det|den|alla) (?:fungerar|funkar|rullar|lirar|går|snurrar)(?: (?:nu|igen|äntligen|redan|också))*$`,
    String.raw`${W}allt(?: \S+){0,2} (?:fungerar|funkar|rullar|lirar|snurrar)${WE}`,
    String.raw`${W}allt(?: \S+){0,2} (?:i (?:sin )?ordning|toppen|grönt|under kontroll|som det ska|frid och fröjd|lugnt|klart|fixat|löst|perfekt|finfint|på plats|tipptopp|bra igen|som vanligt igen)${WE}`,
    // From "att" on: Spanish "han" is an auxiliary for the grammar, and "att han kan …" would
    // read as an infinitive.
    String.raw`${W}(?:att (?:\S+ ){0,2})?(?:kan|kunde)(?: \S+){0,3} (?:igen|nu|som vanligt|utan (?:problem|fel|strul|krångel)|normalt)(?: \S+){0,2} (?:jobba|arbeta|skriva ut|logga in|ansluta|koppla upp|använda|skanna|skicka|ta emot|öppna|spara|komma åt|nå|ringa|synka|starta|komma in|surfa|mejla)${WE}`,
    String.raw`${W}(?:att (?:\S+ ){0,2})?(?:kan|kunde) (?:\S+ ){0,2}(?:jobba|arbeta|skriva ut|logga in|ansluta|koppla upp|använda|skanna|skicka|ta emot|öppna|spara|komma åt|nå|ringa|synka|starta|komma in|surfa|mejla)(?: \S+){0,3} (?:igen|som vanligt|som förut|utan (?:problem|fel|strul|krångel)|normalt|obehindrat)${WE}`,
    String.raw`${W}(?:lyckades|lyckats|har lyckats|gick)(?: \S+){0,3} (?:att )?(?:lösa|åtgärda|fixa|laga|avhjälpa|återställa|reparera|rätta|få ordning på|få igång|få bort|få stopp på|lösas|åtgärdas|fixas|lagas)${WE}`,
    String.raw`${W}(?:fick|har fått|fått)(?: \S+){0,3} (?:igång|ordning på|bukt med|rätsida på|stopp på|att fungera|att funka|bort (?:felet|problemet|felmeddelandet))${WE}`,
    String.raw`${W}(?:har|hade) (?:\S+ ){0,2}(?:återställts|reparerats|rättats|korrigerats|ordnats|lösts|åtgärdats|fixats|lagats|avhjälpts|eliminerats)${WE}`,
    String.raw`${W}(?:det|den|detta|omstarten|uppdateringen|åtgärden|bytet) (?:\S+ ){0,3}(?:hjälpte|hjälpt|löste det|löste problemet|gjorde susen)${WE}${NOT_AFTER}`,
    String.raw`(?<!${SYMPTOM_NOUN}(?: \S+){0,3} )${W}(?:är|var)(?: \S+){0,2} (?:tillbaka|uppe|igång|online|nåbar|nåbart|tillgänglig|tillgängligt|åtkomlig|åtkomligt|användbar|användbart|i (?:normal |full )?drift|på plats)(?: igen)?(?! till${WE}| på${WE})${WE}${NOT_FOR_A_WHILE}`,
    String.raw`${W}(?:kommer|kom|går|gick)(?: \S+){0,3} (?:fram|in|igenom|ut) igen${WE}`,
    String.raw`${W}${SYMPTOM_NOUN}(?: \S+){0,3} (?:har försvunnit|försvann|är försvunnet|är försvunnen|är försvunna|är borta|har upphört|upphörde|har slutat (?:att )?(?:visas|dyka upp|komma|synas)|är ett minne blott|är historia)${WE}`,
    String.raw`${W}(?:är|har varit|varit)(?: \S+){0,3} (?:stabil|stabilt|problemfri|problemfritt|felfri|felfritt) sedan${WE}`,
    String.raw`${W}(?:är|har varit)(?: \S+){0,2} (?:stabil|stabilt|problemfri|problemfritt|felfri|felfritt)${WE}`,
    // The grammar reads a frame only in the clause right before: "väntar på att användaren
    // bekräftar att …" is told by the pattern itself.
    String.raw`(?<!${W}(?:väntar|väntade|hoppas|avvaktar|vill|ska|kommer att|behöver|kontrollera|kontrollerar|se till|säkerställa|tror inte|inte säkra)(?: \S+){0,8} )(?:^| )att (?:(?!att )\S+ ){1,4}(?:fungerar|funkar|lirar|rullar|går bra)(?: (?:nu|igen|som det ska|bra))*$`,
    // C296 (honest): a condition that opens the part, with no comma before the closing: "Om utskrifterna fungerar i morgon stänger vi ärendet" ("i" is also the Polish "and").
    String.raw`(?<!^(?:om|när|ifall|så snart|såvida|bara) (?:\S+ ){1,10})${W}(?:stänger|avslutar|stängde|avslutade|stänger vi|avslutar vi|stänger jag|avslutar jag)(?: \S+)? (?:ärendet|detta ärende|det här ärendet|ditt ärende|ert ärende|supportärendet|incidenten|biljetten|ticketen)${WE}`,
    String.raw`${W}ärendet (?:\S+ )?(?:stängs|avslutas|är stängt|är avslutat|stängdes|avslutades)${WE}`,
    String.raw`${W}(?:kommer|kom) åt(?: \S+){0,3} (?:igen|som vanligt|utan problem|normalt)${WE}`,
    String.raw`${W}(?:kunde|kunnat|gick att)(?: \S+){0,3} (?:lösas|åtgärdas|fixas|lagas|avhjälpas|återställas|lösa|åtgärda|fixa|laga|avhjälpa)${WE}`,
    String.raw`${W}${WORKS}(?: (?!sönder${WE}|ner${WE}|fel${WE}|åt skogen${WE})\S+){0,2} (?:igen|som vanligt|som förut|som det ska)${WE}${NOT_FOR_A_WHILE}`,
    String.raw`(?<!(?:${SYMPTOM_NOUN}(?: \S+){0,2}|${W}(?:det|den|de)) )${W}(?:visas|syns|dyker upp|listas)(?: \S+){0,2} igen${WE}`,
    String.raw`${W}(?:att (?:\S+ ){0,2})?(?:kan|kunde) (?:\S+ ){0,2}(?!hända|krascha|hänga|frysa|försöka|testa|kontrollera|prova|vänta|starta om|behöva|inte${WE}|ej${WE})\S+a(?: \S+){0,3} (?:igen|som vanligt|som förut|utan (?:problem|fel|strul|krångel)|normalt|obehindrat)${WE}`,
    String.raw`${W}(?:löste|åtgärdade|fixade|avhjälpte|lagade) (?:problemet|felet|det|saken|biffen|störningen|strulet|buggen)${WE}${NOT_AFTER}`,
    String.raw`${W}(?:sätter|markerar|satte|markerade)(?: \S+){0,2} (?:ärendet|ticketen|incidenten)(?: \S+)? (?:som|till) (?:löst|stängt|klart|åtgärdat|avslutat)${WE}`,
    String.raw`(?:^| )(?:ärendet )?kan (?:stängas|avslutas)$`,
    String.raw`${W}${SYMPTOM_NOUN}(?: \S+){0,3} (?:är|var) (?:\S+ )?över${WE}`,
    // Subject first: "…, kan vi stänga ärendet" follows a condition as often as not.
    String.raw`${W}(?:vi|jag|ni|du) (?:kan|får)(?: \S+){0,2} (?:stänga|avsluta) (?:ärendet|detta ärende|det här ärendet|ticketen|incidenten)${WE}`,
    String.raw`${W}(?:kan|får) (?:\S+ ){0,2}(?:markeras|sättas|stängas|betraktas) som (?:löst|stängt|klart|åtgärdat|avslutat)${WE}`,
  ],
  stateClaims: [
    // C229: ett stabilt läge i ett berömmande ord: "wifi:t i mötesrummet är toppen nu", "uppkopplingen är klockren".
    String.raw`${W}(?:är|har varit|blir|förblir|känns|fungerar|funkar|går|rullar|lirar|kör|flyter)(?: (?!(?:inte|ej|aldrig|bara|men|tills)${WE})\S+){0,4} (?:klockren|klockrent|klockrena|felfri|felfritt|felfria|klanderfri|klanderfritt|prickfri|prickfritt|stensäker|stensäkert|bergsäker|bergsäkert|stabil som en klippa|stadig som en klippa|tipptopp|som en klocka|som smort|som på räls|som en dröm)${WE}${NOT_FOR_A_WHILE}`,
    String.raw`${W}(?:är|har varit|blir|känns|funkar|fungerar|går)(?: (?!(?:inte|ej|aldrig|bara|men|tills|om)${WE})\S+){0,4} (?:toppen|kanon|kanonbra|grymt|grym|superbra) (?:nu|igen|numera|sedan|efter)${WE}${NOT_FOR_A_WHILE}`,
    // C164: stable since the change: "VPN stabil sedan omkonfigurationen".
    String.raw`\bstabil[at]? sedan (?!dess\b)(?:i (?:morse|gar)|\w+(?:en|et|ningen|tionen))\b(?! (?:men|bara|utom)\b)`,
    // C30: jobs go through since the fix: "har utskrifterna gått igenom utan problem".
    // Not "gick": "Tidigare gick utskrifterna igenom" tells how it used to be.
    String.raw`${W}(?:gått|går) (?:\S+ )?igenom (?:\S+ )?(?:utan (?:några )?(?:problem|fel|avbrott|strul|krångel)|felfritt|problemfritt|fint|bra|smidigt)${WE}`,
    // C21: better than before ("mycket snabbare än innan"); "lite snabbare" is a partial result.
    String.raw`(?<!${W}(?:lite|något|aningen|knappt|inte) )${W}(?:(?:mycket|betydligt|klart|avsevärt|rejält) )?(?:snabbare|stabilare|bättre|smidigare|pålitligare) än (?:innan|tidigare|förut|förr|igår)${WE}`,
    // C17: busy for a stretch of time without trouble: "hela förmiddagen utan problem".
    String.raw`${W}(?:hela (?:förmiddagen|morgonen|dagen|eftermiddagen|veckan|natten|helgen)|sedan i morse)(?: \S+){0,3} utan (?:några |något |minsta )?(?:problem|fel|avbrott|strul|krångel|störningar|klagomål)${WE}`,
    String.raw`${W}(?:allt|det) (?:är |fungerar |funkar |ser )?(?:bra|okej|ok|i ordning|som vanligt|frid och fröjd|klart|bra ut)(?: igen| nu)?${WE}${NOT_FOR_A_WHILE}`,
    String.raw`${W}${WORKS}(?: (?!men${WE}|fram${WE}|tills${WE}|bara${WE}|utom${WE})\S+){0,4} ${WELL}${WE}${NOT_FOR_A_WHILE}`,
    String.raw`${W}har (?:\S+ ){0,2}(?:fungerat|funkat|gått|rullat|kört|lirat)(?: \S+){0,3} ${WELL}${WE}${NOT_FOR_A_WHILE}`,
  ],
  symptomClaims: [
    // C316: a queue empty now that does not fill again: "kön är tom och fylls inte på längre".
    String.raw`\btom och (?:den |han )?(?:fylls|vaxer|okar) inte (?:pa )?(?:igen|langre|mer)\b`,
    // C317: nobody has the fault any more: "ingen får felmeddelandet längre".
    String.raw`(?<!\b(?:nastan|knappt) )\bingen (?:anvandare |kollega |medarbetare )?(?:far|ser|har|klagar|fastnar|tappar)(?: [\w-]+){0,4} (?:langre|mer)\b`,
    // C318: not a single failure since a change: "inte ett enda avbrott sedan bytet".
    String.raw`^(?:inte ett enda|inte en enda|inga|noll) (?:[\w-]+ )?(?:avbrott|fel|krascher|krasch|tapp|frakopplingar|larm|pappersstopp)(?: [\w-]+){0,5} sedan\b`,
    // C287: no longer a problem: "wifi i mötesrummet är inte längre ett problem", "skrivaren är inget problem längre".
    String.raw`${W}(?:är|utgör) inte (?:längre|mer) (?:ett |något )?(?:problem|bekymmer|huvudvärk|issue|strul)${WE}`,
    String.raw`${W}(?:är|utgör) (?:inget|inga) (?:problem|bekymmer|huvudvärk|issue|strul) (?:längre|mer)${WE}`,
    // C289: not a single dropped call since the change: "inte ett enda tappat samtal i dag sedan switchen byttes", "inte en enda avbruten anslutning".
    String.raw`${W}(?:inte ett enda|inte en enda|inget enda|inte ett|inte en|noll) (?:tappat|tappade|avbrutet|avbrutna|avbruten|brutet|brutna|bruten|nedkopplat|misslyckat|misslyckade|misslyckad|förlorat|förlorade) (?:samtal|samtalen|anslutning|anslutningar|uppkoppling|uppkopplingar|möte|möten|session|sessioner)(?: \S+){0,4} (?:sedan|efter|längre|mer|i dag|idag|på hela dagen|hela dagen)${WE}`,
    // C225: inga fel under en tidsperiod: "sedan tre dagar har vi inte haft något strul", "på en vecka inte ett enda avbrott".
    String.raw`(?<!${W}(?:inte|ännu|nästan|om|när|tills)(?: \S+){0,2} )${W}(?:på|i|under|sedan|de senaste|nu i|redan i) (?:de senaste |snart |över |drygt )?(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|flera|några|par) (?:dagar|dag|dygn|veckor|vecka|timmar|timme|nätter|natt|arbetsdagar|pass)(?: nu| i sträck| i rad)?(?: (?!(?:var|hade|blev|kommer|ska)${WE})\S+){0,4} (?:inga|inget|ingen|inte ett enda|inte en enda|utan|noll|inte (?:haft|har|fått|sett|märkt|upplevt|varit) (?:några|något|någon|ett enda|en enda))(?: (?:enda|alls|mer|fler))? (?:\S+ )?(?:problem|fel|störningar|störning|avbrott|krascher|krasch|klagomål|strul|bekymmer|incidenter|felmeddelanden|tapp|frysningar)${WE}`,
    // C226: inget att klaga på, som uttryck: "kan inte klaga", "vi kan verkligen inte klaga på routern".
    String.raw`(?<!${W}(?:om|när|hoppas|tills)(?: \S+){0,2} )${W}kan (?:jag |vi |man |du |hon |han |de )?(?:verkligen |faktiskt |ärligt talat |nu )?(?:inte|ej) (?:längre )?klaga${WE}(?! (?:hos|till|mot|förrän|än)${WE})`,
    String.raw`${W}(?:inget|ingenting|inte något) (?:mer |längre )?att (?:klaga|anmärka|gnälla|invända) på${WE}`,
    // C227: inget fel längre: "det är inte längre något fel på datorn".
    String.raw`${W}(?:inte längre (?:något|några)|inte (?:något|några) (?:\S+ )?längre) (?:\S+ )?(?:fel|problem|konstigt|knas|strul)${WE}`,
    // C232: inga fler felrutor när man öppnar: "inga fler felrutor när man öppnar Visma".
    String.raw`${W}(?:inga|inget|ingen) (?:fler|mer|längre några)(?: \S+){0,2}? (?:fel\S*|varning\S*|popup\S*|krasch\S*|frysning\S*|meddelande\S*|dialogrut\S*|\S*rutor|\S*rutorna|\S*fönster|störning\S*|strul|avbrott|problem)${WE}`,
    // C197: inga fel räknade sedan ändringen: "0 krascher sedan patchen".
    String.raw`\b(?:0|noll) (?:[\w-]+ ){0,2}(?:krascher|fel|avbrott|larm|omstarter|störningar)(?: [\w-]+){0,6} sedan (?:patchen|omstarten|uppdateringen|bytet|åtgärden|fixen|lagningen|migreringen|ominstallationen)\b`,
    // C160: nothing left to complain about or report: "man kan inte klaga på filservern längre", "inget att rapportera efter ingreppet".
    String.raw`\bkan (?:inte|ej) (?:langre )?klaga(?: pa [\w-]+)?(?: langre)\b`,
    String.raw`\b(?:inget|ingenting) (?:mer |nytt )?att (?:rapportera|anmarka|klaga pa)(?: [\w-]+){0,4} (?:efter|sedan) (?:ingreppet|bytet|fixen|atgarden|uppdateringen|omstarten|omkonfigurationen|ominstallationen|reparationen)\b`,
    // C147: a span of work without a single fault: "har skrivit ut hela förmiddagen utan ett enda pappersstopp".
    String.raw`${W}hela (?:förmiddagen|morgonen|dagen|eftermiddagen|natten|veckan|passet)(?: (?!(?:inte|ej|aldrig)${WE})\S+){0,4} utan (?:ett |en )?(?:enda |enstaka )?(?:pappersstopp|stopp|fel|felmeddelande|krasch|avbrott|problem|haveri|strul|tapp|frysning|hängning)${WE}`,
    // C131/C132: the fault no longer comes back, also in a subordinate clause: "Felet kommer inte tillbaka", "att samtalen inte bryts längre".
    String.raw`\b(?:felet|felen|problemet|problemen|felmeddelandet|kraschen|krascherna|varningen|avbrotten)(?: [\w-]+){0,3} (?:kommer|har) (?:inte|aldrig) (?:langre )?(?:tillbaka|kommit tillbaka|aterkommit|dykt upp igen|uppstatt igen)\b`,
    String.raw`\binte (?:langre (?:bryts|bryter|kraschar|hanger sig|fryser|tappar|laggar|strular|kranglar|gar ner|faller bort|kopplas ner|dyker upp|kommer tillbaka|aterkommer)|(?:bryts|bryter|kraschar|hanger sig|fryser|tappar|laggar|strular|kranglar|gar ner|faller bort|kopplas ner|dyker upp|kommer tillbaka|aterkommer) langre)\b`,
    // C133: not a single complaint since a time: "Inte ett enda klagomål på wifi:t sedan måndag".
    String.raw`\b(?:inte (?:ett enda|ett|nagot)|inga|noll) (?:nya )?(?:klagomal|arenden|felanmalningar)(?: (?!men\b)[\w:-]+){0,5} sedan\b`,
    // C124: the workaround or the chore no longer needed: "doesn't have to use the webmail workaround now".
    String.raw`${W}behöver inte (?:längre (?:använda|startas om|starta om)|(?:använda|startas om|starta om)(?: \S+){0,5} längre)${WE}`,
    // C118: held for a span of time without the fault: "has held for two days now without a single disconnect".
    String.raw`${W}(?:hållit|håller|fungerat|fungerar|rullat|rullar|gått|går)(?: \S+){0,3} (?:dygn|dagar|timmar|veckor|nätter)(?: nu)? utan (?:ett enda|en enda|något|någon) \S+`,
    // C119: not once since a point in time: "since 3 pm the Wi-Fi has not dropped once", "no errors since the reboot".
    String.raw`${W}inte (?:tappat|fallit bort|kopplats ner|krånglat|kraschat|hängt sig)(?: \S+){0,2} (?:en enda gång|en gång)${WE}`,
    String.raw`${W}(?:inga|inte ett enda|inte något) (?:fel|avbrott|krascher)(?: \S+){0,3} sedan${WE}`,
    // C113: a loss measured as none: "0 % loss over 500 packets", "丢包率0%".
    String.raw`${W}0 (?:förlust|paketförlust|fel|avbrott)${WE}(?! (?:till|tomark)${WE})`,
    // C115: the user with nothing left to complain about: "has nothing more to complain about".
    String.raw`${W}(?:har|hade) inget (?:mer |längre )?att klaga på(?: längre)?${WE}`,
    String.raw`${W}klagar inte längre${WE}`,
    String.raw`\b(?:vagrar|vagrade) inte (?:langre|lange) (?:att )?\b`,
    // C90: the fault counted as none ("0 failed logons"): its failure word is no negation of a claim.
    String.raw`\b(?:0|noll|inga) (?:[\w-]+ ){0,2}(?:misslyckade?|avbrutna|tappade|forlorade|fastnade|nekade)\b`,
    // C92: "inga nya avbrott på NAS:en under helgen"; C94: "man behöver inte längre starta om routern".
    String.raw`\binga (?:nya|fler|ytterligare|fortsatta) (?:[\w-]+ ){0,1}(?:avbrott|fel|krascher|problem|stopp|storningar|frankopplingar|haverier|larm|klagomal)\b`,
    String.raw`\b(?:behover|maste) (?:man |ni |du |anvandarna |vi |hon |han |de )?inte (?:langre|mer) (?:[\w-]+ ){0,2}(?:starta om|logga in igen|skriva in|ateransluta|mata in|koppla om)\b`,
    // C86: the monitoring has not seen a single outage since the change, told with its own verb:
    // "n'a remonté aucune coupure depuis", "一度も検知されていません".
    String.raw`${W}(?:övervakning\S*|monitorering\S*)(?: \S+){0,2} har inte (?:registrerat|upptäckt|rapporterat|sett|larmat om) (?:ett enda|en enda|något|några)${WE}`,
    // C82: the fault told as ended in the present, with its own verb: "the paper jams have stopped",
    // "ya no se atasca", "non si inceppa più", "紙詰まりはもう起きていません".
    String.raw`${W}(?:\S*stopp\S*|fel\S*|krasch\S*|avbrott\S*|problem\S*|\S*meddelande\S*)(?: \S+){0,6} har (?:nu )?(?:helt )?upphört${WE}`,
    String.raw`${W}(?:\S*meddelande\S*|fel\S*|varning\S*|popup\S*|ruta\S*|rutan)(?: \S+){0,6} (?:dyker|visas|kommer|poppar) (?:inte|aldrig) (?:upp )?(?:längre|mer)${WE}`,
    // C81: a fault counter held at zero since the change, and a backup's log clean with no error:
    // "CRC error counter: still 0 since the cable swap", "last night's backup log is clean, 0 errors".
    String.raw`${W}(?:backup|säkerhetskopi)\S*(?: \S+){0,5} (?:är|var) ren${WE}`,
    String.raw`${W}\S*räknaren(?: \S+){0,8} (?:står (?:kvar )?på|ligger (?:kvar )?på|visar) (?:0|noll)${WE}(?: \S+){0,2} (?:sedan|efter)${WE}`,
    // C64: nobody has been in touch about it since: "har ingen användare ringt supporten".
    // Only since a time or no more: "ingen har ringt tillbaka än" is a reply still awaited.
    String.raw`${W}sedan (?:\S+ ){1,6}(?:ingen|inte en enda|inte någon) (?:enda )?(?:användare|kund|kollega|medarbetare|person)?\S* ?(?:har )?(?:ringt|hört av sig|kontaktat|mejlat|klagat|ringde|hörde av sig)${WE}`,
    String.raw`${W}(?:ingen|inte en enda|inte någon) (?:enda )?(?:användare|kund|kollega|medarbetare|person)?\S* ?(?:har )?(?:ringt|hört av sig|kontaktat|mejlat|klagat|ringde|hörde av sig)(?: \S+){0,4} (?:sedan|mer|längre)${WE}`,
    // C65: a span of time with no fault: "har inte ett enda spoolerstopp loggats".
    String.raw`${W}(?:inte ett enda|inte en enda|inget enda|ingen enda) (?:\S+ )?(?:\S*stopp|\S*krasch(?:er)?|fel|avbrott|händelser?|\S*haveri\S*)(?: \S+){0,2} (?:har )?(?:loggats|registrerats|noterats|setts|rapporterats|uppstått|inträffat)${WE}`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`${W}ingen (?:\S+ )?repro (?:efter|sedan|längre)${WE}`,
    // C57: litotes of the fault: "no longer exactly broken", "can hardly be called faulty".
    String.raw`${W}inte (?:direkt|precis|särskilt|riktigt) (?:krånglar|strular|bråkar) längre${WE}`,
    String.raw`${W}inte längre (?:direkt|precis|särskilt|riktigt) (?:krånglar|strular|bråkar|trasig)${WE}`,
    // C60: the fix that did the trick, and the fault gone since: "did the trick, has stayed up since".
    String.raw`${W}inte (?:gått ner|kraschat|stannat|hängt sig|lagt av)(?: \S+)? sedan (?:dess|dit)${WE}`,
    // C48: the fault has not come back once, or no longer happens: "hasn't crashed once since the reinstall", "jobs no longer get stuck".
    String.raw`${W}(?:har|hade) inte (?:\S+ )?(?:kraschat|hängt sig|fastnat|stannat|låst sig|krånglat|strulat|lagt av) (?:en enda gång|någon gång|alls)${WE}`,
    String.raw`${W}(?:fastnar|hänger sig|kraschar|stannar|låser sig|krånglar|strular|lägger av) inte längre${WE}`,
    // C46: not one job stuck, as a count (after a comparison with last week): "no stuck jobs at all".
    String.raw`${W}inga (?:\S+ )?(?:jobb|utskrifter|dokument) som (?:hänger sig|fastnar|kraschar|låser sig)${WE}`,
    // C44: a fault counted as zero in a log or over a span: "zero spooler crashes in the last 72 hours".
    String.raw`${W}(?:noll|0|inga) ${SYMPTOM_NOUN}(?: \S+){0,5} (?:de senaste|under de senaste|sedan)${WE}`,
    // C34: a fault counted as none over a span of time: "not a single stuck job since Tuesday".
    String.raw`${W}(?:inte (?:ett|en) (?:enda )?|inga |ingen |inget )(?:fler )?(?:fastnade?|fastnat|hängda?|hängande|kraschade?|låsta?|misslyckade?) (?:\S+ )?(?:jobb|utskrift(?:er)?|dokument|uppgift(?:er)?)(?: \S+){0,3} (?:sedan|längre|mer)${WE}`,
    // C24: no more crashes, alarms or faults since: "Inga fler spoolerkrascher", "Inga larm i
    // övervakningen sedan i fredags", "Inga störningar rapporterade efter patchen".
    String.raw`${W}(?:inga|inget|ingen) (?:fler|mer|ytterligare) ${SYMPTOM_NOUN}`,
    String.raw`${W}(?:inga|inte några|inget) (?:fler |nya |ytterligare )?(?:${SYMPTOM_NOUN}|larm${WE}|alarm${WE}|varningar${WE}|alerts?${WE}|händelser${WE}|klagomål${WE}|ärenden${WE})(?: \S+){0,4} (?:sedan|sen|efter)${WE}`,
    // C23: nobody complained since: "Ingen har klagat sedan i måndags".
    String.raw`${W}ingen (?:\S+ ){0,2}(?:har |hade )?(?:klagat|klagar|anmält|felanmält|rapporterat|ringt)(?: \S+){0,3} (?:sedan|sen|efter|längre|mer|igen)${WE}`,
    // C14: better than ever: the device not only works, it works better than before.
    String.raw`${W}aldrig (?:varit|gått|fungerat) så \S+`,
    // "Fler krascher? Nej, inga sedan fredag."
    String.raw`^(?:inga|inget|ingen)(?: fler)?(?: \S+)? (?:sedan|längre|mer)${WE}`,
    String.raw`${W}(?:har|hade) (?:vi |jag |de |hon |han |kunden |användaren )?(?:inte|ej|aldrig) (?:\S+ )?(?:sett|haft|märkt|fått|upplevt|noterat) (?:\S+ ){0,2}${SYMPTOM_NOUN}`,
    String.raw`${W}(?:går|gick) (?:inte|ej) (?:längre )?(?:att )?(?:återskapa|reproducera|framkalla)${WE}`,
    String.raw`${W}(?:kan|kunde) (?:inte|ej) (?:längre )?(?:återskapas|reproduceras)${WE}`,
    String.raw`${W}(?:tappas|bryts|avbryts|kopplas ner|stängs ner|låser sig|hänger sig|fryser|kraschar)(?: \S+){0,2} (?:inte|ej) (?:längre|mer)${WE}`,
    String.raw`${W}(?:ingen|inget|inga) (?:fler |ytterligare |mer )?(?:felsökning|åtgärd|åtgärder|insats|insatser|uppföljning|arbete)(?: \S+){0,2} (?:behövs|krävs|nödvändig|nödvändigt|nödvändiga)${WE}`,
    String.raw`${W}${SYMPTOM_NOUN}(?: \S+){0,3} (?:har|är) (?:inte|ej|aldrig) (?:\S+ )?(?:kommit tillbaka|återkommit|dykt upp|visats|uppstått|synts|återkommit)${WE}`,
    String.raw`(?<![\p{L}\p{N}])(?:är )?inte (?:\S+ )?(?:trasig|trasigt|sönder|nere|offline|ur funktion) (?:längre|mer)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:är )?inte längre (?:trasig|trasigt|sönder|nere|offline)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:uppstår|inträffar|händer|förekommer|syns|visas) inte (?:längre|mer)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])inga (?:fler |mer )?(?:problem|fel|krascher|avbrott|strul)(?: med)?(?![\p{L}\p{N}])`,
    String.raw`${W}(?:inte längre|inte mer|slutat) (?:\S+ )?(?:kraschar|krascha|hänger|hänga|fryser|frysa|kopplas ner|tappar|visas|dyker upp|felar|strular|strula|krånglar|krångla)${WE}`,
    String.raw`${W}(?:kraschar|hänger|fryser|tappar|strular|krånglar|visas|syns|dyker|poppar|kommer|hoppar|uppstår|inträffar|händer|förekommer|låser|stannar|laggar|hackar|blinkar|piper|klagar|bråkar|slutar)(?: \S+){0,2} (?:inte|ej|aldrig) (?:(?!fram${WE}|in${WE}|igenom${WE}|ut${WE})\S+ )?(?:längre|mer)(?! fram${WE}| in${WE}| igenom${WE})${WE}`,
    String.raw`${W}(?:visar|ger|kastar|slänger)(?: \S+){0,2} (?:inte|ej) (?:längre |mer )?${SYMPTOM_NOUN}`,
    String.raw`${W}(?:inga|inte några|inget) (?:fler |nya |ytterligare )?${SYMPTOM_NOUN}(?: \S+){0,3} (?:längre|mer|sedan|sen)${WE}`,
    String.raw`${W}(?:sedan dess|sedan \S+|sen dess|sen \S+) (?:\S+ )?(?:inga|inget|inte några) (?:fler |nya )?${SYMPTOM_NOUN}`,
    String.raw`${W}(?:inget|ingenting) (?:mer|annat|ytterligare) (?:att göra|behöver göras|behövs)${WE}`,
    String.raw`${W}(?:kraschar|hänger|fryser|tappar|strular|krånglar|visas|dyker upp)(?: \S+){0,2} inte (?:längre|mer)${WE}`,
    String.raw`${W}inga (?:fler |ytterligare )?(?:åtgärder|fel|problem|krascher|avbrott)(?: \S+){0,2} (?:behövs|krävs|sedan|längre)${WE}`,
  ],
  actions: [
    String.raw`${W}(?:bytte|bytt|installerade|installerat|uppdaterade|uppdaterat|startade om|startat om|återställde|tog bort|konfigurerade|ominstallerade)${WE}`,
  ],
  without: ['utan'],
  negators: ['ingenting', 'inte', 'ej', 'aldrig', 'ingen', 'inget', 'inga', 'varken', 'delvis', 'nästan'],
  negativeSubjects: ['inget', 'ingen', 'inga', 'ingenting', 'ingen av'],
  modals: [
    'ska',
    'skall',
    'kommer',
    'kan',
    'kunde',
    'måste',
    'behöver',
    'vill',
    'hoppas',
    'att',
    'försöka',
    'borde',
  ],
  hedges: ['bör', 'torde', 'nog'],
  now: ['nu', 'redan'],
  auxiliaries: [
    'är',
    'var',
    'har',
    'hade',
    'blev',
    'det',
    'den',
    'fortfarande',
    'ännu',
    'också',
    'ju',
    'väl',
  ],
  conjunctions: ['och', 'men', 'så', 'sedan', 'dock', 'eller', 'eftersom', 'fast'],
  conditions: [
    'om',
    'när',
    'tills',
    'fram till',
    'fram tills',
    'innan',
    'så snart',
    'ifall',
    'förutsatt att',
    'för att',
    'så att',
  ],
  since: ['efter', 'sedan', 'efter att'],
  // "fungerar en stund, sedan tappar den": what happens next can undo the good state.
  contrasts: [
    // C328 (honest): a good state for all but some, the exception named after it: "ingen får varningen längre, förutom receptionen".
    'forutom',
    'med undantag',
    // C326 (honest): a fix of an earlier incident, then this one denied: "förra gången hjälpte en omstart; den här gången blev det ingen skillnad".
    'den har gangen',
    'denna gang',
    // C327 (honest): a step done, the outcome still open: "uppdateringen är klar, återstår att se om avbrotten upphör".
    'aterstar att se',
    'aterstar att bekrafta',
    'far visa sig',
    'sedan',
    'sen',
    'bara',
    'endast',
    'fortfarande',
    'men',
    'dock',
    'fast',
    'utom',
    'medan',
    // C294 (honest): "Den nya skärmen fungerar fint; VPN:en fortsätter att tappa anslutningen": a failure that goes on.
    'fortsätter att tappa',
    'fortsätter att krascha',
    'fortsätter att hänga sig',
    'fortsätter att frysa',
    'fortsätter att strula',
    'fortsätter att krångla',
    'fortsätter att falla',
    'fortsätter att stanna',
    'fortsätter att koppla ner',
    'fortsätter att ge fel',
    'fortsätter att visa fel',
    'fortsätter att misslyckas',
    'hela tiden',
    'ständigt',
    'gång på gång',
    // C295 (honest): "Vi fixade det i mars; tyvärr har felet kommit tillbaka": the turn of a recurrence.
    'tyvärr',
  ],
  limits: [
    // C328 (honest): a good state for all but some, the exception named after it: "ingen får varningen längre, förutom receptionen".
    'utom',
    'forutom',
    'med undantag',
    // C327 (honest): the outcome still open after a step done.
    'aterstar att se',
    'aterstar att bekrafta',
    'far visa sig',
    // C295 (honest): "Vi fixade det förra månaden, men nu har felet kommit tillbaka": the fault back after the fix.
    'kommit tillbaka',
    'kommer tillbaka',
    'dykt upp igen',
    'dyker upp igen',
    'felet är tillbaka',
    'problemet är tillbaka',
    'strular igen',
    'krånglar igen',
    // C230: "Det verkar fungera, men vi väntar på bekräftelse": en bekräftelse som dröjer begränsar skenet.
    'väntar på',
    'inväntar',
    'avvaktar',
    // C76: "Vi löste det, men en timme senare kraschade den igen": a fault told again.
    'kraschade igen',
    'kraschade den igen',
    'stannade igen',
    'stannade den igen',
    'stoppade igen',
    'hängde sig igen',
    'föll igen',
    'gick ner igen',
    'kvar',
    // "…, men på hennes dator kvarstår felet": what stays broken limits what came before.
    'kvarstår',
    'kvarstod',
    'består',
    'kom tillbaka',
    'återkom',
    'fortsätter',
    'ändå',
    'kraschar',
    'misslyckas',
    'tappar',
    'fortfarande',
    'bara',
    'endast',
    'delvis',
    'inte',
    'ej',
  ],
  complementizers: ['att'],
  frames: [
    // The honest frame "at this point we cannot say that …": a denied statement governs its complement.
    String.raw`${W}(?:kan|kunde) (?:vi|jag|man) (?:\S+ )?inte (?:\S+ )?(?:säga|påstå|hävda|konstatera)${WE}`,
    String.raw`^(?:vänligen |var vänlig och )?(?:kontrollera|bekräfta|testa|verifiera|se till|säkerställ|meddela|hör av dig)${WE}`,
    String.raw`${W}(?:vi (?:ska|kommer att) (?:kontrollera|bekräfta|testa|verifiera|följa upp)|vi hoppas|hoppas (?:att|vi)|kan inte (?:bekräfta|garantera|säga))${WE}`,
    // C228: "vi vill gärna bekräfta att …" tillkännager; "gärna" och "glädjande" gör ingen plan av det.
    String.raw`${W}(?:vill|ska|kommer att|behöver|måste|ber|kan du|kan ni|vänligen)(?: (?!(?:gärna|glädjande|härmed)${WE})\S+){0,3} (?:se till|säkerställa|kontrollera|testa|verifiera|bekräfta|undersöka|kolla)${WE}`,
    // C230: ett förnekat sken styr det som följer: "det verkar inte som att skrivaren fungerar igen", "ser inte ut som att …".
    String.raw`${W}(?:verkar|ser|tycks|förefaller|låter) (?:\S+ )?(?:inte|ej) (?:\S+ )?(?:som|att|ut)${WE}`,
    String.raw`${W}(?:räknar med|förväntar (?:oss|mig)|förväntas|antar|antagligen|förhoppningsvis|troligen|troligtvis|sannolikt|planerar|hoppas|väntar på|avvaktar|kanske|eventuellt|möjligen|tror|tycker|vet) ?(?:\S+ )?(?:inte|ej)?${WE}`,
    // A part of the whole ("två av tre användare", "bara skrivaren på plan 2") is a partial result.
    String.raw`${W}(?:bara|endast|enbart|delvis|vissa|några av|en del|de flesta|somliga)${WE}`,
    String.raw`${W}av (?:de |våra |era )?(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|\d+)${WE}`,
    // A main clause that starts with a modal follows a condition before it: "när …, borde …".
    String.raw`^(?:då |sedan )?(?:borde|bör|ska|skall|kommer|kan|skulle|måste|torde)${WE}`,
  ],
  // "fram till i fredags fungerade allt bra": how it worked before the problem.
  pastAux: ['var', 'hade', 'fungerade', 'funkade', 'gick'],
  unaffected: [
    'inte påverkad',
    'inte påverkat',
    'inte påverkade',
    'opåverkad',
    'opåverkat',
    'opåverkade',
    'påverkades inte',
    'påverkats inte',
    'har inte påverkats',
  ],
  transient: [
    String.raw`${W}(?:ett (?:litet )?tag|en kort tid|en liten stund)${WE}`,
    // C291: not "kort" (cards) of "tar emot kort igen": "Kortterminalerna tar emot kort igen".
    String.raw`${W}(?:(?<!(?:emot|tar|ta|accepterar|läser|blippar|drar|dra|med) )kort|tillfälligt|en stund|en kort stund|i några (?:minuter|sekunder)|sporadiskt|ibland|först)${WE}`,
  ],
  ellipticals: [
    // C166: a retest told in one word: "Testade igen. Rent."
    'rent',
    'allt rent',
    // C168: green across the board, alone: "Status? Grönt över hela linjen."
    'gront over hela linjen',
    // C112: an outcome told in one word of success: "Résultat : succès", "結果：成功".
    'lyckat',
    'lyckad',
    'lyckades',
    'godkänt',
    // C88: a status field's value after a dash: "Statut : Clôturé – Wi-Fi salle B opérationnel".
    'stängd',
    'stängt',
    // C69: a result as a heading: "Resultat: spoolern lagad, färgutskrift återställd".
    'lagad',
    'återställd',
    'åtgärdad',
    'lirar',
    'det lirar',
    'löst',
    'fixat',
    'åtgärdat',
    'klart',
    'fungerar',
    'funkar',
    'fungerar nu',
    'funkar nu',
    'allt bra',
    'allt ok',
    'allt klart',
    'ok',
    'okej',
    'lagat',
    'problemet löst',
    'okmark',
    'borta',
    'ordnat',
    'klar',
    'allt grönt',
    'grönt',
    'fixat',
    'fixad',
    'löst',
    'lagat',
    'funkar igen',
    'fungerar igen',
    'allt funkar',
    'allt fungerar',
    'allt rullar',
    'rullar',
    'rullar igen',
    'toppen',
    'klockrent',
    'allt löst',
    'allt fixat',
    'problemet fixat',
    'problem löst',
    'felet borta',
    'felet åtgärdat',
    'felet fixat',
    'uppe igen',
    'igång igen',
    'online igen',
    'i hamn',
    'klappat och klart',
    'löst och klart',
    'allt i ordning',
    'allt i sin ordning',
    'inga problem',
    'inga fel',
    'inga problem längre',
    'stabilt',
    'återställt',
    'tjänsten återställd',
    'det gick',
    'det gick bra',
    'gick bra',
    'det löste sig',
    'löste sig',
  ],
  statusNouns: ['status', 'läge', 'resultat'],
  labelStates: ['online', 'normal', 'i drift', 'uppe'],
  fillers: [
    'nu',
    'igen',
    'äntligen',
    'allt',
    'problemet',
    'felet',
    'ärendet',
    'goda',
    'nyheter',
    'bra',
    'så',
    'är',
    'det',
    'på',
    'vår',
    'er',
    'sida',
    'redan',
    'helt',
    'skrivaren',
    'vpn',
    'okmark',
    'ja',
    'tack',
    'hej',
    'och',
    'idag',
    'bekräftat',
    'utan',
    'problem',
    'absolut',
    'perfekt',
    'toppen',
  ],
  // "Kan Anna logga in igen? Ja, det kan hon."
  // C253: "just now" in a "yes" that answers a question tells when, not how little.
  justNow: ['nyss', 'har precis', 'alldeles nyss', 'precis nu'],
  // C252: a tag after a comma asks to agree; its negation negates nothing of the question.
  questionTags: ['eller hur', 'va', 'inte sant', 'visst', 'eller', 'stammer det', 'ratt'],
  affirmations: [
    'det',
    'kan',
    'hon',
    'han',
    'de',
    'gör',
    'funkar',
    'fungerar',
    'ja',
    'japp',
    'absolut',
    'precis',
    'korrekt',
    'jadå',
  ],
  closings: [String.raw`(?:stäng|avslut)`],
  openClosings: [
    String.raw`${W}utan (?:en )?(?:bekräftad |fungerande |verifierad )?(?:lösning|åtgärd|fix)${WE}`,
    String.raw`${W}(?:inte|ej)(?: \S+){0,2} (?:löst|lösts|åtgärdat|åtgärdats|bekräftad|bekräftat|bekräftats|verifierad|verifierats)${WE}`,
    String.raw`${W}på (?:er|din|ert|kundens|användarens) (?:begäran|önskan)${WE}.*${W}(?:återkommer|återöppna|olöst|inte|ej)${WE}`,
    String.raw`${W}olöst${WE}`,
  ],
  endorsements: [
    String.raw`${W}(?:som (?:nämnts|noterats|bekräftats|sagt|avtalat)|bekräftat|goda nyheter|uppdatering|status|resultat|slutsats|notering|sammanfattning)\W*$`,
  ],
  problemFree: [
    String.raw`${W}utan (?:några |något |minsta |vidare )?(?:problem|fel|störningar|avbrott|strul|klagomål|anmärkningar)${WE}`,
  ],
  misspellings: [
    'fungrar fungerar',
    'fungear fungerar',
    'funar funkar',
    'fugnerar fungerar',
    // C257: chattförkortningar av en lagning: "funkar ign".
    'ign igen',
    'igän igen',
  ],
  typoStems: ['fungerar', 'problemfritt', 'åtgärdat', 'åtgärdats', 'felfritt'],
  partials: [
    // C202: a good state told at a few of the places it was broken at: "vid två kassor fungerar kortbetalning igen".
    String.raw`\b(?:vid|på|i) (?:\d+|två|tre|fyra|fem|några) (?:[\w-]+ )?(?:kassor|datorer|skrivare|arbetsplatser|butiker|kontor)\b`,
    String.raw`${W}(?:\d+|två|tre|fyra|några|vissa|de flesta|en del|flera|hälften) (?:av|utav) (?:de |våra |era )?(?:\d+|\S+)`,
    String.raw`${W}delvis${WE}`,
  ],
  scopes: [
    // C266: ett gott läge bara i en testmiljö är ingen lagning i produktion: "fungerade på test-VM:en, ännu inte i produktion".
    String.raw`\b(?:på|i|för|hos) (?:en |vår |den |det )?(?:test-?vm\w*|testmaskin\w*|testdator\w*|testserver\w*|testmiljö\w*|testsystem\w*|testklient\w*|testanvändare\w*|testkonto\w*|testgrupp\w*|labbmiljö\w*|labbet|labb|staging\w*|sandlåda\w*|sandbox|pilotgrupp\w*|utvecklingsmiljö\w*|förproduktion\w*|acceptansmiljö\w*)\b`,
  ],
  waits: [String.raw`${W}först (?:efter|när|då)${WE}`],
  // A fault denied as still going on: the frame of denial, then "still" and the fault.
  denials: [
    // C286: a closing label and what the user can do: "Avslut: användaren kan skriva ut", "Resultat: kunden kan logga in igen".
    String.raw`^(?:avslut|avslutning|avslutningsvis|slutsats|resultat|utfall|slutstatus)(?: (?:ärendet|status))? (?!(?:ingen|inga|inget|ingenting|inte|vi|jag)${WE})\S+(?: (?!(?:kan|inte)${WE})\S+)? (?:kan) (?:nu |igen |åter |äntligen )*(?:skriva ut|skanna|logga in|ansluta|koppla upp|komma åt|komma in|jobba|arbeta|skicka|ta emot|öppna|använda|ringa|synka)${WE}(?: (?!(?:inte|ej|aldrig|bara|endast|men|utom|när|om|efter|i morgon|senare|ibland|via|från|med|annan|annat|lånedator)${WE})\S+){0,6}$`,
    // C56: a double negative: "there is not one printer left that does not print".
    String.raw`${W}det finns (?:inte (?:längre )?(?:någon|något|en enda)|ingen|inga) (?:\S+ ){1,4}som inte (?:skriver ut|fungerar|funkar|går)${WE}`,
    String.raw`${W}det är inte så att (?:\S+ ){1,4}(?:fortfarande|fortsatt|igen|än) \S+`,
  ],
  zeroCounts: [
    // C58: a fault counted as none after its label: "crashes: 0", "occurrences since the fix: 0".
    String.raw`^(?:\S+ ){0,2}(?:krascher|fel|avbrott|stopp|haverier)(?: (?:sedan|efter) .+)?$`,
    String.raw`${W}(?:antal )?(?:\S+ )?(?:\S*händelser|events)(?: (?!(?:ska|skall|måste|kommer|inte|ännu|behöver|bör|när|om|kan)${WE})\S+){0,2} (?:sedan|efter) `,
  ],
  noes: ['nej', 'nix', 'nä', 'nope'],
  elsewhere: [
    'felet ligger',
    'felet sitter',
    'felet är',
    'problemet ligger',
    'problemet sitter',
    'problemet är',
    'orsaken ligger',
    'orsaken är',
  ],
  faults: [
    'trasig',
    'trasigt',
    'sönder',
    'nere',
    'krånglar',
    'strular',
    'problem',
    'fel',
    'kraschar',
    'hänger',
    'offline',
    'seg',
    'långsam',
    'funkar inte',
    'fungerar inte',
    'skriver inte ut',
  ],
  // C100: an aside of sight asserts what follows it.
  asides: ['sa vitt (?:jag|vi) (?:kan se|ser|kan bedoma)', 'vad (?:jag|vi) kan se'],
  // C101: a clause taken as given is asserted, in a question too.
  presuppositions: ['nu nar', 'nu da'],
  // C111: good news announced, with something again, tells the fault over.
  goodNews: [String.raw`\bgoda nyheter\b`, String.raw`\bglada (?:att kunna )?meddela\b`],
  again: ['igen', 'aterigen'],
};
