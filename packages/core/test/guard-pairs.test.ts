import { describe, it } from 'vitest';
import { holds, type Pair } from './support/claim-pairs.js';

// Claims of the later classes, each next to the honest sentence that differs from it only by a
// negation, a limit, a condition or a frame of checking, so the test fails both ways: a claim let
// through, or an honest sentence refused. Written for this file, not taken from a corpus.

// C13, a cause that fixed it: after a list of attempts a note names the one that "did it" — in
// the simple past, with any subject, and often with the negation after the object ("löste das
// Problem nicht").
const CAUSE: readonly Pair[] = [
  [
    'de',
    'Der Neustart des Spoolers löste das Problem.',
    'Der Neustart des Spoolers löste das Problem leider nicht.',
  ],
  [
    'de',
    'Das Zurücksetzen des Profils brachte schließlich die Lösung.',
    'Das Zurücksetzen des Profils brachte leider keine Abhilfe.',
  ],
  ['de', 'Erst der Treibertausch behob den Fehler.', 'Der Treibertausch behob den Fehler nicht.'],
  [
    'nl',
    'Het opnieuw opstarten van de router loste het op.',
    'Het opnieuw opstarten van de router loste het niet op.',
  ],
  [
    'nl',
    'Het vervangen van de kabel verhielp de storing.',
    'Het vervangen van de kabel verhielp de storing niet.',
  ],
  ['nl', 'De nieuwe driver bracht de oplossing.', 'De nieuwe driver bracht geen oplossing.'],
  ['es', 'Al final, reinstalar el controlador lo arregló.', 'Reinstalar el controlador no lo arregló.'],
  ['pt', 'A troca do cabo resolveu o problema.', 'A troca do cabo não resolveu o problema.'],
  ['pl', 'To pomogło.', 'To nie pomogło.'],
  ['pl', 'Restart usługi naprawił błąd.', 'Restart usługi nie naprawił błędu.'],
  ['pl', 'Poprawka zadziałała.', 'Nie udało się potwierdzić, że poprawka zadziałała.'],
  ['tr', 'Sürücüyü yeniden kurmak hatayı giderdi.', 'Sürücüyü yeniden kurmak hatayı gidermedi.'],
  ['ru', 'Перезагрузка сервера решила проблему.', 'Перезагрузка сервера не решила проблему.'],
  ['ru', 'Исправление помогло.', 'Подтвердить, что исправление помогло, пока не удалось.'],
  ['ar', 'هذا أصلح الخلل.', 'هذا لم يصلح الخلل.'],
  ['sv', 'Omstarten av routern hjälpte.', 'Omstarten av routern hjälpte inte.'],
];

// C14, better than ever: not only working, working better than before it broke.
const BETTER: readonly Pair[] = [
  [
    'en',
    'The laptop boots faster than ever.',
    'The laptop boots faster than ever, but Outlook still crashes on start.',
  ],
  [
    'de',
    'Der Scanner läuft schneller als je zuvor.',
    'Der Scanner läuft schneller als je zuvor, aber der Druck bricht weiterhin ab.',
  ],
  [
    'fr',
    "Le Wi-Fi n'a jamais été aussi stable.",
    "Le Wi-Fi n'a jamais été aussi stable, mais le VPN se déconnecte toujours.",
  ],
  [
    'it',
    'Il server va meglio che mai.',
    'Il server va meglio che mai, ma il gestionale continua a bloccarsi.',
  ],
  [
    'pl',
    'Sieć działa szybciej niż kiedykolwiek.',
    'Sieć działa szybciej niż kiedykolwiek, ale VPN nadal się rozłącza.',
  ],
  ['zh', '网速比以前快多了。', '网速比以前快多了，但是VPN还是经常断开。'],
];

// C15, a job or a step done with success, and the idioms that stand for it.
const SUCCESS: readonly Pair[] = [
  ['en', 'Office activated on all three laptops.', 'Office is not activated on the third laptop yet.'],
  ['fr', "La sauvegarde s'est déroulée sans erreur.", "La sauvegarde ne s'est pas déroulée sans erreur."],
  ['es', 'La copia de anoche terminó correctamente.', 'La copia de anoche no terminó correctamente.'],
  [
    'it',
    'Il backup è stato completato con esito positivo.',
    'Il backup non è stato completato con esito positivo.',
  ],
  ['sv', 'Säkerhetskopian gick igenom utan fel.', 'Säkerhetskopian gick inte igenom utan fel.'],
  ['pt', 'O scanner voltou a enviar os e-mails.', 'O scanner voltou a falhar ao enviar os e-mails.'],
  ['de', 'Der Neustart hat es gerichtet.', 'Der Neustart hat es leider nicht gerichtet.'],
  ['nl', 'Na de herstart deed de scanner het weer.', 'Na de herstart deed de scanner het nog steeds niet.'],
  ['ar', 'تمت المزامنة بنجاح.', 'لم تتم المزامنة بنجاح.'],
  ['ru', 'Ошибок больше нет.', 'Ошибок больше нет, но принтер по-прежнему не печатает.'],
];

// A claim of one word closing a list or standing after a colon; the same list that says what is
// still wrong; a closing that waits to be told; a time of day that is not a clause break.
const SHAPES: readonly Pair[] = [
  [
    'de',
    'Treiber ersetzt, Spooler neu gestartet – erledigt.',
    'Treiber ersetzt, Fehler weiterhin da – nicht erledigt.',
  ],
  ['sv', 'Licens tilldelad, Teams omstartat – klart.', 'Licens tilldelad, Teams startar fortfarande inte.'],
  ['en', 'Sarah wrote back: "sorted, thanks!"', 'Sarah wrote back: "not sorted, still offline."'],
  [
    'nl',
    'Het scannen werkt, dus we sluiten het ticket.',
    'Zodra u bevestigt dat het scannen werkt, sluiten we het ticket.',
  ],
  [
    'de',
    'Der Scan geht wieder, wir schließen das Ticket.',
    'Sobald Sie bestätigen, dass der Scan wieder geht, schließen wir das Ticket.',
  ],
  [
    'en',
    'Since 08:15 all 20 users can print without issues.',
    'Since 08:15 only 3 of the 20 users can print without issues.',
  ],
];

// C16, quiet since a time: no complaint, call or ticket since a day or an event.
const SINCE_QUIET: readonly Pair[] = [
  [
    'de',
    'Seit dem Treiberwechsel keine Reklamationen mehr.',
    'Seit dem Treiberwechsel keine Reklamationen mehr, aber der Scanner bricht weiterhin ab.',
  ],
  [
    'fr',
    'Plus aucun signalement depuis mercredi.',
    'Plus aucun signalement depuis mercredi, mais le VPN coupe toujours.',
  ],
  [
    'es',
    'Ninguna llamada desde el martes.',
    'Ninguna llamada desde el martes, pero el escáner sigue fallando.',
  ],
  [
    'nl',
    'Sinds dinsdag geen meldingen meer.',
    'Sinds dinsdag geen meldingen meer, maar de scanner faalt nog steeds.',
  ],
  ['ja', '苦情は一件もありません。', '苦情は一件もありませんが、スキャナーはまだ失敗します。'],
  [
    'ru',
    'С четверга ни одного обращения.',
    'С четверга ни одного обращения, но сканер по-прежнему не работает.',
  ],
];

// C17, busy for a stretch of time without trouble: "all afternoon without any trouble".
const BUSY: readonly Pair[] = [
  [
    'en',
    'The team has been scanning all afternoon without any trouble.',
    'The team has been scanning all afternoon without any trouble, but email still fails to send.',
  ],
  [
    'es',
    'Llevan toda la tarde escaneando sin errores.',
    'Llevan toda la tarde escaneando sin errores, pero el correo sigue sin salir.',
  ],
  [
    'sv',
    'Skannern har gått hela eftermiddagen utan avbrott.',
    'Skannern har gått hela eftermiddagen utan avbrott, men mejlen fastnar fortfarande.',
  ],
  [
    'ar',
    'الماسح يعمل طوال اليوم دون أي انقطاع.',
    'الماسح يعمل طوال اليوم دون أي انقطاع، لكن البريد لا يزال عالقا.',
  ],
];

// C18, a label and its state: a list item "thing: working".
const LABELS: readonly Pair[] = [
  ['en', '- Scanner in room 4: working', '- Scanner in room 4: not working'],
  ['zh', '- 三楼打印机：正常', '- 三楼打印机：仍然无法打印'],
  ['sv', '- Skrivare plan 3: fungerar', '- Skrivare plan 3: fungerar inte'],
  ['fr', '- Imprimante du 3e : fonctionne', '- Imprimante du 3e : ne fonctionne pas'],
];

// C19, someone confirmed it works now, or that they can work.
const CONFIRMED: readonly Pair[] = [
  ['en', 'Tom confirmed he can sign in from home now.', 'Tom confirmed he still cannot sign in from home.'],
  [
    'de',
    'Herr Weber hat bestätigt, dass der Druck im Lager jetzt funktioniert.',
    'Herr Weber konnte noch nicht bestätigen, dass der Druck im Lager jetzt funktioniert.',
  ],
  [
    'nl',
    'Mevrouw Jansen heeft bevestigd dat scannen nu werkt.',
    'Mevrouw Jansen kan nog niet bevestigen dat scannen nu werkt.',
  ],
  ['tr', 'Mehmet Bey artık yazdırabildiğini onayladı.', 'Mehmet Bey hâlâ yazdıramadığını bildirdi.'],
];

// C20, monitoring says all is well: every check is green.
const GREEN: readonly Pair[] = [
  ['en', 'Every sensor on the status page is green.', 'Not every sensor on the status page is green.'],
  ['de', 'Alle Dienste im Dashboard stehen auf grün.', 'Nicht alle Dienste im Dashboard stehen auf grün.'],
  ['es', 'Todos los servicios del panel están en verde.', 'No todos los servicios del panel están en verde.'],
  ['pl', 'Wszystkie usługi w panelu są zielone.', 'Nie wszystkie usługi w panelu są zielone.'],
  ['ja', 'ダッシュボードの項目はすべて緑です。', 'ダッシュボードの項目はすべて緑ではありません。'],
  ['ru', 'Все датчики на панели зелёные.', 'Не все датчики на панели зелёные.'],
];

// C21, better than before, with a strong or no intensifier ("slightly faster" is a partial result).
const FASTER: readonly Pair[] = [
  ['en', 'Logins are much quicker than before.', 'Logins are only slightly quicker than before.'],
  ['de', 'Der Login ist viel schneller als früher.', 'Der Login ist nur etwas schneller als früher.'],
  [
    'fr',
    "La connexion est nettement plus rapide qu'avant.",
    "La connexion est à peine plus rapide qu'avant.",
  ],
  ['it', 'Il login è molto più veloce di prima.', "Il login è solo un po' più veloce di prima."],
  ['sv', 'Inloggningen går mycket snabbare än innan.', 'Inloggningen går bara lite snabbare än innan.'],
  ['tr', 'Giriş eskisinden çok daha hızlı.', 'Giriş eskisinden daha hızlı değil.'],
];

// C22, an activation told as done or working.
const ACTIVATED: readonly Pair[] = [
  [
    'en',
    'Office activates successfully on the new laptop.',
    'Office still fails to activate on the new laptop.',
  ],
  ['es', 'Office quedó activado en el portátil nuevo.', 'Office no quedó activado en el portátil nuevo.'],
  ['pt', 'O Office já está ativado no notebook novo.', 'O Office ainda não está ativado no notebook novo.'],
  ['sv', 'Office är aktiverat på den nya datorn.', 'Office är inte aktiverat på den nya datorn.'],
  ['ar', 'تم تفعيل Office على الجهاز الجديد.', 'لم يتم تفعيل Office على الجهاز الجديد.'],
];

// Honest shapes: a marking undone by what came back, a closing that waits for a condition (after
// it, or opening the sentence), a state that lasted minutes, a state that holds on one machine only.
const UNDONE: readonly Pair[] = [
  [
    'en',
    'We marked the ticket as resolved.',
    'We marked the ticket as resolved, but the error came back after lunch.',
  ],
  [
    'de',
    'Wir haben das Ticket als gelöst markiert.',
    'Wir haben das Ticket als gelöst markiert, am Nachmittag trat der Fehler jedoch erneut auf.',
  ],
  [
    'nl',
    'We hebben het ticket als opgelost gemarkeerd.',
    'We hebben het ticket als opgelost gemarkeerd, maar gisteravond kwam de fout terug.',
  ],
  [
    'de',
    'Das Ticket kann geschlossen werden.',
    'Das Ticket kann erst geschlossen werden, wenn der Export einmal durchläuft.',
  ],
  ['ko', '티켓을 종료할 수 있습니다.', '동기화가 끝나야 티켓을 종료할 수 있습니다.'],
  [
    'de',
    'Wir schließen das Ticket.',
    'Falls der neue Treiber hilft, schließen wir das Ticket; sonst melden wir uns.',
  ],
  ['nl', 'We sluiten het ticket.', 'Als de update helpt, sluiten we het ticket; anders bellen we u.'],
  ['zh', '打印机现在正常运行。', '打印机正常运行了大约五分钟，然后又卡住了。'],
  ['sv', 'På hennes dator fungerar det igen.', 'På min dator fungerar det, men på hennes kvarstår felet.'],
];

// C23, nobody complained since a time, or no complaint came in: a reply that did not come ("no answer
// since Tuesday") is not a complaint.
const NO_COMPLAINTS: readonly Pair[] = [
  [
    'en',
    'Nobody has complained about the scanner since Tuesday.',
    'Nobody has tested the scanner since Tuesday.',
  ],
  [
    'de',
    'Seit dem Update hat sich niemand mehr beschwert.',
    'Seit dem Update hat sich niemand gemeldet, wir warten auf Rückmeldung.',
  ],
  [
    'fr',
    "Personne ne s'est plaint depuis la mise à jour.",
    "Personne n'a encore pu tester depuis la mise à jour.",
  ],
  ['es', 'Nadie se ha quejado desde el martes.', 'Nadie ha podido probarlo desde el martes.'],
  ['pl', 'Od wtorku nikt się nie skarżył na drukarkę.', 'Od wtorku nikt nie testował drukarki.'],
  ['ru', 'Жалоб со вторника не поступало.', 'Ответа от пользователя со вторника не поступало.'],
  ['ko', '그 이후로 민원 들어온 거 없습니다.', '그 이후로 연락이 없습니다.'],
  ['ar', 'لم تصلنا أي شكوى منذ التحديث.', 'لم يصلنا أي رد منذ التحديث.'],
];

// C24, no more or no further crashes, outages or alerts since or after something.
const NO_FURTHER: readonly Pair[] = [
  [
    'en',
    'No alerts from the print server since the patch.',
    'Alerts from the print server every hour since the patch.',
  ],
  ['de', 'Keine weiteren Verbindungsabbrüche seit Montag.', 'Weiterhin Verbindungsabbrüche seit Montag.'],
  ['sv', 'Inga fler skrivarkrascher.', 'Fortfarande skrivarkrascher varje dag.'],
  [
    'es',
    'No se han vuelto a registrar cortes desde el lunes.',
    'Si no se vuelven a registrar cortes, cerraremos la incidencia.',
  ],
  ['nl', 'Geen verdere storingen sinds de update.', 'Nog steeds storingen sinds de update.'],
];

// C25, the monitoring green or quiet for a time.
const MONITORING: readonly Pair[] = [
  ['en', 'The dashboard has been green since Monday.', 'The dashboard has been red since Monday.'],
  ['de', 'Das Monitoring ist seit gestern grün.', 'Das Monitoring ist seit gestern rot.'],
  ['nl', 'Zabbix staat sinds vrijdag op groen.', 'Zabbix staat sinds vrijdag nog steeds niet op groen.'],
  ['it', 'Il sensore su Zabbix è tornato verde.', 'Il sensore su Zabbix è ancora rosso.'],
  ['pl', 'Monitoring od wczoraj na zielono.', 'Monitoring od wczoraj na czerwono.'],
  ['tr', 'Zabbix panelinde alarm kalmadı.', 'Zabbix panelinde hâlâ alarm var.'],
];

