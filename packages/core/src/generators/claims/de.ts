import { ALL_OF_ALL, type ClaimLanguage } from './language.js';

const ADV = String.raw`(?:jetzt|nun|wieder|endlich|vollstandig|komplett|erfolgreich|bereits|schon|inzwischen|mittlerweile|ganz|dauerhaft|nicht|noch|nie|auch|tatsachlich|zum gluck|alles|wohl|damit|somit|heute|jedoch|aber|letztlich|schliesslich|endgultig|nachhaltig|sauber|hiermit|dadurch|danach|seitdem|offenbar|offensichtlich|definitiv|wirklich)`;
// Words between an auxiliary and its participle that put the state in the future: "ist
// voraussichtlich morgen behoben".
const NOT_YET = String.raw`(?!voraussichtlich|vermutlich|hoffentlich|wahrscheinlich|bald|demnachst|spatestens|nachste)`;
const DONE = String.raw`(?:behoben|gelost|erledigt|repariert|beseitigt|wiederhergestellt|korrigiert|geklart|abgeschlossen|gefixt|gefixed|aus der welt geschafft|aus der welt|vom tisch|in den griff bekommen)`;
const FIXED = String.raw`(?:behoben|gelost|erledigt|repariert|beseitigt|wiederhergestellt|korrigiert|geklart|abgeschlossen|erreichbar|verfugbar|stabil|online|betriebsbereit|einsatzbereit|in ordnung|ok|okay|aus der welt)`;
const SYMPTOM = String.raw`(?:auf|ab|aus|mehr auf|mehr ab|raus|hangen|stehen|ein)`;
const DEVICE_VERBS = String.raw`(?:funktioniert|funktionieren|lauft|laufen|druckt|drucken|verbindet|verbinden|startet|starten|synchronisiert|synchronisieren|synct|reagiert|reagieren|geht|gehen|klappt|klappen|meldet sich an|offnet|offnen|scannt|sendet|empfangt|arbeitet|arbeiten|ladt|laden|bootet|fahrt hoch|fahrt|fahren|speichert|sichert|verarbeitet|rendert|tut|tun|funzt|lauft durch|laufen durch|kommt an|kommen an|kommt durch|kommen durch)`;
// How a device works when the problem is over: "einwandfrei", "wie am Schnürchen", "ohne Murren".
const WELL = String.raw`(?:einwandfrei|problemlos|fehlerfrei|reibungslos|tadellos|anstandslos|normal|ganz normal|ordnungsgemass|stabil|zuverlassig|sauber|flussig|perfekt|bestens|rund|wie gewohnt|wie vorher|wie fruher|wie immer|wie es soll|wie es sein soll|wie erwartet|wie geschmiert|wie am schnurchen|wie eine eins|auf anhieb|beim ersten (?:versuch|mal|anlauf)|ohne (?:jegliche |irgendwelche |weitere )?(?:probleme|fehler|storungen|absturze|abbruche|murren|schwierigkeiten|zwischenfalle|aussetzer|beanstandungen|einschrankungen|fehlermeldungen|unterbrechungen|verbindungsabbruche))`;
// A symptom the customer saw: a compound that ends in one of them ("Fehlermeldung", "Druckfehler").
const SYMPTOM_NOUN = String.raw`[\w-]*(?:fehler|meldung|meldungen|problem|probleme|absturz|absturze|warnung|warnungen|hinweis|popup|pop-up|storung|storungen|abbruch|abbruche|aussetzer|bluescreen|hanger|bug|bugs|ruckler|fehlercode|ausfall|ausfalle|panne|pannen|spuk)\b`;
// Verbs of a symptom that shows itself: with "nicht mehr" the symptom is gone.
const SHOWS = String.raw`(?:tritt|treten|sturzt|sturzen|friert|frieren|bricht|brechen|hangt|hangen|kommt|kommen|erscheint|erscheinen|fallt|fallen|taucht|tauchen|poppt|poppen|passiert|passieren|spinnt|hakt|haken|ruckelt|flackert|klemmt|streikt|zickt|muckt|crasht|crashen|fliegt|fliegen|schmiert|meckert|nervt|blockiert|trennt|bleibt|bleiben|kackt)`;

/** German. */
// A simple past puts its "nicht" after the object: "löste das Problem (leider) nicht".
const NOT_AFTER = String.raw`(?!(?: \w+){0,2} (?:nicht|nie|keineswegs|kaum)\b)`;

