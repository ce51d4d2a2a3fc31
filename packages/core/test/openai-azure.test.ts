// The OpenAI generator on Azure OpenAI, through the SDK's AzureOpenAI client and the simulator
// serving as an Azure resource: the api-key header, the deployment path, the api-version, and a
// version too old for the request refused before anything is sent.
import { openaiSimulator, SIMULATED_OPENAI_KEY } from '@closeout/simulators/openai';
import { memoryStorage } from '@closeout/storage-memory';
import { AzureOpenAI } from 'openai';
import { describe, expect, it } from 'vitest';
import { createCloseout } from '../src/closeout.js';
import type { Session } from '../src/model/session.js';
import { AZURE_MIN_API_VERSION, openaiGenerator } from '../src/openai/index.js';
import { honest } from './support/model-answers.js';

const ENDPOINT = 'https://acme-ai.openai.azure.com';
const DEPLOYMENT = 'closeout-notes';

function azureClient(sim: ReturnType<typeof openaiSimulator>, apiVersion: string) {
  return new AzureOpenAI({
    apiKey: SIMULATED_OPENAI_KEY,
    endpoint: ENDPOINT,
    apiVersion,
    fetch: sim.fetch,
    maxRetries: 0,
  });
}

async function preview(apiVersion: string) {
  let session!: Session;
  const sim = openaiSimulator({
    azure: { deployments: { [DEPLOYMENT]: 'gpt-5-mini' } },
    answer: honest(() => session),
  });
  const generator = openaiGenerator({ client: azureClient(sim, apiVersion), model: DEPLOYMENT });
  const acme = createCloseout({ storage: memoryStorage(), generator }).account('acme-msp');
  const created = await acme.sessions.create({ problem: 'VPN drops every ten minutes' });
  await acme.sessions.proposeFix(created.id, { title: 'Raise the IKE lifetime' });
  session = await acme.sessions.recordOutcome(created.id, { status: 'success' });
  return { sim, note: await acme.previews.resolutionNote(session.id) };
}

describe('openaiGenerator on Azure OpenAI', () => {
  it.each(['2024-10-21', AZURE_MIN_API_VERSION, '2025-04-01-preview'])(
    'writes the note on api-version %s: api-key, the deployment path, json_schema and max_completion_tokens',
    async (apiVersion) => {
      const { sim, note } = await preview(apiVersion);
      expect(sim.requests.map((r) => [r.path, r.apiVersion, r.status])).toEqual([
        [`/openai/deployments/${DEPLOYMENT}/chat/completions`, apiVersion, 200],
      ]);
      expect(sim.requests[0]?.body).toMatchObject({
        response_format: { type: 'json_schema' },
        max_completion_tokens: expect.any(Number),
      });
      expect(note.markdown.length).toBeGreaterThan(0);
    },
  );

  it.each(['2024-06-01', '2024-08-01-preview', '2024-02-01'])(
    'refuses api-version %s at construction, naming apiVersion, before any request',
    (apiVersion) => {
      const sim = openaiSimulator({ azure: { deployments: { [DEPLOYMENT]: 'gpt-5-mini' } } });
      let error: unknown;
      try {
        openaiGenerator({ client: azureClient(sim, apiVersion), model: DEPLOYMENT });
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { issues: [{ path: 'client.apiVersion' }] },
      });
      expect((error as Error).message).toContain(apiVersion);
      expect(sim.requests).toHaveLength(0);
    },
  );

  it('the simulator refuses what the check prevents: an old api-version answers 400 to the same request', async () => {
    const sim = openaiSimulator({ azure: { deployments: { [DEPLOYMENT]: 'gpt-5-mini' } } });
    const client = azureClient(sim, '2024-06-01');
    const error = await client.chat.completions
      .create({
        model: DEPLOYMENT,
        messages: [{ role: 'user', content: 'x' }],
        max_completion_tokens: 100,
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400 });
  });
});
