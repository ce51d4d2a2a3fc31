// Tool use on the simulated Messages API: the documented rules of a conversation with tools, and
// the model's side (a scripted "act" that decides the next tool calls from the results so far).
//
// Rules (the Messages API's tool-use guide): a request that holds `tool_use` or `tool_result` blocks
// must define `tools`; tool names are unique; every `tool_use` of an assistant message is answered by
// a `tool_result` in the very next message, and those results come first in it; a `tool_result`
// answers a `tool_use` of the message just before.

import { SimulatedApiError } from './scripted-api.js';

/** A content block as the request carries it (validated loosely: `type` and whatever else). */
type Block = { type: string } & Record<string, unknown>;
interface Message {
  role: 'user' | 'assistant';
  content: string | Block[];
}

/** A tool call the simulated model makes. */
export interface SimulatedToolCall {
  name: string;
  input: Record<string, unknown>;
}

/** The result of one earlier tool call, as the request's last message returned it. */
export interface SimulatedToolResult {
  /** The tool the result answers (from the `tool_use` it names). */
  name: string;
  input: unknown;
  /** The result's text (text blocks joined). */
  text: string;
  isError: boolean;
}

/** What the simulated model sees when it decides its next move. */
export interface SimulatedToolTurnRequest {
  model: string;
  /** The names of the tools offered. */
  tools: string[];
  /** The results the last message returned, in order; empty on the first turn. */
  results: SimulatedToolResult[];
  /** The text of every user message so far, joined (what the model was asked). */
  userText: string;
  /** How many assistant turns the conversation already holds. */
  turn: number;
}

/** The model's move: call tools (the answer stops with `tool_use`), or answer in text (`end_turn`). */
export type SimulatedTurn = { toolCalls: SimulatedToolCall[]; text?: string } | { text: string };

const invalid = (message: string) => new SimulatedApiError(400, 'invalid_request_error', message);

const blocksOf = (message: Message | undefined): Block[] =>
  message === undefined || typeof message.content === 'string' ? [] : message.content;

/** Throws the API's 400 for the first tool-use rule the request breaks. */
export function checkToolRules(messages: readonly Message[], tools: ReadonlyArray<{ name: string }>): void {
  const names = tools.map((t) => t.name);
  if (new Set(names).size !== names.length) throw invalid('tools: Tool names must be unique.');
  const usesTools = messages.some((m) =>
    blocksOf(m).some((b) => b.type === 'tool_use' || b.type === 'tool_result'),
  );
  if (usesTools && tools.length === 0) {
    throw invalid('Requests which include `tool_use` or `tool_result` blocks must define tools.');
  }
  messages.forEach((message, i) => {
    const blocks = blocksOf(message);
    const uses = blocks.filter((b) => b.type === 'tool_use').map((b) => String(b.id));
    if (message.role === 'assistant' && uses.length > 0) {
      const answered = new Set(
        blocksOf(messages[i + 1])
          .filter((b) => b.type === 'tool_result')
          .map((b) => String(b.tool_use_id)),
      );
      const missing = uses.filter((id) => !answered.has(id));
      if (missing.length > 0) {
        throw invalid(
          `messages.${i + 1}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ` +
            `${missing.join(', ')}. Each \`tool_use\` block must have a corresponding \`tool_result\` block in the next message.`,
        );
      }
    }
    if (message.role !== 'user') return;
    const results = blocks.map((b, j) => ({ b, j })).filter(({ b }) => b.type === 'tool_result');
    if (results.length === 0) return;
    const firstOther = blocks.findIndex((b) => b.type !== 'tool_result');
    if (firstOther !== -1 && results.some(({ j }) => j > firstOther)) {
      throw invalid(
        `messages.${i}: \`tool_result\` blocks must come first in the content, before any other block.`,
      );
    }
    const previous = new Set(
      blocksOf(messages[i - 1])
        .filter((b) => messages[i - 1]?.role === 'assistant' && b.type === 'tool_use')
        .map((b) => String(b.id)),
    );
    for (const { b, j } of results) {
      if (!previous.has(String(b.tool_use_id))) {
        throw invalid(
          `messages.${i}.content.${j}: unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${String(b.tool_use_id)}. ` +
            'Each `tool_result` block must have a corresponding `tool_use` block in the previous message.',
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

/** What the model sees of a conversation with tools: its last results, named by their tool. */
export function toolTurnRequest(
  model: string,
  messages: readonly Message[],
  tools: ReadonlyArray<{ name: string }>,
): SimulatedToolTurnRequest {
  const last = messages.at(-1);
  const before = messages.at(-2);
  const uses = new Map(
    blocksOf(before)
      .filter((b) => b.type === 'tool_use')
      .map((b) => [String(b.id), { name: String(b.name), input: b.input }]),
  );
  const results = blocksOf(last)
    .filter((b) => b.type === 'tool_result')
    .map((b) => {
      const use = uses.get(String(b.tool_use_id));
      return {
        name: use?.name ?? '',
        input: use?.input,
        text: textOf(b.content),
        isError: b.is_error === true,
      };
    });
  return {
    model,
    tools: tools.map((t) => t.name),
    results,
    userText: messages
      .filter((m) => m.role === 'user')
      .map((m) => textOf(typeof m.content === 'string' ? [{ type: 'text', text: m.content }] : m.content))
      .filter((t) => t !== '')
      .join('\n'),
    turn: messages.filter((m) => m.role === 'assistant').length,
  };
}
