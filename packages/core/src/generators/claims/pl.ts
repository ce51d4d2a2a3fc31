import { ALL_OF_ALL, type ClaimLanguage, W, WE } from './language.js';

const ADV = String.raw`(?:juz|teraz|wreszcie|w koncu|calkowicie|całkowicie|poprawnie|pomyslnie|pomyślnie|ostatecznie|nie|znowu|znow|ponownie|chyba|tez|też|faktycznie)`;
const FIXED = String.raw`(?:rozwiązany|rozwiązana|rozwiązane|naprawiony|naprawiona|naprawione|usunięty|usunięta|usunięte|załatwiony|załatwiona|załatwione|przywrócony|przywrócona|przywrócone|zamknięty|zamknięte|zamknięta|w porządku|ok|sprawny|sprawna|sprawne|dostępny|dostępna|dostępne|wyeliminowany|wyeliminowana|wyeliminowane|zlikwidowany|zlikwidowana|zlikwidowane|opanowany|opanowana|opanowane|zażegnany|zażegnana|zażegnane|odblokowany|odblokowana|odblokowane)`;
// "rozwiązany częściowo": the partial word after a participle is taken into the match, where it
// negates it like a negation in the verb group would.
const PARTLY = String.raw`(?: (?:\S+ )?(?:częściowo|po części|prawie))?`;
// "wszystko działa poza drukowaniem", "błąd zniknął tylko na jednym komputerze": the exception after
// a claim is taken into the match, where its word limits it like a negation would.
const EXCEPT = String.raw`(?: (?:\S+ ){0,3}?(?:poza|oprócz|wyjątkiem|tylko|jedynie))?`;
const WORKS = String.raw`(?:działa|działają|drukuje|drukują|łączy się|łączą się|uruchamia się|uruchamiają się|startuje|synchronizuje(?: się)?|synchronizują(?: się)?|wysyła|wysyłają|odbiera|odbierają|otwiera się|otwierają się|loguje się|logują się|chodzi|chodzą|przychodzi|przychodzą|dochodzi|dochodzą|pracuje|pracują|funkcjonuje|funkcjonują|przebiega|przebiegają|ładuje się|ładują się|wczytuje się|odpowiada|odpowiadają|skanuje|skanują|zapisuje|kopiuje|śmiga|śmigają|hula|hulają|wyświetla się|zapisuje się|wychodzi|wychodzą|idzie|idą)`;
// How a thing works when the note says it works as it should: "poprawnie", "bez (żadnych) problemów",
// "jak należy", "w normalnym trybie".
// C243: also "perfekcyjnie", "nienagannie": "od restartu komputer chodzi cały czas perfekcyjnie".
const MANNER = String.raw`(?:perfekcyjnie|nienagannie|wzorowo|bez pudła|poprawnie|prawidłowo|normalnie|stabilnie|płynnie|sprawnie|dobrze|świetnie|idealnie|doskonale|niezawodnie|bezbłędnie|bezproblemowo|bez zarzutu|jak należy|jak trzeba|jak powinien|jak powinna|jak powinno|jak powinny|jak dawniej|jak wcześniej|jak przedtem|jak zawsze|jak nowy|jak nowa|jak nowe|jak złoto|jak w zegarku|w normalnym trybie|w trybie normalnym|bez (?:żadnych |najmniejszych |większych )?(?:problemów|problemu|błędów|błędu|zakłóceń|przerw|kłopotów|zastrzeżeń|opóźnień|przeszkód|zacięć|awarii|komplikacji))`;
// Good states that "again" turns into a claim: "jest znowu dostępny", "z powrotem online".
const GOOD = String.raw`(?:dostępn\S*|osiągaln\S*|stabiln\S*|sprawn\S*|aktywn\S*|czynn\S*|widoczn\S*|połączon\S*|online|w sieci|w użyciu|w pełni sprawn\S*|operacyjn\S*|na chodzie|w porządku|w normie)`;
const AGAIN = String.raw`(?:znowu|znów|ponownie|z powrotem|na nowo|od nowa)`;
// What a person can do again: "może znowu pracować", "jest w stanie się zalogować".
const DO = String.raw`(?:przywrócić|rozwiązać|naprawić|usunąć|wyeliminować|odzyskać|ustabilizować|odblokować|(?:się )?(?:zalogować|logować|połączyć|łączyć|zsynchronizować)|pracować|drukować|wydrukować|korzystać|skorzystać|używać|skanować|wysyłać|wysłać|odbierać|odebrać|wejść|wchodzić|dostać się|pisać|czytać|odczytać|zapisać|zapisywać|dzwonić|oglądać)`;
const ABLE = String.raw`(?:może|mogą|można|jest w stanie|są w stanie|potrafi|potrafią|da się|udaje (?:\S+ )?się|udało (?:\S+ )?się)`;
// Words between "can" and what can be done that are not a try: "może spróbować ponownie się zalogować" is advice.
const BETWEEN = String.raw`(?:(?!spróbować|próbować|spróbuje|sprobowac|probowac)\S+ )`;
const AGAIN_OR_NOW = String.raw`(?:${AGAIN}|już|teraz|normalnie|swobodnie|bez (?:żadnych )?(?:problemów|problemu|przeszkód|kłopotów|ograniczeń))`;
const SYMPTOM_PAST = String.raw`(?:pojawił|wystąpił|wyświetlił|zawiesił|rozłączył|wywalił|powtórzył|zdarzył|zaciął|wyskoczył|zerwał|zablokował|wyłączył|zrestartował|pokazał)(?:a|o|y)?`;
// Symptoms that stop: "już się nie pojawia", "przestało się wyświetlać".
// C246: also "urywa", "gaśnie", "laguje": "połączenia już się nie urywają".
const SYMPTOM_VERB = String.raw`(?:urywa|urywają|rwie|rwą|gaśnie|gasną|mruga|mrugają|migocze|zamarza|zamarzają|laguje|lagują|tnie|tną|ucina|ucinają|wylogowuje|wylogowują|odłącza|odłączają|wypada|wypadają|muli|mulą|przycina|przycinają|wyrzuca|wyrzucają|występuje|występują|pojawia|pojawiają|wyświetla|wyświetlają|zawiesza|zawieszają|rozłącza|rozłączają|wywala|wywalają|crashuje|zrywa|zrywają|blokuje|blokują|wyskakuje|wyskakują|powtarza|powtarzają|zdarza|zdarzają|zacina|zacinają|sypie|psuje|psują|wyłącza|wyłączają|restartuje|resetuje|zamyka|zamykają|przerywa|gubi|gubią|rozłączało|pokazuje|pokazują)`;
// C309: also "wysypywać", "wykrzaczać", "wieszać": "ERP przestał się wysypywać przy otwieraniu faktur".
const SYMPTOM_INF = String.raw`(?:wysypywać|wykrzaczać|wieszać|mulić|lagować|urywać|wylogowywać|odłączać|wyrzucać|występować|pojawiać|wyświetlać|zawieszać|rozłączać|wywalać|crashować|zrywać|blokować|wyskakiwać|powtarzać|zdarzać|zacinać|sypać|psuć|wyłączać|restartować|resetować|zamykać|przerywać|gubić|pokazywać)`;
const SYMPTOM = String.raw`(?:błąd|błędu|błędy|błędem|komunikat|komunikaty|ostrzeżenie|ostrzeżenia|okienko|okno|problem|problemy|awaria|awarie|usterka|usterki|kłopot|kłopoty|zakłócenia|przerwy|objawy|alert|alerty|monit|crash|crashe|zawieszanie|zawieszenia|zacinanie|rozłączenia|rozłączanie|wyskakujące okienko|popup|pop-up)`;
const SYMPTOM_STEM = String.raw`(?:błęd|błąd|usterk|awari|problem|kłopot|komunikat|ostrzeżeni|zakłóceni|przerw)\S*`;
const GONE = String.raw`(?:zniknął|zniknęła|zniknęło|zniknęły|znikł|znikła|znikło|znikły|ustąpił|ustąpiła|ustąpiło|ustąpiły|ustał|ustała|ustało|ustały|minął|minęła|minęło|minęły|skończył się|skończyła się|skończyło się|skończyły się|przeszedł|przeszła|przeszło|odszedł)`;

