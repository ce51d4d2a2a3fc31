/**
 * `@closeout/core/tools`: the assistant's tools. `assistantTools(account)` is one table of tools
 * (name, description for a model, JSON Schema, `run`) that a host hands to any LLM SDK's tool calling,
 * or that `@closeout/mcp` serves over MCP. A post to the ticket always waits for a human's confirmation.
 *
 * @packageDocumentation
 */

export type { SessionState, ToolAnswer } from './answers.js';
export { missingBeforeResolve, sessionState } from './answers.js';
export type { ConfirmPost, PostConfirmationRequest } from './confirm.js';
export type { JsonSchema } from './json-schema.js';
export { toolInputJsonSchema } from './json-schema.js';
export {
  AddFindingToolInput,
  GetSessionToolInput,
  NoteKindSchema,
  PostNoteToolInput,
  PreviewNoteToolInput,
  ProposeFixToolInput,
  RecordDecisionToolInput,
  RecordOutcomeToolInput,
  StartSessionToolInput,
} from './schemas.js';
export type { AssistantTool, AssistantToolName, AssistantToolsOptions } from './table.js';
export { assistantTools, confirmationRequired } from './table.js';
