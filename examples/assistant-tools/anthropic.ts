// closeout's assistant tools wired to the Anthropic SDK's tool use: the tool table goes to
// `tools`, each `tool_use` block is run and answered with a `tool_result`, until the model stops.
// Offline: the Messages API is the strict simulator, whose model makes the moves of story.ts.
import Anthropic from '@anthropic-ai/sdk';
import { anthropicSimulator, SIMULATED_ANTHROPIC_KEY } from '@closeout/simulators/anthropic';
import { assistantMoves, PROMPT, runTool, setUp, shown } from './story.js';

const { tools, psa } = await setUp(console.log);
const sim = anthropicSimulator({ act: assistantMoves });
const client = new Anthropic({ apiKey: SIMULATED_ANTHROPIC_KEY, fetch: sim.fetch });

// The one table, in the shape the Messages API takes.
const anthropicTools: Anthropic.Tool[] = tools.map((t) => ({
  name: t.name,
  description: t.description,
  input_schema: t.inputSchema,
}));

const messages: Anthropic.MessageParam[] = [{ role: 'user', content: PROMPT }];
for (let turn = 0; turn < 20; turn += 1) {
  const response = await client.messages.create({
    model: 'claude-sonnet-5-5',
    max_tokens: 8_192,
    tools: anthropicTools,
    messages,
  });
  messages.push({ role: 'assistant', content: response.content });
  for (const block of response.content)
    if (block.type === 'text' && block.text !== '') console.log(`\n[claude] ${block.text}`);
  if (response.stop_reason !== 'tool_use') break;

  // Every tool_use is answered, in the next message, with its tool_result.
  const results: Anthropic.ToolResultBlockParam[] = [];
  for (const block of response.content) {
    if (block.type !== 'tool_use') continue;
    const answer = await runTool(tools, block.name, block.input);
    console.log(`\n→ ${block.name}${answer.isError ? ' (refused)' : ''}\n${shown(block.name, answer.text)}`);
    results.push({
      type: 'tool_result',
      tool_use_id: block.id,
      content: answer.text,
      ...(answer.isError ? { is_error: true } : {}),
    });
  }
  messages.push({ role: 'user', content: results });
}

const ticket = psa.ticket('48213');
console.log(
  `\nTicket #48213: ${ticket.status.name}, ${psa.notes('48213').length} note posted (${sim.requests.length} Messages API calls)`,
);
