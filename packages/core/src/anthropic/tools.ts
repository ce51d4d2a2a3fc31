import type Anthropic from '@anthropic-ai/sdk';
import { z } from 'zod';
import { PREVIEW_KINDS, type PreviewKind } from '../generators/kinds.js';
import { EscalationPackageSectionsSchema, ResolutionNoteSectionsSchema } from '../generators/schemas.js';

/** The tool a model must call for each kind. */
export const TOOL_NAMES = {
  resolution_note: `write_${PREVIEW_KINDS.resolution_note.formatName}`,
  escalation_package: `write_${PREVIEW_KINDS.escalation_package.formatName}`,
} as const satisfies Record<PreviewKind, string>;

function inputSchema(schema: z.ZodType): Anthropic.Messages.Tool.InputSchema {
  const { $schema: _, ...json } = z.toJSONSchema(schema) as Record<string, unknown>;
  return { ...json, type: 'object' };
}

/**
 * Both document tools, sent with every request whichever one is forced: the tools come first in
 * the prompt-cache prefix, so identical tools let resolve and escalate requests share one cache
 * entry for tools + system prompt.
 */
export const NOTE_TOOLS: Anthropic.Messages.Tool[] = [
  {
    name: TOOL_NAMES.resolution_note,
    description: 'Return the customer resolution note for the session, as structured sections.',
    input_schema: inputSchema(ResolutionNoteSectionsSchema),
  },
  {
    name: TOOL_NAMES.escalation_package,
    description: 'Return the five-section internal escalation package for the session.',
    input_schema: inputSchema(EscalationPackageSectionsSchema),
  },
];
