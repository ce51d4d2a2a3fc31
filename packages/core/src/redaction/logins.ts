import { withoutUnicodeClasses } from './languages.js';
import type { RedactionRule } from './rule.js';
import { keepUnlessSecretLooking, keepUnlessStrong } from './values.js';

// A login told without a word for password: an account and, beside it, the value it was opened
// with ("log in with bob and Tr0ub4dor&3x", "administrator@vsphere.local  F&9qxmc!Tf&BXdQt", "used
// jdoe + QX2aB?u_taY", "ssh pi@10.0.9.4 (*vLw?+4N1p)"), a value used for an account ("use
// `&@JDErnpFy$0od` for the svc_print account") or set for one ("local Administrator set to …").
// Nothing names the value, so only a strong one is masked: letters, digits and a symbol (texts
// without a symbol skip these rules). "with John and Mary" stays.

/** A value: quoted, or one word without the code marks that may close around it. */
const VALUE = String.raw`(?:"[^"\n]{1,200}"|'[^'\n]{1,200}'|[^\s,;"'<>\u0060]{1,200})`;
/** Markdown emphasis or code marks around an account or a value. */
const MARKS = '[*_`]{0,3}';
/** What an account name is written with: "bob", "CORP\\adm-lucie", "a.nowak@contoso.pl". */
const ACCOUNT_NAME = String.raw`[\w.\\@-]{1,64}`;
/** Words a login starts from: "with", "as", "used", and their neighbours in other languages. */
const WITH =
  'with|using|used|uses|use|as|via|mit|als|met|avec|comme|con|com|como|come|med|som|jako|przez|olarak|ile|login|logon|account|user';
/** The word for an account that may stand between: "avec le compte CORP\\adm-lucie". */
const ACCOUNT_WORD =
  '(?:the |le |la |el |o |il |den |das |der |de |het )?(?:account|compte|konto|cuenta|conta|user|utente|benutzer|utilisateur|usuario|gebruiker|uzytkownik|anvandare|kullanici)';
/** What joins an account to its value: "and", "+", "&", "/", or a comma. */
const JOIN = String.raw`(?: (?:and|und|et|y|e|en|och|og|i|ve|и|with|mit|avec|con|com|med|\+|&|/)| ?[,+/])`;
/** Accounts every device ships with, named bare in front of their value: "admin meuSw%ubRm$1". */
const BUILT_IN = 'admin|administrator|root|ubnt|pi|sa|support|supervisor';
/** Verbs of a login: "Got into the old Netgear using …". */
const LOGGED_IN =
  'log(?:ged)? ?in(?:to)?|got in(?:to)?|signed in(?:to)?|connected|angemeldet|eingeloggt|connecte|conectado|collegato';
/** What a value is used for when it is a password: "for the alarm app login", "for svc_print's account". */
const USED_FOR = String.raw`for (?:the |my |your |his |her |their )?(?:[^\s]{1,30} ){0,3}(?:account|login|logon|user|password|portal|app|vpn|wifi|wi-fi|console|mailbox|admin)`;
/** Verbs that set a value: "set to", "changed it from the old one to". */
const SET = 'set|changed|reset|rotated|updated|switched';
/**
 * The same verbs in the other languages, each with the prepositions it sets a value to: "er satt
 * til" (Norwegian), "er sat til" (Danish), "är satt till", "is ingesteld op", "a été changé en",
 * "fue cambiada a", "foi alterada para", "è stata impostata su".
 */
const SET_ELSEWHERE =
  'satt|sat|satte|endret|endra|ændret|aendret|andrat|ändrat|bytt|byttet|skiftet|ingesteld|gewijzigd|veranderd|gezet|gesetzt|geandert|geändert|geaendert|change|changee|defini|definie|modifie|modifiee|reinitialise|reinitialisee|cambiado|cambiada|establecido|establecida|restablecido|restablecida|alterado|alterada|definido|definida|redefinido|redefinida|impostato|impostata|cambiato|cambiata|reimpostato|reimpostata';
const TO_ELSEWHERE = 'til|till|op|naar|in|auf|en|sur|a|para|em|su';
/**
 * An account those verbs set the value of, earlier in the sentence: a printer "satt til A4#…" is a
 * setting, the local admin "satt til …" a password.
 */
