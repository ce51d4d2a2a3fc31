// Tool calling on the OpenAI simulator: the real SDK gets tool_calls it can answer, and each
// documented rule of a conversation with tools is enforced (broken here, and refused).
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { openaiSimulator, SIMULATED_OPENAI_KEY } from '../src/openai.js';

const TOOL = {
  type: 'function',
  function: {
    name: 'lookup',
    description: 'Looks up a ticket.',
    parameters: { type: 'object', properties: {} },
  },
} as const;
const CALL = { id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{}' } };

async function refused(body: Record<string, unknown>, pattern: RegExp, param?: string) {
  const sim = openaiSimulator();
  const response = await sim.fetch('https://api.openai.com/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${SIMULATED_OPENAI_KEY}` },
    body: JSON.stringify({ model: 'gpt-4.1-mini', ...body }),
  });
  expect(response.status).toBe(400);
  const json = (await response.json()) as { error: { type: string; message: string; param: string | null } };
  expect(json.error.type).toBe('invalid_request_error');
  expect(json.error.message).toMatch(pattern);
  if (param !== undefined) expect(json.error.param).toBe(param);
}

describe('openai simulator: tool calling', () => {
  it('answers tool_calls with finish_reason tool_calls, then text once the tool messages came back', async () => {
    const sim = openaiSimulator({
      act: (request) =>
        request.results.length === 0
          ? { toolCalls: [{ name: 'lookup', input: { id: '48213' } }] }
          : {
              text: `The ticket says: ${request.results[0]?.text} (${JSON.stringify(request.results[0]?.input)})`,
            },
    });
    const client = new OpenAI({ apiKey: SIMULATED_OPENAI_KEY, fetch: sim.fetch, maxRetries: 0 });
    const messages: OpenAI.ChatCompletionMessageParam[] = [
      { role: 'user', content: 'Is ticket 48213 open?' },
    ];
    const first = await client.chat.completions.create({ model: 'gpt-4.1-mini', tools: [TOOL], messages });
    const choice = first.choices[0];
    expect(choice?.finish_reason).toBe('tool_calls');
    const call = choice?.message.tool_calls?.[0];
    expect(call).toMatchObject({
      type: 'function',
      function: { name: 'lookup', arguments: '{"id":"48213"}' },
    });

    messages.push(choice?.message as OpenAI.ChatCompletionMessageParam);
    messages.push({ role: 'tool', tool_call_id: call?.id ?? '', content: 'open' });
    const second = await client.chat.completions.create({ model: 'gpt-4.1-mini', tools: [TOOL], messages });
    expect(second.choices[0]?.finish_reason).toBe('stop');
    expect(second.choices[0]?.message.content).toBe('The ticket says: open ({"id":"48213"})');
  });

  it('refuses tool_choice without tools', async () => {
    await refused(
      { tool_choice: 'required', messages: [{ role: 'user', content: 'Hi' }] },
      /'tool_choice' is only allowed when 'tools' are specified/,
      'tool_choice',
    );
  });

  it('refuses a function name outside 1-64 letters, digits, _ or -', async () => {
    await refused(
      {
        tools: [{ type: 'function', function: { name: 'look up!' } }],
        messages: [{ role: 'user', content: 'Hi' }],
      },
      /1-64 letters/,
    );
  });

  it('refuses an assistant tool call that no tool message answers', async () => {
    await refused(
      {
        tools: [TOOL],
        messages: [
          { role: 'user', content: 'Look it up' },
          { role: 'assistant', content: null, tool_calls: [CALL] },
          { role: 'user', content: 'never mind' },
        ],
      },
      /did not have response messages: call_1/,
      'messages.[1].role',
    );
  });

  it('refuses a tool message that answers no preceding tool call', async () => {
    await refused(
      {
        tools: [TOOL],
        messages: [
          { role: 'user', content: 'Look it up' },
          { role: 'tool', tool_call_id: 'call_9', content: 'open' },
        ],
      },
      /must be a response to a preceeding message with 'tool_calls'/,
      'messages.[1].role',
    );
  });

  it('refuses a strict function whose parameters break the strict-schema rules', async () => {
    const loose = {
      type: 'function',
      function: {
        name: 'lookup',
        strict: true,
        parameters: { type: 'object', properties: { id: { type: 'string' } }, additionalProperties: false },
      },
    };
    await refused(
      { tools: [loose], messages: [{ role: 'user', content: 'Hi' }] },
      /Invalid schema for function 'lookup': .*'id' must be in required/,
      'tools[0].function.parameters',
    );
  });
});
