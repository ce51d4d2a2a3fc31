import { CARRIER_RULES } from './carriers.js';
import { COMMAND_RULES } from './commands.js';
import { CONTEXTUAL_RULES } from './contextual.js';
import { DEVICE_RULES } from './devices.js';
import { ENTROPY_RULES } from './entropy.js';
import { HASH_RULES } from './hashes.js';
import { LOGIN_RULES } from './logins.js';
import { PROSE_RULES, SUMMED_SPELLING_RULE } from './prose.js';
import { REGISTRY_RULES } from './registry.js';
import type { RedactionRule } from './rule.js';
import { TOKEN_RULES } from './tokens.js';

export type { RedactionRule } from './rule.js';

// The secrets closeout masks, in four layers that are measured one by one (docs/security.md):
// provider formats and hashes, which name their kind precisely, go first; then command lines,
// device configs and structured carriers (keys in JSON, YAML, .env, tables); then credential
// words in prose, in every language of languages.ts; entropy last, for what none of them named.
// A value one rule has masked is not seen again by the rules after it.

/** Layer 1: vendor token formats, key blocks and hashes of credentials. */
export const FORMAT_RULES: readonly RedactionRule[] = [...TOKEN_RULES, ...HASH_RULES];
/** Layer 3: command lines, device configs, the registry, URLs, headers and structured carriers. */
export const STRUCTURE_RULES: readonly RedactionRule[] = [
  ...COMMAND_RULES,
  ...DEVICE_RULES,
  ...REGISTRY_RULES,
  ...CARRIER_RULES,
];
/**
 * Layer 2: credential words followed by a value, in prose, in every supported language; then a
 * strong value beside an account where no word names it (logins.ts).
 */
export const KEYWORD_RULES: readonly RedactionRule[] = [
  // A spelling summed up goes first: the key rules would take its first character for the value.
  SUMMED_SPELLING_RULE,
  ...CONTEXTUAL_RULES,
  ...PROSE_RULES,
  ...LOGIN_RULES,
];
/** Layer 4: a random-looking token near a credential word. */
export { ENTROPY_RULES } from './entropy.js';

/** Every rule closeout applies, in priority order. */
export const REDACTION_RULES: readonly RedactionRule[] = [
  ...FORMAT_RULES,
  ...STRUCTURE_RULES,
  ...KEYWORD_RULES,
  ...ENTROPY_RULES,
];