const ACCOUNT_BEFORE = String.raw`(?<=(?<![\p{L}])(?:${BUILT_IN}|administrateur|administrador|amministratore|beheerder|konto|kontoen|kontot|bruker|brukeren|bruger|brugeren|anvandare|anvandaren|användare|användaren|gebruiker|account|benutzer|compte|utilisateur|cuenta|usuario|conta|utente)(?![\p{L}])[^\n.!?]{0,80})`;
/** German puts the verb last: "ist auf … gesetzt", "wurde auf … geändert". */
const AUX_DE = 'ist|sind|wurde|wurden|hat|haben|habe';
const SET_LAST_DE =
  'gesetzt|geandert|geändert|geaendert|zuruckgesetzt|zurückgesetzt|zurueckgesetzt|umgestellt';
/** Words for a login's details in front of an account and a value in brackets. */
const CREDS = 'creds|credentials?|login|logon|account|zugangsdaten|identifiants';

/**
 * Only texts with a symbol a strong value holds reach these rules: most notes have none of them.
 * A value of mixed case and digits alone is left to the rules that find a word for it.
 */
const STRONG_HINT = /[!#$%^&*+=?~]/;
/**
 * Where the rules that begin with a word may start: one pass over the text for all their words,
 * shared by them, instead of each trying its words at every character.
 */
const WORD_ANCHOR = new RegExp(
  withoutUnicodeClasses(
    String.raw`(?<![\p{L}\p{N}])(?:${WITH}|${BUILT_IN}|${LOGGED_IN}|${SET}|${SET_ELSEWHERE}|${AUX_DE}|${CREDS})(?![\p{L}])`,
  ),
  'gi',
);
/**
 * Where the rules that begin at an account's "@" or "\\" may start: the part of the name in front
 * of it is a lookbehind, so the search runs from those characters only.
 */
const AT_ANCHOR = /[@\\]/g;

/** A parameter in lower case and its value ("expires=3600" after a SIP address) is no password. */
const PARAMETER = /^[a-z][a-z_.-]{1,30}=/;

const rule = (pattern: string, anchor: RegExp = WORD_ANCHOR): RedactionRule => ({
  kind: 'password',
  pattern: new RegExp(withoutUnicodeClasses(pattern), 'gi'),
  hint: STRONG_HINT,
  anchor,
  keep: (secret, after) => PARAMETER.test(secret) || keepUnlessStrong(secret, after),
});

/**
 * An account as a device's label names it before " / " and its password: a built-in one, one with
 * "admin", "user" or "svc" in it ("DSM-Admin", "itadmin", "svc_backup"), or any name in quotes.
 */
const PAIR_ACCOUNT = String.raw`(?:(?<![\p{L}\p{N}_.-])(?:${BUILT_IN}|[\w.-]{0,20}(?:admin|user|svc|service|operator)[\w.-]{0,20})|"[\w.\\@-]{1,64}"|'[\w.\\@-]{1,64}'|\u201C[\w.\\@-]{1,64}\u201D)`;
/** Where a pair's " / " is: the rule that reads it starts there, its account a lookbehind. */
const PAIR_SLASH = / \/ /g;

/** The rules of unlabelled logins, each masking only a strong value. */
export const LOGIN_RULES: readonly RedactionRule[] = [
  // "log in with bob and Tr0ub4dor&3x", "mit admin und 8@R6i&Ma@6B", "avec le compte CORP\\adm-lucie
  // et o60UnJZ2#J+xD", "as status with UyDP5X=uF23I", "used jdoe + QX2aB?u_taY".
  rule(
    String.raw`(?<pre>(?<![\p{L}\p{N}])(?:${WITH})(?: ${ACCOUNT_WORD})? ${MARKS}${ACCOUNT_NAME}${MARKS}${JOIN} ${MARKS})(?<secret>${VALUE})`,
  ),
  // "administrator@vsphere.local  F&9qxmc!Tf&BXdQt", "a.nowak@contoso.pl, Qu#Aash48RtR",
  // "CORP\\svc-scan Xy!…": the match starts at the "@" or the "\\".
  rule(
    String.raw`(?<=(?<![\w.\\@-])[\w.-]{1,64})(?<pre>(?:@[\w-]{1,63}(?:\.[\w-]{1,63})+|\\[\w.-]{1,64})${MARKS}(?:[ \t]{1,4}|${JOIN} )${MARKS})(?<secret>${VALUE})`,
    AT_ANCHOR,
  ),
  // "NVR at 10.0.50.10 admin meuSw%ubRm$1".
  rule(String.raw`(?<pre>(?<![\p{L}\p{N}\\/@.-])(?:${BUILT_IN}) ${MARKS})(?<secret>${VALUE})`),
  // "ssh pi@10.0.9.4 (*vLw?+4N1p)": a login target and a value in brackets after it.
  rule(
    String.raw`(?<=(?<![\w.-])[\w.-]{1,64})(?<pre>@[\w.-]{1,255} [[(])(?<secret>[^\s\])]{6,64})(?=[\])])`,
    AT_ANCHOR,
  ),
  // "Got into the old Netgear using 0R*Q&GBeSE", "logged in with Xy7!…".
  rule(
    String.raw`(?<pre>(?<![\p{L}])(?:${LOGGED_IN})(?:[^\n.]{0,60}?) (?:using|with|mit|avec|con|com) ${MARKS})(?<secret>${VALUE})`,
  ),
  // "Use `&@JDErnpFy$0od` for the svc_print account", "just use %gEtrf3%ip for the alarm app login".
  rule(
    String.raw`(?<pre>(?<![\p{L}])(?:use|used|uses|using) ${MARKS})(?<secret>${VALUE})(?=${MARKS} ${USED_FOR}(?![\p{L}]))`,
  ),
  // "local Administrator set to pT&-59cPd@T?Iv", "changed it from the old one to #QN7r@BvSM27$M",
  // "Changed iDRAC root from calvin on the R750 -> new: Dr4c!…", as a change log writes the old
  // value and then the new one.
  rule(
    String.raw`(?<pre>(?<![\p{L}])(?:${SET})(?: [^\s]{1,30}){0,8}? (?:to|(?:->|=>|\u2192)(?: ?new ?:)?|new ?:) ${MARKS})(?<secret>${VALUE})`,
  ),
  // The same in the other languages, after the account they set it for: "lokal admin på
  // lager-PCene er satt til Fjord#…", "lokal admin är satt till …", "de beheerder is ingesteld op …".
  rule(
    String.raw`${ACCOUNT_BEFORE}(?<pre>(?<![\p{L}])(?:${SET_ELSEWHERE})(?: [^\s]{1,30}){0,4}? (?:${TO_ELSEWHERE}) ${MARKS})(?<secret>${VALUE})`,
  ),
  // German, the verb after the value: "der lokale Admin ist auf Fjord#… gesetzt".
  rule(
    String.raw`${ACCOUNT_BEFORE}(?<pre>(?<![\p{L}])(?:${AUX_DE})(?: [^\s]{1,30}){0,3}? auf ${MARKS})(?<secret>${VALUE})(?=${MARKS} (?:${SET_LAST_DE})(?![\p{L}]))`,
  ),
  // A device's login after its name and a colon, the account and the password apart by " / ": "iLO 5
  // of DL380 Gen10 (SN CZ…): Administrator / x", "Synology DS920+: DSM-Admin "itadmin" / x". The
  // label and the account name the pair, so the value need only look like a secret.
  {
    kind: 'password',
    pattern: new RegExp(
      withoutUnicodeClasses(
        String.raw`(?<=:[ \t][^\n:]{0,60}?${MARKS}${PAIR_ACCOUNT}${MARKS})(?<pre> \/ ${MARKS})(?<secret>${VALUE})`,
      ),
      'gi',
    ),
    hint: / \/ /,
    anchor: PAIR_SLASH,
    keep: keepUnlessSecretLooking,
  },
  // A device's root login on its line, the account as the label: "TrueNAS SCALE root: x", "ESXi
  // root: x". Only a strong value: "root: /dev/sda2", "root: true" are settings.
  {
    kind: 'password',
    pattern: /(?<pre>(?<![\w.@\\/-])root[ \t]{0,2}:[ \t]{1,4}[*_`]{0,3})(?<secret>[^\s,;"'<>`]{1,200})/g,
    hint: /root[ \t]{0,2}:/,
    keep: keepUnlessStrong,
  },
  // An account and its value in brackets after a word for a login: "fw02 creds [admin] [Jlar=$UD4LCJ]".
  // The word names the pair, so the value need only look like a secret.
  {
    kind: 'credential',
    pattern: new RegExp(
      String.raw`(?<pre>(?<![A-Za-z])(?:${CREDS})(?: [^\s\[]{1,30}){0,3}? ?\[${ACCOUNT_NAME}\] ?\[)(?<secret>[^\]\s]{1,200})(?=\])`,
      'gi',
    ),
    hint: /\] ?\[/,
    keep: keepUnlessSecretLooking,
  },
];
