import { keepLowEntropy } from './entropy.js';
import type { RedactionRule } from './rule.js';
import { ARG, keepUnlessSecretLooking, keepUnlessStrong, keepValue, unquoted } from './values.js';

// Credentials on the command lines MSP technicians paste: Windows `net use`/`net user`/`cmdkey`/
// `schtasks`, PowerShell, database clients, PuTTY tools, curl/wget, container registries, SSH and
// archive tools. A short flag (`-p`, `-P`, `-w`, `-a`) means a password only for its tool, so
// those rules look back along the line for the tool's name; long flags (`--password`,
// `-Password`, `/pass:`) are credentials for every tool.

/**
 * The flag `pre` (kept in front of the mask) when one of `tools` appears earlier on the same
 * command line as a command word, bare, at the end of a path or opening Markdown's inline code
 * ("`7z a -pX …`"): a line continued with a trailing `\`, `` ` `` or `^` (bash,
 * PowerShell, cmd) is one command. The lookbehind comes after the flag, so it runs only where the
 * flag is.
 */
const flagOf = (tools: string, pre: string) =>
  String.raw`(?<pre>${pre})(?<=(?:^|[\s;&|("'\\/\u0060])(?:${tools})(?:\.exe)?["']?(?:\s(?:[^\n]|[\\\u0060^]\r?\n){0,300}?)?${pre})`;

/**
 * A value on a command line, judged by keepValue, which reads a word in lower case with more words
 * after it as a sentence ("--password is required"): a URL after it is the command's next argument,
 * not a word of one ("wget --user bob --password calvin https://…").
 */
