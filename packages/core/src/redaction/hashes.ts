import type { RedactionRule } from './rule.js';

// Hashes of credentials are credentials: an NTLM hash logs in as the user (pass-the-hash), and a
// crypt or Kerberos hash falls to an offline guess. A file's hash labelled as such (sha256 of an
// installer, a commit, a thumbprint) is not one, so bare hex is masked only after a credential
// label or in a dump line's shape.

const hint = /[0-9a-f]{32}|\$[0-9a-z]{1,8}\$|ntlm|hash/i;

/** The hash rules. */
export const HASH_RULES: readonly RedactionRule[] = [
  {
    // secretsdump / pwdump: user:rid:LM:NT:::
    kind: 'password-hash',
    hint,
    pattern: /(?<pre>(?<![^\s])[^\s:]{1,128}:\d{1,10}:)(?<secret>[0-9a-fA-F]{32}:[0-9a-fA-F]{32})(?=:{0,3})/g,
  },
  {
    // NetNTLMv1/v2 challenge responses: user::DOMAIN:challenge:response:blob
    kind: 'password-hash',
    hint,
    pattern:
      /(?<pre>(?<![^\s])[^\s:]{1,128}::[^\s:]{0,128}:)(?<secret>[0-9a-fA-F]{16}:[0-9a-fA-F]{32,48}:[0-9a-fA-F]{16,2000})/g,
  },
  {
    // crypt(3) and friends: $1$ $2a$ $2b$ $2y$ $5$ $6$ $y$ $7$ $apr1$ $sha1$, Cisco $8$ $9$, argon2,
    // scrypt, PBKDF2 and Django/Werkzeug style, Kerberos $krb5tgs$ $krb5asrep$ $krb5pa$.
    kind: 'password-hash',
    hint,
    pattern:
      /(?<![A-Za-z0-9$])(?<secret>\$(?:1|2[abxy]?|5|6|7|8|9|y|gy|apr1|sha1|md5|pbkdf2(?:-sha(?:1|256|512))?|scrypt|argon2(?:id|i|d)|krb5(?:tgs|asrep|pa|tgt)|NT|DCC2)\$[^\s"'<>]{8,6000})/g,
  },
  {
    // pbkdf2_sha256$260000$salt$hash (Django), sha256$salt$hash (Werkzeug), {SSHA}… (LDAP).
    kind: 'password-hash',
    hint: /pbkdf2|sha\d{1,3}\$|\{S?SHA\d{0,3}\}|\{CRYPT\}|\{MD5\}/i,
    pattern:
      /(?<![A-Za-z0-9])(?<secret>(?:pbkdf2_sha(?:1|256|512)|scrypt|sha(?:1|256|512))\$[^\s"'<>$]{1,40}\$[^\s"'<>]{8,400}|\{(?:SSHA(?:256|512)?|SHA(?:256|512)?|SMD5|MD5|CRYPT)\}[A-Za-z0-9+/=.$]{8,400})/g,
  },
  {
    // A labelled NT/LM hash or password hash: "NTLM hash: 8846f7…", "NT: …", "password hash = …".
    kind: 'password-hash',
    hint,
    pattern:
      /(?<pre>(?<![A-Za-z])(?:ntlm(?:v[12])?|net-?ntlm(?:v[12])?|nt|lm|nthash|lmhash|nt[_ -]hash|lm[_ -]hash|ntlm[_ -]hash|(?:password|pwd|passwd|credential|user|admin|account)[_ -]?hash(?:es)?|hash of the (?:password|admin password))(?: hash)?["']?\s?(?:[:=]|is|->)?\s?["']?)(?<secret>[0-9a-fA-F]{32}(?::[0-9a-fA-F]{32})?)(?![0-9a-fA-F])/gi,
  },
  {
    // An NT or LM hash with words between label and value: "NT hash of the old svc_backup account
    // (from the pentest report): e6c0…", "NTLM-Hash des lokalen Admins …: …", "Hash NTLM du compte".
    kind: 'password-hash',
    hint,
    pattern:
      /(?<pre>(?<![A-Za-z])(?:(?:ntlm|nt|lm)[ -]?hash(?:es)?|hash(?:es)? (?:ntlm|nt|lm))\b[^\n]{0,100}?(?<![0-9a-fA-F]))(?<secret>[0-9a-fA-F]{32})(?![0-9a-fA-F])/gi,
  },
  {
    // A hash handed to a tool that cracks or identifies hashes is one taken from an account: an
    // NTLM or MD5 hash as hashcat's positional argument after its options ("hashcat -m 1000 -a 0
    // <hash> rockyou.txt"), John the Ripper's, hashid's or Name-That-Hash's (`nth --text <hash>`).
    // Only hex after the tool's options: a file of hashes is named, a wordlist is no hex, and the
    // checksum of the tool's own download ("hashcat-6.2.6.7z SHA256 …") follows no options.
    kind: 'password-hash',
    hint: /hashcat|john|hashid|nth|name-that-hash|hash-identifier/i,
    pattern:
      /(?<pre>(?<![\w.-])(?:hashcat|john|hashid|nth|name-that-hash|hash-identifier)(?:\.exe|\.bin|\.py)?(?:\s--?[\w-]{1,40}(?:[= ](?![0-9a-fA-F]{16})[^\s"']{1,100})?){0,12}(?:\s--?(?:text|hash|t)[= ])?\s?["']?(?<=\s|["'=]))(?<secret>[0-9a-fA-F]{16,128}(?::[0-9a-fA-F]{16,128})?)(?![0-9a-zA-Z])/gi,
  },
  {
    // PostgreSQL's and SASL's SCRAM verifiers: SCRAM-SHA-256$<iterations>:<salt>$<stored key>:<server key>.
    kind: 'password-hash',
    hint: /SCRAM-SHA/i,
    pattern:
      /(?<![A-Za-z0-9])(?<secret>SCRAM-SHA-(?:1|256|512)\$\d{1,7}:[A-Za-z0-9+/=]{8,200}\$[A-Za-z0-9+/=]{16,200}:[A-Za-z0-9+/=]{16,200})/gi,
  },
  {
    // PostgreSQL's md5 verifier, as pg_shadow and pg_authid show it: "md5" and 32 hex run together.
    // A file's MD5 is written apart from its name ("md5: …", "MD5 = …").
    kind: 'password-hash',
    hint: /md5/,
    pattern: /(?<![A-Za-z0-9])(?<secret>md5[0-9a-f]{32})(?![A-Za-z0-9])/g,
  },
  {
    // SQL Server's login hashes (sys.sql_logins, LOGINPROPERTY … 'PasswordHash'): a version word
    // 0x0100 or 0x0200, a salt of 8 hex, then SHA-1 (with SQL 2000's upper-case copy) or SHA-512.
    kind: 'password-hash',
    hint: /0x0100|0x0200/i,
    pattern:
      /(?<![A-Za-z0-9])(?<secret>0x0(?:100[0-9A-Fa-f]{48}(?:[0-9A-Fa-f]{40})?|200[0-9A-Fa-f]{136}))(?![0-9A-Fa-f])/g,
  },
  {
    // Kerberos long-term keys, as secretsdump ("krbtgt:aes256-cts-hmac-sha1-96:<hex>") and
    // mimikatz ("aes256_hmac (4096) : <hex>") print them: the key logs in as the account (a
    // golden ticket, for krbtgt). An encryption type named alone is a setting.
    kind: 'password-hash',
    hint: /aes128-cts|aes256-cts|aes128_hmac|aes256_hmac|des-cbc-|des_cbc_|rc4-hmac|rc4_hmac/i,
    pattern:
      /(?<pre>(?<![A-Za-z0-9])(?:aes(?:128|256)-cts-hmac-sha(?:1-96|256-128|384-192)|aes(?:128|256)_hmac(?:_plain)?|des-cbc-(?:md5|crc)|des_cbc_(?:md5|crc)|rc4[-_]hmac(?:[-_]nt|[-_]md5)?)(?:[ \t]{1,8}\(\d{1,6}\))?[ \t]{0,8}:[ \t]{0,8})(?<secret>[0-9a-fA-F]{16}(?:[0-9a-fA-F]{16}){0,3})(?![0-9a-fA-F])/gi,
  },
  {
    // MySQL 4.1+ password hashes: "*" and 40 hex.
    kind: 'password-hash',
    hint: /\*[0-9A-F]{40}/,
    pattern: /(?<![A-Za-z0-9*])(?<secret>\*[0-9A-F]{40})(?![0-9A-Fa-f])/g,
  },
];
