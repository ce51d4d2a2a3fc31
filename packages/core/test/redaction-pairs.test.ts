import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../src/redaction/redact.js';

// Credential classes added for the fourth blind corpus's misses, each next to a look-alike that the
// same rule must leave alone, so the test fails both ways. Written for this file, not taken from a
// corpus: the values are made up.

type Pair = readonly [name: string, text: string, secret: string, lookalike: string];

const PAIRS: readonly Pair[] = [
  ['Estonian prose', 'Serveri parool on Kx7#mPq2Lw', 'Kx7#mPq2Lw', 'Serveri parool on aegunud.'],
  ['Lithuanian prose', 'Naujas slaptažodis yra Rt5!vBn8Qz', 'Rt5!vBn8Qz', 'Slaptažodis yra pakeistas.'],
  [
    'Catalan prose',
    'La contrasenya del router és Wq3$zLp9Xe',
    'Wq3$zLp9Xe',
    'La contrasenya del router és nova.',
  ],
  ['Hindi prose', 'राउटर का पासवर्ड Hj6-kLm2Pq है', 'Hj6-kLm2Pq', 'राउटर का पासवर्ड बदल दिया गया है'],
  ['Persian prose', 'رمز عبور روتر Zx8_pQ3-mN است', 'Zx8_pQ3-mN', 'رمز عبور روتر تغییر کرد'],
  ['Thai prose', 'รหัสผ่านเราเตอร์คือ Yt4#nBv7Lk', 'Yt4#nBv7Lk', 'รหัสผ่านเราเตอร์ถูกเปลี่ยนแล้ว'],
  [
    '"password now"',
    'Vendor portal reset; password now Gh7!kPw3Zq',
    'Gh7!kPw3Zq',
    'Vendor portal reset; password now expires in 90 days.',
  ],
  [
    'a remark in brackets',
    'Archive password (see binder): Ty5#qLm8Wz',
    'Ty5#qLm8Wz',
    'Archive password (see binder): ask the office manager.',
  ],
  [
    'a Wi-Fi key after its SSID',
    'Lobby Wi-Fi: SSID Acme-Lobby, key Qp4!xZm9Tr',
    'Qp4!xZm9Tr',
    'Lobby Wi-Fi: SSID Acme-Lobby, key rotated monthly.',
  ],
  [
    'certutil -p',
    'certutil -f -p Ws3!rTy8Kp -importpfx C:\\certs\\vpn.pfx',
    'Ws3!rTy8Kp',
    'certutil -f -importpfx C:\\certs\\vpn.pfx',
  ],
  [
    '-L2tpPsk',
    "Add-VpnConnection -Name HQ -L2tpPsk 'Lm9!pQz4Xw' -Force",
    'Lm9!pQz4Xw',
    'Add-VpnConnection -Name HQ -TunnelType L2tp -Force',
  ],
  [
    "T-SQL N'…'",
    "ALTER LOGIN [svc] WITH PASSWORD = N'Kq8#vBn3Zr';",
    'Kq8#vBn3Zr',
    'ALTER LOGIN [svc] WITH CHECK_POLICY = OFF;',
  ],
  [
    'redis.conf',
    'redis.conf:\nrequirepass Nz4kQp8WmX2v',
    'Nz4kQp8WmX2v',
    'redis.conf:\n# requirepass is not set yet',
  ],
  [
    'cloudflared',
    'cloudflared service install eyJhIjoiMTIzNDU2Nzg5MGFiY2RlZiIsInQiOiJhYmNkZWYxMjM0NTY3ODkwIn0',
    'eyJhIjoiMTIzNDU2Nzg5MGFiY2RlZiIsInQiOiJhYmNkZWYxMjM0NTY3ODkwIn0',
    'cloudflared service install --help',
  ],
  [
    'curl -u KEY:X',
    'curl -u Zm8rQw2PxLk7Vn3T:X https://acme.example/api/v2/tickets',
    'Zm8rQw2PxLk7Vn3T',
    'curl -u jdoe https://acme.example/api/v2/tickets',
  ],
  [
    'Authorization: Splunk',
    'curl -H "Authorization: Splunk 0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b" https://splunk:8088',
    '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
    'Authorization: pending manager sign-off',
  ],
  [
    'JDBC thin',
    'jdbc:oracle:thin:app/Qx7pLm2Wz@//db01:1521/PRD',
    'Qx7pLm2Wz',
    'jdbc:oracle:thin:@//db01:1521/PRD',
  ],
  [
    'sasl_passwd',
    '/etc/postfix/sasl_passwd:\n[smtp.relay.example]:587 relay@acme.example:Wv5kRp9-Lq2z',
    'Wv5kRp9-Lq2z',
    '/etc/postfix/main.cf:\n[smtp.relay.example]:587',
  ],
  [
    'an auth cookie',
    'Cookie: .AspNetCore.Cookies=CfDJ8Nq4Lm7Xz2Pw9Rt5Vb3Kc8Hy6Jd1Fg0Ms4Qe',
    'CfDJ8Nq4Lm7Xz2Pw9Rt5Vb3Kc8Hy6Jd1Fg0Ms4Qe',
    'Cookie: theme=dark; lang=de',
  ],
  [
    'base64 of user:password',
    "[Convert]::FromBase64String('YWRtaW46U3VwM3IhU2VjcmV0')",
    'YWRtaW46U3VwM3IhU2VjcmV0',
    "[Convert]::FromBase64String('SGVsbG8gd29ybGQgZnJvbSBsb2dz')",
  ],
  [
    'an EPP auth code',
    'Transfer of acme.example: EPP auth code: Rk9+Lm2_Qz7x',
    'Rk9+Lm2_Qz7x',
    'Transfer of acme.example: EPP auth code requested from the old registrar.',
  ],
  [
    'a bypass code',
    'Duo bypass code for j.doe (one use): 482019377',
    '482019377',
    'Duo bypass code for j.doe revoked on 2026-11-03.',
  ],
  [
    'a CSV password column',
    'host,user,password\nSW-01,admin,Pq7!zXk2Lm\nSW-02,admin,Vn4#rTy8Wq',
    'Pq7!zXk2Lm',
    'host,user,vlan\nSW-01,admin,Pq7zXk2Lm4',
  ],
  [
    'a box-drawing table',
    '│ Host │ User │ Password │\n│ NAS-01 │ admin │ Hx5*kLp9Qw │',
    'Hx5*kLp9Qw',
    '│ Host │ User │ Role │\n│ NAS-01 │ admin │ owner │',
  ],
];