export const DE: ClaimLanguage = {
  name: 'de',
  claims: [
    // C314: a reply's subject line that ends in a done-word, the fault named before it: "AW: Drucker druckt nicht – erledigt".
    String.raw`^(?:jetzt |nun )?(?:gelost|erledigt|behoben)$`,
    // C315: a figure before and a small one now: "Anmeldung dauerte 3 Minuten, jetzt 20 Sekunden".
    String.raw`^(?:und )?(?:jetzt|nun|mittlerweile|inzwischen) (?:sind es |ist er |ist sie |ist es |dauert es |braucht er |braucht sie |bootet er |startet er )?(?:in |unter |knapp |rund |ca |etwa )?\d+ ?(?:s|sek|sekunden)\b(?! (?:langer|mehr)\b)`,
    // C316: a queue empty now and staying so: "Warteschlange jetzt leer und sie bleibt leer".
    String.raw`\bleer und (?:sie |er |es )?bleibt (?:auch )?leer\b`,
    // C320: a thing recognised or registered again, a test passed: "die Kartenleser sind wieder erkannt, Testbuchung durchgelaufen".
    String.raw`\b(?:ist|sind)(?: (?!nicht\b|noch\b|kaum\b|nur\b)[\w-]+){0,4} wieder (?:registriert|erkannt|angemeldet|gekoppelt|eingebucht)\b(?! (?:nur|aber|ausser)\b)`,
    // C325: it starts without the fault, after a change: "Outlook startet bei Herrn Kern ohne Kennwortabfrage".
    String.raw`\b(?:startet|starten|offnet|offnen|lauft|laufen|bootet|booten|meldet sich|melden sich)(?: (?!nicht\b|nur\b|noch\b|kaum\b)[\w-]+){0,5} ohne (?:anmeldefenster|anmeldedialog|kennwortabfrage|passwortabfrage|lizenzabfrage|fehlermeldung|meldung|nachfrage|absturz|abstur(?:ze|zen)|fehler|probleme|popup|warnung)\b(?! (?:nur|aber|ausser)\b)`,
    // C285: the latency down and the calls clear again: "die Anrufe sind wieder glasklar", "der Ton ist jetzt wieder sauber".
    String.raw`\b(?:[\w-]*(?:anrufe|gesprache|telefonate|telefonie|audio|sprachqualitat|tonqualitat|calls)|ton|stimme|stimmen|leitung)(?: (?!nicht\b|nie\b|kein\w*\b|noch\b|nur\b|wird\b|werden\b|sollte\b|sollten\b)[\w-]+){0,3} (?:ist|sind|klingt|klingen|kommt|kommen)(?: (?:jetzt|nun|endlich|auch|alle))* wieder (?:glasklar|kristallklar|klar|sauber|deutlich|einwandfrei|rauschfrei|knackfrei|verstandlich|gut verstandlich)\b(?! (?:nur|aber|ausser|bis|fur (?:kurze|ein paar|wenige))\b)`,
    String.raw`\b(?:ist|sind|klingt|klingen)(?: (?:jetzt|nun|endlich|auch|alle))* (?:die |der |das |unsere |ihre )?(?:[\w-]*(?:anrufe|gesprache|telefonate|telefonie|audio|sprachqualitat|tonqualitat|calls)|ton|stimme|stimmen|leitung)(?: (?:jetzt|nun|endlich|auch|alle))* wieder (?:glasklar|kristallklar|klar|sauber|deutlich|einwandfrei|rauschfrei|knackfrei|verstandlich|gut verstandlich)\b(?! (?:nur|aber|ausser|bis|fur (?:kurze|ein paar|wenige))\b)`,
    // C288: all colleagues get back on: "alle Kollegen kommen wieder drauf", "jeder kommt jetzt wieder ins VPN".
    String.raw`\b(?:alle|jeder|jede|samtliche|beide)(?: (?!nicht\b|nie\b|kein\w*\b|noch\b|nur\b)[\w-]+){0,2} (?:kommen|kommt) (?:jetzt |nun |endlich )*wieder (?:drauf|rein|ran|dran|ins (?:system|netz|vpn|netzwerk|portal)|auf (?:das|den|die) [\w-]+)\b(?! (?:nur|aber|ausser)\b)`,
    // C292: from a time of day, reachable for everyone again: "ab 14:30 Uhr ist das Laufwerk wieder für alle erreichbar", "Laufwerk P: wieder für alle nutzbar".
    String.raw`\bwieder (?:fur|bei) (?:alle|allen|jeden|jede|samtliche)(?: [\w-]+)? (?:erreichbar|verfugbar|nutzbar|zuganglich|online|da)\b(?! (?:sein|werden|zu)\b)`,
    // C293: the device stays connected: "das VPN bleibt jetzt verbunden", "der Tunnel bleibt stabil verbunden".
    String.raw`\b(?:bleibt|bleiben) (?:jetzt |nun |inzwischen |mittlerweile |endlich |dauerhaft )*(?:verbunden|stabil verbunden|online|angemeldet|eingeloggt)\b(?! (?:nur|bis|aber|fur|kurz|wenige|ein paar)\b)(?!(?: [\w-]+){0,3} (?:minuten|sekunden|stunden)\b)`,
    // C256: jeder Arbeitsplatz bekommt wieder eine Adresse: "alle Rechner bekommen jetzt eine IP", "die Clients ziehen wieder DHCP-Leases".
    String.raw`(?<!\bnicht (?:alle|jeder|jede|jedes|samtliche)\b.{0,40})\b(?:bekommt|bekommen|kriegt|kriegen|zieht|ziehen|erhalt|erhalten|holt|holen|bezieht|beziehen)(?: (?:jetzt|nun|wieder|endlich|alle|auch|sauber|korrekt|automatisch|problemlos|eine|ihre|seine|die|gultige|neue))* (?:jetzt|nun|wieder)(?: (?:endlich|alle|auch|sauber|korrekt|automatisch|problemlos|eine|ihre|seine|die|gultige|neue))* (?:ip|ips|ip-adresse|ip-adressen|ip adresse|ip adressen|adresse|adressen|dhcp-lease|dhcp-leases|lease|leases|dhcp-adresse|dhcp-adressen)\b(?! (?:aus dem|vom|von der|aus der) (?:falschen|gast\w*|apipa)\b| (?:nur|aber|ausser)\b)`,
    String.raw`\b(?:alle|jeder|jede|jedes|samtliche|beide)(?: (?!nicht\b|nie\b|kein\w*\b|noch\b|nur\b)[\w-]+){1,4} (?:bekommt|bekommen|kriegt|kriegen|zieht|ziehen|erhalt|erhalten|holt|holen|bezieht|beziehen)(?: (?:jetzt|nun|wieder|endlich|auch|sauber|korrekt|automatisch|problemlos|eine|ihre|seine|die|gultige|neue))* (?:ip|ips|ip-adresse|ip-adressen|ip adresse|ip adressen|adresse|adressen|dhcp-lease|dhcp-leases|lease|leases|dhcp-adresse|dhcp-adressen)\b(?! (?:aus dem|vom|von der|aus der) (?:falschen|gast\w*|apipa)\b| (?:nur|aber|ausser)\b)`,
    String.raw`\b(?:jetzt|nun|wieder) (?:bekommen|kriegen|ziehen|erhalten|holen|beziehen|bekommt|kriegt|zieht|erhalt|holt|bezieht) (?:alle|samtliche|beide|jeder|jede|jedes)(?: (?!nicht\b|nie\b|kein\w*\b|noch\b|nur\b)[\w-]+){1,3} (?:eine |ihre |seine |wieder |jetzt |gultige )*(?:ip|ips|ip-adresse|ip-adressen|adresse|adressen|dhcp-lease|dhcp-leases|lease|leases)\b(?! (?:nur|aber|ausser)\b)`,
    String.raw`\b(?:verteilt|vergibt|verteilen|vergeben)(?: (?:jetzt|nun|wieder|endlich|auch|sauber|korrekt))* (?:jetzt|nun|wieder)(?: (?:jetzt|nun|wieder|sauber|korrekt))* (?:die |neue |gultige )?(?:ip-adressen|adressen|ips|leases|ip adressen)\b(?! (?:aus dem falschen|nur)\b)`,
    // C258: eine Schlagzeile des Fehlers oder des Jobs mit dem Wort der Behebung: "Problem mit dem DNS behoben", "Backup-Job der Buchhaltung erledigt".
    String.raw`^(?:(?!\d|(?:nicht|nie|kein\w*|noch|nur|teilweise|teils|halb|fast|beinahe|bis|wird|werden|soll|sollte|sollen|muss|mus|musste|kann|konnte|wenn|sobald|falls|ob|nichts|hoffentlich|vielleicht|angeblich|erst|zu|zum|laut|bald|morgen|bitte|sie|wir|ich|es|als|betrachten|betrachte|gilt|gelten)\b)[\w-]+ ){0,3}[\w-]*(?:problem|probleme|fehler|job|jobs|sicherung|backup|storung|ausfall|zugang|zugriff|verbindung|drucken|mail|mails|dns|vpn|dhcp|zertifikat|zertifikats|anmeldung|login|freigabe|freigaben|laufwerk|laufwerke|synchronisation|sync|replikation|berechtigung|berechtigungen|profil|postfach|lizenz|richtlinie|aufgabe|buchhaltung|gateway)(?: (?!(?:nicht|nie|kein\w*|noch|nur|teilweise|bis|erst|als|wird|werden|wurde|soll|sollte|sollten|muss|musste|mussen|kann|konnte|konnen|durfte|ist|sind|sein|war|dann|wenn|sobald|falls|morgen|bald)\b)[\w-]+){0,3} (?:jetzt |nun |endlich |vollstandig )?${DONE}$`,
    // C259: ein Dienst wieder oben: "das RDP-Gateway ist wieder up", "der Server ist wieder am Start".
    String.raw`\b(?:ist|sind|lauft|laufen)(?: (?:jetzt|nun|endlich|alle|auch|zum gluck))* wieder (?:up|am start|up and running)\b`,
    // C260: die Sicherung lief durch und die Testwiederherstellung hat geklappt: "die Rücksicherung zum Test hat geklappt", "der Wiederherstellungstest war erfolgreich".
    String.raw`\b(?:test-?wiederherstellung|testwiederherstellung|test-?rucksicherung|testrucksicherung|rucksicherung zum test|rucksicherung zu testzwecken|wiederherstellung zum test|wiederherstellungstest|rucksicherungstest|restore-?test|test-?restore|testrestore)(?: (?!nicht\b|nie\b|kein\w*\b|nur\b|noch\b|aber\b)[\w-]+){0,5} (?:hat (?:einwandfrei |problemlos |sauber |auch |wieder )?(?:funktioniert|geklappt)|war (?:auch )?erfolgreich|ist (?:auch )?erfolgreich|lief (?:sauber |fehlerfrei |problemlos )?durch|ist (?:sauber |fehlerfrei |problemlos )?durchgelaufen|hat (?:die |alle )?(?:dateien|daten|ordner|mails) (?:einwandfrei|problemlos|sauber|fehlerfrei|korrekt|lesbar) (?:geoffnet|wiederhergestellt|zuruckgespielt))\b(?! (?:nur|aber|ausser|teilweise)\b)`,
    String.raw`\b(?:sicherung|sicherungen|backup|backups|backup-job|backup-jobs|sicherungsjob|sicherungsjobs|datensicherung|nachtsicherung)(?: (?!nicht\b|nie\b|kein\w*\b|nur\b|noch\b|aber\b)[\w-]+){0,4} (?:ist|sind|lief|liefen)(?: (?:heute nacht|letzte nacht|diese nacht|uber nacht|sauber|fehlerfrei|erfolgreich|problemlos|wieder|komplett|vollstandig))* durch(?:gelaufen)?\b${NOT_AFTER}(?! (?:mit (?:fehlern|warnungen)|nur|aber|teilweise)\b)`,
    // C261: Namen werden von jedem Standort aufgelöst: "interne Hostnamen werden von allen Standorten korrekt aufgelöst".
    String.raw`\b(?:namen|hostnamen|hostnames|servernamen|namensauflosung|dns-auflosung|dns-abfragen|abfragen|fqdns)(?: [\w-]+){0,3} (?:werden|wird)(?: (?!nicht\b|nie\b|kein\w*\b|nur\b|noch\b)[\w-]+){0,4} (?:korrekt|richtig|sauber|einwandfrei|wieder|zuverlassig|fehlerfrei) aufgelost\b`,
    String.raw`\b(?:klappt|klappen|funktioniert|funktionieren|geht|gehen|lauft|laufen|erreichbar|aufgelost|auflosbar)(?: (?!nicht\b|nur\b|nie\b|kein\w*\b|noch\b)[\w-]+){0,2} (?:von|an|in|aus|fur) (?:allen|jedem|jeder|samtlichen|beiden) (?:[\w-]+ )?(?:standorten|standort|filialen|filiale|niederlassungen|niederlassung|buros|buro|aussenstellen|aussenstelle|etagen|etage|vlans|vlan|subnetzen|subnetz|gebauden|gebaude|clients|rechnern|rechner)\b(?!(?: [\w-]+)? (?:ausser|aber|nur|bis auf)\b)`,
    // C262: das Zertifikat erneuert, die Seite lädt ohne Warnung: "die Seite lädt ohne Zertifikatswarnung", "das Schloss ist wieder grün".
    String.raw`\b(?:ladt|laden|offnet|offnen|startet|starten|geht auf|gehen auf|erscheint|erscheinen|lauft|laufen|kommt)(?: (?!nicht\b|nie\b|kein\w*\b|noch\b|nur\b|erst\b)[\w-]+){0,3} ohne (?:jede |jegliche |eine |die |den )?[\w-]*(?:warnung|warnungen|warnmeldung|warnmeldungen|zertifikatsfehler|hinweis|fehlermeldung)\b(?! (?:nur|aber|ausser)\b)`,
    String.raw`\b(?:schloss|schlosssymbol|vorhangeschloss|schloss-symbol)(?: [\w-]+){0,3} (?:ist|wird|erscheint)(?: (?:jetzt|nun|auch))* wieder (?:da|grun|sichtbar|zu sehen|angezeigt)\b`,
    // C263: jemand meldet, dass das Gerät wieder sendet: "Herr Maier rief zurück: der Scanner mailt die PDFs wieder".
    String.raw`\b(?:mailt|mailen|e-mailt|emailt|e-mailen|emailen)(?: (?!nicht\b|nie\b|nur\b|kein\w*\b|aber\b|erst\b|noch\b)[\w'-]+){0,5} wieder\b${NOT_AFTER}`,
    // C264: eine Statuszeile, der Dienst wieder verbunden: "VPN wieder verbunden", "Tunnel wieder aufgebaut".
    String.raw`^(?:(?!\d)[\w-]+ ){1,3}(?:jetzt |nun )?wieder (?:verbunden|angemeldet|registriert|gemappt|eingebunden|hergestellt|aufgebaut|am netz|connected|verbindet|verbinden)$`,
    // C265: Benutzer kommen wieder drauf: "die 30 Kollegen kommen wieder auf den Terminalserver drauf".
    String.raw`\b(?:kommt|kommen|komme|kommst)(?: (?:jetzt|nun|endlich|alle|auch))* wieder (?:auf|in|ins|an|zum|zur|uber)(?: [\w-]+){1,4} (?:drauf|rein|ran|dran|hinein|herein)\b`,
    // C224: ein Einzug, der jede Seite nimmt: "der Scanner zieht jetzt jede Seite sauber ein", "nimmt alle Blätter".
    String.raw`\b(?:zieht|ziehen|nimmt|nehmen|erfasst|erfassen|holt|holen|greift|greifen|schluckt|schlucken|frisst|fressen|packt|packen)(?: (?!nicht\b|nie\b|kein\w*\b|kaum\b|nur\b|erst\b|noch\b|zeit\b|sich\b|lange?\b|minuten\b|sekunden\b)[\w-]+){0,4} (?:jede|jedes|jeden|alle|samtliche)(?: (?:einzelne|einzelnen|einzige))? (?:seite|seiten|blatt|blatter|bogen|vorlage|vorlagen|dokument|dokumente|original|originale|beleg|belege)\b(?!(?: [\w-]+){0,3} (?:nicht|nie|schief|doppelt|zweimal|gleichzeitig|zusammen|nur)\b)`,
    String.raw`\b(?:jede|jedes|alle|samtliche)(?: (?:einzelne|einzelnen))? (?:seite|seiten|blatt|blatter|vorlage|vorlagen|original|originale) (?:wird|werden)(?: (?:jetzt|nun|wieder|sauber|problemlos|korrekt|einwandfrei|zuverlassig))* (?:eingezogen|erfasst|eingelesen|gegriffen)\b`,
    // C230: ein Anschein, der den Zustand behauptet: "sieht so aus, als ob der Scanner wieder funktioniert", "scheint, als wäre das Problem behoben".
    String.raw`(?:^| )(?:als ob|als wenn) (?:\w+ ){1,6}(?:(?:jetzt|nun|wieder|inzwischen|mittlerweile|einwandfrei|problemlos|normal) ){0,2}(?:funktioniert|funktionieren|lauft|laufen|geht|gehen|klappt|klappen|druckt|drucken|passt)$`,
    String.raw`(?:^| )(?:als ob|als wenn) (?:\w+ ){1,6}(?:(?:jetzt|nun|endlich|wieder) )?${DONE} (?:ist|sind|ware|waren|sei|seien)$`,
    String.raw`(?:^| )als (?:sei|ware|seien|waren) (?:\w+ ){1,5}(?:(?:jetzt|nun|endlich|wieder) )?${DONE}$`,
    String.raw`(?:^| )als (?:wurde|wurden|liefe|liefen|ginge|gingen|funktionierte|funktionierten) (?:\w+ ){1,5}(?:(?:jetzt|nun|endlich) )?(?:wieder|einwandfrei|problemlos|normal|stabil)(?: (?:funktionieren|laufen|drucken|gehen))?$`,
    // C233: das Verb vorn, dann ein langes Subjekt mit seinem Ort, dann "wieder": "jetzt funktioniert das WLAN im Lager wieder tadellos".
    String.raw`\b${DEVICE_VERBS}(?: (?!nicht\b|nie\b|kein\w*\b|kaum\b|nur\b|aber\b|bis\b|erst\b|noch\b|standig\b|immer\b|dauernd\b|wiederholt\b|manchmal\b|gelegentlich\b|zeitweise\b)[\w-]+){4,7} (?:wieder|erneut)\b(?! (?:\w+ )?(?:nicht|nie|kaum|aus|ab|neu|voll|heiss|langsam|instabil|schief|falsch\w*|fehler\w*|leer|kaputt|doppelt|verloren|weg|offline|runter)\b)`,
    // C231: die Warnung mit ihrem Text, verschwunden: "die Warnung „wenig Speicherplatz auf Laufwerk C“ ist verschwunden".
    String.raw`\b${SYMPTOM_NOUN}(?: (?!nicht\b|nie\b|noch\b|nur\b)[\w-]+){4,8} (?:ist|sind|scheint|scheinen)(?: ${ADV})* (?:weg|verschwunden|vorbei|geschichte|passe)\b`,
    String.raw`\b${SYMPTOM_NOUN}(?: (?!nicht\b|nie\b|noch\b|nur\b)[\w-]+){4,8} (?:verschwunden|verschwand|verschwanden)\b`,
    // C191: the problem told as a thing of the past: "das Problem gehört der Vergangenheit an", "ist Schnee von gestern".
    String.raw`\b(?:das|dieses|der|dieser|die|diese) (?:problem|fehler|thema|störung) (?:ist|gehört) (?:jetzt |nun |endlich |damit )?(?:der vergangenheit an|vergangenheit|schnee von gestern)\b`,
    // C192: eine benannte Funktion wieder da: "stellt Anrufe wieder an die Zentrale durch", "wird wieder sauber gemappt".
    String.raw`\b(?:stellt|stellen|leitet|leiten|sendet|senden|schickt|schicken|scannt|scannen|mappt|mappen|verbindet|synct|synchronisiert|bucht|buchen|kassiert|liefert|stellt zu)(?: (?!nicht\b|nie\b|kein\w*\b|nur\b|aber\b|erst\b|wenn\b|sobald\b|bis\b|fehler\w*\b|falsch\w*\b|leer\w*\b)[\w-]+){0,3} wieder\b(?! (?:\w+ )?(?:fehler\w*|falsch\w*|leere?\w*|doppelt\w*|nicht|nur|keine?\w*|ab|aus)\b)`,
    String.raw`\b(?:wird|werden)(?: (?!nicht\b|nie\b|kein\w*\b|nur\b|erst\b)[\w-]+){0,5} wieder (?:\w+ )?(?:gemappt|gesynct|synchronisiert|durchgestellt|weitergeleitet|zugestellt|gescannt|versendet|verschickt|eingebunden|verbunden|zugeordnet)\b`,
    // C193: den ganzen Tag verbunden, die Verbindung ohne Abbrüche gehalten: "das VPN bleibt jetzt den ganzen Tag verbunden".
    String.raw`\b(?:bleibt|bleiben)(?: (?:jetzt|nun|inzwischen|wieder|mittlerweile))? (?:den ganzen (?:tag|vormittag|nachmittag|arbeitstag)|die ganze (?:nacht|woche|schicht)|durchgehend|dauerhaft|stabil)(?: [\w-]+)? (?:verbunden|online|eingeloggt|angemeldet)\b`,
    String.raw`\b(?:halt|halten)(?: (?:jetzt|nun|wieder))? (?:die|ihre|seine) verbindung(?: [\w-]+){0,3} (?:ohne (?:jeden |einen einzigen |einen )?(?:abbruch|abbruche|aussetzer|unterbrechung\w*|trennung\w*)|den ganzen tag)\b`,
    // C194: öffnet direkt dort, wo es soll: "Outlook öffnet jetzt direkt im Posteingang".
    String.raw`\b(?:offnet|offnen|startet|starten|ladt)(?: sich)?(?: (?:jetzt|nun|wieder))* (?:direkt|gleich|sofort|unmittelbar) (?:im|in|ins|zum|zur)\b(?!(?: [\w-]+){0,3} (?:fehler\w*|bios|wiederherstellung\w*|abgesicherten|anmeldeschleife)\b)`,
    String.raw`\b(?:offnet|offnen|startet|starten|verbindet)(?: sich)?(?: (?:jetzt|nun|wieder))* ohne (?:die |den |eine |einen )?(?:[\w-]*abfrage|[\w-]*nachfrage|profilauswahl|passwortabfrage|kennwortabfrage|zertifikatswarnung|meldung|popup)\b`,
    // C195: besser als je zuvor oder als vor dem Fehler, wie neu: "fährt schneller hoch als je zuvor", "flüssiger als vor dem Update".
    String.raw`\b(?:schneller|flotter|flussiger|besser|stabiler|zuverlassiger|zugiger)(?: [\w-]+){0,2} (?:als je zuvor|als jemals|als je|denn je|als vor (?:dem|der|den) (?:[\w-]+ )?(?:update|upgrade|ausfall|storung|tausch|wechsel|patch|umstellung|problem|fehler|umzug|reparatur|migration|neuinstallation))\b`,
    String.raw`\b(?:ist|sind|lauft|laufen|arbeitet|wirkt)(?: (?:jetzt|nun|wieder|quasi|praktisch))* wie neu\b`,
    // C196: von selbst beim Login, oft als Bericht eines Dritten: "das Netzlaufwerk wird beim Login automatisch gemappt".
    String.raw`\b(?:beim|bei der|nach dem) (?:login|anmelden|anmeldung|einloggen|hochfahren)(?: [\w-]+){0,2} (?:automatisch|von selbst|selbststandig|von allein|sauber|korrekt) (?:\w+ )?(?:gemappt|verbunden|eingebunden|gestartet|synchronisiert|gesynct)\b`,
    String.raw`\b(?:mappt|verbindet|startet|synct|verbinden|starten)(?: sich)?(?: (?:jetzt|nun|wieder))* (?:automatisch|von selbst|selbststandig|von allein) (?:beim|bei der|nach dem) (?:login|anmelden|anmeldung|einloggen|hochfahren)\b`,
    // C197: Jobs zu 100 %, Zustellung zu 100 %, Mailfluss wieder normal: "die Backup-Jobs laufen zu 100 % durch".
    String.raw`\b(?:[\w-]*jobs?|backups?|sicherungen|auftrage)(?: [\w-]+){0,3} (?:laufen|lauft|gehen|geht) (?:jetzt |wieder )?(?:zu|mit) 100(?: ?%| prozent)? (?:durch|erfolgreich|fehlerfrei)\b`,
    String.raw`\b100(?: ?%| prozent)? (?:der )?(?:[\w-]+ )?(?:zugestellt|zustellung|zustellrate|erfolgreich)(?: [\w-]+){0,2} (?:in|uber|wahrend) (?:den|der) (?:letzten|vergangenen)\b`,
    String.raw`\b(?:mailfluss|mail-fluss|e-mail-fluss|mailverkehr|mailzustellung)(?: \w+)? (?:ist |lauft )?(?:wieder )?(?:normal|regular|normalisiert)\b`,
    // C198: die förmliche Schlussformel: "da die Angelegenheit nun geregelt ist und das Ticket geschlossen wird".
    String.raw`\b(?:angelegenheit|sache|anfrage|vorgang|fall)(?: \w+){0,2} (?:ist |sind )?(?:nun |jetzt |damit |somit |hiermit )?(?:geregelt|abschliessend geklart|beigelegt|ausgeraumt)\b`,
    // C199: die Ausdrucke kommen sauber raus.
    String.raw`\b(?:ausdrucke|drucke|kopien|seiten|scans|etiketten|belege|bons)(?: [\w-]+){0,2} (?:kommen|sind) (?:jetzt |wieder |nun )*(?:sauber|einwandfrei|tadellos|perfekt|streifenfrei|gestochen scharf|fehlerfrei)(?: (?:raus|heraus|aus dem drucker))?\b`,
    // C200: ein knappes Alles-gut im Satz: ", passt alles", "Status → funktioniert".
    String.raw`\b(?:passt|klappt) (?:jetzt |wieder |nun )*alles\b(?!(?: \w+)? (?:nicht|bis auf|ausser|nur|aber)\b)`,
    String.raw`\bstatus tomark (?:funktioniert|gelost|behoben|ok|okay|online|grun|erledigt|lauft)\b(?! tomark\b)`,
    // C202: für alle: "startet jetzt bei allen Kollegen", "wird auf allen Diensthandys gesynct", "das ganze Stockwerk hat wieder Netz".
    String.raw`\b(?:startet|starten|lauft|laufen|funktioniert|funktionieren|synct|synchronisiert|druckt|verbindet|offnet|ladt|klappt)(?: (?!nicht\b|nie\b|nur\b|erst\b)[\w-]+){0,3} (?:bei|auf|an|fur) (?:allen|samtlichen) (?:[\w-]+ )?[\w-]+\b(?! (?:ausser|bis auf|nur|aber)\b)`,
    String.raw`\b(?:auf|bei|an) (?:allen|samtlichen) (?:[\w-]+ )?[\w-]+ (?:wieder |jetzt |nun )*(?:gesynct|synchronisiert|verbunden|gestartet|eingebunden)\b`,
    String.raw`\b(?:das ganze|der ganze|die ganze|das gesamte|die gesamte|der gesamte) (?:[\w-]+ )?(?:stockwerk|etage|buro|gebaude|team|abteilung|filiale|standort)(?: [\w-]+)? (?:hat|haben) (?:jetzt |wieder |nun )*(?:netz|netzwerk|internet|wlan|verbindung|zugriff)\b`,
    String.raw`\balle (?:[\w-]+ )?(?:freigaben|laufwerke|ordner|netzwerkdosen|dosen|ports|postfacher)(?: [\w-]+){0,2} (?:sind )?(?:jetzt |wieder |nun )*(?:erreichbar|verfugbar|aktiv|online)\b(?! (?:ausser|bis auf|nur|aber)\b)`,
    // C203: der Akku hält wieder einen ganzen Arbeitstag durch.
    String.raw`\b(?:halt|halten|schafft|schaffen)(?: [\w-]+){0,3} (?:einen|den) (?:ganzen|vollen|kompletten) (?:arbeitstag|tag)(?: durch)?\b`,
    // C204: Kartenzahlung wieder oder problemlos: "die Kasse nimmt wieder Kartenzahlungen an".
    String.raw`\b(?:nimmt|nehmen|akzeptiert|akzeptieren|bucht|buchen|verarbeitet) (?:jetzt |wieder |nun )*(?:problemlos )?(?:[\w-]*zahlungen|karten|ec-karten|kreditkarten)\b(?: an)?`,
    // C205: das Monitoring seit einer Uhrzeit überall grün: "das Monitoring zeigt seit 9 Uhr alles grün".
    String.raw`(?<!\b(?:nicht|kein|keine)(?: [\w-]+){0,4} )\b(?:monitoring|uberwachung|dashboard|prtg|zabbix|nagios|checkmk|sensoren)(?: [\w-]+){0,5} (?:zeigt|zeigen|ist|sind|steht|stehen|leuchtet|bleibt)(?: (?:jetzt|nun|wieder|uberall|alles|seit \w+(?: uhr)?))* (?:auf )?grun\b(?! (?:ausser|bis auf|nur|aber)\b)`,
    // C157: in top form, an idiom of health said of the device: "der Laptop ist fit wie ein Turnschuh", "schnurrt wie ein Kätzchen".
    String.raw`\b(?:fit wie ein turnschuh|topfit|kerngesund|quicklebendig|putzmunter|schnurrt wie ein (?:katzchen|katze)|schnurren wie (?:katzchen|katzen)|lebt wieder|leben wieder)\b`,
    // C158: doing its job: "der tut, was er soll", "erfüllt seinen Zweck", "verrichtet wieder seinen Dienst".
    String.raw`\b(?:tut|tun|macht|machen)(?: (?:wieder|genau|jetzt|nun|endlich))*(?: ,)? (?:genau )?(?:was|das was|das ,? was) (?:er|sie|es|man) (?:soll|sollen|tun soll|tun sollen|machen soll)\b(?! (?:nur|aber|ausser)\b)`,
    String.raw`\b(?:erfullt|erfullen|verrichtet|verrichten|tut|tun) (?:wieder |jetzt |zuverlassig )*(?:seinen|ihren) (?:zweck|dienst|job)\b(?! (?:nur|aber|ausser)\b)`,
    // C159: back to its old self, and calls clear again: "Teams ist wieder ganz der Alte", "die Anrufe sind glasklar".
    String.raw`\b(?:ist|sind|wirkt) (?:wieder|jetzt wieder|endlich wieder) (?:ganz |voll )?(?:der|die|das) (?:alte|alten)\b`,
    String.raw`\b(?:anrufe|gesprache|telefonate|calls|ton|audio|sprachqualitat|stimmen)(?: [\w-]+){0,3} (?:sind|ist|klingen|klingt|kommen|kommt) (?:wieder |jetzt |nun )*(?:glasklar|kristallklar|klar und deutlich|glockenklar)\b`,
    // C162: colloquial praise of a device that runs well: "läuft wie geschmiert", "schnurrt".
    String.raw`\b(?:lauft|laufen|geht|gehen) (?:wieder |jetzt )*(?:wie geschmiert|wie am schnurchen|wie eine eins|wie ne eins|wie ein uhrwerk)\b`,
    // C164: stable since the change: "VPN steht seit der Umkonfiguration stabil".
    String.raw`\b(?:steht|stehen|lauft|laufen|ist|sind|bleibt|bleiben|halt|halten) (?:seit (?:der|dem|den|heute|gestern) (?:[\w-]+ ){0,2}|die ganze woche |den ganzen tag )(?:stabil|bombenfest|felsenfest|stabil und fehlerfrei)\b(?! (?:nur|aber|bis)\b)`,
    // C143: a count of all in a good state: "3/3 printers online", "4/4 bornes de nouveau en ligne", "12 of 12 tests passed".
    String.raw`${ALL_OF_ALL}(?: (?!(?:nicht|kein\w*|nie|noch|aber|nur|offline|ausgefallen|fehlgeschlagen)\b)[\w'-]+){0,5} (?:online|ok|grun|verbunden|erreichbar|wieder|laufen|funktionieren|bestanden|registriert|erfolgreich|zeichnen)\b(?! (?:nicht|kein\w*|nie|noch|aber|nur|offline|ausgefallen|fehlgeschlagen)\b)`,
    // C144: the fault gone or eliminated: "the drops were eliminated by the new QoS policy", "los reinicios han desaparecido".
    String.raw`\b(?:verbindungsabbruche|abbruche|absturze|aussetzer|hanger|ruckler|ruckeln|neustarts|storungen|fehlermeldungen|einfrierer|unterbrechungen|freezes)(?: (?!nicht\b|nie\b|noch\b|nur\b)[\w-]+){0,8} (?:wurden|sind|waren) (?:jetzt |endlich |vollstandig |komplett )?(?:durch (?:[\w-]+ ){1,8})?(?:beseitigt|behoben|verschwunden|weg|eliminiert|abgestellt)\b`,
    // C146: a wait cut from minutes to seconds: "Statt fünf Minuten braucht die Anmeldung jetzt nur noch zehn Sekunden".
    String.raw`\b(?:statt|anstatt|anstelle von) (?:[\w-]+ ){1,2}(?:minuten|stunden)\b(?: [\w-]+){0,12} (?:sekunden|augenblick|moment)\b`,
    // C149: a device doing its work again: "der Scanner zieht wieder sauber ein", "findet wieder alle Mails", "nimmt wieder EC-Karten an".
    String.raw`(?<!\b(?:wir|ich) )\b(?:zieht|ziehen|findet|finden|liefert|liefern|nimmt|nehmen|erkennt|erkennen|akzeptiert|akzeptieren|zeichnet|zeichnen|empfangt|empfangen|ladt|laden)(?: (?!nicht\b|kein\w*\b|nie\b|wir\b|ich\b|uns\b)[\w-]+){0,3} wieder\b(?!(?: [\w-]+){0,4} (?:fehler\w*|schief|nichts|keine?n?|nicht|neu|ab|aus|auf|falsch\w*|doppelt)\b)`,
    // C140: messages that arrive again, with the separable verb apart: "Die Push-Nachrichten kommen wieder zuverlässig auf dem Handy an".
    String.raw`\b(?:kommt|kommen)(?: (?!nicht\b|kein\w*\b|nur\b|nie\b)[\w-]+){0,4} wieder(?: (?!nicht\b|kein\w*\b|nur\b|nie\b|teilweise\b|verzogert\b)[\w-]+){0,5} an\b`,
    // C138: a monitored state held green over a span: "der Host bleibt seit gestern grün", "le voyant est resté vert toute la nuit".
    String.raw`\b(?:bleibt|blieb|ist|war) (?:seit (?:gestern|heute fruh|heute morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|dem \w+|der \w+)|die ganze nacht|den ganzen tag|das ganze wochenende|durchgehend)(?: \w+){0,2} (?:grun|stabil|online|erreichbar)\b(?! (?:nur|aber|bis)\b)`,
    // C127: a hedge that still asserts the present, with "now": "Es sollte jetzt funktionieren", "Sollte jetzt alles passen". Verb first with a subject pronoun is a condition ("Sollte es jetzt funktionieren, …").
    String.raw`(?:^(?!sollten? (?:es|er|sie|das|dies|der|die|ihr|du|wir|man)\b)|(?<= ))sollten?(?=(?: [\w-]+){0,4} (?:jetzt|nun|inzwischen|mittlerweile)\b|(?<=\b(?:jetzt|nun|inzwischen|mittlerweile)(?: [\w-]+){0,3} sollten?))(?: (?!nicht\b|kein\w*\b|noch\b|erst\b|werden\b|damit\b|um\b|wenn\b|sobald\b|bis\b|falls\b)[\w-]+){0,4} (?:passen|funktionieren|laufen|klappen|gehen|stabil sein|behoben sein|gelöst sein|erledigt sein|in ordnung sein|ok sein|okay sein)\b`,
    // C128: the customer invited to mark the ticket done: "Sie können das Ticket als erledigt markieren", "… zumachen".
    String.raw`\b(?:konnen|kannst|konnt|durfen|darfst|durft)(?: \S+){0,3} (?:ticket|anfrage|meldung|vorgang|fall|auftrag)(?: \S+){0,2} (?:als (?:erledigt|gelost|abgeschlossen|behoben|geschlossen) (?:markieren|kennzeichnen|setzen|ansehen|betrachten|schliessen)|zumachen|zu machen)\b(?!(?: [\w-]+){0,6} (?:sobald|wenn|falls|nachdem|erst)\b)`,
    // C129: a run completed without warnings or errors: "Das Backup ist sauber durchgelaufen", "lief ohne Fehler durch".
    String.raw`\b(?:backup|backups|sicherung|datensicherung|job|jobs|sync|synchronisation|deployment|update|migration|replikation|lauf)(?: (?!nicht\b|nie\b|kein\w*\b|nur\b)[\w-]+){0,6} (?:ohne (?:jede |jegliche |irgendwelche )?(?:warnungen|warnung|fehler|fehlermeldungen|fehlermeldung|probleme|problem|meldungen) |sauber |fehlerfrei |einwandfrei )(?:durchgelaufen|abgeschlossen|beendet|gelaufen|durch|durchgegangen|fertig geworden)\b(?! (?:nur|außer|aber)\b)`,
    // C130: an appearance that asserts the good state: "Sieht gut aus, …", "Es scheint jetzt stabil zu sein".
    String.raw`\b(?:sieht|scheint)(?: (?!nicht\b|kein\w*\b|noch\b)[\w-]+){0,2} (?:gut aus|stabil zu sein|zu funktionieren|zu laufen|zu gehen|zu klappen|behoben zu sein|gelost zu sein|in ordnung zu sein)\b(?! (?:aber|nur|bis)\b)(?!.* (?:aber|doch|jedoch)\b)`,
    // C134: policies in effect on the machine: "die GPOs greifen", "Gruppenrichtlinien werden angewendet".
    String.raw`\b(?:gpos?|gruppenrichtlinie\w*|richtlinie\w*|policies)(?: (?!nicht\b|kein\w*\b|noch\b)[\w-]+){0,2} (?:greifen|greift|werden (?:jetzt |nun |wieder |korrekt |sauber )*angewendet|wird (?:jetzt |nun |wieder |korrekt |sauber )*angewendet|ziehen|zieht)\b(?! (?:nicht|noch nicht|immer noch nicht|nur|aber)\b)`,
    // C135: the application starts without the message that was the fault: "startet … jetzt bei allen Kollegen ohne Fehlermeldung".
    String.raw`\b(?:startet|starten|offnet|offnen|verbindet|verbinden|synchronisiert|synchronisieren)(?: (?!nicht\b|nie\b|kein\w*\b|nur\b)[\w-]+){0,5} ohne (?:\w*meldung\w*|\w*warnung\w*|fehler|probleme|popup|nachfrage\w*|abfrage\w*)\b(?!(?: [\w-]+)? (?:nur|ausser|aber)\b)`,
    // C125: normal operation stated as confirmed, in the formal register: "Normal operation has been confirmed".
    String.raw`\b(?:ordnungsgemässe|ordnungsgemäße|normale|einwandfreie)[nrs]? (?:betrieb|funktion|funktionsweise)(?: [\w-]+){0,3} (?:wurde|ist|wurden) (?:festgestellt|bestätigt|verifiziert)\b`,
    // C126: as good as its peers: "works just like every other laptop in the office", "same speed as the rest".
    String.raw`\b(?:genauso|ebenso) (?:flott|schnell|stabil|zuverlässig) wie die (?:anderen|übrigen)\b`,
    String.raw`\bdieselbe (?:geschwindigkeit|leistung|abdeckung) wie (?:im|in den|die) (?:restlichen|anderen|übrigen)\b`,
    // C114: every job of a run told as successful: "every backup job succeeded last night".
    String.raw`\b(?:alle|sämtliche|jeder|jede|jedes)(?: (?!nicht\b|nie\b)[\w-]+){0,3} \w*(?:sicherung|sicherungen|backup|backups|job|jobs|aufträge|auftrag|aufgaben|tests)\b(?: (?!nicht\b|nie\b)[\w-]+){0,5} (?:erfolgreich|fehlerfrei|ohne fehler)\b(?! (?:sein|werden|wären)\b)`,
    // C116: the good state as an attribute: "the now-working VPN", "das wieder funktionierende Profil".
    String.raw`\b(?:wieder|nun|jetzt|inzwischen) (?:funktionierend|laufend|einsatzfähig)\w+`,
    // C117: working as it did before the fault: "works exactly as before the update".
    String.raw`\b(?:funktioniert|funktionieren|läuft|laufen|verhält sich|verhalten sich|arbeitet)(?: [\w-]+){0,3} (?:genau |genauso |wieder )?(?:wie|so wie) vor (?:dem|der) [\w-]+`,
    // C102, C105, C106, C107.
    String.raw`\b(?:hat|haben) (?:seinen|ihren|den) (?:zweck|dienst|job) (?:erfullt|getan)\b`,
    String.raw`^dass (?:wir|sie) (?:das|es|den fehler|das problem)(?: [\w-]+)? (?:hinbekommen|geschafft|gelost|behoben) (?:haben|hat|konnten)\b`,
    String.raw`^sondern (?:ganz |wieder )?(?:normal|problemlos|einwandfrei|sauber)\b`,
    String.raw`\b(?:so|genauso|ebenso) (?:schnell|flott|stabil|zuverlassig)(?: wieder)? wie vor (?:dem|der) (?:update|umstellung|ausfall|problem|storung)\b`,
    String.raw`\b(?:offnet|ladt|verbindet|startet)(?: sich)?(?: [\w-]+){0,3} (?:jetzt |nun |wieder )?(?:sofort|sofort wieder|auf anhieb|ohne verzogerung|in sekunden)\b(?! (?:nur|aber)\b)`,
    // C90, C91: "0 fehlgeschlagene Anmeldungen", "Paketverlust jetzt bei 0 %".
    String.raw`\b\w*(?:verlust|verluste|fehlerrate|ausfallrate|fehlerquote)(?: [\w-]+){0,5} (?:auf|bei|jetzt|nun|tomark) 0\b(?! (?:to|tomark|a|naar|para|al|auf|do|till|до|الى)\b)`,
    // C96: "verbindet sich der Client jetzt ohne Warnung", "bekommen inzwischen zuverlässig eine IP".
    String.raw`\b(?:verbindet|verbinden|startet|starten|offnet|offnen|lauft|laufen|druckt|drucken|synchronisiert|meldet sich|melden sich)(?: [\w-]+){0,4} (?:jetzt |nun |wieder |inzwischen )?ohne (?:[\w-]+ )?(?:warnung|warnungen|fehler|fehlermeldungen?|meldungen?|probleme?|abbruche?|zertifikatswarnungen?)\b`,
    String.raw`\b(?:bekommen|bekommt|erhalten|erhalt|beziehen|bezieht)(?: [\w-]+){0,5} (?:inzwischen |jetzt |nun |wieder )?(?:zuverlassig|problemlos|korrekt|sauber|wieder|ordnungsgemass|ganz normal|normal) (?:eine |ihre |seine )?(?:ip|ip-adresse|ip-adressen|adresse|adressen|verbindung)\b`,
    String.raw`\b(?:wieder|jetzt|nun|inzwischen) (?:ganz )?smooth\b`,
    String.raw`\b(?:gefixt|gefixed)\b`,
    // C87: someone can do the task again ("sie kann wieder … scannen"); a measurement read all normal.
    String.raw`\b(?:kann|konnen) wieder(?: \S+){0,6} (?:scannen|drucken|arbeiten|anmelden|einloggen|zugreifen|verbinden|senden|telefonieren)\b`,
    // C83: speed back to normal or better than before the fault; messages that arrive as they should
    // now; a test run that came out clean ("printed two batches without skipping a label").
    String.raw`\b(?:schneller|stabiler|flotter|zugiger|besser)(?: \S+)? als vor (?:dem|der|den)\b`,
    String.raw`\b(?:kommen|kommt)(?: \S+){0,3} (?:jetzt|nun|wieder) (?:zuverlassig|punktlich|sofort|problemlos) an\b`,
    String.raw`\b(?:zweimal|dreimal|mehrmals|\d+ ?mal)(?: \S+){0,2} (?:sauber|fehlerfrei|einwandfrei|problemlos|korrekt) (?:durch)?(?:gedruckt|gelaufen|gescannt)\b`,
    // C80: the output right again, and the phone registered again with its calls going through:
    // "invoices come out with the correct logo again", "the desk phone registers with the PBX again".
    String.raw`\b(?:kommen|kommt|kamen|kam) wieder(?: [\w-]+){0,3} (?:richtigen|richtige|korrekten|korrekte|passenden)(?: [\w-]+){0,3} (?:raus|heraus|aus)\b`,
    String.raw`\b(?:meldet|melden|registriert|registrieren) sich wieder(?: [\w-]+){0,4} an\b`,
    String.raw`\b(?:gesprache|anrufe|telefonate) (?:gehen|laufen|kommen) (?:wieder )?in beide richtungen\b`,
    // C64: the consequence that implies the fix: a run that went out without a hitch ("die
    // Lohnabrechnung ging anstandslos raus", "alle Berichte problemlos gedruckt").
    String.raw`\b(?:ging|gingen|kam|kamen|lief|liefen)(?: [\w-]+){0,3} (?:anstandslos|reibungslos|problemlos|glatt|tadellos|fehlerfrei)(?: [\w-]+){0,3} (?:raus|hinaus|heraus|durch)\b`,
    String.raw`\b(?:alle|samtliche)(?: [\w-]+){0,4} (?:anstandslos|reibungslos|problemlos|tadellos|fehlerfrei|ohne (?:jedes |ein einziges |irgendein |das geringste )?(?:problem|murren|zwischenfall|hakeln|aussetzer|stocken))(?: [\w-]+){0,3} (?:gedruckt|ausgedruckt|gescannt|verschickt|verarbeitet)\b`,
    // C64: the queues drain and jobs come out in seconds.
    String.raw`\b(?:warteschlangen?|druckwarteschlangen?|queues?|auftrage|druckauftrage|jobs|dokumente)(?: [\w-]+){0,3} (?:leeren sich|laufen|werden) (?:\w+ )?(?:normal|zugig|sauber|reibungslos|problemlos|wieder) (?:ab|durch|abgearbeitet|leer)\b`,
    String.raw`\b(?:auftrage|druckauftrage|jobs|dokumente|ausdrucke|seiten)(?: [\w-]+){0,2} (?:kommen|sind) (?:\w+ )?(?:in|innerhalb (?:von|weniger)) (?:wenigen |ein paar |\d+ )?sekunden\b(?! (?:nur|aber|ausser)\b)`,
    // C65: a span of time with no fault, still running: "Seit drei Tagen hält der Spooler nun".
    String.raw`\bseit (?:\d+|zwei|drei|vier|funf|sechs|sieben|mehreren|einigen|ein paar) (?:tagen|wochen|stunden)(?: [\w-]+){0,4} (?:halt|halten|lauft|laufen|bleibt|bleiben) (?:\w+ ){0,3}(?:nun|jetzt|stabil|durch|durchgehend|ununterbrochen)\b`,
    // C72: an idiom of the fix that worked: "der neue Treiber hat es gebracht".
    String.raw`\b(?:treiber|update|neuinstallation|tausch|wechsel|patch|massnahme|losung)(?: [\w.-]+){0,3} (?:hat es gebracht|hat den durchbruch gebracht|war der durchbruch|war die losung|hat gegriffen)\b`,
    // C52: status shorthand after the fix: "Spooler OK post-fix", "back in prod", "ticket closed".
    String.raw`\b(?:ok|okay|stabil|sauber|grun) (?:post|nach)[ -](?:fix|dem fix)\b`,
    String.raw`\b(?:post|nach)[ -](?:fix|dem fix) (?:stabil|ok|okay|sauber)\b`,
    String.raw`\bwieder (?:produktiv|in (?:der )?produktion|in prod|live)\b`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`\balle (?:queues|warteschlangen|drucker|druckerwarteschlangen) (?:drucken|laufen|funktionieren)$`,
    // C54: it has run since without a single fault: "running without a single crash".
    String.raw`\b(?:lauft|laufen|funktioniert|druckt|arbeitet)(?: (?!(?:soll|sollte|muss|musste|wird|werden|kann|konnte|noch|nicht|nie|erst|wenn|falls|sobald|zu)\b)[\w-]+){0,4} ohne (?:einen |eine )?(?:einzigen|einzige) (?:absturz|fehler|ausfall|abbruch|aussetzer|stopp|haker)\b`,
    // C55: the restoration told as a confirmed noun or passive: "Restoration of printing confirmed".
    String.raw`(?<!\bohne (?:dass (?:die |der |das |eine )?|eine |einer |bestatigte |bestatigten )?)\b(?:wiederherstellung|(?:fehler|storungs|problem)?behebung|losung|reparatur)(?: (?!(?:teilweise|teilweisen|nur|soll|sollte|muss|musste|wird|werden|kann|konnte|noch|nicht|nie|erst|wenn|falls|sobald|zu|versuch|versuche)\b)[\w-]+){0,7} (?:wurde |ist )?(?:bestatigt|verifiziert|abgeschlossen|erledigt|erfolgreich)\b(?! (?:nur|teilweise|aber)\b)`,
    // C59: a test page printed with success: "test page printed successfully on every queue".
    String.raw`\btestseiten?(?: (?!(?:soll|sollte|muss|musste|wird|werden|kann|konnte|noch|nicht|nie|erst|wenn|falls|sobald|zu)\b)[\w-]+){0,5} (?:erfolgreich|fehlerfrei|einwandfrei|sauber|problemlos)(?: (?!(?:soll|sollte|muss|musste|wird|werden|kann|konnte|noch|nicht|nie|erst|wenn|falls|sobald|zu)\b)[\w-]+){0,3} (?:gedruckt|ausgedruckt)\b(?! nur\b)`,
    // C35: the place of the fault stayed good over a span: "the queue stayed empty all week".
    String.raw`\b[\w-]*(?:warteschlange|queue)(?: \w+){0,5} (?:die ganze|den ganzen|das ganze|seit)(?: \w+){1,2} (?:leer|frei)\b`,
    String.raw`\b[\w-]*(?:warteschlange|queue)(?: \w+){0,4} (?:leer|frei) (?:geblieben |gewesen )?(?:die ganze|den ganzen|das ganze|seit)\b`,
    // C37: the matter is settled: "Das Thema ist gegessen".
    String.raw`\b(?:thema|sache|problem|fall|angelegenheit|ding)(?: \w+){0,3} (?:ist|sind|war)(?: ${ADV})* gegessen\b`,
    // C29: a formal closure: "Vom Anwender als gelöst gemeldet", "Wir betrachten den Vorgang als
    // erledigt".
    String.raw`\bals (?:gelost|erledigt|behoben|abgeschlossen|geschlossen|geklart) (?:gemeldet|bestatigt|zuruckgemeldet|markiert|gekennzeichnet|eingestuft|betrachtet|quittiert|abgenommen|gesetzt|verbucht)\b`,
    // "erst als gelöst, wenn …" waits for a condition; "Bitte betrachten Sie …" is a request.
    String.raw`\b(?:wir betrachten|betrachten wir|ich betrachte|betrachte ich|wir sehen|sehen wir|gilt|gelten)(?: (?!erst\b|nicht\b)\w+){0,4} als (?:gelost|erledigt|behoben|abgeschlossen|geklart)\b`,
    // C26: after several attempts, the last one did it: "der dritte hat's dann gebracht".
    String.raw`\b(?:der|die|das|erst der|erst die|erst das) (?:zweite|dritte|vierte|funfte|letzte|nachste) (?:\w+ )?(?:hat|haben|brachte|war)(?: \w+){0,3} (?:gebracht|geholfen|geklappt|gewirkt|funktioniert|erfolgreich|der richtige|die richtige|das richtige|die losung|den durchbruch|den erfolg|abhilfe)\b`,
    String.raw`\bhat (?:is |es )(?:\w+ )?gebracht\b`,
    // C27: as fast as before: "wieder so schnell wie vorher".
    String.raw`(?<!\b(?:fast|nicht|nicht ganz|kaum|beinahe|annahernd) )\b(?:genau ?so|ebenso|wieder so|so) (?:schnell|flott|zugig|stabil|flussig|zuverlassig|gut) wie (?:vorher|zuvor|fruher|gewohnt|immer|neu|vor dem (?:problem|fehler|update|ausfall))\b`,
    // C25: the monitoring or the logs quiet for a time: "Zabbix seit zwei Tagen grün".
    String.raw`\b(?:monitoring|uberwachung|zabbix|prtg|nagios|checkmk|icinga|dashboard|ereignisanzeige|eventlog|event-log|logs?|protokoll)(?: \w+){0,4} (?:seit|schon) (?:\w+ ){0,3}(?:grun|sauber|ruhig|unauffallig|leer|fehlerfrei)\b`,
    String.raw`\b(?:monitoring|uberwachung|zabbix|prtg|nagios|checkmk|icinga|dashboard|ereignisanzeige|eventlog|event-log|logs?|protokoll)(?: \w+){0,2} (?:ist |sind |bleibt |blieb |steht |wieder )*(?:grun|sauber|ruhig|unauffallig|fehlerfrei) seit\b`,
    // C20: monitoring says all is well: "Alle Checks sind grün".
    String.raw`\b(?:alle|alles|samtliche|jede[rs]?)(?: \S+){0,5} (?:(?:ist|sind|steht|stehen|zeigt|zeigen|wieder|jetzt|nun|auf) )*grun\b`,
    // C19: someone confirmed it works now, verb last: "…, dass die Anmeldung mit MFA jetzt klappt".
    String.raw`(?:^| )dass (?:\w+ ){1,6}(?:jetzt|nun|wieder|inzwischen|mittlerweile) (?:\w+ ){0,2}(?:funktioniert|funktionieren|lauft|laufen|geht|gehen|klappt|klappen|druckt|passt)$`,
    // C15: a job or a step done with success, and the phrases that stand for it.
    String.raw`\b(?:spuckt|spucken|schnurrt|schnurren|flutscht|flutschen|brummt|brummen|rennt|rennen) (?:\w+ )?wieder\b`,
    String.raw`\bhat (?:is |es )?(?:\w+ )?gerichtet\b`,
    // C14: better than ever: the device not only works, it works better than before.
    String.raw`\b(?:besser|schneller|stabiler|flotter|zuverlassiger|runder|performanter) (?:als je(?:mals)?(?: zuvor)?|denn je)\b`,
    // C13: a cause that fixed it, in the simple past or with any subject: "der Neustart löste das
    // Problem", "… hat schließlich Abhilfe geschaffen", "brachte die Lösung".
    String.raw`\b(?:loste|losten|behob|beseitigte|beseitigten|reparierte|korrigierte)(?: ${ADV})* (?:das|den|die|diese|diesen|dieses|es|unser|unseren|ihr|ihren)(?: \w+)? (?:problem|fehler|storung|sache|fehlermeldung|aussetzer|absturz|absturze|ursache)\b${NOT_AFTER}`,
    String.raw`\b(?:loste|losten|behob|beseitigte|beseitigten) es\b${NOT_AFTER}`,
    String.raw`\b(?:hat|haben|hatte|hatten)(?: \w+){0,2} (?:abhilfe geschaffen|den trick getan|die losung gebracht|den durchbruch gebracht)\b`,
    String.raw`\b(?:brachte|brachten)(?: \w+){0,6} (?:die losung|abhilfe|den durchbruch)\b`,
    String.raw`\b(?:apps?|anwendungen|office|windows|lizenz(?:en)?|produkte?)(?: \S+){0,3} (?:ist|sind|wurde|wurden)(?: \S+)? (?:aktiviert|lizenziert|aktiv)\b`,
    String.raw`\b(?:lauft|laufen|endet|enden|beendet|schliesst|lief)(?: \S+){0,6} (?:fehlerfrei|erfolgreich|ohne fehler)(?: \S+){0,2}\b`,
    String.raw`\b(?:ticket|vorgang|fall|anliegen) (?:kann|konnen|darf)(?: \w+)? (?:geschlossen|abgeschlossen) werden\b`,
    String.raw`\b(?:gefunden|identifiziert|ermittelt|lokalisiert) und (?:beseitigt|behoben|korrigiert|gelost|entfernt)\b`,
    String.raw`(?<!${SYMPTOM_NOUN}(?: \w+){0,5} )\bwieder (?:erreichbar|verfugbar|online|einsatzbereit|betriebsbereit|im normalbetrieb|normal|da|nutzbar|stabil)\b`,
    String.raw`\b(?:jetzt|nun|wieder|inzwischen|mittlerweile) (?:\w+ ){0,3}(?:fehlerfrei|einwandfrei|problemlos|ohne (?:fehler|probleme|abbruche|storungen))\b`,
    String.raw`\b(?:im normalbetrieb|einsatzbereit|startklar|wie neu)\b`,
    String.raw`\b(?:ist|sind|war|waren|wurde|wurden|scheint|scheinen)(?: ${NOT_YET}\w+){0,3} ${DONE}\b(?! (?:sein|werden|worden sein|zu)\b)`,
    String.raw`\b(?:ist|sind|scheint|scheinen|bleibt|bleiben)(?: ${NOT_YET}\w+){0,3} ${FIXED}\b(?! (?:sein|werden|zu)\b)`,
    String.raw`\b(?:haben|habe|hat|hatten)(?: \w+){0,5} (?:behoben|gelost|repariert|beseitigt|wiederhergestellt|korrigiert|erledigt|in den griff bekommen|zum laufen gebracht)\b`,
    String.raw`\b(?:wir|ich|der techniker|unser team|der support) (?:losten|behoben|reparierten|beseitigten)\b`,
    String.raw`\b${FIXED} (?:ist|sind|wurde|wurden|worden ist|worden sind|werden konnte)\b`,
    String.raw`\b${DEVICE_VERBS}(?: \w+){0,3} (?:wieder|erneut)\b`,
    String.raw`\b(?:funktionierte|lief|druckte|startete|klappte|ging) (?:${ADV} )*(?:wieder|erneut)\b`,
    String.raw`\b(?:fehler|problem|absturz|abstürze|meldung|storung|fehlermeldung)(?:e|n)? (?:ist|sind)(?: ${ADV})* (?:weg|verschwunden|beseitigt|vorbei|geschichte)\b`,
    String.raw`\b(?:schliessen|schliesse|schliess(?:en)? wir) (?:das|dieses|ihr|den) (?:ticket|anliegen|vorgang|fall)\b`,
    String.raw`\b(?:ticket|vorgang|fall|anliegen)(?: ${ADV}| ist| wird| wurde)* (?:geschlossen|abgeschlossen|erledigt)\b`,
    String.raw`\b(?:losung|fix|reparatur|korrektur) (?:ist|wurde|war)(?: \w+){0,3} (?:bestatigt|erfolgreich|wirksam|verifiziert)\b`,
    String.raw`\b(?:problem (?:gelost|behoben)(?! (?:sein|werden|zu)\b)|fehler behoben|wieder einsatzbereit|wieder online|wieder betriebsbereit|lauft wieder rund|sie konnen (?:jetzt |wieder |nun )*(?:drucken|arbeiten|sich anmelden))\b`,
    String.raw`(?:^| )(?:alles|es|das|er|sie) (?:funktioniert|lauft|geht|klappt|druckt|passt|tut|funzt)(?: (?:jetzt|nun|wieder|inzwischen|mittlerweile|endlich|alles))*$`,
    String.raw`\balles (?:\w+ )?(?:funktioniert|lauft|geht|klappt|passt)\b`,
    String.raw`\b(?:kann|konnen|konnte|konnten)(?: \w+){0,4} (?:wieder|jetzt|nun|problemlos|normal|ohne (?:probleme|fehler|einschrankungen|schwierigkeiten|storungen))(?: \w+){0,3} (?:arbeiten|drucken|anmelden|einloggen|zugreifen|verbinden|scannen|senden|mailen|empfangen|offnen|speichern|nutzen|benutzen|telefonieren|surfen|starten|synchronisieren|weiterarbeiten|loslegen|abrufen|aufrufen|einwahlen|durchstarten|online gehen|an die arbeit|(?!passieren|auftreten|vorkommen|absturzen|ausfallen|hangen|einfrieren|fehlschlagen|erscheinen|kommen|sein|werden|dauern|versuchen|probieren|testen|prufen|melden|anrufen|neu starten|abbrechen|nicht)\w+(?:en|ln|rn))\b(?! (?:sein|werden|zu)\b)`,
    String.raw`\b(?:wieder|jetzt|nun|problemlos|normal)(?: \w+){0,3} (?:arbeiten|drucken|anmelden|einloggen|zugreifen|verbinden|scannen|senden|mailen|empfangen|offnen|speichern|nutzen|benutzen|telefonieren|surfen|weiterarbeiten|loslegen) (?:kann|konnen)\b`,
    String.raw`\b(?:wir|ich|techniker\w*|kollege\w*|team|support|admin\w*|dienstleister|hersteller) (?:\w+ ){0,2}(?:konnten|konnte|haben es geschafft|hat es geschafft|schafften es|haben geschafft)(?: \w+){0,5} (?:beheben|losen|reparieren|beseitigen|wiederherstellen|korrigieren|klaren|fixen|in den griff bekommen|zum laufen bringen|aus der welt schaffen)\b`,
    String.raw`\b(?:konnten|konnte) (?:wir|ich)(?: (?!nachst|kommend|spater|morgen|demnachst|kunftig|zukunft|eventuell|vielleicht|evtl)\w+){0,5} (?:beheben|losen|reparieren|beseitigen|wiederherstellen|korrigieren|klaren|fixen|in den griff bekommen|zum laufen bringen)\b`,
    String.raw`\b(?:ist es|gelang es|ist uns|gelang uns)(?: \w+){0,3} (?:gelungen|gelang)?\b(?: \w+){0,5} (?:zu beheben|zu losen|zu reparieren|zu beseitigen|wiederherzustellen|zu korrigieren|zu fixen|zum laufen zu bringen)\b`,
    // "konnte" is also "könnte" once accents are gone: a time to come in between makes it "might".
    String.raw`\b(?:konnte|konnten|liess|liessen)(?: sich)?(?: (?!nachst|kommend|spater|morgen|demnachst|kunftig|zukunft|eventuell|vielleicht|evtl)\w+){0,4} (?:behoben|gelost|beseitigt|repariert|wiederhergestellt|korrigiert|beheben|losen|beseitigen|reparieren|wiederherstellen)(?: werden)?\b`,
    String.raw`\b(?:(?:ist|sind) (?:es )?(?:uns|mir)(?: \w+){0,2} gelungen|gelang es (?:uns|mir)|(?:haben|hat|habe) (?:es|das)(?: \w+){0,2} geschafft)\b`,
    String.raw`\b(?:das|es|dies|dieser|diese|der \w+|die \w+|das \w+) (?:hat|haben)(?: \w+){0,2} (?:geholfen|geklappt|gewirkt|den trick getan|es gebracht|abhilfe geschaffen)\b`,
    // C295 (honest): nor the fault named after the verb: "jetzt ist der Fehler wieder da" tells it is back.
    String.raw`(?<!${SYMPTOM_NOUN}(?: \w+){0,2} )\b(?:ist|sind|war|waren)(?!(?: \w+)? ${SYMPTOM_NOUN})(?: \w+){0,2} wieder(?: (?:voll|komplett|vollstandig|ganz|uneingeschrankt))? (?:funktionsfahig|einsatzfahig|betriebsfahig|da|zuruck|am laufen|im betrieb|in betrieb|verfugbar|nutzbar|funktionsfahig|aufrufbar|erreichbar|ansprechbar|zuganglich|online|oben|hergestellt|intakt|ok|okay|gut|normal)\b`,
    String.raw`\b(?:kommt|kommen|kam|kamen|gehen|geht|ging|gingen)(?: \w+){0,3} wieder (?:an|durch|rein|raus|herein|hinaus|ein)\b`,
    String.raw`\b${SYMPTOM_NOUN}(?: \w+){0,3} (?:ist|sind|scheint|scheinen)(?: ${ADV})* (?:weg|verschwunden|vorbei|geschichte|passe|erledigt)\b`,
    String.raw`\b(?:ist|sind)(?: \w+){0,2} ${SYMPTOM_NOUN}(?: ${ADV})* (?:weg|verschwunden|vorbei|geschichte|passe)\b`,
    String.raw`\b${SYMPTOM_NOUN}(?: \w+){0,3} (?:verschwunden|verschwand|verschwanden|hat sich erledigt|haben sich erledigt)\b`,
    String.raw`\b(?:ist|sind|lauft|laufen|arbeitet|arbeiten)(?: \w+){0,2} seit (?:\w+ ){1,3}(?:stabil|problemlos|fehlerfrei|einwandfrei|unauffallig|storungsfrei|ohne (?:probleme|fehler|storungen|absturze|auffalligkeiten))\b`,
    String.raw`(?:^| )dass (?:\w+ ){1,4}(?:funktioniert|funktionieren|lauft|laufen|geht|gehen|klappt|druckt|passt)(?: (?:jetzt|nun|wieder|inzwischen))*$`,
    String.raw`\b(?:schliesse ich|schliessen wir|schliesse|schliessen)(?: \w+){0,2} (?:das|dieses|ihr|den|diesen|dein) (?:ticket|anliegen|vorgang|fall|incident|case)\b`,
    String.raw`(?<!${SYMPTOM_NOUN}(?: \w+){0,3} )\b(?:wird|werden)(?: \w+){0,3} wieder(?: \w+){0,3} (?:angezeigt|gefunden|erkannt|synchronisiert|gedruckt|zugestellt|geladen|ubertragen|verbunden|gesichert|ausgefuhrt|versendet|empfangen)\b(?! (?:werden|sein)\b)`,
    String.raw`\b(?:setze|setzen|stelle|stellen|markiere|markieren)(?: \w+){0,3} (?:ticket|vorgang|fall|anliegen|incident)(?: \w+)? (?:auf|als) (?:gelost|erledigt|geschlossen|abgeschlossen|behoben)\b`,
    String.raw`(?:^| )(?:(?:das )?ticket |der vorgang )?kann zu$`,
    // Subject first: "…, können wir das Ticket schließen" follows a condition as often as not.
    String.raw`\b(?:wir|ich|man|sie) (?:konnen|kann|durfen|darf)(?: \w+){0,2} (?:das|dieses|den|diesen|ihr|ihren|die|diese) (?:ticket|anliegen|vorgang|fall|incident|case|meldung|anfrage)(?: \w+)? (?:schliessen|abschliessen|zumachen)\b`,
    String.raw`\b(?:kann|konnen|darf|durfen)(?: \w+){0,3} als (?:gelost|erledigt|geschlossen|abgeschlossen|behoben) (?:markiert|gekennzeichnet|gesetzt|geschlossen|betrachtet)\b`,
  ],
  stateClaims: [
    // C229: ein Dauerzustand in einem Lobeswort: "der Rechner läuft absolut störungsfrei", "das Telefon ist jetzt tadellos".
    String.raw`\b(?:ist|sind|bleibt|bleiben|lauft|laufen|funktioniert|funktionieren|arbeitet|arbeiten|geht|gehen|wirkt)(?: (?!nicht\b|nie\b|kaum\b|nur\b|aber\b|bis\b|noch\b)[\w-]+){0,5} (?:storungsfrei|storungslos|tadellos|bombenfest|felsenfest|bombenstabil|grundsolide|astrein|tipptopp|tiptop|fehlerlos|makellos|wie eine eins|wie ein uhrwerk|wie ein gluck)\b(?! (?:aber|bis|nur|ausser)\b)`,
    // C233: das Verb vorn, ein langes Subjekt mit seinem Ort, dann wie es läuft: "inzwischen läuft der Drucker im zweiten Stock wieder normal".
    String.raw`\b${DEVICE_VERBS}(?: (?!nicht\b|nie\b|kein\w*\b|kaum\b|nur\b|aber\b|bis\b|erst\b|ausser\b|noch\b)[\w-]+){5,7} ${WELL}\b(?! (?:aber|bis|nur|ausser)\b)`,
    // C21: better than before ("deutlich schneller als vorher", "schneller raus als vorher");
    // "etwas schneller" is a partial result.
    String.raw`(?<!\b(?:etwas|ein bisschen|ein wenig|leicht|kaum|nur|nicht|minimal|geringfugig) )\b(?:(?:deutlich|viel|wesentlich|spurbar|merklich|erheblich|um einiges|um welten|weitaus|massiv|klar) )?(?:schneller|stabiler|flotter|zuverlassiger|besser|flussiger|performanter)(?: (?:raus|rein|durch|hoch|los))? als (?:vorher|zuvor|fruher|davor|gestern|bisher|sonst)\b`,
    String.raw`\b(?:alles|es|das) (?:ist |lauft |funktioniert )?(?:wieder )?(?:in ordnung|bestens|gut|im grunen bereich|beim alten|normal)\b`,
    String.raw`\balles(?: \w+){0,2} (?:in butter|im lot|im grunen bereich|paletti|tipptopp|top|prima|bestens|wieder gut|wieder beim alten|erledigt|roger|gut)\b`,
    String.raw`\b${DEVICE_VERBS}(?: (?!aber\b|bis\b|nur\b|ausser\b)\w+){0,4} ${WELL}\b`,
    // Verb last, in a clause of its own: "dass er wieder einwandfrei druckt".
    String.raw`\b(?:wieder |jetzt |nun )?${WELL} (?:funktioniert|funktionieren|lauft|laufen|druckt|drucken|verbindet|startet|synchronisiert|arbeitet|arbeiten|geht|klappt)\b`,
  ],
  symptomClaims: [
    // C317: nobody has the fault any more: "Keiner bekommt mehr die Zertifikatswarnung", "es gibt keinen Rechner mehr, der abstürzt".
    String.raw`^(?:keiner|niemand|kein (?:benutzer|user|mitarbeiter|kollege|kunde|rechner|arbeitsplatz)|keine (?:kollegin|mitarbeiterin|benutzerin))(?: (?!nicht\b|noch\b)[\w-]+)? (?:hat|bekommt|sieht|kriegt|meldet|erhalt|beklagt sich|klagt)(?: (?:jetzt|nun|seitdem))? mehr\b(?!(?: [\w-]+){0,4} (?:ausser|aber|nur)\b)`,
    String.raw`\bes gibt (?:jetzt |nun |seitdem )?(?:keinen|keine|kein) (?:einzigen |einzige |einziges )?(?:benutzer|user|mitarbeiter|mitarbeiterin|kollegen|kollegin|arbeitsplatz|rechner|pc|anwender|anwenderin)(?:innen)? mehr\b`,
    // C318: not a single failure since a change, or a zero after a measurement: "seit dem Tausch kein einziger Absturz", "zwei Stunden Test, null Abbrüche".
    String.raw`^(?:null|kein einziger|keine einzige|nicht ein einziger|nicht eine einzige) (?:[\w-]+ )?(?:abbruch|abbruche|verbindungsabbruch|verbindungsabbruche|fehler|absturz|absturze|aussetzer|storung|storungen|timeouts?|hanger)$`,
    String.raw`\bseit (?:dem |der |den )?[\w-]+(?: [\w-]+)? (?:kein einziger|keine einzige|nicht ein einziger|nicht eine einzige|null) (?:[\w-]+ )?(?:abbruch|abbruche|verbindungsabbruch|fehler|absturz|absturze|aussetzer|storung|storungen|fehlversuch|hanger)\b`,
    // C325: mails no longer land in spam after a change: "Rechnungen landen nicht mehr im Junk-Ordner".
    String.raw`\b(?:landen|landet|gehen|geht|rutschen|rutscht|kommen|kommt) (?:jetzt |nun )?nicht mehr (?:im|in den|ins|in die) (?:spam|junk|quarantane|spamordner|junk-ordner)\b`,
    // C287: no longer an issue: "das WLAN im Besprechungsraum ist kein Thema mehr", "der Drucker ist keine Baustelle mehr".
    String.raw`\bkein(?:e)? (?:thema|baustelle|sorgenkind|storfaktor|issue|arger) mehr\b`,
    // C288: nothing sticks any longer: "beim RDP-Login hakt nichts mehr", "nichts klemmt mehr".
    String.raw`\b(?:hakt|haken|harkt|klemmt|klemmen|hangt|spinnt|zickt|ruckelt|stockt|streikt|bockt|crasht|sturzt|friert|blockiert|muckt)(?: (?:jetzt|nun|da|dort|hier|bei|beim|uns|ihm|ihr|es|auch|wirklich|uberhaupt))* (?:nichts|nix) mehr\b`,
    String.raw`\b(?:nichts|nix) (?:hakt|harkt|klemmt|hangt|spinnt|zickt|ruckelt|stockt|streikt|bockt|crasht|blockiert)(?: [\w-]+){0,3} mehr\b`,
    // C289: not a single dropped call since the change: "seit dem Tausch kein einziger Gesprächsabbruch mehr", "keine einzige abgebrochene Verbindung mehr".
    String.raw`\b(?:kein|keine|keinen|nicht ein|nicht eine|nicht einen) einzige[nrs]? (?:[\w-]+ )?(?:${SYMPTOM_NOUN}|(?:abgebrochene[nrs]?|verlorene[nrs]?|unterbrochene[nrs]?|abgerissene[nrs]?|getrennte[nrs]?|gedroppte[nrs]?) [\w-]*(?:anruf|gesprach|telefonat|verbindung|call|sitzung)\w*)(?: [\w-]+){0,4} (?:mehr|seit|seitdem|seither)\b`,
    // C290: not once since the change: "die Zertifikatswarnung ist kein einziges Mal mehr aufgetaucht", "taucht nicht ein einziges Mal mehr auf".
    String.raw`\b(?:kein|nicht ein) (?:einziges )?mal (?:mehr )?(?:aufgetaucht|aufgetreten|erschienen|vorgekommen|gekommen|aufgepoppt|aufgeploppt|hochgekommen|gesehen|bemerkt|beobachtet|angezeigt|passiert)\b`,
    String.raw`\b(?:taucht|tauchen|tritt|treten|kommt|kommen|poppt|poppen|ploppt|springt)(?: [\w-]+){0,3} (?:kein|nicht ein) (?:einziges )?mal (?:mehr )?(?:auf|hoch)\b`,
    // C225: kein Fehler über eine Zeitspanne: "seit drei Tagen gibt es keinerlei Probleme mit dem Laufwerk", "schon eine Woche kein einziger Absturz".
    String.raw`(?<!\b(?:nicht|noch|erst|fast|beinahe|hoffentlich|wenn|falls|sobald|bis)\b(?: [\w-]+){0,2} )\b(?:seit|schon|bereits|nun schon|jetzt schon|mittlerweile|inzwischen) (?:seit )?(?:gut |guten |knapp |uber )?(?:\d+|einem|einer|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|mehreren|ein paar|einigen|eine|einen|ganzen) (?:ganzen |vollen |guten )?(?:tag|tagen|tage|woche|wochen|stunden|nachten|nacht|arbeitstagen|arbeitstage|schichten)(?: (?!nicht\b|nur\b|gab\b|hatten\b|hatte\b|war\b|waren\b|wird\b|soll\b)[\w-]+){0,4} (?:kein|keine|keinen|keiner|keinerlei|nicht ein einziges|nicht einen einzigen|nicht eine einzige|ohne)(?: (?:jedes|jegliche|jeglichen|irgendwelche|ein|einen|eine|einziges|einzigen|einzige|einziger))* (?:[\w-]+ )?${SYMPTOM_NOUN}`,
    String.raw`\b(?:kein|keine|keinen|keinerlei|nicht ein einziges|nicht einen einzigen|nicht eine einzige)(?: (?:einziges|einzigen|einzige|einziger))?(?: [\w-]+)? ${SYMPTOM_NOUN}(?: [\w-]+){0,5} (?:in den letzten|die letzten|seit|schon|uber) (?:\d+|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|einer|einem|mehreren|ein paar|einigen) (?:tag|tagen|tage|woche|wochen|stunden|nachten|arbeitstagen)\b(?! (?:lang|dann|bis)\b)`,
    // C226: nichts mehr zu meckern, als Redewendung: "da gibt's nix mehr zu meckern", "ich kann mich nicht beklagen".
    String.raw`\b(?:nix|nichts|kein grund|keinen grund) (?:mehr )?zu (?:meckern|beanstanden|bemangeln|klagen|beklagen|motzen|norgeln|maulen|mosern)\b`,
    String.raw`(?<!\b(?:ob|wenn|falls|sobald|bis|hoffen|hoffe)\b(?: [\w-]+){0,4} )\b(?:kann|konnen)(?: (?!nicht\b|nie\b|kaum\b|wenn\b|ob\b|bald\b|bei\b|beim\b|gegenuber\b)[\w-]+){0,5} (?:nicht|kaum) (?:mehr )?(?:beklagen|beschweren|meckern|klagen|motzen)\b(?! (?:bei|bevor|bis)\b)`,
    // C232: keine Fehlerfenster mehr beim Öffnen: "keine Warnfenster mehr beim Öffnen von DATEV", "kein einziges Popup mehr beim Start".
    String.raw`\bkein(?:e|en|erlei)? (?:einzige[ns]? |weitere[ns]? )?[\w-]*(?:fenster|meldung|meldungen|fehler|warnung|warnungen|hinweis|hinweise|popup|popups|pop-up|pop-ups|dialog|dialoge|absturz|absturze|bluescreen|bluescreens)(?: (?!nicht\b|nie\b|noch\b)[\w-]+){0,2} mehr\b`,
    // C227: nichts mehr kaputt: "mit dem Laptop ist nichts mehr kaputt", "dem Rechner fehlt nichts mehr".
    String.raw`\b(?:nichts|nix) mehr (?:kaputt|defekt|falsch|verkehrt|faul|auszusetzen)\b`,
    String.raw`\b(?:fehlt|fehlen) (?:\w+ ){0,3}(?:nichts|nix) mehr\b`,
    // C197: seit der Änderung keine Störung gezählt: "seit dem Patch 0 Abstürze".
    String.raw`\bseit (?:dem|der|den) (?:[\w-]+ ){0,2}(?:0|null) (?:[\w-]+ )?[\w-]*(?:absturze|fehler|ausfalle|storungen|abbruche|warnungen|alarme)\b`,
    String.raw`\b(?:0|null) [\w-]*(?:absturze|fehler|ausfalle|storungen|abbruche|warnungen|alarme)(?: [\w-]+){0,5} seit (?:dem|der|den)\b`,
    // C160: nothing left to report or complain about: "zum Scanner gibt's nichts mehr zu berichten", "da kann keiner mehr meckern".
    String.raw`\bnichts (?:mehr|neues mehr) zu (?:berichten|melden|vermelden)\b`,
    String.raw`\b(?:keiner|niemand|kein mensch) (?:\w+ )?mehr (?:meckern|klagen|beschweren|sich beschweren|meckert|klagt|beschwert)\b`,
    // C161: it gives no more trouble, an idiom: "die Freigabe macht keine Zicken mehr", "bereitet keinen Ärger mehr".
    String.raw`\b(?:macht|machen|bereitet|bereiten|zickt|zicken)(?: \w+){0,2} (?:keine|keinen|kein) (?:zicken|mucken|sperenzchen|faxen|arger|theater|kummer|kopfschmerzen|stress|arger) mehr\b`,
    // C165: since the change, not a single fault: "Firewall neu gestartet. Seitdem kein einziger Abbruch."
    String.raw`\b(?:seitdem|seither|danach) (?:gab es |hatten wir |ist )?(?:kein|keine|keinen) (?:einziger|einzige|einzigen|einziges|neuer|neue|neuen) \w*(?:abbruch|abbruche|absturz|absturze|aussetzer|fehler|ausfall|ausfalle|hanger|storung|storungen|unterbrechung|unterbrechungen|stau|neustart|freeze|ruckler|disconnect)\b`,
    // C145: no more of the fault: "Kein Ruckeln mehr in den Teams-Meetings".
    String.raw`\b(?:kein|keine|keinen) (?:[\w-]+ )?(?:ruckeln|ruckler|aussetzer|absturz|absturze|abbruch|abbruche|hanger|einfrieren|fehler|fehlermeldung|fehlermeldungen|freeze|lag|verbindungsabbruch|verbindungsabbruche) mehr\b`,
    // C147: a span of work without a single fault: "druckt seit heute früh ununterbrochen … ohne einen einzigen Aussetzer".
    String.raw`\bseit (?:heute (?:fruh|morgen|vormittag)|dem morgen|heute|gestern|[\w:.]+ uhr)(?: [\w-]+){0,8} ohne (?:einen |eine )?(?:einzigen |einzige )?(?:aussetzer|fehler|absturz|abbruch|fehlermeldung|problem|probleme|hanger|storung|unterbrechung)\b`,
    // C141: no further steps needed: "weitere Schritte sind nicht nötig", "keine weiteren Maßnahmen erforderlich".
    String.raw`\b(?:keine weiteren (?:schritte|massnahmen|aktionen|arbeiten)(?: \w+){0,2} (?:notig|erforderlich|notwendig)|weitere (?:schritte|massnahmen|aktionen|arbeiten) sind (?:\w+ )?nicht (?:mehr )?(?:notig|erforderlich|notwendig))\b`,
    // C131: the fault did not come back: "Der Fehler ist nicht wiedergekommen".
    String.raw`\b(?:fehler\w*|problem\w*|storung\w*|absturz|absturze|meldung\w*|warnung\w*|symptom\w*)(?: [\w-]+){0,3} (?:ist|sind) (?:seitdem |seither |bisher |danach )?(?:nicht|nie) (?:mehr |wieder )?(?:wiedergekommen|wiedergekehrt|zuruckgekommen|aufgetreten|aufgetaucht|erschienen)\b`,
    // C124: the workaround or the chore no longer needed: "doesn't have to use the webmail workaround now".
    String.raw`\b(?:umweg|workaround|notlosung|notlösung|behelf|ausweichlosung)\w*(?: [\w-]+){0,8} nicht mehr\b`,
    // C118: held for a span of time without the fault: "has held for two days now without a single disconnect".
    String.raw`\b(?:hält|halt|läuft|lauft|bleibt|arbeitet|ist)(?: \w+){0,2} seit (?:\w+ ){0,2}(?:tagen|stunden|wochen|nachten)(?: \w+)? (?:stabil|ohne (?:einen einzigen |eine einzige |jeden |jede |irgendeinen )?(?:abbruch|ausfall|fehler|absturz|unterbrechung|aussetzer)\w*)\b`,
    // C119: not once since a point in time: "since 3 pm the Wi-Fi has not dropped once", "no errors since the reboot".
    String.raw`\bseit (?:(?!nicht\b|nie\b|kaum\b)\w+ ){0,4}frei von (?:fehlern|abbruchen|storungen|ausfallen|absturzen)\b`,
    String.raw`\bkein (?:einziges )?mal (?:mehr )?(?:abgebrochen|abgesturzt|ausgefallen|getrennt)\b`,
    // C113: a loss measured as none: "0 % loss over 500 packets", "丢包率0%".
    String.raw`\b0 \w*(?:verlust|verluste|fehler|ausfalle|abbruche)\b(?! (?:auf|tomark)\b)`,
    // C115: the user with nothing left to complain about: "has nothing more to complain about".
    String.raw`\bnichts mehr zu (?:meckern|beanstanden|bemängeln|klagen|beklagen)\b`,
    String.raw`\bkeine (?:beschwerden|klagen) mehr\b`,
    String.raw`\bbeschwert sich nicht mehr\b`,
    // C103: "an der Datensicherung gibt es jetzt nichts mehr auszusetzen".
    String.raw`\bnichts mehr (?:auszusetzen|zu beanstanden)\b`,
    // C90: the fault counted as none ("0 failed logons"): its failure word is no negation of a claim.
    String.raw`\b(?:0|null|keine) (?:[\w-]+ ){0,2}(?:fehlgeschlagene?n?|gescheiterte?n?|abgebrochene?n?|verlorene?n?|abgelehnte?n?)\b`,
    // C92: "keine erneuten Verbindungsabbrüche seit dem Update", "ist nicht wieder aufgetreten".
    String.raw`\bkeine (?:neuen|erneuten|weiteren|neue|erneute|weitere) (?:[\w-]+ ){0,3}\w*(?:abbruche|abbruch|absturze|absturz|fehler|ausfalle|ausfall|storungen|storung|probleme|meldungen|trennungen|aussetzer|hanger|beschwerden)\b`,
    String.raw`\b(?:ist|sind|hat|haben)(?: \w+){0,3} nicht (?:mehr |wieder |erneut )+(?:aufgetreten|aufgetaucht|vorgekommen|passiert|gekommen)\b`,
    // C94: "Die Fritzbox muss morgens nicht mehr neu gestartet werden".
    String.raw`\b(?:muss|mussen|musst|braucht|brauchen)(?: [\w-]+){0,5} nicht mehr (?:[\w-]+ ){0,3}(?:neu ?gestartet|neu ?starten|neustarten|rebooten|gerebootet|eingeben|eingegeben|einzugeben|anmelden|verbinden|zurucksetzen|eintippen|abstecken|umstecken)\b`,
    // C82: the fault told as ended in the present, with its own verb: "the paper jams have stopped",
    // "ya no se atasca", "non si inceppa più", "紙詰まりはもう起きていません".
    String.raw`\b(?:meldung|fehlermeldung|fehler|warnung|popup|pop-up|hinweis|abfrage|dialog|fenster)\S*(?: \S+){0,8} (?:kommt|kommen|erscheint|erscheinen|taucht|tauchen|poppt|springt)(?: \S+){0,4} nicht mehr\b`,
    // C81: a fault counter held at zero since the change, and a backup's log clean with no error:
    // "CRC error counter: still 0 since the cable swap", "last night's backup log is clean, 0 errors".
    String.raw`\b(?:sicherungs|backup)\S*(?: [\w-]+){0,6} (?:ist|war|sind) (?:komplett |ganz )?sauber\b`,
    // C64: nobody has been in touch about it since: "hat sich kein einziger Benutzer mehr gemeldet".
    String.raw`\bkein(?:e|er)? (?:einzige[rn]? )?(?:benutzer|nutzer|anwender|mitarbeiter|kunde|user|kollege|mensch)(?:in|innen)? (?:\w+ ){0,3}mehr (?:\w+ ){0,3}(?:gemeldet|angerufen|beschwert|reklamiert|kontaktiert|gewandt|geklagt)\b`,
    String.raw`\b(?:niemand|keiner) (?:\w+ ){0,4}mehr (?:angerufen|kontaktiert|an den support gewandt|an die hotline gewandt)\b`,
    // C65: a span with no fault: "…, ohne dass ein einziges Ereignis 7031 auftaucht", "läuft seit
    // drei Tagen ohne Unterbrechung".
    String.raw`\bohne dass (?:auch nur )?(?:ein einziges|ein einziger|eine einzige|ein|eine|irgendein) (?:\w+ )?(?:ereignis|fehler|absturz|ausfall|problem|stopp|abbruch|storung)\w*(?: [\w-]+){0,2} (?:auftaucht|auftritt|aufgetreten ware|auftrat|protokolliert wird|kommt)\b`,
    String.raw`\b(?:lauft|laufen|halt|halten|arbeitet) (?:(?!nicht|nie|kaum)\w+ ){0,4}(?:ohne (?:jede |eine einzige |eine |irgendeine )?(?:unterbrechung|aussetzer|ausfall|absturz|storung)|unterbrechungsfrei|ununterbrochen)\b`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`\bkein (?:[\w-]+ )?repro mehr\b`,
    String.raw`\bnach (?:[\w-]+ ){1,3}kein (?:[\w-]+ )?repro\b`,
    // C57: litotes of the fault: "no longer exactly broken", "can hardly be called faulty".
    String.raw`\bnicht (?:gerade|wirklich|unbedingt|direkt|so richtig) mehr (?:arger|probleme|kaputt|defekt|gestort|stress)\b`,
    String.raw`\bnicht mehr (?:gerade|wirklich|unbedingt|direkt|so richtig) (?:arger|probleme|kaputt|defekt|gestort|stress)\b`,
    // C44: a fault counted as zero in a log or over a span: "zero spooler crashes in the last 72 hours".
    String.raw`\bseit (?:\w+ ){1,3}(?:kein(?:e|en|er)?|null) (?:einzige[nr]? |weiteren? )?${SYMPTOM_NOUN}`,
    String.raw`\b(?:null|0|kein(?:e|en|er)?) (?:einzige[nr]? )?${SYMPTOM_NOUN}(?: [\w-]+){0,5} (?:in den letzten|wahrend der letzten)\b`,
    // C34: a fault counted as none over a span of time: "not a single stuck job since Tuesday".
    String.raw`\bkein(?:e|en|er|erlei)? (?:weiteren? |neuen? |einzige[nr]? )?(?:hangende[nrs]?|festhangende[nrs]?|steckengebliebene[nrs]?|blockierte[nrs]?|abgesturzte[nrs]?|fehlgeschlagene[nrs]?) (?:[\w-]*auftrag|[\w-]*auftrage|[\w-]*jobs?|dokumente?)(?: \w+){0,3} (?:mehr|seit|seitdem)\b`,
    // C24: no further crashes, event IDs or alarms since a time: "Keine weiteren Abstürze seit
    // gestern", "Keine Event-ID 7031 mehr seit Donnerstag". "Rückmeldung" is a reply, not a symptom.
    String.raw`\bkein(?:e|en|er|erlei)? (?:weiteren? |neuen? |einzige[nr]? )?(?!ruckmeld)(?:${SYMPTOM_NOUN}|event-?ids?\b|events?\b|ereignis(?:se|-?ids?)?\b|[\w-]*eintrage?\b|alarme?\b|alerts?\b|tickets?\b)(?: [\w-]+){0,4} (?:seit|seitdem|seither|nach)\b`,
    String.raw`\bkein(?:e|en|er)? (?:weiteren? |neuen? )?(?:event-?ids?|events?|ereignis(?:se|-?ids?)?|alarme?|alerts?)(?: [\w-]+){0,3} mehr\b`,
    // C23: nobody complained since: "Hat sich seitdem niemand mehr beschwert".
    String.raw`\bniemand (?:\w+ ){0,2}mehr (?:\w+ )?(?:beschwert|gemeldet|reklamiert|geklagt|beanstandet|angerufen|beschwerte|meldete)\b`,
    String.raw`\b(?:seit\w*|seither) (?:\w+ ){0,4}niemand (?:\w+ ){0,2}(?:beschwert|reklamiert|geklagt|beanstandet)\b`,
    String.raw`\b(?:beschwert|meldet|beschwerte|meldete) sich (?:\w+ ){0,2}niemand mehr\b`,
    // C31: it did not come back: "ist seitdem nicht wieder aufgetreten".
    String.raw`\bnicht (?:mehr |wieder |erneut )(?:aufgetreten|aufgetaucht|vorgekommen|passiert|gekommen|erschienen|reproduzierbar|nachvollziehbar)\b`,
    // C33: work goes on: "keine Beeinträchtigung des Betriebs mehr".
    String.raw`\bkein(?:e|en)? (?:weiteren? )?(?:auswirkungen|beeintrachtigung(?:en)?|einschrankungen|einfluss)(?: \w+){0,4} mehr\b`,
    // C16: no complaints or tickets since a time: "Seit Montag keine Beschwerden mehr".
    String.raw`\bkeine(?:rlei)? (?:einzige |weiteren? |neuen? )?(?:beschwerden?|reklamationen?|klagen|tickets?|anrufe|supportanfragen|stormeldungen)(?: \w+){0,3} mehr\b`,
    String.raw`\b(?:seit (?:\w+ ){1,3}|seitdem |seither )(?:\w+ )?keine(?:rlei)? (?:einzige |weiteren? |neuen? )?(?:beschwerden?|reklamationen?|klagen|tickets?|anrufe|supportanfragen|stormeldungen)\b`,
    // C14: better than ever: the device not only works, it works better than before.
    String.raw`\bso (?:\w+ )?wie (?:noch )?nie(?: zuvor)?\b`,
    // "Noch Abstürze? Nein, seit Freitag keine mehr."
    String.raw`(?:^| )(?:seit \w+ |seitdem )?keine(?:r|s)? mehr$`,
    String.raw`\b${SYMPTOM_NOUN}(?: \w+){0,3} (?:wird|werden) (?:\w+ )?nicht mehr (?:angezeigt|gemeldet|ausgegeben|geworfen|eingeblendet)\b`,
    String.raw`\b(?:haben|hatten|habe|hat) (?:wir |ich |sie |er )?(?:\w+ ){0,3}${SYMPTOM_NOUN}(?: \w+){0,3} nicht mehr (?:gesehen|beobachtet|bemerkt|festgestellt|erhalten|bekommen|gehabt)\b`,
    String.raw`\bkein(?:e|en|er)? (?:weiteren? |weiterer |zusatzlichen? )?(?:handlungsbedarf|(?:massnahmen?|schritte|fehlersuche|aktionen?|arbeiten|eingriffe?|tatigkeiten)(?: \w+)? (?:notig|notwendig|erforderlich))\b`,
    // C233: "noch nicht wieder einwandfrei": a negation right before the adverb denies the state, as in a claim.
    String.raw`(?<!\b(?:nicht|nie|kaum|keineswegs)(?: noch)? )\b(?:jetzt|nun|wieder|inzwischen|mittlerweile) (?:\w+ ){0,3}(?:fehlerfrei|einwandfrei|problemlos|ohne (?:fehler|probleme|abbruche|storungen))\b`,
    String.raw`\b(?:ist|sind|war) (?:\w+ )?nicht mehr (?:defekt|kaputt|gestort|fehlerhaft|offline|down|blockiert|gesperrt|ausgefallen|reproduzierbar|nachvollziehbar|nachstellbar)\b`,
    String.raw`\bkeine (?:weiteren |zusatzlichen )?(?:massnahmen|schritte|aktionen|arbeiten)(?: \w+)? (?:notig|erforderlich|notwendig)\b`,
    // "Die Mails kommen nicht mehr an" is the symptom itself, not its end.
    String.raw`\b${SHOWS}(?: \w+){0,3} nicht mehr(?! (?:an|durch|rein|hoch|ins)\b)(?: ${SYMPTOM})?\b`,
    String.raw`\b(?:zeigt|zeigen|meldet|melden|bringt|bringen|wirft|werfen|gibt|liefert)(?: \w+){0,2} ${SYMPTOM_NOUN}(?: \w+){0,2} nicht mehr\b`,
    String.raw`\b${SYMPTOM_NOUN}(?: \w+){0,2} (?:ist|sind|war) nicht mehr (?:da|aufgetreten|aufgetaucht|zu sehen|sichtbar|vorhanden|gekommen|erschienen)\b`,
    String.raw`\bkein(?:e|en|erlei)? (?:weiteren? |neuen? |einzigen? )?${SYMPTOM_NOUN}(?: \w+){0,3} mehr\b`,
    String.raw`\b(?:seitdem|seither|seit (?:\w+ ){1,4})(?:\w+ )?kein(?:e|en|erlei)? (?:weiteren? |neuen? )?${SYMPTOM_NOUN}`,
    String.raw`\bkein(?:e|en)? (?:weiterer? |zusatzlicher? )?(?:handlungsbedarf|massnahmen? (?:notig|erforderlich)|schritte (?:notig|erforderlich))\b`,
    String.raw`\b(?:ist|gibt es) (?:\w+ )?nichts (?:mehr|weiter) zu tun\b`,
    String.raw`\bkeine (?:fehler|absturze|abbruche|meldungen|fehlermeldungen|storungen|probleme|verbindungsabbruche)(?: \w+)? mehr\b`,
    String.raw`\b(?:seit|nach) (?:\w+ ){1,4}keine (?:fehler|absturze|abbruche|meldungen|storungen|probleme)\b`,
  ],
  actions: [
    String.raw`\b(?:ersetzt|ausgetauscht|getauscht|neu installiert|installiert|neu gestartet|neugestartet|aktualisiert|zuruckgesetzt|neu konfiguriert|konfiguriert|geloscht|entfernt|bereinigt|repariert|neu erstellt|migriert|geflasht|deaktiviert|aktiviert|geleert|deinstalliert|eingespielt|upgedatet)\b`,
  ],
  negativeSubjects: ['nichts', 'keiner', 'keines', 'keine', 'kein', 'weder', 'niemand'],
  without: ['ohne'],
  // C123: a failure word, like the English "failed": "…, pero las del martes han vuelto a fallar".
  negators: [
    'nicht',
    'kein',
    'keine',
    'keinen',
    'nie',
    'niemals',
    'nichts',
    'weder',
    'fehlgeschlagen',
    'gescheitert',
  ],
  modals: [
    'wird',
    'werden',
    'wurde sein',
    'wurden',
    'soll',
    'sollen',
    'muss',
    'mussen',
    'kann',
    'konnte',
    'konnten',
    'durfte',
    'mochten',
    'wollen',
    'zu',
    'um',
    'hoffen',
    'hoffentlich',
    'scheint',
    'schien',
    'versuchen',
  ],
  hedges: ['sollte', 'sollten'],
  now: ['jetzt', 'nun', 'inzwischen', 'mittlerweile'],
  auxiliaries: [
    'ist',
    'sind',
    'war',
    'waren',
    'wurde',
    'wurden',
    'hat',
    'haben',
    'habe',
    'hatte',
    'hatten',
    'es',
    'er',
    'sie',
    'noch',
    'immer',
    'jetzt',
    'nun',
    'wieder',
    'leider',
    'bisher',
    'bislang',
    'auch',
    'ganz',
    'vollstandig',
    'sich',
    'wirklich',
  ],
  conjunctions: [
    'und',
    'aber',
    'doch',
    'jedoch',
    'sondern',
    'dann',
    'danach',
    'also',
    'denn',
    'trotzdem',
    'allerdings',
    'oder',
  ],
  conditions: [
    'wenn',
    'falls',
    'sobald',
    'bis',
    'bevor',
    'damit',
    'ob',
    'sofern',
    'solange',
    'es sei denn',
    'um zu',
    'nachdem wir',
  ],
  since: ['nach', 'nachdem', 'seit', 'seitdem'],
  contrasts: [
    // C328 (honest): a good state for all but some, the exception named after it: "keiner bekommt mehr die Meldung, bis auf den Empfang".
    'bis auf',
    'mit ausnahme',
    // C326 (honest): a fix of an earlier incident, then this one denied: "letztes Mal half ein Neustart; diesmal hat er nichts gebracht".
    'diesmal',
    'dieses mal',
    // C327 (honest): a step done, the outcome still open: "das Update ist eingespielt, ob die Abbrüche aufhören, bleibt abzuwarten".
    'bleibt abzuwarten',
    'abzuwarten ob',
    'wird sich zeigen',
    'nur',
    'immer noch',
    'noch immer',
    'aber',
    'jedoch',
    'doch',
    'allerdings',
    'ausser',
    'wahrend',
    'weiterhin',
    'nach wie vor',
    // C294 (honest): "Der neue Monitor läuft einwandfrei; das VPN bricht immer wieder ab": a failure that goes on.
    'immer wieder',
    'standig',
    'dauernd',
    'andauernd',
    // C295 (honest): "Im März hatten wir das behoben, jetzt tritt der Fehler leider erneut auf": the turn of a recurrence.
    'leider',
  ],
  limits: [
    // C328 (honest): a good state for all but some, the exception named after it: "keiner bekommt mehr die Meldung, bis auf den Empfang".
    'ausser',
    'bis auf',
    'mit ausnahme',
    // C327 (honest): the outcome still open after a step done.
    'bleibt abzuwarten',
    'abzuwarten ob',
    'wird sich zeigen',
    // C294 (honest): a failure that goes on: "bricht ständig ab", "stürzt dauernd ab".
    'immer wieder',
    'bricht',
    'brechen',
    'sturzt',
    'sturzen',
    'standig ab',
    'dauernd ab',
    'standig aus',
    'dauernd aus',
    'standig weg',
    'dauernd weg',
    // C295 (honest): "…, aber jetzt ist der Fehler wieder da": the fault back after the fix.
    'fehler wieder da',
    'fehler ist wieder da',
    'problem wieder da',
    'problem ist wieder da',
    'storung wieder da',
    'storung ist wieder da',
    // C230: "Scheint behoben, aber wir warten auf die Bestätigung": eine noch ausstehende Bestätigung schränkt den Anschein ein.
    'warten auf',
    'warten noch',
    'steht noch aus',
    'stehen noch aus',
    'weiterhin',
    'nach wie vor',
    'fehl',
    'abbricht',
    'absturzt',
    'ausfallt',
    'noch',
    'immer noch',
    'nur',
    'teilweise',
    'nicht',
    'kein',
    'keine',
    'schlagt',
    'wieder fehl',
    // "…, heute trat der Fehler jedoch erneut auf": what came back undoes what was told.
    'erneut auf',
    'wieder auf',
    'erneut aufgetreten',
    // C76: "Wir haben es behoben, aber eine Stunde später stürzte er wieder ab": a fault told again.
    'wieder abgesturzt',
    'erneut abgesturzt',
    'sturzte wieder ab',
    'sturzte erneut ab',
    'wieder gestoppt',
    'erneut gestoppt',
    'stoppte wieder',
    'stoppte erneut',
    'fiel wieder aus',
    'fiel erneut aus',
    'wieder ausgefallen',
    'hing wieder',
    // "…, stürzte er wieder ab": the separable verb's particle after "again" closes the fault.
    'wieder ab',
    'erneut ab',
    'wieder aufgetreten',
  ],
  // C230: "als ob" (as if) opens what a seeming governs, not the Dutch "als" (if).
  complementizers: ['dass', 'als ob', 'als wenn', 'als sei', 'als ware', 'als seien', 'als waren'],
  frames: [
    String.raw`\b(?:nicht|nie) (?:als )?(?:gelost|behoben|erledigt) (?:betrachten|ansehen)\b`,
    String.raw`^(?:bitte |danach |dann |anschliessend )?(?:prufen|prufe|uberprufen|uberprufe|bestatigen|bestatige|testen|teste|kontrollieren|kontrolliere|sicherstellen|stellen sie sicher|schauen|sehen sie nach|beobachten|melden sie)\b`,
    // C228: eine Ankündigung ("freue mich, Ihnen zu bestätigen") ist kein Plan zu prüfen.
    String.raw`(?<!\b(?:ihnen|dir|euch|gerne|gern|froh|glucklich|erfreut|freue mich|freuen uns|freut mich|freut uns)(?: \w+)? )\b(?:werden|wird|mussen|muss|sollten|sollte|wollen|bitte|um|zu|noch)(?: \w+){0,3} (?:prufen|uberprufen|bestatigen|testen|kontrollieren|sicherstellen|beobachten|verifizieren)\b`,
    String.raw`\b(?:prufen|uberprufen|bestatigen|testen|kontrollieren|beobachten) sie\b`,
    String.raw`\b(?:nicht|kaum)(?: \w+){0,2} (?:sicher|bestatigen|sagen|garantieren|behaupten|glauben|denken|versprechen)\b`,
    String.raw`\b(?:glauben|denken|glaube|denke) (?:\w+ )?nicht\b`,
    // C230: ein verneinter Anschein regiert, was folgt: "sieht nicht so aus, als ob der Scanner wieder funktioniert".
    String.raw`\b(?:nicht|kaum|keineswegs) (?:\w+ )?(?:so aus|danach aus|so an)\b`,
    String.raw`\b(?:sieht|sehen|scheint|scheinen|wirkt|wirken|klingt|klingen)(?: \w+){0,2} (?:nicht|kaum|keineswegs)\b`,
    String.raw`\b(?:hoffen|hoffe|hoffentlich|erwarten|erwarte|ziel ist|warten ab|abwarten|warten auf|gehen (?:\w+ )?davon aus|gehe (?:\w+ )?davon aus|rechnen (?:\w+ )?damit|vermutlich|voraussichtlich|wahrscheinlich|vermuten|vermute|nehmen an|annehmen|vielleicht|eventuell|moglicherweise)\b`,
    // A part of the whole ("zwei von drei Benutzern", "nur der Drucker im 2. OG") is a partial result.
    String.raw`\b(?:nur|lediglich|teilweise|zum teil|einige|manche|ein teil|die meisten|einzelne)\b`,
    String.raw`\bvon (?:den |unseren |ihren )?(?:zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|\d+)\b`,
    // A modal anywhere before the claim in its clause makes it a plan: "Nach dem Update soll der
    // Drucker wieder normal funktionieren".
    String.raw`\b(?:soll|sollen|sollte|sollten|muss|mussen|musste|mussten|durfte|durften|will|wollen|mochte|mochten)\b`,
    String.raw`\bwarten (?:\w+ )?(?:darauf|auf)\b`,
    // A main clause that starts with a modal follows a condition before it: "sobald …, sollte …".
    String.raw`^(?:dann |danach |anschliessend |so |damit )?(?:sollte|sollten|durfte|durften|musste|mussten|wird|werden|wurde sein|konnte dann|konnten dann)\b`,
  ],
  unaffected: ['nicht betroffen', 'unbetroffen', 'nicht beeintrachtigt'],
  transient: [
    // C139 (honest): "hat einmal geklappt, danach …": a success told once.
    String.raw`(?<!\bnoch )(?<!\bschon )\beinmal (?:geklappt|funktioniert|gedruckt|gelaufen|gegangen)\b`,
    String.raw`\b(?:klappte|funktionierte|lief|ging|druckte) (?:nur )?einmal\b`,
    // C108 (honest): "Hätte der Treiber gepasst, wäre der Drucker … erreichbar gewesen": what would have been.
    String.raw`\b(?:ware|waren|hatte|hatten)(?: [\w-]+){1,8} (?:gewesen|geworden|gegangen|gelaufen)\b`,
    // C99: "Im März war es schon einmal behoben, …": fixed once before, which says nothing of now.
    String.raw`\b(?:schon|bereits) (?:einmal|mal)\b`,
    String.raw`\b(?:kurz|kurzzeitig|kurzfristig|vorubergehend|zeitweise|zunachst|anfangs|sporadisch|fur einen moment|einige (?:sekunden|minuten))\b`,
    String.raw`\bfur (?:\d+ |eine |ein |einige |wenige |zwei |drei |zehn |dreissig )(?:sekunden?|minuten?|stunden?|tage?|momente?)\b`,
  ],
  // "Vor der Migration lief alles bestens": how it worked before the problem.
  pastAux: [
    'war',
    'waren',
    'hatte',
    'hatten',
    'lief',
    'liefen',
    'funktionierte',
    'funktionierten',
    'ging',
    'gingen',
    'klappte',
  ],
  ellipticals: [
    // C166: a retest told in one word: "Nochmal getestet. Sauber."
    'sauber',
    'alles sauber',
    'wieder sauber',
    // C69: a good state as a table's cell, a heading or emphasis: "wieder voll funktionsfähig".
    'funktionsfahig',
    'einsatzbereit',
    'betriebsbereit',
    'einsatzfahig',
    'haken dran',
    'weg',
    'fehler weg',
    'erledigt',
    'im normalbetrieb',
    'behoben',
    'gelost',
    'erledigt',
    'repariert',
    'funktioniert',
    'geht wieder',
    'lauft wieder',
    'alles gut',
    'alles klar',
    'passt',
    'passt wieder',
    'in ordnung',
    'ok',
    'okay',
    'beseitigt',
    'okmark',
    'klappt',
    'klappt wieder',
    'funktioniert wieder',
    'problem gelost',
    'problem behoben',
    'wieder online',
    'erfolgreich',
    'fertig',
    'lauft',
    'lauft wieder',
    'lauft jetzt',
    'lauft wie geschmiert',
    'lauft rund',
    'geht',
    'geht jetzt',
    'tut wieder',
    'tut es wieder',
    'funzt',
    'funzt wieder',
    'gefixt',
    'gefixed',
    'hat geklappt',
    'hat funktioniert',
    'hat geholfen',
    'alles paletti',
    'alles bestens',
    'alles top',
    'alles erledigt',
    'alles wieder gut',
    'alles im lot',
    'alles im grunen bereich',
    'im grunen bereich',
    'alles funktioniert',
    'alles lauft',
    'alles geht',
    'alles klappt',
    'wieder ok',
    'wieder gut',
    'top',
    'passt alles',
    'problem erledigt',
    'fehler beseitigt',
    'fehler behoben',
    'erfolgreich behoben',
    'erfolgreich gelost',
    'wiederhergestellt',
    'dienst wiederhergestellt',
    'tipptopp',
    'stabil',
    'keine fehler mehr',
    'keine probleme mehr',
  ],
  statusNouns: ['status', 'stand', 'ergebnis'],
  labelStates: ['lauft', 'läuft', 'online', 'normal', 'grün', 'in betrieb'],
  fillers: [
    'status',
    'stand',
    'ergebnis',
    'jetzt',
    'nun',
    'wieder',
    'endlich',
    'alles',
    'das',
    'der',
    'die',
    'problem',
    'fehler',
    'ticket',
    'gute',
    'nachricht',
    'nachrichten',
    'so',
    'also',
    'ist',
    'es',
    'bei',
    'uns',
    'ihnen',
    'auf',
    'unserer',
    'ihrer',
    'seite',
    'schon',
    'bereits',
    'komplett',
    'vollstandig',
    'voll',
    'drucker',
    'vpn',
    'okmark',
    'ja',
    'danke',
    'hallo',
    'und',
    'heute',
    'bestatigt',
    'ganz',
    'einwandfrei',
    'problemlos',
    'bestens',
    'naturlich',
    'klar',
  ],
  // "Kann sich Anna wieder anmelden? Ja, kann sie."
  // C253: "just now" in a "yes" that answers a question tells when, not how little.
  justNow: ['gerade eben', 'soeben', 'eben erst', 'eben'],
  // C252: a tag after a comma asks to agree; its negation negates nothing of the question.
  questionTags: [
    'oder',
    'oder nicht',
    'nicht wahr',
    'gell',
    'gelle',
    'ne',
    'nicht',
    'richtig',
    'stimmt',
    'stimmts',
    'stimmt is',
    'ja',
    'wa',
  ],
  affirmations: [
    'kann',
    'sie',
    'er',
    'es',
    'tut',
    'ist',
    'hat',
    'ja',
    'jawohl',
    'genau',
    'richtig',
    'korrekt',
    'absolut',
  ],
  closings: [String.raw`\b(?:schliess|geschlossen|abgeschlossen)`],
  openClosings: [
    String.raw`\bohne (?:bestatigte |bestatigten |funktionierende |wirksame |endgultige )?(?:losung|behebung|fix|korrektur)\b`,
    String.raw`\b(?:nicht|noch nicht|nie)(?: \w+){0,2} (?:gelost|behoben|bestatigt)\b`,
    String.raw`\b(?:ungelost|offen geblieben|weiterhin offen)\b`,
    // "Das Ticket kann erst geschlossen werden, wenn …": a closing that waits for a condition.
    String.raw`\b(?:erst|fruhestens|nur) (?:dann )?(?:geschlossen|abgeschlossen|geschlossen werden|abgeschlossen werden|schliessen|abschliessen)\b`,
  ],
  endorsements: [
    String.raw`\b(?:wie (?:erwahnt|notiert|bestatigt|besprochen|vereinbart|angegeben|gemeldet)|bestatigt|gute nachricht(?:en)?|update|status|ergebnis|fazit|hinweis|zusammenfassung)\W*$`,
  ],
  problemFree: [
    String.raw`\bohne (?:jegliche |irgendwelche |weitere |die geringsten )?(?:probleme?|fehler|storungen|abbruche|schwierigkeiten|murren|beanstandungen)\b`,
    // C69: "wieder voll funktionsfähig, keine Abstürze" (a table's cell): "no crashes" beside a good
    // state denies the fault, not the state.
    String.raw`\bkeine (?:weiteren |neuen )?(?:absturze|abbruche|ausfalle|fehler|storungen|probleme|fehlermeldungen)(?: mehr)?$`,
  ],
  misspellings: [
    // C257: Chat-Kürzel der Behebung: "druckt wida", "geht wieda".
    'wida wieder',
    'wieda wieder',
    'widda wieder',
    'nich nicht',
    'jetz jetzt',
    'jezt jetzt',
    'wieer wieder',
    'wiedr wieder',
    'geloest gelost',
    'gelösst gelost',
    'behobn behoben',
  ],
  typoStems: [
    'funktioniert',
    'funktionieren',
    'einwandfrei',
    'problemlos',
    'reibungslos',
    'fehlerfrei',
    'erfolgreich',
    'wiederhergestellt',
    'funktionsfahig',
  ],
  partials: [
    // C202: a good state told at a few of the places it was broken at: "an zwei Kassen funktioniert die Kartenzahlung wieder".
    String.raw`\b(?:an|bei|auf|in) (?:\d+|zwei|drei|vier|funf|einigen|wenigen) (?:[\w-]+ )?(?:kassen|pcs|rechnern|laptops|druckern|arbeitsplatzen|filialen|standorten)\b`,
    String.raw`\b(?:\d+|zwei|drei|vier|einige|manche|die meisten|ein teil|mehrere|keiner) (?:von|aus) (?:den |unseren |ihren )?(?:\d+|\w+)`,
    String.raw`\b(?:einige|manche|mehrere|die meisten|bestimmte) (?:benutzer|nutzer|anwender|postfacher|drucker|rechner|gerate|mitarbeiter|clients|arbeitsplatze|standorte)\b`,
    String.raw`\bteilweise\b`,
  ],
  scopes: [
    // C266: ein guter Zustand nur auf dem Prüfstand ist keine Behebung in der Produktion: "hat auf der Test-VM funktioniert, in der Produktion noch nicht".
    String.raw`\b(?:auf|in|im|an|bei|fur) (?:der |dem |den |einer |einem |unserer |unserem )?(?:test-?vms?|testmaschinen?|testrechnern?|testumgebung|testsystem|testservern?|testclients?|testgerat|testlaptop|testnutzern?|testbenutzern?|testkonto|test-?tenant|testinstanz|staging|staging-umgebung|labor|sandbox|pilotgruppe|pilotgerat|pilotrechnern?|laborumgebung|vorproduktion|qs-umgebung|entwicklungsumgebung|dev-umgebung)\b`,
    // "nur für zwei Benutzer wiederhergestellt": a good state limited to a few of them.
    String.raw`\bnur (?:fur|bei|auf) (?:den |die )?(?:\d+|einen|eine|zwei|drei|vier|einige|manche|wenige|einem teil der) (?:\w+ )?(?:benutzern?|nutzern?|anwendern?|druckern?|rechnern?|geraten?|mitarbeitern?|arbeitsplatzen?|standorten?|warteschlangen?)\b`,
  ],
  waits: [String.raw`\berst (?:dann )?(?:wenn|sobald|nach|nachdem|ab)\b`],
  // A fault denied as still going on: the frame of denial, then "still" and the fault.
  denials: [
    // C286: a closing label and what the user can do: "Abschluss: Benutzer kann drucken", "Fazit: die Kundin kann sich wieder anmelden".
    String.raw`^(?:abschluss|abschlussvermerk|abschlussnotiz|fazit|ergebnis|endergebnis|resultat|endstand)(?: (?:notiz|vermerk|stand))? (?:der |die |das |unser |unsere )?(?!(?:niemand|keiner|keine|kein|nicht|nichts|wir|ich)\b)[\w-]+(?: (?!(?:kann|konnen|nicht)\b)[\w-]+)? (?:kann|konnen) (?:jetzt |nun |wieder |endlich |erfolgreich |auch )*(?:(?!(?:nicht|nie|kein\w*|nur|noch|erst|wenn|sobald|bis|aber|morgen|spater|teilweise|manchmal|zeitweise|uber|via|mit|am|vom|anderen|ersatz\w*)\b)[\w-]+ ){0,4}(?:drucken|scannen|anmelden|einloggen|arbeiten|verbinden|zugreifen|senden|empfangen|mailen|telefonieren|offnen|nutzen|aufrufen|erreichen|speichern|starten|surfen|kopieren|faxen|einwahlen)$`,
    // C56: a double negative: "there is not one printer left that does not print".
    String.raw`\b(?:es gibt|gibt es) (?:[\w-]+ ){0,3}(?:keinen|keine|kein) (?:[\w-]+ ){0,3}(?:mehr )?(?:der|die|das|welcher|welche) nicht (?:mehr )?(?:druckt|drucken|funktioniert|funktionieren|lauft|laufen|geht|gehen)\b`,
    String.raw`\bes ist nicht so dass (?:[\w-]+ ){1,4}(?:noch|immer noch|weiterhin|wieder) [\w-]+`,
  ],
  zeroCounts: [
    // C58: a fault counted as none after its label: "crashes: 0", "occurrences since the fix: 0".
    String.raw`^(?:[\w-]+ ){0,3}(?:absturze|absturz|fehler|ausfalle|storungen|abbruche)(?: (?:seit|nach) [\w -]+)?$`,
    String.raw`^(?:[\w-]+ ){0,3}(?:ereignis(?:se)?|eintrage|vorkommen|ereignis-id)(?: (?!(?:soll|sollte|muss|musste|wird|werden|kann|konnte|noch|nicht|nie|erst|wenn|falls|sobald|zu)\b)[\w-]+){0,3} (?:seit|nach) [\w -]+$`,
  ],
  noes: ['nein', 'nö', 'nee', 'nix'],
  elsewhere: [
    'die ursache liegt',
    'die ursache ist',
    'das problem liegt',
    'das problem ist',
    'das problem sitzt',
    'der fehler liegt',
    'der fehler sitzt',
    'der fehler ist',
    'der fehler kommt',
    'das problem kommt',
    'schuld ist',
  ],
  faults: [
    'kaputt',
    'defekt',
    'down',
    'offline',
    'gestört',
    'fehlerhaft',
    'stürzt',
    'hängt',
    'fehler',
    'probleme',
    'problem',
    'spinnt',
    'zickt',
    'streikt',
    'langsam',
    'geht nicht',
    'funktioniert nicht',
    'läuft nicht',
    'druckt nicht',
  ],
  // C100: an aside of sight asserts what follows it.
  asides: [
    'soweit (?:ich|wir) (?:das )?(?:sehen|erkennen|beurteilen) (?:kann|konnen)',
    'so weit (?:ich|wir) (?:das )?(?:sehen|erkennen|beurteilen) (?:kann|konnen)',
    'soweit ersichtlich',
  ],
  // C101: a clause taken as given is asserted, in a question too.
  presuppositions: ['jetzt , wo', 'jetzt , da', 'jetzt wo', 'nun , da', 'nun da'],
  // C111: good news announced, with something again, tells the fault over.
  goodNews: [
    String.raw`\bgute nachricht\b`,
    String.raw`\b(?:freuen uns|freue mich) ,? (?:ihnen )?mitteilen\b`,
  ],
  again: ['wieder', 'erneut'],
};
