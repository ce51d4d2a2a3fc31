import { PASSWORD_WORDS } from './keywords.js';
import type { RedactionRule } from './rule.js';
import { keepValue, VALUE } from './values.js';

// Secrets in network-device configs (Cisco IOS/ASA, Juniper, FortiGate, HP/Aruba), Wi-Fi and
// IPsec settings, and the Windows autologon values in the registry or an unattend file. Config
// lines end with their value (or with the RO/RW of an SNMP community), which tells them from a
// sentence that merely starts with "password".

/** A config value: the rest of the line after the keyword, an optional type digit in front. */
const CONFIG_VALUE = String.raw`(?:"[^"\n]{1,200}"|[^\s"]{1,200})`;
const LINE_END = String.raw`(?=\s?(?:RO|RW|ro|rw)?(?:\s\d{1,5})?\s?(?:\n|$))`;

// Every device rule needs one of these words; most texts have none and skip the rules at once.
// A RADIUS or TACACS+ server line names no key on a Cisco WLC: "config radius auth add 2 10.0.1.15 1812 ascii x".
const DEVICE_WORDS =
  /password|passwd|secret|key|psk|community|snmp|createuser|REG_SZ|autologon|<|wpa|radius|tacacs/i;

/**
 * The colon of a label before a config line ("config backup: enable password 7 0822…", "sw01:
 * password x"), but not a property sheet's line, where a label of words is followed by "Password"
 * and one word of letters ("Security Method: Password Security", "Encryption: Password Protected"):
 * the name of a setting, with no value.
 */
const LABEL_COLON = String.raw`:\s(?!(?<=(?:^|\n)[ \t]{0,8}[A-Za-z][A-Za-z ]{0,40}:\s)\s?(?:password|secret)\s[A-Za-z]{2,20}[ \t]?(?:\r?\n|$))`;

/**
 * A setting of the password policy and its number, where a value would stand: Junos's "set system
 * login password minimum-length 12", "maximum-lifetime 90". A setting's name is words in lower case
 * joined by hyphens.
 */
const SETTING_AND_NUMBER = String.raw`[a-z]{2,20}(?:-[a-z]{2,20}){1,3}\s\d{1,5}\s?(?:\n|$)`;

const rule = (kind: string, pattern: string, flags = 'gi'): RedactionRule => ({
  kind,
  pattern: new RegExp(pattern, flags),
  hint: DEVICE_WORDS,
  keep: keepValue,
});