/** Look-alikes the same round taught the rules to leave: names of secrets, not secrets. */
const NAMES: readonly string[] = [
  'FC port WWN 21:00:00:24:ff:4c:8a:10 zoned to the array.',
  'IOC: sha256=0b5e0c3a9d1f7e2b4c6a8d0e1f3a5b7c9d2e4f6a8b0c1d3e5f7a9b2c4d6e8f0a blocked.',
  'The script reads the password from $env:SQL_PASSWORD at run time.',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell reference, as a compose file writes it
  'compose: DB_PASSWORD=${DB_PASSWORD:?must be set}',
  'Password     : System.Security.SecureString',
  'Security key           : Present',
  'Stripe example from the README: sk_test_XXXXXXXXXXXXXXXXXXXXXXXX',
  'Template: postgresql://USER:PASSWORD@HOST:5432/DB',
];

describe('credential classes and their look-alikes', () => {
  it.each(PAIRS)('%s: masks the secret and leaves the look-alike', (_name, text, secret, lookalike) => {
    expect(text).toContain(secret);
    expect(redactSecrets(text).text).not.toContain(secret);
    expect(redactSecrets(lookalike).text).toBe(lookalike);
  });

  it.each(NAMES)('leaves "%s" as written', (text) => {
    expect(redactSecrets(text).text).toBe(text);
  });
});