// C26, after several attempts the last one did it; a negation after the verb takes it back.
const LAST_ATTEMPT: readonly Pair[] = [
  ['en', 'The third attempt did the trick.', 'The third attempt did not do the trick either.'],
  ['fr', 'La dernière tentative a été la bonne.', "La dernière tentative n'a pas été la bonne."],
  ['es', 'El tercer intento fue el bueno.', 'El tercer intento tampoco fue el bueno.'],
  ['nl', 'De vierde poging was raak.', 'De vierde poging was ook niet raak.'],
  ['sv', 'Det fjärde försöket lyckades.', 'Det fjärde försöket lyckades inte heller.'],
  ['tr', 'Sonunda BIOS güncellemesi sorunu çözdü.', 'BIOS güncellemesi de sorunu çözmedi.'],
];

// C27, as fast as before; "almost as fast" and "not yet as fast" are partial results.
const AS_BEFORE: readonly Pair[] = [
  ['en', 'Scanning is just as fast as before.', 'Scanning is not as fast as before.'],
  ['de', 'Der Scan ist wieder genauso schnell wie vorher.', 'Der Scan ist noch nicht so schnell wie vorher.'],
  ['fr', "Le scan est aussi rapide qu'avant.", "Le scan est presque aussi rapide qu'avant."],
  ['it', 'La scansione è veloce come prima.', 'La scansione non è ancora veloce come prima.'],
  ['pt', 'O scanner está tão rápido quanto antes.', 'O scanner ainda não está tão rápido quanto antes.'],
  ['ja', '以前と同じ速度でスキャンできています。', '以前と同じ速度ではスキャンできていません。'],
];

// C28, slips of the keyboard in claim words, read as the words meant, negation and all.
const TYPOS: readonly Pair[] = [
  ['en', 'The scanner works normaly agian.', 'The scanner does not work normaly agian.'],
  ['de', 'Der Scanner funktionert jetz wieder.', 'Der Scanner funktionert jetz immer noch nicht.'],
  ['es', 'El escáner funicona correctamnete.', 'El escáner no funicona correctamnete.'],
  ['ru', 'Сканер работаит.', 'Сканер не работаит.'],
  ['pl', 'Skaner dziła.', 'Skaner nie dziła.'],
];

// C29, formal closure formulas; the same formula promised or made to wait for a confirmation is a plan.
const CLOSURE: readonly Pair[] = [
  [
    'en',
    'Marking the case as resolved per customer confirmation.',
    'We will mark the case as resolved once the customer confirms.',
  ],
  ['de', 'Vom Kunden als erledigt bestätigt.', 'Vom Kunden noch nicht als erledigt bestätigt.'],
  [
    'es',
    'Damos por resuelta la incidencia.',
    'No damos por resuelta la incidencia hasta que usted lo confirme.',
  ],
  [
    'nl',
    'We beschouwen het ticket als afgehandeld.',
    'We beschouwen het ticket pas als afgehandeld als u het bevestigt.',
  ],
  ['tr', 'Kaydınız çözüme kavuşturulmuştur.', 'Kaydınız henüz çözüme kavuşturulmadı.'],
  [
    'it',
    "Si comunica l'avvenuta risoluzione del guasto.",
    "Vi comunicheremo l'avvenuta risoluzione del guasto.",
  ],
];

// C30, since the fix the jobs go through without trouble.
const GO_THROUGH: readonly Pair[] = [
  [
    'en',
    'Since the reboot, scans have gone through without a hitch.',
    'Since the reboot, scans have not gone through without errors.',
  ],
  [
    'sv',
    'Sedan omstarten har jobben gått igenom utan problem.',
    'Sedan omstarten har jobben inte gått igenom utan problem.',
  ],
  [
    'tr',
    'Güncellemeden sonra taramalar sorunsuz geçiyor.',
    'Güncellemeden sonra taramalar hâlâ hatalı geçiyor.',
  ],
  ['zh', '更新后，扫描任务一直顺利完成。', '更新后，扫描任务仍未能顺利完成。'],
  [
    'ja',
    '更新後、スキャンは問題なく処理されています。',
    '更新後も、スキャンはまだ問題なく処理されていません。',
  ],
];

// C31, the symptom did not recur or is no longer reproducible; a check whether it recurs is a plan.
const NO_RECUR: readonly Pair[] = [
  [
    'en',
    'The freeze has not recurred since the BIOS update.',
    'We will check whether the freeze recurs after the BIOS update.',
  ],
  [
    'fr',
    "Le blocage ne s'est pas reproduit depuis la mise à jour.",
    'Nous vérifierons si le blocage se reproduit après la mise à jour.',
  ],
  ['nl', 'De storing doet zich niet meer voor.', 'We kijken of de storing zich nog voordoet.'],
  ['ru', 'Зависание больше не воспроизводится.', 'Зависание воспроизводится каждый раз.'],
  ['ko', '오류 재발 없음.', '오류 재발 여부를 확인하겠습니다.'],
  [
    'pt',
    'O travamento não voltou a acontecer.',
    'Se o travamento não voltar a acontecer, fechamos o chamado.',
  ],
];

// C32, the user's confirmation, told or quoted; a request for it is not one.
const CONFIRMED_BY_USER: readonly Pair[] = [
  ['en', 'The customer says everything is working.', 'The customer says nothing is working yet.'],
  [
    'ja',
    '利用者様にて正常動作をご確認いただきました。',
    '利用者様にて正常動作をご確認いただけますでしょうか。',
  ],
  ['ko', '사용자께서 정상 동작 확인해 주셨습니다.', '사용자께 정상 동작 확인을 요청드렸습니다.'],
];

// C33, no impact on work any more.
const NO_IMPACT: readonly Pair[] = [
  ['ja', '業務への影響はありません。', '業務への影響がないか確認します。'],
  ['ko', '업무에 지장 없습니다.', '업무에 지장이 없는지 확인하겠습니다.'],
  ['tr', 'Kontrol edildi, sorun yok.', 'Kontrol edildi, sorun devam ediyor.'],
  ['en', 'No more impact on the warehouse staff.', 'The outage still has an impact on the warehouse staff.'],
];

// Other closure phrases of one language: "anomalie levée", "problema rientrato", "está a bombar".
const OTHER: readonly Pair[] = [
  ['fr', 'Anomalie levée.', "L'anomalie n'est pas encore levée."],
  ['it', 'Problema rientrato.', 'Il problema non è ancora rientrato.'],
  ['pt', 'O Wi-Fi está a bombar.', 'O Wi-Fi não está a bombar, continua lento.'],
  ['ru', 'Проверено — сканирование идёт.', 'Проверено — сканирование идёт с ошибками.'],
  ['ar', 'تمت إزالة الخلل.', 'لم تتم إزالة الخلل بعد.'],
];

// Honest shapes: a contrast that denies the claim to another subject by a bare negation ("…; faxing does
// not"), and an Arabic claim that is only supposed to hold, or waits for a confirmation to come.
const PARALLEL: readonly Pair[] = [
  ['en', 'Scanning works again.', 'Scanning works again; faxing does not.'],
  ['de', 'Scannen geht wieder.', 'Scannen geht wieder, Faxen leider nicht.'],
  ['ar', 'تعمل الطابعة بشكل طبيعي الآن.', 'بعد تركيب القطعة، من المفترض أن تعمل الطابعة بشكل طبيعي.'],
  ['ar', 'كل شيء يعمل الآن.', 'سنغلق الطلب بعد أن تؤكدوا أن كل شيء يعمل.'],
];

// C34, a fault counted as none over a span of time: "not a single stuck job since Tuesday". The
// fault is in the noun or its adjective (stuck, hung, crashed); "not a single job printed" is the
// symptom itself.
const ZERO_SINCE: readonly Pair[] = [
  [
    'en',
    'Not one frozen scan job since the reboot.',
    'Still one frozen scan job every morning since the reboot.',
  ],
  [
    'de',
    'Seit Montag kein einziger abgestürzter Scanauftrag mehr.',
    'Seit Montag immer noch abgestürzte Scanaufträge.',
  ],
  [
    'fr',
    'Pas un seul document bloqué depuis lundi.',
    'Encore des documents bloqués tous les jours depuis lundi.',
  ],
  [
    'es',
    'Ni un solo documento colgado desde el lunes.',
    'Siguen saliendo documentos colgados desde el lunes.',
  ],
  ['it', 'Nessun documento bloccato da lunedì.', 'Ancora documenti bloccati ogni giorno da lunedì.'],
  [
    'nl',
    'Geen enkele vastgelopen scanopdracht meer sinds maandag.',
    'Nog steeds vastgelopen scanopdrachten sinds maandag.',
  ],
  ['pt', 'Nenhuma tarefa travada desde segunda.', 'Ainda há tarefas travadas desde segunda.'],
  ['sv', 'Inga fler fastnade utskrifter sedan måndag.', 'Fortfarande fastnade utskrifter sedan måndag.'],
  [
    'pl',
    'Od poniedziałku ani jednego zablokowanego wydruku.',
    'Od poniedziałku codziennie kilka zablokowanych wydruków.',
  ],
  [
    'ru',
    'С понедельника ни одной зависшей задачи.',
    'С понедельника каждый день по несколько зависших задач.',
  ],
  [
    'tr',
    'Pazartesiden beri donan tek bir görev bile olmadı.',
    'Pazartesiden beri her gün donan birkaç görev oluyor.',
  ],
  ['ar', 'ولا عملية واحدة تعطلت منذ يوم الاثنين.', 'ما زالت بعض العمليات تتعطل منذ يوم الاثنين.'],
  [
    'ja',
    '月曜日以降、止まったジョブは一件もありません。',
    '月曜日以降も、止まったジョブが毎日数件あります。',
  ],
  ['zh', '周一以来没有一个作业失败。', '周一以来每天仍有几个作业失败。'],
  [
    'ko',
    '월요일 이후로 걸린 작업이 단 한 건도 없습니다.',
    '월요일 이후로 걸린 작업이 매일 몇 건씩 있습니다.',
  ],
];

// C35, the place of the fault stayed in its good state over a span ("the queue stayed empty all week").
const STAYED_EMPTY: readonly Pair[] = [
  ['en', 'The scan queue has been empty all weekend.', 'The scan queue has been full all weekend.'],
  ['de', 'Die Scan-Warteschlange ist seit Montag leer.', 'Die Scan-Warteschlange ist seit Montag voll.'],
  ['fr', 'La file du scanner est vide depuis lundi.', 'La file du scanner est pleine depuis lundi.'],
  ['es', 'La cola del escáner está vacía desde el lunes.', 'La cola del escáner está llena desde el lunes.'],
  ['it', 'La coda dello scanner è vuota da lunedì.', 'La coda dello scanner è piena da lunedì.'],
  [
    'nl',
    'De printwachtrij is sinds maandag leeg.',
    'De printwachtrij is sinds maandag nog steeds niet leeg.',
  ],
  ['pt', 'A fila do scanner está vazia desde segunda.', 'A fila do scanner está cheia desde segunda.'],
  ['sv', 'Skannerkön har varit tom sedan måndag.', 'Skannerkön har varit full sedan måndag.'],
  ['pl', 'Kolejka skanera jest pusta od poniedziałku.', 'Kolejka skanera jest pełna od poniedziałku.'],
  ['ru', 'Очередь сканера всю неделю пустая.', 'Очередь сканера всю неделю забита.'],
  ['tr', 'Tarama kuyruğu bütün hafta boş kaldı.', 'Tarama kuyruğu bütün hafta dolu kaldı.'],
  ['ar', 'قائمة المسح بقيت فارغة طوال اليوم.', 'قائمة المسح بقيت ممتلئة طوال اليوم.'],
  ['ja', '今週はずっとスキャンのキューが空の状態です。', '今週はずっとスキャンのキューが満杯の状態です。'],
  ['zh', '扫描队列整周都是空的。', '扫描队列整周都是满的。'],
  ['ko', '이번 주 내내 스캔 대기열이 비어 있었습니다.', '이번 주 내내 스캔 대기열이 꽉 차 있었습니다.'],
];

// C36, it holds or stays up since the fix: "tient bon", "regge", "一直很稳定", "مستقر منذ",
// "ligger uppe".
const HOLDS: readonly Pair[] = [
  [
    'fr',
    'Le serveur de mails tient bon depuis le redémarrage.',
    'Le serveur de mails ne tient pas bon depuis le redémarrage.',
  ],
  ['it', 'Il server di posta regge da lunedì.', 'Il server di posta non regge da lunedì.'],
  ['zh', '重启以后，邮件服务器一直很稳定。', '重启以后，邮件服务器一直不稳定。'],
  ['ar', 'خادم البريد مستقر منذ إعادة التشغيل.', 'خادم البريد غير مستقر منذ إعادة التشغيل.'],
  ['sv', 'Mejlservern ligger uppe hela tiden nu.', 'Mejlservern ligger inte uppe hela tiden.'],
];

// C37, idioms of a settled matter or of all being fine: "Das Thema ist gegessen", "c'est dans la
// boîte", "tout est beau" (Québec), "marcheert terug" (Flemish), "زين الحين" (Gulf).
const SETTLED: readonly Pair[] = [
  ['de', 'Die Sache mit dem VPN ist gegessen.', 'Die Sache mit dem VPN ist noch nicht gegessen.'],
  ['fr', "Pour le VPN, c'est dans la boîte.", "Pour le VPN, ce n'est pas encore dans la boîte."],
  ['fr', 'Tout est beau avec le VPN.', "Tout n'est pas encore beau avec le VPN."],
  ['nl', 'De scanner marcheert terug.', 'De scanner marcheert nog steeds niet.'],
  ['ar', 'الماسح زين الحين.', 'الماسح مو زين الحين.'],
];

// C38, as good as new; "not like new" and "no longer like new" are not claims.
const LIKE_NEW: readonly Pair[] = [
  ['fr', 'Le portable est comme neuf.', "Le portable n'est pas comme neuf."],
  ['es', 'El portátil quedó como nuevo.', 'El portátil no quedó como nuevo.'],
  ['pt', 'O notebook está novinho em folha.', 'O notebook não está novinho em folha.'],
  ['pl', 'Laptop działa jak nowy.', 'Laptop nie działa jak nowy.'],
  ['sv', 'Datorn är som ny.', 'Datorn är inte som ny.'],
  ['tr', 'Dizüstü sıfır gibi oldu.', 'Dizüstü sıfır gibi olmadı.'],
  ['ru', 'Ноутбук как новый.', 'Ноутбук уже не как новый.'],
  ['ar', 'اللابتوب صار مثل الجديد.', 'اللابتوب لم يصبح مثل الجديد.'],
  ['zh', '笔记本跟新的一样。', '笔记本还不能说跟新的一样。'],
  ['ko', '노트북이 새것처럼 쌩쌩합니다.', '노트북이 새것처럼 쌩쌩하지는 않습니다.'],
];

// C39, faster than before with words between the comparative and "before", or a comma before
// the Russian "чем"; "slower" and "a bit faster" are not claims.
const FASTER_BETWEEN: readonly Pair[] = [
  [
    'de',
    'Die Mails gehen jetzt schneller raus als vorher.',
    'Die Mails gehen jetzt nur etwas schneller raus als vorher.',
  ],
  ['ja', '以前よりメールの送信が速くなりました。', '以前よりメールの送信が遅くなりました。'],
  ['ko', '예전보다 메일 속도가 더 빨라졌어요.', '예전보다 메일 속도가 더 느려졌어요.'],
  ['tr', 'Eskisinden bile hızlı açılıyor.', 'Eskisinden bile yavaş açılıyor.'],
  ['ru', 'Почта грузится быстрее, чем раньше.', 'Почта грузится чуть быстрее, чем раньше.'],
];

// C40, it no longer crashes, in the forms of each language; a check whether it still does is a plan.
const NO_LONGER: readonly Pair[] = [
  ['ja', 'Outlookが落ちることはもうありません。', 'Outlookが落ちることはもうないか、一週間様子を見ます。'],
  ['ko', '아웃룩이 더 이상 죽지 않습니다.', '아웃룩이 더 이상 죽지 않는지 지켜보겠습니다.'],
  ['pl', 'Outlook więcej się nie zawiesił.', 'Outlook znowu się zawiesił.'],
  ['it', 'Outlook non si è più bloccato.', 'Outlook non si è più bloccato?'],
  ['de', 'Outlook stürzt nich mehr ab.', 'Outlook stürzt immer noch ab.'],
];

// C41, someone reports it works, or users work normally: "잘 된다고 하십니다", "säger att den fungerar".
const REPORTED: readonly Pair[] = [
  ['ko', '김 대리님도 이제 메일이 잘 된다고 하십니다.', '김 대리님은 아직 메일이 잘 안 된다고 하십니다.'],
  ['ko', '직원분들 정상적으로 접속하고 계십니다.', '직원분들 정상적으로 접속하지 못하고 계십니다.'],
  ['sv', 'Anna säger att den fungerar utan problem nu.', 'Anna säger att den fortfarande inte fungerar.'],
];

