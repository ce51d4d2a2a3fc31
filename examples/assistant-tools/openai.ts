// closeout's assistant tools wired to the OpenAI SDK's tool calling (Chat Completions): the tool
// table goes to `tools` as functions, each tool call is run and answered with a `tool` message,
// until the model answers in text. Offline: the API is the strict simulator, whose model makes the
// moves of story.ts. The same code serves Azure OpenAI, vLLM or Ollama with their base URL.
import { openaiSimulator, SIMULATED_OPENAI_KEY } from '@closeout/simulators/openai';
import OpenAI from 'openai';
import { assistantMoves, PROMPT, runTool, setUp, shown } from './story.js';

const { tools, psa } = await setUp(console.log);
const sim = openaiSimulator({ act: assistantMoves });
const client = new OpenAI({ apiKey: SIMULATED_OPENAI_KEY, fetch: sim.fetch });

// The one table, in the shape Chat Completions takes.
const openaiTools: OpenAI.ChatCompletionTool[] = tools.map((t) => ({
  type: 'function',
  function: { name: t.name, description: t.description, parameters: t.inputSchema },
}));

const messages: OpenAI.ChatCompletionMessageParam[] = [{ role: 'user', content: PROMPT }];
for (let turn = 0; turn < 20; turn += 1) {
  const completion = await client.chat.completions.create({
    model: 'gpt-4.1-mini',
    tools: openaiTools,
    messages,
  });
  const message = completion.choices[0]?.message;
  if (message === undefined) break;
  messages.push(message);
  if (message.content) console.log(`\n[model] ${message.content}`);
  const calls = message.tool_calls ?? [];
  if (calls.length === 0) break;

  // Every tool call is answered by a tool message carrying its id.
  for (const call of calls) {
    if (call.type !== 'function') continue;
    let input: unknown;
    try {
      input = JSON.parse(call.function.arguments);
    } catch {
      input = undefined; // closeout answers VALIDATION_FAILED, which the model can read
    }
    const answer = await runTool(tools, call.function.name, input);
    console.log(
      `\n→ ${call.function.name}${answer.isError ? ' (refused)' : ''}\n${shown(call.function.name, answer.text)}`,
    );
    messages.push({ role: 'tool', tool_call_id: call.id, content: answer.text });
  }
}

const ticket = psa.ticket('48213');
console.log(
  `\nTicket #48213: ${ticket.status.name}, ${psa.notes('48213').length} note posted (${sim.requests.length} API calls)`,
);
