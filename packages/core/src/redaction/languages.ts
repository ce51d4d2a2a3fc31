import { normalizeText } from '../text/normalize.js';
import { spellingsOf } from './literal-hints.js';

// Credential words and the copulas that join them to a value, per language. Written as people
// write them; `words` and `verbs` below pass them through the same normal form the rules match
// against (accents and marks dropped, Cyrillic look-alikes folded, Hangul decomposed), so a table
// entry never has to guess what normalisation makes of it. The guard speaks the same languages.

/** One language's credential vocabulary. */
export interface CredentialLanguage {
  /** BCP 47 code. */
  readonly code: string;
  /** Nouns for a password, PIN, passphrase, Wi-Fi key or shared secret, in their common forms. */
  readonly words: readonly string[];
  /** What stands between the noun and the value in a sentence ("is", "to", "är", "是"). */
  readonly verbs: readonly string[];
  /**
   * Prepositions a value is set or changed to ("to", "auf", "na", "إلى"): riskier than a copula,
   * since a place or a time follows them as often ("Passwort in KeePass"), so the value after them
   * must look like a secret.
   */
  readonly to?: readonly string[];
  /**
   * Copulas that are common words of other languages ("on" and "to" in English, "la" in the Romance
   * languages once accents are folded): they count only after a word of this language.
   */
  readonly ownVerbs?: readonly string[];
  /** Written without spaces between words: the value may follow the word or the verb directly. */
  readonly unspaced?: boolean;
}

/**
 * The slips OCR makes reading a label or a screenshot: "0" for "o" and "vv" for "w" ("Passw0rd:",
 * "Passvvord", "Wachtw00rd"). Each slip is made throughout a word or not at all.
 */
const OCR_SLIPS: ReadonlyArray<readonly [string, string]> = [
  ['o', '0'],
  ['w', 'vv'],
];

/** `words` as OCR may read them, the words themselves left out. */
const ocrReadings = (words: readonly string[]): string[] =>
  words.flatMap((word) => {
    const readings = [word];
    for (const [letter, slip] of OCR_SLIPS) {
      for (const reading of readings.slice()) readings.push(reading.replaceAll(letter, slip));
    }
    return readings.filter((reading) => reading !== word);
  });

