// Which note generator the demo uses: Claude when ANTHROPIC_API_KEY is set, otherwise the offline
// template generator. Either way it is wrapped to count its calls, so the demo can show that a
// cached preview calls no generator at all.
import { type NoteGenerator, templateGenerator } from '@closeout/core';

export interface DemoGenerator {
  generator: NoteGenerator;
  /** Says which generator is in use and why. */
  description: string;
  /** Generator calls so far. */
  calls(): number;
}

export async function pickGenerator(env: NodeJS.ProcessEnv = process.env): Promise<DemoGenerator> {
  let inner: NoteGenerator;
  let description: string;
  if (env.ANTHROPIC_API_KEY) {
    // Loaded only when used: @anthropic-ai/sdk is an optional peer dependency of @closeout/core.
    const { anthropicGenerator } = await import('@closeout/core/anthropic');
    inner = anthropicGenerator();
    description = `${inner.id} (Claude, because ANTHROPIC_API_KEY is set)`;
  } else {
    inner = templateGenerator();
    description = `${inner.id} (offline and deterministic; set ANTHROPIC_API_KEY to draft with Claude)`;
  }
  let calls = 0;
  const generator: NoteGenerator = {
    // The same id: the cache key, and so caching, are exactly the inner generator's.
    id: inner.id,
    generate(request) {
      calls += 1;
      return inner.generate(request);
    },
  };
  return { generator, description, calls: () => calls };
}
