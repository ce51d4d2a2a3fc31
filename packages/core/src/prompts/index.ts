/**
 * `@closeout/core/prompts`: what closeout's own model-backed generators are made of, for writing
 * another one (a provider closeout has no generator for, a fine-tuned model, a proxy). A
 * `NoteGenerator` gets a {@link Bundle} and returns sections; these turn the bundle into the
 * request closeout's generators send and say what each preview kind must contain.
 *
 * - {@link SYSTEM_PROMPT}: one stable text for both kinds and every session, so a provider can
 *   cache it; {@link buildUserMessage}: the per-request part (task, outcome rule, record).
 * - {@link PREVIEW_KINDS}: per kind, the section schema (for a structured-output format), its
 *   format name, the task line, the renderer and the offline template.
 * - {@link buildBundle}, {@link renderBundle}, {@link estimateTokens}: the bundle as closeout
 *   builds and renders it, within {@link BUNDLE_TOKEN_BUDGET}.
 * - {@link PROMPT_VERSION}: part of every preview's cache key.
 * - {@link AUDIT_SYSTEM_PROMPT}, {@link buildAuditUserMessage}, {@link AuditAnswerSchema},
 *   {@link readAuditAnswer}: the claim audit's request and answer, for a `ClaimAuditor` of your own.
 *
 * Everything here may change with `PROMPT_VERSION`; the root export's `NoteGenerator` contract
 * does not.
 *
 * @packageDocumentation
 */

export { BUNDLE_TEXT_CAPS, buildBundle } from '../bundle/build.js';
export { renderBundle } from '../bundle/render.js';
export { BUNDLE_CHAR_BUDGET, BUNDLE_TOKEN_BUDGET, estimateTokens } from '../bundle/tokens.js';
export type { Bundle } from '../bundle/types.js';
export type { PreviewKindSpec, SectionsOf } from '../generators/kinds.js';
export { kindSpec, PREVIEW_KINDS } from '../generators/kinds.js';
export {
  AUDIT_FORMAT_NAME,
  AUDIT_PROMPT_VERSION,
  AUDIT_SYSTEM_PROMPT,
  AuditAnswerSchema,
  buildAuditUserMessage,
  readAuditAnswer,
} from '../generators/prompts/audit.js';
export { SYSTEM_PROMPT } from '../generators/prompts/system.js';
export { buildUserMessage, outcomeDirective } from '../generators/prompts/user.js';
export { PROMPT_VERSION } from '../generators/prompts/version.js';
