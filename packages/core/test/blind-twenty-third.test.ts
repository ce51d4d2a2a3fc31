import secretsBlind23 from './fixtures/secrets-blind-23.json' with { type: 'json' };
import { describeBlindRedactionCorpus } from './support/blind-corpora.js';

// The twenty-third secrets corpus (fixtures/secrets-blind-23.json, kept as delivered), written by
// someone who had seen neither the rules nor the earlier corpora. Its writer was asked for Windows
// command lines that carry a password (net user, cmdkey, schtasks, sc config, PsExec,
// ConvertTo-SecureString, msiexec properties, net use), Linux mounts and clients (fstab, smbclient,
// sshpass, curl -u, wget, mysql -p, PGPASSWORD, docker login), cloud and CI files (AWS credentials,
// Azure AccountKey and SAS signatures, GCP service accounts, Kubernetes secrets, .env, tfvars,
// personal access tokens), MSP tooling (RMM and PSA API keys, Entra client secrets, webhooks, mail
// and payment keys), recovery material (BitLocker recovery keys, LAPS, backup passphrases, 2FA
// backup codes, TOTP seeds, Wi-Fi QR payloads), and people (reset e-mails, call transcripts, chats,
// sticky notes) with odd Unicode around the value; and for look-alikes BitLocker key IDs, KB and
// event numbers, named digests, GUIDs, MACs, serials, masked values, placeholders and environment
// references, commands that prompt for a password, password prose and policy text.
describeBlindRedactionCorpus('twenty-third', secretsBlind23, {
  // First measured, on the rules after the twenty-second round: 289 of 300 secrets masked (96.3 %),
  // 198 of 200 look-alikes intact (99.0 %).
  first: { masked: 0.963, intact: 0.99 },
  tuned: { masked: 289, intact: 198 },
});