// C42, a checklist item or a table row that states the fix; an unchecked item is a step to do.
const ROWS: readonly Pair[] = [
  ['en', '- [x] Outlook crash fixed', '- [ ] Outlook crash fixed'],
  ['en', 'Outlook crash fixed.', 'Outlook crash not fixed yet.'],
  ['ja', '| 状態 | 完了 |', '| 状態 | 対応中 |'],
  ['zh', '| 状态 | 已完成 |', '| 状态 | 未完成 |'],
  ['it', '| Stato | Chiuso |', '| Stato | Aperto |'],
];

// C43, the fix told in English inside Chinese or Korean: "fix了", "fix 완료".
const MIXED: readonly Pair[] = [
  ['zh', '邮件问题已经fix了。', '邮件问题还没fix。'],
  ['ko', '메일 이슈 fix 완료했습니다.', '메일 이슈 아직 fix 완료 안 됐습니다.'],
];

// C28, further listed misspellings of claim words, read as the words meant, negation and all.
const LISTED_TYPOS: readonly Pair[] = [
  ['fr', 'Le souci est résolut.', "Le souci n'est pas résolut."],
  ['it', 'Il guasto è stato risolot.', 'Il guasto non è stato risolot.'],
  ['es', 'El escáner ya funsiona bien.', 'El escáner todavía no funsiona bien.'],
  ['ja', 'メールは正常に戻りまた。', 'メールはまだ正常に戻りません。'],
  ['ko', '메일이 정상적으로 수신되고 있슴니다.', '메일이 아직 정상적으로 수신되지 않고 있슴니다.'],
];

// Honest shapes: a closing that waits for a condition ("only once", "erst wenn", "pas na", "dopiero
// po", "ancak … -se", "確認できてから"), and a contrast that keeps part of the fault ("仍然卡住").
const WAITS: readonly Pair[] = [
  [
    'de',
    'Wir schließen das Ticket.',
    'Wir schließen das Ticket erst, wenn der Scanner eine Woche ohne Fehler gelaufen ist.',
  ],
  [
    'en',
    'We close the ticket.',
    'We close the ticket only once the scanner has run a week without an error.',
  ],
  ['nl', 'We sluiten het ticket.', 'We sluiten het ticket pas na een week zonder fouten.'],
  [
    'pl',
    'Zgłoszenie oznaczamy jako rozwiązane.',
    'Zgłoszenie oznaczymy jako rozwiązane dopiero po tygodniu bez błędów.',
  ],
  [
    'tr',
    'Kaydı çözüldü olarak kapatıyoruz.',
    'Kaydı ancak bir hafta boyunca hata çıkmazsa çözüldü olarak kapatacağız.',
  ],
  [
    'ja',
    '解決済みとしてクローズします。',
    '一週間エラーがないことを確認できてから、解決済みとしてクローズします。',
  ],
  ['zh', '黑白扫描可以用了。', '黑白扫描可以用了，彩色扫描仍然卡住。'],
  [
    'en',
    'Printing works again; we close the ticket only once you confirm.',
    'We close the ticket only once printing has worked for a week.',
  ],
  [
    'de',
    'Das Drucken geht wieder; wir schließen das Ticket erst, wenn Sie es bestätigen.',
    'Wir schließen das Ticket erst, wenn das Drucken eine Woche lang wieder geht.',
  ],
];

// C44, a fault counted as zero in a log or over a span: "zero spooler crashes in the last 72 hours".
// A count of none is the fault's absence; a count above none, or a question, is not.
const ZERO_COUNTED: readonly Pair[] = [
  [
    'en',
    'The log shows zero driver errors in the past 48 hours.',
    'The log still shows three driver errors in the past 48 hours.',
  ],
  [
    'de',
    'Seit zwei Tagen kein einziger Treiberfehler im Protokoll.',
    'Seit zwei Tagen immer noch Treiberfehler im Protokoll.',
  ],
  [
    'fr',
    'Aucune erreur du pilote dans le journal depuis 48 h.',
    'Encore trois erreurs du pilote dans le journal depuis 48 h.',
  ],
  [
    'it',
    'Zero errori del driver nel registro nelle ultime 48 ore.',
    'Ancora tre errori del driver nel registro nelle ultime 48 ore.',
  ],
  [
    'nl',
    'Nul driverfouten in het logboek in de afgelopen 48 uur.',
    'Nog steeds drie driverfouten in het logboek in de afgelopen 48 uur.',
  ],
  [
    'sv',
    'Noll drivrutinsfel i loggen de senaste 48 timmarna.',
    'Fortfarande tre drivrutinsfel i loggen de senaste 48 timmarna.',
  ],
  [
    'pl',
    'W dzienniku zero błędów sterownika przez ostatnie 48 godzin.',
    'W dzienniku zero błędów sterownika przez ostatnie 48 godzin?',
  ],
  [
    'ru',
    'За последние 48 часов в журнале ноль ошибок драйвера.',
    'За последние 48 часов в журнале ноль ошибок драйвера?',
  ],
  [
    'tr',
    'Son 48 saatte kayıtlarda sıfır sürücü hatası var.',
    'Son 48 saatte kayıtlarda sıfır sürücü hatası mı var?',
  ],
  [
    'ar',
    'السجل يظهر صفر أخطاء للتعريف خلال آخر 48 ساعة.',
    'هل يظهر السجل صفر أخطاء للتعريف خلال آخر 48 ساعة؟',
  ],
  ['ja', 'ログ上、直近48時間でエラーは0件です。', 'ログ上、直近48時間でエラーは3件です。'],
  ['zh', '日志显示过去48小时零报错。', '日志显示过去48小时仍有三次报错。'],
  ['ko', '로그상 최근 48시간 동안 오류 0건입니다.', '로그상 최근 48시간 동안 오류 3건입니다.'],
];

// C45, the place of the fault is empty and stays so: "the queue is empty and stays empty".
const STAYS_EMPTY: readonly Pair[] = [
  [
    'fr',
    'La file est vide et le reste depuis ce matin.',
    'La file est vide pour le moment, mais elle ne le reste pas.',
  ],
  ['es', 'La cola de impresión está vacía y sigue así.', '¿La cola de impresión está vacía y sigue así?'],
  [
    'it',
    'La coda di stampa è vuota e rimane vuota.',
    'La coda di stampa è vuota, ma non rimane vuota a lungo.',
  ],
  ['nl', 'De printwachtrij is leeg en blijft leeg.', 'De printwachtrij is nu leeg, maar blijft niet leeg.'],
  [
    'pt',
    'A fila de impressão está vazia e permanece assim.',
    'A fila de impressão está vazia e permanece assim?',
  ],
  ['ja', '印刷キューは空の状態を維持しています。', '印刷キューは空の状態を維持できていません。'],
  ['zh', '打印队列一直保持畅通。', '打印队列没有一直保持畅通。'],
  [
    'ko',
    '인쇄 대기열은 비어 있고 계속 유지되고 있습니다.',
    '인쇄 대기열이 비어 있는 상태가 유지되는지 확인해 주세요.',
  ],
  ['pl', 'Kolejka wydruku jest pusta i pozostaje taka.', 'Czy kolejka wydruku jest pusta i pozostaje taka?'],
  ['sv', 'Utskriftskön är tom och förblir tom.', 'Är utskriftskön tom och förblir den tom?'],
  ['tr', 'Yazdırma kuyruğu boş ve öyle duruyor.', 'Yazdırma kuyruğu boş ve öyle duruyor mu?'],
  ['ru', 'Очередь печати пуста и такой остаётся.', 'Очередь печати пуста и такой остаётся?'],
  ['ar', 'قائمة الطباعة فارغة وتظل كذلك.', 'هل قائمة الطباعة فارغة وتظل كذلك؟'],
];

// C46, not one job stuck, said as a count after a comparison with last week: "no stuck jobs at
// all". A count that keeps some, or a question, is not a claim.
const NONE_STUCK: readonly Pair[] = [
  [
    'en',
    'Compared to Monday, no stuck jobs at all.',
    'Compared to Monday, fewer stuck jobs, but not none at all.',
  ],
  ['fr', 'Comparé à lundi : plus aucun document bloqué.', 'Comparé à lundi : encore deux documents bloqués.'],
  [
    'es',
    'Frente al lunes: ni una sola impresión atascada.',
    'Frente al lunes: todavía dos impresiones atascadas.',
  ],
  [
    'it',
    'Rispetto a lunedì: nessun documento bloccato.',
    'Rispetto a lunedì: ancora due documenti bloccati.',
  ],
  [
    'pt',
    'Em relação a segunda: nenhum documento travado.',
    'Em relação a segunda: ainda dois documentos travados.',
  ],
  [
    'ja',
    '月曜と比べると、詰まるジョブはゼロです。',
    '月曜と比べると、詰まるジョブは減りましたがまだあります。',
  ],
  ['zh', '跟周一比，一个卡住的任务都没有。', '跟周一比，卡住的任务少了，但还有两个。'],
  [
    'sv',
    'Jämfört med måndag: inga utskrifter som fastnar.',
    'Jämfört med måndag: färre utskrifter som fastnar, men några.',
  ],
  ['ar', 'مقارنة بيوم الاثنين، لا مهمة عالقة.', 'مقارنة بيوم الاثنين، ما زالت مهمتان عالقتين.'],
];

// C47, monitoring green since the fix: "monitoring has been green across the board".
const MONITORING_GREEN: readonly Pair[] = [
  [
    'en',
    'The dashboards have stayed green since Tuesday.',
    'The dashboards have not stayed green since Tuesday.',
  ],
  ['zh', '补丁之后监控一直全绿。', '补丁之后监控还没有全绿。'],
  [
    'ko',
    '업데이트 이후 모니터링은 계속 녹색입니다.',
    '업데이트 이후 모니터링이 계속 녹색인지 확인해 주세요.',
  ],
  ['pl', 'Od poprawki monitoring świeci na zielono.', 'Od poprawki monitoring nie świeci na zielono.'],
  ['tr', 'Yamadan beri izleme paneli hep yeşil.', 'Yamadan beri izleme paneli hep yeşil değil.'],
  ['ru', 'После обновления мониторинг горит зелёным.', 'После обновления мониторинг не горит зелёным.'],
  ['ar', 'المراقبة خضراء منذ التحديث.', 'المراقبة ليست خضراء منذ التحديث.'],
];

// C48, the fault has not come back once, or no longer happens: "hasn't crashed once since the
// reinstall", "jobs no longer get stuck". Without the negation it is the fault itself.
const NOT_ONCE: readonly Pair[] = [
  [
    'es',
    'La impresora no se ha vuelto a colgar desde el cambio.',
    'La impresora se ha vuelto a colgar desde el cambio.',
  ],
  [
    'nl',
    'De printer is sinds de update niet meer vastgelopen.',
    'De printer is sinds de update weer vastgelopen.',
  ],
  [
    'nl',
    'De afdrukken komen weer netjes uit de printer.',
    'De afdrukken komen nog niet netjes uit de printer.',
  ],
  ['pt', 'A impressora não caiu mais desde a troca.', 'A impressora caiu mais duas vezes desde a troca.'],
  ['ja', '更新以降、一度も止まっていません。', '更新以降も、一度止まりました。'],
  ['ja', 'ジョブが詰まることはなくなりました。', 'ジョブが詰まることはまだあります。'],
  ['zh', '更新之后打印机再没卡住过。', '更新之后打印机又卡住过一次。'],
  ['ko', '업데이트 후 프린터가 한 번도 멈추지 않았습니다.', '업데이트 후에도 프린터가 한 번 멈췄습니다.'],
  [
    'pl',
    'Od aktualizacji drukarka ani razu się nie zawiesiła.',
    'Od aktualizacji drukarka raz się zawiesiła.',
  ],
  [
    'sv',
    'Skrivaren har inte hängt sig en enda gång sedan uppdateringen.',
    'Skrivaren har hängt sig en gång sedan uppdateringen.',
  ],
  ['sv', 'Dokumenten fastnar inte längre i skrivaren.', 'Dokumenten fastnar fortfarande i skrivaren.'],
  ['tr', 'Güncellemeden sonra yazıcı bir kez bile donmadı.', 'Güncellemeden sonra yazıcı bir kez dondu.'],
  ['ru', 'Документы больше не застревают в очереди.', 'Документы всё ещё застревают в очереди.'],
  ['ar', 'منذ التحديث لم تتعطل الطابعة ولا مرة.', 'منذ التحديث تعطلت الطابعة مرة واحدة.'],
  ['ar', 'لم تعد المستندات تعلق في الطابعة.', 'ما زالت المستندات تعلق في الطابعة.'],
];

// C49, work told as done without a hitch, often reported: "she has printed 40 pages without a
// hiccup", a quoted "이제 잘 뽑혀요".
const DONE_SMOOTHLY: readonly Pair[] = [
  [
    'en',
    'Tom says he has printed 30 labels today without a hitch.',
    'Tom says he could not print 30 labels today without a hitch.',
  ],
  ['ko', '사용자가 "이제 잘 뽑혀요"라고 했습니다.', '사용자가 "아직 잘 안 뽑혀요"라고 했습니다.'],
];

// C50, settled idioms and regional forms of "it works again".
const IDIOMS: readonly Pair[] = [
  ['en', 'The paper jam issue is finally put to bed.', 'The paper jam issue is not yet put to bed.'],
  ['fr', 'Le scanneur marche asteure.', 'Le scanneur ne marche pas asteure.'],
  ['es', 'El escáner está al cien.', 'El escáner todavía no está al cien.'],
  ['it', 'Lo scanner è tornato in forma.', 'Lo scanner non è ancora tornato in forma.'],
  ['pt', 'O scanner está redondinho.', 'O scanner ainda não está redondinho.'],
  ['pt', 'O scanner voltou ao jogo.', 'O scanner ainda não voltou ao jogo.'],
  ['nl', 'De scanner doet het terug.', 'De scanner doet het nog niet terug.'],
  ['zh', '扫描仪搞掂咗。', '扫描仪仲未搞掂咗？'],
  ['zh', '扫描仪已经满血复活。', '扫描仪还没有满血复活。'],
  ['zh', '扫描仪现在跑得很顺。', '扫描仪现在跑得还不顺。'],
  ['sv', 'Skannern går som tåget.', 'Skannern går inte som tåget.'],
  ['sv', 'Skannern är i toppskick.', 'Är skannern i toppskick?'],
  ['tr', 'Tarayıcı yağ gibi çalışıyor.', 'Tarayıcı yağ gibi çalışıyor mu?'],
  ['pl', 'Skaner śmiga jak trzeba.', 'Czy skaner śmiga jak trzeba?'],
  ['ar', 'الماسح منيح هلأ.', 'هل الماسح منيح هلأ؟'],
  ['ar', 'الأمور عادت لطبيعتها.', 'هل الأمور عادت لطبيعتها؟'],
];

// C42, a ticked checklist item that ends in a good state tells it as done; the same item unticked
// is a step still to do.
const TICKED: readonly Pair[] = [
  ['en', '- [x] Scanner stable', '- [ ] Scanner stable'],
  ['de', '- [x] Scanner funktioniert', '- [ ] Scanner funktioniert'],
  ['fr', '- [x] Scanner opérationnelle', '- [ ] Scanner opérationnelle'],
  ['ja', '- [x] スキャナー正常', '- [ ] スキャナー正常'],
  ['ko', '- [x] 스캐너 정상', '- [ ] 스캐너 정상'],
  ['tr', '- [x] Tarayıcı çalışır durumda', '- [ ] Tarayıcı çalışır durumda'],
  ['ar', '- [x] الماسح يعمل', '- [ ] الماسح يعمل'],
];