/** The device, Wi-Fi and autologon rules. */
export const DEVICE_RULES: readonly RedactionRule[] = [
  // OpenWrt's UCI files: "option key 'x'" under a wifi-iface, "option password", "option
  // sae_password", a RADIUS server's "option auth_secret".
  rule(
    'device-secret',
    String.raw`(?<pre>(?:^|\n)[ \t]{0,8}option[ \t]{1,4}(?:key|password|psk|sae_password|auth_secret|acct_secret|wpa_passphrase|private_key|preshared_key)[ \t]{1,4}['"]?)(?<secret>[^'"\s]{1,200})(?=['"]?[ \t]*(?:\r?\n|$))`,
  ),
  // Cisco/HP: "enable secret 5 $1$…", "username admin privilege 15 secret 9 $9$…",
  // "password 7 0822455D0A16", "tacacs-server key 7 …", "key-string …", "wpa-psk ascii 0 …",
  // "crypto isakmp key … address …"; FortiGate "set psksecret ENC …", "set password …".
  rule(
    'device-secret',
    String.raw`(?<pre>(?:^|\n|[#>]\s|${LABEL_COLON})\s?(?:username\s[^\s]{1,64}\s(?:privilege\s\d{1,2}\s)?|enable\s|set\s|line\s[^\n]{0,40}\n\s?)?(?:password|secret|key-string|authentication-key|psksecret|(?:tacacs-server|radius-server|tacacs|radius)\s(?:host\s[^\s]{1,64}\s)?key|wpa-psk\s(?:ascii|hex)|pre-shared-key(?:\s(?:local|remote|address\s[^\s]{1,64}))?|ikev[12]\s(?:local|remote)-authentication\spre-shared-key|ntp\sauthentication-key\s\d{1,5}\smd5|encrypted-password|plain-text-password|ascii-text)[ \t](?:(?:level|type)\s\d{1,2}\s)?(?:[0-9]\s|ENC\s|ascii-text\s)?)(?<secret>${CONFIG_VALUE})${LINE_END}`,
  ),
  // The same line quoted in a message with a remark after it: "username netadmin password 7
  // 0822455D0A16544541 — can this be decoded?", "enable secret 0 x (will convert to type 9 later)".
  // Only with the user or "enable" in front and the type digit, which a sentence about a password
  // never has, so the remark cannot be taken for the value.
  rule(
    'device-secret',
    String.raw`(?<pre>(?<![\w-])(?:username\s[^\s]{1,64}\s(?:privilege\s\d{1,2}\s)?|enable\s)(?:password|secret)\s[05789]\s)(?<secret>[^\s]{1,200})(?=\s{1,4}(?:\(|\u2014|\u2013|-{1,2}\s|[,;]\s)|[,;](?:\s|$))`,
  ),
  // FortiOS names a pre-shared key `psksecret` and an admin's password `passwd`, and nothing else so:
  // what follows "set psksecret" is the key, in a sentence or a remark as much as at a line's end
  // ("set psksecret x (tunnel to the branch)"); an encrypted one is written "ENC" and the value.
  rule(
    'device-secret',
    String.raw`(?<pre>(?<![\w-])set\s(?:psksecret|passwd)\s(?:ENC\s)?)(?<secret>${CONFIG_VALUE})`,
  ),
  // MikroTik RouterOS names an SNMP community by its `name=`, under "/snmp community" on the lines
  // that add or set one ("add addresses=10.0.0.0/24 name=x", "set [ find default=yes ] name=x"), up to
  // the next menu path, which starts a line with "/".
  {
    ...rule(
      'snmp-community',
      String.raw`(?<pre>(?<![\w-])name=)(?<=/snmp[ \t]{1,4}community(?:[^\n]|\n(?![ \t]{0,8}/)){0,1000}?[ \t]name=)(?<secret>"[^"\n]{1,200}"|[^\s"]{1,200})`,
    ),
    hint: /\/snmp community/i,
    // Its other parameters follow the name ("name=x addresses=…"): not the words of a sentence. The
    // community RouterOS ships, "public", is everyone's default, not a secret.
    keep: (secret) => keepValue(secret) || /^"?public"?$/i.test(secret),
  },
  // Asterisk's outbound registration in sip.conf: "register => user:secret@host/extension", with an
  // optional auth user after the secret ("user:secret:authuser@host") and a transport in front.
  {
    kind: 'device-secret',
    hint: /register[ \t]{0,4}=>/i,
    pattern:
      /(?<pre>(?<=(?:^|\n)[ \t]{0,8})register[ \t]{0,4}=>[ \t]{0,4}(?:[a-z]{2,5}:\/\/)?[^\s:@/]{1,64}(?:@[^\s:@/]{1,100})?:)(?<secret>[^\s:@/]{1,128})(?=(?::[^\s:@/]{1,64})?@)/gi,
    keep: keepValue,
  },
  // Grandstream phones and ATAs number their settings: P2 is the admin password, P196 the end
  // user's, P34 the SIP password of account 1 and P406, P506, P606 of accounts 2 to 4. A provisioning
  // file gives them as XML elements ("<P34>x</P34>") or as lines ("P34 = x").
  {
    kind: 'device-secret',
    hint: /<P(?:2|34|196|406|506|606)>/,
    pattern: /(?<pre><(?<tag>P(?:2|34|196|406|506|606))>)(?<secret>[^<\n]{1,200})(?=<\/\k<tag>>)/g,
    keep: keepValue,
  },
  {
    kind: 'device-secret',
    hint: /(?:^|\n)[ \t]{0,8}P(?:2|34|196|406|506|606)[ \t]{0,4}=/,
    pattern:
      /(?<pre>(?<=(?:^|\n)[ \t]{0,8})P(?:2|34|196|406|506|606)[ \t]{0,4}=[ \t]{0,4})(?<secret>[^\s]{1,200})(?=[ \t]*(?:\r?\n|$))/g,
    keep: keepValue,
  },
  rule(
    'device-secret',
    String.raw`(?<pre>\bcrypto\sisakmp\skey\s(?:[0-9]\s)?)(?<secret>[^\s]{1,200})(?=\saddress\s)`,
  ),
  // The secret as the last word of a server, peer or interface line, after parameters: "radius-server
  // host 10.0.0.12 auth-port 1812 key 7 …", "tacacs-server host 10.0.0.5 key …", "neighbor 10.1.1.2
  // password …", "ip ospf message-digest-key 1 md5 …", "client 10.0.0.9 server-key …", and the
  // indented "key …" under "radius server NAS". Config commands are lower case, which tells them
  // from a sentence that starts with "Server" or "Host"; a prompt ("sw01(config)# ") may precede.
  rule(
    'device-secret',
    String.raw`(?<pre>(?:(?:^|\n|[#>:]\s?)[ \t]{0,8}(?:no\s)?(?:radius-server|tacacs-server|radius|tacacs\+?|aaa|server|host|neighbor|peer|ip|ipv6|standby|vrrp|glbp|ntp|crypto|tunnel|snmp-server|wpa|set|username|enable|ppp|client|dot1x|mab|eap|authentication|local-user|user|address|ikev[12]|isakmp|wlan|ssid|security|router|area|interface|config)\s[^\n]{0,160}?\s(?:key|secret|password|passwd|pre-shared-key|preshared-key|pre-shared-secret|psk|psk-passphrase|passphrase|shared-secret|sharedsecret|server-key|secret-key|community|key-string|authentication-key|auth-key|message-digest-key\s\d{1,3}\smd5|md5|ascii)|(?:^|\n|[#>]\s?)[ \t]{0,8}key)\s(?:(?:level|type)\s\d{1,2}\s)?(?:[0-9]\s|ENC\s|ascii\s|hex\s|cleartext\s|plaintext\s|encrypted\s|unencrypted\s)?)(?!${SETTING_AND_NUMBER})(?<secret>${CONFIG_VALUE})${LINE_END}`,
    'g',
  ),
  // SNMP traps to a host carry the community after the version: "snmp-server host 10.0.0.5 version
  // 2c …", "snmp-server host 10.0.0.5 traps version 2c … udp-port 162".
  rule(
    'snmp-community',
    String.raw`(?<pre>\bsnmp-server\shost\s[^\s]{1,64}\s(?:(?:traps|informs)\s)?version\s(?:1|2c)\s)(?<secret>[^\s]{1,200})`,
  ),
  // Juniper and others quote the value: encrypted-password "$6$…", authentication-key "…".
  rule(
    'device-secret',
    String.raw`(?<pre>\b(?:encrypted-password|plain-text-password|authentication-key|ascii-text|secret|psksecret)\s)(?<secret>"[^"\n]{1,200}")`,
  ),
  // SNMP: "snmp-server community s3cr3t RO", Juniper "community s3cr3t", "snmp community: x".
  rule('snmp-community', String.raw`(?<pre>\bsnmp-server\scommunity\s)(?<secret>[^\s]{1,200})`),
  // SNMPv3 users carry their passphrases inline: "snmp-server user nms GRP v3 auth sha <auth> priv
  // aes 128 <priv>".
  rule(
    'snmp-community',
    String.raw`(?<pre>\bsnmp-server\suser\s[^\n]{1,200}?\sv3\s(?:encrypted\s)?auth\s(?:md5|sha\d{0,3})\s)(?<secret>[^\s]{1,200})`,
  ),
  rule(
    'snmp-community',
    String.raw`(?<pre>\bsnmp-server\suser\s[^\n]{1,300}?\spriv\s(?:des|3des|aes(?:\s\d{3})?)\s)(?<secret>[^\s]{1,200})`,
  ),
  rule(
    'snmp-community',
    String.raw`(?<pre>(?:^|\n)\s?(?:set\s)?community\s)(?<secret>${CONFIG_VALUE})${LINE_END}`,
  ),
  // Net-SNMP's snmpd.conf gives the community of an access line first: "rocommunity <community>
  // [source [-V view]]", rwcommunity, their IPv6 forms. A line of the file holds the community and
  // at most a source and a view, which tells it from a sentence about the directive; so a word
  // there is the community even with words after it ("rocommunity public default").
  {
    ...rule(
      'snmp-community',
      String.raw`(?<pre>(?:^|\n)[ \t]{0,8}(?:ro|rw)community6?[ \t]{1,8})(?<secret>[^\s#]{1,200})(?=(?:[ \t]{1,8}(?!-)[^\s]{1,100})?(?:[ \t]{1,8}-V[ \t]{1,8}[^\s]{1,64})?[ \t]*(?:#[^\n]*)?(?:\r?\n|$))`,
    ),
    hint: /(?:ro|rw)community/i,
    keep: (secret) => keepValue(secret),
  },
  // Net-SNMP's SNMPv3 users: "createUser [-e engine] <name> (MD5|SHA|SHA-256…) <auth passphrase>
  // [DES|AES <priv passphrase>]", as snmpd.conf or /var/lib/net-snmp holds it before the first start.
  {
    ...rule(
      'snmp-community',
      String.raw`(?<pre>\bcreateUser[ \t]{1,4}(?:-e[ \t]{1,4}[^\s]{1,80}[ \t]{1,4})?[^\s]{1,64}[ \t]{1,4}(?:MD5|SHA(?:-?(?:224|256|384|512))?)[ \t]{1,4})(?!(?:DES|AES(?:128|192|256)?)(?:\s|$))(?<secret>"[^"\n]{1,200}"|[^\s"]{1,200})`,
    ),
    hint: /createUser/i,
  },
  {
    ...rule(
      'snmp-community',
      String.raw`(?<pre>\bcreateUser[ \t]{1,4}[^\n]{1,300}?[ \t](?:DES|AES(?:128|192|256)?)[ \t]{1,4})(?<secret>"[^"\n]{1,200}"|[^\s"]{1,200})`,
    ),
    hint: /createUser/i,
  },
  // HPE ProCurve and Aruba switches: "password manager user-name admin plaintext <password>", the
  // operator's and port-access's alike; a value given as sha1 is the password's hash.
  {
    ...rule(
      'device-secret',
      String.raw`(?<pre>\bpassword[ \t]{1,4}(?:manager|operator|port-access)(?:[ \t]{1,4}user-name[ \t]{1,4}[^\s]{1,64})?[ \t]{1,4}(?:plaintext|sha1|sha-256|encrypted)[ \t]{1,4})(?<secret>"[^"\n]{1,200}"|[^\s"]{1,200})`,
    ),
    hint: /password[ \t]{1,4}(?:manager|operator|port-access)/i,
  },
  // ArubaOS controllers and Mobility Masters: "mgmt-user <name> <role> <password>", the password as
  // the config holds it (a hash of hex, or the clear text typed after "mgmt-user admin root"), at
  // the end of the line; a prompt may stand in front ("(Aruba7010) (config) #mgmt-user …"). Not
  // the subcommands that name no password ("mgmt-user ssh-pubkey …", "localauth-disable").
  {
    kind: 'device-secret',
    hint: /mgmt-user/i,
    pattern:
      /(?<pre>(?<=(?:^|\n|#)[ \t]{0,8})mgmt-user[ \t]{1,4}(?!ssh-pubkey|localauth-disable|webui-cacert|ssh-client)[^\s]{1,64}[ \t]{1,4}[^\s]{1,64}[ \t]{1,4})(?<secret>[^\s]{4,200})(?=[ \t]*(?:\r?\n|$))/gi,
    keep: keepValue,
  },
  // hostapd / wpa_supplicant: wpa_passphrase=…, psk="…"; netsh: "Key Content : …".
  rule('wifi-psk', String.raw`(?<pre>\b(?:wpa_passphrase|wpa_psk|psk|sae_password)=)(?<secret>${VALUE})`),
  // <keyMaterial>…</keyMaterial> (Wi-Fi profile XML) and unattend.xml <Password><Value>…</Value>.
  rule('wifi-psk', String.raw`(?<pre><keyMaterial>)(?<secret>[^<\n]{1,200})(?=</keyMaterial>)`),
  rule(
    'autologon-password',
    String.raw`(?<pre><(?:AdministratorPassword|Password|AutoLogon)>\s?(?:<Username>[^<]{0,64}</Username>\s?)?(?:<Password>\s?)?<Value>)(?<secret>[^<\n]{1,400})(?=</Value>)`,
  ),
  // An unattend file's <Value> quoted in a note that names it a password ("the local admin password
  // is in clear text in autounattend.xml: <Value>x</Value>"): the element's name is left out, and
  // the word in front says what the value is.
  {
    ...rule(
      'autologon-password',
      String.raw`(?<pre><Value>)(?<=(?<![A-Za-z])(?:${PASSWORD_WORDS})[^\n<]{0,120}<Value>)(?<secret>[^<\n]{1,400})(?=</Value>)`,
    ),
    hint: /<Value>/i,
  },
  // Windows autologon: reg add …\Winlogon /v DefaultPassword /t REG_SZ /d "…", reg query output
  // "DefaultPassword REG_SZ …", and Sysinternals Autologon's "autologon user domain password".
  rule(
    'autologon-password',
    String.raw`(?<pre>/v\s"?(?:DefaultPassword|AutoAdminLogonPassword|AltDefaultPassword)"?(?:\s/t\s[A-Z_]{1,20})?\s/d\s)(?<secret>${VALUE})`,
  ),
  rule(
    'autologon-password',
    String.raw`(?<pre>\b(?:DefaultPassword|AltDefaultPassword)\sREG_SZ\s)(?<secret>[^\n]{1,200}?)(?=\s?(?:\n|$))`,
  ),
  rule(
    'autologon-password',
    String.raw`(?<pre>\bautologon(?:64)?(?:\.exe)?\s(?:/accepteula\s)?[^\s]{1,64}\s[^\s]{1,64}\s)(?<secret>${VALUE})`,
  ),
];
