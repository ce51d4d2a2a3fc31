import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from '@anthropic-ai/sdk';
import { GeneratorError } from '../errors.js';
import { isStatusError, statusGeneratorError } from '../generators/provider-errors.js';

/**
 * Turns what the Anthropic SDK throws, once its own retries are spent, into `GENERATOR_FAILED`
 * with a `retryable` flag that follows the SDK's own judgement (`x-should-retry`, the status).
 */
export function toGeneratorError(error: unknown, model: string, timeoutMs?: number): GeneratorError {
  if (error instanceof GeneratorError) return error;
  if (isStatusError(error)) {
    const type = (error as { type?: unknown }).type;
    return statusGeneratorError(error, typeof type === 'string' ? type : undefined, {
      provider: 'anthropic',
      model,
      keyVariable: 'ANTHROPIC_API_KEY',
      name: 'Anthropic',
    });
  }
  const details: Record<string, unknown> = { provider: 'anthropic', model };
  if (error instanceof APIUserAbortError) {
    return new GeneratorError('The Anthropic request was aborted', {
      retryable: false,
      details,
      cause: error,
    });
  }
  if (error instanceof APIConnectionTimeoutError) {
    return new GeneratorError(
      `The Anthropic API did not answer in time${timeoutMs === undefined ? '' : ` (${timeoutMs} ms)`}`,
      { retryable: true, details: { ...details, timeoutMs }, cause: error },
    );
  }
  if (error instanceof APIConnectionError) {
    return new GeneratorError('The Anthropic API could not be reached', {
      retryable: true,
      details,
      cause: error,
    });
  }
  if (error instanceof Error && error.message.startsWith('Could not resolve authentication method')) {
    return new GeneratorError('No Anthropic API key: set ANTHROPIC_API_KEY or pass apiKey or a client', {
      retryable: false,
      details,
      cause: error,
    });
  }
  return new GeneratorError('The Anthropic request failed', { retryable: false, details, cause: error });
}