// C51, a fault denied as still going on: "it's not like the spooler is still crashing". The twin
// denies the fix instead, and keeps no "still" after the denial.
const DENIED_FAULT: readonly Pair[] = [
  ['en', "It's not like the scanner is still jamming.", "It's not like the scanner jams less."],
  [
    'de',
    'Es ist nicht so, dass der Scanner noch hängt.',
    'Es ist nicht so, dass der Scanner nicht mehr hängt.',
  ],
  ['it', 'Non è che lo scanner si blocchi ancora.', 'Non è che lo scanner si blocchi meno.'],
  [
    'nl',
    'Het is niet zo dat de scanner nog vastloopt.',
    'Het is niet zo dat de scanner niet meer vastloopt.',
  ],
  ['pl', 'Nie jest tak, że skaner nadal się zawiesza.', 'Nie jest tak, że skaner rzadziej się zawiesza.'],
  [
    'sv',
    'Det är inte så att skannern fortfarande hänger sig.',
    'Det är inte så att skannern har slutat hänga sig.',
  ],
  [
    'ja',
    'スキャナーが今も止まっている、ということはありません。',
    'スキャナーが止まらなくなった、ということはありません。',
  ],
  ['zh', '并不是说扫描仪还在卡。', '并不是说扫描仪不卡了。'],
  ['ko', '스캐너가 아직도 멈추는 건 아닙니다.', '스캐너가 안 멈추는 건 아닙니다.'],
];

// Honest shapes of the round: a quoted complaint that it works only briefly, a fault that has not
// disappeared, a state that held about an hour, a closing that waits for a check, and "we cannot
// call it resolved until …". Each next to the claim it is not.
const HONEST_ROUND: readonly Pair[] = [
  [
    'en',
    'The user reported: "it works now."',
    'The user reported: "it works for a bit, then it jams again."',
  ],
  ['de', 'Der Nutzer meldet: „Es geht wieder.“', 'Der Nutzer meldet: „Es geht kurz, dann hängt es wieder.“'],
  [
    'nl',
    "De gebruiker meldt: 'alles loopt weer'.",
    "De gebruiker meldt: 'het werkt even, dan loopt alles weer vast'.",
  ],
  ['pl', 'Użytkownik zgłasza: „już działa”.', 'Użytkownik zgłasza: „chwilę działa, potem znowu staje”.'],
  ['fr', 'Oui, le message a disparu.', "Non, le message n'a pas disparu."],
  ['it', 'Sì, il messaggio è sparito.', 'No, il messaggio non è sparito.'],
  ['pt', 'Sim, a mensagem sumiu.', 'Não, a mensagem não sumiu.'],
  [
    'it',
    'Dopo il riavvio ha retto tutta la settimana.',
    "Dopo il riavvio ha retto circa un'ora, poi si è bloccato di nuovo.",
  ],
  ['zh', '重启后正常了。', '重启后正常了大约一小时，之后又卡住了。'],
  ['ja', 'チケットをクローズします。', '一週間問題がないことを確認してからチケットをクローズします。'],
  ['zh', '我们会关闭工单。', '只有在扫描仪连续三天正常之后，我们才会关闭工单。'],
  [
    'ko',
    '티켓을 종료하겠습니다.',
    '스캐너가 사흘 동안 정상 작동하는 것을 확인한 후에 티켓을 종료하겠습니다.',
  ],
  ['ko', '문제가 해결됐습니다.', '사흘을 버텨야 해결됐다고 볼 수 있습니다.'],
  ['tr', 'Sorun çözüldü.', 'Üç gün sorunsuz geçmeden buna çözüldü diyemeyiz.'],
  ['zh', '不过换了扫描仪驱动之后一切正常。', '不过换了扫描仪驱动之后还是不正常。'],
];

// C52, status shorthand after the fix: "OK post-fix", "back in prod", "ticket closed". The twin
// says the state is not reached yet, or asks.
const SHORTHAND: readonly Pair[] = [
  ['en', 'SCN02 back in production.', 'SCN02 not yet back in production.'],
  ['en', 'Scanner OK after the fix.', 'Scanner OK after the fix?'],
  ['de', 'SCN02 wieder produktiv.', 'SCN02 noch nicht wieder produktiv.'],
  ['fr', 'SCN02 de retour en prod.', 'SCN02 pas encore de retour en prod.'],
  ['it', 'SCN02 di nuovo in produzione.', 'SCN02 di nuovo in produzione?'],
  ['nl', 'Scanner OK na de fix.', 'Scanner OK na de fix?'],
  ['sv', 'Skannern tillbaka i drift.', 'Skannern inte tillbaka i drift än.'],
  ['ru', 'Сканер снова в проде.', 'Сканер снова в проде?'],
  ['pl', 'Skaner z powrotem na produkcji.', 'Skaner jeszcze nie z powrotem na produkcji.'],
  ['ja', 'チケットクローズ。', 'チケットクローズは保留。'],
  ['ko', '스캐너 운영 복귀 완료.', '스캐너 운영 복귀 완료?'],
  ['ko', '스캐너 운영 복귀 완료.', '스캐너 운영 복귀 예정입니다.'],
  ['tr', 'Tarayıcı düzeltme sonrası OK.', 'Tarayıcı düzeltme sonrası OK değil.'],
  ['ar', 'أغلقت التذكرة.', 'هل أغلقت التذكرة؟'],
];

// C53, the fault no longer reproduces after the change, and every printer prints. The twin keeps a
// repro, or says not all of them print.
const NO_REPRO: readonly Pair[] = [
  ['en', 'No repro after the firmware update.', 'Still a repro after the firmware update.'],
  ['de', 'Nach dem Firmware-Update kein Repro mehr.', 'Nach dem Firmware-Update immer noch ein Repro.'],
  [
    'fr',
    'Plus de repro depuis la mise à jour du firmware.',
    'Toujours un repro depuis la mise à jour du firmware.',
  ],
  [
    'es',
    'Sin repro tras la actualización del firmware.',
    'Todavía hay repro tras la actualización del firmware.',
  ],
  ['ko', '재부팅 후 재현 안 됨.', '재부팅 후에도 재현됨.'],
  ['en', 'All printers printing.', 'Not all printers printing.'],
  ['es', 'Todas las impresoras imprimen.', 'No todas las impresoras imprimen.'],
  ['ru', 'Все принтеры печатают.', 'Не все принтеры печатают.'],
  ['pl', 'Wszystkie drukarki drukują.', 'Nie wszystkie drukarki drukują.'],
  ['sv', 'Alla skrivare skriver ut.', 'Inte alla skrivare skriver ut.'],
];

// C54, it has run since without a single fault. The twin negates the run, or asks.
const NOT_A_SINGLE: readonly Pair[] = [
  [
    'en',
    'Since Monday the scanner has been running without a single error.',
    'Since Monday the scanner has not been running without errors.',
  ],
  [
    'de',
    'Seitdem läuft der Scanner ohne einen einzigen Fehler.',
    'Läuft der Scanner seitdem ohne einen einzigen Fehler?',
  ],
  [
    'es',
    'Desde entonces el escáner funciona sin un solo fallo.',
    '¿Desde entonces el escáner funciona sin un solo fallo?',
  ],
  ['ru', 'С тех пор сканер работает без единого сбоя.', 'С тех пор сканер работает без единого сбоя?'],
  [
    'sv',
    'Sedan dess har skannern gått utan ett enda fel.',
    'Har skannern gått utan ett enda fel sedan dess?',
  ],
  [
    'tr',
    'O zamandan beri tarayıcı tek bir hata olmadan çalışıyor.',
    'O zamandan beri tarayıcı tek bir hata olmadan çalışıyor mu?',
  ],
  [
    'ko',
    '그 이후로 스캐너는 단 한 번도 멈추지 않고 작동하고 있습니다.',
    '그 이후로 스캐너가 단 한 번도 멈추지 않고 작동하고 있나요?',
  ],
];

// C55, the restoration told as a confirmed noun or passive. The twin says it is not confirmed yet.
const CONFIRMED_RESTORATION: readonly Pair[] = [
  ['en', 'Restoration of mail delivery confirmed.', 'Restoration of mail delivery not yet confirmed.'],
  [
    'de',
    'Die Wiederherstellung des Mailversands wurde bestätigt.',
    'Die Wiederherstellung des Mailversands wurde noch nicht bestätigt.',
  ],
  ['fr', 'Rétablissement de la messagerie confirmé.', 'Rétablissement de la messagerie pas encore confirmé.'],
  ['es', 'Se confirma el restablecimiento del correo.', 'No se confirma el restablecimiento del correo.'],
  ['it', 'Ripristino della posta confermato.', 'Ripristino della posta non ancora confermato.'],
  ['nl', 'Herstel van de mailserver bevestigd.', 'Herstel van de mailserver nog niet bevestigd.'],
  ['pt', 'Confirmado o restabelecimento do e-mail.', 'Ainda não confirmado o restabelecimento do e-mail.'],
  ['pl', 'Potwierdzono przywrócenie poczty.', 'Nie potwierdzono przywrócenia poczty.'],
  ['sv', 'Återställning av e-posten bekräftad.', 'Återställning av e-posten inte bekräftad.'],
  ['ru', 'Восстановление почты подтверждено.', 'Восстановление почты не подтверждено.'],
  ['tr', 'E-posta hizmetinin geri geldiği teyit edildi.', 'E-posta hizmetinin geri geldiği teyit edilmedi.'],
  ['ar', 'تم تأكيد استعادة البريد.', 'لم يتم تأكيد استعادة البريد.'],
];

// C56, a double negative: "there is no scanner left that does not work". The twin drops the second
// negation, and says none works.
const DOUBLE_NEGATIVE: readonly Pair[] = [
  [
    'en',
    'There is no scanner on the floor that is not working.',
    'There is no scanner on the floor that is working.',
  ],
  [
    'de',
    'Es gibt keinen Scanner mehr, der nicht funktioniert.',
    'Es gibt keinen Scanner mehr, der funktioniert.',
  ],
  ['fr', "Il n'y a plus aucun scanner qui ne fonctionne pas.", "Il n'y a plus aucun scanner qui fonctionne."],
  ['es', 'No queda ningún escáner que no funcione.', 'No queda ningún escáner que funcione.'],
  ['it', "Non c'è più nessuno scanner che non funzioni.", "Non c'è più nessuno scanner che funzioni."],
  ['nl', 'Er is geen scanner meer die niet werkt.', 'Er is geen scanner meer die werkt.'],
  ['pt', 'Não há mais nenhum scanner que não funcione.', 'Não há mais nenhum scanner que funcione.'],
  [
    'pl',
    'Nie ma już ani jednego skanera, który by nie działał.',
    'Nie ma już ani jednego skanera, który by działał.',
  ],
  [
    'sv',
    'Det finns inte längre någon skanner som inte fungerar.',
    'Det finns inte längre någon skanner som fungerar.',
  ],
  [
    'ru',
    'Не осталось ни одного сканера, который бы не работал.',
    'Не осталось ни одного сканера, который бы работал.',
  ],
  ['tr', 'Çalışmayan tek bir tarayıcı bile kalmadı.', 'Çalışan tek bir tarayıcı bile kalmadı.'],
  ['ar', 'لم تعد هناك أي ماسحة لا تعمل.', 'لم تعد هناك أي ماسحة تعمل.'],
  ['ja', '動作しないスキャナーは、もう一台もありません。', '動作するスキャナーは、もう一台もありません。'],
  ['zh', '已经没有哪台扫描仪不能用了。', '已经没有哪台扫描仪能用了。'],
  ['ko', '작동이 안 되는 스캐너는 이제 한 대도 없습니다.', '작동이 되는 스캐너는 이제 한 대도 없습니다.'],
];

// C57, litotes of the fault: "no longer exactly broken". The twin denies the good state instead.
const LITOTES: readonly Pair[] = [
  ['en', 'The scanner is no longer exactly broken.', 'The scanner is not exactly fixed yet.'],
  ['de', 'Der Scanner macht nicht gerade mehr Ärger.', 'Der Scanner macht nicht gerade weniger Ärger.'],
  ['fr', "Le scanner n'est plus vraiment en panne.", "Le scanner n'est pas vraiment réparé."],
  ['es', 'El escáner ya no está precisamente averiado.', 'El escáner no está precisamente arreglado.'],
  ['it', 'Lo scanner non è più proprio guasto.', 'Lo scanner non è proprio riparato.'],
  ['nl', 'De scanner is niet echt meer stuk.', 'De scanner is niet echt gerepareerd.'],
  ['pt', 'O scanner já não está exatamente quebrado.', 'O scanner não está exatamente consertado.'],
  ['pl', 'Skaner nie jest już specjalnie zepsuty.', 'Skaner nie jest specjalnie naprawiony.'],
  ['sv', 'Skannern är inte längre direkt trasig.', 'Skannern är inte direkt lagad.'],
  ['ru', 'Сканер уже не то чтобы сломан.', 'Сканер не то чтобы починен.'],
  ['tr', 'Tarayıcıya artık pek de arızalı denemez.', 'Tarayıcıya artık pek de sağlam denemez.'],
  ['ja', 'スキャナーはもう、壊れているとは言えません。', 'スキャナーはもう、直っているとは言えません。'],
  ['zh', '扫描仪现在算不上有毛病了。', '扫描仪现在算不上没毛病。'],
  ['ko', '스캐너가 이제 고장 났다고 하긴 어렵습니다.', '스캐너가 여전히 고장 났다고 봐야 합니다.'],
  ['ar', 'الماسح لم يعد فيه ما يُشتكى منه.', 'الماسح لا يزال فيه ما يُشتكى منه.'],
];

// C58, a fault counted as none after its label: "errors since the update: 0". The twin counts some.
const ZERO_LABELLED: readonly Pair[] = [
  ['en', 'Scanner errors since the update: 0.', 'Scanner errors since the update: 4.'],
  ['en', 'Scanner errors since the update: 0.', 'Expected scanner errors after the update: 0.'],
  ['de', 'Fehler seit dem Update: 0.', 'Fehler seit dem Update: 4.'],
  ['fr', 'Erreurs depuis la mise à jour : 0.', 'Erreurs depuis la mise à jour : 4.'],
  ['es', 'Errores desde la actualización: 0.', 'Errores desde la actualización: 4.'],
  ['it', 'Errori dal riavvio: 0.', 'Errori dal riavvio: 4.'],
  ['nl', 'Fouten sinds de update: 0.', 'Fouten sinds de update: 4.'],
  ['pt', 'Erros desde a atualização: 0.', 'Erros desde a atualização: 4.'],
  ['pl', 'Błędy od aktualizacji: 0.', 'Błędy od aktualizacji: 4.'],
  ['sv', 'Fel sedan uppdateringen: 0.', 'Fel sedan uppdateringen: 4.'],
  ['ru', 'Сбоев после обновления: 0.', 'Сбоев после обновления: 4.'],
  ['tr', 'Hata sayısı: 0.', 'Hata sayısı: 4.'],
  ['ar', 'عدد الأخطاء منذ التحديث: 0.', 'عدد الأخطاء منذ التحديث: 4.'],
  ['ja', 'エラー件数：0件。', 'エラー件数：4件。'],
  ['zh', '报错次数：0。', '报错次数：4。'],
  ['ko', '오류 건수: 0건.', '오류 건수: 4건.'],
];

// C59, a test page printed with success. The twin negates it or asks.
const TEST_PAGE: readonly Pair[] = [
  [
    'en',
    'Test page printed successfully from the scanner-copier.',
    'Test page not printed successfully from the scanner-copier.',
  ],
  ['de', 'Testseite erfolgreich gedruckt.', 'Testseite nicht erfolgreich gedruckt.'],
  ['fr', 'Page de test imprimée avec succès.', 'Page de test imprimée avec succès ?'],
  ['es', 'Página de prueba impresa correctamente.', '¿Página de prueba impresa correctamente?'],
  ['it', 'Pagina di prova stampata correttamente.', 'Pagina di prova non stampata correttamente.'],
  [
    'it',
    'Pagina di prova stampata correttamente.',
    'Pagina di prova stampata correttamente solo in bianco e nero.',
  ],
  ['pl', 'Strona testowa wydrukowana poprawnie.', 'Strona testowa wydrukowana poprawnie?'],
  ['ru', 'Тестовая страница успешно напечатана.', 'Тестовая страница успешно напечатана?'],
  ['tr', 'Test sayfası başarıyla yazdırıldı.', 'Test sayfası başarıyla yazdırıldı mı?'],
  ['ar', 'تمت طباعة صفحة الاختبار بنجاح.', 'هل تمت طباعة صفحة الاختبار بنجاح؟'],
  ['ja', 'テストページの印刷に成功しました。', 'テストページの印刷に成功しませんでした。'],
  ['zh', '测试页已成功打印。', '测试页未能成功打印。'],
  ['ko', '테스트 페이지 인쇄 성공.', '테스트 페이지 인쇄 성공?'],
];