/** Polish. */
export const PL: ClaimLanguage = {
  name: 'pl',
  claims: [
    // C191: the problem told as a thing of the past: "problem należy do przeszłości", "to już historia".
    String.raw`${W}(?:ten |ta )?(?:problem|błąd|usterka|awaria) (?:to już |już |należy już |należy |jest już )?(?:do przeszłości|przeszłość|historia|za nami)${WE}`,
    // C206: a named function restored, with "again" and its own verb: "centrala znowu przekierowuje połączenia", "faktury znowu się drukują".
    String.raw`${W}(?:znowu|znów|ponownie|z powrotem) (?:(?!(?:nie|ani)${WE})\S+ ){0,2}?(?:przekierowuje|przekierowują|przełącza|przełączają|drukują się|drukuje się|się drukują|się drukuje|się mapuje|się mapują|mapuje się|się synchronizuje|się synchronizują|synchronizuje się|księguje|księgują|wystawia|wystawiają|rozsyła|przesyła|się skanuje|się skanują)${WE}(?! (?:się )?(?:tylko|jedynie|czy)${WE})`,
    // C207: it works on every device: "kalendarz synchronizuje się na wszystkich telefonach".
    String.raw`${W}(?<!nie )(?:synchronizuje się|synchronizują się|działa|działają|uruchamia się|uruchamiają się|otwiera się|startuje|loguje się) (?:(?!(?:nie|ani)${WE})\S+ )?na (?:wszystkich|każdym) (?:telefonach|komputerach|stanowiskach|urządzeniach|laptopach|pc|maszynach|telefonie|komputerze|stanowisku|urządzeniu)${WE}(?! (?:poza|oprócz|z wyjątkiem)${WE})`,
    // C208: by itself, at logon: "dysk sieciowy sam się mapuje przy logowaniu".
    String.raw`${W}(?<!nie )(?:sam|sama|samo|same|automatycznie) (?:się )?(?:mapuje|mapują|podłącza|podłączają|montuje|montują|łączy|loguje|synchronizuje)(?: się)?${WE}(?! (?:tylko|jedynie|czy)${WE})`,
    // C209: stays connected all day: "VPN trzyma połączenie cały dzień", "cały dzień bez rozłączeń".
    String.raw`${W}(?<!nie )(?:trzyma|utrzymuje|trzymał|trzymało) (?:połączenie|sygnał|zasięg|łącze) (?:przez )?(?:cały dzień|całą dobę|bez przerwy|bez rozłączeń)${WE}`,
    String.raw`${W}(?:cały dzień|całą dobę) bez (?:\S+ )?(?:rozłączeń|rozłączenia|zerwań|zerwania|przerw|dropów)${WE}`,
    // C210: opens straight away without the prompt: "Outlook otwiera się od razu, bez pytania o profil".
    String.raw`${W}(?<!nie )(?:otwiera się|uruchamia się|startuje|loguje się|wchodzi) (?:\S+ ){0,2}?(?:od razu|bezpośrednio|prosto|od ręki)(?: \S+){0,3}?,? bez (?:pytania|monitu|okna|wyboru|prośby|wpisywania)${WE}`,
    // C211: faster than ever: "szybciej niż kiedykolwiek", "jak nigdy dotąd".
    String.raw`${W}(?:szybciej|lepiej|stabilniej|sprawniej|szybszy|szybsza|szybsze),? niż kiedykolwiek${WE}`,
    String.raw`${W}(?:szybko|stabilnie|sprawnie|dobrze) jak nigdy (?:dotąd|wcześniej)?`,
    // C212: better than before the update: "działa lepiej niż przed aktualizacją".
    String.raw`${W}(?:lepiej|szybciej|stabilniej|sprawniej|płynniej),? niż (?:przed|sprzed) (?:aktualizacją|aktualizacji|awarią|awarii|problemem|zmianą|wymianą|updatem|aktualizacja)${WE}`,
    // C213: as good as new: "jak spod igły", "jak nówka".
    String.raw`${W}(?:jak|niczym) (?:spod igły|nówka|nowiutki|nowiutka|nowiutkie|prosto z fabryki|prosto ze sklepu)${WE}`,
    // C214: a third party vouches that it works: "dostawca potwierdził, że licencja jest aktywna".
    String.raw`${W}(?:potwierdził|potwierdziła|potwierdzili|mówi|twierdzi|zgłosił|zgłosiła),? że (?:licencja|subskrypcja|klucz) (?:jest |została )?(?:aktywna|aktywowana|aktywny|ważna)${WE}`,
    // C215: the monitoring all green since a time: "monitoring od 9:00 pokazuje wszystko na zielono".
    String.raw`${W}(?:pokazuje|pokazują|świeci|świecą|jest|są) (?:wszystko|wszystkie|całość) (?:na zielono|zielone)${WE}(?! (?:poza|oprócz|tylko)${WE})`,
    // C216: delivery back to normal, all delivered: "doręczalność z ostatnich 24 godzin 100 %".
    String.raw`${W}(?:doręczalność|dostarczalność|dostarczono|doręczono|skuteczność doręczeń)(?: \S+){0,5} 100(?![\p{N}])(?! ?tomark)`,
    // C217: not one ticket since a day, the devices stable: "od poniedziałku ani jednego zgłoszenia".
    String.raw`${W}od \S+ ani (?:jednego|jednej) (?:zgłoszenia|ticketu|skargi|reklamacji)${WE}`,
    // C218: closing boilerplate over a settled matter: "ponieważ sprawa została rozwiązana, zamykamy zgłoszenie".
    String.raw`${W}(?:ponieważ|jako że|skoro|wobec tego,? że|z uwagi na to,? że) (?:sprawa|problem|kwestia|zgłoszenie|usterka) (?:\S+ )?(?:została|został|zostało|jest) (?:rozwiązan\S*|załatwion\S*|wyjaśnion\S*|usunięt\S*)${WE}`,
    // C219: the prints come out clean: "wydruki wychodzą czyste".
    String.raw`${W}(?:wydruki|wydruk|kopie|kopia|skany|strony) (?:znowu |już |teraz |znów )?(?:wychodzą|wychodzi|są) (?:czyste|czysty|czysta|wyraźne|wyraźny|ostre|ostry|bez smug)${WE}`,
    // C220: chat style: "wszystko śmiga :)", "synchro działa git".
    String.raw`${W}(?:działa|śmiga|chodzi|działają) (?:git|spoko|elegancko|super|sztos|na medal)${WE}(?! (?:ale|tylko|czy)${WE})`,
    // C240: the device takes every page: "Skaner teraz wciąga każdą stronę", "każda kartka przechodzi bez zacięć".
    String.raw`${W}(?<!nie )(?:wciąga|wciągają|pobiera|pobierają|zaciąga|zaciągają|łapie|łapią|bierze|biorą|skanuje|skanują|czyta|czytają|odczytuje|odczytują|wczytuje|wczytują|przyjmuje|przyjmują|przeciąga|przeciągają)(?: (?:już|teraz|znowu|znów|ładnie|bez problemu|bez problemów|poprawnie|prawidłowo|bez zacięć|normalnie|elegancko|grzecznie))* (?:każdą|każdy|wszystkie|całą|cały) (?:\S+ )?(?:stron\S*|kartk\S*|kartek|arkusz\S*|dokument\S*|list\S*|stronic\S*|plik\S*)${WE}(?! (?:poza|oprócz|z wyjątkiem|tylko|jedynie)${WE})`,
    String.raw`${W}(?<!nie )(?:każda|każdy|wszystkie) (?:\S+ )?(?:strona|strony|kartka|kartki|arkusz|arkusze|stronica|stronice) (?:\S+ ){0,3}?(?:wchodzi|wchodzą|przechodzi|przechodzą|się wczytuje|się wczytują|wczytuje się|wczytują się|się skanuje|się skanują|skanuje się|skanują się|jest pobierana|są pobierane|jest wciągana|są wciągane|wciąga się|wciągają się)${WE}(?! (?:poza|oprócz|z wyjątkiem|tylko|jedynie)${WE})`,
    // C244: a good state now, after no complaints: "Nie narzekam, internet w biurze jest teraz bardzo dobry".
    String.raw`${W}(?<!nie )(?:jest|są) (?:(?:już|teraz|wreszcie|znowu|znów) )+(?:bardzo |naprawdę |całkiem |super |wprost )?(?:dobry|dobra|dobre|świetny|świetna|świetne|szybki|szybka|szybkie|stabilny|stabilna|stabilne|idealny|idealna|idealne|doskonały|doskonała|doskonałe|perfekcyjny|perfekcyjna|perfekcyjne|rewelacyjny|rewelacyjna|rewelacyjne|bez zarzutu)${WE}(?! (?:poza|oprócz|tylko|jedynie|ale)${WE})`,
    // C247: a hedged claim that still asserts: "Chyba naprawione", "wygląda na to, że już śmiga".
    String.raw`${W}(?:chyba|raczej|wygląda na to,? że|na to wygląda,? że|wszystko wskazuje na to,? że|wygląda na) (?:(?:już|teraz|wreszcie|w końcu) )?(?:naprawione|naprawiony|naprawiona|rozwiązane|rozwiązany|rozwiązana|załatwione|ogarnięte|śmiga|śmigają|ok|w porządku|po problemie|po sprawie)${WE}`,
    // C249: the line measured clean and sound: "łącze jest zdrowe", "bez strat pakietów".
    String.raw`${W}(?:łącze|łącza|linia|link|sieć|połączenie|kanał)(?: (?!nie${WE})\S+)? (?:jest |są )?(?:(?:już|teraz|znowu|znów|całkowicie) )*(?:zdrowe|zdrowa|zdrowy|czyste|czysta|czysty)${WE}(?! (?:poza|oprócz|tylko|ale)${WE})`,
    String.raw`${W}(?:bez (?:żadnych )?|zero |0 )(?:strat|utraconych|zgubionych|straconych|gubionych) pakiet\S*`,
    // C172: it does its job after the work: "robi, co do niego należy", "robi swoje".
    // "nich" is written so that it is no word of the pattern: every such word is kept from the
    // typo repair, which reads the German "nich" as "nicht" (and "z nich" then as "z nicht").
    String.raw`${W}(?:(?:robi|robią|wykonuje|wykonują)(?: \S+)? )?co do ni(?:ego|ej|cht?) należy${WE}`,
    String.raw`${W}(?:robi|robią) swoje${WE}`,
    // C174: a count of all done with success: "12/12 zadań synchronizacji na zielono", "5/5 testów udanych".
    String.raw`${ALL_OF_ALL}(?: (?!(?:nie|jeszcze|ale|tylko|poza|oprócz)${WE})\S+){0,4} (?:na zielono|zielon\S*|udan\S*|zakończon\S* sukcesem|z sukcesem|przeszł\S*|zaliczon\S*|ok)${WE}(?! (?:nie|ale|tylko|poza|oprócz)${WE})`,
    // C175: back in form, the calls clear: "Teams wrócił do formy", "rozmowy są krystalicznie czyste".
    String.raw`${W}wróci(?:ł|ła|ło|ły|li) do (?:formy|dawnej formy|pełnej formy|życia|normy|siebie)${WE}`,
    // C300: not "znowu czyste tylko w biurze", a limit after it.
    String.raw`${W}(?:krystalicznie|kryształowo|idealnie|znowu|znów|ponownie) (?:czyst\S*|wyraźn\S*)${WE}(?! (?:\S+ )?(?:tylko|jedynie|poza|oprócz)${WE})`,
    // C176: praise in slang: "Wi-Fi teraz sztos", "śmiga", "zero lagów".
    String.raw`${W}(?:sztos|sztosik|petarda|bajka|miodzio|śmiga|śmigają|zasuwa|zasuwają|pruje|mknie)${WE}`,
    // C178: no more whims, payments go smoothly: "przestał fiksować", "płatności idą gładko".
    String.raw`${W}przesta(?:ł|ła|ło|ły|li) (?:fiksować|wariować|świrować|szaleć|grymasić|kaprysić|marudzić|strajkować|się buntować|robić (?:problemy|fochy|numery|psikusy)|się wieszać|się zawieszać|się sypać)${WE}`,
    String.raw`${W}(?:płatności|transakcje|wydruki|zadania|połączenia|rozmowy|skany|maile|synchronizacje) (?:\S+ )?(?:idą|przechodzą|lecą|śmigają|chodzą) (?:gładko|płynnie|bez problemu|bez problemów|bez zająknięcia|jak po maśle|jak złoto)`,
    // C182: stable since the change, as a note: "VPN stabilny od rekonfiguracji".
    String.raw`${W}(?:stabiln\S*|bez zarzutu|bez przerw|bez zerwań) od (?:\S+ )?(?:rekonfiguracj\S*|wymian\S*|aktualizacj\S*|restart\S*|zmian\S*|naprawy|interwencji|poprawki|przeinstalowani\S*|konfiguracj\S*|podmian\S*|reinstalacj\S*)`,
    // C145: an end to the fault: "Koniec z przerywaniem rozmów na Teams".
    String.raw`(?<!(?:nie|czy|jeszcze|może|oby|liczymy że|mamy nadzieję że) )${W}koniec z (?:\S+ )?(?:przerywaniem|zrywaniem|rozłączaniem|zawieszaniem|zawieszkami|zacinaniem|przycinaniem|błędami|restartami|lagami|wywalaniem|rozłączeniami|zwiechami)${WE}`,
    // C146: a wait cut to seconds, told of the present: "teraz dziesięć sekund".
    String.raw`${W}teraz(?: (?:trwa|zajmuje|to|tylko|już|około|jakieś|niecałe|ledwie|raptem|generuje się|ładuje się|otwiera się|startuje))* (?:\d+|kilka|kilkanaście|parę|dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć|piętnaście|dwadzieścia|trzydzieści) sekund[ay]?${WE}(?! (?:dłużej|więcej|dłuższe|za długo)${WE})`,
    // C144: the old fault gone: "Dawne zawieszki monitora zniknęły".
    String.raw`${W}(?:zawieszki|zawieszenia|zwiechy|przycięcia|przycinki|rozłączenia|zrywania|restarty|lagi|przerwy|zacięcia|freezy|crashe|wywałki)(?: (?!nie${WE})\S+){0,6} (?:zniknęły|znikły|ustąpiły|ustały|minęły|przeszły do historii|zostały wyeliminowane|zostały usunięte|są już historią)${WE}`,
    // C274: a page that opens without the warning: "strona ładuje się bez komunikatu o certyfikacie".
    String.raw`${W}(?:otwiera|otwierają|ładuje|ładują|wczytuje|wyświetla|wyświetlają|odpala|uruchamia) się (?:(?:już|teraz|znowu|znów|normalnie) )*bez (?:żadnego |żadnych )?(?:komunikatu|komunikatów|ostrzeżenia|ostrzeżeń|błędu|błędów|monitu|monitów|alertu|alertów|certyfikatu|wyjątku)(?: o certyfika\S*| certyfika\S*| bezpieczeństwa| ssl)?${WE}`,
    // C275: the test after the run passed: "test odtwarzania się powiódł", "Test przywracania zakończony sukcesem".
    String.raw`${W}(?:test|próba|testy|próby|testowe) (?:odtwarzania|przywracania|odtworzenia|przywrócenia|restore|backupu|kopii|wydruku|połączenia|drukowania|odzyskiwania)(?: (?!nie${WE})\S+){0,2}? (?:się )?(?:powiódł|powiodła|powiodło|powiodły|udał|udała|udało|udały|zakończył się sukcesem|zakończyła się sukcesem|zakończony sukcesem|zakończona sukcesem|przeszedł|przeszła|przeszły|wypadł pomyślnie|wypadła pomyślnie|pomyślny|pomyślna|zaliczony|zaliczona)${WE}`,
    // C276: card payments go through again: "Płatności kartą przechodzą już bez problemu".
    String.raw`${W}(?:płatności|płatność|transakcje|transakcja|blik|zbliżeniówki)(?: kartą| kartami| zbliżeniowe| zbliżeniowa| bezgotówkowe)? (?:(?:znowu|znów|już|ponownie|teraz) )+(?:przechodzą|przechodzi|wchodzą|wchodzi|działają|działa|idą|idzie)${WE}`,
    String.raw`${W}(?:płatności|płatność|transakcje|transakcja|blik|zbliżeniówki)(?: kartą| kartami| zbliżeniowe| zbliżeniowa| bezgotówkowe)? (?:przechodzą|przechodzi|wchodzą|wchodzi|idą|idzie) (?:(?:już|znowu|znów|teraz) )*(?:bez problemu|bez problemów|normalnie|poprawnie|bez zarzutu|bez błędów)${WE}`,
    // C278: back online, and the work goes on: "da się znowu wpisywać zamówienia", "magazyn wprowadza już zamówienia".
    String.raw`${W}(?<!nie )da się (?:(?:znowu|znów|już|ponownie|normalnie) )*(?:wpisywać|wprowadzać|księgować|wystawiać|przyjmować|realizować|składać) (?:\S+ )?(?:zamówienia|zamówień|faktury|faktur|dokumenty|zlecenia|wz)${WE}`,
    String.raw`${W}(?:(?:już|znowu|znów|ponownie|teraz|normalnie) )+(?:wprowadza|wprowadzają|wpisuje|wpisują|księguje|księgują|wystawia|wystawiają|realizuje|realizują|może wprowadzać|mogą wprowadzać|może przyjmować|mogą przyjmować) (?:\S+ )?(?:zamówienia|faktury|dokumenty|zlecenia|wz)${WE}`,
    String.raw`${W}(?<!nie )(?:wprowadza|wprowadzają|wpisuje|wpisują|księguje|księgują|wystawia|wystawiają|realizuje|realizują) (?:(?:już|znowu|znów|ponownie|normalnie) )+(?:zamówienia|faktury|dokumenty|zlecenia|wz)${WE}`,
    // C279: every machine gets its address now: "wszystkie laptopy dostają teraz adres z DHCP".
    String.raw`${W}(?:wszystkie|wszystkich|każdy|każda|każde|cała|całe)(?: \d+)? (?:komputer\S*|laptop\S*|stanowisk\S*|urządze\S*|drukark\S*|telefon\S*|maszyn\S*|pc|pecet\S*|host\S*|klient\S*|stacj\S*)(?: (?!nie${WE})\S+){0,2}? (?:(?:już|teraz|znowu|znów|poprawnie|prawidłowo|normalnie|bez problemu) )*(?:dostaje|dostają|pobiera|pobierają|otrzymuje|otrzymują|łapie|łapią|bierze|biorą|dostało|dostały) (?:\S+ ){0,2}?(?:adres\S*|ip|ipki|dhcp)${WE}`,
    // C280: names resolve again: "DNS znowu rozwiązuje nazwy w oddziałach"; not "DNS poprawnie rozwiązuje
    // nazwę, więc to nie jest przyczyna", a cause ruled out.
    String.raw`${W}(?:znowu|znów|ponownie|z powrotem) (?:\S+ )?(?:rozwiązuje|rozwiązują|rozwiązuje nazwy|resolwuje|resolwują|odpowiada na zapytania|odpowiadają na zapytania|tłumaczy nazwy)${WE}`,
    // C300: the calls clear again, the sound too: "rozmowy znów są czyste", "dźwięk na wideokonferencjach jest znowu wyraźny".
    String.raw`${W}(?:rozmowy|rozmowa|połączenia|dźwięk|głos|audio|wideokonferencje|wideorozmowy|jakość (?:rozmów|dźwięku|połączeń|głosu))(?: (?!(?:nie|ani|czy)${WE})\S+){0,3}? (?:znowu|znów|ponownie|już|teraz) (?:(?:są|jest|brzmią|brzmi) )?(?:czyste|czysty|czysta|czysto|wyraźne|wyraźny|wyraźna|wyraźnie|klarowne|klarowny|klarowna|bez (?:zakłóceń|trzasków|szumów|echa|przerywania|przerw))${WE}(?! (?:tylko|jedynie|poza|oprócz)${WE})`,
    // C149: a device doing its work again, payments already through: "Terminal znowu przyjmuje karty", "Rejestrator znowu nagrywa", "przeszło już kilka transakcji".
    String.raw`${W}(?:znowu|znów|ponownie|z powrotem) (?:przyjmuje|akceptuje|nagrywa|nagrywają|przyjmują|drukuje etykiety|skanuje|czyta karty|wydaje paragony|przepuszcza)${WE}(?! (?:\S+ )?(?:puste|błędy|błędem|tylko|jedynie|z błędami|podwójnie|śmieci|krzaki)${WE})`,
    String.raw`${W}przeszł[oay] (?:już )?(?:kilka|kilkanaście|parę|wiele|\d+) (?:transakcji|płatności|zamówień|sprzedaży|paragonów)${WE}`,
    // C156: answering since a time: "strona odpowiada od 15:00".
    String.raw`${W}(?:strona|serwis|poczta|maile|aplikacja|system|vpn|sklep|portal|serwer) (?:\S+ )?(?:odpowiada|działa|dochodzi|dochodzą|przychodzą|ładuje się|otwiera się|chodzi) od (?:\d+(?::\d+)?|godziny \d+|rana)${WE}`,
    // C137: idioms of "I think we nailed it": "Chyba mamy to", "No i mamy to!".
    String.raw`(?:^|${W}(?:chyba|no i|wreszcie|w końcu|i) )mamy to(?: ?!)?$`,
    // C128: the customer invited to mark or close the ticket: "Można oznaczyć zgłoszenie jako zrealizowane".
    String.raw`${W}(?:można|możecie|mogą państwo|może pan|może pani|proszę) (?:już )?(?:oznaczyć|oznaczać|zamknąć) (?:\S+ ){0,2}jako (?:zrealizowane|zrealizowany|zrealizowana|rozwiązane|rozwiązany|rozwiązana|zamknięte|zamknięty|wykonane|wykonany|załatwione|zakończone|zakończony)${WE}`,
    String.raw`${W}(?:można|możecie|mogą państwo|może pan|może pani) już zamknąć (?:\S+ )?(?:zgłoszenie|ticket|zlecenie|sprawę)${WE}`,
    // C129: a run completed without warnings or errors: "Nocny backup zakończył się bez ostrzeżeń".
    String.raw`${W}(?:zakończył|zakończyła|zakończyło|zakończyły|przeszedł|przeszła|przeszło|wykonał|wykonała|wykonało) się (?:\S+ )?bez (?:żadnych |jednego )?(?:ostrzeżeń|ostrzeżenia|błędów|błędu)${WE}`,
    String.raw`${W}(?:zakończony|zakończona|zakończone|wykonany|wykonana|wykonane|ukończony|ukończona|ukończone) bez (?:żadnych |jednego )?(?:ostrzeżeń|ostrzeżenia|błędów|błędu)${WE}`,
    // C136: everyone can do the task again: "wszyscy mogą znowu wystawiać faktury".
    String.raw`${W}(?:wszyscy|każdy|cały zespół|całe biuro) (?:(?:znowu|znów|ponownie|już) )?(?:mogą|może|są w stanie|jest w stanie) (?:(?:znowu|znów|ponownie|już|normalnie|bez problemu|z powrotem) )+\S+`,
    String.raw`${W}(?:wszyscy|każdy|cały zespół|całe biuro) (?:znowu|znów|ponownie|już) (?:mogą|może|są w stanie|jest w stanie) \S+`,
    // C22: activated: the program starts without asking for activation.
    String.raw`${W}(?:uruchamia się|startuje|otwiera się|działa) bez (?:prośby|monitu|pytania|komunikatu|żądania) o (?:aktywację|licencję|aktywowanie)${WE}`,
    // C138: monitoring state: green ticks everywhere.
    String.raw`${W}(?:wszędzie|wszystko na|same|wszystkie (?:checki|statusy|kontrolki)) (?:zielone|zielono)(?: (?:ptaszki|checki|fajki|znaczniki|statusy))?${WE}`,
    // C125: normal operation stated as confirmed, in the formal register: "Normal operation has been confirmed".
    String.raw`${W}potwierdzono prawidłowe działanie${WE}`,
    // C126: as good as its peers: "works just like every other laptop in the office", "same speed as the rest".
    String.raw`${W}(?:działa|chodzi)(?: \S+){0,2} tak samo jak pozostałe${WE}`,
    String.raw`${W}taką samą prędkość jak w reszcie${WE}`,
    // C114: every job of a run told as successful: "every backup job succeeded last night".
    String.raw`${W}(?:wszystkie|każde|każda|każdy)(?: (?!nie )\S+){0,3} (?:kopie|kopia|zadania|zadanie|backupy?|joby?|testy?)(?: (?!nie )\S+){0,3} (?:zakończył\S* się (?:sukcesem|powodzeniem|pomyślnie)|przeszł\S* pomyślnie|powiodł\S* się|udał\S* się)`,
    // C116: the good state as an attribute: "the now-working VPN", "das wieder funktionierende Profil".
    String.raw`${W}(?:już|znów|ponownie) (?:działając\S*|sprawn\S*)`,
    // C117: working as it did before the fault: "works exactly as before the update".
    String.raw`${W}(?:działa|działają|chodzi)(?: \S+){0,2} (?:tak samo |dokładnie )?jak przed (?:aktualizacj|awari|zmian|problem)\S*`,
    // C102, C104, C105, C106, C107, C109, C110: "jak ta lala".
    String.raw`${W}(?:zrobił|zrobila|zrobiło|zrobil|zrobilo) swoje${WE}`,
    String.raw`${W}mamy z głowy${WE}`,
    String.raw`^ze (?:udało|udalo) sie (?:to |nam )?(?:ogarnac|rozwiazac|naprawic|załatwic|zalatwic)${WE}`,
    String.raw`${W}(?:tak|rownie) (?:szybkie|szybki|szybko|stabilne|stabilny) jak przed (?:aktualizacja|awaria|zmiana)${WE}`,
    String.raw`${W}(?:otwiera|ładuje|laduje|łaczy|laczy)(?: sie)?(?: [\p{L}-]+){0,3} (?:teraz |juz )?(?:od razu|natychmiast|błyskawicznie|blyskawicznie)${WE}`,
    String.raw`${W}(?:klient|klientka|użytkownik|uzytkownik)(?: [\p{L}-]+){0,3} potwierdził\p{L}*(?: [\p{L}-]+){0,2} , ze (?!(?:\p{L}+ ){0,6}(?:nie|nadal|wciaz)${WE})`,
    String.raw`${W}jak ta lala${WE}`,
    String.raw`${W}mapuje sie (?:juz |teraz )?na (?:każdym|kazdym|wszystkich)${WE}`,
    // C90, C91: "0 nieudanych logowań", "utrata pakietów spadła do 0 %".
    String.raw`${W}(?:utrat|strat)\p{L}*(?: [\p{L}\p{N}-]+){0,5} (?:do|na|teraz|tomark) 0\b(?! (?:to|tomark|a|naar|para|al|auf|do|till|до|الى)\b)`,
    // C96: "Pani Kasia znów może wystawiać faktury", "skanery normalnie dostają IP", "łączy się teraz bez ostrzeżeń".
    String.raw`${W}(?:znow|znowu|ponownie|juz|wreszcie) (?:moze|moga|mozna|jest w stanie|sa w stanie)(?: sie)? (?:\p{L}+(?:ac|ic|yc|ec|owac))${WE}`,
    String.raw`${W}(?:normalnie|poprawnie|prawidłowo|prawidlowo|bez problemu|bez problemow|znow|ponownie) (?:dostaja|dostaje|otrzymuja|otrzymuje|pobieraja|pobiera) (?:ip|adres|adresy)${WE}`,
    String.raw`${W}(?:łaczy|laczy|łacza|lacza|uruchamia|otwiera|drukuje|synchronizuje|loguje)(?: sie)?(?: [\p{L}-]+){0,2} (?:teraz |juz |znow |ponownie )?bez (?:\p{L}+ )?(?:ostrzezen|błedow|bledow|problemow|komunikatow|przerw|zaciec)${WE}`,
    // C83: speed back to normal or better than before the fault; messages that arrive as they should
    // now; a test run that came out clean ("printed two batches without skipping a label").
    String.raw`${W}(?:szybciej|stabilniej|sprawniej) niż (?:przed|przedtem|wcześniej)${WE}`,
    String.raw`(?<!nie )${W}(?:wrócił|wróciła|wróciło|wróciły) do (?:normalnej|zwykłej|pełnej) (?:prędkości|wydajności|szybkości)${WE}`,
    String.raw`${W}(?:wydrukował|wydrukowała|wydrukowało|wydrukowały)(?: \S+){0,3} bez (?:przeskakiwania|błędów|problemów|zacięć|pomyłek)${WE}`,
    // C80: the output right again, and the phone registered again with its calls going through:
    // "invoices come out with the correct logo again", "the desk phone registers with the PBX again".
    String.raw`${W}(?:znów|znowu|ponownie) (?:się )?(?:rejestruje|rejestrują)(?: się)?${WE}`,
    String.raw`${W}(?:połączenia|rozmowy) (?:\S+ )?działają w obie strony${WE}`,
    String.raw`${W}(?:znów|znowu|ponownie) (?:wychodzą|wychodzi|drukują się|drukuje się)(?: \S+){0,3} (?:poprawn\S*|właściw\S*|prawidłow\S*)`,
    // C64: the consequence that implies the fix: a run printed without a hitch, the queues drain
    // and prints come out in seconds.
    String.raw`${W}bez (?:najmniejszego|żadnego|jednego|najmniejszych|żadnych) (?:problemu|zgrzytu|zacięcia|błędu|kłopotu|potknięcia|problemów)(?: \S+){0,2} (?:wydrukował\S*|zeskanował\S*|wysłał\S*|przeszł\S*|przeszedł)`,
    String.raw`${W}(?:wydrukował\S*|zeskanował\S*|wysłał\S*|przeszł\S*|przeszedł)(?: \S+){0,8} bez (?:najmniejszego|żadnego|jednego|najmniejszych|żadnych) (?:problemu|zgrzytu|zacięcia|błędu|kłopotu|potknięcia|problemów)${WE}`,
    String.raw`${W}kolejk\S*(?: \S+){0,3} (?:opróżniają|opróżnia|rozładowują|rozładowuje) się (?:\S+ )?(?:normalnie|prawidłowo|sprawnie|płynnie|bez problemu|znowu|znów)${WE}`,
    String.raw`${W}(?:wydruki|dokumenty|zadania|strony) (?:\S+ )?(?:wychodzą|są drukowane|drukują się) (?:w|po|w ciągu) (?:kilka|kilku|paru|\d+) sekund`,
    // C66: the monitoring green since the fix: "świeci się na zielono w naszym panelu monitoringu".
    String.raw`${W}(?:świeci|świecą|jest|są|pali) (?:się )?(?:znów |znowu |ponownie )?na zielono(?: \S+){0,5} (?:monitoring\S*|panel\S*|dashboard\S*|zabbix\S*|prtg|nagios)`,
    String.raw`${W}(?:znów|znowu|ponownie|wreszcie) (?:\S+ )?na zielono${WE}`,
    // C67: a customer quoted saying it works: "Nareszcie drukuje, wielkie dzięki!".
    String.raw`${W}(?:nareszcie|wreszcie|w końcu) (?:znowu |znów |już )?(?:drukuje|drukują|działa|działają|mogę drukować|da się drukować|skanuje)${WE}`,
    // C52: status shorthand after the fix: "Spooler OK post-fix", "back in prod", "ticket closed".
    String.raw`${W}ok po (?:fixie|poprawce|naprawie|reinstalacji)${WE}`,
    String.raw`${W}z powrotem (?:na|w) (?:produkcji|prodzie)${WE}`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`${W}wszystkie (?:kolejki|drukarki) (?:drukują|działają)$`,
    // C55: the restoration told as a confirmed noun or passive: "Restoration of printing confirmed".
    String.raw`${W}(?:potwierdzono|potwierdzamy|zweryfikowano) (?:\S+ )?(?:przywrócenie|usunięcie)${WE}(?! (?:\S+ )?(?:częściowe|częściowo|tylko)${WE})`,
    String.raw`(?<!bez (?:\S+ )?)${W}(?:przywrócenie|rozwiązanie|naprawa|usunięcie)(?: (?!(?:częściowe|częściowo|tylko|musi|zostanie|będzie|ma|nie|jeszcze|gdy|jeśli|może|powinno|powinna|próba)${WE})\S+){0,6} (?:potwierdzon\S*|zweryfikowan\S*|zakończon\S*|wykonan\S*|ukończon\S*)(?! (?:tylko|częściowo|ale)${WE})`,
    // C59: a test page printed with success: "test page printed successfully on every queue".
    String.raw`${W}stron\S* testow\S*(?: (?!(?:musi|zostanie|będzie|ma|nie|jeszcze|gdy|jeśli|może|powinno|powinna)${WE})\S+){0,2} (?:wydrukowan\S*)(?: (?!(?:musi|zostanie|będzie|ma|nie|jeszcze|gdy|jeśli|może|powinno|powinna)${WE})\S+){0,1} (?:poprawnie|prawidłowo|bez błędów|bez problemów|pomyślnie)(?! tylko${WE})`,
    // C60: the fix that did the trick, and the fault gone since: "did the trick, has stayed up since".
    String.raw`${W}załatwił\S* sprawę${WE}`,
    // C50: settled idioms and regional forms of "it works again" ("put to bed", fr-CA "asteure", nl-BE "terug").
    String.raw`${W}(?:bangla|śmiga|hula|chodzi) jak (?:trzeba|należy|złoto|marzenie|ta lala)${WE}`,
    // C47: monitoring green (since the fix): "monitoring has been green across the board".
    String.raw`${W}monitoring (?:\S+ )?(?:świeci|jest|pokazuje) (?:\S+ )?(?:na zielono|zielony)${WE}`,
    // C45: the place of the fault is empty and stays so: "the queue is empty and stays empty".
    String.raw`${W}kolejka(?: \S+){0,2} jest pusta i (?:\S+ )?(?:zostaje|pozostaje)${WE}`,
    // C35: the place of the fault stayed good over a span: "the queue stayed empty all week".
    String.raw`${W}kolejk\S*(?: \S+){0,4} (?:pusta|puste|pusty)(?: \S+)? (?:przez cały|przez całą|cały|całą|od)${WE}`,
    // C38: as good as new, at the end of its part.
    String.raw`(?<!${W}prawie )${W}jak now(?:a|y|e)$`,
    // C29: a formal closure: "Zgłoszenie zostało zrealizowane i może zostać zamknięte".
    String.raw`${W}(?:zgłoszenie|sprawa|zadanie|ticket|incydent|zlecenie)(?: \S+){0,2} (?:zostało|została|został|jest) (?:\S+ )?(?:zrealizowan|obsłużon|załatwion|zakończon)\S*`,
    // "… dopiero po potwierdzeniu", "… gdy …": a closing that waits for something.
    String.raw`${W}(?:może|można|mogą) (?:\S+ )?(?:zostać|być|je|go) (?:\S+ )?(?:zamknięt|zamkną)\S*${WE}(?! (?:\S+ )?(?:dopiero|gdy|kiedy|jeśli|jeżeli|po potwierdzeniu|po weryfikacji)${WE})`,
    // C25: the monitoring green for a time: "Zabbix od dwóch dni na zielono".
    String.raw`${W}(?:zabbix|prtg|nagios|monitoring|dashboard|panel|dziennik|log\S*)(?: \S+){0,4} (?:od|przez) (?:\S+ ){0,3}(?:na zielono|zielon\S*|czyst\S*|bez alertów|bez alarmów)`,
    // C27: as fast as before: "tak szybko jak wcześniej".
    String.raw`(?<!(?:prawie|nie|jeszcze nie) )${W}(?:tak|równie) (?:szybk|płynn|stabiln|sprawn)\S* (?:jak|co) (?:wcześniej|przedtem|dawniej|kiedyś|zawsze|na początku|przed awarią)${WE}`,
    // C26: after several attempts, the last one did it: "dopiero trzecia próba się udała".
    String.raw`${W}(?:trzeci|czwart|piąt|drug|ostatni|kolejn)\S* (?:\S+ )?(?:się udał\S*|zadziałał\S*|pomogł\S*|pomógł|był\S* skuteczn\S*|okazał\S* się skuteczn\S*|zrobił\S* robotę|rozwiązał\S*)`,
    // C20: monitoring says all is well: "wszystko na zielono".
    String.raw`${W}(?:wszystko|wszystkie|wszystkich)(?: \S+){0,6} (?:(?:jest|są|znowu|już|świecą|świeci) )*(?:na zielono|zielone|zielony)${WE}`,
    // C22: an activation told as done: "Office aktywowany".
    String.raw`${W}(?:office|windows|licencj\S*|aplikacj\S*|produkt\S*)(?: \S+){0,2} (?:(?:jest|został|została|zostało|zostały|już) )*aktywowan[yaeo]${WE}`,
    // C15: a job or a step done with success, and the phrases that stand for it.
    String.raw`${W}(?:logują się|loguje się|łączą się|łączy się|drukuje|drukują|synchronizuje|synchronizują)(?: \S+){0,5} bez (?:problemu|problemów|błędów)${WE}`,
    String.raw`${W}(?:znów|znowu|ponownie) \S+ (?:normalnie|prawidłowo|bez problemu|bez problemów)${WE}`,
    // C14: better than ever: the device not only works, it works better than before.
    String.raw`${W}\S+ niż kiedykolwiek${WE}`,
    // C13: a cause that fixed it: "restart naprawił błąd", "to pomogło", "czyszczenie rozwiązało problem".
    String.raw`${W}(?:rozwiązało|rozwiązała|rozwiązał|rozwiązały|naprawiło|naprawiła|naprawił|naprawiły|usunęło|usunęła|usunął|usunęły|wyeliminowało|wyeliminowała|wyeliminował)(?: ${ADV})* (?:problem|problemy|problemu|usterkę|błąd|błędy|sprawę|kłopot|awarię|to|wszystko)${WE}`,
    // "To" leads the match: the English "to" of the modal list would otherwise excuse it.
    String.raw`${W}(?:to )?(?:pomogło|pomógł|pomogła|pomogły|poskutkowało|poskutkował|poskutkowała|zadziałało|zadziałał|zadziałała|zadziałały|zdało egzamin|zdał egzamin|załatwiło sprawę|załatwił sprawę)${WE}`,
    String.raw`(?<![\p{L}\p{N}])(?:aplikacje|aplikacja|office|windows|licencja|licencje)(?: \S+){0,3} (?:jest|są|została|zostały|zostal)(?: \S+)? (?:aktywne|aktywna|aktywowane|aktywowana|aktywowany)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:kończy się|kończą się|zakończyła się|zakończył się|przebiega|przebiegła)(?: \S+){0,3} (?:powodzeniem|sukcesem|pomyślnie|bez błędów)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:został|została|zostało|zostały)(?: \S+)? (?:w pełni|całkowicie|definitywnie|trwale) (?:usunięt|rozwiązan|naprawion|przywrócon)\S*`,
    String.raw`(?<![\p{L}\p{N}])(?:znaleziona|znaleziony|zidentyfikowana|zidentyfikowany) i (?:usunięta|usunięty|naprawiona|naprawiony|wyeliminowana|wyeliminowany)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:znowu|znów|ponownie|teraz|już) (?:\S+ ){0,2}(?:się )?(?:synchronizuje|łączy|działa|drukuje|uruchamia|dochodzi|przychodzi|loguje)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:wszyscy|użytkownicy) (?:mogą|może) (?:już |znowu |teraz |normalnie )+(?:pracować|drukować|się logować|korzystać)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:gotowy|gotowa|gotowe) do (?:pracy|użytku|użycia)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:śmiga|chodzi jak|działa jak) (?:bez zarzutu|jak nowy|jak nowa|jak złoto|idealnie)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])śmiga(?![\p{L}\p{N}])`,
    String.raw`${W}(?:jest|są|został|została|zostało|zostały|zostal|była|był|było)(?: ${ADV})* ${FIXED}${WE}${PARTLY}`,
    String.raw`${W}(?:problem|usterka|błąd|awaria|zgłoszenie|sprawa|kłopot)(?: ${ADV})* (?:rozwiązany|rozwiązana|rozwiązane|naprawiony|usunięty|zamknięty|zamknięte|załatwiony|załatwione)${WE}${PARTLY}`,
    String.raw`${W}(?:rozwiązaliśmy|naprawiliśmy|usunęliśmy|rozwiązałem|naprawiłem|rozwiązałam|naprawiłam|przywróciliśmy|załatwiliśmy|udało (?:nam |mi )?się (?:rozwiązać|naprawić|usunąć))${WE}`,
    String.raw`${W}${WORKS}(?: ${ADV})* (?:znowu|znów|ponownie|jak dawniej|jak wcześniej|już)${WE}`,
    String.raw`${W}(?:znowu|znów|ponownie|już|teraz) (?:wszystko )?${WORKS}${WE}`,
    String.raw`${W}(?:wszystko|sprawa|to) (?:jest |już |teraz )*(?:w porządku|ok|załatwione|gotowe|naprawione|działa)${WE}${EXCEPT}`,
    String.raw`${W}(?:zamykamy|zamykam|zamknęliśmy|zamykamy to) (?:to |niniejsze |pana |pani )?(?:zgłoszenie|zlecenie|sprawę|ticket)${WE}`,
    String.raw`${W}(?:zgłoszenie|ticket|sprawa)(?: ${ADV})* (?:może zostać|można) (?:zamknięte|zamknąć|zamknięta)${WE}`,
    String.raw`${W}(?:błąd|błędy|problem|komunikat|awaria)(?: ${ADV})* (?:zniknął|zniknęły|zniknęła|ustąpił|ustał|minął)${WE}`,
    String.raw`${W}(?:rozwiązanie|poprawka|naprawa) (?:zostało|zostala|została|jest)(?: ${ADV})* (?:potwierdzone|potwierdzona|skuteczne|skuteczna|zweryfikowane)${WE}`,
    String.raw`${W}(?:może pan|może pani|możecie|można) (?:już |znowu |ponownie |teraz )+(?:drukować|pracować|się logować|się zalogować|korzystać)${WE}`,
    String.raw`${W}(?:problem rozwiązany|sprawa załatwiona|wszystko gra|wszystko działa|usterka usunięta|wraca do normy|wróciło do normy|wróciła do normy|działa bez zarzutu)${WE}${EXCEPT}`,
    // C6, C10: colloquial "sorted" ("ogarnęliśmy", "poradziliśmy sobie z problemem").
    String.raw`${W}(?:ogarnęliśmy|ogarnąłem|ogarnęłam|ogarnięte|poradziliśmy sobie|uporaliśmy się|uporałem się|uporałam się)${WE}`,
    // C2: started working again ("znowu zaczęła drukować", "zaczął działać poprawnie").
    String.raw`${W}${AGAIN} (?:\S+ )?(?:zaczął|zaczęła|zaczęło|zaczęły|zaczęli) (?:\S+ )?(?:działać|drukować|pracować|łączyć|synchronizować|odpowiadać|funkcjonować)${WE}`,
    String.raw`${W}(?:zaczął|zaczęła|zaczęło|zaczęły|zaczęli) (?:\S+ )?${AGAIN} (?:\S+ )?(?:działać|drukować|pracować|łączyć|synchronizować|odpowiadać|funkcjonować)${WE}`,
    String.raw`${W}(?:zaczął|zaczęła|zaczęło|zaczęły|zaczęli) (?:działać|drukować|pracować|funkcjonować)(?: \S+){0,2} ${MANNER}${WE}`,
    // C1: a test that went well ("wydrukowała stronę testową bez problemów"); the imperfective
    // "drukowała normalnie" tells how it used to be.
    String.raw`${W}(?:wydrukował|połączył|uruchomił|zsynchronizował|zalogował|wysłał|odebrał|zeskanował|przeszedł|przeszła|przeszło|zadziałał)\S* (?:\S+ ){0,3}${MANNER}${WE}`,
    // C8: "uznajemy sprawę za zamkniętą".
    String.raw`${W}(?:uznajemy|uważamy|traktujemy|uznaję|uważam) (?:\S+ )?(?:sprawę|problem|zgłoszenie|temat|usterkę) za (?:zamknięt|rozwiązan|załatwion|naprawion)\S*`,
    // C2: a good state again ("jest znowu dostępny", "z powrotem online", "stabilny ponownie").
    String.raw`${W}${AGAIN}(?: \S+){0,2} ${GOOD}${WE}`,
    String.raw`${W}${GOOD} ${AGAIN}${WE}`,
    String.raw`${W}(?:już |wreszcie |w końcu |znowu |znów |ponownie |wszystko )+(?:zadziałał|zadziałała|zadziałało|zadziałały|ruszył|ruszyła|ruszyło|ruszyły)${WE}`,
    String.raw`${W}(?:zadziałał|zadziałała|zadziałało|zadziałały|ruszył|ruszyła|ruszyło|ruszyły) (?:już|znowu|znów|ponownie|wreszcie|bez problemów)${WE}`,
    // C7: back to normal ("wrócił do normy", "powróciło do normalnego działania").
    String.raw`${W}(?:wrócił|wróciła|wróciło|wróciły|wrócili|powrócił|powróciła|powróciło|powróciły|wraca|wracają)(?: \S+)? (?:do sieci|online|do działania|do życia|do normy|do normalności|do porządku|do normalnego (?:działania|stanu|trybu|funkcjonowania)|do stanu sprzed (?:awarii|problemu|usterki))${WE}`,
    // C4: a person can work again ("może już normalnie pracować", "jest w stanie ponownie się zalogować").
    String.raw`${W}${AGAIN_OR_NOW} (?:\S+ ){0,2}${ABLE} ${BETWEEN}{0,3}${DO}${WE}`,
    String.raw`${W}${ABLE} ${BETWEEN}{0,3}${AGAIN_OR_NOW}(?: \S+){0,2} ${DO}${WE}`,
    String.raw`${W}${ABLE} ${BETWEEN}{0,3}${DO}(?: \S+){0,3} ${AGAIN_OR_NOW}${WE}`,
    String.raw`${W}(?:udało|udaje) (?:\S+ )?się (?:\S+ )?${DO}${WE}`,
    String.raw`${W}(?:${AGAIN}|już|teraz) (?:\S+ )?(?:ma|mają|mamy|masz|macie) (?:\S+ )?dostęp${WE}`,
    String.raw`${W}(?:ma|mają|mamy|masz|macie) (?:\S+ )?(?:${AGAIN}|już|pełny) dostęp${WE}`,
    String.raw`${W}odzyskał(?:a|o|y|i|em|am|iśmy)? (?:\S+ )?dostęp${WE}`,
    // C6: the impersonal "-no/-to" ("usterkę usunięto", "dostęp przywrócono").
    String.raw`${W}(?:(?:pomyślnie|skutecznie|całkowicie|ostatecznie|wreszcie|w końcu|już) )*(?:rozwiązano|naprawiono|załatwiono|wyeliminowano|zlikwidowano|odblokowano|przywrócono(?! (?:ustawienia|do|z|kopi|poprzedni|wcześniejsz|fabryczn)))${WE}${PARTLY}`,
    String.raw`${W}${SYMPTOM_STEM}(?: \S+)? (?:usunięto|wyeliminowano|zlikwidowano)${WE}`,
    String.raw`${W}(?:usunięto|wyeliminowano|zlikwidowano) (?:\S+ )?${SYMPTOM_STEM}`,
    // C2: what was lost is back ("internet wrócił", "wróciło połączenie").
    String.raw`${W}(?:internet|połączenie|sieć|dostęp|zasilanie|usługa|poczta|serwer|wi-fi|wifi|drukarka|system|obraz|dźwięk|sygnał|łączność|synchronizacja) (?:\S+ )?(?:wrócił|wróciła|wróciło|wróciły|powrócił|powróciła|powróciło)${WE}`,
    String.raw`${W}(?:wrócił|wróciła|wróciło|wróciły|powrócił|powróciła|powróciło) (?:\S+ )?(?:internet|połączenie|dostęp|zasilanie|łączność|sygnał|wi-fi|wifi)${WE}`,
    // C9: "…, że drukarka działa": a reported claim.
    String.raw`^że (?:\S+ ){0,3}(?:działa|działają|śmiga|śmigają|chodzi|hula)(?: (?:już|teraz|znowu|znów|ponownie|bez zarzutu))*$`,
    // C5: the symptom is gone ("błąd zniknął", "zniknął komunikat o błędzie").
    String.raw`${W}${SYMPTOM}(?: \S+){0,4} ${GONE}${WE}${EXCEPT}`,
    String.raw`${W}${GONE} (?:\S+ ){0,2}${SYMPTOM}${WE}`,
    // C6: fixed without an auxiliary ("Usługa pomyślnie przywrócona", "błąd usunięty").
    // "uznać za rozwiązany" (to take as fixed) names a state, it does not claim it.
    String.raw`${W}(?<!za )(?:pomyślnie |skutecznie |całkowicie |w pełni |ostatecznie |już |wreszcie |w końcu |teraz )*(?:rozwiązany|rozwiązana|rozwiązane|naprawiony|naprawiona|naprawione|załatwiony|załatwiona|załatwione|zażegnany|zażegnana|zażegnane|przywrócon[yae](?! (?:ustawienia|do|z|kopi|poprzedni|wcześniejsz|fabryczn)))${WE}${PARTLY}`,
    String.raw`${W}${SYMPTOM} (?:${ADV} )*(?:usunięt[yae]|wyeliminowan[yae]|zlikwidowan[yae]|naprawion[yae]|rozwiązan[yae]|opanowan[yae])${WE}${PARTLY}`,
    // C8: closing.
    String.raw`${W}(?:zgłoszenie|ticket|zlecenie|sprawę|sprawa|temat|zgłoszenia) (?:\S+ )?(?:zamykamy|zamykam|zostaje zamknięte|zostaje zamknięty|zostaje zamknięta|do zamknięcia|można zamknąć|można zamykać|może zostać zamknięte|może być zamknięte)${WE}`,
    String.raw`${W}(?:zamykamy|zamykam|zamknęliśmy|zamknąłem|zamknęłam) (?:\S+ ){0,2}(?:zgłoszenie|zlecenie|sprawę|ticket|temat|zgłoszenia)${WE}`,
    // C9, C10: "works" standing alone in its clause, as in a quoted "„Działa, dziękuję!”".
    String.raw`^(?:(?:już|teraz|wszystko|znowu|znów|ponownie|wreszcie|naprawdę|w końcu) )*(?:działa|działają|śmiga|chodzi|hula|drukuje|łączy)(?: (?:już|teraz|znowu|znów|ponownie|wreszcie|bez zarzutu))*$`,
    // C341: the process goes through again, the documents are taken: "wysyłka do KSeF znowu przechodzi",
    // "plik JPK wygenerował się i został przyjęty przez bramkę", "paragony się drukują".
    String.raw`${W}(?:znowu|znów|ponownie|już|teraz) (?:(?!nie${WE})\S+ )?(?:przechodzi|przechodzą|schodzi|schodzą|współpracuje|współpracują|komunikuje się|komunikują się|dogaduje się|dogadują się)${WE}`,
    String.raw`${W}(?:paragony|faktury|etykiety|wydruki|bilety|raporty|potwierdzenia) (?:się|znowu się|znów się|już się) (?:znowu |znów |już |normalnie |poprawnie )?(?:drukują|generują|wysyłają|wystawiają|księgują)${WE}`,
    String.raw`${W}(?:wygenerował|wygenerowała|wygenerowało|wygenerowały) się(?: \S+){0,2} i (?:został|zostały|została|zostało) (?:poprawnie |pomyślnie |prawidłowo )?(?:przyjęty|przyjęte|przyjęta|zaakceptowany|zaakceptowana|zaakceptowane|wysłany|wysłane|wysłana)${WE}`,
    String.raw`${W}(?:został|zostały|została|zostało) (?:poprawnie |pomyślnie |prawidłowo )?(?:przyjęty|przyjęte|przyjęta|zaakceptowany|zaakceptowana|zaakceptowane) przez (?:bramkę|system|serwer|urząd|ksef|mf|platformę|odbiorcę|kontrahenta|bank)${WE}`,
    // C339: the user logged in after the reset: "p. Anna zalogowała się do poczty", "zalogował się bez problemu".
    // Not with the fault told after it in the part ("zalogował się i znowu pojawił się błąd").
    String.raw`${W}(?:zalogował|zalogowała|zalogowali|zalogowało|zalogowały) się (?:(?:już|bez problemu|bez problemów|poprawnie|pomyślnie|normalnie|ponownie|znowu) )*(?:do|na|w)${WE}(?!.*(?:błąd|błęd|komunikat|nie${WE}|zawiesił|wylogował|wyrzuciło|wyrzucił|(?<!bez )problem))`,
  ],
  stateClaims: [
    // C21: better than before ("dużo szybciej niż wcześniej"); "trochę szybciej" is a partial result.
    String.raw`(?<!${W}(?:trochę|nieco|odrobinę|ledwo|nie) )${W}(?:(?:dużo|znacznie|o wiele|wyraźnie|zdecydowanie|sporo) )?(?:szybciej|szybszy|szybsza|szybsze|stabilniej|stabilniejszy|stabilniejsza|lepiej|sprawniej|płynniej) niż (?:wcześniej|przedtem|dawniej|kiedyś|wczoraj)${WE}`,
    // C17: busy for a stretch of time without trouble: "cały ranek bez problemów".
    String.raw`${W}(?:cały|całe|całą|całego) (?:ranek|dzień|poranek|przedpołudnie|popołudnie|tydzień|noc|weekend|dnia)(?: \S+){0,3} bez (?:żadnych |najmniejszych |jakichkolwiek )?(?:problemów|błędów|zakłóceń|przerw|awarii|zacięć)${WE}`,
    // C1: works + manner, in either order, a few words apart ("drukuje teraz bez żadnych problemów").
    String.raw`${W}${WORKS}(?: \S+){0,3} ${MANNER}${WE}`,
    String.raw`${W}${MANNER} (?:\S+ ){0,2}${WORKS}${WE}`,
    // "działa tak, jak powinna": the comma cuts the manner off.
    String.raw`${W}${WORKS} tak$`,
    // C7: a steady good state ("połączenie jest stabilne", "pozostaje w pełni sprawny").
    String.raw`${W}(?:jest|są|pozostaje|pozostają|działa|pracuje|chodzi)(?: ${ADV})* (?:stabiln\S*|w pełni sprawn\S*|w normie|bez zarzutu)${WE}`,
  ],
  symptomClaims: [
    // C241: no trouble over a span of time: "Drugi dzień z rzędu spokój z dyskiem sieciowym", "od trzech dni cisza".
    String.raw`${W}(?:(?:drugi|trzeci|czwarty|piąty|kolejny|cały) (?:dzień|tydzień)(?: z rzędu)?|od (?:\S+ )?(?:dni|dnia|doby|dób|tygodnia|tygodni|godzin|godziny|rana|wczoraj|poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli)|przez (?:\S+ )?(?:dni|doby|godziny|godzin|tydzień|tygodnie))(?: (?!(?:był|była|było|były|będzie)${WE})\S+){0,4}? (?:spokój|cisza|święty spokój|zero (?:problemów|kłopotów|błędów|zgrzytów)|bez (?:jednego |żadnego |najmniejszego )?(?:problemu|zgrzytu|błędu|kłopotu|zacięcia|rozłączenia|zawieszenia))${WE}(?! (?:poza|oprócz|tylko|ale)${WE})`,
    // C244: no complaints: "Nie narzekam", "nie mamy już na co narzekać", "żadnych skarg".
    String.raw`${W}(?<!(?:jeszcze|razie|dopiero|czy) )(?:nie (?:mam|mamy|ma) (?:już |teraz )?na co narzekać|nie (?:mogę|możemy|można) narzekać|(?:już )?nie narzeka(?:m|my|ją)?|zero (?:narzekań|skarg|marudzenia)|żadnych (?:skarg|narzekań|zastrzeżeń))${WE}(?! (?:\S+ )?(?:ale|jednak|tylko|poza)${WE})`,
    // C245: nothing wrong with it any more: "Z laptopem już nic złego się nie dzieje", "drukarce już nic nie dolega".
    String.raw`${W}(?<!(?:czy|jeszcze|dopiero) )(?:(?:już|teraz|więcej) )*nic (?:(?:złego|niepokojącego|dziwnego|niedobrego|już|więcej|się) )*nie (?:dzieje|dolega|szwankuje|wyskakuje|psuje|sypie|nawala)${WE}`,
    String.raw`${W}(?<!(?:czy|jeszcze) )(?:już |teraz )?nie (?:sprawia|sprawiają|robi|robią|stwarza|stwarzają|przysparza|przysparzają) (?:już |więcej )?(?:żadnych |najmniejszych |większych )?(?:problemów|kłopotów|kłopotu|problemu|trudności|niespodzianek)${WE}(?! (?:poza|oprócz|tylko|ale)${WE})`,
    // C274: the browser no longer complains of the certificate: "przeglądarka już nie krzyczy o certyfikat".
    String.raw`${W}(?<!(?:czy|jeszcze) )(?:już|więcej) nie (?:krzyczy|krzyczą|marudzi|marudzą|wyrzuca|wyrzucają|pokazuje|pokazują|sypie|wywala|straszy|ostrzega) (?:\S+ )?(?:o certyfika\S*|certyfikat\S*|ostrzeże\S*|o bezpieczeństw\S*|błęd\S* certyfika\S*)${WE}`,
    // C277: never this fast: "Wi-Fi jeszcze nigdy nie było tak szybkie".
    String.raw`${W}(?:jeszcze )?nigdy (?:\S+ )?nie (?:był|była|było|były|chodził|chodziła|chodziło|działał|działała|działało) (?:\S+ )?(?:tak|równie|aż tak) (?:szybk\S*|stabiln\S*|sprawn\S*|dobr\S*|dobrze|płynn\S*)${WE}`,
    // C248: a fault denied since a time, not once: "Od rana żaden wydruk się nie wysypał".
    String.raw`${W}(?<!(?:czy|jeszcze) )(?:żaden|żadna|żadne|ani jeden|ani jedna|ani jedno) (?:\S+ ){0,3}?(?:się )?nie (?:wysypał|wysypała|wysypało|zawiesił|zawiesiła|zawiesiło|zerwał|zerwała|zerwało|urwał|urwała|urwało|zaciął|zacięła|zacięło|zablokował|zablokowała|zablokowało|padł|padła|padło|wywalił|wywaliła|wywaliło|zawiódł|zawiodła|zawiodło|rozłączył|rozłączyła|rozłączyło|utknął|utknęła|utknęło|przerwał|przerwała|przerwało|zakończył się błędem|zakończyła się błędem|zakończyło się błędem)(?: się)?${WE}`,
    // C302: the thing is no longer a problem: "Wi-Fi to już nie problem", "drukarka nie jest już problemem",
    // "przestał być problemem"; not "to już nie problem sterownika", the fault placed elsewhere.
    String.raw`${W}(?<!czy )(?:(?:to|jest|są) )?(?:już|więcej|teraz) nie (?:jest |są )?(?:problem|problemem|kłopot|kłopotem)(?=$| (?:dla|w|na|i|przy|już|teraz)${WE})`,
    String.raw`${W}(?<!czy )nie (?:jest|są) (?:już|więcej|teraz) (?:problemem|kłopotem)(?=$| (?:dla|w|na|i|przy)${WE})`,
    String.raw`${W}(?<!(?:nie|czy) )(?:przestał|przestała|przestało|przestały|przestali) (?:już )?być (?:problemem|kłopotem)${WE}`,
    // C304: not a single call dropped since the change, in the passive: "ani jedno połączenie nie zostało zerwane".
    String.raw`${W}(?<!(?:czy|jeszcze) )(?:żaden|żadna|żadne|ani jeden|ani jedna|ani jedno) (?:\S+ ){0,3}?nie (?:został|została|zostało|zostały) (?:\S+ )?(?:zerwan|przerwan|rozłączon|odrzucon|utracon|zgubion|zablokowan|anulowan|wstrzyman)\S*`,
    // C305: the popup has not appeared once since the patch: "komunikat ani razu się nie pojawił", "okienko ani razu nie wyskoczyło".
    String.raw`${W}(?<!(?:czy|jeszcze) )ani razu (?:(?:więcej|już|się) )*nie (?:${SYMPTOM_PAST}|mignął|mignęła|mignęło)(?: się)?${WE}`,
    // C171: nothing left to complain about: "nie można już narzekać", "nie ma się do czego przyczepić".
    String.raw`${W}nie (?:można|da się|ma na co|ma czego|ma się do czego) (?:już |więcej |teraz |w ogóle )?(?:narzekać|ponarzekać|przyczepić|się przyczepić|zarzucić)${WE}`,
    String.raw`${W}(?:nie ma|brak) (?:już |więcej )?(?:na co narzekać|się do czego przyczepić|do czego się przyczepić|powodów do narzekań)`,
    // C172: nothing to report after the work: "Po interwencji nic do zgłoszenia".
    String.raw`${W}po (?:\S+ ){1,2}(?:\S+ ){0,2}?nic (?:\S+ )?do (?:zgłoszenia|zgłaszania|odnotowania|raportowania)${WE}`,
    // C173: not once since: "Od tamtej pory ani jednego zerwania".
    String.raw`${W}(?:od tamtej pory|od tego czasu|od wtedy|od restartu|od wymiany|od zmiany|potem|później)(?: \S+){0,3} ani (?:jednego|jednej|jednym|razu)(?: \S+)? (?:zerwa\S*|rozłącz\S*|zawiesz\S*|błęd\S*|crash\S*|restart\S*|awari\S*|przerw\S*|spadk\S*|zrywa\S*|lag\S*)`,
    String.raw`${W}ani (?:jednego|jednej) (?:zerwa\S*|rozłącz\S*|zawiesz\S*|crash\S*|awari\S*|przerw\S*|spadk\S*) od (?:tamtej pory|tego czasu|wtedy|restartu|wymiany|zmiany)`,
    // C176: no more lag, in slang: "zero lagów", "zero zerwań".
    String.raw`${W}zero (?:lag\S*|przycię\S*|zerwa\S*|rozłącze\S*|zawiesze\S*|crash\S*|problem\S*|przerw\S*)`,
    // C147: a span of work without a single fault: "Od rana wysyła skany i ani razu nie dostała błędu".
    String.raw`${W}od (?:rana|samego rana|poranka|wczoraj|\d+(?::\d+)?|godziny \d+)(?: \S+){0,8} ani razu nie (?:(?:dostał|dostała|dostali|miał|miała|mieli|widział|widziała) (?:\S+ )?(?:błędu|komunikatu|błędów|zacięcia|rozłączenia)|zawiesił|zawiesiła|zawiesiło|rozłączył|rozłączyła|wywalił|wywaliło|zaciął|zacięła|zerwał|zerwało)${WE}`,
    // C131: the error does not come back: "błąd już nie wraca", "awaria się nie powtórzyła".
    `${W}${SYMPTOM_STEM} (?:\\S+ )?(?:(?:już|więcej|ani razu) )*(?:się )?nie (?:wraca|wracają|powraca|powracają|powtarza się|powtarzają się|wrócił|wróciła|wróciło|wróciły|powrócił|powróciła|powtórzył się|powtórzyła się|powtórzyło się|powtórzyły się)${WE}`,
    // C132: "no longer" in a clause of reason: "dzięki czemu rozmowy już się nie urywają".
    String.raw`${W}(?:dzięki czemu|dzięki temu|przez co|i dlatego|co sprawia że) (?:\S+ ){0,3}?(?:już|więcej) (?:się )?nie (?:się )?(?:urywa|urywają|zrywa|zrywają|rozłącza|rozłączają|zawiesza|zawieszają|wywala|wywalają|przerywa|przerywają|pojawia|pojawiają|występuje|występują|sypie|psuje|psują)(?: się)?${WE}`,
    // C133: not a single complaint since a time: "Od poniedziałku ani jednej skargi".
    String.raw`${W}(?:od|odkąd)(?: \S+){1,3} (?:nie było |nie mamy |nie dostaliśmy )?ani (?:jednej|jednego) (?:skargi|reklamacji|zgłoszenia|telefonu|uwagi|awarii)${WE}`,
    // No problem left with it: "już nie ma z tym żadnego problemu".
    String.raw`${W}już nie ma (?:z tym |z nim |z nią |z nimi )?(?:żadnego |najmniejszego )?(?:problemu|kłopotu|problemów|kłopotów)${WE}`,
    // C124: the workaround or the chore no longer needed: "doesn't have to use the webmail workaround now".
    String.raw`${W}nie musi już (?:korzystać|używać|restartować)${WE}`,
    // C118: held for a span of time without the fault: "has held for two days now without a single disconnect".
    String.raw`${W}(?:działa|trzyma|chodzi|jest)(?: \S+){0,3} (?:dni|godzin|godziny|tygodni|tygodnia|doby|dób)(?: \S+)? bez (?:żadnego|żadnej|ani jednego|ani jednej|jednego) \S+`,
    // C119: not once since a point in time: "since 3 pm the Wi-Fi has not dropped once", "no errors since the reboot".
    String.raw`${W}ani razu (?:się )?nie (?:rozłączył|zerwał|padł|wywalił|zawiesił|rozłączyło)\S*`,
    String.raw`${W}nie pojawił\S* się ani jeden (?:błąd|problem|komunikat)${WE}`,
    String.raw`${W}ani jeden (?:błąd|problem)(?: \S+){0,3} od${WE}`,
    // C113: a loss measured as none: "0 % loss over 500 packets", "丢包率0%".
    String.raw`${W}0 (?:strat|utraty|błędów|rozłączeń)${WE}`,
    // C115: the user with nothing left to complain about: "has nothing more to complain about".
    String.raw`${W}nie ma (?:już )?na co narzekać${WE}`,
    String.raw`${W}(?:już )?nie narzeka(?: już)?${WE}`,
    // C103: "Optima nie odmawia już uruchomienia", "nie dzieje się już nic złego".
    String.raw`${W}nie (?:odmawia|odmawiaja) (?:juz|wiecej)${WE}`,
    String.raw`${W}nie dzieje sie (?:juz|teraz) nic (?:złego|zlego)${WE}`,
    // C90: the fault counted as none ("0 failed logons"): its failure word is no negation of a claim.
    String.raw`${W}(?:0|zero|zadnych) (?:[\p{L}-]+ ){0,2}(?:nieudan|bledn|błedn|odrzucon|utracon|zawieszon)\p{L}*`,
    // C92: "brak kolejnych rozłączeń NAS-a przez weekend"; C94: "nie trzeba już codziennie restartować routera".
    String.raw`${W}brak (?:kolejnych|nowych|dalszych|ponownych|jakichkolwiek nowych) (?:[\p{L}-]+ ){0,1}(?:rozłacz|rozlacz|błed|bled|awari|problem|zawiesz|przerw|crash|wylogow|zaci|usterek|usterk|zgłosz|zglosz|skarg)\p{L}*`,
    String.raw`${W}nie (?:trzeba|musi|musza|musze|musisz|potrzeba|ma potrzeby) (?:juz|wiecej)(?: [\p{L}-]+){0,3} (?:restartowac|resetowac|ponownie|uruchamiac ponownie|zrestartowac|wpisywac|przelogowywac)${WE}`,
    // C86: the monitoring has not seen a single outage since the change, told with its own verb:
    // "n'a remonté aucune coupure depuis", "一度も検知されていません".
    String.raw`${W}(?:monitoring|nadzór)(?: \S+){0,4} nie (?:odnotował|wykrył|zarejestrował|zgłosił|pokazał) (?:ani )?(?:jednego|jednej|żadnego|żadnej)${WE}`,
    // C81: a fault counter held at zero since the change, and a backup's log clean with no error:
    // "CRC error counter: still 0 since the cable swap", "last night's backup log is clean, 0 errors".
    String.raw`${W}licznik\S*(?: (?!nie${WE})\S+){0,10} (?:stoi na|wynosi|pozostaje na|trzyma się na) (?:0|zero)${WE}(?: \S+){0,2} (?:od|po)${WE}`,
    // C65: a span of time with no fault: "nie odnotowano ani jednego zatrzymania", "działa bez żadnej
    // przerwy".
    String.raw`${W}nie (?:odnotowano|zarejestrowano|zanotowano|stwierdzono|zaobserwowano|wystąpiło|wystąpił|wystąpiła|było|zalogowano) (?:już )?(?:ani )?(?:jednego|jednej|żadnego|żadnej|pojedynczego) (?:\S+ )?(?:zatrzymani\S*|awari\S*|błęd\S*|zawieszeni\S*|crash\S*|restart\S*|zdarzeni\S*|przerw\S*|wysypani\S*|padu|padnięci\S*)`,
    String.raw`${W}(?<!nie )(?:działa|chodzi|pracuje|funkcjonuje|trzyma się)(?: (?!nie${WE})\S+){0,3} bez (?:żadnej |najmniejszej |jednej )?(?:przerwy|przestoju|zatrzymania|awarii|wysypki)${WE}`,
    // C68: what was missing came back too, so nothing is left open: "nic nie pozostaje otwarte".
    String.raw`${W}nic (?:już )?nie (?:pozostaje|zostaje|zostało|pozostało) (?:już )?(?:otwarte|otwartego|do zrobienia|nierozwiązane|w toku|do załatwienia)${WE}`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`${W}po (?:\S+ ){1,3}brak (?:\S+ )?repro${WE}`,
    String.raw`${W}(?:brak|bez) repro (?:po|od)${WE}`,
    // C57: litotes of the fault: "no longer exactly broken", "can hardly be called faulty".
    String.raw`${W}nie (?:jest|są) już (?:specjalnie|szczególnie|tak bardzo|zbyt|aż tak|do końca) (?:zepsut\S*|uszkodzon\S*|popsut\S*|niesprawn\S*)`,
    // C60: the fix that did the trick, and the fault gone since: "did the trick, has stayed up since".
    String.raw`${W}od (?:tamtej|tej) pory (?:\S+ )?nie (?:padła|padł|wywaliła|wysypała|zawiesiła|zatrzymała)\S*`,
    // C61: the outcome as a headline: "fix successful", "printing restored", "stays up", "no more crashes".
    String.raw`${W}już się nie (?:zatrzymuje|wiesza|zawiesza|wysypuje|wyłącza)${WE}`,
    // C48: the fault has not come back once, or no longer happens: "hasn't crashed once since the reinstall", "jobs no longer get stuck".
    String.raw`${W}ani razu (?:\S+ ){0,2}nie (?:wysypał|zawiesił|padł|wywalił|zaciął|scrashował|zablokował|zatrzymał)\S*`,
    // C44: a fault counted as zero in a log or over a span: "zero spooler crashes in the last 72 hours".
    String.raw`${W}(?:zero|0) (?:\S+ )?(?:awarii|błędów|crashy|zawieszeń|problemów|usterek|wysypań|przestojów|zacięć|wywałek)${WE}`,
    // C34: a fault counted as none over a span of time: "not a single stuck job since Tuesday".
    String.raw`${W}(?:ani jednego|ani jednej|ani jeden|ani jedna|żadnego|żadnej|żadnych) (?:\S+ )?(?:zawieszon|zablokowan|zaciet|zacięt|utkniet|utknięt|wisząc|wiszac)\S* (?:zadani|wydruk|dokument|job|prac)\S*`,
    // C40: it did not crash again: "więcej się nie wysypała".
    String.raw`${W}więcej (?:się )?nie (?:wysypał|zawiesił|padł|zaciął|wywalił|scrashował|crashował|wysypuje|zawiesza|pada)\S*`,
    // C23: nobody complained since: "Od poniedziałku nikt się nie skarżył".
    String.raw`${W}nikt (?:\S+ ){0,2}(?:się )?(?:już )?nie (?:skarżył|skarży|zgłaszał|zgłosił|dzwonił|reklamował|narzekał|narzeka|zgłasza)\S*`,
    // C24, C25: no further crashes, alerts or events since: "Brak alertów od wtorku".
    String.raw`${W}(?:brak|żadnych|zero|nie było|nie ma) (?:\S+ )?(?:dalszych |nowych |kolejnych )?(?:alert|alarm|zdarze|crash|awari|zawiesze|błęd|zgłosze|skarg|reklamacj)\S*(?: \S+){0,4} (?:od|po|od czasu)${WE}`,
    // C31: it did not come back: "problem się nie powtórzył", "nie da się już odtworzyć".
    // "…nie wrócił do normalnej prędkości": a state not returned to is not a fault that stayed away.
    String.raw`${W}(?:się )?(?:już )?nie (?:powtórzył|powtórzyła|powtórzyło|powtarza|wrócił|wróciła|wróciło|odtwarza|pojawił ponownie)\S*(?! do${WE})`,
    String.raw`${W}nie (?:da się|udaje się) (?:już )?(?:go |jej |tego )?odtworzyć${WE}`,
    // C15: a job or a step done with success, and the phrases that stand for it.
    String.raw`${W}już (?:się )?nie (?:wiesza|zawiesza|wywala|sypie|rozłącza|zrywa)${WE}`,
    // C14: better than ever: the device not only works, it works better than before.
    String.raw`${W}jak nigdy(?: dotąd| wcześniej| przedtem)?${WE}`,
    // C8: "dalsza pomoc nie jest potrzebna".
    String.raw`${W}(?:dalsz|dodatkow)\S* (?:pomoc|interwencj|wsparci|działani|krok)\S* nie (?:jest|są|będzie|będą) (?:już )?(?:potrzebn|wymagan|konieczn)\S*`,
    String.raw`(?<![\p{L}\p{N}])nie jest już (?:zepsut|uszkodzon|niedostępn|zablokowan|offline|awaryjn)\S*`,
    String.raw`(?<![\p{L}\p{N}])(?:koniec z|nie ma już|brak już) (?:problemami|problemów|błędami|błędów|awariami|awarii|problemem)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:teraz|już) (?:\S+ ){0,2}bez (?:błędów|problemów|zarzutu|przerw)(?![\p{L}\p{N}])`,
    String.raw`${W}(?:już|więcej) nie (?:\S+ )?(?:występuje|występują|pojawia|pojawiają|zawiesza|zawieszają|rozłącza|wywala|crashuje|zrywa|blokuje|wyskakuje)${WE}`,
    String.raw`${W}nie (?:\S+ ){0,2}(?:występuje|pojawia się|zawiesza się|rozłącza się) już${WE}`,
    String.raw`${W}(?:żadne|żadnych|nie są potrzebne) (?:dalsze |dodatkowe )?(?:działania|kroki)(?: nie są)?(?: potrzebne| wymagane)?${WE}`,
    String.raw`${W}(?:brak|nie ma) (?:już |więcej |żadnych )*(?:błędów|problemów|awarii|rozłączeń|zawieszeń|usterek|zakłóceń|komunikatów o błędach|ostrzeżeń|kłopotów)${WE}`,
    // C5: "już się nie pojawia", "nie pojawił się więcej", "przestało się wyświetlać".
    String.raw`${W}(?:już|więcej|ponownie|wcale|w ogóle)(?: się)? nie (?:\S+ )?(?:się )?(?:${SYMPTOM_VERB}|${SYMPTOM_PAST})${WE}`,
    String.raw`${W}nie (?:\S+ ){0,2}(?:${SYMPTOM_VERB}|${SYMPTOM_PAST})(?: się)? (?:już|więcej|ponownie|ani razu)${WE}`,
    // C309: not "nie przestał się wysypywać", "przestał się wysypywać tylko na jednym stanowisku".
    String.raw`${W}(?<!(?:nie|czy) )(?:przestał|przestała|przestało|przestały|przestali)(?: \S+)? (?:się )?${SYMPTOM_INF}${WE}(?! (?:\S+ ){0,3}?(?:tylko|jedynie|poza|oprócz|częściowo)${WE})`,
    // C7: no issues since ("od wczoraj żadnych problemów", "od tego czasu nie było błędów").
    String.raw`${W}od (?:\S+ ){1,3}(?:nie było|nie wystąpiły|nie wystąpił|nie pojawiły się|nie pojawił się|brak|żadnych|nie ma|nie odnotowano|nie zgłoszono|zero) (?:\S+ )?(?:błędów|problemów|awarii|rozłączeń|zawieszeń|usterek|zakłóceń|kłopotów|zgłoszeń|skarg|incydentów)${WE}`,
    String.raw`^(?:żadnych|zero) (?:więcej |dalszych )?(?:problemów|błędów|awarii|rozłączeń|zawieszeń|zakłóceń|kłopotów)${WE}`,
    // C8: nothing more to do.
    String.raw`${W}(?:nie (?:są|jest) (?:potrzebne|wymagane|konieczne|potrzebny|wymagany)|nie trzeba|nie potrzeba) (?:\S+ )?(?:żadne |żadnych |dalsze |dalszych |dodatkowe |dodatkowych |więcej )*(?:działania|działań|kroki|kroków|interwencji|czynności)${WE}`,
    String.raw`${W}(?:nic|niczego) (?:więcej |już )*(?:nie trzeba|nie potrzeba|nie jest potrzebne|nie wymaga)${WE}`,
    // C338: no drop through the whole shift or day: "skanery przez całą zmianę nie zgubiły połączenia",
    // "przez cały dzień terminal ani razu się nie rozłączył".
    String.raw`${W}przez (?:całą|cały|całe) (?:zmianę|dzień|noc|dobę|tydzień|weekend|sesję|spotkanie|inwentaryzację) (?:(?:ani razu|już|w ogóle|\S+) ){0,2}?(?:się )?nie (?:zgubił|zgubiła|zgubiło|zgubiły|zgubili|stracił|straciła|straciło|straciły|rozłączył|rozłączyła|rozłączyło|rozłączyły|zerwał|zerwała|zerwało|zerwały|zawiesił|zawiesiła|zawiesiło|zawiesiły|wyrzuciło|wyrzucił|rozłączyły się|rozłączył się)${WE}`,
    // C330: the time now, told in seconds after the time it took before (the part after the comma):
    // "Uruchamianie trwało 4 min, teraz 25 s", "…, teraz już tylko 10 sekund". Not "teraz nadal 3 min".
    // "tylko" before the seconds is "just", not a limit: a symptom claim, which that word does not excuse.
    String.raw`${W}(?<!(?:czy|jeszcze) )teraz (?:już )?(?:tylko |zaledwie |raptem |około |ok )?\d+ ?(?:s|sek|sekund|sekundy|sekunda)${WE}(?! (?:dłużej|więcej|wolniej|opóźnienia))`,
  ],
  actions: [
    String.raw`${W}(?:wymieniliśmy|wymieniono|zainstalowaliśmy|zainstalowano|zaktualizowaliśmy|zaktualizowano|zrestartowaliśmy|zrestartowano|zresetowaliśmy|usunęliśmy|skonfigurowaliśmy|przeinstalowaliśmy|wgraliśmy)${WE}`,
  ],
  // With the words of a degraded state ("działa wolno", "działa sporadycznie"): "works" is then no claim.
  without: ['bez'],
  negators: [
    'poza',
    'oprócz',
    'wyjątkiem',
    'tylko',
    'jedynie',
    'nie',
    'nigdy',
    'żaden',
    'żadne',
    'brak',
    'ani',
    'częściowo',
    'prawie',
    'wolno',
    'powoli',
    'niestabilnie',
    'sporadycznie',
    'źle',
    'słabo',
    'czasami',
    'czasem',
    'niepoprawnie',
    'nieprawidłowo',
  ],
  negativeSubjects: ['nic', 'żadna', 'żaden', 'żadne', 'nikt'],
  modals: [
    'będzie',
    'będą',
    'powinien',
    'może',
    'mogą',
    'musi',
    'trzeba',
    'należy',
    'chcemy',
    'mamy nadzieję',
    'spróbujemy',
    'zostanie',
    'zostaną',
    'by',
    'aby',
  ],
  hedges: ['powinno', 'powinna', 'chyba'],
  now: ['teraz', 'już'],
  auxiliaries: [
    'jest',
    'są',
    'był',
    'była',
    'było',
    'się',
    'nadal',
    'wciąż',
    'jeszcze',
    'został',
    'została',
    'zostało',
    'zostały',
    'zostać',
    'być',
    'to',
    'go',
  ],
  conjunctions: ['i', 'ale', 'lecz', 'jednak', 'więc', 'oraz', 'potem', 'bo', 'ponieważ', 'chociaż'],
  conditions: [
    'jeśli',
    'jeżeli',
    'gdy',
    'kiedy',
    'dopóki',
    'zanim',
    'aż',
    'czy',
    'gdyby',
    'o ile',
    'jak tylko',
    'aby',
    'żeby',
  ],
  since: ['po', 'od', 'odkąd', 'od czasu'],
  // C345: a fix that helped last time, denied for this one: "Zeszłym razem pomógł restart, tym razem nic to nie dało".
  contrasts: [
    'tylko',
    'jedynie',
    'nadal',
    'wciąż',
    'ale',
    'jednak',
    'lecz',
    'natomiast',
    'poza',
    'oprócz',
    'tym razem nic',
    'tym razem to nic',
    'tym razem nie',
    'tym razem to nie',
    'tym razem bez efektu',
    'tym razem bez skutku',
  ],
  limits: [
    // C282: "Sieć jest w porządku, ale Outlook dalej się wysypuje": still, after a contrast.
    'dalej',
    'ciągle',
    // C76: "Naprawiliśmy to, ale godzinę później znowu się wysypał": a fault told again.
    'znowu się wysypał',
    'znów się wysypał',
    'ponownie się wysypał',
    'znowu padł',
    'znów padł',
    'ponownie padł',
    'znowu się zatrzymał',
    'znów się zatrzymał',
    'ponownie się zatrzymał',
    'zatrzymał się znowu',
    'zatrzymała się znowu',
    'błędami',
    'błędów',
    'problemami',
    'problemem',
    'zacina',
    'wolno',
    'powoli',
    'wrócił',
    'wróciła',
    'wróciło',
    'wróciły',
    // C311: fixed once, but the fault came back: "…, ale usterka powróciła".
    'powrócił',
    'powróciła',
    'powróciło',
    'powróciły',
    'powtórzył się',
    'powtórzyła się',
    'pojawił',
    'pojawiła',
    'pojawia',
    'występuje',
    // "…, tylko jeśli …": a good state under a condition.
    'jeśli',
    'jeżeli',
    'gdy',
    'błędem',
    'błąd',
    'błędy',
    'nie działa',
    'przestaje',
    'nadal',
    'wciąż',
    'tylko',
    'jedynie',
    'częściowo',
    'nie',
    // C345: "tym razem bez efektu": this time to no effect.
    'bez efektu',
    'bez skutku',
  ],
  complementizers: ['że'],
  frames: [
    // The honest frame "at this point we cannot say that …": a denied statement governs its complement.
    String.raw`${W}nie (?:możemy|można|mogę|może) (?:\S+ )?(?:stwierdzić|powiedzieć|uznać|orzec)${WE}`,
    String.raw`${W}(?:nie (?:mamy|ma|otrzymaliśmy) (?:\S+ )?potwierdzenia|brak (?:\S+ )?potwierdzenia)${WE}`,
    String.raw`^(?:proszę |prosimy )?(?:sprawdzić|sprawdź|potwierdzić|potwierdź|przetestować|upewnić się|monitorować|dać znać|dajcie znać)${WE}`,
    // C310: a request to reply with the word that closes the ticket: "prosimy odpisać „rozwiązane”".
    String.raw`^(?:proszę |prosimy )?(?:odpisać|odpisz|odpiszcie|odpowiedzieć|odpowiedz|odpowiedzcie|napisać|napisz|napiszcie|o odpowiedź|o odpisanie|o informację zwrotną)${WE}`,
    // An infinitive of checking governs what follows: "nie udało się potwierdzić, że poprawka zadziałała".
    String.raw`${W}(?:potwierdzić|sprawdzić|zweryfikować|upewnić się|przetestować)${WE}`,
    String.raw`${W}(?:sprawdzimy|potwierdzimy|przetestujemy|będziemy monitorować|prosimy o potwierdzenie|prosimy sprawdzić|czekamy na potwierdzenie)${WE}`,
    String.raw`${W}(?:nie (?:\S+ )?(?:wiemy|jesteśmy pewni|możemy (?:\S+ )?potwierdzić|możemy (?:\S+ )?zagwarantować)|mamy nadzieję|liczymy)${WE}`,
  ],
  pastAux: ['był', 'była', 'było', 'były'],
  unaffected: [
    'nie jest objęta problemem',
    'nie jest objęty problemem',
    'nie jest objęte problemem',
    'nie została dotknięta',
    'nie został dotknięty',
    'nie dotyczy',
    'nie były objęte awarią',
    'nie był objęty awarią',
    'nie była objęta awarią',
    'nie zostały dotknięte',
    'nie zostały objęte',
  ],
  transient: [
    // C139: a success that happened once: "zadziałał raz, potem znowu błąd" (not "od razu", "jeszcze raz").
    String.raw`${W}(?<!(?:od|jeszcze|ten|tym|za|na|kolejny|pierwszy|ostatni|drugi|ani|jeden) )raz${WE}(?! (?:na|w|po|jeszcze|dwa)${WE})`,
    String.raw`${W}(?:przez chwilę|chwilę|chwilowo|tymczasowo|na chwilę|przez kilka (?:minut|sekund)|na (?:kilka|parę|kilkanaście) (?:minut|sekund|godzin|chwil)|na moment|na krótko|sporadycznie|okresowo)${WE}`,
  ],
  ellipticals: [
    // C181: a verdict in a word after a test: "Sprawdziłem jeszcze raz. Czysto.".
    'czysto',
    'wszystko czysto',
    // C112: an outcome told in one word of success: "Résultat : succès", "結果：成功".
    'sukces',
    'udany',
    'udana',
    'pozytywny',
    'pozytywnie',
    // C87: a measurement read all normal: "92 Mb/s, ping 16 ms, wszystko w normie".
    'wszystko w normie',
    'wyeliminowany',
    'wyeliminowana',
    'problem wyeliminowany',
    'ogarnięte',
    'rozwiązane',
    'śmiga',
    'rozwiązane',
    'naprawione',
    'załatwione',
    'działa',
    'już działa',
    'działa już',
    'działa teraz',
    'wszystko ok',
    'wszystko działa',
    'wszystko gra',
    'gotowe',
    'ok',
    'problem rozwiązany',
    'okmark',
    'zrobione',
    'usunięte',
    'sprawa załatwiona',
    'w porządku',
    'naprawiony',
    'naprawiona',
    'przywrócone',
    'przywrócony',
    'przywrócona',
    'rozwiązany',
    'rozwiązana',
    'usunięta',
    'usunięty',
    'zamknięte',
    'sprawa zamknięta',
    'temat zamknięty',
    'po problemie',
    'po sprawie',
    'zadziałało',
    'poszło',
    'hula',
    'git',
    'jest git',
    'jest ok',
    'stabilne',
    'stabilny',
    'stabilna',
    'działa jak trzeba',
    'działa bez zarzutu',
  ],
  statusNouns: ['status', 'stan', 'wynik'],
  labelStates: ['działa', 'sprawny', 'sprawna', 'online', 'w normie', 'zielony'],
  fillers: [
    'status',
    'stan',
    'już',
    'teraz',
    'wreszcie',
    'wszystko',
    'problem',
    'zgłoszenie',
    'błąd',
    'dobra',
    'dobre',
    'wiadomości',
    'wiadomość',
    'więc',
    'jest',
    'po',
    'naszej',
    'waszej',
    'stronie',
    'znowu',
    'ponownie',
    'całkowicie',
    'drukarka',
    'vpn',
    'okmark',
    'tak',
    'dziękujemy',
    'dzień',
    'dobry',
    'i',
    'dziś',
    'potwierdzone',
  ],
  // C253: "just now" in a "yes" that answers a question tells when, not how little.
  justNow: ['przed chwilą', 'dopiero co', 'właśnie'],
  // C252: a tag after a comma asks to agree; its negation negates nothing of the question.
  questionTags: ['prawda', 'nie', 'tak', 'nie prawda', 'zgadza sie', 'co nie'],
  affirmations: ['tak', 'owszem', 'dokładnie', 'zgadza się', 'oczywiście'],
  closings: [String.raw`(?:zamyk|zamkn|oznacz)`],
  openClosings: [
    String.raw`${W}nie (?:udało się|udalo sie|możemy|mogliśmy|zdołaliśmy) (?:\S+ )?(?:potwierdzić|zweryfikować|sprawdzić)${WE}`,
    String.raw`${W}bez potwierdzenia${WE}`,
    String.raw`${W}(?:nie (?:mamy|ma|otrzymaliśmy) (?:\S+ )?potwierdzenia|brak (?:\S+ )?potwierdzenia)${WE}`,
    String.raw`${W}bez (?:potwierdzonego |skutecznego |ostatecznego )?(?:rozwiązania|naprawy|poprawki)${WE}`,
    String.raw`${W}nie (?:\S+ ){0,2}(?:rozwiązany|rozwiązana|rozwiązane|naprawiony|potwierdzone|potwierdzona)${WE}`,
    String.raw`${W}nierozwiązan`,
    String.raw`${W}(?:niepotwierdzon|bez potwierdzenia)`,
  ],
  endorsements: [
    String.raw`${W}(?:jak (?:wspomniano|zanotowano|potwierdzono|ustalono)|potwierdzone|dobra wiadomość|aktualizacja|status|wynik|podsumowanie|notatka)\W*$`,
  ],
  problemFree: [
    String.raw`${W}bez (?:żadnych |najmniejszych |większych |dalszych )?(?:problemów|problemu|błędów|błędu|zakłóceń|przerw|kłopotów|zarzutu|zastrzeżeń|zrywania|zerwań|rozłączeń|rozłączania)${WE}`,
  ],
  misspellings: [
    'dziala działa',
    'dzialaja działaja',
    'dzialalo działało',
    'dziła działa',
    'dzała działa',
    'dizała działa',
    'dzaiła działa',
    'działą działa',
    'naprawoine naprawione',
  ],
  typoStems: [
    'prawidłowo',
    'poprawnie',
    'rozwiązany',
    'rozwiązane',
    'rozwiązana',
    'naprawione',
    'naprawiony',
    'bezproblemowo',
  ],
  partials: [
    String.raw`${W}(?:\d+|dwa|dwie|trzy|cztery|niektóre|niektórzy|większość|część|kilka|kilku|połowa) (?:z|spośród|ze) (?:\d+|\S+)`,
    String.raw`${W}częściowo${WE}`,
    // C283: worked on a test machine only: "Na maszynie testowej zadziałało, na produkcji jeszcze nie".
    String.raw`${W}(?:na|w) (?:\S+ )?(?:testow\S*|teście|testach|labie|sandboksie)${WE}`,
  ],
  joiners: ['niż'],
  waits: [String.raw`${W}dopiero (?:po|gdy|kiedy|jak|wtedy|od)${WE}`],
  // A fault denied as still going on: the frame of denial, then "still" and the fault.
  denials: [
    // C301: a closing label followed by an ability, read on the sentence: "Zamknięcie: użytkowniczka może
    // drukować", "Wynik: klient znowu może się logować".
    String.raw`^(?:zamknięcie|zamknięcie zgłoszenia|zamknięcie sprawy|zamknięcie ticketu|wynik|rezultat) (?:(?!(?:nie|czy|jeśli|jeżeli|gdy|nadal|wciąż|jeszcze|tylko|dopiero)${WE})\S+ ){0,3}?${ABLE} (?:(?:już|znowu|znów|ponownie|normalnie|swobodnie|bez problemu) )*${DO}${WE}(?! (?:\S+ ){0,6}?(?:jeśli|jeżeli|gdy|dopiero|tylko|jedynie|częściowo|nie|czy|poza|oprócz)${WE})`,
    // C56: a double negative: "there is not one printer left that does not print".
    String.raw`${W}nie ma (?:już )?(?:ani jednej|ani jednego|żadnej|żadnego) (?:\S+ ){0,3}(?:która|który|które)(?: by)? nie (?:drukowała|drukował|drukuje|działa|działała|działał)${WE}`,
    String.raw`${W}nie jest tak że (?:\S+ ){1,4}(?:nadal|wciąż|ciągle|dalej|znowu) \S+`,
  ],
  zeroCounts: [
    // C58: a fault counted as none after its label: "crashes: 0", "occurrences since the fix: 0".
    String.raw`^(?:\S+ ){0,2}(?:awarie|awarii|błędy|błędów|crashe|zawieszenia|zawieszeń|przestoje)(?: (?:od|po) .+)?$`,
    String.raw`${W}(?:liczba|ilość) (?:\S+ ){0,2}(?:zdarzeń|błędów|awarii)(?: (?!(?:musi|zostanie|będzie|ma|nie|jeszcze|gdy|jeśli|może|powinno|powinna)${WE})\S+){0,2} (?:od|po) `,
  ],
  noes: ['nie', 'gdzie tam', 'skąd', 'skądże'],
  elsewhere: [
    'problem leży',
    'problem tkwi',
    'problem jest po stronie',
    'przyczyna leży',
    'przyczyna tkwi',
    'przyczyną jest',
    'błąd leży',
    'błąd tkwi',
    'usterka leży',
    'winny jest',
  ],
  faults: [
    'zepsuty',
    'zepsuta',
    'zepsute',
    'popsuty',
    'padnięty',
    'wywala',
    'problem',
    'problemy',
    'błąd',
    'błędy',
    'zawiesza',
    'offline',
    'szwankuje',
    'sypie',
    'nie działa',
    'nie chodzi',
    'nie drukuje',
  ],
  // C100: an aside of sight asserts what follows it.
  asides: ['z tego co (?:widze|widzimy)', 'o ile (?:widze|widzimy|moge ocenic)'],
  // C101: a clause taken as given is asserted, in a question too.
  presuppositions: ['skoro', 'teraz gdy', 'teraz , gdy'],
  // C111: good news announced, with something again, tells the fault over.
  goodNews: [
    String.raw`\bdobra wiadomosc\b`,
    String.raw`\b(?:z przyjemnoscia|milo nam) (?:informujemy|poinformowac)\b`,
  ],
  again: ['znowu', 'znow', 'ponownie'],
};
