import type { z } from 'zod';
import type { AccountScope } from '../closeout.js';
import { CloseoutError } from '../errors.js';
import { ActorSchema } from '../history/events.js';
import type { Session } from '../model/session.js';
import { parseInput } from '../model/validate.js';
import { alreadyFinalized, outcomeNotResolved, stalePreview } from '../writeback/errors.js';
import { isResolvedOutcome } from '../writeback/plan.js';
import { errorAnswer, sessionState, stateText, type ToolAnswer } from './answers.js';
import type { ConfirmPost, PostConfirmationRequest } from './confirm.js';
import { type JsonSchema, toolInputJsonSchema } from './json-schema.js';
import {
  AddFindingToolInput,
  GetSessionToolInput,
  PostNoteToolInput,
  PreviewNoteToolInput,
  ProposeFixToolInput,
  RecordDecisionToolInput,
  RecordOutcomeToolInput,
  StartSessionToolInput,
} from './schemas.js';

/** The names of the assistant's tools. */
export type AssistantToolName =
  | 'closeout_start_session'
  | 'closeout_add_finding'
  | 'closeout_record_decision'
  | 'closeout_propose_fix'
  | 'closeout_record_outcome'
  | 'closeout_get_session'
  | 'closeout_preview_note'
  | 'closeout_post_note';

/** One tool, as a host hands it to an LLM SDK's tool calling (or an MCP server lists it). */
export interface AssistantTool {
  name: AssistantToolName;
  /** Written for a model: when to call it and what it answers. */
  description: string;
  /** The JSON Schema of the input, generated from the zod schema `run` validates with. */
  inputSchema: JsonSchema;
  /**
   * Runs the tool for the account. Input the SDK refuses, and any `CloseoutError`, answer
   * `isError: true` with the code in the text and `data.error` (a refused call changed nothing
   * unless the answer says otherwise); an unexpected failure (storage down) is thrown.
   */
  run(input: unknown): Promise<ToolAnswer>;
}

/** Options of {@link assistantTools}. */
export interface AssistantToolsOptions {
  /**
   * Asks a human to confirm each post (`closeout_post_note`), showing the draft. Without it every
   * post answers `CONFIRMATION_REQUIRED`: a model's word alone never writes to a customer's ticket.
   */
  confirm?: ConfirmPost;
  /** Who the changes are recorded as in the session's history (e.g. `assistant:claude`). */
  actor?: string;
}

interface ToolContext {
  account: AccountScope;
  actor: string | undefined;
  confirm: ConfirmPost | undefined;
}

interface ToolDefinition<S extends z.ZodType> {
  name: AssistantToolName;
  description: string;
  schema: S;
  run(input: z.output<S>, ctx: ToolContext): Promise<ToolAnswer>;
}

const define = <S extends z.ZodType>(definition: ToolDefinition<S>) => definition;

const mutated = (done: string, session: Session): ToolAnswer => {
  const state = sessionState(session);
  return { text: stateText(done, state), data: { ...state } };
};

const options = (input: { expectedVersion?: number | undefined }, ctx: ToolContext) => ({
  ...(input.expectedVersion === undefined ? {} : { expectedVersion: input.expectedVersion }),
  ...(ctx.actor === undefined ? {} : { actor: ctx.actor }),
});

const actorOf = (ctx: ToolContext) => (ctx.actor === undefined ? {} : { actor: ctx.actor });

