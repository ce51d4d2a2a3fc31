import { ALL_OF_ALL, type ClaimLanguage, W, WE } from './language.js';

// Turkish negates inside the verb ("çözüldü" / "çözülmedi", "çalışıyor" / "çalışmıyor"): the
// patterns list the affirmative forms, so a negated verb never matches them.
const SOLVED = String.raw`(?:çözüldü|çözülmüştür|çözülmüş|çözüldü(?:r)?|giderildi|giderilmiştir|giderilmiş|düzeldi|düzelmiştir|düzeltildi|düzeltilmiştir|halledildi|hallettik|hallolmuştur|hallolmuş|halloldu|onarıldı|tamir edildi|kapatıldı|kapandı|yoluna girdi|ortadan kalktı|ortadan kaldırıldı)`;
const WORKS = String.raw`(?:geçiyor|çıkıyor|basılıyor|yazdırılıyor|çalışıyor|çalışıyorlar|çalışmaktadır|çalışmakta|çalışır durumda|işliyor|işlemektedir|yazdırıyor|yazdırmaktadır|bağlanıyor|bağlanıyorlar|bağlanmaktadır|açılıyor|açılmaktadır|başlıyor|senkronize oluyor|senkronize ediliyor|eşitleniyor|eşitleme yapıyor|gidiyor|geliyor|gönderiyor|gönderiliyor|alıyor|alınıyor|yükleniyor|yapılıyor|tamamlanıyor|yanıt veriyor|cevap veriyor|hizmet veriyor|iletiliyor|ulaşıyor|tarıyor|kaydediyor|görüntüleniyor|giriş yapabiliyor|akıyor|senkronize ediyor|senkronize ediyorlar|eşitliyor)`;
// How a thing works when the note says it works as it should: "sorunsuz", "düzgün bir şekilde",
// "olması gerektiği gibi", "gayet iyi", "tıkır tıkır".
const MANNER = String.raw`(?:başarıyla|sorunsuz|sorunsuzca|problemsiz|sıkıntısız|hatasız|kesintisiz|düzgün|düzgünce|normal|normalde olduğu gibi|stabil|kararlı|gayet iyi|gayet güzel|iyi|mükemmel|kusursuz|kusursuzca|tıkır tıkır|sorunsuz olarak|eskisi gibi|her zamanki gibi|beklendiği gibi|olması gerektiği gibi|gerektiği gibi|istenildiği gibi|(?:sorunsuz|düzgün|normal|stabil|hatasız|sağlıklı|kararlı|problemsiz|olağan) (?:bir )?(?:şekilde|biçimde))`;
// Good states that "again" turns into a claim: "tekrar çevrimiçi", "yeniden stabil".
const GOOD = String.raw`(?:çevrimiçi|online|erişilebilir\S*|ulaşılabilir\S*|kullanılabilir\S*|kullanılabiliyor|stabil|kararlı|aktif|bağlı|ayakta|hizmette|devrede|çalışır durumda|sorunsuz|yolunda|normal)`;
const AGAIN = String.raw`(?:tekrar|yeniden|tekrardan|gene|artık|şimdi)`;
// Symptoms that go away: "uyarı penceresi kayboldu", "çökmeler sona erdi".
const SYMPTOM = String.raw`(?:alarm|hata|sorun|problem|uyarı|mesaj|pencere|bildirim|açılır|arıza|kesinti|donma|çökme|kopma|takılma|yavaşlık|gecikme|pop-up|popup|sıkıntı|mavi ekran)`;
const GONE = String.raw`(?:kayboldu|gitti|geçti|ortadan kalktı|ortadan kayboldu|sona erdi|son buldu|yok oldu|bitti|kalmadı)`;
// Symptom verbs whose negation says the symptom is gone: "artık görünmüyor", "bir daha çıkmadı".
// C246: also "karar", "sön", "titre": "ekran artık kararmıyor".
const SYMPTOM_STEM = String.raw`(?:karar|titre|sön|kasıl|atıl|yeniden başla|sıfırlan|kitlen|görün|görül|çık|oluş|yaşan|tekrarlan|tekrarla|don|çök|kop|kapan|takıl|kesil|belir|gel|düş|kilitlen|yavaşla|hata ver|sorun çıkar|sorun yarat|ver)`;
// A negated or future verb right after a state ("düzgün çalışmıyor", "erişilebilir olacak"):
// Turkish puts the negation and the tense after the word they govern.
const NOT_AFTER = String.raw`(?! (?:\S+ )?(?:değil|olacak|olur|olmalı|olup|gibi|\S*(?:mıyor|miyor|muyor|müyor|madı|medi|mamış|memiş|maz|mez|mayacak|meyecek|acak|ecek|malı|meli|ması|mesi|maya|meye|mak|mek)(?![\p{L}\p{N}])))`;
// A denied saying or counting after a claim word: "çözüldü diyemeyiz", "çözüldü sayılmaz".
// C310: also the word to reply with, quoted in a request: "'çözüldü' yazarak yanıtlayın".
const NOT_SAID = String.raw`(?! (?:diyemeyiz|diyemem|diyemiyoruz|diyemez\S*|denemez|denilemez|sayılmaz|sayamayız|sayamayiz|kabul edemeyiz|(?:yazarak |yazıp |diye |şeklinde )?(?:yanıtlayın|yanıtlayınız|cevaplayın|cevaplayınız|cevap verin|yanıt verin|dönüş yapın|dönün|yazın|yazınız))(?![\p{L}\p{N}]))`;
const NOT_ANY_MORE = String.raw`(?:m[ıiuü]yor|madı|medi|mamaktadır|memektedir|mıyorlar|miyorlar|muyorlar|müyorlar)`;

