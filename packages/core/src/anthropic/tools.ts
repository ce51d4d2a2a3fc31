import type Anthropic from '@anthropic-ai/sdk';
import { z } from 'zod';
import { EscalationPackageSectionsSchema, ResolutionNoteSectionsSchema } from '../generators/schemas.js';
import { TOOL_NAMES } from '../prompts/user.js';

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