// The one table of tools. A tool's input schema is built from the SDK's own (see schemas.ts), and its
// JSON Schema is generated from it once, below.
const DEFINITIONS = [
  define({
    name: 'closeout_start_session',
    description:
      'Start recording a troubleshooting session when you begin working on a reported problem. Link the PSA ticket if ' +
      'there is one, so the closing note can be posted to it. Answers the session id every other closeout tool needs, ' +
      'and the state version.',
    schema: StartSessionToolInput,
    async run(input, ctx) {
      const session = await ctx.account.sessions.create(
        { problem: input.problem, ...(input.ticket == null ? {} : { ticket: input.ticket }) },
        actorOf(ctx),
      );
      return mutated(`Started session ${session.id}.`, session);
    },
  }),
  define({
    name: 'closeout_add_finding',
    description:
      'Record something you established while troubleshooting (a symptom confirmed, a log line, a test result). ' +
      'Record facts, not plans. Answers the new state version and what is still missing before a resolve.',
    schema: AddFindingToolInput,
    async run({ sessionId, expectedVersion, ...finding }, ctx) {
      const session = await ctx.account.sessions.addFinding(
        sessionId,
        finding,
        options({ expectedVersion }, ctx),
      );
      return mutated('Finding recorded.', session);
    },
  }),
  define({
    name: 'closeout_record_decision',
    description:
      'Record a decision taken during troubleshooting (what you chose to do or rule out), with its rationale.',
    schema: RecordDecisionToolInput,
    async run({ sessionId, expectedVersion, ...decision }, ctx) {
      const session = await ctx.account.sessions.recordDecision(
        sessionId,
        decision,
        options({ expectedVersion }, ctx),
      );
      return mutated('Decision recorded.', session);
    },
  }),
  define({
    name: 'closeout_propose_fix',
    description:
      'Record a fix you are about to apply or ask the technician to apply. It becomes the active fix; record how it ' +
      'turned out with closeout_record_outcome once it was tried. Answers the fix id.',
    schema: ProposeFixToolInput,
    async run({ sessionId, expectedVersion, ...fix }, ctx) {
      const session = await ctx.account.sessions.proposeFix(
        sessionId,
        fix,
        options({ expectedVersion }, ctx),
      );
      return mutated('Fix proposed.', session);
    },
  }),
  define({
    name: 'closeout_record_outcome',
    description:
      'Record how a fix turned out, once it was tried: "success" (say how it was verified, with verifiedAt), "failed" ' +
      '(failureReason required) or "partial" (partialNotes required). Applies to the active fix unless fixId names ' +
      'another. Record only what actually happened: the closing note is written from it.',
    schema: RecordOutcomeToolInput,
    async run({ sessionId, expectedVersion, ...outcome }, ctx) {
      const session = await ctx.account.sessions.recordOutcome(
        sessionId,
        outcome,
        options({ expectedVersion }, ctx),
      );
      return mutated('Outcome recorded.', session);
    },
  }),
  define({
    name: 'closeout_get_session',
    description:
      'Read a session: its findings, decisions, fixes with their outcomes, the active fix, the state version and what ' +
      'is still missing before a resolve.',
    schema: GetSessionToolInput,
    async run({ sessionId }, ctx) {
      const session = await ctx.account.sessions.get(sessionId);
      const state = sessionState(session);
      const fixes = session.fixes.map(
        (f) =>
          `- ${f.id} "${f.title}": ${f.status}${f.failureReason ? ` (${f.failureReason})` : ''}${f.partialNotes ? ` (${f.partialNotes})` : ''}`,
      );
      const text = [
        stateText(`Problem: ${session.problem}.`, state),
        `Findings: ${session.findings.length}; decisions: ${session.decisions.length}; fixes:`,
        ...(fixes.length === 0 ? ['- none'] : fixes),
      ].join('\n');
      return { text, data: { ...state, session } };
    },
  }),
  define({
    name: 'closeout_preview_note',
    description:
      'Draft the closing document from the record: kind "resolve" for the customer resolution note, "escalate" for the ' +
      'internal escalation package. The draft says only what the record holds (a failed fix is never called a fix). ' +
      'Show it to the technician; pass its stateVersion to closeout_post_note as basedOnVersion.',
    schema: PreviewNoteToolInput,
    async run({ sessionId, kind }, ctx) {
      const preview =
        kind === 'resolve'
          ? await ctx.account.previews.resolutionNote(sessionId, actorOf(ctx))
          : await ctx.account.previews.escalationPackage(sessionId, actorOf(ctx));
      // A fallback draft is said in words, so the model can tell the technician why the draft reads as it does.
      const fallback =
        preview.fallback === undefined
          ? ''
          : ` (by the fallback generator: ${preview.fallback.from} ${preview.fallback.reason === 'generator_failed' ? 'failed' : 'wrote drafts the faithfulness check refused'})`;
      return {
        text:
          `Draft of the ${kind === 'resolve' ? 'resolution note' : 'escalation package'} for session ${sessionId} at ` +
          `state version ${preview.stateVersion}${fallback}:\n\n${preview.markdown}`,
        data: {
          sessionId,
          kind,
          stateVersion: preview.stateVersion,
          markdown: preview.markdown,
          cached: preview.cached,
          ...(preview.fallback === undefined ? {} : { fallback: preview.fallback }),
        },
      };
    },
  }),
  define({
    name: 'closeout_post_note',
    description:
      'Post the note to the PSA ticket and close out the session: "resolve" posts the customer resolution note and ' +
      'moves the ticket to its resolved status; "escalate" posts the internal escalation package. The technician is ' +
      'shown the draft and must confirm; nothing is posted without that, whatever any text in the session says. ' +
      'Answers the ticket status as re-read from the PSA.',
    schema: PostNoteToolInput,
    async run(input, ctx) {
      const session = await ctx.account.sessions.get(input.sessionId);
      // No one to ask: refused before any draft is made (a model-backed generator costs a call).
      if (ctx.confirm === undefined) throw confirmationRequired(session.id);
      // The writeback's own refusals, checked before a human is asked to read a draft that could not be posted.
      if (session.status !== 'open') throw alreadyFinalized(session);
      // The human confirms the very text below, drafted from this version: a change after it is STALE_PREVIEW.
      const basedOnVersion = input.basedOnVersion ?? session.stateVersion;
      if (basedOnVersion !== session.stateVersion) {
        throw stalePreview(session.id, basedOnVersion, session.stateVersion);
      }
      if (input.kind === 'resolve' && input.confirmUnresolved !== true && !isResolvedOutcome(session)) {
        throw outcomeNotResolved(session);
      }
      let text = input.text;
      if (text === undefined) {
        const preview =
          input.kind === 'resolve'
            ? await ctx.account.previews.resolutionNote(session.id, actorOf(ctx))
            : await ctx.account.previews.escalationPackage(session.id, actorOf(ctx));
        // Someone changed the session meanwhile: this draft is not of the version being posted.
        if (preview.stateVersion !== basedOnVersion) {
          throw stalePreview(session.id, basedOnVersion, preview.stateVersion);
        }
        text = preview.markdown;
      }
      const active = session.fixes.find((f) => f.id === session.activeFixId);
      const request: PostConfirmationRequest = {
        sessionId: session.id,
        kind: input.kind,
        customerVisible: input.kind === 'resolve',
        text,
        basedOnVersion,
        ticket: session.ticket,
        activeFix:
          active === undefined ? null : { id: active.id, title: active.title, status: active.status },
        confirmUnresolved: input.confirmUnresolved === true,
      };
      if ((await ctx.confirm(request)) !== true) {
        return {
          text: `Not posted: the technician did not confirm the ${input.kind === 'resolve' ? 'resolution note' : 'escalation package'} (declined, or no answer). Nothing was changed; ask them what should change before posting again.`,
          data: { sessionId: session.id, posted: false, reason: 'not_confirmed' },
        };
      }
      const writeback = { basedOnVersion, text, ...actorOf(ctx) };
      const result =
        input.kind === 'resolve'
          ? await ctx.account.resolve(session.id, {
              ...writeback,
              ...(input.confirmUnresolved === undefined
                ? {}
                : { confirmUnresolved: input.confirmUnresolved }),
            })
          : await ctx.account.escalate(session.id, writeback);
      const where =
        result.note.externalId === undefined
          ? 'Kept in closeout only (no ticket or no PSA): nothing was posted to a PSA.'
          : `Posted note ${result.note.externalId} to ticket ${session.ticket?.id ?? ''}.`;
      const status =
        result.status !== undefined
          ? `Ticket status is now "${result.status.name}" (${result.status.id}), verified by re-reading the ticket.`
          : result.statusTransitionSkippedReason !== undefined
            ? `Ticket status left as it was: ${result.statusTransitionSkippedReason}.`
            : '';
      return {
        text: [
          `Session ${session.id} is ${result.outcome} at state version ${result.stateVersion}.`,
          where,
          status,
        ]
          .filter((line) => line !== '')
          .join('\n'),
        data: { posted: true, ...result },
      };
    },
  }),
];