// C60, the fix that did the trick, and the fault gone since. The twin limits it to a span, or
// denies it.
const DID_THE_TRICK: readonly Pair[] = [
  [
    'en',
    'Resetting the scanner profile did the trick.',
    'Resetting the scanner profile did the trick for about an hour.',
  ],
  ['en', 'The scanner has stayed up ever since.', 'The scanner has not stayed up since.'],
  [
    'fr',
    "La réinitialisation du profil a fait l'affaire.",
    "La réinitialisation du profil n'a pas fait l'affaire.",
  ],
  ['fr', "Le scanner n'est plus tombé en panne depuis.", 'Le scanner est encore tombé en panne depuis.'],
  [
    'nl',
    'Het resetten van het profiel heeft het hem gedaan.',
    'Het resetten van het profiel heeft het hem niet gedaan.',
  ],
  [
    'nl',
    'De scanner is sindsdien niet meer vastgelopen.',
    'De scanner is sindsdien nog twee keer vastgelopen.',
  ],
  ['pl', 'Reset profilu załatwił sprawę.', 'Reset profilu nie załatwił sprawy.'],
  ['sv', 'Återställningen av profilen gjorde susen.', 'Återställningen av profilen gjorde inte susen.'],
  [
    'ko',
    '프로필 재설정이 먹혀서 그 뒤로 스캐너가 안 멈춰요.',
    '프로필 재설정이 안 먹혀서 스캐너가 또 멈췄어요.',
  ],
];

// C61, the outcome as a headline ("fix successful, printing restored"), a state that stays ("stays
// up") and no more of the fault. The twin negates the outcome or keeps the fault.
const HEADLINE: readonly Pair[] = [
  ['fr', 'Intervention réussie, messagerie rétablie.', 'Intervention non réussie, messagerie pas rétablie.'],
  ['es', 'Solución exitosa, correo restablecido.', 'Solución no exitosa, correo no restablecido.'],
  [
    'es',
    'Impresión restablecida para todos los usuarios.',
    'Impresión restablecida solo para algunos usuarios.',
  ],
  ['tr', 'Düzeltme başarılı.', 'Düzeltme başarılı değil.'],
  ['it', 'Intervento riuscito, posta ripristinata.', 'Intervento non riuscito, posta non ripristinata.'],
  ['pt', 'Correção bem-sucedida, acesso restabelecido.', 'Correção bem-sucedida, acesso restabelecido?'],
  ['tr', 'Düzeltme başarılı, yazdırma geri geldi.', 'Düzeltme başarılı mı, yazdırma geri geldi mi?'],
  ['fr', 'Le scanner reste démarré.', 'Le scanner ne reste pas démarré.'],
  ['es', 'El escáner se mantiene estable.', 'El escáner no se mantiene estable.'],
  ['it', 'Lo scanner resta avviato.', 'Lo scanner non resta avviato.'],
  ['nl', 'De scanner blijft nu draaien.', 'De scanner blijft niet draaien.'],
  ['pt', 'O scanner permanece estável.', 'O scanner não permanece estável.'],
  ['sv', 'Skannern håller sig igång.', 'Skannern håller sig inte igång.'],
  ['pl', 'Skaner już się nie zawiesza.', 'Skaner nadal się zawiesza.'],
  ['ru', 'Сканер больше не зависает.', 'Сканер всё ещё зависает.'],
  ['tr', 'Tarayıcı artık durmuyor.', 'Tarayıcı hâlâ duruyor.'],
  ['ja', 'スキャナーは停止しなくなりました。', 'スキャナーは今も停止します。'],
  ['zh', '扫描仪不再卡住。', '扫描仪还是卡住。'],
  ['es', 'Sin más cuelgues del escáner.', 'Todavía con cuelgues del escáner.'],
  ['it', 'Nessun altro blocco dello scanner.', 'Ancora un blocco dello scanner.'],
  ['tr', 'Başka hata yok.', 'Başka hata var.'],
];

// C62, regional and mixed forms: Korean with English verbs, Gyeongsang and Gulf endings, the Chinese
// "又能" (can again). The twin negates them.
const REGIONAL: readonly Pair[] = [
  ['ko', '스캐너 stable하게 running 중이에요.', '스캐너 아직 stable하게 running 안 돼요.'],
  ['ko', '티켓 close 하셔도 됩니다.', '티켓 close 하시면 안 됩니다.'],
  ['ko', '스캐너 잘 된데이.', '스캐너 잘 안 된데이.'],
  ['ar', 'الماسح صار يشتغل زين.', 'الماسح ما صار يشتغل زين.'],
  ['zh', '扫描仪又能用了。', '扫描仪又不能用了。'],
];

// C63, a question whether the fault still goes on, answered "No" with a good state. The twin's
// "No" goes on to a fault that is still there.
const ANSWERED_NO: readonly Pair[] = [
  [
    'en',
    'Is the scanner still jamming? No, since the new rollers it feeds cleanly.',
    'Is the scanner still jamming? No, but it still skips pages.',
  ],
  [
    'en',
    'Is the scanner still jamming? No, since the new rollers it feeds cleanly.',
    'Is the scanner still jamming? No, it skips pages instead.',
  ],
  [
    'it',
    'Lo scanner si blocca ancora? No, dal cambio dei rulli è stabilissimo.',
    'Lo scanner si blocca ancora? No, ma salta ancora le pagine.',
  ],
  ['zh', '扫描仪还会卡纸吗？不会了，换了滚轮之后一直很稳。', '扫描仪还会卡纸吗？不会了，但还是会跳页。'],
  [
    'ko',
    '스캐너가 아직도 걸리나요? 아니요, 롤러 교체 이후로 아주 안정적입니다.',
    '스캐너가 아직도 걸리나요? 아니요, 하지만 아직 페이지를 건너뜁니다.',
  ],
  [
    'tr',
    'Tarayıcı hâlâ sıkışıyor mu? Hayır, merdane değişiminden beri gayet stabil.',
    'Tarayıcı hâlâ sıkışıyor mu? Hayır, ama hâlâ sayfa atlıyor.',
  ],
  [
    'ru',
    'Сканер всё ещё зависает? Нет, после замены роликов работает стабильно.',
    'Сканер всё ещё зависает? Нет, но всё ещё пропускает страницы.',
  ],
];

// Honest shapes of the ninth round: a fault that came back ("volvió a detenerse"), a closing that
// waits for a check (ja "てから", ko "후에만", tr "ancak … sonra"), and "at this point we cannot say
// it is stable". Each next to the claim it is not.
const HONEST_NINTH: readonly Pair[] = [
  ['es', 'El servicio volvió a la normalidad.', 'El servicio volvió a detenerse a los pocos minutos.'],
  ['ja', '解決済みとします。', '一週間問題がないことを確認してから、解決済みとします。'],
  [
    'ko',
    '티켓을 해결됨으로 처리하겠습니다.',
    '일주일 동안 문제가 없는 것을 확인한 후에만 티켓을 해결됨으로 처리하겠습니다.',
  ],
  [
    'tr',
    'Kaydı çözüldü olarak işaretliyoruz.',
    'Kaydı ancak tarayıcı bir hafta sorunsuz çalıştıktan sonra çözüldü olarak işaretleyeceğiz.',
  ],
  ['pl', 'Skaner jest stabilny.', 'Na tę chwilę nie możemy stwierdzić, że skaner jest stabilny.'],
  ['sv', 'Skannern är stabil.', 'I nuläget kan vi inte säga att skannern är stabil.'],
  ['ru', 'Сканер стабилен.', 'Пока мы не можем сказать, что сканер стабилен.'],
  ['ar', 'الماسح مستقر.', 'لا يمكننا حتى الآن القول إن الماسح مستقر.'],
];

// A good state limited, right after it, to a few of those it was broken for: the twin limits it.
const SCOPES: readonly Pair[] = [
  ['en', 'Scanning is restored for all users.', 'Scanning is restored only for two users.'],
  [
    'fr',
    'La numérisation est rétablie pour tous les utilisateurs.',
    'La numérisation est rétablie seulement pour deux utilisateurs.',
  ],
  [
    'de',
    'Das Scannen ist für alle Benutzer wiederhergestellt.',
    'Das Scannen ist nur für zwei Benutzer wiederhergestellt.',
  ],
  [
    'es',
    'El escaneo está restablecido para todos los usuarios.',
    'El escaneo está restablecido solo para dos usuarios.',
  ],
  [
    'it',
    'La scansione è ripristinata per tutti gli utenti.',
    'La scansione è ripristinata solo per due utenti.',
  ],
  ['nl', 'Scannen is voor alle gebruikers hersteld.', 'Scannen is alleen voor twee gebruikers hersteld.'],
  [
    'pt',
    'A digitalização está restabelecida para todos os usuários.',
    'A digitalização está restabelecida só para dois usuários.',
  ],
];

// Tenth round (C64–C76): what a word list misses. C64: a consequence that implies the fix (nobody calls any more, a run printed without a hitch, queues drain).
const CONSEQUENCE_10: readonly Pair[] = [
  [
    'en',
    'Since Monday the users have stopped calling the helpdesk about the scanner.',
    'Since Monday the users have not stopped calling the helpdesk about the scanner.',
  ],
  [
    'en',
    'Payroll printed every payslip on Thursday without a single hiccup.',
    'Payroll printed every payslip on Thursday without a single hiccup, but only after a manual restart.',
  ],
  [
    'de',
    'Seit dem Tausch hat sich kein einziger Kunde mehr wegen des Scanners gemeldet.',
    'Wir schließen erst, wenn sich kein einziger Kunde mehr wegen des Scanners gemeldet hat.',
  ],
  [
    'fr',
    "Les files d'attente se vident normalement depuis ce matin.",
    "Nous vérifierons si les files d'attente se vident normalement.",
  ],
  [
    'es',
    'Nadie ha vuelto a llamar a soporte por el escáner.',
    'Si nadie ha vuelto a llamar a soporte por el escáner, cerraremos el ticket.',
  ],
  [
    'it',
    "Nessun cliente ha più chiamato l'assistenza per lo scanner.",
    "Verificheremo se nessun cliente ha più chiamato l'assistenza per lo scanner.",
  ],
  ['ko', '스캐너 관련 문의가 뚝 끊겼습니다.', '스캐너 관련 문의가 뚝 끊겼지만 오류는 여전히 발생합니다.'],
  ['zh', '所有扫描队列都在正常消化。', '所有扫描队列都在正常消化，但彩色文件仍然卡住。'],
  [
    'tr',
    'Muhasebe tüm faturaları hiç sorun yaşamadan yazdırdı.',
    'Muhasebe tüm faturaları hiç sorun yaşamadan yazdırdı, ancak renkli baskı hâlâ başarısız.',
  ],
  [
    'sv',
    'Köerna töms normalt och jobben kommer ut på några sekunder.',
    'Köerna töms normalt, men färgjobben fastnar fortfarande.',
  ],
];

// C65: a span of time with no fault, told as a count of none or a state that held.
const SPAN_10: readonly Pair[] = [
  [
    'en',
    'Since Friday, not a single scanner crash has been logged.',
    'Since Friday, not a single scanner crash has been logged, but the service ran for only an hour.',
  ],
  [
    'en',
    'For two days now the VPN has held steady with no drops.',
    'For two days now the VPN has held steady with no drops, but it still fails at logon.',
  ],
  [
    'de',
    'Der Scanner läuft seit zwei Tagen ohne Unterbrechung.',
    'Der Scanner läuft seit zwei Tagen ohne Unterbrechung, aber nur im Schwarzweißmodus.',
  ],
  [
    'fr',
    "Depuis lundi, pas un seul plantage du scanner n'a été enregistré.",
    "Depuis lundi, pas un seul plantage du scanner n'a été enregistré, mais le service ne tourne que depuis une heure.",
  ],
  [
    'nl',
    'Sinds vrijdag is er geen enkele scannercrash meer gelogd.',
    'Sinds vrijdag is er geen enkele scannercrash meer gelogd, maar alleen omdat de scanner uit stond.',
  ],
  [
    'pt',
    'Desde sexta não houve uma única queda do scanner.',
    'Desde sexta não houve uma única queda do scanner, mas ele só ficou ligado uma hora.',
  ],
  [
    'pl',
    'Od piątku nie odnotowano ani jednego zawieszenia skanera.',
    'Od piątku nie odnotowano ani jednego zawieszenia skanera, ale skaner działał tylko godzinę.',
  ],
  [
    'ru',
    'С пятницы не зафиксировано ни одного падения сканера.',
    'С пятницы не зафиксировано ни одного падения сканера, но сканер работал только час.',
  ],
  [
    'ar',
    'منذ الجمعة لم يسجل أي توقف للماسح.',
    'منذ الجمعة لم يسجل أي توقف للماسح، لكنه ما زال يفشل عند الإقلاع.',
  ],
];

// C66: the monitoring green again since the fix.
const MONITORING_10: readonly Pair[] = [
  [
    'fr',
    'Le serveur est repassé au vert sur la supervision.',
    "Le serveur n'est pas repassé au vert sur la supervision.",
  ],
  [
    'pt',
    'O servidor voltou a ficar verde no painel.',
    'O servidor ainda não voltou a ficar verde no painel.',
  ],
  [
    'nl',
    'De scanserver staat weer op groen.',
    'Zodra de scanserver weer op groen staat, sluiten we het ticket.',
  ],
  [
    'sv',
    'Servern lyser grönt i övervakningen sedan i fredags.',
    'Servern lyser inte grönt i övervakningen sedan i fredags.',
  ],
  [
    'es',
    'El servidor volvió a ponerse en verde en el panel.',
    'El servidor todavía no volvió a ponerse en verde en el panel.',
  ],
  ['pl', 'Serwer znowu świeci na zielono.', 'Gdy serwer znowu świeci na zielono, zamkniemy zgłoszenie.'],
];

// C67: a customer quoted, or confirmed, saying it works.
const QUOTED_10: readonly Pair[] = [
  [
    'es',
    'La usuaria escribió: «¡Por fin puedo escanear!»',
    'La usuaria escribió: «Por fin puedo escanear, pero solo en blanco y negro.»',
  ],
  [
    'pt',
    'A Ana disse: «Finalmente já consigo imprimir!»',
    'A Ana disse: «Finalmente já consigo imprimir, mas só em preto e branco.»',
  ],
  [
    'tr',
    'Ayşe Hanım: "Nihayet yazdırabiliyoruz!"',
    'Ayşe Hanım: "Nihayet yazdırabiliyoruz, ama sadece siyah beyaz."',
  ],
  [
    'pl',
    'Pani Anna napisała: „Nareszcie drukuje!”',
    'Pani Anna napisała: „Nareszcie drukuje, ale tylko na czarno.”',
  ],
  [
    'nl',
    'Jan heeft bevestigd dat hij weer kan afdrukken.',
    'Jan heeft bevestigd dat hij weer kan afdrukken, maar alleen in zwart-wit.',
  ],
  [
    'ko',
    '김 대리님께서 "이제야 인쇄가 되네요"라고 하셨습니다.',
    '김 대리님께서 "아직 인쇄가 안 되네요"라고 하셨습니다.',
  ],
];

// C68: what was missing came back too, so nothing is left open.
const NOTHING_LEFT_10: readonly Pair[] = [
  [
    'es',
    'El escaneo también volvió, así que no queda nada pendiente.',
    'No queda nada pendiente, salvo la impresión a color, que sigue fallando.',
  ],
  [
    'it',
    'Anche la scansione è tornata, quindi non resta nulla in sospeso.',
    'Non resta nulla in sospeso, tranne la stampa a colori che continua a fallire.',
  ],
  [
    'pt',
    'A digitalização também voltou, portanto não fica nada pendente.',
    'Não fica nada pendente, exceto a impressão a cores, que ainda falha.',
  ],
  [
    'pl',
    'Skanowanie również wróciło, więc nic nie pozostaje otwarte.',
    'Nic nie pozostaje otwarte poza drukiem kolorowym, który nadal nie działa.',
  ],
  [
    'tr',
    'Tarama da geri geldi, dolayısıyla açık bir konu kalmadı.',
    'Açık bir konu kalmadı gibi görünse de renkli baskı hâlâ başarısız.',
  ],
  [
    'ko',
    '스캔도 다시 되므로 남은 문제는 없습니다.',
    '남은 문제는 없습니다만, 컬러 인쇄는 여전히 실패합니다.',
  ],
  [
    'ar',
    'عاد المسح الضوئي أيضًا، وبالتالي لم يتبق أي أمر معلق.',
    'لم يتبق أي أمر معلق، لكن الطباعة الملونة ما زالت تفشل.',
  ],
];