/** The languages of closeout's markets. */
export const CREDENTIAL_LANGUAGES: readonly CredentialLanguage[] = [
  {
    code: 'en',
    words: [
      'password',
      'passwords',
      'passwd',
      // The word as a hurried technician types it.
      'pasword',
      'passwrod',
      'passowrd',
      'passwrd',
      'paswd',
      'pssword',
      // The word as OCR reads it off a label.
      ...ocrReadings(['password']),
      'passphrase',
      'passcode',
      'pwd',
      'pw',
      // The abbreviation with a slash, beside "u/n" for the user name: "u/n reception p/w …".
      'p/w',
      'p/wd',
      'pin',
      'pin code',
      'wifi password',
      'wi-fi password',
      'wifi key',
      'wi-fi key',
      'wireless key',
      // A point of sale's codes for voids and refunds: "Toast manager override code for the bar is …".
      'override code',
      'manager code',
      'manager override code',
      'supervisor code',
      'void code',
      'network key',
      'wpa key',
      'wpa2 key',
      'wlan key',
      'wlan password',
      'ssid password',
      'guest password',
      'temporary access pass',
      'app password',
      'app-specific password',
      'archive password',
      'zip password',
      'master password',
      'recovery password',
      'enrollment key',
      // A domain's transfer code, an MFA bypass code, an alerting tool's routing key, LAPS's attribute.
      'auth code',
      'authcode',
      'epp code',
      'transfer code',
      'bypass code',
      // Not "integration key": Duo's is an identifier that stands next to its secret key.
      'routing key',
      // A PSA's API integration code, which Autotask's API takes beside the API user's secret.
      'integration code',
      'api integration code',
      'ms-mcs-admpwd',
      'join key',
      'pairing code',
      'unlock code',
      'snmp community string',
      'read community',
      'write community',
      'psk',
      'pre-shared key',
      'preshared key',
      'shared secret',
      'community string',
      'snmp community',
      'secret',
      'secret key',
      'client secret',
      'api key',
      'api token',
      'access token',
      'auth token',
      'token',
      'access key',
      'account key',
      'storage key',
      'master key',
      'encryption key',
      'totp seed',
      'totp secret',
      'otp secret',
      'mfa secret',
      '2fa secret',
      '2fa seed',
      'authenticator secret',
      'seed',
      'door code',
      'alarm code',
      'safe code',
      // A safe's or a padlock's combination: "safe combo for the tapes: 24-11-36".
      'vault password',
      'temporary access code',
      'access pass',
      'recovery key',
      'bitlocker recovery key',
      'puk',
      'puk code',
      'sim puk',
      'pin/puk',
      'access code',
      'gate code',
      // Codes of the other ways into a site: a car park's barrier, an intercom, a side entrance.
      'barrier code',
      'intercom code',
      'entry code',
      'keypad code',
      'unlock pin',
      'voicemail pin',
      'bios password',
      'shared key',
      'api secret',
      'app secret',
      'client key',
      'private key',
      'wifi passphrase',
      // Codes and keys vendors name in their own words: remote-support security codes, alarm
      // panels, Google's backup codes, Datadog application keys, Mailgun sending keys.
      'security code',
      'disarm code',
      'arming code',
      // An alarm panel's codes by role: the one that silently calls for help, the engineer's, the installer's.
      'duress code',
      'engineer code',
      'installer code',
      'master code',
      'backup code',
      'backup codes',
      // An account's MFA recovery codes, printed once when MFA is set up or reset.
      'recovery code',
      'recovery codes',
      'backup verification code',
      'verification code',
      'application key',
      'app key',
      'sending key',
      'api bearer',
      'bearer',
      'local admin',
      'admin pw',
    ],
    verbs: [
      'is',
      'was',
      'is simply',
      'is still',
      'still',
      'replaced with',
      'is now',
      'now',
      'was set to',
      'is set to',
      'set to',
      'changed to',
      'reset to',
      'updated to',
      'will be',
      'became',
      'remains',
      'stays',
      'reads',
      'equals',
    ],
    to: ['to'],
  },
  {
    code: 'de',
    words: [
      'passwort',
      'passwörter',
      // The word as a hurried technician types it.
      'passwrot',
      'paswort',
      'passwrt',
      'kenwort',
      'kennwrot',
      ...ocrReadings(['passwort', 'kennwort']),
      'kennwort',
      // A Teams meeting's passcode as the German invitation names it, and an alarm panel's installer code.
      'kenncode',
      'errichtercode',
      // An alarm or access panel's other codes by role: the master's, the administrator's, the technician's.
      'mastercode',
      'administratorcode',
      'verwaltercode',
      'installateurcode',
      'technikercode',
      'kennwörter',
      'wlan-passwort',
      'wlan passwort',
      'wlan-schlüssel',
      'wlan schlüssel',
      'netzwerkschlüssel',
      'pin',
      'pin-code',
      'zugangscode',
      'geheimnis',
      'schlüssel',
      'api-schlüssel',
      'wiederherstellungsschlüssel',
      'masterkennwort',
      'masterpasswort',
      'archivpasswort',
      'app-kennwort',
      'anwendungskennwort',
      'befristeter zugriffspass',
      'community',
      'temporärer zugriffspass',
      'zugriffspass',
      'app-passwort',
      'puk',
      'puk-code',
      'pin/puk',
      'api-key',
      'api key',
      'api-token',
      'token',
      'zugriffstoken',
      'zugriffsschlüssel',
      'geheimer schlüssel',
      'gemeinsamer schlüssel',
      'gemeinsames geheimnis',
      'türcode',
      // The other codes of a building: its entrance, a safe's combination of numbers.
      'eingangscode',
      'tresorkombination',
      'alarmcode',
      'tresorcode',
      'entsperrcode',
      // A device's unlock code or PIN, the noun after the code: "Code zum Entsperren: …".
      'code zum entsperren',
      'pin zum entsperren',
      'entsperr-pin',
      'entsperrpin',
      'kennw.',
      'pw',
      'passphrase',
      'client-secret',
      'client-geheimnis',
      'sicherheitsschlüssel',
      'unscharf-code',
      'scharf-code',
      'bestätigungscode',
      'verifizierungscode',
      'sicherheitscode',
      'tap',
      // A bank's transaction number, sent by SMS or an app to confirm one transfer: "Ihre mTAN für
      // die Überweisung … lautet: …".
      'mtan',
      'sms-tan',
      'smstan',
      'pushtan',
      'push-tan',
      'chiptan',
      'tan-nummer',
      // A PSA's API integration code, as Autotask names it (see the English entry).
      'integrationscode',
    ],
    verbs: [
      'ist',
      'lautet',
      'war',
      'lautete',
      'ist jetzt',
      'lautet jetzt',
      'ist ab sofort',
      'lautet ab sofort',
      'ist ab jetzt',
      'lautet ab jetzt',
      // Swiss German, as a message from Zurich or Bern writes it: "s'Passwort fürs WLAN isch jetzt x".
      'isch',
      'isch jetzt',
      'ist nun',
      'lautet nun',
      'geändert auf',
      'gesetzt auf',
      'neu',
      'geändert in',
    ],
    to: ['auf', 'in'],
  },
  {
    code: 'fr',
    words: [
      'mot de passe',
      'mots de passe',
      'mdp',
      'code secret',
      'code pin',
      // Quebec French for a PIN ("numéro d'identification personnel"): "le NIP de la boîte vocale c'est 1234".
      'nip',
      "code d'accès",
      // A voicemail box's code: "le code de la messagerie vocale a été changé en …".
      'code de la messagerie vocale',
      'code de messagerie',
      'code de la messagerie',
      'code de la boîte vocale',
      'clé wifi',
      // "le code wifi c'est …": the Wi-Fi password, as an office says it.
      'code wifi',
      'code wi-fi',
      'code du wifi',
      'code de récupération',
      'code de secours',
      // A one-time code sent by SMS or an app, read out to the technician: "le code de vérification
      // c'est …". English has "verification code"; the other languages say it in their own words.
      'code de vérification',
      'code de confirmation',
      'code de validation',
      'code de sécurité',
      'code de déblocage',
      'clé wi-fi',
      'clé wpa',
      'clé de sécurité',
      'clé réseau',
      'clé secrète',
      'clé api',
      'phrase secrète',
      'secret',
      'communauté snmp',
      'communauté',
      'mot de passe temporaire',
      'mot de passe initial',
      'mot de passe provisoire',
      "passe d'accès temporaire",
      "passe d'accès",
      "mot de passe d'application",
      "mot de passe d'app",
      'mot de passe applicatif',
      'clé de récupération',
      'phrase de passe',
      'code puk',
      'puk',
      'pin',
      "code d'alarme",
      'code alarme',
      // An alarm or access panel's codes by role: "code installateur 1234", "code maître".
      'code installateur',
      "code d'installateur",
      'code maître',
      'code administrateur',
      'code technicien',
      'code de porte',
      // A door's code without the "de", an entrance's, a building's, a safe's and its combination.
      'code porte',
      "code d'entrée",
      'code immeuble',
      'code portail',
      'code de déverrouillage',
      'pin de déverrouillage',
      'code pin de déverrouillage',
      'jeton',
      "jeton d'api",
      "jeton d'accès",
      "clé d'api",
      'secret partagé',
      'clé partagée',
      'clé prépartagée',
      'clé pré-partagée',
      'secret client',
      'pwd',
      'clé',
      // A PSA's API integration code, as Autotask names it (see the English entry).
      "code d'intégration",
    ],
    verbs: [
      'est',
      'était',
      'est maintenant',
      'changé en',
      'changé à',
      'défini à',
      'défini sur',
      'réinitialisé à',
      'devient',
      "c'est",
      'c’est',
      // "from now on": "le mot de passe … est désormais x".
      'est désormais',
      'sera désormais',
      'est dorénavant',
      'sera',
      'vaut',
      'changé pour',
      'changé par',
      'changé en',
      'modifié en',
      'remplacé par',
    ],
    to: ['à', 'pour'],
  },
  {
    code: 'es',
    words: [
      'contraseña',
      'contraseñas',
      'clave',
      // Latin American slang for "contraseña", with its article: "la contra del correo es x". Not
      // "contra" alone, which is "against".
      'la contra',
      'clave de acceso',
      // The first password of a new account, the adjective after the noun: "la clave inicial x".
      'clave inicial',
      'contraseña inicial',
      'clave provisional',
      'contraseña provisional',
      'clave wifi',
      'clave de red',
      'código pin',
      'código de acceso',
      'secreto',
      'clave api',
      'clave secreta',
      'comunidad snmp',
      'comunidad',
      'pase de acceso temporal',
      'contraseña de aplicación',
      'contraseña de app',
      'clave de recuperación',
      'frase de contraseña',
      'frase de paso',
      'código puk',
      'puk',
      'pin',
      'código de alarma',
      // An alarm or access panel's codes by role: "código de instalador", "código maestro".
      'código de instalador',
      'código instalador',
      'código maestro',
      'código de administrador',
      'código técnico',
      'código de la puerta',
      'código de entrada',
      'código de puerta',
      // A phone's unlock code and the one-time codes a service sends: "Código de desbloqueo del
      // iPhone …: 480215", "el código de verificación es …".
      'código de desbloqueo',
      'pin de desbloqueo',
      'código de verificación',
      'código de seguridad',
      'código de confirmación',
      'token',
      'token de api',
      'token de acceso',
      'clave de api',
      'secreto compartido',
      'clave compartida',
      'clave precompartida',
      'secreto de cliente',
      // A PSA's API integration code, as Autotask names it (see the English entry).
      'código de integración',
    ],
    verbs: [
      'es',
      'era',
      'es ahora',
      'ahora es',
      'a partir de ahora es',
      'desde ahora es',
      'cambiada a',
      'cambiado a',
      'establecida en',
      'puesta en',
      'será',
      'será:',
      'queda en',
      'cambiada por',
      'quedó',
      'quedó como',
      'queda',
    ],
    to: ['a'],
  },
  {
    code: 'it',
    words: [
      'password',
      "parola d'ordine",
      'password iniziale',
      'password provvisoria',
      'parola chiave',
      'chiave wifi',
      'chiave di rete',
      'chiave di accesso',
      'codice pin',
      'codice di accesso',
      'segreto',
      'chiave segreta',
      'chiave api',
      'pass di accesso temporaneo',
      "password per l'app",
      "password dell'app",
      'password per app',
      'chiave di ripristino',
      'chiave di recupero',
      'passphrase',
      'codice puk',
      'puk',
      'pin',
      'codice allarme',
      "codice dell'allarme",
      // An alarm or access panel's codes by role: "Centrale allarme: codice installatore …".
      'codice installatore',
      "codice dell'installatore",
      'codice tecnico',
      'codice master',
      'codice amministratore',
      'codice porta',
      'codice della porta',
      "codice d'ingresso",
      'codice di sblocco',
      'pin di sblocco',
      'codice di verifica',
      'codice di sicurezza',
      'token',
      'token api',
      'token di accesso',
      'segreto condiviso',
      'chiave condivisa',
      'chiave precondivisa',
      'segreto client',
      'pw',
      'pwd',
      'chiave',
      // A PSA's API integration code, as Autotask names it (see the English entry).
      'codice di integrazione',
    ],
    verbs: [
      'è',
      'era',
      'è ora',
      'da ora è',
      "d'ora in poi è",
      'è stata cambiata in',
      'è stata impostata a',
      'cambiata in',
      'impostata a',
      'sarà',
    ],
    to: ['a', 'in'],
  },
  {
    code: 'nl',
    words: [
      'wachtwoord',
      'wachtwoorden',
      ...ocrReadings(['wachtwoord']),
      'toegangscode',
      'wifi-sleutel',
      'wifi sleutel',
      'netwerksleutel',
      'pincode',
      'geheim',
      'geheime sleutel',
      'api-sleutel',
      'tijdelijke toegangspas',
      'toegangspas',
      'app-wachtwoord',
      'appwachtwoord',
      'herstelsleutel',
      'wachtwoordzin',
      'puk',
      'puk-code',
      'pukcode',
      'pin',
      'alarmcode',
      'deurcode',
      'kluiscode',
      'kluiscombinatie',
      'verificatiecode',
      'ontgrendelcode',
      'ontgrendelingscode',
      'ontgrendelpincode',
      // A Teams meeting's passcode as the Dutch invitation names it, and an alarm panel's installer code.
      'wachtwoordcode',
      'installateurscode',
      // An access or alarm panel's other codes by role: the administrator's, the master's.
      'beheerderscode',
      'beheercode',
      'mastercode',
      'hoofdcode',
      'techniekercode',
      'beveiligingscode',
      'token',
      'api-token',
      'toegangstoken',
      'api key',
      'gedeeld geheim',
      'gedeelde sleutel',
      'ww',
      'sleutel',
      // A PSA's API integration code, as Autotask names it (see the English entry).
      'integratiecode',
    ],
    verbs: [
      'is',
      'was',
      'luidt',
      'is nu',
      'is voortaan',
      'luidt voortaan',
      'is vanaf nu',
      'gewijzigd in',
      'veranderd in',
      'ingesteld op',
      'wordt',
      'gewijzigd naar',
      'veranderd naar',
    ],
    to: ['naar', 'op'],
  },
  {
    code: 'pt',
    words: [
      'senha',
      'senha inicial',
      'senha provisória',
      'senhas',
      'palavra-passe',
      'palavra passe',
      'chave de acesso',
      'chave wifi',
      'chave wi-fi',
      'chave de segurança',
      'chave de rede',
      'código de acesso',
      'segredo',
      'chave secreta',
      'passe de acesso temporário',
      'passe de acesso',
      'senha de app',
      'senha de aplicativo',
      'senha de aplicação',
      'palavra-passe de aplicação',
      'chave de recuperação',
      'frase secreta',
      'frase-senha',
      'código puk',
      'puk',
      'pin',
      'código do alarme',
      'código de alarme',
      // An alarm or access panel's codes by role: the installer's, the master's.
      'código de instalador',
      'código do instalador',
      'código mestre',
      'código do administrador',
      // The SNMP community, the noun before the protocol: "a comunidade SNMP do switch".
      'comunidade snmp',
      'código da porta',
      'código de entrada',
      'código de desbloqueio',
      'pin de desbloqueio',
      'código de verificação',
      'código de segurança',
      'token',
      'token de api',
      'token de acesso',
      'chave de api',
      'chave api',
      'segredo compartilhado',
      'chave compartilhada',
      'chave pré-compartilhada',
      'segredo do cliente',
      'chave',
      // A PSA's API integration code, as Autotask names it (see the English entry).
      'código de integração',
    ],
    verbs: [
      'é',
      'era',
      'é agora',
      'agora é',
      'passa a ser',
      'a partir de agora é',
      'ficou',
      'fica',
      'alterada para',
      'definida como',
      'redefinida para',
      'será',
      'mudada para',
    ],
    to: ['para'],
  },
  {
    code: 'pl',
    words: [
      'hasło',
      // Typed without Polish letters on a foreign keyboard.
      'haslo',
      'hasła',
      'haśle',
      'hasłem',
      'hasło do wifi',
      'klucz wifi',
      'klucz sieci',
      'klucz sieciowy',
      'kod pin',
      'pin',
      'kod dostępu',
      'kod odblokowania',
      'pin odblokowania',
      'sekret',
      'klucz api',
      'klucz tajny',
      'tymczasowy kod dostępu',
      'tymczasowa przepustka dostępu',
      'hasło aplikacji',
      'hasło do aplikacji',
      'klucz odzyskiwania',
      'fraza hasła',
      'kod puk',
      'puk',
      'kod alarmu',
      'kod do drzwi',
      'kod wejściowy',
      'kod do sejfu',
      'szyfr do sejfu',
      // An alarm panel's service or installer code (Satel, DSC): "Kod serwisowy centrali to …".
      'kod serwisowy',
      'kod instalatora',
      'kod administratora',
      'token',
      'token api',
      'token dostępu',
      'wspólny sekret',
      'wspólny klucz',
      'klucz',
      'klucza',
      'kluczem',
    ],
    verbs: ['jest', 'brzmi', 'było', 'zmienione na', 'ustawione na', 'zmieniłem na', 'nowe'],
    ownVerbs: ['to'],
    to: ['na'],
  },
  {
    code: 'sv',
    words: [
      'lösenord',
      'lösenordet',
      'lösen',
      'wifi-lösenord',
      'wifi-lösenordet',
      'nätverksnyckel',
      'nätverksnyckeln',
      'pinkod',
      'pinkoden',
      'hemlighet',
      'api-nyckel',
      'nyckel',
      'tillfälligt åtkomstpass',
      'åtkomstpass',
      'applösenord',
      'app-lösenord',
      'återställningsnyckel',
      'lösenfras',
      'puk',
      'puk-kod',
      'pukkod',
      'pin',
      'pin-kod',
      'larmkod',
      // An alarm panel's codes by role: the installer's, the master's.
      'installatörskod',
      'huvudkod',
      'masterkod',
      'dörrkod',
      'kassaskåpskod',
      'kodlåset',
      'portkod',
      'token',
      'api-token',
      'åtkomsttoken',
      'delad hemlighet',
      'delad nyckel',
    ],
    verbs: [
      'är',
      'var',
      'är nu',
      'blev',
      'ändrat till',
      'satt till',
      'bytt till',
      'byttes till',
      'ändrades till',
    ],
    to: ['till'],
  },
  {
    code: 'da',
    words: [
      'adgangskode',
      'adgangskoden',
      'kodeord',
      'kodeordet',
      'wifi-kode',
      'wifi-koden',
      'pinkode',
      'netværksnøgle',
      'midlertidigt adgangspas',
      'adgangspas',
      'app-adgangskode',
      'gendannelsesnøgle',
      'adgangssætning',
      'puk',
      'puk-kode',
      'pin',
      'alarmkode',
      'dørkode',
      'token',
      'api-nøgle',
      'api-token',
      'delt hemmelighed',
      'nøgle',
    ],
    verbs: ['er', 'var', 'er nu', 'blev', 'ændret til', 'sat til'],
    to: ['til'],
  },
  {
    code: 'no',
    words: [
      'passord',
      'passordet',
      'wifi-passord',
      'nettverksnøkkel',
      'pinkode',
      'kode',
      'midlertidig tilgangspass',
      'app-passord',
      'gjenopprettingsnøkkel',
      'passfrase',
      'puk',
      'puk-kode',
      'pin',
      'alarmkode',
      // A domain's transfer code from the old registrar (EPP auth code), in Norwegian.
      'autorisasjonskode',
      'dørkode',
      'token',
      'api-nøkkel',
      'delt hemmelighet',
      'nøkkel',
    ],
    verbs: ['er', 'var', 'er nå', 'ble', 'endret til', 'satt til'],
    to: ['til'],
  },
  {
    code: 'fi',
    words: [
      'salasana',
      'salasanan',
      'salasanaksi',
      'wifi-salasana',
      'verkkoavain',
      'pin-koodi',
      'tunnuskoodi',
      'väliaikainen käyttöoikeuskoodi',
      'sovellussalasana',
      'palautusavain',
      'tunnuslause',
      'puk',
      'puk-koodi',
      'pin',
      'hälytyskoodi',
      'ovikoodi',
      // An SNMP community, as Finnish names it: "SNMP-yhteisönimi", "yhteisömerkkijono" (its string).
      'snmp-yhteisö',
      'yhteisönimi',
      'yhteisömerkkijono',
      'token',
      'api-avain',
      'jaettu salaisuus',
      'salaisuus',
      'avain',
      // A backup's or a disk's encryption key, as Veeam and BitLocker name it in Finnish.
      'salausavain',
      'salausavaimen',
      'salausavaimena',
    ],
    // "vaihdettiin": was changed (the passive past), as a ticket says it.
    verbs: ['oli', 'on nyt', 'vaihdettu', 'vaihdettiin', 'asetettu', 'asetettiin', 'muutettu', 'muutettiin'],
    ownVerbs: ['on'],
  },
  {
    code: 'tr',
    words: [
      'şifre',
      'şifresi',
      'şifremiz',
      'parola',
      'parolası',
      'wifi şifresi',
      'ağ anahtarı',
      'pin kodu',
      'gizli anahtar',
      'geçici erişim geçişi',
      'geçici erişim kodu',
      'uygulama şifresi',
      'uygulama parolası',
      'kurtarma anahtarı',
      'parola ifadesi',
      'puk',
      'puk kodu',
      'pin',
      'alarm kodu',
      'kapı kodu',
      // A safe's password or code, its possessive written after the safe ("kasanın şifresi"), and a
      // door's.
      'kasa şifresi',
      'kapı şifresi',
      'giriş kodu',
      'token',
      'api anahtarı',
      'erişim anahtarı',
      'erişim belirteci',
      'belirteç',
      'paylaşılan anahtar',
      'anahtar',
      'anahtarı',
      'erişim kodu',
      'şifreyi',
      'parolayı',
      // The possessive forms a message to the user writes: "yeni şifreniz: …" (your new password).
      'şifreniz',
      'şifren',
      'şifrem',
      'parolanız',
      'parolan',
      'parolam',
    ],
    verbs: ['şu', 'şudur', 'olarak', 'yeni', 'artık'],
  },
  {
    code: 'ru',
    words: [
      'пароль',
      'пароля',
      'паролем',
      'пасс',
      'пароль от wifi',
      'пароль от вайфай',
      'ключ',
      'ключ сети',
      'пин-код',
      'пин код',
      'секрет',
      'секретный ключ',
      'токен',
      'временный пропуск доступа',
      'пароль приложения',
      'пароль для приложения',
      'ключ восстановления',
      'парольная фраза',
      'puk',
      'пук-код',
      'пук код',
      'pin',
      'код доступа',
      'код сигнализации',
      'код от двери',
      // A PIN and a PUK with the Latin letters a phone's menu shows: "PUK-код для SIM-карты".
      'pin-код',
      'puk-код',
      'код двери',
      'код подъезда',
      'код сейфа',
      'код от сейфа',
      'шифр сейфа',
      'комбинация сейфа',
      'код домофона',
      'api-ключ',
      'api ключ',
      'ключ api',
      'токен api',
      'токен доступа',
      'общий секрет',
      'общий ключ',
      'пароли',
    ],
    verbs: ['это', 'будет', 'был', 'теперь', 'изменен на', 'сменил на', 'поменяли на', 'такой'],
    to: ['на'],
  },
  {
    code: 'cs',
    words: [
      'heslo',
      'hesla',
      'heslem',
      'klíč k wifi',
      'síťový klíč',
      'pin kód',
      'dočasný přístupový kód',
      'heslo aplikace',
      'heslo pro aplikaci',
      'klíč pro obnovení',
      'obnovovací klíč',
      'přístupová fráze',
      'puk',
      'kód puk',
      'puk kód',
      'pin',
      'kód alarmu',
      'kód ke dveřím',
      'přístupový kód',
      'token',
      'api token',
      'přístupový token',
      'api klíč',
      'klíč api',
      'sdílený klíč',
      'sdílené tajemství',
      'klíč',
    ],
    verbs: ['je', 'bylo', 'je nyní', 'změněno na', 'nastaveno na'],
    to: ['na'],
  },
  {
    code: 'ar',
    words: [
      'كلمة المرور',
      'كلمة مرور',
      'كلمة السر',
      'كلمة سر',
      'وكلمة المرور',
      'وكلمة السر',
      'بكلمة المرور',
      'الرقم السري',
      'رمز المرور',
      'مفتاح الشبكة',
      'الرمز السري',
      'مفتاح API',
      'مفتاح',
      'رمز API',
      'رمز الوصول',
      'رمز وصول',
      'رمز الدخول',
      'رمز PIN',
      'رقم PIN',
      'رمز PUK',
      'رقم PUK',
      'مفتاح الاسترداد',
      'كلمة مرور التطبيق',
      'عبارة المرور',
      'السر المشترك',
      'المفتاح السري',
      'المفتاح المشترك',
      'رمز الإنذار',
      'رمز الباب',
      'رمز الخزنة',
      'رمز البوابة',
      'رمز الدخول للمبنى',
      'توكن',
    ],
    verbs: ['هي', 'هو', 'كانت', 'الجديدة', 'أصبحت', 'هو:'],
    to: ['إلى', 'الى'],
  },
  {
    code: 'ja',
    words: [
      'パスワード',
      'パスコード',
      '暗証番号',
      '合言葉',
      'ネットワークキー',
      '秘密鍵',
      'シークレット',
      'トークン',
      'APIキー',
      'API キー',
      'PINコード',
      'アプリパスワード',
      'アプリケーションパスワード',
      '一時アクセスパス',
      '回復キー',
      '回復用キー',
      'パスフレーズ',
      'PUK',
      'PUKコード',
      'PIN',
      'アクセスコード',
      'アクセストークン',
      '共有シークレット',
      '共有キー',
      '事前共有キー',
      // A Wi-Fi key as access point settings and work records name it: the encryption key, the
      // security key, the WPA key.
      '暗号化キー',
      '暗号キー',
      'セキュリティキー',
      'WPAキー',
      'Wi-Fiキー',
      'WiFiキー',
      'APIトークン',
      'クライアントシークレット',
      'ドアコード',
      // A building's or a room's entry code, a lock's unlock code, a safe's dial numbers.
      '入館コード',
      '入室コード',
      '解錠コード',
      '開錠コード',
      '解除コード',
    ],
    verbs: [
      'は',
      'が',
      'を',
      'の',
      'です',
      'は次の通り',
      'を発行しました',
      'を設定しました',
      'は以下',
      'は以下の通り',
      'に変更しました',
    ],
    unspaced: true,
  },
  {
    code: 'zh',
    words: [
      '密码',
      '密碼',
      '口令',
      '无线密码',
      '無線密碼',
      'wifi密码',
      '密钥',
      '密鑰',
      '秘钥',
      '令牌',
      'PIN码',
      '登录密码',
      '管理员密码',
      '应用密码',
      '應用程式密碼',
      '应用专用密码',
      '临时访问密码',
      '临时访问通行证',
      '恢复密钥',
      '復原金鑰',
      '金鑰',
      '密码短语',
      'PUK码',
      'PUK',
      'PIN',
      '访问码',
      '访问令牌',
      'API密钥',
      'API 密钥',
      'API令牌',
      '共享密钥',
      '预共享密钥',
      '门禁密码',
      '门禁码',
      '开门密码',
      '保险箱密码',
      '保险柜密码',
      '客户端密钥',
      '恢复码',
      '恢复代码',
    ],
    verbs: [
      '是',
      '为',
      '為',
      '改为',
      '改成',
      '设为',
      '设置为',
      '設為',
      '都是',
      '如下',
      '设置成',
      '已改为',
      '已设置为',
      '已更改为',
      '已重置为',
      '修改为',
      '已修改为',
      '更改为',
      '更新为',
      '已更新为',
      // "密码改好了，新的是 …": the new one, told after the change.
      '新的是',
      '新密码是',
      '现在是',
    ],
    unspaced: true,
  },
  {
    code: 'ko',
    words: [
      '비밀번호',
      '비번',
      '패스워드',
      '암호',
      '와이파이 비밀번호',
      '네트워크 키',
      'PIN 번호',
      '보안 키',
      '앱 비밀번호',
      '앱 암호',
      '임시 액세스 패스',
      '복구 키',
      '암호문',
      'PUK',
      'PUK 코드',
      'PIN',
      'PIN 코드',
      '액세스 코드',
      '출입 코드',
      '현관 비밀번호',
      '금고 비밀번호',
      '도어락 비밀번호',
      '토큰',
      'API 키',
      'API 토큰',
      '액세스 토큰',
      '공유 비밀',
      '사전 공유 키',
      // An access point's encryption key, as a work record names the Wi-Fi key.
      '암호화 키',
      '암호화키',
      '클라이언트 시크릿',
      '시크릿',
    ],
    verbs: ['는', '은', '가', '이', '를', '을', '는 다음과 같습니다', '는 아래와 같습니다'],
    unspaced: true,
  },
  // Languages of colleagues and customers outside the guard's markets: their words for a password
  // turn up in forwarded notes and chats as often as the markets' own.
  {
    code: 'hu',
    words: [
      'jelszó',
      'jelszava',
      'jelszót',
      // The noun with a possessive ending, as a message says it: "A Wi-Fi jelszavunk: …" (our
      // password), "jelszavad" (yours), "jelszavam" (mine), "jelszavuk" (theirs), "jelszavát".
      'jelszavad',
      'jelszavam',
      'jelszavunk',
      'jelszavatok',
      'jelszavuk',
      'jelszavát',
      'jelszavadat',
      'új jelszó',
      'wifi jelszó',
      'pin kód',
      'hozzáférési kód',
      // A door's or a gate's code with its possessive ending: "A hátsó bejárat kódja 1234#".
      'kódja',
      'ajtókód',
      'kapukód',
      'puk kód',
      'belépőkód',
      // A master or installer code of an access or alarm panel: "A beléptető mesterkódja: …".
      'mesterkód',
      'mesterkódja',
      'telepítői kód',
      // A key ("kulcs") of an API or an invoicing agent: "A számla agent kulcs: …", "API kulcsa: …".
      'kulcs',
      'kulcsa',
      'api kulcs',
      'titkos kulcs',
    ],
    verbs: ['pedig', 'lett', 'mostantól'],
  },
  {
    code: 'el',
    words: ['κωδικός', 'κωδικός πρόσβασης', 'συνθηματικό', 'κωδικός wifi', 'κωδικός puk', 'κωδικός pin'],
    // "ο κωδικός … ορίστηκε σε x": the password was set to, changed to, is now.
    verbs: ['είναι', 'ειναι', 'ορίστηκε σε', 'άλλαξε σε', 'αλλάχτηκε σε', 'είναι πλέον', 'είναι τώρα'],
  },
  {
    code: 'he',
    words: [
      'סיסמה',
      'הסיסמה',
      'סיסמא',
      'הסיסמא',
      'הסיסמה החדשה',
      'קוד גישה',
      'קוד הכניסה',
      'קוד כניסה',
      'קוד PUK',
      'קוד האזעקה',
      // A backup's or an app's security code, a one-time verification code: "קוד האבטחה: x".
      'קוד האבטחה',
      'קוד אבטחה',
      'קוד האימות',
      'קוד אימות',
    ],
    verbs: ['היא', 'הוא', 'זה'],
  },
  {
    code: 'vi',
    // "mk" is how a chat abbreviates "mật khẩu": "mk wifi tầng 3: x".
    words: ['mật khẩu', 'mật khẩu wifi', 'mã pin', 'mã truy cập', 'mk', 'mk wifi'],
    // "là" loses its accent in the normal form: alone it counts only after a Vietnamese word, or it
    // would read as the Romance article "la".
    verbs: ['mới là'],
    ownVerbs: ['là'],
    // "đổi mật khẩu camera thành x": changed "into" x.
    to: ['thành'],
  },
  {
    code: 'id',
    words: ['kata sandi', 'sandi', 'kata laluan', 'kode akses'],
    // Malay says a reset "to" with "kepada": "PIN … telah ditetapkan semula kepada x", "ditukar kepada x".
    verbs: [
      'adalah',
      'ialah',
      'yaitu',
      'menjadi',
      'jadi',
      'diganti menjadi',
      'diubah menjadi',
      'ditetapkan semula kepada',
      'ditukar kepada',
      'diset semula kepada',
    ],
  },
  {
    code: 'sw',
    words: ['nenosiri', 'neno la siri', 'neno siri', 'nambari ya siri'],
    // "ni" is a word of other languages too (Spanish "nor"): it counts only after a Swahili word.
    verbs: ['sasa ni', 'mpya ni'],
    ownVerbs: ['ni'],
  },
  {
    code: 'ro',
    words: ['parola', 'parolă', 'parola wifi', 'cod pin', 'cod de acces', 'parola temporară', 'parola nouă'],
    verbs: ['este', 'va fi'],
  },
  {
    code: 'ca',
    words: ['contrasenya', 'contrasenya wifi', 'clau wifi', 'codi pin', "codi d'accés"],
    verbs: ['és', 'es', 'ara és'],
  },
  {
    code: 'et',
    words: ['parool', 'salasõna', 'wifi parool', 'pin-kood'],
    verbs: ['nüüd on'],
    ownVerbs: ['on'],
  },
  {
    code: 'lt',
    words: ['slaptažodis', 'slaptažodį', 'wifi slaptažodis', 'pin kodas'],
    verbs: ['yra', 'dabar yra'],
  },
  {
    code: 'tl',
    // "Ang bagong password ng printer ay x": the English noun, the Tagalog copula.
    words: ['password'],
    verbs: ['ay'],
  },
  {
    // "एडमिन पासवर्ड x है": the value comes before the copula, right after the noun.
    code: 'hi',
    words: ['पासवर्ड', 'कूटशब्द', 'वाईफाई पासवर्ड', 'पिन'],
    verbs: ['है', 'हैं'],
  },
  {
    // Hinglish, Hindi in Latin letters as a chat writes it: "office wifi ka password hai x", "naya
    // password hai x". "hai" is Italian too ("la password hai cambiato?"), so it counts only after
    // these words.
    code: 'hi-Latn',
    // The English noun after the Hindi postposition ("ka", "ki": "of"), since a bare "password hai"
    // would make every English "password" a word of this language.
    words: ['ka password', 'ki password', 'naya password', 'ka pin', 'ka pw', 'ki pin'],
    verbs: [],
    ownVerbs: ['hai', 'ye hai', 'yeh hai'],
  },
  {
    // "رمز عبور مودم x است": the value comes before the copula, after a word or two.
    code: 'fa',
    words: ['رمز عبور', 'گذرواژه', 'رمز', 'کلمه عبور'],
    verbs: ['است', 'هست'],
  },
  {
    // Croatian, Bosnian and Serbian (Latin script) share the noun.
    code: 'hr',
    words: ['lozinka', 'lozinku', 'lozinke', 'šifra', 'šifru', 'wifi lozinka'],
    verbs: ['je', 'glasi', 'je sada'],
  },
  {
    code: 'sl',
    words: ['geslo', 'gesla', 'wifi geslo'],
    verbs: ['je', 'je zdaj'],
  },
  {
    code: 'uk',
    words: [
      'пароль',
      'пароля',
      'пароль до wi-fi',
      'пароль від wi-fi',
      'код доступу',
      'пін-код',
      'pin-код',
      'puk-код',
      'пук-код',
      'код сейфа',
      'ключ доступу',
      // An entry phone's code: "Код домофону в офіс: 1234".
      'код домофону',
      'код від домофону',
      'код від дверей',
    ],
    verbs: ['це', 'тепер', 'буде', 'змінили на', 'змінено на', 'новий'],
    to: ['на'],
  },
  {
    code: 'bg',
    words: ['парола', 'паролата', 'нова парола', 'парола за wifi', 'пин код', 'pin код', 'puk код'],
    verbs: ['е', 'е вече'],
  },
  {
    code: 'mk',
    words: ['лозинка', 'лозинката'],
    verbs: ['е'],
  },
  {
    code: 'is',
    words: ['lykilorð', 'lykilorðið', 'aðgangsorð'],
    verbs: ['er'],
  },
  {
    code: 'th',
    // "รหัส" alone ("code") is how a chat names a Wi-Fi's password: "ไวไฟแขก: x รหัส y ครับ".
    words: ['รหัสผ่าน', 'รหัส wifi', 'รหัสไวไฟ', 'รหัส'],
    verbs: ['คือ', 'ใหม่คือ'],
    unspaced: true,
  },
  // Languages of colleagues and customers met in the field rather than in the guard's markets.
  {
    code: 'lv',
    words: ['parole', 'paroli', 'jaunā parole', 'wifi parole', 'pin kods'],
    verbs: ['ir', 'tagad ir'],
  },
  {
    code: 'af',
    words: ['wagwoord', 'nuwe wagwoord', 'wifi wagwoord'],
    verbs: ['is', 'is nou'],
  },
  {
    // Welsh puts the copula after a phrase: "eich cyfrinair newydd dros dro yw x".
    code: 'cy',
    words: ['cyfrinair', 'cyfrinair newydd'],
    verbs: ['yw', 'ydy', 'ydi'],
  },
  {
    code: 'sq',
    words: ['fjalëkalimi', 'fjalëkalim', 'fjalëkalimi i ri'],
    verbs: ['është'],
  },
  {
    // "آپ کا عارضی پاس ورڈ ہے: x": the copula before the colon.
    code: 'ur',
    words: ['پاس ورڈ', 'پاسورڈ'],
    verbs: ['ہے'],
  },
  {
    code: 'bn',
    words: ['পাসওয়ার্ড'],
    verbs: ['হল', 'হলো'],
  },
  {
    code: 'ta',
    words: ['கடவுச்சொல்'],
    verbs: ['ஆகும்'],
  },
];

