import { REDACTION_RULES, type RedactionRule } from './rules.js';

/** What {@link redactSecrets} did to one text. */
export interface RedactionResult {
  /** The text with every secret found replaced by `[REDACTED:<kind>]`. */
  text: string;
  /** How many secrets were masked, per kind. Counts only: never the secrets. */
  counts: Readonly<Record<string, number>>;
}

const MASK_PREFIX = '[REDACTED';

/** The mask that stands in for a secret of `kind`. */
export function redactionMask(kind: string): string {
  return `${MASK_PREFIX}:${kind}]`;
}

/**
 * Masks passwords, API keys and tokens (AWS, GitHub, Slack, Anthropic, OpenAI, Google, Stripe,
 * SendGrid, npm), JWTs, Authorization and Bearer values, private key blocks, BitLocker recovery
 * passwords, and credentials in URLs and connection strings. Synchronous and pure; the mask keeps
 * the key or phrase in front of the secret (`Password=[REDACTED:credential]`), so a reader still
 * knows a password was given without learning it. Running it twice changes nothing more.
 *
 * Detection is by pattern, so it errs towards masking: an unusual non-secret after `password:` may
 * be masked, while a bare password with no key or phrase in front of it cannot be recognised.
 */
export function redactSecrets(
  text: string,
  rules: readonly RedactionRule[] = REDACTION_RULES,
): RedactionResult {
  const counts: Record<string, number> = {};
  let out = text;
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    out = out.replace(rule.pattern, (...args: unknown[]) => {
      const match = args[0] as string;
      const groups = args[args.length - 1] as Record<string, string | undefined>;
      const secret = groups.secret ?? match;
      if (secret.startsWith(MASK_PREFIX) || rule.keep?.(secret) === true) return match;
      counts[rule.kind] = (counts[rule.kind] ?? 0) + 1;
      return `${groups.pre ?? ''}${redactionMask(rule.kind)}`;
    });
  }
  return { text: out, counts };
}

/** {@link redactSecrets}, returning the masked text only. */
export function redact(text: string): string {
  return redactSecrets(text).text;
}