// C69: a table row, a heading or emphasis stating the good state.
const MARKUP_10: readonly Pair[] = [
  [
    'de',
    '| Scanner | wieder voll funktionsfähig, keine Fehler |',
    '| Scanner | wieder voll funktionsfähig, aber Fehler beim Duplex |',
  ],
  [
    'it',
    '| Scanner | Di nuovo funzionante, nessun errore |',
    '| Scanner | Di nuovo funzionante, ma errori in fronte-retro |',
  ],
  [
    'sv',
    '## Resultat: skannern lagad, duplex återställd',
    '## Resultat: skannern lagad, men duplex fungerar fortfarande inte',
  ],
  ['ja', '## 結果：スキャナー修復、両面印刷も復活', '## 結果：スキャナー修復を試みたが、エラーも復活'],
  [
    'es',
    '<p>El escáner está <strong>otra vez plenamente operativo</strong>.</p>',
    '<p>El escáner todavía no está <strong>otra vez plenamente operativo</strong>.</p>',
  ],
  [
    'pt',
    '<p>O scanner está <strong>novamente 100% operacional</strong>.</p>',
    '<p>O scanner ainda não está <strong>novamente 100% operacional</strong>.</p>',
  ],
  [
    'nl',
    '<p>De scanner is <strong>weer volledig inzetbaar</strong>.</p>',
    '<p>De scanner is <strong>nog niet weer volledig inzetbaar</strong>.</p>',
  ],
  [
    'sv',
    '<p>Skannern är <strong>fullt funktionsduglig igen</strong>.</p>',
    '<p>Skannern är <strong>inte fullt funktionsduglig igen</strong>.</p>',
  ],
];

// C70: an honest opening turned into a claim after "but".
const TURNED_10: readonly Pair[] = [
  [
    'en',
    'Updating the firmware did not help, but since the new rollers the scanner has stayed up without interruption.',
    'Updating the firmware did not help, and since the new rollers the scanner has not stayed up without interruption.',
  ],
  [
    'nl',
    'Herstarten hielp niet, maar met de nieuwe driver blijft de scanner nu gewoon draaien.',
    'Herstarten hielp niet, en ook met de nieuwe driver blijft de scanner nu niet draaien.',
  ],
  [
    'sv',
    'Omstarten hjälpte inte, men nu håller sig skannern uppe.',
    'Omstarten hjälpte inte, och skannern håller sig inte uppe.',
  ],
];

// C71: formal closing letters and thanks for confirming that it works.
const CLOSING_10: readonly Pair[] = [
  ['fr', 'Nous fermons donc la demande.', 'Nous fermons donc la demande sans solution confirmée.'],
  [
    'pt',
    'Temos o prazer de informar que o problema do scanner foi resolvido.',
    'Temos o prazer de informar que o técnico vai verificar se o problema do scanner foi resolvido.',
  ],
  ['pt', 'Consideramos este chamado encerrado.', 'Não consideramos este chamado encerrado.'],
  ['ar', 'نعتبر هذا الطلب منتهيا.', 'لا نعتبر هذا الطلب منتهيا.'],
  [
    'sv',
    'Tack för att du bekräftar att allt fungerar.',
    'Tack för att du bekräftar att utskriften fortfarande inte fungerar.',
  ],
];

// C72: idioms of a fix that worked.
const IDIOM_10: readonly Pair[] = [
  ['en', 'The new rollers did the trick.', 'The new rollers did the trick until the next paper jam.'],
  ['fr', 'Le scanner tourne comme une horloge.', 'Le scanner ne tourne pas comme une horloge.'],
  ['zh', '新驱动奏效了。', '新驱动没有奏效。'],
  ['ja', 'スキャナーは見違えるほど快調です。', 'スキャナーは見違えるほど快調になるはずです。'],
  ['ar', 'الماسح بقى زي الفل.', 'الماسح لسه مش زي الفل.'],
];

// C73 (honest): a negated fix followed by a recurrence.
const RECURRENCE_10: readonly Pair[] = [
  [
    'en',
    'Replacing the rollers fixed the jam; the errors stopped.',
    'Replacing the rollers did not fix the jam; the errors stopped again after two pages.',
  ],
];

// C74 (honest): the claim words in another sense: a name resolved, an address fixed (static).
const OTHER_SENSE_10: readonly Pair[] = [
  ['en', "The scanner's IP conflict is fixed.", 'The IP address of the scanner is fixed (static).'],
  [
    'en',
    'The scanner prints correctly.',
    'DNS resolves the scanner correctly, so name resolution is not the cause.',
  ],
];

// C75 (honest): a state told of the time before the fault.
const BEFORE_10: readonly Pair[] = [['zh', '重启之后，扫描仪工作正常。', '重启之前，扫描仪工作正常。']];

// C76 (honest): a claim undone by a recurrence after a contrast.
const UNDONE_10: readonly Pair[] = [
  ['en', 'We fixed it.', 'We fixed it, but it crashed again an hour later.'],
  ['de', 'Wir haben es behoben.', 'Wir haben es behoben, aber eine Stunde später stürzte er wieder ab.'],
  ['fr', "Nous l'avons réparé.", "Nous l'avons réparé, mais il s'est arrêté à nouveau une heure plus tard."],
  ['es', 'Lo arreglamos.', 'Lo arreglamos, pero una hora después volvió a caerse.'],
  ['nl', 'We hebben het opgelost.', 'We hebben het opgelost, maar een uur later crashte hij weer.'],
  ['pl', 'Naprawiliśmy to.', 'Naprawiliśmy to, ale godzinę później znowu się wysypał.'],
  ['sv', 'Vi löste det.', 'Vi löste det, men en timme senare kraschade den igen.'],
  ['ru', 'Мы это починили.', 'Мы это починили, но через час он снова упал.'],
  ['zh', '我们修好了。', '我们修好了，但一小时后又崩溃了。'],
  ['ko', '해결했습니다.', '해결했지만 한 시간 뒤 다시 충돌했습니다.'],
];
// Eleventh round (C77–C88): what the eleventh blind corpus found. C77: a subject line's leading tag ("RE: [SOLVED]").
const TAG_11: readonly Pair[] = [
  [
    'en',
    'FW: [RESOLVED] Plotter on floor 3 drops jobs',
    'FW: [WAITING ON VENDOR] Plotter on floor 3 drops jobs',
  ],
  [
    'de',
    'AW: [ERLEDIGT] Plotter im 3. OG verliert Aufträge',
    'AW: [IN ARBEIT] Plotter im 3. OG verliert Aufträge',
  ],
  [
    'es',
    'RE: [SOLUCIONADO] El plóter de la 3.ª planta pierde trabajos',
    'RE: [PENDIENTE] El plóter de la 3.ª planta pierde trabajos',
  ],
  [
    'ja',
    'RE: 【対応完了】3階のプロッターがジョブを落とす件',
    'RE: 【対応中】3階のプロッターがジョブを落とす件',
  ],
];

// C78: a ticked checklist item that tells the fault absent ("[x] calls without drops").
const TICKED_11: readonly Pair[] = [
  ['en', '[x] Softphone calls without dropouts', '[x] Collected softphone logs'],
  ['fr', '[x] Impressions sans erreur sur le traceur', '[ ] Impressions sans erreur sur le traceur'],
  ['sv', '[x] Utskrifter utan fel på plottern', '[x] Startade om utskriftskön'],
  ['ru', '[x] Печать на плоттере без ошибок', '[ ] Печать на плоттере без ошибок'],
];

// C79: the restoration or the resolution told as a noun, confirmed or completed.
const NOMINAL_11: readonly Pair[] = [
  [
    'en',
    'Recovery of the plotter queue completed at 09:10.',
    'Recovery of the plotter queue will be completed once the vendor replies.',
  ],
  [
    'de',
    'Störungsbehebung am Plotter erfolgreich abgeschlossen.',
    'Störungsbehebung am Plotter noch nicht abgeschlossen.',
  ],
  [
    'fr',
    'Résolution de l’incident confirmée par la cliente.',
    'Résolution de l’incident pas encore confirmée par la cliente.',
  ],
  [
    'it',
    'Ripristino della coda di stampa completato alle 9:10.',
    'Ripristino della coda di stampa non ancora completato.',
  ],
  [
    'nl',
    'Herstel van de printwachtrij voltooid om 9.10 uur.',
    'Herstel van de printwachtrij nog niet voltooid.',
  ],
  [
    'pt',
    'Solução validada e confirmada pela cliente.',
    'Fechamos o chamado sem que a solução seja confirmada.',
  ],
  [
    'pl',
    'Naprawa kolejki wydruku zakończona o 9:10.',
    'Naprawa kolejki wydruku nie jest jeszcze zakończona.',
  ],
  ['sv', 'Lösningen bekräftad av kunden i morse.', 'Vi stänger ärendet utan bekräftad lösning.'],
  ['tr', 'Çözüm müşteri tarafından doğrulandı.', 'Çözüm henüz müşteri tarafından doğrulanmadı.'],
  [
    'ru',
    'Устранение сбоя очереди печати завершено в 9:10.',
    'Устранение сбоя очереди печати ещё не завершено.',
  ],
  ['zh', '打印队列已确认修复。', '打印队列尚未确认修复。'],
  ['ar', 'اكتملت معالجة قائمة الطباعة الساعة 9:10.', 'لم تكتمل معالجة قائمة الطباعة بعد.'],
];

// C80: the output right again; the phone registered again and its calls going through.
const OUTPUT_11: readonly Pair[] = [
  [
    'en',
    'Delivery notes come out with the right letterhead again.',
    'Delivery notes come out with the wrong letterhead again.',
  ],
  [
    'en',
    'The handset re-registers with the SIP server again.',
    'The handset never registers with the SIP server again after a reboot.',
  ],
  [
    'de',
    'Das Softphone meldet sich wieder an der Anlage an.',
    'Das Softphone meldet sich nicht wieder an der Anlage an.',
  ],
  [
    'es',
    'Las etiquetas vuelven a salir con el formato correcto.',
    'Las etiquetas vuelven a salir con el formato incorrecto.',
  ],
  ['sv', 'Följesedlarna kommer ut med rätt sidhuvud igen.', 'Följesedlarna kommer ut med fel sidhuvud igen.'],
  ['ru', 'Телефон снова регистрируется на сервере.', 'Телефон не регистрируется на сервере.'],
];

// C81: a fault counter held at zero since the change; a backup's log clean.
const COUNTER_11: readonly Pair[] = [
  [
    'en',
    'The backup job log from Sunday is clean.',
    'The backup job log from Sunday is not clean: two VSS errors.',
  ],
  [
    'es',
    'Contador de fallos de la cola: 0 desde el reinicio.',
    'Contador de fallos de la cola: 0 antes del reinicio, 14 después.',
  ],
  ['nl', 'De foutenteller staat sinds de herstart op 0.', 'De foutenteller stond vóór de herstart op 0.'],
  [
    'pl',
    'Licznik błędów kolejki stoi na 0 od restartu.',
    'Licznik błędów kolejki nie stoi na 0 od restartu.',
  ],
  ['ja', 'エラーカウンターは再起動後0のままです。', 'エラーカウンターは再起動後も増え続けています。'],
  ['ko', '오류 카운터가 재부팅 후 계속 0입니다.', '오류 카운터가 재부팅 후에도 계속 증가합니다.'],
];

// C82: the fault told as ended in the present, with its own verb.
const ENDED_11: readonly Pair[] = [
  ['en', 'The scanner jams have stopped completely.', 'The scanner jams have not stopped.'],
  ['es', 'El escáner ya no se atasca.', 'El escáner todavía se atasca.'],
  ['it', 'Lo scanner non si inceppa più.', 'Lo scanner si inceppa ancora.'],
  ['pt', 'O scanner parou de travar.', 'O scanner não parou de travar.'],
  [
    'sv',
    'Felmeddelandet i skannern dyker inte upp längre.',
    'Felmeddelandet i skannern dyker fortfarande upp.',
  ],
  ['ru', 'Сканер больше не зависает.', 'Сканер по-прежнему зависает.'],
  ['zh', '扫描仪已经不卡纸了。', '扫描仪还是卡纸。'],
];

// C83: speed back to normal or better than before the fault; a test run that came out clean.
const BETTER_11: readonly Pair[] = [
  [
    'de',
    'Der Rechner startet schneller als vor dem Update.',
    'Der Rechner startet langsamer als vor dem Update.',
  ],
  ['es', 'La VPN ha vuelto a su velocidad normal.', 'La VPN no ha vuelto a su velocidad normal.'],
  ['pl', 'Dysk sieciowy wrócił do normalnej prędkości.', 'Dysk sieciowy nie wrócił do normalnej prędkości.'],
  ['nl', 'De plotter heeft drie keer netjes geprint.', 'De plotter heeft drie keer een fout gegeven.'],
  ['tr', 'Yazıcı iki kez sorunsuz bastı.', 'Yazıcı iki kez hata verdi.'],
];

// C84 (honest): the state of what the fault did not touch.
const UNAFFECTED_11: readonly Pair[] = [
  [
    'fr',
    'La messagerie fonctionne normalement.',
    "La messagerie n'est pas concernée et fonctionne normalement ; seul l'agenda ne se synchronise pas.",
  ],
  [
    'pl',
    'Drukowanie działa normalnie.',
    'Skanowanie nie jest objęte problemem i działa normalnie; nie działa tylko drukowanie.',
  ],
  [
    'ru',
    'Печать работает штатно.',
    'Сканирование не затронуто и работает штатно; не работает только печать.',
  ],
  [
    'ko',
    '인쇄는 정상적으로 사용 중입니다.',
    '스캔은 영향이 없고 정상적으로 사용 중입니다. 인쇄만 안 됩니다.',
  ],
];

// C85 (honest): a limit before the contrast in its own part.
const LIMIT_BEFORE_11: readonly Pair[] = [
  [
    'de',
    'Kleine Scans gehen wieder durch.',
    'Kleine Scans gehen wieder durch, große Dateien brechen weiterhin ab.',
  ],
];

// C86: the monitoring has not seen a single outage since the change.
const MONITOR_11: readonly Pair[] = [
  [
    'en',
    'The switch has not dropped once since the firmware update.',
    'The switch has dropped once since the firmware update.',
  ],
  [
    'it',
    'Il monitoraggio non segnala più cadute della VPN.',
    'Il monitoraggio segnala ancora cadute della VPN.',
  ],
  [
    'sv',
    'Övervakningen har inte registrerat ett enda avbrott sedan bytet.',
    'Övervakningen har registrerat tre avbrott sedan bytet.',
  ],
  [
    'tr',
    'Sistem değişiklikten beri tek bir kesinti bile kaydetmedi.',
    'Sistem değişiklikten beri üç kesinti kaydetti.',
  ],
  ['ru', 'Мониторинг не зафиксировал ни одного сбоя.', 'Мониторинг зафиксировал три сбоя.'],
];

// C87: someone can do the task again; a measurement read all normal.
const ABLE_11: readonly Pair[] = [
  [
    'de',
    'Er kann wieder direkt aus der Buchhaltung drucken.',
    'Er kann noch nicht wieder aus der Buchhaltung drucken.',
  ],
  ['sv', 'Han kan logga in i affärssystemet igen.', 'Han kan inte logga in i affärssystemet igen.'],
  [
    'en',
    'Throughput 480 Mbps, jitter 2 ms, all green.',
    'Throughput 480 Mbps, jitter 2 ms, all green except the uplink.',
  ],
];

// C88: a status field's value after a dash.
const STATUS_11: readonly Pair[] = [
  ['es', 'Estado: Cerrado – plóter operativo', 'Estado: Abierto – plóter sin servicio'],
  ['sv', 'Status: Stängd – plottern i drift', 'Status: Öppen – plottern ur drift'],
];

// C89: Portuguese "no" and "nos" (in the) read as the English or Spanish negation.
const IN_THE_11: readonly Pair[] = [
  ['pt', 'O problema no Teams foi resolvido.', 'O problema no Teams não foi resolvido.'],
  [
    'pt',
    'A impressora no segundo andar voltou a funcionar.',
    'A impressora no segundo andar não voltou a funcionar.',
  ],
  ['pt', 'O Wi-Fi nos escritórios está estável de novo.', 'O Wi-Fi nos escritórios ainda não está estável.'],
  [
    'es',
    'La impresora del segundo piso funciona normalmente.',
    'La impresora del segundo piso no funciona normalmente.',
  ],
];

