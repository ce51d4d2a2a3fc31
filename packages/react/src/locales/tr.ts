import type { NotePreviewMessages } from '../messages.js';

/** Turkish. */
export const tr: Partial<NotePreviewMessages> = {
  headingResolve: 'Çözüm notu',
  headingEscalate: 'Eskalasyon paketi (dahili)',
  noteText: 'Not metni',
  renderedView: 'Notun yayımlanacağı hali',
  edit: 'Metni düzenle',
  showPreview: 'Önizlemeyi göster',
  drafting: 'Not hazırlanıyor…',
  posting: 'PSA’ya gönderiliyor ve bilet kontrol ediliyor…',
  confirm: 'Onayla ve gönder',
  discardEdits: 'Düzenlemeleri at',
  draftedFrom: ({ version }) => `Oturumun ${version}. sürümünden hazırlandı`,
  edited: 'düzenlendi',
  internalOnly: 'dahili not, müşteriye asla gösterilmez',
  editsKept: 'yeni taslak aynı, bu yüzden düzenlemeleriniz korundu',
  fallbackIntro: ({ why }) =>
    `Yapay zekâ yazarı kullanılmadığı için bu taslak oturum kaydından standart şablonla yazıldı: ${why}. Her taslak gibi okuyup düzenleyin.`,
  fallbackWhyClaim: 'onun taslağı, oturumda kayıtlı olmadığı hâlde sorunun çözüldüğünü söylüyordu',
  fallbackWhyMismatch: 'onun taslağı oturum kaydıyla uyuşmuyordu',
  fallbackWhyUnreachable: 'ona ulaşılamadı',
  ticket: ({ id }) => `#${id} numaralı bilet`,
  theTicket: 'bilet',
  savedNoTicket:
    'Yalnızca closeout’ta kaydedildi: bu oturuma bağlı bir bilet olmadığı için PSA’ya hiçbir şey gönderilmedi.',
  savedNoPsa:
    'Yalnızca closeout’ta kaydedildi: bu hesaba bağlı bir PSA olmadığı için PSA’ya hiçbir şey gönderilmedi.',
  verified: ({ status, ticket }) => `${status} — ${ticket} yeniden okunarak doğrulandı`,
  postedStatusUnchanged: ({ ticket }) =>
    `Not gönderildi (${ticket}); bu hesap için hedef durum ayarlanmadığından durum değiştirilmedi. Yöneticinizden bir hedef durum ayarlamasını isteyin.`,
  stale:
    'Bu taslak yazıldıktan sonra oturum değişti; bu yüzden sonrasında olanlar eksik olabilir. Değişiklikleri eklemek için taslağı yeniden yükleyin (taslak aynı gelirse düzenlemeleriniz korunur).',
  verificationFailed: ({ ticket, expected, actual }) =>
    `Not gönderildi, ancak yeniden okunduğunda ${ticket} hâlâ ${expected} yerine ${actual} gösteriyor. PSA değişikliği reddetmiş olabilir (bir iş akışı kuralı ya da biletin panosunda olmayan bir durum). Durum değişikliğini yeniden deneyin veya bileti kontrol edin.`,
  outcomeNotResolved:
    'Etkin çözüm başarılı olarak kaydedilmedi; bu not, sorunu çözülmemiş olabilecek bir bileti kapatır. Önce sonucu kaydedin ya da eminseniz yine de çözün.',
  inProgressNote: 'Bu notun başka bir gönderimi sürüyor. Biraz bekleyin, sonra yeniden kontrol edin.',
  inProgressPackage: 'Bu paketin başka bir gönderimi sürüyor. Biraz bekleyin, sonra yeniden kontrol edin.',
  loadFailed: 'Taslak yüklenemedi.',
  postFailed: 'Hiçbir gönderim onaylanmadı.',
  reasonSessionMissing: 'Bu oturum artık yok ya da hesabınız onu göremiyor.',
  reasonSignedOut: 'Oturum açma süreniz doldu. Yeniden oturum açıp tekrar deneyin.',
  reasonPsa:
    'PSA isteği kabul etmedi veya yanıt vermedi. Biraz sonra tekrar deneyin; başarısız olmaya devam ederse yöneticinizden PSA bağlantısını kontrol etmesini isteyin.',
  reasonDrafting: 'Not şu anda hazırlanamadı. Biraz sonra tekrar deneyin.',
  reasonTextRejected: 'Not metni kabul edilmedi: boş ya da çok uzun olabilir.',
  reasonChanged: 'Oturum aynı anda değişti. Tekrar deneyin.',
  reasonOffline: 'closeout’a ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin.',
  reasonUnexpected: 'Bir şeyler ters gitti. Tekrar deneyin; devam ederse yöneticinize bildirin.',
  reloadDraft: 'Taslağı yeniden yükle',
  retry: 'Yeniden dene',
  resolveAnyway: 'Yine de çöz',
  checkAgain: 'Yeniden kontrol et',
  tryAgain: 'Tekrar dene',
  timeEntryLegend: 'Zaman kaydı',
  timeEntryMinutes: 'Harcanan süre (dakika)',
  timeEntryBillable: 'Faturalandırılabilir',
  timeEntryDrafting: 'Zaman kaydı hazırlanıyor…',
  timeEntryDraftFailed:
    'Zaman kaydı hazırlanamadı. Notu zaman kaydı olmadan gönderin veya daha sonra yeniden deneyin.',
  timeEntryLogged: ({ minutes }) => `Talebe ${minutes} dk kaydedildi.`,
  noteMissing: ({ ticket, noteId }) =>
    `Not gönderildi, ancak ${ticket} artık onu içermiyor (not ${noteId}). Durum değiştirilmedi. Bileti kontrol edin, sonra yeniden deneyin ya da durun.`,
  noteVisibilityDiffers: ({ ticket, noteId, actual, expected }) =>
    `Not gönderildi (${ticket}), ancak PSA onu ${expected} yerine ${actual} kaydetti (not ${noteId}). Durum değiştirilmedi. Notun görünürlüğünü PSA'da düzeltin, sonra yeniden deneyin; ikinci bir not gönderilmez.`,
  noteTextDiffers: ({ ticket, noteId }) =>
    `Not gönderildi (${ticket}), ancak oradaki metni gönderilenden farklı (not ${noteId}). Durum değiştirilmedi. Notu kontrol edin, sonra yeniden deneyin ya da durun.`,
  visibilityInternal: 'dahili olarak (müşteriden gizli)',
  visibilityCustomer: 'müşteriye görünür olarak',
  unfinished: ({ kind, ticket, noteId }) =>
    `Bu oturumun daha önceki bir ${kind === 'resolve' ? 'çözüm notu' : 'eskalasyon paketi'} gönderimi ${noteId === null ? 'notunu göndermiş olabilir' : `notunu (${noteId}) gönderdi`} (${ticket}) ve durum değişikliğinden önce durdu. Geriye kalan bu: gönderdiği metinle tamamlayın ya da durun. Yeni bir şey gönderilmez.`,
  stopped: ({ ticket }) =>
    `Durduruldu. Not yerinde kalıyor (${ticket}) ve durumu değiştirilmedi. Tamamlamak için bu adımı yeniden açın; not iki kez gönderilmez.`,
  retryStatus: 'Durum değişikliğini yeniden dene',
  checkNoteAgain: 'Notu yeniden kontrol et',
  finishEarlier: 'Önceki gönderimi tamamla',
  stopHere: 'Burada dur',
  postedNote: 'Biletteki not (gönderildi, salt okunur)',
  contactEmailYes: 'Gönderim, biletin ilgili kişisine e-posta gönderir.',
  contactEmailNo: 'Biletin ilgili kişisine e-posta gönderilmez.',
  contactEmailPsaRules:
    'İlgili kişiye e-posta gidip gitmeyeceğini PSA’nın kendi kuralları belirler (bu PSA not başına ayar sunmaz).',
};
