import { type ClaimLanguage, W, WE } from './language.js';

// Turkish negates inside the verb ("çözüldü" / "çözülmedi", "çalışıyor" / "çalışmıyor"): the
// patterns list the affirmative forms, so a negated verb never matches them.
const ADV = String.raw`(?:artık|şimdi|nihayet|tamamen|sonunda|yeniden|tekrar|gene|yine|zaten|de|da|başarıyla|sorunsuz)`;
const SOLVED = String.raw`(?:çözüldü|çözülmüştür|çözülmüş|çözüldü(?:r)?|giderildi|giderilmiştir|giderilmiş|düzeldi|düzelmiştir|düzeltildi|düzeltilmiştir|halledildi|hallettik|hallolmuştur|hallolmuş|halloldu|onarıldı|tamir edildi|kapatıldı|kapandı|yoluna girdi|ortadan kalktı|ortadan kaldırıldı)`;
const WORKS = String.raw`(?:çalışıyor|çalışıyorlar|çalışmaktadır|çalışır durumda|yazdırıyor|bağlanıyor|açılıyor|başlıyor|senkronize oluyor|gidiyor|gönderiyor|alıyor|giriş yapabiliyor)`;

/** Turkish. */
export const TR: ClaimLanguage = {
  name: 'tr',
  claims: [
    String.raw`${W}${SOLVED}${WE}`,
    String.raw`${W}(?:sorunu|problemi|arızayı|hatayı)(?: \S+)? (?:çözdük|giderdik|düzelttik|hallettik|onardık|çözdüm|giderdim|düzelttim|hallettim)${WE}`,
    String.raw`${W}(?:çözdük|giderdik|düzelttik|hallettik|onardık)${WE}`,
    String.raw`${W}(?:tekrar|yeniden|yine|artık|şimdi)(?: \S+)? ${WORKS}${WE}`,
    String.raw`${W}${WORKS}(?: ${ADV})*${WE}`,
    String.raw`${W}(?:her şey|sistem|yazıcı|durum)(?: \S+)? (?:yolunda|normal|normale döndü|eski haline döndü|tamam|düzgün)${WE}`,
    String.raw`${W}(?:bu |talebi |kaydı |bileti )?(?:kaydı|talebi|bileti|çağrıyı) kapatıyoruz${WE}`,
    String.raw`${W}(?:kayıt|talep|bilet|çağrı) (?:kapatılabilir|kapatılıyor|kapatıldı)${WE}`,
    String.raw`${W}(?:hata|sorun|problem|uyarı|mesaj)(?:lar)? (?:kayboldu|gitti|ortadan kalktı|görünmüyor)${WE}`,
    String.raw`${W}(?:çözüm|düzeltme|onarım) (?:onaylandı|doğrulandı|işe yaradı|başarılı oldu|etkili oldu)${WE}`,
    String.raw`${W}(?:işe yaradı|sorun kalmadı|problem kalmadı|sorun yok artık|artık sorun yok|normale döndü|hizmet verebiliyor)${WE}`,
    String.raw`${W}(?:tekrar|yeniden|artık) (?:yazdırabilirsiniz|çalışabilirsiniz|giriş yapabilirsiniz|bağlanabilirsiniz|kullanabilirsiniz)${WE}`,
  ],
  stateClaims: [
    String.raw`${W}(?:sorunsuz|düzgün|normal|hatasız|stabil|sorunsuzca|düzgünce|normal şekilde|sorunsuz şekilde) (?:çalışıyor|çalışmaktadır|yazdırıyor|bağlanıyor|açılıyor)${WE}`,
  ],
  symptomClaims: [
    String.raw`${W}artık (?:\S+ )?(?:çökmüyor|donmuyor|kopmuyor|hata vermiyor|takılmıyor|kesilmiyor|görünmüyor|çıkmıyor|yaşanmıyor|sorun çıkarmıyor)${WE}`,
    String.raw`${W}(?:başka|ek|ilave) (?:bir )?(?:işlem|adım)(?:a)? (?:gerek yok|gerekmiyor|gerekmemektedir)${WE}`,
    String.raw`${W}(?:hiç )?(?:hata|çökme|kopma|sorun)(?: \S+)? (?:kalmadı|yaşanmadı|olmadı)${WE}`,
  ],
  actions: [
    String.raw`${W}(?:değiştirdik|kurduk|yükledik|güncelledik|yeniden başlattık|sıfırladık|sildik|yapılandırdık|yeniden kurduk)${WE}`,
  ],
  negators: ['değil', 'hiç', 'yok', 'kısmen', 'neredeyse', 'henüz'],
  negativeSubjects: ['hiçbir', 'hiçbiri', 'hiçbir şey'],
  modals: ['olacak', 'edilecek', 'gerekiyor', 'umuyoruz', 'umarız', 'umarım', 'muhtemelen', 'belki', 'için'],
  hedges: ['olmalı', 'gerekir'],
  now: ['şimdi', 'artık'],
  auxiliaries: ['hala', 'hâlâ', 'de', 'da', 'ise'],
  conjunctions: ['ve', 'ama', 'fakat', 'ancak', 'sonra', 'çünkü', 'veya'],
  conditions: ['eğer', 'şayet', 'zaman', 'kadar', 'önce', 'sonra', 'halinde', 'durumunda', 'diye'],
  complementizers: ['ki'],
  frames: [
    String.raw`${W}(?:kontrol edin|kontrol edeceğiz|kontrol edelim|doğrulayın|doğrulayacağız|teyit edin|teyit edeceğiz|onaylayın|bildirin|haber verin|test edin|test edeceğiz|izleyeceğiz|emin olun|emin değiliz|umuyoruz|umarız|umarım|bekliyoruz|olup olmadığını|olmadığını)${WE}`,
  ],
  pastAux: ['idi', 'iken'],
  transient: [
    String.raw`${W}(?:kısa bir süre|birkaç (?:dakika|saniye)(?:lığına)?|geçici olarak|bir süreliğine|ara sıra|bazen|ilk başta)${WE}`,
  ],
  ellipticals: [
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
  ],
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
  affirmations: ['evet', 'aynen', 'kesinlikle', 'doğru', 'tabii'],
  closings: [String.raw`kapat`],
  openClosings: [
    String.raw`${W}(?:onaylanmış |doğrulanmış |kalıcı )?(?:bir )?(?:çözüm|düzeltme) (?:olmadan|bulunmadan|bulunamadan|sağlanmadan)${WE}`,
    String.raw`${W}(?:çözülmeden|çözülmemiş|çözülmedi|çözülemedi|giderilmedi|giderilmeden|çözüme kavuşmadan)${WE}`,
  ],
  endorsements: [
    String.raw`${W}(?:belirtildiği gibi|not edildiği gibi|onaylandığı gibi|onaylandı|iyi haber|güncelleme|durum|sonuç|özet|not)\W*$`,
  ],
  negatingSuffixes: [],
};
