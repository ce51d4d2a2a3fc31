import { z } from 'zod';
import { PREVIEW_KINDS, type PreviewKind } from '../kinds.js';

// One output schema for every kind: an object with one field per kind (named by the kind's
// format name), the asked-for document in its field and null in the others. A provider's prompt
// cache is keyed on the output schema too (OpenAI documents it; Claude is reported to miss the cache
// when only the schema changes), so a schema per kind would split the cache in two; with this one, resolve and escalate requests share one cached prefix (schema + system
// prompt) and differ only in the user message, which says which field to fill.

const fields = Object.fromEntries(
  Object.values(PREVIEW_KINDS).map((spec) => [
    spec.formatName,
    spec.schema.nullable().describe(`The ${spec.label}, when the user message asks for it; otherwise null.`),
  ]),
);

/** The structured-output schema of every model request: one nullable field per preview kind. */
export const DocumentSchema = z.object(fields);

/** The answer's field for `kind`, or `undefined` when the answer is not an object holding it. */
function sectionsOf(kind: PreviewKind, answer: unknown): unknown {
  if (answer === null || typeof answer !== 'object') return undefined;
  const value = (answer as Record<string, unknown>)[PREVIEW_KINDS[kind].formatName];
  return value === null ? undefined : value;
}

/** The instruction that says where the document goes, for the user message. */
export function fieldDirective(kind: PreviewKind): string {
  const others = Object.values(PREVIEW_KINDS)
    .map((spec) => spec.formatName)
    .filter((name) => name !== PREVIEW_KINDS[kind].formatName);
  return `Put it in the field ${PREVIEW_KINDS[kind].formatName} and set ${others.join(', ')} to null.`;
}

/**
 * Reads a model's JSON answer text as the sections of `kind`, or says in words (for the model, as
 * feedback) why it cannot: not JSON, or the kind's field empty.
 */
export function readDocument(kind: PreviewKind, text: string): { sections: unknown } | { malformed: string } {
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    return { malformed: 'the answer was not valid JSON' };
  }
  const sections = sectionsOf(kind, answer);
  return sections === undefined
    ? { malformed: `the answer left the field ${PREVIEW_KINDS[kind].formatName} empty` }
    : { sections };
}