const keepArg = (secret: string, after: string) =>
  keepValue(secret, /^\s[a-z][a-z0-9+.-]{1,20}:\/\//i.test(after) ? '' : after);

/** `glab variable set NAME` (or `update`, `create`; `var` for `variable`), before the name. */
const GLAB_SET = String.raw`(?<![\w-])glab(?:\.exe)?\s(?:variable|var)\s(?:set|update|create|new)\s`;
/** The flag before a glab variable's value, if any, after its name: `--value x`, `-v x`, or none. */
const GLAB_VALUE = String.raw`(?:(?:[^\n|]{0,200}?\s)?(?:--value|-v)(?:=|\s))?`;

const rule = (kind: string, pattern: string, flags = 'gi', hint = /[-/]/): RedactionRule => ({
  kind,
  pattern: new RegExp(pattern, flags),
  hint,
  keep: keepArg,
});

/** A rule for the flag `pre` of `tools`, followed by `secret`; it runs only where a tool is named. */
const toolRule = (kind: string, tools: string, pre: string, secret: string, flags = 'gi') =>
  rule(kind, `${flagOf(tools, pre)}${secret}`, flags, new RegExp(tools, 'i'));

/** A switch only 7-Zip takes: an archive type, header encryption, a compression level, -sdel. */
const SEVEN_ZIP_SWITCH = String.raw`-(?:t(?:7z|zip|tar|gzip|bzip2|xz|wim)|mhe(?:=(?:on|off))?|mx=?\d|sdel)(?=[\s"'<]|$)`;

/**
 * Windows tools that act on another computer given as `/s <system> /u <user> /p <password>`: the
 * scheduler, the task and system tools, event and group policy reports. None of them has another
 * switch /p.
 */
const REMOTE_SYSTEM_TOOLS =
  'schtasks|tasklist|taskkill|systeminfo|gpresult|getmac|driverquery|openfiles|eventcreate|eventtriggers|waitfor|setx|bootcfg';

/** Long option names that hold a credential whatever the tool. */
const LONG_FLAGS = [
  '(?:account|admin|plain|new|old|db|bind|http|ftp|proxy|store|key|src|dest)?-?(?:password|passwd|pass|pwd)',
  'pw',
  'secret',
  'client-?secret',
  'api-?key',
  'access-?key',
  'secret-?key',
  'auth-?token',
  'token',
  '(?:l2tp)?psk',
  'pre-?shared-?key',
  'community',
  '(?:store|key|src|dest)(?:store)?pass',
  // An agent installer's account or tenant key: Huntress's `-acctkey`, `--install-key`.
  '(?:acct|account|install|agent|tenant|customer)-?key',
  // A password for one backend of a tool that speaks many, the backend's name in front: rclone's
  // `--sftp-pass`, `--smb-pass`, `--webdav-pass`, `--crypt-password2`, lftp's and duplicity's
  // `--ftp-password`. Not the switches that ask for one (`--ask-pass`, `--no-pass`).
  '(?!(?:no|ask|prompt|ask-become|ask-vault|become)-)(?:[a-z0-9]{1,20}-){1,3}(?:password\\d?|passwd|pass|pwd)',
].join('|');

/**
 * Short flags that hold a password only for their tools. Case matters (`sqlcmd -P` is the password,
 * `-p` prints statistics); `attached` flags take the value with no space (`mysql -pSECRET`; a bare
 * `-p` prompts).
 */
const SHORT_FLAGS: ReadonlyArray<{ tools: string; flag: string; attached?: boolean; kind?: string }> = [
  {
    tools: 'mysql|mysqldump|mysqladmin|mariadb|mariadb-dump|mysqlimport|mysqlcheck',
    flag: String.raw`\s-p`,
    attached: true,
  },
  { tools: 'sqlcmd|bcp|osql|isql', flag: String.raw`\s-P\s?` },
  {
    // Registry logins, psexec, sshpass, mongo, rdesktop.
    tools:
      '(?:docker|podman|nerdctl|buildah|skopeo|helm\\sregistry|oras)\\slogin|az\\slogin|[Pp]s[Ee]xec(?:64)?|PSEXEC(?:64)?|[Pp]a[Ee]xec|sshpass|mongo|mongosh|mongodump|mongorestore|rdesktop',
    flag: String.raw`\s-p\s?`,
  },
  { tools: 'redis-cli', flag: String.raw`\s-a\s` },
  // sSMTP, often installed as sendmail itself, takes the relay's login as -au <user> -ap <password>
  // (php.ini's sendmail_path, cron's MAILTO setups).
  { tools: 'ssmtp|sendmail', flag: String.raw`\s-ap\s?` },
  // Server management controllers: Dell racadm, HPE ilorest, Supermicro ipmicfg/SMCIPMITool.
  { tools: 'racadm|idracadm|ilorest|ipmicfg|smcipmitool', flag: String.raw`\s-p\s` },
  // Windows account tools that take the password after a bare /pass or -pwd: ktpass, dsadd, dsmod.
  { tools: 'ktpass|dsadd|dsmod', flag: String.raw`\s[-/](?:pass|pwd)\s` },
  { tools: 'ldapsearch|ldapmodify|ldapadd|ldapdelete|ldapwhoami|ldappasswd', flag: String.raw`\s-w\s` },
  { tools: 'ipmitool|zip|unzip|zipcloak', flag: String.raw`\s-P\s` },
  { tools: '7z|7za|7zr|rar|unrar', flag: String.raw`\s-p`, attached: true },
  { tools: 'ssh-keygen', flag: String.raw`\s-[NP]\s` },
  // ESXi's shell: esxcli system account add|set -p <password> -c <confirmation>.
  { tools: 'esxcli', flag: String.raw`\s-[pc]\s` },
  // VeraCrypt and TrueCrypt on Windows mount a volume with /p <password> (or /password).
  { tools: '[Vv]era[Cc]rypt|[Tt]rue[Cc]rypt|VERACRYPT', flag: String.raw`\s/p(?:assword)?\s` },
  // certutil -p <password> -importpfx: the PFX password.
  { tools: 'certutil', flag: String.raw`\s-p\s` },
  // Code signing and PFX packaging on Windows: signtool sign /f x.pfx /p <password>, pvk2pfx's
  // /pi (the key's password) and /po (the PFX's).
  { tools: 'signtool', flag: String.raw`\s[/-]p\s` },
  { tools: 'pvk2pfx', flag: String.raw`\s[/-]p[io]\s` },
  // NuGet's API key: `dotnet nuget push x.nupkg -k <key>`, `nuget push x.nupkg -ApiKey <key>` (a long flag).
  { tools: 'nuget\\spush|nuget\\.exe\\spush', flag: String.raw`\s-k\s` },
  // A package feed's login, the user and then the password: `dotnet nuget add source <url> -n feed
  // -u <user> -p <password>`, `twine upload -u __token__ -p <token> dist/*`.
  { tools: 'dotnet\\snuget\\s(?:add|update)\\ssource|twine', flag: String.raw`\s-p\s` },
  {
    // SNMP tools: -c community, -A auth passphrase, -X privacy passphrase.
    tools: 'snmpwalk|snmpget|snmpset|snmpbulkwalk|snmpbulkget|snmptrap|snmpgetnext|snmptable|onesixtyone',
    flag: String.raw`\s-[cAX]\s`,
    kind: 'snmp-community',
  },
];

/**
 * Installer properties that hold what an agent enrols or activates with, as msiexec sets them
 * (`PROPERTY=value`, or inside a property's list, "USERINFO=\"dcode=…,hidewindow=1\"").
 */
const INSTALLER_SECRETS = [
  // NinjaOne's TOKENID, SentinelOne's SITE_TOKEN, an agent's INSTALLTOKEN.
  '[A-Z_]{0,30}?TOKEN(?:_?ID)?',
  // Splashtop's deployment code (dcode), and the activation, registration and enrolment codes of others.
  '(?:D|DEPLOY(?:MENT)?_?|ACTIVATION_?|REG(?:ISTRATION)?_?|ENROLL?(?:MENT)?_?|INSTALL(?:ATION)?_?|KEY_?)CODE',
  // Webroot's keycode (GUILIC), licence keys and codes, Office's PIDKEY.
  'GUILIC|LICEN[CS]E_?(?:KEY|CODE)|PIDKEY',
].join('|');

/** A Windows Installer property named for a password or a secret, or one of INSTALLER_SECRETS. */
const MSI_SECRET_PROPERTY = String.raw`(?:[A-Za-z0-9_.]{0,40}?(?:PASSWORD|PASSWD|PWD|PASSPHRASE|SECRET)[A-Za-z0-9_.]{0,20}|${INSTALLER_SECRETS})`;

/**
 * Commands that take a key as a positional argument, after `skip` others: Backblaze's `b2 account
 * authorize <keyId> <applicationKey>` (and its older `authorize-account`), MinIO's `mc alias set
 * <alias> <url> <accessKey> <secretKey>`.
 */
const POSITIONAL_KEYS: ReadonlyArray<{ command: string; skip: number }> = [
  { command: String.raw`b2(?:\.exe)?\s(?:account\sauthorize|authorize-account|authorize_account)`, skip: 1 },
  { command: String.raw`mc(?:\.exe)?\s(?:alias\sset|config\shost\sadd)`, skip: 3 },
];

/** A package manager's `config` command, its global options before and after: `poetry config --local`. */
const PACKAGE_CONFIG = String.raw`(?<![\w-])(?:poetry|composer|npm|pnpm|yarn|pdm|pip3?|uv|conda|hatch)(?:\.exe|\.cmd|\.phar)?(?:\s--?[\w-]{1,30}){0,4}\sconfig(?:\sset)?(?:\s--?[\w-]{1,30}){0,4}\s`;
/**
 * The quoted half of a shell argument joined from parts, up to its closing quote and no further:
 * `'x'` in `bob:'x'`. A quote the line does not close is none.
 */
const SHELL_QUOTED = String.raw`'[^'\n]{1,200}'(?=[\s;|&)]|$)|"[^"\n]{1,200}"(?=[\s;|&)]|$)`;
/** One argument of a command: quoted, or a word. */
const WORD_ARG = String.raw`(?:"[^"\n]{1,100}"|'[^'\n]{1,100}'|(?!-)[^\s"']{1,100})`;

/** The command-line rules, tool-specific first. */
export const COMMAND_RULES: readonly RedactionRule[] = [
  // A password piped into a tool that reads it from standard input: `echo "x" | sudo -S …`,
  // `echo x | passwd --stdin user`, `echo 'user:x' | chpasswd` (the part after the colon),
  // `echo -n 'x' | cryptsetup luksOpen …`, `echo x | docker login --password-stdin`, and
  // `echo x | AnyDesk.exe --set-password` (any tool with a password option and no value after it);
  // Kerberos's `kinit`, Samba's `smbpasswd -s` and `htpasswd -i`, which read it from there too.
  rule(
    'command-password',
    String.raw`(?<pre>(?<![\w-])(?:echo|printf)(?: -[ne])? (?:["'](?:[^"'\n:]{1,64}:)?|(?:[^\s"':|]{1,64}:)?))(?<secret>[^\s"'|]{1,200})(?=["']? ?\| ?(?:sudo\b[^\n|]{0,40}?\s-S\b|passwd\b[^\n|]{0,40}?--stdin|chpasswd\b|sudo -S\b|kinit\b|smbpasswd\b[^\n|]{0,40}?\s-s\b|htpasswd\b[^\n|]{0,40}?\s-i\b|cryptsetup\b[^\n|]{0,40}?\b(?:luksOpen|open|luksFormat|luksAddKey)\b|[^\n|]{0,120}?\s--?(?:set-)?password(?:-stdin)?\b))`,
    'gi',
    /\|\s?(?:sudo|passwd|chpasswd|cryptsetup|kinit|smbpasswd|htpasswd)|\|[^\n|]{0,120}--?(?:set-)?password/i,
  ),
  // A package manager's config command that stores a repository's login, the user and then the
  // password, as Poetry and Composer write it: `poetry config http-basic.<repo> <user> <password>`,
  // `composer config --global http-basic.<host> <user> <password>`, and Composer's OAuth consumer,
  // `bitbucket-oauth.<host> <key> <secret>`.
  rule(
    'command-password',
    String.raw`(?<pre>${PACKAGE_CONFIG}(?:http-basic|bitbucket-oauth)\.[^\s]{1,200}\s${WORD_ARG}\s)(?<secret>${ARG})`,
    'gi',
    /http-basic\.|bitbucket-oauth\./i,
  ),
  // The same command storing a token after its setting's name: Poetry's `pypi-token.<repo> <token>`,
  // Composer's `github-oauth.<host>`, `gitlab-token.<host>` and `bearer.<host> <token>`, and any
  // setting named for a secret: `npm config set _authToken <token>`, `yarn config set npmAuthToken
  // <token>`, `pdm config pypi.private.password <password>`.
  rule(
    'command-password',
    String.raw`(?<pre>${PACKAGE_CONFIG}(?:(?:pypi-token|github-oauth|gitlab-token|gitlab-oauth|bearer)\.[^\s]{1,200}|[^\s=]{0,200}?(?:password|passwd|token|_auth|secret|api[-_]?key))\s)(?<secret>${ARG})`,
    'gi',
    /config/i,
  ),
  // RabbitMQ's user commands take the password as the argument after the user's name:
  // `rabbitmqctl add_user notifier x`, `rabbitmqctl change_password svc x`.
  rule(
    'command-password',
    String.raw`(?<pre>(?<![\w-])rabbitmqctl(?:\.bat)?(?:\s-[nq](?:\s(?!-)[^\s]{1,100})?){0,2}\s(?:add_user|change_password)\s(?:"[^"\n]{1,64}"|'[^'\n]{1,64}'|[^\s"']{1,64})\s)(?<secret>${ARG})`,
    'gi',
    /rabbitmqctl/i,
  ),
  // An SMTP session's AUTH: `AUTH PLAIN <base64 of user and password>`, and after the server's
  // "334 UGFzc3dvcmQ6" (base64 of "Password:") of AUTH LOGIN, the password in base64, with the mark
  // a debug log puts before what the client sent ("C: ", Postfix's "-> ", swaks's " ~> ", ">>> ").
  rule(
    'smtp-auth',
    // The server's list of mechanisms ("250-AUTH PLAIN LOGIN") names them and gives nothing.
    String.raw`(?<pre>(?<!250[- ])\bAUTH PLAIN |\b334 UGFzc3dvcmQ6[ \t]*\r?\n[ \t]*(?:(?:C|Client|SEND|SENT):[ \t]?|(?:-|=|~|<)?>{1,3}[ \t]?)?)(?!(?:LOGIN|CRAM-MD5|XOAUTH2|GSSAPI|NTLM|DIGEST-MD5|PLAIN)\b)(?<secret>[A-Za-z0-9+/]{4,400}={0,2})(?![A-Za-z0-9+/=])`,
    'g',
    /AUTH PLAIN|334 UGFzc3dvcmQ6/,
  ),
  // An installer's enrolment secret as a property on an msiexec line (INSTALLER_SECRETS), or on the
  // line of a vendor's own setup .exe, which takes the same properties ("Streamer_DEB_INST_v3.6.4.0.exe
  // prevercheck /s /i dcode=…,hidewindow=1"). Its own rule, since "token id" elsewhere names an
  // identifier: here the property holds the secret the agent enrols with. Properties named for a
  // password or a key are the carriers' (an ORG_KEY there is an organisation's name).
  {
    kind: 'credential',
    hint: /msiexec|\.exe\b/i,
    pattern: new RegExp(
      String.raw`(?<pre>(?<=(?:\bmsiexec|[\w.-]\.exe\b)[^\n]{0,400}?)(?<![\w-])(?:${INSTALLER_SECRETS})=)(?<secret>"[^"\n]{1,200}"|[^\s",;]{4,200})`,
      'gi',
    ),
    // Only a placeholder, a variable or a value without a digit stays ("DCODE=none"): the token is
    // often a GUID, which elsewhere is an id.
    keep: (secret) => /^["']?(?:[<[{%$*]|your[-_])/i.test(secret) || !/\d/.test(secret),
    standalone: true,
  },
  // A Windows Installer log (msiexec /l*v) prints each property as it is set, with its value:
  // "PROPERTY CHANGE: Adding SQLSAPWD property. Its value is 'x'.", "Modifying DBPASSWORD property.
  // Its current value is 'x'. Its new value: 'y'.", and the property list at its end, "Property(S):
  // SERVICEPASSWORD = x". Only a property named for a password or a secret, or one an agent enrols
  // with (INSTALLER_SECRETS); one the package hides is printed as stars and stays.
  ...[
    String.raw`PROPERTY CHANGE: (?:Adding|Modifying) ${MSI_SECRET_PROPERTY} property\. Its (?:current )?value is '`,
    String.raw`PROPERTY CHANGE: Modifying ${MSI_SECRET_PROPERTY} property\. Its current value is '[^'\n]{0,200}'\. Its new value: '`,
  ].map(
    (pre): RedactionRule => ({
      kind: 'credential',
      hint: /PROPERTY CHANGE/i,
      pattern: new RegExp(String.raw`(?<pre>${pre})(?<secret>[^'\n]{1,200})(?=')`, 'gi'),
      keep: keepValue,
    }),
  ),
  {
    kind: 'credential',
    hint: /Property\(/i,
    pattern: new RegExp(
      String.raw`(?<pre>\bProperty\([SCN]\): ${MSI_SECRET_PROPERTY} = )(?<secret>[^\n]{1,200}?)(?=[ \t]*(?:\r?\n|$))`,
      'gi',
    ),
    keep: keepValue,
  },
  // A key as a positional argument (POSITIONAL_KEYS): options before it are skipped, and it must be
  // long and random, so a command that prompts for it ("b2 account authorize" alone) has none.
  ...POSITIONAL_KEYS.map(
    ({ command, skip }): RedactionRule => ({
      kind: 'command-password',
      hint: new RegExp(command.replace(/\\s/g, ' '), 'i'),
      pattern: new RegExp(
        String.raw`(?<pre>(?<![\w-])${command}(?:\s--?[\w-]{1,30}(?:[=\s](?!-)[^\s]{1,200})?){0,4}\s(?:(?!-)[^\s]{1,400}\s){${skip}})(?<secret>${ARG})`,
        'gi',
      ),
      keep: (secret) => keepLowEntropy(unquoted(secret)),
    }),
  ),
  // An expect script answers a password prompt with its next send: `expect "password:"` then
  // `send "x\r"`, `expect { "*assword*" { send -- "x\r" } }`, pexpect's `child.expect('Password:')`
  // then `child.sendline('x')`. A variable sent (`send "$pw\r"`, `send -- "$env(PW)\r"`, a Tcl
  // command in brackets) names the password and gives none.
  {
    kind: 'command-password',
    hint: /expect/i,
    pattern:
      /(?<pre>\bexpect(?:\s-[a-z]{1,8})*\s?\(?\s?(?:\{\s{0,20})?["'{][^\n]{0,40}?(?:assword|asswd|passphrase|passcode|\bpin\b|secret|kennwort|passwort)[^\n]{0,40}?(?:\r?\n(?:[ \t]*#[^\n]*\r?\n){0,2}[ \t]*|\s?\{\s?)[\w.]{0,40}?\bsend(?:line)?(?:\s--)?\s?\(?\s?["'{])(?<secret>(?:[^"'}\\\n]|\\[^rn]){1,200}?)(?=(?:\\r|\\n)?["'}])/gi,
    keep: (secret) => keepValue(secret) || /^(?:\$\{?[A-Za-z_]\w*\}?(?:\([^)]*\))?|\[[^\]]*\])$/.test(secret),
  },
  // A CI secret set from the command line: GitHub's `gh secret set NAME --body x` (or `-b x`, the
  // flags in any order) holds the secret's value; `gh variable set` sets a variable, which is none.
  rule(
    'command-password',
    String.raw`(?<pre>(?<![\w-])gh(?:\.exe)?\s(?:[^\n|]{0,60}?\s)?secret\sset\s[^\n|]{0,200}?(?<=\s)(?:--body|-b)(?:=|\s))(?<secret>${ARG})`,
    'gi',
    /secret set/i,
  ),
  // GitLab's `glab variable set NAME "x"` (or `--value x`, `-v x`; `update` alike) holds a CI
  // variable, which is a secret when it is masked or named for one (`DB_PASS`, `API_TOKEN`); any
  // other only when it is a strong value: `glab variable set DEPLOY_REGION "eu-central-1"` stays.
  {
    kind: 'command-password',
    hint: /glab/i,
    pattern: new RegExp(
      String.raw`(?<pre>${GLAB_SET}(?:[A-Za-z_]\w{0,100}\s(?=[^\n|]{0,200}?\s--masked\b)|[A-Za-z_]\w{0,60}(?:pass|pwd|secret|token|key|cred|auth)\w{0,40}\s)${GLAB_VALUE})(?<secret>${ARG})`,
      'gi',
    ),
    keep: (secret, after) => keepValue(unquoted(secret), after),
  },
  {
    kind: 'command-password',
    hint: /glab/i,
    pattern: new RegExp(
      String.raw`(?<pre>${GLAB_SET}[A-Za-z_]\w{0,100}\s${GLAB_VALUE})(?<secret>${ARG})`,
      'gi',
    ),
    keep: (secret, after) => keepUnlessStrong(unquoted(secret), after),
  },
  // runas has no password flag; sanur feeds it one through a pipe: `runas /user:x "…" | sanur x`.
  rule('command-password', String.raw`(?<pre>\|\s?sanur(?:\.exe)?\s)(?<secret>${ARG})`, 'gi', /sanur/i),
  // A script that decodes a base64 literal at run time to hide a password from a casual read:
  // [Convert]::FromBase64String('…'), base64.b64decode("…"), atob('…'). Only when what it decodes
  // to is one word that looks like a password: decoded prose ("Hello world from logs") stays.
  {
    kind: 'command-password',
    hint: /base64|b64decode|atob/i,
    pattern:
      /(?<pre>(?:FromBase64String|b64decode|atob|base64_decode)\(\s?["'])(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?=["'])/gi,
    keep: (secret) => {
      const decoded = Buffer.from(secret, 'base64').toString('latin1');
      return !/^[!-~]{6,64}$/.test(decoded) || keepUnlessStrong(decoded);
    },
  },
  // PowerShell: the plain text handed to ConvertTo-SecureString (positional or -String).
  rule(
    'command-password',
    String.raw`(?<pre>ConvertTo-SecureString(?:\s-(?:AsPlainText|Force)(?::\$true)?)*\s(?:-String\s)?)(?<secret>${ARG})(?=\s|\)|$)`,
  ),
  // A script variable later handed to ConvertTo-SecureString holds the plain text: "$p = 'x'" …
  // "ConvertTo-SecureString $p -AsPlainText".
  rule(
    'command-password',
    String.raw`(?<pre>\$(?<var>[A-Za-z_]\w{0,40})\s?=\s?)(?<secret>"[^"\n]{1,200}"|'[^'\n]{1,200}')(?=[\s\S]{0,2000}?ConvertTo-SecureString\s(?:-String\s)?\$\k<var>\b)`,
    'gi',
    /ConvertTo-SecureString/i,
  ),
  // net use \\srv\share <password> /user:x, net use ... /user:DOMAIN\admin <password>. The password
  // is on the command's line: after a share or a user that ends it, the next line's first word is
  // prose ("net use … %PASSWORD% /user:%USERNAME%" then "Dai un'occhiata").
  rule(
    'command-password',
    String.raw`(?<pre>\bnet\suse\s(?:[A-Za-z]:\s|\*\s)?\\\\[^\s]{1,200}[ \t]{1,8})(?<secret>(?![/*])${ARG})`,
    'gi',
    /\bnet\s/i,
  ),
  toolRule(
    'command-password',
    'net',
    String.raw`/u(?:ser)?:[^\s]{1,200}[ \t]{1,8}`,
    String.raw`(?<secret>(?![/*])${ARG})`,
  ),
  // net user jdoe <password> [/add]
  rule(
    'command-password',
    String.raw`(?<pre>\bnet\suser\s(?![/*])[^\s]{1,100}[ \t]{1,8})(?<secret>(?![/*])${ARG})`,
    'gi',
    /\bnet\s/i,
  ),
  // schtasks /RP, cmdkey /pass:, xfreerdp /p:, generic Windows-style /password:
  toolRule('command-password', 'schtasks', String.raw`/RP\s`, String.raw`(?<secret>${ARG})`),
  // The Windows tools that run against another computer (REMOTE_SYSTEM_TOOLS) take the account as
  // /u and its password as /p: `schtasks /create /s SRV01 /u CORP\\admin /p x /tn …`. A bare /p
  // (another switch or "*" after it) prompts for it. The /p is the tool's own, on its command line
  // (continued with "^" or not) and before any pipe: "schtasks /query | findstr /p Backup" hands the
  // output to a tool whose /p is another switch.
  rule(
    'command-password',
    String.raw`(?<pre>\s[/-]p[ \t]{1,4})(?<=(?:^|[\s;&|("'\\/\u0060])(?:${REMOTE_SYSTEM_TOOLS})(?:\.exe)?["']?\s(?:[^\n|]|[\\\u0060^]\r?\n){0,300}?\s[/-]p[ \t]{1,4})(?<secret>(?![/*])${ARG})`,
    'gi',
    new RegExp(REMOTE_SYSTEM_TOOLS, 'i'),
  ),
  rule('command-password', String.raw`(?<pre>(?<![\w/])/(?:pass|password|pwd|p):)(?<secret>${ARG})`),
  // Short flags, per tool (see SHORT_FLAGS).
  ...SHORT_FLAGS.map(({ kind, tools, flag, attached }) =>
    toolRule(
      kind ?? 'command-password',
      tools,
      flag,
      String.raw`(?<secret>${attached === true ? String.raw`(?!\s)` : ''}${ARG})`,
      'g',
    ),
  ),
  // 7-Zip's -p<password> where the line names no tool: a scheduled task's <Arguments>, a backup
  // job's "Arguments:" field ("a -t7z -pX -mhe=on …"), the program on a line of its own. A switch of
  // 7-Zip's own on the line, before the -p or after it, tells it: an archive type (-t7z, -tzip),
  // header encryption (-mhe=on), a compression level (-mx9), deleting files after (-sdel).
  {
    ...rule(
      'command-password',
      String.raw`(?<pre>\s-p)(?:(?<=${SEVEN_ZIP_SWITCH}[^\n]{0,300}?\s-p)|(?=[^\s]{1,200}[^\n]{0,300}?\s${SEVEN_ZIP_SWITCH}))(?<secret>(?!\s)${ARG})`,
      'g',
    ),
    hint: /7z|-mhe|-tzip/i,
  },
  // htpasswd -b (batch) takes the password last: htpasswd -b[c] <file> <user> <password>.
  rule(
    'command-password',
    String.raw`(?<pre>\bhtpasswd\s(?:-[A-Za-z]{1,6}\s){0,3}?-[A-Za-z]{0,5}b[A-Za-z]{0,5}\s(?:-[A-Za-z]{1,6}\s){0,3}[^\s]{1,200}\s[^\s]{1,100}\s)(?<secret>${ARG})`,
    'g',
    /htpasswd/,
  ),
  // Oracle: user/password@db.
  rule(
    'command-password',
    String.raw`(?<pre>\b(?:sqlplus|sqlldr|expdp|impdp|exp|imp|rman)\s(?:-[A-Za-z]\s)?[A-Za-z0-9_$#]{1,64}/)(?<secret>[^\s@/]{1,128})(?=@|\s|$)`,
  ),
  // JDBC thin URLs carry Oracle's user/password@host too: jdbc:oracle:thin:app/x@//db:1521/SVC.
  rule(
    'command-password',
    String.raw`(?<pre>\bjdbc:oracle:thin:[A-Za-z0-9_$#]{1,64}/)(?<secret>[^\s/]{1,128}?)(?=@(?:\/\/|\(|[\w.-]{1,253}:\d{1,5}))`,
    'gi',
    /jdbc:oracle/i,
  ),
  // Postfix sasl_passwd and its kin: "[relay.host]:587 user@domain:password", one per line. The host
  // has a dot: "[Teams] [10:02] User: …" is a chat log.
  rule(
    'command-password',
    String.raw`(?<pre>^[ \t]*\[[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\](?::\d{1,5})?[ \t]+(?!\[)[^\s:]{1,128}:)(?<secret>[^\s]{1,200})`,
    'gm',
    /\]/,
  ),
  // SQL: CREATE/ALTER USER … IDENTIFIED BY 'x', CREATE LOGIN … WITH PASSWORD = 'x' (or T-SQL's
  // Unicode literal N'x'), SET PASSWORD = 'x'.
  rule(
    'command-password',
    String.raw`(?<pre>\bidentified\s(?:with\s[^\s]{1,64}\s)?by\s(?:password\s)?|\bwith\spassword\s?=\s?(?:N(?='))?|\bset\spassword(?:\sfor\s[^\s=]{1,64})?\s?=\s?(?:password\()?)(?<secret>${ARG})`,
    'gi',
    /identified|password/i,
  ),
  // redis-cli's AUTH, typed at its prompt ("cache01:6379> AUTH x", with a user first under ACLs:
  // "AUTH deploy x") or given on the command line after the tool. The prompt or the tool is the cue:
  // "AUTH" alone is a word of SMTP, IMAP and log lines.
  rule(
    'command-password',
    String.raw`(?<pre>(?:(?<=(?:^|\n)[ \t]{0,8}(?:[\w.-]{1,64}:\d{2,5}(?:\[\d{1,2}\])?|redis)> ?)|(?<=\bredis-cli\b[^\n]{0,200}\s))AUTH (?:(?!-)[^\s"']{1,64} (?=\S))?)(?<secret>${ARG})`,
    'gi',
    /redis|:\d{2,5}(?:\[\d{1,2}\])?> ?auth /i,
  ),
  // An agent installer's key given to a bare `--auth`, as Tactical RMM's deployment command writes
  // it ("tacticalrmm.exe -m install … --auth 9b3e…"). Not a long flag of its own: `--auth basic`,
  // `--auth ntlm` name a method. Only a long value with a digit, hex included.
  {
    kind: 'command-password',
    hint: /--?auth[ =]/i,
    pattern: /(?<pre>(?<![\w-])--?auth[ =]["']?)(?<secret>[A-Za-z0-9_-]{20,400})(?![\w:@./-])/gi,
    keep: (secret) => keepValue(secret) || !/\d/.test(secret) || !/[A-Za-z]/.test(secret),
  },
  // redis.conf: requirepass x, masterauth x. Only a line that starts with "#" is a comment: one inside
  // the value is part of it ("masterauth Kx#9…").
  rule(
    'command-password',
    String.raw`(?<pre>^[ \t]*(?:requirepass|masterauth)[ \t]+)(?<secret>[^\s]{1,200})`,
    'gim',
    /requirepass|masterauth/i,
  ),
  // The same directives quoted in a sentence or given to CONFIG SET, and Sentinel's password for a
  // master ("sentinel auth-pass mymaster x"): the directive is named for the password alone, so the
  // word after it is one if it looks like a secret ("requirepass is set" is a sentence). Not in a
  // commented line, where redis.conf's sample value stands ("# requirepass foobared").
  {
    kind: 'command-password',
    hint: /requirepass|masterauth|auth-pass/i,
    pattern:
      /(?<pre>(?<![\w-])(?<!#[ \t]{0,4})(?:requirepass|masterauth|sentinel[ \t]+auth-pass[ \t]+[^\s]{1,64})[ \t]+["']?)(?<secret>[^\s"']{1,200})/gi,
    keep: keepUnlessSecretLooking,
  },
  // The answer files of unattended Linux installs: kickstart's `rootpw [--plaintext|--iscrypted]
  // <password>` and `sshpw --username=x <password>` (its `user --password=` is a long flag), and
  // Debian's preseed `d-i passwd/root-password password <password>` (also `-again`, `user-password`).
  // `rootpw --lock` alone sets none: a value never starts with a dash.
  rule(
    'command-password',
    String.raw`(?<pre>^[ \t]*(?:rootpw|sshpw)(?:[ \t]+--?[\w-]{1,30}(?:=[^\s]{1,200})?){0,4}[ \t]+|^[ \t]*d-i[ \t]+passwd/[\w-]{0,30}password(?:-again)?[ \t]+password[ \t]+)(?<secret>(?!-)[^\s]{1,200})`,
    'gim',
    /rootpw|sshpw|d-i[ \t]+passwd/i,
  ),
  // Keystrokes a script types into a login form: the user, Tab, then the password and Enter, as
  // AutoHotkey's `Send, user{Tab}` / `Send, pass{Enter}` (SendInput, SendRaw), AutoIt's
  // `Send("user{TAB}pass{ENTER}")` and VBScript's or .NET's `SendKeys "pass{ENTER}"` write them. The
  // Tab after the user is the cue: what is typed into the next field and submitted is the password.
  rule(
    'command-password',
    String.raw`(?<pre>\b(?:Send(?:Input|Raw|Play|Event|Text)?|SendKeys|SendWait)\b[ \t]{0,4}[,(]?[ \t]{0,4}["']?[^\n{}"']{1,64}\{Tab\}(?:["']?[ \t]{0,4}\)?[ \t]*\r?\n(?:[ \t]*(?:Sleep|WinWait|WScript\.Sleep|Start-Sleep)\b[^\n]{0,60}\r?\n){0,2}[ \t]*[\w.[\]:]{0,60}?\b(?:Send(?:Input|Raw|Play|Event|Text)?|SendKeys|SendWait)\b[ \t]{0,4}[,(]?[ \t]{0,4}["']?)?)(?<secret>[^\s{}"']{1,128})(?=\{(?:Enter|Return)\}|~)`,
    'gi',
    /\{Tab\}/i,
  ),
  // A Cloudflare tunnel's token: cloudflared service install <token>, --token <token>.
  rule(
    'command-password',
    String.raw`(?<pre>\bcloudflared(?:\.exe)?\s[^\n]{0,80}?(?:service\sinstall|--token)\s)(?<secret>[A-Za-z0-9+/_-]{40,4000}={0,2})`,
    'gi',
    /cloudflared/i,
  ),
  // PuTTY tools: -pw <password>.
  rule('command-password', String.raw`(?<pre>(?<![\w-])-pw\s)(?<secret>${ARG})`),
  // curl -u user:password, --user, --proxy-user; httpie -a user:password. What follows the colon is
  // the password whatever it looks like: a word in lower case before the URL ("--user root:calvin
  // https://…", a vendor's default) is no sentence, so only the value itself is judged. The shell
  // joins quoted parts into one argument, so each half may be quoted on its own, the password most
  // often for its symbols: `-u bob:'x'`, `-u "bob":"x"`; a quoted password may hold spaces.
  {
    ...toolRule(
      'command-password',
      'curl|http|https|wget',
      String.raw`\s(?:-u|--user|-U|--proxy-user|-a|--auth)[\s=]['"]?[^\s:'"]{1,128}['"]?:`,
      String.raw`(?<secret>${SHELL_QUOTED}|[^\s'"]{1,200})`,
      'g',
    ),
    // The word a template writes there ("user:password") and the dummy "X" of an API key as the user.
    keep: (secret) =>
      keepValue(secret) || /^(?:pass(?:word|wd)?|pwd|secret|token|x)$/i.test(unquoted(secret)),
  },
  // An API key as the user with a dummy password "X" (Freshdesk, Zendesk): curl -u KEY:X.
  toolRule(
    'command-password',
    'curl|http|https|wget',
    String.raw`\s(?:-u|--user)[\s=]['"]?`,
    String.raw`(?<secret>[A-Za-z0-9_-]{16,128})(?=:X\b)`,
    'g',
  ),
  // smbclient/rpcclient -U user%password, the halves quoted apart as for curl: `-U bob%'x'`.
  toolRule(
    'command-password',
    'smbclient|rpcclient|smbmap|mount\\.cifs|net\\srpc',
    String.raw`\s(?:-U|--user)[\s=]['"]?[^\s%'"]{1,128}['"]?%`,
    String.raw`(?<secret>${SHELL_QUOTED}|[^\s'"]{1,200})`,
  ),
  // openssl -passin pass:x, -passout pass:x, -pass pass:x
  rule('command-password', String.raw`(?<pre>-pass(?:in|out)?\s(?:pass|env|file):)(?<secret>${ARG})`),
  // Every tool: --password x, --password=x, -Password x (PowerShell), --token x, -pw x ...
  rule('command-password', String.raw`(?<pre>(?<![\w-])--?(?:${LONG_FLAGS})(?:=|\s))(?<secret>${ARG})`),
  // A file named for a secret, printed, and the one word on the next line is its content:
  // "cat ~/.vault_pass.txt" then the vault password, "type C:\agent\site.psk" then the key. A line
  // of `name=value` is a credentials file's first entry, which the carrier rules read.
  rule(
    'command-password',
    String.raw`(?<pre>(?:^|\n)[^\n]{0,40}?\b(?:cat|type|gc|Get-Content|more|head|tail)\s[^\s]{0,200}?(?:pass|pwd|psk|secret|token|key|cred)[^\s]{0,100}[ \t]*\r?\n[ \t]*)(?![\w.-]{1,40}[=:])(?<secret>[^\s]{8,400})(?=[ \t]*(?:\r?\n|$))`,
    'gi',
    /\b(?:cat|type|gc|Get-Content|more|head|tail)\s[^\n]{0,200}(?:pass|pwd|psk|secret|token|key|cred)/i,
  ),
  // What a command that prints a password printed: the Windows LAPS and legacy LAPS cmdlets, then
  // the value alone on the next line ("(Get-LapsAADPassword -DeviceIds X -AsPlainText).Password").
  rule(
    'command-password',
    String.raw`(?<pre>\b(?:Get-Laps(?:AAD|AD)?Password|Get-AdmPwdPassword|Get-LapsDiagnostics)\b[^\n]{0,300}\r?\n[ \t]*)(?![\w.-]{1,40}[=:])(?<secret>[^\s]{8,400})(?=[ \t]*(?:\r?\n|$))`,
    'gi',
    /Get-Laps|Get-AdmPwd/i,
  ),
  // A PowerShell here-string assigned to a variable named for a password: "$pw = @'" then the
  // value alone on its line, then "'@".
  rule(
    'command-password',
    String.raw`(?<pre>\$[A-Za-z_]?\w{0,30}(?:pw|pass|pwd|secret|token|key|cred)\w{0,30}\s?=\s?@(?<q>['"])\r?\n)(?<secret>[^\n]{1,200}?)(?=\r?\n\k<q>@)`,
    'gi',
    /=\s?@['"]/,
  ),
  // SAP HANA's secure user store takes the password last: "hdbuserstore [-i] SET <key> <host:port>
  // <user> <password>", and "hdbuserstore SET <key> <host:port>@<tenant> <user> <password>".
  rule(
    'command-password',
    String.raw`(?<pre>\bhdbuserstore(?:\.exe)?(?:\s-[A-Za-z]{1,2})*\s(?:SET|ADD)\s[^\s]{1,64}\s[^\s]{1,200}\s[^\s]{1,128}\s)(?<secret>"[^"\n]{1,200}"|'[^'\n]{1,200}'|[^\s"']{1,200})`,
    'gi',
    /hdbuserstore/i,
  ),
  // Lenovo's BIOS settings through WMI carry the supervisor password as the third field:
  // SetBiosSetting("SecureBoot,Enable,<password>,ascii,us"), SaveBiosSettings("<password>,ascii,us").
  rule(
    'command-password',
    String.raw`(?<pre>(?:SetBiosSetting|SaveBiosSettings|LoadDefaultSettings)\(\s?["'](?:[^,"'\n]{1,80},[^,"'\n]{1,80},)?)(?<secret>[^,"'\n]{1,128})(?=,(?:ascii|scancode),)`,
    'gi',
    /BiosSetting|LoadDefaultSettings/i,
  ),
];