/**
 * The tools MSPs run (documentation, RMM, PSA, security, network monitoring): their API keys and
 * client secrets have no published shape, so the tool's name stands in for the credential word.
 */
export const MSP_TOOLS = [
  'it ?glue',
  'hudu',
  'ninja ?(?:one|rmm)',
  'datto(?: rmm)?',
  'n-?able',
  'n-?central',
  'n-?sight',
  'kaseya',
  'connect ?wise',
  'autotask',
  'halo ?(?:psa|itsm)?',
  'huntress',
  'sentinel ?one',
  'crowd ?strike',
  'auvik',
  'liongard',
  'syncro',
  'atera',
  'pax8',
  'blackpoint',
  'acronis',
  'veeam',
  'sophos',
  'bitdefender',
  'webroot',
  'okta',
  'passportal',
  'myglue',
  'rewst',
  'immybot',
  'tactical ?rmm',
].join('|');

/**
 * Letters and digits of the scripts in languages.ts, as plain ranges: the patterns then run without
 * the `u` flag, whose case-insensitive matching costs several times more per character.
 */
const LETTER = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0370-\u03FF\u0400-\u052F\u0600-\u06FF\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u3400-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF66-\uFF9F`;
const DIGIT = String.raw`0-9\u0660-\u0669\uFF10-\uFF19`;
const RANGES: Readonly<Record<string, string>> = { L: LETTER, N: DIGIT };
/**
 * `\p{L}` and `\p{N}` rewritten as those ranges: bare inside a character class (`[\p{L}\d]`),
 * bracketed outside one. A plain text replacement cannot tell the two apart, and a bracketed range
 * inside a class (`[[A-Z…]]`) reads without the `u` flag as a class followed by a literal `]`: "not
 * followed by a letter" then held before almost anything.
 */
export const withoutUnicodeClasses = (source: string) => {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      const property = /^p\{([LN])\}/.exec(source.slice(i + 1, i + 6));
      const ranges = property ? RANGES[property[1] ?? ''] : undefined;
      if (ranges !== undefined) {
        out += inClass ? ranges : `[${ranges}]`;
        i += 4;
      } else {
        out += source.slice(i, i + 2);
        i += 1;
      }
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    out += char;
  }
  return out;
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as the rules see it: normalised, escaped, any run of spaces or hyphens matching either. */
const phrase = (text: string) =>
  escapeRegExp(normalizeText(text).text.toLowerCase())
    .replace(/\\-|-| /g, '[- ]?')
    .replace(/'/g, '.?')
    // "wifi" is written "Wi-Fi", "wi fi" and "WiFi" alike.
    .replace(/wifi/g, 'wi[- ]?fi');

/** One unit of a phrase's pattern: an escaped character, an optional separator, or a character. */
const ATOM = /\\.|\[- \]\?|\.\?|[\s\S]/gu;

interface Trie {
  end: boolean;
  readonly next: Map<string, Trie>;
}

/** The pattern of a trie: shared prefixes written once, a longer word tried before its prefix. */
function emit(node: Trie): string {
  // Optional units first: the branch after them is the longer word.
  const branches = [...node.next]
    .sort(([a], [b]) => Number(b.endsWith('?')) - Number(a.endsWith('?')))
    .map(([atom, child]) => atom + emit(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 && !node.end ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  return node.end ? `${body}?` : body;
}

/**
 * A regex alternation of `items`, as a trie: "pass(?:word|phrase|code)" rather than each word in
 * full. A regex engine tries a flat alternation word by word at every character of a text; the trie
 * drops all words but those sharing the character at hand, so a table of hundreds of words costs
 * about what a few dozen did. A longer word wins over its prefix ("wifi password" over "wifi").
 */
const alternation = (items: readonly string[]) => {
  const root: Trie = { end: false, next: new Map() };
  for (const item of new Set(items.map(phrase))) {
    let node = root;
    for (const atom of item.match(ATOM) ?? []) {
      let child = node.next.get(atom);
      if (child === undefined) {
        child = { end: false, next: new Map() };
        node.next.set(atom, child);
      }
      node = child;
    }
    node.end = true;
  }
  return emit(root);
};

/** {@link alternation} for the other word tables of the rules (spoken.ts). */
export const wordAlternation = alternation;

/** Every credential word of `languages` as one alternation. */
export const credentialWords = (languages: readonly CredentialLanguage[] = CREDENTIAL_LANGUAGES) =>
  alternation(languages.flatMap((l) => l.words));

/**
 * The words of the table that name a safe's, a padlock's or a door's combination or password in
 * their own words, with no word for "code" in them: "safe combo", "Tresorkombination", "szyfr do
 * sejfu", "kasanın şifresi", "шифр сейфа", "현관 비밀번호". After them too a number is the secret.
 */
const SAFE_CODE_WORD =
  /safe|padlock|kombin|combin|coffre|cofre|caja fuerte|cassaforte|lucchetto|kluis|hangslot|sejf|kłódk|kassaskåp|kasa|kapı|сейф|шифр|금고|현관/i;

/**
 * The words of the table that name a code of digits (PIN, PUK, door, alarm and access codes): after
 * them a short number is the secret, where after "password" it would be a count or a year.
 */
export const numericCodeWords = () =>
  alternation(
    CREDENTIAL_LANGUAGES.flatMap((l) => l.words).filter(
      (word) =>
        // A PSA's integration code is a long random string: a short number after it is a count or
        // an error's ("the integration code 4711 failed to load").
        !/integra/i.test(word) &&
        (/pin|puk|code|kod|kód|koodi|codigo|código|codice|κωδικ|код|пин|пук|コード|番号|码|碼|코드|번호|رمز|رقم|קוד|^nip$|tan\b|tan-nummer/i.test(
          word,
        ) ||
          SAFE_CODE_WORD.test(word)),
    ),
  );

/**
 * The code words of {@link numericCodeWords} as a config key writes them, in snake or kebab case:
 * Home Assistant's secrets.yaml "larm_kod", "door_code", "codice_allarme", "kod-alarmu". Words are
 * joined by an underscore as well as a space or a hyphen, and a compound is split before the code
 * it ends in ("larmkod" is "larm_kod", "alarmcode" "alarm_code").
 */
export const identifierCodeWords = () =>
  alternation(
    CREDENTIAL_LANGUAGES.flatMap((l) => l.words)
      .map((word) => normalizeText(word).text.toLowerCase())
      .filter((word) => /pin|puk|code|kod|koodi|codigo|codice/.test(word))
      .map((word) => word.replace(/(?<=[a-z]{3})(kod|kode|koodi|code|codigo|codice)$/, ' $1')),
  ).replace(/\[- \]\?/g, '[-_ ]?');

/** Every preposition a value is set to, in `languages`, as one alternation. */
export const credentialPrepositions = (languages: readonly CredentialLanguage[] = CREDENTIAL_LANGUAGES) =>
  alternation(languages.flatMap((l) => l.to ?? []));

/** Every copula of `languages` as one alternation. */
export const credentialVerbs = (languages: readonly CredentialLanguage[] = CREDENTIAL_LANGUAGES) =>
  alternation(languages.flatMap((l) => l.verbs));

/**
 * The distinctive part of every credential word above: one of these occurs in any text a word of
 * the table occurs in (the test in languages.test.ts holds the table to it). Rules that need a word
 * run only on texts that pass; most texts of a session pass none.
 */
const STEMS = [
  'pass',
  'pasw',
  'pssw',
  'пасс',
  'pwd',
  'pw',
  'p/w',
  'pin',
  'psk',
  // A bank's transaction numbers (mTAN, smsTAN, pushTAN, chipTAN).
  'mtan',
  'sms-tan',
  'push-tan',
  'chiptan',
  'tan-nummer',
  'key',
  'secret',
  'token',
  'seed',
  'code',
  'codi',
  'kode',
  'koodi',
  'kenn',
  'wort',
  'mdp',
  'mot de',
  'cle ',
  'clave',
  'contra',
  'senha',
  'chave',
  'parola',
  'wacht',
  // "wachtwoord" as OCR reads it (OCR_SLIPS).
  'vvacht',
  'sleutel',
  'hasł',
  'hasl',
  'hasł',
  'lösen',
  'nyckel',
  'adgang',
  'passord',
  'salasana',
  'avain',
  'şifre',
  'parol',
  'пароль',
  'пароля',
  'паролем',
  'ключ',
  'секрет',
  'токен',
  'пин',
  'heslo',
  'klíč',
  'كلمة',
  'الرقم',
  'رمز',
  'مفتاح',
  '恢复',
  'パス',
  '暗証',
  '合言葉',
  'キー',
  '鍵',
  'シークレット',
  'トークン',
  '密',
  '口令',
  '令牌',
  '비밀',
  '비번',
  '패스',
  '암호',
  '키',
  'communit',
  'communauté',
  'comunidad',
  'otp',
  'mfa',
  '2fa',
  'geheim',
  'sekret',
  'segre',
  'secre',
  'schlüssel',
  'nøkkel',
  'nøgle',
  'anahtar',
  'credential',
  'chiave',
  'sifre',
  'klucz',
  'kod',
  'hemlig',
  'hesl',
  '秘钥',
  // Words that call the value after them a temporary password (prose.ts).
  'temp',
  'initial',
  'one-time',
  'tijdelijk',
  'tymczas',
  'provisional',
  'provisori',
  'vorläufig',
  'geçici',
  'времен',
  'tillfällig',
  'midlertidig',
  'valiaikai',
  // A safe's combination, in the compounds and phrases that name it.
  'combin',
  'kombin',
  'szyfr',
  'шифр',
  'комбинац',
  '番号',
  // Nouns of the multi-word credential phrases (access passes, PUKs, tokens, shared secrets).
  'puk',
  'пук',
  'jeton',
  'pase',
  'frase de',
  'toegangspas',
  'ww',
  'hemmelig',
  'salaisuu',
  'tunnus',
  'belirte',
  'kodu',
  'код',
  'парол',
  'fráze',
  'tajemstv',
  'المرور',
  'السر',
  'توكن',
  'コード',
  '通行证',
  '金鑰',
  '访问码',
  '门禁',
  '코드',
  '토큰',
  '시크릿',
  'jelsz',
  'kulcs',
  'salausava',
  'yhteis',
  'bearer',
  'local admin',
  'tap',
  'κωδικ',
  'συνθηματ',
  'סיסמ',
  'קוד',
  'mật khẩu',
  'mã pin',
  'mã truy',
  'sandi',
  'laluan',
  'kode',
  'parol',
  'cod',
  'parool',
  'clau',
  'salas',
  'slapta',
  'पासवर्ड',
  'कूटशब्द',
  'पिन',
  'รหัส',
  'گذرواژه',
  'کلمه عبور',
  'lozink',
  'šifr',
  'gesl',
  'лозинк',
  'lykilorð',
  'aðgangsorð',
  'nenosiri',
  'neno la siri',
  'neno siri',
  'nambari ya siri',
  'nip',
  'mk',
  'wagwoord',
  'cyfrinair',
  'fjalëkalim',
  'پاس ورڈ',
  'پاسورڈ',
  'পাসওয়ার্ড',
  'கடவுச்சொல்',
];

/** {@link STEMS} as one case-insensitive test on the normal form. */
export const credentialWordHint = () => new RegExp(alternation(STEMS).replace(/\[- \]\?/g, '[- ]?'), 'i');

/**
 * The words {@link credentialWordHint} and {@link MSP_TOOLS} find, as plain words in lower case, every
 * way they may be written ("mot de", "mot-de", "motde"). A text holds one of them exactly when it
 * passes that pattern; as a list of literals, the hint is answered with the rules' other literal
 * hints in one pass (literal-hints.ts).
 */
export const credentialHintWords = (): string[] => {
  const stems = STEMS.flatMap(
    (stem) =>
      // A space or hyphen at the end is optional, so a text holds the stem without it.
      spellingsOf(
        escapeRegExp(
          normalizeText(stem)
            .text.toLowerCase()
            .replace(/[- ]+$/, ''),
        )
          .replace(/-| /g, '(?:-| )?')
          .replace(/wifi/g, 'wi(?:-| )?fi'),
      ) ?? [],
  );
  const tools = spellingsOf(MSP_TOOLS) ?? [];
  return [...new Set([...stems, ...tools])];
};

/** The stems, normalised, for the test that every word holds one. */
export const credentialStems = () => [
  ...new Set(STEMS.map((stem) => normalizeText(stem).text.toLowerCase())),
];