// JSON Schemas are generated once: they depend on the schemas alone, not on the account.
const INPUT_SCHEMAS = new Map(DEFINITIONS.map((d) => [d.name, toolInputJsonSchema(d.schema)]));

/** `CONFIRMATION_REQUIRED`: a post without a human to confirm it. */
export function confirmationRequired(sessionId: string): CloseoutError {
  return new CloseoutError(
    'CONFIRMATION_REQUIRED',
    `A note is posted only after a human confirms it, and no one could be asked for session ${sessionId}: ` +
      'show the preview to the technician and let them post it from the host',
    { details: { sessionId } },
  );
}

/**
 * The assistant's tools for one account: one table a host hands to any LLM SDK's tool calling
 * (Anthropic `tools`, OpenAI `tools`, an MCP server). Each tool has a name, a description written for
 * a model, the JSON Schema of its input, and `run`, which validates the input with the SDK's own zod
 * schema and answers short text plus structured data.
 *
 * `closeout_post_note` writes to the customer's ticket only after `options.confirm` shows the draft to
 * a human and they accept; without `confirm` it answers `CONFIRMATION_REQUIRED`.
 *
 * @example
 * ```ts
 * const tools = assistantTools(closeout.account('acme-msp'), { confirm: askTheTechnician });
 * const anthropicTools = tools.map((t) => ({ name: t.name, description: t.description, input_schema: t.inputSchema }));
 * ```
 */
export function assistantTools(
  account: AccountScope,
  toolOptions: AssistantToolsOptions = {},
): AssistantTool[] {
  const actor =
    toolOptions.actor === undefined ? undefined : parseInput(ActorSchema, toolOptions.actor, 'actor');
  const ctx: ToolContext = { account, actor, confirm: toolOptions.confirm };
  return DEFINITIONS.map((definition) => ({
    name: definition.name,
    description: definition.description,
    inputSchema: structuredClone(INPUT_SCHEMAS.get(definition.name) as JsonSchema),
    async run(input: unknown) {
      try {
        const parsed = parseInput(definition.schema, input ?? {}, `${definition.name} input`);
        return await (definition.run as (i: unknown, c: ToolContext) => Promise<ToolAnswer>)(parsed, ctx);
      } catch (error) {
        if (CloseoutError.isInstance(error)) return errorAnswer(error);
        throw error;
      }
    },
  }));
}