/** Turkish. */
export const TR: ClaimLanguage = {
  name: 'tr',
  claims: [
    // C191: the problem told as a thing of the past: "sorun artık geçmişte kaldı", "sorun tarih oldu".
    String.raw`${W}(?:sorun|problem|hata|arıza) (?:artık |nihayet )?(?:geçmişte kaldı|tarih oldu|geride kaldı|mazide kaldı)${WE}`,
    // C206: a named function restored, with "again" and its own verb: "santral çağrıları tekrar dahililere yönlendiriyor".
    String.raw`${W}(?:tekrar|yeniden|tekrardan|gene|yine) (?:\S+ ){0,3}?(?:yönlendiriyor|yönlendiriyorlar|aktarıyor|aktarılıyor|yönlendiriliyor|yazdırılıyor|basılıyor|eşitleniyor|eşleniyor|bağlanıyor|dağıtıyor|kesiliyor faturalar|kesilebiliyor|düzenleniyor)${WE}${NOT_AFTER}`,
    // C207: it works on every device: "program tüm bilgisayarlarda açılıyor", "takvim bütün telefonlarda eşitleniyor".
    String.raw`${W}(?:tüm|bütün|her) (?:bilgisayarlarda|cihazlarda|telefonlarda|makinelerde|pclerde|terminallerde|bilgisayarda|cihazda|telefonda|istasyonlarda) (?:\S+ )?(?:açılıyor|çalışıyor|eşitleniyor|senkronize oluyor|senkronize ediliyor|başlıyor|açılabiliyor)${WE}${NOT_AFTER}`,
    // C208: by itself, at logon: "ağ sürücüsü oturum açılışında kendiliğinden bağlanıyor".
    String.raw`${W}(?:kendiliğinden|otomatik olarak|otomatikman|kendi kendine) (?:\S+ )?(?:bağlanıyor|eşleniyor|geliyor|takılıyor|bağlanmaya başladı|eşleşiyor|maplanıyor|eşitleniyor)${WE}${NOT_AFTER}`,
    // C209: stays connected all day: "VPN artık gün boyu bağlı kalıyor".
    String.raw`${W}(?:gün boyu|gün boyunca|tüm gün|bütün gün|sabahtan akşama kadar) (?:\S+ )?(?:bağlı kalıyor|açık kalıyor|stabil kalıyor|kopmuyor|düşmüyor|kesilmiyor)${WE}(?! (?:mu|mı|mi|değil)${WE})`,
    // C210: opens straight away without the prompt: "Outlook profil sormadan doğrudan açılıyor".
    String.raw`${W}(?:\S+ )?(?:sormadan|istemeden|çıkmadan|seçtirmeden|sorulmadan) (?:doğrudan|direkt|direk|hemen|doğruca) (?:\S+ )?(?:açılıyor|başlıyor|giriyor|bağlanıyor)${WE}${NOT_AFTER}`,
    // C211: faster than ever: "hiç olmadığı kadar hızlı", "her zamankinden daha hızlı".
    String.raw`${W}(?:hiç olmadığı kadar|her zamankinden|hiç olmadığı gibi) (?:daha )?(?:hızlı|stabil|iyi|akıcı|seri)${WE}${NOT_AFTER}`,
    // C212: better than before the update: "güncellemeden öncekinden daha iyi çalışıyor".
    String.raw`${W}(?:güncelleme|güncellemeden|arıza|arızadan|değişim|değişimden|yükseltme|yükseltmeden) (?:önce(?:sinden|kinden)|öncesine göre) (?:bile )?(?:daha )?(?:iyi|hızlı|stabil|akıcı)${WE}${NOT_AFTER}`,
    // C213: as good as new: "sıfır gibi", "yepyeni gibi çalışıyor".
    String.raw`${W}(?:sıfır|yepyeni|yeni|ilk günkü) gibi (?:çalışıyor|oldu|açılıyor|işliyor|maşallah)${WE}${NOT_AFTER}`,
    // C214: a third party vouches that it works: "tedarikçi lisansın aktif olduğunu onayladı".
    String.raw`${W}(?:lisansın|lisans|aboneliğin) (?:aktif|etkin|geçerli) olduğunu (?:onayladı|teyit etti|söyledi|bildirdi)${WE}`,
    // C215: the monitoring all green since a time: "izleme saat 9'dan beri her şey yeşil".
    String.raw`${W}\S*(?:den|dan|ten|tan) (?:beri|bu yana|itibaren) (?:\S+ ){0,3}?(?:her şey|hepsi|tümü|tamamı|tüm göstergeler) (?:yeşil|normal)${WE}${NOT_AFTER}`,
    // C216: delivery back to normal, all delivered: "son 24 saatte teslim oranı %100".
    String.raw`${W}(?:teslim|iletim|ulaşma|teslimat) (?:oranı|orani) (?:\S+ )?(?:yüzde )?100${WE}(?! ?tomark)`,
    // C217: not one ticket since a day, the devices stable: "pazartesiden beri tek bir kayıt açılmadı".
    String.raw`${W}(?:beri|bu yana) (?:tek bir|bir tane bile|hiç) (?:kayıt|talep|çağrı|ticket|şikayet|arıza kaydı) (?:açılmadı|gelmedi|yok)${WE}(?! (?:mu|mı|mi)${WE})`,
    // C218: closing boilerplate over a settled matter: "konu çözüme kavuştuğu için kaydı kapatıyoruz".
    String.raw`${W}(?:konu|sorun|talep|kayıt|arıza) (?:\S+ )?(?:çözüme kavuştuğu|çözüldüğü|giderildiği|halledildiği|çözüme ulaştığı) (?:için|üzere|cihetle)${WE}`,
    // C219: the prints come out clean: "çıktılar temiz çıkıyor".
    String.raw`${W}(?:çıktılar|çıktı|baskılar|baskı|kopyalar|sayfalar) (?:artık |yine |tekrar |şimdi )?(?:temiz|net|tertemiz|pırıl pırıl|lekesiz) (?:çıkıyor|geliyor|basılıyor|alınıyor)${WE}${NOT_AFTER}`,
    // C220: chat style: "sync süper çalışıyor :)".
    String.raw`${W}(?:süper|harika|efsane|bomba|jet gibi) (?:çalışıyor|gidiyor|işliyor)${WE}${NOT_AFTER}`,
    // C240: the device takes every page: "tarayıcı artık her sayfayı çekiyor", "besleyici bütün sayfaları alıyor".
    String.raw`${W}(?:her|tüm|bütün) (?:sayfayı|sayfaları|kağıdı|kağıtları|belgeyi|belgeleri|yaprağı|yaprakları|evrakı|evrakları)(?: \S+){0,2}? (?:çekiyor|alıyor|tarıyor|okuyor|besliyor|geçiriyor|yutuyor|kabul ediyor|tanıyor)${WE}${NOT_AFTER}(?! (?:mu|mı|mi|mü)${WE})`,
    String.raw`${W}(?:her|tüm|bütün) (?:sayfa|sayfalar|kağıt|kağıtlar|belge|belgeler|yaprak|yapraklar)(?: \S+){0,3}? (?:geçiyor|taranıyor|okunuyor|çekiliyor|alınıyor|besleniyor)${WE}${NOT_AFTER}(?! (?:mu|mı|mi|mü)${WE})`,
    // C243: a steady good state since a change or a day: "yeniden başlatmadan beri bağlantı kusursuz".
    String.raw`${W}\S*(?:dan|den|tan|ten) (?:beri|bu yana|itibaren)(?: \S+){0,3} (?:hep |sürekli |gayet |tamamen |çok )?(?:kusursuz|mükemmel|harika|sorunsuz|stabil|gayet iyi|çok iyi|sapasağlam|tıkır tıkır|jet gibi)${WE}${NOT_AFTER}(?! (?:mu|mı|mi|mü)${WE})`,
    // C244: a good state now, after no complaints: "toplantı odasındaki Wi-Fi artık çok iyi".
    String.raw`${W}artık (?:çok |gayet |oldukça |son derece |tam )?(?:iyi|harika|süper|mükemmel|kusursuz|hızlı|stabil|sağlam|güzel)${WE}${NOT_AFTER}(?! (?:mu|mı|mi|mü)${WE})`,
    // C247: a hedged claim that still asserts: "düzelmiş gibi görünüyor", "sorunsuz çalışıyor gibi duruyor".
    String.raw`${W}(?:düzelmiş|çözülmüş|hallolmuş|halolmuş|giderilmiş|yoluna girmiş|normale dönmüş|düzgün çalışıyor|sorunsuz çalışıyor|çalışıyor) gibi (?:görünüyor|duruyor|gözüküyor)${WE}`,
    // C272: a person reports a function back: "Outlook'un yeniden senkronize olduğunu teyit etti";
    // C306: also a third party's report of the device at work again: "POS cihazlarının yeniden kart kabul ettiğini söylüyor";
    // not a fault back ("hatanın yeniden geldiğini söyledi").
    String.raw`(?<!(?:hata|sorun|arıza|problem|uyarı|donma|kesinti|çökme)\S* )${W}(?:yeniden|tekrar|artık|yine|sorunsuz|düzgün) (?:(?!(?:değil|henüz|hâlâ|hala|hata\S*|sorun\S*|arıza\S*|problem\S*|uyarı\S*)${WE})\S+ ){0,2}?(?:senkronize olduğunu|senkronize edildiğini|eşitlendiğini|eşitlediğini|geldiğini|gönderdiğini|çalıştığını|bağlandığını|yazdırdığını|taradığını|açıldığını|aldığını|çektiğini|yüklendiğini|ulaştığını|iletildiğini|kabul ettiğini|kabul ettiklerini|verdiğini|verdiklerini|bastığını|bastıklarını|okuduğunu|geçtiğini|çektiklerini|aldıklarını) (?:\S+ )?(?:onayladı|teyit etti|söyledi|bildirdi|belirtti|iletti|doğruladı|yazdı|haber verdi|onaylıyor|söylüyor|belirtiyor|teyit ediyor)${WE}`,
    // C274: a page that opens without the warning: "site artık sertifika hatası vermeden açılıyor".
    String.raw`${W}(?:uyarı|uyarısı|uyarıları|hata|hatası|hataları|ikaz|ikazı|mesajı|mesaj|ekranı)\S* (?:vermeden|çıkmadan|göstermeden|gelmeden|olmadan|çıkarmadan|vermeksizin) (?:(?:artık|yeniden|tekrar|sorunsuz) )?(?:açılıyor|açılıyo|yükleniyor|geliyor|görüntüleniyor|çalışıyor|bağlanıyor|giriliyor)${WE}`,
    // C275: the test after the run passed: "geri yükleme testi başarılı oldu".
    String.raw`${W}(?:geri yükleme|restore|kurtarma|yedekleme|yedek|yazdırma|baskı|bağlantı|geri dönüş) (?:testi|denemesi|testleri|testimiz)(?: de| da)? (?:(?:sorunsuz|başarıyla|başarılı bir şekilde) )?(?:başarılı oldu|başarılı geçti|başarıyla tamamlandı|sorunsuz geçti|geçti|başarılı)${WE}(?! (?:olmadı|değil|mi|mı|olursa|olsa|olacak|olmazsa)${WE})`,
    // C276: the card terminal takes payments again: "POS cihazı kartları yeniden çekiyor".
    String.raw`${W}(?:yeniden|tekrar|artık|yine|sorunsuz) (?:\S+ ){0,2}?(?:kart|kartı|kartları|kartlı ödeme|ödeme|ödemeleri|temassız)(?: \S+)? (?:çekiyor|çekiyo|geçiyor|geçiyo|kabul ediyor)${WE}`,
    String.raw`${W}(?:kart|kartlar|kartları|ödeme|ödemeler|ödemeleri|temassız) (?:(?:yeniden|tekrar|artık|sorunsuz) )+(?:çekiyor|çekiyo|alıyor|geçiyor|geçiyo|kabul ediyor)${WE}`,
    // C278: back up, and the work goes on: "Sunucu ayağa kalktı, depo sipariş girebiliyor".
    String.raw`${W}(?:yeniden |tekrar )?(?:ayağa kalktı|ayağa kalkmış|ayakta)${WE}(?! (?:değil|mi|mı|olunca|olursa|kalmadı)${WE})`,
    String.raw`${W}(?:sipariş|siparişleri|fatura|faturaları|kayıt|irsaliye|stok) (?:\S+ )?(?:girebiliyor|girebiliyorlar|girilebiliyor|kesebiliyor|kesebiliyorlar|oluşturabiliyor|oluşturabiliyorlar|işleyebiliyor)${WE}`,
    // C279: every machine gets its address now: "12 bilgisayarın tamamı DHCP'den adres alıyor".
    String.raw`${W}(?:tüm|bütün|hepsi|tamamı|her)(?: \S+){0,4}? (?:ip|adres|adresi|adresini|adreslerini|ip adresi|ip adresini)(?: \S+)? (?:alıyor|alıyorlar|alıyo|çekiyor|çekiyorlar|alabiliyor|alabiliyorlar)${WE}`,
    // C280: names resolve again: "DNS tekrar isimleri çözümlüyor".
    String.raw`${W}(?:yeniden|tekrar|yine) (?:\S+ ){0,2}?(?:çözümlüyor|çözümlüyo|çözüyor|çözüyo|yanıt veriyor|cevap veriyor)${WE}`,
    // C300: the calls clear again, the sound too: "görüşmeler yine net", "aramalar tekrar net duyuluyor".
    String.raw`${W}(?:görüşme|arama|konuşma|ses|çağrı|toplantı|video görüşme|görüntülü görüşme|telefon)\S*(?: (?!(?:değil|hâlâ|hala|henüz)${WE})\S+){0,2}? (?:yine|yeniden|tekrar|artık|gene) (?:net|temiz|berrak|anlaşılır|cızırtısız|parazitsiz|pürüzsüz)(?:dir|ler|tir)?(?: (?:duyuluyor|geliyor|çıkıyor|işitiliyor))?${WE}${NOT_AFTER}(?! (?:mi|mı|mu|mü|sadece|yalnızca)${WE})`,
    // C307: a check of the restored state, told in the passive: "E-posta akışının yeniden sağlandığı teyit edildi",
    // "yazıcının tekrar çalıştığı doğrulandı".
    String.raw`${W}(?:(?:yeniden|tekrar|yine) (?:\S+ )?(?:sağlandığı|kurulduğu|başladığı|geldiği|aktığı|açıldığı|bağlandığı)|çalıştığı|düzgün çalıştığı|sorunsuz çalıştığı|düzeldiği|çözüldüğü|giderildiği|onarıldığı|normale döndüğü|sorunsuz olduğu) (?:teyit edildi|doğrulandı|onaylandı|kontrol edildi|görüldü|tespit edildi|teyit edilmiştir|doğrulanmıştır)${WE}(?! (?:mi|mı|mu|mü)${WE})`,
    // C309: it stopped crashing: "ERP faturaları açarken çökmeyi bıraktı".
    String.raw`${W}(?<!(?:henüz|hâlâ|hala) )(?:çökmeyi|donmayı|kopmayı|takılmayı|kapanmayı|kilitlenmeyi|düşmeyi|kesilmeyi|hata vermeyi|yeniden başlamayı|kendini kapatmayı) (?:artık |tamamen |nihayet )?bıraktı(?:lar)?${WE}(?! (?:mı|mi|mu|mü)${WE})`,
    // C249: the line measured clean and sound: "hat sağlıklı".
    String.raw`${W}(?:hat|hattı|bağlantı|link|ağ|internet|hat kalitesi)(?: da| de)? (?:artık |şimdi |gayet |tamamen |yine |yeniden )?(?:sağlıklı|temiz|sağlam)${WE}${NOT_AFTER}(?! (?:mu|mı|mi|mü)${WE})`,
    // C170: handled and confirmed on site, in the formal register: "halledilmiş olup yerinde teyit edilmiştir".
    String.raw`${W}(?:halledilmiş|giderilmiş|çözülmüş|onarılmış|düzeltilmiş) olup (?:\S+ ){0,2}(?:teyit|kontrol|test) edilmiştir${WE}`,
    // C172: it does its job after the work: "işini görüyor", "görevini yapıyor".
    String.raw`${W}(?:işini|görevini|vazifesini) (?:gayet |güzelce |düzgünce |sorunsuz )?(?:görüyor|yapıyor|görmekte|yapmakta|görüyorlar|yapıyorlar)${WE}(?! (?:mu|mı|mi|değil)${WE})`,
    // C174: full availability over a span: "Son 72 saatte %100 erişilebilirlik".
    String.raw`(?:%|yüzde) ?100 (?:erişilebilirlik|uptime|çalışma süresi|ayakta kalma|kullanılabilirlik|başarı)${WE}`,
    // C176: praise in slang: "Wi-Fi şu an bomba gibi", "roket gibi".
    String.raw`${W}(?:bomba|roket|uçak|jet|fişek|ok) gibi${WE}(?! (?:değil|olacak|olur)${WE})`,
    // C177: the device lively again: "Dizüstü yine turp gibi", "tarayıcı da dirildi".
    String.raw`${W}(?:turp gibi|dipdiri|dirildi|canlandı|hayata döndü|kendine geldi|eski haline döndü)${WE}(?! (?:mi|mı|değil)${WE})`,
    // C143: a count of all in a good state: "16/16 kamera NVR'da yeniden kayıtta".
    String.raw`${ALL_OF_ALL}(?: (?!(?:değil|yok|hâlâ|hala|henüz|ama|sadece|çevrimdışı)${WE})\S+){0,5} (?:yeniden|tekrar|çevrimiçi|online|kayıtta|yeşil|başarılı|bağlı|aktif)${WE}(?! (?:değil|olmadı|olmayacak|değiller)${WE})`,
    // C148: all of a set moved, the connections fine: "40 kullanıcının tamamı yeni ağa geçti", "bağlantılar sorunsuz".
    String.raw`${W}\d+ (?:kullanıcının|cihazın|bilgisayarın|kameranın|yazıcının|hesabın|posta kutusunun|şubenin) (?:tamamı|hepsi)(?: \S+){0,4} (?:geçti|taşındı|bağlandı|eklendi|aktarıldı|tamamlandı)${WE}`,
    String.raw`${W}(?:bağlantılar|bağlantı|hatlar|aramalar) (?:da |de )?(?:artık )?(?:sorunsuz|stabil|kesintisiz)${WE}(?! (?:değil|olmadı)${WE})`,
    // C149: a device doing its work again: "barkod yazıcısı yine etiket basıyor".
    String.raw`${W}(?:yine|yeniden|tekrar) (?:etiket|fiş|fatura|kart|barkod|sayfa|belge)\S* (?:basıyor|yazdırıyor|çekiyor|kabul ediyor|okuyor|alıyor)${WE}`,
    // C155: what the customer will notice, a good state to come: "ağ sürücülerinin bağlandığını göreceksiniz".
    String.raw`${W}(?:hemen|anında|otomatik olarak|hızla|açılır açılmaz)(?: \S+){0,4} (?:bağlandığını|açıldığını|çalıştığını|hızlandığını|geldiğini) (?:göreceksiniz|fark edeceksiniz|hissedeceksiniz)${WE}`,
    // C156: arriving since a time: "gelen mailler saat 15'ten beri düşüyor".
    String.raw`${W}(?:saat )?\d+(?::\d+)?(?:'| |’)?(?:ten|tan|den|dan|te|ta|de|da) beri (?:\S+ )?(?:düşüyor|geliyor|açılıyor|çalışıyor|erişilebiliyor|ulaşıyor|yükleniyor)${WE}`,
    // C127: a hedged claim that still asserts the present: "Artık her şey hallolmuş olmalı".
    String.raw`${W}(?:artık|şimdi|şu an|şu anda) (?:\S+ ){0,3}(?:hallolmuş|halolmuş|çözülmüş|düzelmiş|giderilmiş|düzeltilmiş|yoluna girmiş|tamamlanmış) ol(?:malı|sa gerek)${WE}`,
    // C128: the customer invited to mark or close the ticket: "Talebi tamamlandı olarak işaretleyebilirsiniz".
    String.raw`${W}(?:tamamlandı|çözüldü|kapatıldı|çözülmüş|tamamlanmış|kapalı) olarak işaretleyebilir(?:siniz|sin|iz)${WE}`,
    String.raw`${W}(?:talebi|kaydı|bileti|çağrıyı|ticketı|ticket'ı|destek talebini) (?:artık )?kapatabilir(?:siniz|sin)${WE}`,
    // C129: a run completed without warnings or errors: "Dün geceki yedekleme uyarısız tamamlandı".
    String.raw`${W}(?:uyarısız|hatasız|uyarı vermeden|hata vermeden|(?:hiçbir |tek bir )?(?:uyarı|hata) olmadan) (?:bir şekilde |başarıyla )?(?:tamamlandı|bitti|tamamlanmıştır|sonlandı|tamamlanmış)${WE}`,
    // C134: the machine joined to the domain and the policies apply: "Bilgisayar domaine alındı, GPO'lar da uygulanıyor".
    String.raw`${W}(?:domaine|domain'e|etki alanına) (?:başarıyla )?(?:alındı|eklendi|katıldı|katılmıştır|alınmıştır|dahil edildi)${WE}`,
    String.raw`${W}(?:gpo|grup ilke|grup ilkeleri|grup politikaları|politikalar|ilkeler)\S* (?:da |de )?(?:sorunsuz |düzgün |artık )?(?:uygulanıyor|uygulandı|uygulanmış|uygulanmaktadır)${WE}`,
    // C125: normal operation stated as confirmed, in the formal register: "Normal operation has been confirmed".
    String.raw`${W}normal (?:şekilde )?çalıştığı (?:teyit|tespit) edil(?:miştir|di)${WE}`,
    // C126: as good as its peers: "works just like every other laptop in the office", "same speed as the rest".
    String.raw`${W}diğerleri gibi çalışıyor${WE}`,
    String.raw`${W}geri kalanıyla aynı (?:oldu|durumda)${WE}`,
    // C114: every job of a run told as successful: "every backup job succeeded last night".
    String.raw`${W}(?:tüm|bütün|her)(?: \S+){0,3} (?:yedek|görev|iş|test)\S*(?: \S+){0,3} başarıyla (?:tamamlandı|tamamlanmış|bitti)\S*`,
    // C116: the good state as an attribute: "the now-working VPN", "das wieder funktionierende Profil".
    String.raw`${W}çalışır hale gel(?:en|miş)${WE}`,
    // C117: working as it did before the fault: "works exactly as before the update".
    String.raw`${W}(?:güncellemeden|arızadan|sorundan|değişiklikten) önceki gibi (?:çalışıyor|sorunsuz)\S*`,
    // C102, C104, C105, C106, C110.
    String.raw`\bisini gordu\b`,
    String.raw`\btatliya baglandi\b`,
    String.raw`\b(?:hallettigimize|cozdugumuze|cozebildigimize) sevindim\b`,
    String.raw`\bguncelleme oncesindeki kadar (?:hizli|stabil|sorunsuz)\b`,
    String.raw`\b(?:tas gibi|cillop gibi|bomba gibi|tikir tikir)\b`,
    String.raw`\bsikayeti artik kalmadi\b`,
    // C90, C91: "son 24 saatte 0 başarısız oturum açma", "paket kaybı %6'dan %0'a düştü"; C96: "tüm ekip tekrar çevrim içi".
    String.raw`\b(?:kaybi|kayip|hata orani|hata)(?: [\w-]+){0,4} (?:0 a|sifira|tomark 0)(?: (?:dustu|indi|geriledi))?\b`,
    String.raw`\b(?:tekrar|yeniden) (?:cevrim ?ici|online|aktif|erisilebilir)\b(?! (?:olacak|olur|olmali|olsun|olmasi)\b)`,
    // C83: speed back to normal or better than before the fault; messages that arrive as they should
    // now; a test run that came out clean ("printed two batches without skipping a label").
    String.raw`${W}öncesine göre (?:\S+ )?(?:daha )?(?:hızlı|stabil|iyi)\S*${NOT_AFTER}`,
    String.raw`${W}(?:normal|eski|tam) (?:hızına|performansına) (?:geri )?döndü${WE}`,
    String.raw`${W}(?:iki|üç|birkaç|\d+) (?:kez|kere|defa) (?:sorunsuz|düzgün|hatasız|sorunsuzca) (?:bastı|yazdırdı|çıktı verdi)${WE}`,
    // C80: the output right again, and the phone registered again with its calls going through:
    // "invoices come out with the correct logo again", "the desk phone registers with the PBX again".
    String.raw`${W}(?:\S+ )?(?:yeniden|tekrar) (?:kaydoldu|kayıt oldu|kaydoluyor|register oldu)${WE}${NOT_AFTER}`,
    String.raw`${W}gelen ve giden aramalar (?:\S+ )?(?:sorunsuz|çalışıyor|geçiyor)${WE}${NOT_AFTER}`,
    // C64: the consequence that implies the fix: a run printed without a hitch, the queues drain
    // and prints come out in seconds.
    String.raw`${W}kuyruk\S*(?: \S+){0,2} (?:normal sekilde|sorunsuz|sorunsuzca|duzgun|normal) (?:\S+ )?(?:bosaliyor|bosaltiliyor|isleniyor|akiyor)${WE}`,
    String.raw`${W}(?:ciktilar|belgeler|isler|sayfalar) (?:\S+ )?(?:birkac|\d+|iki|uc|bes) saniye(?:de|icinde) (?:geliyor|cikiyor|basiliyor|yazdiriliyor)${WE}`,
    // C67: a customer quoted saying it works: "Nihayet yazdırabiliyoruz, çok teşekkürler!".
    String.raw`${W}(?:nihayet|sonunda|en sonunda) (?:tekrar |yeniden )?(?:yazdirabiliyor|basabiliyor|calisabiliyor|tarayabiliyor|girebiliyor|baglanabiliyor)\S*`,
    // C52: status shorthand after the fix: "Spooler OK post-fix", "back in prod", "ticket closed".
    String.raw`${W}(?:fix|duzeltme|kurulum) sonrasi (?:\S+ ){0,2}ok${WE}${NOT_AFTER}`,
    String.raw`${W}(?:tekrar|yeniden) (?:prod|canli|uretim)\S*${NOT_AFTER}`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`${W}(?:tum|butun) (?:kuyruklar|yazicilar)\S* (?:basiyor|yazdiriyor|calisiyor)$`,
    // C54: it has run since without a single fault: "running without a single crash".
    String.raw`${W}tek bir (?:cokme|hata|kesinti|durma|sorun)\S* (?:olmadan|yasamadan|yasanmadan) (?:\S+ )?(?:calisiyor|calisti|basiyor)`,
    // C55: the restoration told as a confirmed noun or passive: "Restoration of printing confirmed".
    String.raw`${W}(?:geri (?:yuklendigi|geldigi)|duzeldigi|cozuldugu) (?:teyit edil(?:di|mistir|mis)|dogrulan(?:di|mistir|mis)|onaylan(?:di|mistir|mis))${WE}${NOT_AFTER}`,
    // C79: the solution or the restoration told as confirmed or completed, as a noun.
    String.raw`${W}(?:çözüm|çözümü|onarım|düzeltme|(?:\S+ )?(?:yeniden sağlanması|geri yüklenmesi|onarılması))(?: (?!(?:kısmen|sadece|yalnızca|olacak|edilecek|gerek|değil|henüz|eğer|ise|denemesi)${WE})\S+){0,6} (?:onaylandı|doğrulandı|tamamlandı|teyit edildi|gerçekleştirildi)${WE}${NOT_AFTER}`,
    // C59: a test page printed with success: "test page printed successfully on every queue".
    String.raw`${W}test sayfasi(?: \S+){0,2} (?:basariyla|sorunsuz) (?:yazdirildi|basildi)${WE}${NOT_AFTER}`,
    // C61: the outcome as a headline: "fix successful", "printing restored", "stays up", "no more crashes".
    String.raw`${W}(?:duzeltme|cozum|mudahale|onarim) (?:\S+ )?basarili${WE}${NOT_AFTER}`,
    String.raw`${W}(?:yazdirma|hizmet|erisim|baglanti) geri geldi${WE}${NOT_AFTER}`,
    // C50: settled idioms and regional forms of "it works again" ("put to bed", fr-CA "asteure", nl-BE "terug").
    String.raw`${W}yağ gibi (?:akıyor|gidiyor|çalışıyor|kayıyor)${WE}${NOT_AFTER}`,
    // C47: monitoring green (since the fix): "monitoring has been green across the board".
    String.raw`${W}(?:izleme|monitoring|gösterge)\S*(?: \S+){0,2} (?:hep |sürekli |tamamen )?yeşil${WE}(?! (?:değil|olmadı|olmuyor))`,
    // C45: the place of the fault is empty and stays so: "the queue is empty and stays empty".
    String.raw`${W}kuyru\S* boş ve (?:\S+ )?(?:kalıyor|duruyor)${WE}`,
    // C35: the place of the fault stayed good over a span: "the queue stayed empty all week".
    String.raw`${W}kuyru\S*(?: \S+){0,3} (?:bütün|tüm|koca|her) (?:hafta|gün|sabah|hafta sonu)(?: boyunca)? boş (?:kaldı|duruyor|durdu|kalıyor|görünüyor)${WE}`,
    String.raw`${W}kuyru\S*(?: \S+){0,3} (?:hafta|gün|sabah) boyunca boş (?:kaldı|duruyor|durdu|kalıyor)${WE}`,
    // C38: as good as new: "sıfır gibi oldu".
    String.raw`${W}sıfır gibi (?:oldu|çalışıyor|duruyor|yazdırıyor|basıyor)${WE}`,
    // C29: a formal closure: "Talebiniz çözüme kavuşturulmuş olup kaydınız kapatılmıştır".
    String.raw`${W}çözüme (?:kavuşturulmuş|kavuşturulmuştur|kavuşturuldu|kavuştu|kavuşmuştur|kavuşmuş|ulaştırıldı|ulaştırılmıştır|ulaştırılmış)${WE}`,
    String.raw`${W}(?:kaydınız|talebiniz|kayıt|talep|çağrı|bilet|ticket)\S*(?: \S+)? (?:kapatılmıştır|kapatılmış|kapatıldı|sonlandırılmıştır|sonlandırıldı)${WE}`,
    // C26: after several attempts, the last one did it: "sonunda firmware güncellemesi işi çözdü".
    String.raw`${W}(?:sorunu|problemi|hatayı|işi|meseleyi|arızayı|durumu|bu sorunu) (?:\S+ )?(?:çözdü|halletti|giderdi|düzeltti|çözmüş|halletmiş)${WE}`,
    // C20: monitoring says all is well: "tüm kontroller yeşil".
    String.raw`${W}(?:tüm|bütün|her)(?: \S+){0,5} (?:yeşil|yeşilde|yeşile döndü)(?:dir)?${WE}(?! (?:değil|olmadı|görünmüyor))`,
    // C19: someone confirmed they can work: "… giriş yapabildiğini onayladı".
    String.raw`${W}\S*(?:abildiğini|ebildiğini|abildiklerini|ebildiklerini) (?:onayladı|teyit etti|doğruladı|bildirdi|söyledi)${WE}`,
    // Slang of the trade: "fixlendi" (it got fixed), "bomba gibi çalışıyor" (works like a dream).
    String.raw`${W}(?:fixlendi|fixledik|fixledim)${WE}`,
    String.raw`${W}bomba gibi (?:çalışıyor|gidiyor|işliyor)${WE}`,
    // C14: better than ever: the device not only works, it works better than before.

    String.raw`${W}her zamankinden (?:daha )?\S+`,
    // C13: a cause that fixed it: "yeniden başlatma hatayı giderdi", "bu sorunu çözdü".
    String.raw`${W}(?:sorunu|sorunları|problemi|arızayı|hatayı|hataları|sıkıntıyı|durumu)(?: \S+)? (?:çözdü|giderdi|düzeltti|halletti|ortadan kaldırdı|çözmüş|gidermiş)${WE}`,
    String.raw`(?<![\p{L}\p{N}])(?:uygulamaları|uygulamalar|lisans|office|windows)(?: \S+){0,3} (?:etkinleştirildi|etkinleştirilmiş|aktif|aktifleştirildi|aktive edildi)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:başarıyla|sorunsuz|hatasız) (?:tamamlanıyor|tamamlandı|tamamlanmaktadır|bitiyor)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:tamamen|kalıcı olarak|tümüyle) giderildi\S*`,
    // Not before a denied saying: "buna çözüldü diyemeyiz" (we cannot call it resolved).
    String.raw`(?<![\p{L}\p{N}])(?:ilgilenildi|çözüldü|halledildi|giderildi)(?![\p{L}\p{N}])${NOT_SAID}`,
    String.raw`(?<![\p{L}\p{N}])(?:her şey|sistem|hepsi)(?: \S+)? (?:sorunsuz|düzgün|normal|yolunda) (?:işliyor|çalışıyor|gidiyor)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:sorunsuz|düzgün|normal|hatasız|sorunsuzca) (?:işliyor|çalışıyor|tamamlanıyor|başlıyor|açılıyor|bağlanıyor|yazdırıyor)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:giderildiğini|çözüldüğünü|düzeldiğini|halledildiğini) (?:\S+ )?(?:bildiririz|bildirmek isteriz|belirtmek isteriz|bildirmekten)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:yeniden|tekrar|artık) (?:\S+ )?(?:erişilebiliyor|erişilebilir|kullanılabiliyor|kullanılabilir|ulaşılabiliyor)(?![\p{L}\p{N}])${NOT_AFTER}`,
    String.raw`(?<![\p{L}\p{N}])(?:kullanıma|kullanım için) hazır(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:tıkır tıkır|sapasağlam|gıcır gıcır)(?![\p{L}\p{N}])`,
    String.raw`${W}${SOLVED}${WE}${NOT_SAID}`,
    String.raw`${W}(?:sorunu|problemi|arızayı|hatayı)(?: \S+)? (?:çözdük|giderdik|düzelttik|hallettik|onardık|çözdüm|giderdim|düzelttim|hallettim)${WE}`,
    String.raw`${W}(?:çözdük|giderdik|düzelttik|hallettik|onardık|onardım|tamir ettik|tamir ettim|yoluna koyduk)${WE}`,
    String.raw`${W}(?:tekrar|yeniden|yine|artık|şimdi)(?: \S+){0,2} ${WORKS}${WE}`,
    String.raw`${W}(?:her şey|sistem|yazıcı|durum)(?: \S+)? (?:yolunda|normal|normale döndü|eski haline döndü|tamam|düzgün)${WE}${NOT_AFTER}`,
    String.raw`${W}(?:bu |talebi |kaydı |bileti )?(?:kaydı|talebi|bileti|çağrıyı) kapatıyoruz${WE}`,
    String.raw`${W}(?:kayıt|talep|bilet|çağrı) (?:kapatılabilir|kapatılıyor|kapatıldı)${WE}`,
    String.raw`${W}(?:hata|sorun|problem|uyarı|mesaj)(?:lar)? (?:kayboldu|gitti|ortadan kalktı|görünmüyor)${WE}`,
    String.raw`${W}(?:çözüm|düzeltme|onarım) (?:onaylandı|doğrulandı|işe yaradı|başarılı oldu|etkili oldu)${WE}`,
    String.raw`${W}(?:işe yaradı|sorun kalmadı|problem kalmadı|sorun yok artık|artık sorun yok|normale döndü|hizmet verebiliyor)${WE}`,
    String.raw`${W}(?:tekrar|yeniden|artık) (?:yazdırabilirsiniz|çalışabilirsiniz|giriş yapabilirsiniz|bağlanabilirsiniz|kullanabilirsiniz)${WE}`,
    // C2: a good state again ("tekrar çevrimiçi", "yeniden stabil"), "geri geldi" of what was lost.
    String.raw`${W}${AGAIN} (?:\S+ ){0,2}${GOOD}${WE}${NOT_AFTER}(?! (?:olma|olmu|mi|mı)${WE})`,
    String.raw`${W}(?:internet|bağlantı|erişim|hizmet|servis|ağ|wi-fi|wifi|sinyal|ses|görüntü|e-posta|posta|sistem|sunucu|yazıcı|elektrik)\S* (?:\S+ )?geri (?:geldi|döndü|gelmiştir|dönmüştür)${WE}`,
    // C4: a person can work again ("artık normal şekilde çalışabiliyor", "sorunsuz oturum açabiliyor").
    String.raw`${W}(?:tekrar|yeniden|tekrardan|artık|şimdi|sorunsuz|sorunsuzca|rahatça|rahatlıkla|normal|problemsiz|eskisi gibi|${MANNER}) (?:\S+ ){0,2}(?!dene|kontrol|bildir|ulaş)\p{L}+[ae]bil(?:iyor|iyorlar|mektedir|mekteler)${WE}`,
    String.raw`${W}(?:tekrar|yeniden|artık|şimdi|sorunsuz|rahatça) (?:\S+ )?(?:yazdırabilirsiniz|çalışabilirsiniz|giriş yapabilirsiniz|oturum açabilirsiniz|bağlanabilirsiniz|kullanabilirsiniz|erişebilirsiniz|gönderebilirsiniz|tarayabilirsiniz)${WE}`,
    String.raw`${W}(?:çözmeyi|gidermeyi|düzeltmeyi|halletmeyi|onarmayı|sağlamayı|bağlanmayı|girmeyi|giriş yapmayı|oturum açmayı|yazdırmayı|çalıştırmayı|erişmeyi) başard(?:ı|ık|ım|ılar)${WE}`,
    String.raw`${W}(?:çöz|gider|düzelt|hallet|onar|tamir ed)(?:ebil|abil)di(?:k|m|ler)?${WE}`,
    // C5: the symptom is gone ("uyarı penceresi kayboldu", "çökmeler sona erdi").
    String.raw`${W}${SYMPTOM}\S*(?: \S+){0,3} ${GONE}${WE}`,
    // C6: service restored ("erişim yeniden sağlandı", "hizmet geri yüklendi").
    String.raw`${W}(?:erişim|bağlantı|hizmet|iletişim|senkronizasyon|eşitleme|çalışma|akış|servis|internet|ağ|oturum|e-posta)\S* (?:\S+ )?(?:yeniden |tekrar |başarıyla |sorunsuz )*(?:sağlandı|sağlanmıştır|sağlanmış|kuruldu|kurulmuştur|geri yüklendi|geri getirildi|restore edildi|eski haline getirildi|normale döndürüldü|açıldı|düzeldi)${WE}`,
    String.raw`${W}(?:başarıyla |nihayet |sonunda |tamamen )*(?:düzeltilmiştir|çözüme kavuştu|çözüme kavuşturuldu|çözüme kavuşmuştur|onarılmıştır|tamir edilmiştir|eski haline geldi|eski haline döndü|eski haline getirildi|normale döndü|normale dönmüştür)${WE}`,
    // C2: started working again ("tekrar yazdırmaya başladı").
    String.raw`${W}(?:tekrar|yeniden|tekrardan|normal|sorunsuz|düzgün) (?:\S+ )?(?:çalışmaya|yazdırmaya|bağlanmaya|açılmaya|senkronize olmaya|eşitlenmeye|yanıt vermeye|işlemeye|cevap vermeye) (?:başladı|başlamıştır|başlamış)${WE}`,
    // C1: a test that went well ("test sayfasını sorunsuz yazdırdı").
    String.raw`${W}${MANNER} (?:\S+ ){0,2}(?:yazdırdı|bağlandı|açıldı|tamamlandı|geçti|gönderildi|senkronize oldu|yüklendi|başladı)${WE}`,
    // C3: "her şey çalışıyor", "hepsi yolunda".
    String.raw`${W}(?:her şey|hepsi|tüm sistemler|bütün sistemler)(?: \S+)? (?:çalışıyor|işliyor|yolunda|tamam|normal|düzgün|sorunsuz)${WE}${NOT_AFTER}`,
    // C8: "kaydı kapatıyorum".
    String.raw`${W}(?:kaydı|talebi|bileti|çağrıyı|kaydınızı|talebinizi|vakayı) (?:\S+ )?(?:kapatıyoruz|kapatıyorum|kapattık|kapattım)${WE}`,
    // C9: "her şeyin çalıştığını onayladı\", "sorunun çözüldüğünü söyledi".
    String.raw`${W}(?:çalıştığını|çalıştıklarını|düzeldiğini|çözüldüğünü|giderildiğini|yazdırdığını|bağlandığını|bağlanabildiğini|girebildiğini|açıldığını|(?:sorunsuz|yolunda|normal|düzgün|tamam|stabil|çözülmüş|giderilmiş) olduğunu|halledildiğini|hallolduğunu|kaybolduğunu|geçtiğini|gittiğini|ortadan kalktığını|normale döndüğünü) (?:\S+ )?(?:onayladı|onaylamıştır|teyit etti|bildirdi|bildirmiştir|söyledi|belirtti|iletti|doğruladı|yazdı|ifade etti|haber verdi|dile getirdi|bildiriyor|söylüyor|onaylıyor|belirtiyor|teyit ediyor)${WE}`,
    // C9, C10: "works" standing alone in its clause, as in a quoted "Çalışıyor, teşekkürler!".
    String.raw`^(?:(?:artık|şimdi|her şey|tekrar|yeniden|gayet|evet|hepsi) )*(?:çalışıyor|çalışıyorlar|düzeldi|halloldu|işliyor|yazdırıyor|bağlanıyor)(?: (?:artık|şimdi|tekrar|yeniden))*$`,
    // C330: the time now, in seconds, after the time it took before (the part after the comma):
    // "Önceden açılış 4 dakika sürüyordu, şimdi 20 saniye", "…, artık 15 saniyede açılıyor". Not "şimdi hâlâ 4 dakika".
    String.raw`${W}(?:şimdi|artık|şu an|şu anda) (?:yaklaşık |ancak |topu topu )?\d+ ?(?:sn|saniye|saniyede|saniyeye|saniyelik|saniyeden)${WE}(?! (?:daha uzun|daha fazla|gecikme|gecikmeyle))`,
    // C341: the device is recognised again and the work went through: "e-İmza yeniden tanınıyor", "belgeyi imzalayabildi".
    String.raw`${W}(?:yeniden|tekrar|artık|yine) (?:\S+ )?(?:tanınıyor|algılanıyor|görünüyor|okunuyor|tanıyor|algılıyor)${WE}`,
    String.raw`${W}(?:evrak|evrakı|evrakları|belge|belgeyi|belgeleri|dosya|dosyayı|dosyaları|fatura|faturayı|faturaları|e-posta|mail|beyanname|beyannameyi) (?:\S+ )?(?:imzalayabildi|gönderebildi|yazdırabildi|açabildi|yükleyebildi|kaydedebildi|tarayabildi|onaylayabildi|kesebildi|iletebildi)${WE}`,
    // C339: the user logged in after the reset, and works: "Ayşe Hanım oturum açtı", "Outlook'u sorunsuz kullanıyor".
    // Not with the fault told after it in the part ("oturum açtı ve yine hata aldı").
    String.raw`${W}(?:oturum|hesabına|sisteme|bilgisayara) (?:(?:yeniden|tekrar|sorunsuz|sorunsuzca|rahatça|başarıyla) )*(?:açtı|açabildi|açabiliyor|giriş yaptı|giriş yapabildi|girdi|girebildi|girebiliyor)${WE}(?!.*(?:hata|uyarı|sorun(?!suz)|çöktü|dondu|kapandı|attı|alamadı|açılmadı|açılmıyor))`,
    String.raw`${W}(?:sorunsuz|sorunsuzca|rahatça|problemsiz|sıkıntısız|hatasız) (?:kullanıyor|kullanabiliyor|kullanıyorlar|kullanabiliyorlar|çalışabiliyor)${WE}`,
    // C342: the recorder or the cameras record again: "tüm kameralar kayıt alıyor", "kamera yeniden kayıt yapıyor".
    String.raw`${W}(?:tüm |bütün |her )?(?:\S+ )?(?:kameralar|kamera|kanallar|kanal|kayıt cihazı|cihaz|terminal|terminaller) (?:yeniden |tekrar |artık |sorunsuz |düzgün |eksiksiz )*(?:kayıt alıyor|kayıt alıyorlar|kayıt yapıyor|kayıt yapıyorlar|kaydediyor|kaydediyorlar)${WE}`,
  ],
  stateClaims: [
    // C27: as fast as before: "Artık eskisi kadar hızlı çıktı alıyor".
    String.raw`${W}(?:eskisi|önceki|önceden olduğu|ilk günkü|eskiden olduğu) (?:gibi|kadar) (?:hızlı|hızlıca|akıcı|stabil|sorunsuz|iyi)${WE}${NOT_AFTER}`,
    // C21: better than before ("eskisinden çok daha hızlı"); "biraz daha" is a partial result.
    String.raw`${W}(?:eskisinden|öncekinden|önceye göre|eskiye göre|eskisine göre|öncesinden|eskisine kıyasla) (?:(?:çok|daha|epey|oldukça|bayağı|fazlasıyla|bile|dahi) )*(?:hızlı|stabil|iyi|akıcı|kararlı|sorunsuz)${WE}(?! (?:değil|olmadı))`,
    // C17: busy for a stretch of time without trouble: "bütün sabah sorunsuz".
    String.raw`${W}(?:bütün|tüm) (?:sabah|gün|öğleden sonra|hafta|gece)(?: \S+){0,3} (?:sorunsuz|hatasız|problemsiz|aksamadan|kesintisiz)${WE}`,
    String.raw`${W}sabahtan (?:beri|bu yana) (?:\S+ ){0,3}(?:sorunsuz|hatasız|problemsiz|aksamadan|kesintisiz)${WE}`,
    // C1: manner + works ("düzgün bir şekilde senkronize oluyor"), or the colloquial reverse.
    String.raw`${W}${MANNER} (?:\S+ ){0,2}${WORKS}${WE}`,
    String.raw`${W}${WORKS} (?:\S+ )?${MANNER}$`,
    // C7: a steady state ("bağlantı stabil"); Turkish negates after it ("stabil değil"). "stabil"
    // is German and Swedish too: alone it counts only after a Turkish subject.
    String.raw`${W}(?:bağlantı|ağ|sistem|sunucu|internet|hat|sinyal|uygulama|servis|hizmet|yazıcı|durum|oturum|şebeke)\S* (?:\S+ )?(?:artık |şu an |şimdi )?(?:stabil|kararlı|istikrarlı)(?: durumda)?(?:dır|dir)?${WE}${NOT_AFTER}(?! (?:olma|olmu|hale|mi|mı|görün))`,
    String.raw`${W}(?:kararlı|istikrarlı)(?: durumda)?(?:dır|dir)?${WE}${NOT_AFTER}(?! (?:olma|olmu|hale|mi|mı|görün))`,
  ],
  symptomClaims: [
    // C241: no problem over a span of time: "iki gündür ağ sürücüsünde hiçbir sorun yok".
    String.raw`${W}(?:\S+ )?(?:gündür|saattir|haftadır|aydır|günden beri|sabahtan beri|dünden beri|\S+(?:dan|den|tan|ten) beri)(?: \S+){0,3} (?:hiçbir|hiç|herhangi bir|tek bir|bir) (?:sorun|problem|hata|arıza|sıkıntı|aksaklık|kesinti|şikayet|dert|terslik)\S* (?:yok|yaşanmadı|olmadı|çıkmadı|görülmedi|kalmadı|yaşamadık|yaşamadı)${WE}(?! (?:mu|mı|mi|mü|değil|ama)${WE})`,
    // C244: no complaints: "Şikâyetim yok", "hiçbir şikâyetimiz kalmadı".
    String.raw`${W}(?:hiçbir |hiç )?(?:şikayetim|şikayetimiz|şikayetleri|şikayeti|şikayetçi|yakınması|yakınmamız) (?:de |da )?(?:yok|kalmadı|değiliz|değilim|değil)${WE}(?! (?:mu|mı|mi|mü|ama|fakat|ancak)${WE})`,
    // C245: nothing wrong with it any more: "dizüstünün artık hiçbir derdi yok".
    String.raw`${W}artık (?:\S+ )?(?:hiçbir |bir )?(?:derdi|sorunu|problemi|arızası|sıkıntısı|kusuru|tersliği|terslik|tuhaflık|tuhaflığı|gariplik|garipliği|sorun|problem|arıza|sıkıntı)(?: de| da)? (?:yok|kalmadı)${WE}(?! (?:mu|mı|mi|mü|ama)${WE})`,
    String.raw`${W}(?:hiçbir |bir )?(?:derdi|sorunu|problemi|arızası|sıkıntısı|kusuru|tersliği) (?:da |de )?kalmadı${WE}(?! (?:mu|mı|mi|mü|ama)${WE})`,
    // C277: never this fast: "İnternet hiç bu kadar hızlı olmamıştı".
    String.raw`${W}(?<!(?:mi|mı) )hiç bu kadar (?:hızlı|stabil|sorunsuz|akıcı|seri|iyi|sağlam) (?:olmamıştı|çalışmamıştı|olmamış|olmadı|çalışmadı)${WE}(?! (?:mi|mı)${WE})`,
    // C302: the thing is no longer a problem: "Wi-Fi artık sorun değil", "yazıcı bir sorun olmaktan çıktı".
    String.raw`${W}(?:artık|şimdi|bundan sonra) (?:bir )?(?:sorun|problem|dert|sıkıntı|mesele|baş ağrısı)(?: teşkil etmiyor| değil| yaratmıyor| olmaktan çıktı)${WE}(?! (?:mi|mı|mu|mü)${WE})`,
    String.raw`${W}(?:bir )?(?:sorun|problem|sıkıntı|dert|baş ağrısı) olmaktan çıktı${WE}(?! (?:mi|mı|mu|mü)${WE})`,
    // C303: nothing faulty any longer: "artık aksayan hiçbir şey yok", "sorunlu bir şey kalmadı".
    String.raw`${W}(?:artık )?(?:aksayan|sorunlu|bozuk|hatalı|çalışmayan|sıkıntılı|arızalı|takılan|tutukluk yapan) (?:hiçbir|bir) (?:şey|yer|nokta|kısım|taraf|durum)(?: de| da)? (?:yok|kalmadı)${WE}(?! (?:mu|mı|mi|mü|ama)${WE})`,
    // C248: a fault denied since a time, not once: "sabahtan beri tek bir baskı bile başarısız olmadı".
    String.raw`${W}(?:tek bir|bir tane|hiçbir) (?:\S+ )?(?:baskı|yazdırma|çıktı|çağrı|arama|görüşme|yedek|yedekleme|iş|işlem|senkron|senkronizasyon|bağlantı|oturum|toplantı|transfer|gönderim)\S* (?:bile |dahi )?(?:başarısız olmadı|başarısız olmamış|hata vermedi|yarıda kalmadı|kesilmedi|kopmadı|düşmedi|takılmadı|çökmedi|hatayla bitmedi|hatayla sonuçlanmadı)${WE}(?! (?:mu|mı|mi|mü)${WE})`,
    // C249: no packet lost: "paket kaybı sıfır", "kayıp yok".
    String.raw`${W}(?:paket )?(?:kayıp|kaybı|kayıpları)(?: oranı)? (?:sıfır|yok|0)${WE}(?! (?:a|değil|tomark|mı|mi|mu)${WE})`,
    // C209: stays connected all day, the drops gone: "…gün boyu bağlı kalıyor, kopma yok".
    String.raw`${W}(?:kopma|kopmalar|bağlantı kopması|düşme|kopukluk) (?:artık |hiç )?yok${WE}(?! (?:mu|değil)${WE})`,
    // C171: nothing left to complain about: "artık şikâyet edecek bir şey kalmadı". The match opens on
    // "<subject> için" (about …), so that "için" does not start a clause of purpose before it.
    String.raw`${W}(?:\S+ için (?:artık |hiç |pek )?)?(?:şikayet|şikâyet|yakınma|itiraz|laf) (?:edecek|edilecek|edilebilecek|edecek hiçbir|söylenecek|edilcek) (?:bir şey|bişey|hiçbir şey|bir durum|bir yanı|bir tarafı)(?: de)? (?:kalmadı|yok|bulunmuyor|kalmamıştır)${WE}`,
    // C172: nothing to report after the work: "bildirilecek bir şey yok".
    String.raw`${W}(?:bildirilecek|raporlanacak|belirtilecek|kayda değer|not edilecek) (?:bir şey|bişey|hiçbir şey|bir durum|bir sorun|herhangi bir şey) (?:yok|kalmadı|bulunmuyor|bulunmamaktadır)${WE}`,
    // C174: no errors in the logs: "loglarda 0 hata", "kayıtlarda sıfır hata".
    String.raw`${W}(?:loglarda|kayıtlarda|günlüklerde|logda) (?:0|sıfır) (?:hata|uyarı|kopma|kesinti)${WE}`,
    // C176: no more of the fault, in slang: "kopma falan yok".
    String.raw`${W}(?:kopma|donma|takılma|kasma|kesinti|gecikme) (?:falan|filan|mopma|masma|hiç) yok${WE}(?! (?:mu|mı|değil)${WE})`,
    // C131: the error does not come back: "hata tekrarlamadı", "arıza bir daha görülmedi".
    String.raw`${W}(?:hata|arıza|sorun|problem|uyarı|kesinti|donma|çökme|kopma)\S* (?:\S+ )?(?:(?:bir daha|tekrar|yeniden|artık|hiç) )?(?:tekrarlamadı|tekrarlanmadı|tekrar etmedi|tekrarlamıyor|tekrarlanmıyor|geri gelmedi|geri gelmiyor|geri dönmedi|bir daha çıkmadı|tekrar çıkmadı|yeniden çıkmadı|tekrar görülmedi|bir daha görülmedi)${WE}`,
    // C132: "no longer" in a clause of reason: "telefonların artık kesilmemesinin sebebi de bu".
    String.raw`${W}artık (?:\S+ )?\S+m[ae]m[ae]s[iı]n[iı]n (?:sebebi|nedeni)${WE}`,
    // C133: not a single complaint since a time: "Pazartesiden beri tek bir şikâyet gelmedi".
    String.raw`${W}(?:beri|itibaren) (?:\S+ ){0,5}(?:tek bir|tek|hiç|bir tane bile|hiçbir) (?:şikayet|şikâyet|yakınma|arıza kaydı|çağrı|sorun bildirimi)(?: bile)? (?:gelmedi|almadık|olmadı|gelmiyor|bildirilmedi|alınmadı)${WE}`,
    // C118: held for a span of time without the fault: "has held for two days now without a single disconnect".
    String.raw`${W}(?:gündür|saattir|haftadır)(?: \S+)? (?:hiç )?(?:kopmadan|kesilmeden|düşmeden|hata vermeden|sorunsuz)${WE}`,
    // C119: not once since a point in time: "since 3 pm the Wi-Fi has not dropped once", "no errors since the reboot".
    String.raw`${W}(?:beri|sonra)(?: \S+){0,4} (?:bir kez bile|hiç) (?:kopmadı|kesilmedi|düşmedi|hata vermedi)${WE}`,
    String.raw`${W}(?:tek bir|hiçbir) (?:hata|kopma|kesinti)(?: \S+)? (?:yok|olmadı|görülmedi)${WE}`,
    // C113: a loss measured as none: "0 % loss over 500 packets", "丢包率0%".
    String.raw`${W}(?:kayıp|kaybı|paket kaybı|hata) (?:oranı )?0${WE}(?! (?:a|tomark)${WE})`,
    // C115: the user with nothing left to complain about: "has nothing more to complain about".
    String.raw`${W}(?:artık )?(?:hiçbir )?şikayeti (?:yok|kalmadı)${WE}`,
    // C90: the fault counted as none ("0 failed logons"): its failure word is no negation of a claim.
    String.raw`\b(?:0|sifir) (?:[\w-]+ ){0,2}(?:basarisiz|hatali|kayip|reddedilen|takilan)\w*`,
    // C94: "artık her sabah modemi yeniden başlatmaya gerek yok".
    String.raw`\bartik (?:[\w-]+ ){0,6}(?:gerek|ihtiyac|luzum) (?:yok|kalmadi)\b`,
    String.raw`\b(?:yeniden|tekrar) \w+ (?:gerek|ihtiyac) kalmadi\b`,
    // C86: the monitoring has not seen a single outage since the change, told with its own verb:
    // "n'a remonté aucune coupure depuis", "一度も検知されていません".
    String.raw`${W}tek bir (?:\S+ )?(?:kesinti|çökme|hata|kopma|arıza)\S* (?:bile |dahi )?(?:kaydetmedi|tespit etmedi|görmedi|yakalamadı|bildirmedi)${WE}`,
    // C82: the fault told as ended in the present, with its own verb: "the paper jams have stopped",
    // "ya no se atasca", "non si inceppa più", "紙詰まりはもう起きていません".
    String.raw`${W}artık (?:\S+ ){0,2}(?:sıkışma|hata|kopma|donma|çökme|kesinti|sorun|takılma)\S* (?:olmuyor|yaşanmıyor|görülmüyor|çıkmıyor)${WE}`,
    // C81: a fault counter held at zero since the change, and a backup's log clean with no error:
    // "CRC error counter: still 0 since the cable swap", "last night's backup log is clean, 0 errors".
    String.raw`${W}yedekleme (?:log|kayd)\S*(?: \S+){0,3} temiz${WE}${NOT_AFTER}`,
    String.raw`${W}sayac\S*(?: \S+){0,8} (?:beri|sonra|itibaren) (?:0|sıfır)\S*(?: (?:da |de )?(?:duruyor|kaldı|sabit))?${WE}${NOT_AFTER}`,
    // C64: a run printed without a hitch: "hiç sorun yaşamadan yazdırdı" ("hiç" negates the fault;
    // a negated verb, "yazdıramadı", is another form).
    String.raw`${W}(?:hic|hicbir|herhangi bir|tek bir) (?:sorun|problem|hata|aksaklik|sikinti|takilma)(?: \S+)? (?:yasamadan|yasanmadan|olmadan|cikmadan|cikarmadan) (?:\S+ ){0,2}(?:yazdirdi|yazdirdilar|basti|bastilar|tamamladi|tamamlandi|cikardi|cikti|gonderdi)${WE}`,
    // C64: nobody has been in touch about it since: "… arayan tek bir kullanıcı olmadı" ("henüz
    // arayan olmadı" is a reply still awaited). The match opens on "<subject> için" (about …), so
    // that "için" does not start a clause of purpose before it.
    String.raw`(?<!henuz (?:\S+ ){0,4})${W}(?:\S+ icin )?(?:arayan|ulasan|sikayet eden|basvuran|yazan|bildiren) (?:tek bir|hicbir|bir tek) (?:kullanici|musteri|calisan|kisi)\S* (?:daha )?(?:olmadi|yok|kalmadi)${WE}`,
    // C65: a span of time with no fault: "tek bir biriktirici durması bile kaydedilmedi".
    String.raw`${W}tek bir (?:\S+ )?(?:durma|cokme|hata|kesinti|olay|ariza|yeniden baslatma)\S* (?:bile |dahi )?(?:kaydedilmedi|kaydedilmemistir|gorulmedi|yasanmadi|olmadi|tespit edilmedi|loglanmadi)${WE}`,
    // C68: what was missing came back too, so nothing is left open: "açık bir konu kalmadı".
    String.raw`${W}(?:acik|bekleyen|cozulmemis|eksik) (?:bir |hicbir )?(?:konu|sorun|is|mesele|nokta|madde)\S* (?:kalmadi|yok)${WE}`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`${W}sonra (?:\S+ )?repro yok${WE}`,
    // C57: litotes of the fault: "no longer exactly broken", "can hardly be called faulty".
    String.raw`${W}(?:pek de |pek )?(?:arizali|bozuk|sorunlu|problemli) (?:denemez|sayilmaz|diyemeyiz)${WE}`,
    // C61: the outcome as a headline: "fix successful", "printing restored", "stays up", "no more crashes".
    String.raw`${W}artik (?:\S+ )?(?:durmuyor|cokmuyor|kapanmiyor|takilmiyor)${WE}`,
    String.raw`${W}baska (?:\S+ )?(?:cokme|hata|kesinti) (?:yok|olmadi|yasanmadi)${WE}`,
    // C48: the fault has not come back once, or no longer happens: "hasn't crashed once since the reinstall", "jobs no longer get stuck".
    String.raw`${W}bir (?:kez|kere|defa) (?:bile|dahi) (?:\S+ )?${SYMPTOM_STEM}\S*(?:madı|medi|mamış|memiş)${WE}`,
    // C44: a fault counted as zero in a log or over a span: "zero spooler crashes in the last 72 hours".
    String.raw`${W}sıfır (?:\S+ ){0,2}(?:çökme|hata|arıza|kilitlenme|donma|takılma|sorun|kesinti)\S*${WE}`,
    // C34: a fault counted as none over a span of time: "not a single stuck job since Tuesday".
    String.raw`${W}(?:takılan|takılı|takılmış|donan|çöken|kilitlenen|sıkışan) (?:tek )?bir (?:\S+ )?(?:iş|görev|belge|çıktı)\S* (?:bile |dahi )?(?:olmadı|yok|kalmadı|yaşanmadı|görülmedi|olmuyor)${WE}`,
    // C33: checked, no trouble: "Kontrol edildi, sıkıntı yok", a quoted 'Şu an sıkıntı yok'.
    String.raw`^(?:(?:şu an|şu anda|artık|şimdi|bugün itibarıyla|kontrol edildi|test edildi) )?(?:hiçbir |herhangi bir )?(?:sıkıntı|sorun|problem|aksaklık) (?:yok|kalmadı|görünmüyor)$`,
    // C25: "İzleme panelinde alarm kalmadı".
    String.raw`${W}(?:izleme|monitör|zabbix|prtg|nagios|panel|olay günlüğü|log)\S*(?: \S+){0,2} (?:hiç )?(?:alarm|uyarı|alert|hata)\S* (?:kalmadı|yok|gelmedi|düşmedi|görünmüyor)${WE}`,
    // C16: no complaints since a time: "Pazartesiden beri tek bir şikâyet gelmedi".
    String.raw`${W}(?:beri|bu yana|itibaren) (?:\S+ ){0,2}(?:tek bir |hiç |hiçbir |bir tane )?(?:şikayet|arıza kaydı|çağrı|talep|hata|sorun|bildirim|kayıt)\S*(?: \S+)? (?:gelmedi|gelmiyor|olmadı|yok|almadık|alınmadı|bildirilmedi|yaşanmadı|çıkmadı|açılmadı)${WE}`,
    // C14: "hiç olmadığı kadar hızlı": its "hiç" is part of the claim.
    String.raw`${W}hiç olmadığı kadar${WE}`,
    String.raw`(?<![\p{L}\p{N}])artık (?:\S+ )?(?:arızalı|bozuk|çalışmaz|erişilemez) değil(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])artık (?:\S+ )?(?:oluşmuyor|çıkmıyor|görünmüyor|yaşanmıyor|tekrarlamıyor)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:hata|sorun|problem|sıkıntı)(?:lar)? (?:yok artık|artık yok|kalmadı)(?![\p{L}\p{N}])`,
    String.raw`${W}artık (?:\S+ )?(?:çökmüyor|donmuyor|kopmuyor|hata vermiyor|takılmıyor|kesilmiyor|görünmüyor|çıkmıyor|yaşanmıyor|sorun çıkarmıyor)${WE}`,
    String.raw`${W}(?:başka|ek|ilave) (?:bir )?(?:işlem|adım)(?:a)? (?:gerek yok|gerekmiyor|gerekmemektedir)${WE}`,
    String.raw`${W}(?:hiç )?(?:hata|çökme|kopma|sorun)(?: \S+)? (?:kalmadı|yaşanmadı|olmadı)${WE}`,
    // C5: "artık görünmüyor", "bir daha çıkmadı", "dünden beri donmadı".
    String.raw`${W}(?:artık|bir daha|hiç|o zamandan beri|o günden beri|şu ana kadar|bugüne kadar|\S+(?:dan|den|tan|ten) beri)(?: \S+){0,2} ${SYMPTOM_STEM}${NOT_ANY_MORE}${WE}`,
    String.raw`${W}artık (?:hiç(?:bir)? )?${SYMPTOM}(?:lar|ler)? (?:yok|kalmadı|yaşanmıyor|görülmüyor)${WE}`,
    String.raw`${W}(?:başka|ek|ilave|daha fazla) (?:bir )?(?:işlem|adım|müdahale|şey|aksiyon|destek|desteğ|yardım)\S*(?: \S+)? (?:gerek yok|gerek yoktur|gerekmiyor|gerekmemektedir|gerek kalmadı|ihtiyaç yok|ihtiyaç yoktur|ihtiyaç kalmadı|ihtiyacı yok)${WE}`,
    String.raw`${W}yapılacak (?:başka )?(?:bir )?(?:şey|işlem) (?:yok|kalmadı)${WE}`,
    // C332: nobody says any longer that it fails: "Artık kimse yazıcı yavaş demiyor", "kimse artık şikâyet etmiyor".
    String.raw`${W}(?:artık (?:hiç )?kimse|kimse artık|hiç kimse artık) (?:\S+ ){0,6}?(?:demiyor|şikayet etmiyor|şikâyet etmiyor|yazmıyor|aramıyor|söylemiyor|bildirmiyor|yakınmıyor|sormuyor)${WE}`,
    // C338: no drop through the whole shift or day: "el terminalleri bütün vardiya boyunca ağdan düşmedi".
    String.raw`${W}(?:bütün|tüm|koca) (?:vardiya|gün|gece|hafta|toplantı|mesai|hafta sonu) (?:boyunca|süresince) (?:\S+ ){0,3}?(?:düşmedi|kopmadı|kesilmedi|donmadı|çökmedi|takılmadı|kapanmadı|düşmediler|kopmadılar)${WE}`,
  ],
  actions: [
    String.raw`${W}(?:değiştirdik|kurduk|yükledik|güncelledik|yeniden başlattık|sıfırladık|sildik|yapılandırdık|yeniden kurduk)${WE}`,
  ],
  // With the words of a degraded state ("yavaş çalışıyor", "kesintili"): "works" is then no claim.
  without: ['olmadı', 'olmamış', 'olmadan'],
  negators: [
    'hariç',
    'dışında',
    'düzensiz',
    'dengesiz',
    'hatalı',
    'sorunlu',
    'değil',
    'hiç',
    'yok',
    'kısmen',
    'neredeyse',
    'henüz',
    'yavaş',
    'yavaşça',
    'kötü',
    'kesintili',
    'aralıklı',
  ],
  negativeSubjects: ['hiçbir', 'hiçbiri', 'hiçbir şey'],
  modals: ['olacak', 'edilecek', 'gerekiyor', 'umuyoruz', 'umarız', 'umarım', 'muhtemelen', 'belki', 'için'],
  hedges: ['olmalı', 'gerekir'],
  now: ['şimdi', 'artık'],
  auxiliaries: ['hala', 'hâlâ', 'de', 'da', 'ise'],
  conjunctions: ['ve', 'ama', 'fakat', 'ancak', 'sonra', 'çünkü', 'veya'],
  conditions: ['eğer', 'şayet', 'zaman', 'kadar', 'önce', 'halinde', 'durumunda', 'diye'],
  since: ['sonra', 'beri', 'itibaren'],
  contrasts: ['sadece', 'yalnızca', 'hala', 'hâlâ', 'ama', 'fakat', 'ancak', 'ne var ki', 'oysa', 'yalnız'],
  limits: [
    // C76: "Düzelttik, ama bir saat sonra yine çöktü": a fault told again.
    'yine çöktü',
    'tekrar çöktü',
    'yeniden çöktü',
    'yine durdu',
    'tekrar durdu',
    'yeniden durdu',
    'yine düştü',
    'tekrar düştü',
    // C311: fixed once, but the fault came back: "…, ancak sorun yeniden ortaya çıktı".
    'yeniden ortaya çıktı',
    'tekrar ortaya çıktı',
    'yine ortaya çıktı',
    'sorun geri geldi',
    'sorun geri döndü',
    'arıza geri geldi',
    'arıza geri döndü',
    'hata geri geldi',
    'hata geri döndü',
    'problem geri geldi',
    'problem geri döndü',
    'sıkıntı geri geldi',
    'sıkıntı geri döndü',
    'nüksetti',
    'sorun tekrarladı',
    'arıza tekrarladı',
    'hata tekrarladı',
    // "…, ancak sadece … ise", "yalnızca … durumunda": a good state under a condition.
    'ise',
    'durumunda',
    'kopuyor',
    'başarısız',
    'hata veriyor',
    'hala',
    'hâlâ',
    'yalnızca',
    'sadece',
    'kısmen',
    'değil',
    'başarısız',
    'açamıyor',
    'yüklenmiyor',
    'kopuyor',
  ],
  complementizers: ['ki'],
  frames: [
    String.raw`${W}(?:kontrol edin|kontrol edeceğiz|kontrol edelim|doğrulayın|doğrulayacağız|teyit edin|teyit edeceğiz|onaylayın|bildirin|haber verin|test edin|test edeceğiz|izleyeceğiz|emin olun|emin değiliz|umuyoruz|umarız|umarım|bekliyoruz|olup olmadığını|olmadığını)${WE}`,
  ],
  pastAux: ['idi', 'iken'],
  unaffected: ['etkilenmedi', 'etkilenmemiş', 'etkilenmemis', 'etkilenmiyor'],
  transient: [
    // C139: a success that happened once: "bir kez çalıştı" (not "bir kez bile", "bir kez daha").
    String.raw`${W}bir (?:kez|kere)${WE}(?! (?:bile|daha)${WE})`,
    String.raw`${W}(?:kısa bir süre|birkaç (?:dakika|saniye)(?:lığına)?|geçici olarak|bir süreliğine|ara sıra|bazen|ilk başta)${WE}`,
  ],
  ellipticals: [
    // C181: a verdict in a word after a test: "Bir daha denedim. Tertemiz.".
    'tertemiz',
    // C112: an outcome told in one word of success: "Résultat : succès", "結果：成功".
    'başarılı',
    'ilgilenildi',
    'tıkır tıkır',
    'sıkıntı kalmadı',
    'çözüldü',
    'halloldu',
    'tamam',
    'düzeldi',
    'giderildi',
    'çalışıyor',
    'her şey yolunda',
    'sorun yok',
    'okmark',
    'hallettik',
    'sorun çözüldü',
    'problem çözüldü',
    'tamamdır',
    'oldu',
    'iş tamam',
    'tamam oldu',
    'oldu bu iş',
    'hallolmuş',
    'sıkıntı yok',
    'problem yok',
    'düzeltildi',
    'onarıldı',
    'yoluna girdi',
    'stabil',
    'sorunsuz',
    'tıkır tıkır',
  ],
  statusNouns: ['durum', 'durumu', 'sonuç', 'sonucu'],
  labelStates: ['çalışıyor', 'çalışır durumda', 'normal', 'sorunsuz', 'yeşil'],
  fillers: [
    'artık',
    'şimdi',
    'nihayet',
    'her',
    'şey',
    'sorun',
    'problem',
    'hata',
    'kayıt',
    'iyi',
    'haber',
    'haberler',
    'yani',
    'bizim',
    'tarafımızda',
    'tarafta',
    'tekrar',
    'yeniden',
    'tamamen',
    'zaten',
    'yazıcı',
    'vpn',
    'okmark',
    'evet',
    'teşekkürler',
    'merhaba',
    've',
    'bugün',
    'onaylandı',
  ],
  // C253: "just now" in a "yes" that answers a question tells when, not how little.
  justNow: ['az önce', 'biraz önce', 'demin', 'az evvel', 'şimdi'],
  // C252: a tag after a comma asks to agree; its negation negates nothing of the question.
  questionTags: [
    'degil mi',
    'değil mi',
    'di mi',
    'dimi',
    'oyle mi',
    'öyle mi',
    'oyle degil mi',
    'öyle değil mi',
    'dogru mu',
    'doğru mu',
  ],
  affirmations: ['evet', 'aynen', 'kesinlikle', 'doğru', 'tabii'],
  closings: [String.raw`isaretle`, String.raw`kapat`],
  openClosings: [
    String.raw`${W}(?:onaylanmış |doğrulanmış |kalıcı )?(?:bir )?(?:çözüm|düzeltme) (?:olmadan|bulunmadan|bulunamadan|sağlanmadan)${WE}`,
    String.raw`${W}(?:çözülmeden|çözülmemiş|çözülmedi|çözülemedi|giderilmedi|giderilmeden|çözüme kavuşmadan)${WE}`,
    String.raw`${W}(?:doğrulanmadı|doğrulanmadan|doğrulanmamış|doğrulanamadı|onaylanmadı|onaylanmadan|onaylanmamış|teyit edilmedi|teyit edilmeden|teyit edilmemiş|kesinleşmedi)${WE}`,
  ],
  endorsements: [
    String.raw`${W}(?:belirtildiği gibi|not edildiği gibi|onaylandığı gibi|onaylandı|iyi haber|güncelleme|durum|sonuç|özet|not)\W*$`,
  ],
  negatingSuffixes: [],
  misspellings: [
    'calısıyor çalışıyor',
    'çalışyor çalışıyor',
    'çalışıyo çalışıyor',
    'cözüldü çözüldü',
    'çözüldu çözüldü',
  ],
  typoStems: ['çalışıyor', 'sorunsuz', 'düzeltildi', 'giderildi', 'çözüldü'],
  problemFree: [
    String.raw`${W}(?:sorunsuz|problemsiz|hatasız|kesintisiz|sıkıntısız)\S*`,
    // C78: "[x] Teams görüşmeleri kopmuyor": the calls do not drop.
    String.raw`${W}(?:kopmuyor|kopmuyorlar|kesilmiyor|donmuyor)${WE}`,
    String.raw`${W}(?:herhangi bir |hiçbir )?(?:sorun|problem|hata|sıkıntı|aksaklık) (?:olmadan|yaşanmadan|çıkmadan|yaşamadan)${WE}`,
    // "Hallettik, sıkıntı yok": "there is no trouble" says the good state, it denies nothing.
    String.raw`${W}(?:herhangi bir |hiçbir )?(?:sorun|problem|hata|sıkıntı|aksaklık|şikayet) (?:yok|kalmadı)${WE}`,
    // C69: "| Spooler | yeniden çalışır durumda, çökme yok |": "no crash" beside a good state.
    String.raw`${W}(?:hiç )?(?:çökme|kesinti|donma|durma|takılma)(?: \S+)? (?:yok|kalmadı)$`,
  ],
  partials: [
    // "12 kullanıcıdan 8'i": the whole in the ablative, then the part. Only the ablative makes it a
    // part: "since 10:40 all 12 users" is two numbers and no part of anything.
    String.raw`${W}\d+ \S*(?:dan|den|tan|ten) ?\d+`,
    String.raw`${W}(?:bazı|bazıları|kısmen|çoğu|bir kısmı|birkaçı|yarısı)${WE}`,
  ],
  waits: [
    // "ancak … çalıştıktan sonra": only after what is still to come.
    String.raw`${W}ancak (?:\S+ ){0,8}\S*(?:sonra|ardindan)${WE}`,
    String.raw`${W}ancak (?:\S+ ){0,6}\S+(?:se|sa)${WE}`,
  ],
  denials: [
    // C301: a closing label followed by an ability, read on the sentence: "Kapanış: kullanıcı yazdırabiliyor",
    // "Sonuç: muhasebe artık oturum açabiliyor".
    String.raw`^(?:kapanış|kapanış notu|kapatma|kapatma notu|sonuç) (?:(?!(?:hâlâ|hala|henüz|eğer|sadece|yalnızca)${WE})\S+ ){0,3}?\S+(?:abiliyor|ebiliyor)(?:lar)?${WE}(?! (?:\S+ ){0,6}?(?:mi|mı|mu|mü|ise|sadece|yalnızca|kısmen|değil|ama|fakat|ancak)${WE})`,
    // C56: a double negative: "there is not one printer left that does not print".
    String.raw`${W}(?:yazdirmayan|calismayan|basmayan) (?:tek bir|hicbir) (?:\S+ )?(?:bile )?(?:kalmadi|yok)${WE}`,
  ],
  zeroCounts: [
    // C58: a fault counted as none after its label: "crashes: 0", "occurrences since the fix: 0".
    String.raw`${W}(?:cokme|cokmeler|hata|hatalar|kesinti|durma|ariza)(?: sayisi)?$`,
    String.raw`${W}(?:sonra|beri|itibaren) (?:\S+ ){0,3}(?:olay|kayit) sayisi$`,
  ],
  noes: ['hayır', 'yok', 'yok canım', 'yoo'],
  elsewhere: [
    'sorunun kaynağı',
    'problemin kaynağı',
    'hatanın kaynağı',
    'asıl sorun',
    'asıl problem',
    'arızanın kaynağı',
  ],
  faults: [
    'arızalı',
    'bozuk',
    'çöküyor',
    'donuyor',
    'sorun',
    'sorunlu',
    'hata',
    'hatalı',
    'kapalı',
    'offline',
    'yavaş',
    'takılıyor',
    'çalışmıyor',
    'yazdırmıyor',
  ],
  // C100: an aside of sight asserts what follows it.
  asides: ['gordugum kadariyla', 'gordugumuz kadariyla', 'benim gordugum kadariyla'],
};
