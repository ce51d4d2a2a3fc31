import { COMMAND_RULES } from './commands.js';
import { CONTEXTUAL_RULES } from './contextual.js';
import { DEVICE_RULES } from './devices.js';
import type { RedactionRule } from './rule.js';
import { TOKEN_RULES } from './tokens.js';

export type { RedactionRule } from './rule.js';

// The secrets closeout masks. Token formats name their kind precisely and go first; a value one
// rule has masked is not seen again by the rules after it. Command lines and device configs come
// before the generic key/value and prose rules, whose kinds (`credential`, `password`) are vaguer.

/** Every rule closeout applies, in priority order. */
export const REDACTION_RULES: readonly RedactionRule[] = [
  ...TOKEN_RULES,
  ...COMMAND_RULES,
  ...DEVICE_RULES,
  ...CONTEXTUAL_RULES,
];
