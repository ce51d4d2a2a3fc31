// Tool use on the Anthropic simulator: the real SDK gets tool_use blocks it can answer, and each
// documented rule of a conversation with tools is enforced (broken here, and refused).
import Anthropic from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { anthropicSimulator, SIMULATED_ANTHROPIC_KEY } from '../src/anthropic.js';

const TOOL = {
  name: 'lookup',
  description: 'Looks up a ticket.',
  input_schema: { type: 'object', properties: {} },
};
const USE = { type: 'tool_use', id: 'toolu_1', name: 'lookup', input: {} };
const RESULT = { type: 'tool_result', tool_use_id: 'toolu_1', content: 'ticket 48213 is open' };

async function refused(body: Record<string, unknown>, pattern: RegExp) {
  const sim = anthropicSimulator();
  const response = await sim.fetch('https://api.anthropic.com/v1/messages', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'anthropic-version': '2023-06-01',
      'x-api-key': SIMULATED_ANTHROPIC_KEY,
    },
    body: JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 1_024, ...body }),
  });
  expect(response.status).toBe(400);
  const json = (await response.json()) as { error: { type: string; message: string } };
  expect(json.error.type).toBe('invalid_request_error');
  expect(json.error.message).toMatch(pattern);
}

describe('anthropic simulator: tool use', () => {
  it('answers tool_use blocks with stop_reason tool_use, then text once the results came back', async () => {
    const sim = anthropicSimulator({
      act: (request) =>
        request.results.length === 0
          ? { toolCalls: [{ name: 'lookup', input: { id: '48213' } }] }
          : { text: `The ticket says: ${request.results[0]?.text}` },
    });
    const client = new Anthropic({ apiKey: SIMULATED_ANTHROPIC_KEY, fetch: sim.fetch, maxRetries: 0 });
    const messages: Anthropic.MessageParam[] = [{ role: 'user', content: 'Is ticket 48213 open?' }];
    const first = await client.messages.create({
      model: 'claude-sonnet-5-5',
      max_tokens: 4_096,
      tools: [TOOL as Anthropic.Tool],
      messages,
    });
    expect(first.stop_reason).toBe('tool_use');
    const use = first.content.find((b) => b.type === 'tool_use');
    expect(use).toMatchObject({ type: 'tool_use', name: 'lookup', input: { id: '48213' } });
    // Adaptive thinking by default: the thinking block comes first.
    expect(first.content[0]?.type).toBe('thinking');

    messages.push({ role: 'assistant', content: first.content });
    messages.push({
      role: 'user',
      content: [{ type: 'tool_result', tool_use_id: (use as Anthropic.ToolUseBlock).id, content: 'open' }],
    });
    const second = await client.messages.create({
      model: 'claude-sonnet-5-5',
      max_tokens: 4_096,
      tools: [TOOL as Anthropic.Tool],
      messages,
    });
    expect(second.stop_reason).toBe('end_turn');
    expect(second.content.find((b) => b.type === 'text')).toMatchObject({ text: 'The ticket says: open' });
  });

  it('refuses tool_use or tool_result blocks in a request without tools', async () => {
    await refused(
      {
        messages: [
          { role: 'user', content: 'Look it up' },
          { role: 'assistant', content: [USE] },
          { role: 'user', content: [RESULT] },
        ],
      },
      /must define tools/,
    );
  });

  it('refuses two tools of one name', async () => {
    await refused(
      { tools: [TOOL, TOOL], messages: [{ role: 'user', content: 'Hi' }] },
      /Tool names must be unique/,
    );
  });

  it('refuses a tool_use not answered by a tool_result in the next message', async () => {
    await refused(
      {
        tools: [TOOL],
        messages: [
          { role: 'user', content: 'Look it up' },
          { role: 'assistant', content: [USE] },
          { role: 'user', content: 'never mind' },
        ],
      },
      /`tool_use` ids were found without `tool_result` blocks immediately after: toolu_1/,
    );
  });

  it('refuses a tool_result that answers no tool_use of the previous message', async () => {
    await refused(
      {
        tools: [TOOL],
        messages: [
          { role: 'user', content: 'Look it up' },
          { role: 'assistant', content: [USE] },
          { role: 'user', content: [RESULT, { ...RESULT, tool_use_id: 'toolu_2' }] },
        ],
      },
      /unexpected `tool_use_id` found in `tool_result` blocks: toolu_2/,
    );
  });

  it('refuses text before the tool results', async () => {
    await refused(
      {
        tools: [TOOL],
        messages: [
          { role: 'user', content: 'Look it up' },
          { role: 'assistant', content: [USE] },
          { role: 'user', content: [{ type: 'text', text: 'Here you go' }, RESULT] },
        ],
      },
      /`tool_result` blocks must come first/,
    );
  });
});
