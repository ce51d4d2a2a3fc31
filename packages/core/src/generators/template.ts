import { PREVIEW_KINDS } from './kinds.js';
import type { NoteGenerator } from './types.js';

/** The template generator's id; the version moves whenever its wording changes. */
export const TEMPLATE_GENERATOR_ID = 'template@1';

/**
 * The default generator: offline, deterministic and free. It writes from the record alone with
 * the same rules and schemas as a model would, so its notes pass the faithfulness guard by
 * construction: closure language only over a successful active fix, the failure reason and next
 * steps otherwise, and all five escalation sections.
 */
export function templateGenerator(): NoteGenerator {
  return {
    id: TEMPLATE_GENERATOR_ID,
    async generate({ kind, bundle }) {
      return { sections: PREVIEW_KINDS[kind].template(bundle) };
    },
  };
}