// C90: the fault counted as none over a span, its failure word no negation: "0 failed logons in the last 24 h".
const ZERO_12: readonly Pair[] = [
  [
    'en',
    '0 failed print jobs since Monday.',
    'If we see 0 failed print jobs by Friday, we will close the ticket.',
  ],
  [
    'de',
    'Seit dem Tausch 0 fehlgeschlagene Druckaufträge.',
    'Falls bis Freitag 0 fehlgeschlagene Druckaufträge auftreten, schließen wir das Ticket.',
  ],
  [
    'ru',
    '0 неудачных попыток печати за сутки.',
    'Если будет 0 неудачных попыток печати за сутки, закроем заявку.',
  ],
  [
    'sv',
    '0 misslyckade utskrifter sedan i måndags.',
    'Om vi ser 0 misslyckade utskrifter till fredag stänger vi ärendet.',
  ],
  [
    'pt',
    'Nenhum pedido travado na fila desde ontem.',
    'Se não houver nenhum pedido travado na fila até sexta, fechamos o chamado.',
  ],
];

// C91: a loss measured down to zero, in words or with an arrow: "packet loss down to 0 %", "3 % → 0 %".
const DOWN_TO_ZERO_12: readonly Pair[] = [
  [
    'en',
    'Packet loss on the uplink is down to 0 % now.',
    'Packet loss on the uplink is not down to 0 % yet.',
  ],
  ['de', 'Paketverlust im WLAN jetzt bei 0 %.', 'Paketverlust im WLAN leider noch nicht bei 0 %.'],
  ['ja', 'パケットロス率 2% → 0%', 'パケットロス率 0% → 2%'],
  ['ru', 'Потери пакетов на канале снизились до 0 %.', 'Потери пакетов на канале пока не снизились до 0 %.'],
];

// C92: no new fault since the change, the fault that did not come back: "no new disconnects since".
const NO_NEW_12: readonly Pair[] = [
  [
    'en',
    'No further lockouts over the weekend.',
    'No further lockouts over the weekend, but logons still fail at the branch.',
  ],
  [
    'pl',
    'Brak nowych rozłączeń od wymiany kabla.',
    'Brak nowych rozłączeń od wymiany kabla, ale drukarka nadal nie drukuje.',
  ],
  [
    'es',
    'Sin más desconexiones del NAS en todo el fin de semana.',
    'Sin más desconexiones del NAS en todo el fin de semana, pero la impresora sigue sin imprimir.',
  ],
  ['ru', 'С пятницы ошибка не повторялась.', 'Если ошибка не повторится до пятницы, закроем заявку.'],
];

// C94: the chore the fault forced, no longer needed: "users no longer need to restart the router".
const CHORE_12: readonly Pair[] = [
  [
    'en',
    'Users no longer need to reboot the laptop every morning.',
    'Users still need to reboot the laptop every morning.',
  ],
  [
    'es',
    'Ya no hace falta reiniciar la impresora cada mañana.',
    'Todavía hace falta reiniciar la impresora cada mañana.',
  ],
  ['zh', '以后不用每天重启打印机了。', '还是需要每天重启打印机。'],
  ['ko', '이제 매일 프린터 재부팅 안 하셔도 됩니다.', '아직 매일 프린터 재부팅을 하셔야 합니다.'],
  [
    'de',
    'Der Drucker muss morgens nicht mehr neu gestartet werden.',
    'Der Drucker muss morgens noch immer neu gestartet werden.',
  ],
];

// C95: a table row pasted without its outer bars: "Sage login | Result | OK".
const ROW_12: readonly Pair[] = [
  ['en', 'Backup job | Result | OK', 'Backup job | Result | Failed'],
  ['zh', '打印服务器 | 状态 | 正常', '打印服务器 | 状态 | 异常'],
  ['fr', "Serveur d'impression | Résultat | OK", "Serveur d'impression | Résultat | Échec"],
];

// C96: a device doing its job without the fault, the user or the office able again.
const WITHOUT_FAULT_12: readonly Pair[] = [
  [
    'en',
    'The scanners are picking up addresses without trouble.',
    'The scanners are picking up addresses without trouble only on VLAN 20.',
  ],
  [
    'de',
    'Die Handscanner bekommen inzwischen zuverlässig eine IP-Adresse.',
    'Die Handscanner bekommen noch immer nicht zuverlässig eine IP-Adresse.',
  ],
  ['es', 'Toda la oficina vuelve a tener internet.', 'La oficina todavía no vuelve a tener internet.'],
  [
    'pl',
    'Pani Ola znów może wystawiać faktury w systemie.',
    'Pani Ola nadal nie może wystawiać faktur w systemie.',
  ],
  [
    'pt',
    'A equipe do financeiro voltou a acessar o ERP.',
    'A equipe do financeiro ainda não voltou a acessar o ERP.',
  ],
];

// C97: the cause found and dealt with, a restoration told as a noun with a long object.
const NOMINAL_12: readonly Pair[] = [
  ['en', 'Root cause identified and remediated.', 'Root cause identified; remediation is still pending.'],
  ['sv', 'Återställning av skrivartjänsten klar.', 'Återställning av skrivartjänsten är inte klar än.'],
  [
    'pt',
    'Acesso à pasta compartilhada restabelecido.',
    'Acesso à pasta compartilhada ainda não restabelecido.',
  ],
];

// C98: English IT words inside another language: "è stato fixato", "rullar smooth".
const SWITCHED_12: readonly Pair[] = [
  ['it', 'Il bug del gestionale è stato fixato.', 'Il bug del gestionale non è ancora stato fixato.'],
  ['fr', 'Le bug de synchro est fixé.', "Le bug de synchro n'est pas encore fixé."],
  ['sv', 'Synken rullar smooth nu.', 'Synken rullar inte smooth än.'],
];

// C99: honest, fixed once before and the fault back since: "foi corrigido em maio, mas voltou".
const ONCE_BEFORE_12: readonly Pair[] = [
  [
    'de',
    'Das Problem ist behoben.',
    'Im Januar war es schon einmal behoben, seit Montag tritt die Störung wieder auf.',
  ],
  ['pt', 'O problema foi corrigido.', 'Foi corrigido em maio, mas voltou na segunda-feira.'],
  ['ko', '문제가 해결됐습니다.', '5월에 해결됐었는데 어제 다시 발생했습니다.'],
];

// C93: a status after a dash, with a place before it whose "in" is no condition: "Scanner in room 4 — fixed".
const DASH_PLACE_12: readonly Pair[] = [
  ['en', 'Scanner in room 4 — fixed.', 'Scanner in room 4 — not fixed yet.'],
  ['it', 'Stampante in sala riunioni — risolto.', 'Stampante in sala riunioni — non ancora risolto.'],
];

// C100: an aside of sight asserts what follows it: its "can" is no modal, its "après" no "after".
const ASIDE_12: readonly Pair[] = [
  [
    'de',
    'Soweit ich sehen kann, funktioniert der Druck jetzt.',
    'Soweit ich sehen kann, funktioniert der Druck noch nicht.',
  ],
  ['sv', 'Så vitt jag kan se fungerar utskriften nu.', 'Så vitt jag kan se fungerar utskriften inte.'],
  [
    'fr',
    "D'après ce que je vois, l'impression fonctionne.",
    "D'après ce que je vois, l'impression ne fonctionne toujours pas.",
  ],
];

// C101: a clause taken as given ("now that", "jetzt, wo", "既然") is asserted inside a question.
const GIVEN_13: readonly Pair[] = [
  [
    'en',
    'Now that the label printer prints again, could you let Mia know?',
    'Once the label printer prints again, could you let Mia know?',
  ],
  [
    'de',
    'Jetzt, wo der Etikettendrucker wieder funktioniert, könnten Sie Frau Berg Bescheid geben?',
    'Sobald der Etikettendrucker wieder funktioniert, könnten Sie Frau Berg Bescheid geben?',
  ],
  [
    'fr',
    "Maintenant que l'imprimante refonctionne, pourriez-vous prévenir Paul ?",
    "Dès que l'imprimante refonctionne, pourriez-vous prévenir Paul ?",
  ],
  ['zh', '既然打印机已经能用了，请通知一下王经理？', '如果打印机能用了，请通知一下王经理？'],
];

// C102: the fix said to have done its job: "the new driver did its job", "cumplió su cometido".
const DID_ITS_JOB_13: readonly Pair[] = [
  ['en', 'The new BIOS did its job.', 'The new BIOS did not do its job.'],
  ['es', 'El nuevo controlador cumplió su cometido.', 'El nuevo controlador no cumplió su cometido.'],
  ['ru', 'Новый драйвер своё дело сделал.', 'Новый драйвер своё дело не сделал.'],
  ['ar', 'التعريف الجديد أدى الغرض.', 'التعريف الجديد لم يؤد الغرض.'],
];

// C103: a negated negative: "no longer refuses to start", "nothing wrong with it now".
const NEGATED_13: readonly Pair[] = [
  [
    'en',
    'There is nothing wrong with the NAS now.',
    'We could not find anything wrong with the NAS, but it still drops.',
  ],
  ['fr', 'Sage ne refuse plus de démarrer.', 'Sage refuse toujours de démarrer.'],
  ['nl', 'De client weigert niet langer op te starten.', 'De client weigert nog steeds op te starten.'],
  ['ru', 'Клиент больше не отказывается запускаться.', 'Клиент всё ещё отказывается запускаться.'],
];

// C104: the matter told as settled, in an idiom: "ya es historia", "är ur världen", "摆平了".
const SETTLED_13: readonly Pair[] = [
  ['es', 'Lo del escáner ya es historia.', 'Lo del escáner todavía no es historia.'],
  ['sv', 'Strulet med skrivaren är ur världen.', 'Strulet med skrivaren är inte ur världen än.'],
  ['zh', '打印机的事已经摆平了。', '打印机的事还没摆平。'],
];

// C105: a sign-off glad it is sorted: "Glad we got this sorted!", "Schön, dass wir das hinbekommen haben".
const SIGN_OFF_13: readonly Pair[] = [
  ['en', 'Happy we could get this fixed for you!', 'Sorry we could not get this fixed for you yet.'],
  ['de', 'Schön, dass wir das hinbekommen haben!', 'Schade, dass wir das noch nicht hinbekommen haben.'],
  [
    'it',
    'Contenta che ne siamo venuti a capo, buona giornata!',
    'Peccato che non ne siamo ancora venuti a capo.',
  ],
];

// C106: as good as before the fault: "tak szybkie jak przed aktualizacją".
const AS_BEFORE_13: readonly Pair[] = [
  [
    'pl',
    'Logowanie jest tak szybkie jak przed aktualizacją.',
    'Logowanie nie jest tak szybkie jak przed aktualizacją.',
  ],
  [
    'ru',
    'Вход снова такой же быстрый, как до обновления.',
    'Вход пока не такой же быстрый, как до обновления.',
  ],
];

// C107: it opens at once now: "opens instantly now", "öffnet sich jetzt sofort".
const AT_ONCE_13: readonly Pair[] = [
  [
    'en',
    'The shared drive opens instantly now.',
    'The shared drive opens instantly only on the wired network.',
  ],
  ['de', 'Die Freigabe öffnet sich jetzt sofort.', 'Die Freigabe öffnet sich noch nicht sofort.'],
  ['pt', 'A pasta abre na hora agora.', 'A pasta ainda não abre na hora.'],
];

// C109: the customer confirmed it, with nothing in the complement that limits it.
const CONFIRMED_13: readonly Pair[] = [
  [
    'es',
    'La clienta nos confirmó que ya recibe los correos.',
    'La clienta nos confirmó que todavía no recibe los correos.',
  ],
  [
    'it',
    'Il cliente ha confermato che le stampe escono.',
    'Il cliente ha confermato che le stampe non escono ancora.',
  ],
  [
    'pt',
    'O cliente confirmou que os e-mails estão chegando.',
    'O cliente confirmou que os e-mails ainda não estão chegando.',
  ],
];

// C110: a colloquial idiom of a good state: "firme e forte", "taş gibi", "jak ta lala".
const IDIOM_13: readonly Pair[] = [
  ['pt', 'O Wi-Fi está firme e forte.', 'O Wi-Fi ainda não está firme e forte.'],
  ['tr', 'Wi-Fi taş gibi.', 'Wi-Fi henüz taş gibi değil.'],
  ['pl', 'Wi-Fi działa jak ta lala.', 'Wi-Fi nie działa jak ta lala.'],
];

// C111: good news announced, with something again, and no plan, hedge or condition.
const GOOD_NEWS_13: readonly Pair[] = [
  [
    'de',
    'Gute Nachricht: Der Scanner legt die PDFs wieder in der Ablage ab.',
    'Gute Nachricht: Der Techniker kommt morgen, dann sollte der Scanner wieder scannen.',
  ],
  [
    'es',
    'Buenas noticias: las firmas aparecen otra vez en Outlook.',
    'Buenas noticias: el técnico viene mañana y las firmas deberían aparecer otra vez.',
  ],
  [
    'nl',
    'Goed nieuws: de scanner mailt de pdf-bestanden weer naar de juiste map.',
    'Goed nieuws: de monteur komt morgen, daarna zou de scanner weer moeten mailen.',
  ],
];

// C108: honest, a state so far ("stable for now") and one that would have been ("wäre … gewesen").
const FOR_NOW_13: readonly Pair[] = [
  ['en', 'The tunnel is stable again.', 'The tunnel looks stable for now, but we will keep watching it.'],
  [
    'de',
    'Der Drucker ist wieder erreichbar.',
    'Hätte der Treiber gepasst, wäre der Drucker wieder erreichbar gewesen.',
  ],
];

// C112, an outcome told in one word of success after its label: "Esito: positivo", "結果：成功".
const SUCCESS_WORD_14: readonly Pair[] = [
  ['it', 'Esito della prova di stampa: positivo', 'Esito della prova di stampa: non ancora positivo'],
  ['pl', 'Wynik testu logowania: sukces', 'Wynik testu logowania: sukces tylko u dwóch osób'],
  ['zh', '测试结果：成功', '测试结果：尚未成功'],
  ['sv', 'Utfall av testutskriften: lyckat', 'Utfall av testutskriften: inte lyckat'],
];

// C113, a loss measured as none: "0 % de perte", "丢包率0%".
const ZERO_LOSS_14: readonly Pair[] = [
  [
    'fr',
    'Test vers le NAS : 0 % de perte sur 200 paquets.',
    'Test vers le NAS : 0 % de perte sur le LAN, mais 30 % encore via le VPN.',
  ],
  [
    'pt',
    'Ping para o servidor: 0% de perda em 300 pacotes.',
    'Ping para o servidor: ainda 12% de perda em 300 pacotes.',
  ],
  [
    'sv',
    'Ping mot skrivaren: 0 % förlust under en timme.',
    'Ping mot skrivaren: vi vill se 0 % förlust under en timme.',
  ],
  ['zh', '到打印机的ping：丢包率0%。', '到打印机的ping：丢包率仍然不是0%。'],
];

// C114, every job of a run told as successful: "every backup job succeeded last night".
const ALL_SUCCEEDED_14: readonly Pair[] = [
  [
    'en',
    'The NAS report says every sync task succeeded overnight.',
    'The NAS report says not every sync task succeeded overnight.',
  ],
  [
    'de',
    'Laut Protokoll sind alle Sicherungen des Wochenendes erfolgreich gelaufen.',
    'Laut Protokoll sind nicht alle Sicherungen des Wochenendes erfolgreich gelaufen.',
  ],
  [
    'nl',
    'Volgens het rapport zijn alle back-ups van dit weekend geslaagd.',
    'Volgens het rapport zijn niet alle back-ups van dit weekend geslaagd.',
  ],
  ['ko', '어젯밤 동기화 작업이 모두 성공했습니다.', '어젯밤 동기화 작업이 모두 성공하지는 않았습니다.'],
];

// C115, the user with nothing left to complain about.
const NOTHING_TO_COMPLAIN_14: readonly Pair[] = [
  [
    'en',
    'Since Tuesday the reception team has nothing more to complain about.',
    'The reception team will have nothing more to complain about once the toner arrives.',
  ],
  [
    'fr',
    "Mme Martin n'a plus rien à redire depuis jeudi.",
    "Mme Martin n'aura plus rien à redire si le nouveau pilote tient.",
  ],
  ['pt', 'A Joana não tem mais do que reclamar.', 'A Joana ainda tem do que reclamar.'],
  ['ru', 'Бухгалтер больше не жалуется на сканер.', 'Бухгалтер пока ещё жалуется на сканер.'],
];

