import type { ClaimAuditor } from '../generators/auditor.js';
import type { NoteGenerator, TokenUsage } from '../generators/types.js';
import type { PreviewKind } from '../previews/types.js';
import { withSpan } from './tracer.js';

/**
 * One generator call as a span. For a model (the generator declares `telemetry`) it is a GenAI
 * inference span after the OpenTelemetry semantic conventions (v1.41, `gen_ai.*`): named
 * `chat {model}`, kind CLIENT, with operation, provider and model set at start and token usage
 * at the end (`gen_ai.usage.input_tokens` counts cached input too, as the conventions define it).
 * Prompt, bundle and answer are never recorded: the conventions make content opt-in.
 */
export function generatorSpan<T extends { usage?: TokenUsage | undefined }>(
  generator: Pick<NoteGenerator, 'id' | 'telemetry'>,
  kind: PreviewKind,
  attempt: number,
  call: () => Promise<T>,
  role: 'generator' | 'auditor' = 'generator',
): Promise<T> {
  const model = generator.telemetry;
  const name =
    model === undefined
      ? `${role === 'generator' ? 'generate' : 'audit'} ${generator.id}`
      : `chat ${model.model}`;
  return withSpan(
    name,
    {
      kind: model === undefined ? 'internal' : 'client',
      attributes: {
        'gen_ai.operation.name': model === undefined ? undefined : 'chat',
        'gen_ai.provider.name': model?.provider,
        'gen_ai.request.model': model?.model,
        [role === 'generator' ? 'closeout.generator.id' : 'closeout.auditor.id']: generator.id,
        'closeout.preview.kind': kind,
        'closeout.generator.attempt': attempt,
      },
    },
    async (span) => {
      const output = await call();
      const usage = output.usage;
      if (usage !== undefined) {
        span.setAttributes({
          'gen_ai.usage.input_tokens':
            usage.inputTokens + usage.cacheReadInputTokens + usage.cacheCreationInputTokens,
          'gen_ai.usage.output_tokens': usage.outputTokens,
          'gen_ai.usage.cache_read.input_tokens': usage.cacheReadInputTokens,
          'gen_ai.usage.cache_creation.input_tokens': usage.cacheCreationInputTokens,
          'gen_ai.usage.reasoning.output_tokens': usage.thinkingTokens,
        });
      }
      return output;
    },
  );
}

/** One claim audit call as a span: a GenAI inference span for a model auditor, as a generator's is. */
export function auditSpan<T extends { usage?: TokenUsage | undefined }>(
  auditor: ClaimAuditor,
  kind: PreviewKind,
  attempt: number,
  call: () => Promise<T>,
): Promise<T> {
  return generatorSpan(auditor, kind, attempt, call, 'auditor');
}
