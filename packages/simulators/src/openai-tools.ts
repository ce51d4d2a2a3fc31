// Tool calling on the simulated Chat Completions API: the documented rules of a conversation with
// tools, and what the simulated model sees when it decides its next calls.
//
// Rules (OpenAI's function-calling guide and its 400 answers): `tool_choice` only with `tools`; an
// assistant message with `tool_calls` is followed by one `tool` message per call id; a `tool` message
// answers a call of the assistant message before it; a `strict` function's parameters follow the
// strict-schema rules.

import type { SimulatedToolCall, SimulatedToolResult, SimulatedToolTurnRequest } from './anthropic-tools.js';
import { SimulatedApiError } from './scripted-api.js';

export type { SimulatedToolCall, SimulatedToolResult, SimulatedToolTurnRequest };

interface ToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}
interface Message {
  role: string;
  content: unknown;
  tool_calls?: ToolCall[] | undefined;
  tool_call_id?: string | undefined;
}
interface Tool {
  type: 'function';
  function: {
    name: string;
    parameters?: Record<string, unknown> | undefined;
    strict?: boolean | null | undefined;
  };
}

const invalid = (message: string, param: string) =>
  new SimulatedApiError(400, 'invalid_request_error', message, null, param);

/** Throws the API's 400 for the first tool-calling rule the request breaks. */
export function checkToolRules(
  messages: readonly Message[],
  tools: readonly Tool[] | undefined,
  toolChoice: unknown,
  strictProblem: (schema: unknown, path: string) => string | null,
): void {
  if (toolChoice !== undefined && toolChoice !== null && (tools ?? []).length === 0) {
    throw invalid(
      "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified.",
      'tool_choice',
    );
  }
  for (const [i, tool] of (tools ?? []).entries()) {
    if (tool.function.strict !== true) continue;
    const problem = strictProblem(tool.function.parameters ?? {}, `tools[${i}].function.parameters`);
    if (problem !== null) {
      throw invalid(
        `Invalid schema for function '${tool.function.name}': ${problem}`,
        `tools[${i}].function.parameters`,
      );
    }
  }
  messages.forEach((message, i) => {
    if (message.role === 'tool') {
      // The tool messages after an assistant's calls form one run; find the assistant before it.
      let j = i - 1;
      while (j >= 0 && messages[j]?.role === 'tool') j -= 1;
      const calls = messages[j]?.role === 'assistant' ? (messages[j]?.tool_calls ?? []) : [];
      if (!calls.some((c) => c.id === message.tool_call_id)) {
        throw invalid(
          "Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.",
          `messages.[${i}].role`,
        );
      }
    }
    if (message.role === 'assistant' && (message.tool_calls ?? []).length > 0) {
      const answered = new Set<string>();
      for (let k = i + 1; messages[k]?.role === 'tool'; k += 1)
        answered.add(String(messages[k]?.tool_call_id));
      const missing = (message.tool_calls ?? []).map((c) => c.id).filter((id) => !answered.has(id));
      if (missing.length > 0) {
        throw invalid(
          "An assistant message with 'tool_calls' must be followed by tool messages responding to each " +
            `'tool_call_id'. The following tool_call_ids did not have response messages: ${missing.join(', ')}`,
          `messages.[${i}].role`,
        );
      }
    }
  });
}

const textOf = (content: unknown): string =>
  typeof content === 'string'
    ? content
    : Array.isArray(content)
      ? content
          .map((c: { type?: string; text?: string }) => (c.type === 'text' ? (c.text ?? '') : ''))
          .join('\n')
      : '';

/** What the model sees: the results of its last calls (the trailing tool messages), named by their tool. */
export function toolTurnRequest(
  model: string,
  messages: readonly Message[],
  tools: readonly Tool[],
): SimulatedToolTurnRequest {
  let start = messages.length;
  while (start > 0 && messages[start - 1]?.role === 'tool') start -= 1;
  const calls = new Map((messages[start - 1]?.tool_calls ?? []).map((c) => [c.id, c]));
  const results: SimulatedToolResult[] = messages.slice(start).map((m) => {
    const call = calls.get(String(m.tool_call_id));
    let input: unknown;
    try {
      input = call === undefined ? undefined : JSON.parse(call.function.arguments);
    } catch {
      input = undefined;
    }
    const text = textOf(m.content);
    // Chat Completions has no error flag on a tool message.
    return { name: call?.function.name ?? '', input, text, isError: false };
  });
  return {
    model,
    tools: tools.map((t) => t.function.name),
    results,
    userText: messages
      .filter((m) => m.role === 'user')
      .map((m) => textOf(m.content))
      .join('\n'),
    turn: messages.filter((m) => m.role === 'assistant').length,
  };
}

/** The tool calls of an answer, in the API's shape (arguments as a JSON string). */
export const toolCallsOf = (calls: SimulatedToolCall[], n: number): ToolCall[] =>
  calls.map((call, i) => ({
    id: `call_sim${String(n).padStart(12, '0')}${String(i).padStart(4, '0')}`,
    type: 'function',
    function: { name: call.name, arguments: JSON.stringify(call.input) },
  }));