// C116, the good state as an attribute of the thing: "the now-working VPN".
const AS_ATTRIBUTE_14: readonly Pair[] = [
  [
    'en',
    'Staff can use the now-working scanner profile from Monday.',
    'Staff can use the scanner profile from Monday if it is working by then.',
  ],
  [
    'de',
    'Bitte drucken Sie ab sofort über die wieder funktionierende Warteschlange.',
    'Bitte drucken Sie erst über die Warteschlange, wenn sie wieder funktioniert.',
  ],
  [
    'nl',
    'De inmiddels werkende scanner staat weer bij de receptie.',
    'De scanner staat bij de receptie, maar werkt nog steeds niet.',
  ],
];

// C117, working as it did before the fault: "funciona igual que antes de la actualización".
const LIKE_BEFORE_14: readonly Pair[] = [
  [
    'es',
    'El programa de facturación funciona igual que antes de la migración.',
    'El programa de facturación no funciona igual que antes de la migración.',
  ],
  ['sv', 'Kassasystemet fungerar precis som före bytet.', 'Kassasystemet fungerar inte som före bytet.'],
  [
    'tr',
    'Muhasebe programı güncellemeden önceki gibi çalışıyor.',
    'Muhasebe programı güncellemeden önceki gibi çalışmıyor.',
  ],
];

// C118, held for a span of time without the fault: "aguanta dos días sin una sola desconexión".
const HELD_WITHOUT_14: readonly Pair[] = [
  [
    'en',
    'The site link has run for three days now without a single drop.',
    'We need the site link to run for three days without a single drop before we close this.',
  ],
  [
    'es',
    'El enlace lleva tres días sin una sola caída.',
    'Queremos ver el enlace tres días sin una sola caída antes de cerrar.',
  ],
  [
    'pl',
    'Łącze działa od trzech dni bez żadnego zerwania.',
    'Łącze musi działać trzy dni bez żadnego zerwania, zanim zamkniemy zgłoszenie.',
  ],
  [
    'ru',
    'Канал работает трое суток без единого обрыва.',
    'Если канал проработает трое суток без единого обрыва, закроем заявку.',
  ],
];

// C119, not once since a point in time: "since 3 pm it has not dropped once".
const NOT_ONCE_14: readonly Pair[] = [
  [
    'de',
    'Die Ereignisanzeige ist seit dem Treiberwechsel frei von Fehlern.',
    'Die Ereignisanzeige ist seit dem Treiberwechsel nicht frei von Fehlern.',
  ],
  [
    'it',
    'Dalle 10 non ci sono più state disconnessioni sul portatile.',
    'Dalle 10 non ci sono più state disconnessioni, ma il portatile si blocca ancora.',
  ],
  [
    'ja',
    '交換以降、ルーターは一度も切れていません。',
    '交換以降、ルーターは一度も切れていませんが、速度はまだ遅いままです。',
  ],
  [
    'nl',
    'De verbinding is sinds de reset niet meer weggevallen.',
    'De verbinding is sinds de reset niet meer weggevallen, maar de printer hangt nog steeds.',
  ],
];

// C120, honest: the errors "of" a service that came back are not the service coming back.
const FAULT_OF_14: readonly Pair[] = [
  [
    'fr',
    'La synchronisation est revenue ce matin.',
    'Les erreurs de synchronisation sont revenues ce matin.',
  ],
  ['pt', 'A sincronização voltou hoje de manhã.', 'Os erros de sincronização voltaram hoje de manhã.'],
];

// C121, honest: a one-word state denied by the word beside it: "…, without success", "sem sucesso".
const WITHOUT_SUCCESS_14: readonly Pair[] = [
  ['en', 'Driver reinstalled – success.', 'Driver reinstalled – without success.'],
  ['pt', 'Trocamos o cabo de rede: sucesso.', 'Trocamos o cabo de rede, sem sucesso.'],
  [
    'it',
    'Aggiornato il firmware del router: riuscito.',
    'Aggiornato il firmware del router, senza successo.',
  ],
  ['tr', 'Yazıcı sürücüsü güncellendi, sonuç: başarılı.', 'Yazıcı sürücüsü güncellendi, başarılı olmadı.'],
];

// C122, honest: the thing the fault did not touch, named in the part before its state.
const UNTOUCHED_15: readonly Pair[] = [
  ['zh', '电话系统已修复，一直正常使用。', '电话系统没有受到影响，一直正常使用。'],
  [
    'tr',
    'Telefonlar onarıldı, normal şekilde çalışıyor.',
    'Telefonlar bu arızadan etkilenmedi, normal şekilde çalışıyor.',
  ],
  [
    'fr',
    'La téléphonie a été réparée et fonctionne normalement.',
    "La téléphonie n'a pas été impactée et fonctionne normalement.",
  ],
  [
    'pt',
    'Os telefones foram consertados e seguem funcionando normalmente.',
    'Os telefones não foram afetados e seguem funcionando normalmente.',
  ],
];

// C123, honest: a success taken back by a failure after it, as the English "failed" takes it back.
const FAILED_AFTER_15: readonly Pair[] = [
  [
    'es',
    'La copia del lunes terminó correctamente y la del martes también.',
    'La copia del lunes terminó correctamente, pero la del martes ha fallado.',
  ],
  [
    'it',
    'Il backup di ieri è andato a buon fine.',
    'Il backup di ieri è andato a buon fine, ma quello di oggi è fallito.',
  ],
  [
    'nl',
    'De back-up van gisteren is gelukt.',
    'De back-up van gisteren is gelukt, maar die van vandaag is mislukt.',
  ],
  [
    'de',
    'Die Sicherung am Montag lief erfolgreich.',
    'Die Sicherung am Montag lief erfolgreich, aber am Dienstag ist sie fehlgeschlagen.',
  ],
];

// C124, the workaround or the chore the fault forced, no longer needed.
const NO_LONGER_NEEDED_15: readonly Pair[] = [
  [
    'en',
    'Reception no longer has to use the loaner hotspot.',
    'Reception still has to use the loaner hotspot.',
  ],
  [
    'de',
    'Die Notlösung mit dem USB-Stick braucht die Buchhaltung nicht mehr.',
    'Die Notlösung mit dem USB-Stick braucht die Buchhaltung leider noch.',
  ],
  [
    'sv',
    'Kassan behöver inte längre använda reservdatorn.',
    'Kassan behöver fortfarande använda reservdatorn.',
  ],
  ['zh', '前台不用再靠手机热点上网了。', '前台暂时还得靠手机热点上网。'],
];

// C125, normal operation stated as confirmed, in the formal register.
const NORMAL_CONFIRMED_15: readonly Pair[] = [
  [
    'en',
    'Normal operation has been confirmed on the scanner.',
    'Normal operation has not been confirmed on the scanner.',
  ],
  [
    'es',
    'Se ha comprobado el correcto funcionamiento de la centralita.',
    'No se ha comprobado el correcto funcionamiento de la centralita.',
  ],
  ['pl', 'Potwierdzono prawidłowe działanie skanera.', 'Nie potwierdzono prawidłowego działania skanera.'],
  [
    'ru',
    'Штатная работа подтверждена после замены сканера.',
    'Штатная работа пока не подтверждена после замены сканера.',
  ],
];

// C126, as good as its peers: "works just like every other laptop in the office".
const LIKE_PEERS_15: readonly Pair[] = [
  [
    'en',
    'The new dock now works just like the other docks on the floor.',
    'The new dock still does not work like the other docks on the floor.',
  ],
  [
    'it',
    'Il PC della reception ora va come gli altri.',
    'Il PC della reception non va ancora come gli altri.',
  ],
  [
    'tr',
    'Depodaki Wi-Fi hızı binanın geri kalanıyla aynı oldu.',
    'Depodaki Wi-Fi hızı hâlâ binanın geri kalanıyla aynı değil.',
  ],
  [
    'pl',
    'Wi-Fi w biurze ma już taką samą prędkość jak w reszcie budynku.',
    'Wi-Fi w biurze nadal nie ma takiej samej prędkości jak w reszcie budynku.',
  ],
];

describe('claims and their honest twins', () => {
  it.each(SCOPES)('a state limited to a few (scopes), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(CAUSE)('a cause that fixed it (C13), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(BETTER)('better than ever (C14), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(SUCCESS)('done with success (C15), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(SHAPES)('shapes, %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(SINCE_QUIET)('quiet since a time (C16), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(BUSY)('busy without trouble (C17), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(LABELS)('a label and its state (C18), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(CONFIRMED)('confirmed to work (C19), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(GREEN)('all green (C20), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(FASTER)('better than before (C21), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(ACTIVATED)('activated (C22), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(UNDONE)('honest shapes, %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(NO_COMPLAINTS)('nobody complained (C23), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(NO_FURTHER)('no further symptoms (C24), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(MONITORING)('monitoring quiet (C25), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(LAST_ATTEMPT)('the last attempt did it (C26), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(AS_BEFORE)('as fast as before (C27), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(TYPOS)('misspelt claims (C28), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(CLOSURE)('closure formulas (C29), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(GO_THROUGH)('jobs go through (C30), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(NO_RECUR)('did not recur (C31), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(CONFIRMED_BY_USER)('confirmed by the user (C32), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(NO_IMPACT)('no impact on work (C33), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(OTHER)('other phrases, %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(PARALLEL)(
    'honest shapes (parallel denial, supposition), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(ZERO_SINCE)('none over a span (C34), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(STAYED_EMPTY)('stayed in its good state (C35), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(HOLDS)('holds since the fix (C36), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(SETTLED)('settled idioms (C37), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(LIKE_NEW)('as good as new (C38), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(FASTER_BETWEEN)(
    'faster than before, words between (C39), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NO_LONGER)('no longer crashes (C40), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(REPORTED)('reported to work (C41), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(ROWS)('checklist items and table rows (C42), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(MIXED)('a fix told in English (C43), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(LISTED_TYPOS)('listed misspellings (C28), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(WAITS)(
    'honest shapes (a closing that waits, a fault kept), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(ZERO_COUNTED)('zero counted in a log or a span (C44), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(STAYS_EMPTY)('empty and stays so (C45), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(NONE_STUCK)('not one job stuck (C46), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(MONITORING_GREEN)('monitoring green (C47), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(NOT_ONCE)('not once, no longer (C48), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(DONE_SMOOTHLY)('done without a hitch (C49), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(IDIOMS)('idioms and regional forms (C50), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(TICKED)('ticked checklist items (C42), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(DENIED_FAULT)('a fault denied as still going on (C51), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(HONEST_ROUND)(
    'honest shapes (brief, not disappeared, waits, not until), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(SHORTHAND)('status shorthand (C52), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(NO_REPRO)('no repro, every printer prints (C53), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(NOT_A_SINGLE)('without a single fault (C54), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(CONFIRMED_RESTORATION)('restoration confirmed (C55), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(DOUBLE_NEGATIVE)('a double negative (C56), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(LITOTES)('litotes of the fault (C57), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(ZERO_LABELLED)(
    'a fault counted as none after its label (C58), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(TEST_PAGE)('a test page printed with success (C59), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(DID_THE_TRICK)('did the trick, gone since (C60), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(HEADLINE)('the outcome as a headline (C61), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(REGIONAL)('regional and mixed forms (C62), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(ANSWERED_NO)('"still?" answered "no" (C63), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(HONEST_NINTH)(
    'honest shapes (came back to a fault, a closing that waits, cannot say), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(CONSEQUENCE_10)(
    'the consequence that implies the fix (C64), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(SPAN_10)('a span of time with no fault (C65), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(MONITORING_10)('the monitoring green again (C66), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(QUOTED_10)('a customer quoted saying it works (C67), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(NOTHING_LEFT_10)('nothing left open (C68), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(MARKUP_10)(
    'a good state in a table, a heading or emphasis (C69), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(TURNED_10)(
    'an honest opening turned into a claim (C70), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(CLOSING_10)('formal closing letters (C71), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(IDIOM_10)('idioms of a fix that worked (C72), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(RECURRENCE_10)(
    'a negated fix followed by a recurrence (C73), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(OTHER_SENSE_10)('the words in another sense (C74), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(BEFORE_10)('a state before the fault (C75), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(UNDONE_10)('a claim undone by a recurrence (C76), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(TAG_11)('the leading tag of a subject line (C77), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(TICKED_11)(
    'a ticked item that tells the fault absent (C78), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NOMINAL_11)(
    'the restoration or resolution as a noun, confirmed or completed (C79), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(OUTPUT_11)(
    'the output right again, the phone registered again (C80), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(COUNTER_11)(
    'a fault counter at zero since the change, a backup log clean (C81), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(ENDED_11)(
    'the fault ended, told with its own verb (C82), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(BETTER_11)(
    'speed back to normal or better than before, a clean test run (C83), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(UNAFFECTED_11)(
    'the state of what the fault did not touch (C84), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(LIMIT_BEFORE_11)(
    'a limit before the contrast in its own part (C85), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(MONITOR_11)(
    'not a single outage since the change (C86), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(ABLE_11)(
    'the task possible again, a measurement all normal (C87), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(STATUS_11)(
    'the value of a status field after a dash (C88), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(IN_THE_11)(
    'Portuguese "no" read as in the, not as a negation (C89), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(ZERO_12)('the fault counted as none (C90), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(DOWN_TO_ZERO_12)(
    'a loss measured down to zero, an arrow between two readings (C91), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NO_NEW_12)(
    'no new fault since the change, the fault not back (C92), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(CHORE_12)(
    'the chore the fault forced, no longer needed (C94), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(ROW_12)(
    'a table row pasted without its outer bars (C95), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(WITHOUT_FAULT_12)(
    'a device doing its job without the fault, the user able again (C96), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NOMINAL_12)(
    'the cause found and dealt with, a restoration told as a noun (C97), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(SWITCHED_12)(
    'English IT words inside another language (C98), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(ONCE_BEFORE_12)(
    'fixed once before, the fault back since (C99), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(DASH_PLACE_12)(
    'a status after a dash, with a place named before it (C93), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(ASIDE_12)('an aside of sight (C100), %s: refuses "%s", accepts "%s"', (...pair) => holds(pair));
  it.each(GIVEN_13)(
    'a clause taken as given, asserted inside a question (C101), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(DID_ITS_JOB_13)(
    'the fix said to have done its job (C102), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NEGATED_13)(
    'a negated negative: no longer refuses, nothing wrong now (C103), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(SETTLED_13)(
    'the matter told as settled, in an idiom (C104), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(SIGN_OFF_13)('a sign-off glad it is sorted (C105), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(AS_BEFORE_13)('as good as before the fault (C106), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(AT_ONCE_13)('it opens at once now (C107), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(CONFIRMED_13)('the customer confirmed it (C109), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(IDIOM_13)('a colloquial idiom of a good state (C110), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(GOOD_NEWS_13)(
    'good news announced, with something again (C111), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(FOR_NOW_13)(
    'honest, a state so far and a state that would have been (C108), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(SUCCESS_WORD_14)(
    'an outcome told in one word of success (C112), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(ZERO_LOSS_14)('a loss measured as none (C113), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(ALL_SUCCEEDED_14)(
    'every job of a run told as successful (C114), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NOTHING_TO_COMPLAIN_14)(
    'nothing left to complain about (C115), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(AS_ATTRIBUTE_14)(
    'the good state as an attribute (C116), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(LIKE_BEFORE_14)(
    'working as it did before the fault (C117), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(HELD_WITHOUT_14)(
    'held for a span of time without the fault (C118), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NOT_ONCE_14)('not once since a point in time (C119), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
  it.each(FAULT_OF_14)(
    'honest, the errors of a service came back (C120), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(WITHOUT_SUCCESS_14)(
    'honest, a one-word state denied beside it (C121), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(UNTOUCHED_15)(
    'honest, what the fault did not touch, named in the part before (C122), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(FAILED_AFTER_15)(
    'honest, a success taken back by a failure after it (C123), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NO_LONGER_NEEDED_15)(
    'the workaround or the chore no longer needed (C124), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(NORMAL_CONFIRMED_15)(
    'normal operation stated as confirmed (C125), %s: refuses "%s", accepts "%s"',
    (...pair) => holds(pair),
  );
  it.each(LIKE_PEERS_15)('as good as its peers (C126), %s: refuses "%s", accepts "%s"', (...pair) =>
    holds(pair),
  );
});
