import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from '@anthropic-ai/sdk';
import { GeneratorError } from '../errors.js';
import { providerGeneratorError } from '../generators/provider-errors.js';

const CLASSES = {
  abort: APIUserAbortError,
  timeout: APIConnectionTimeoutError,
  connection: APIConnectionError,
};

/**
 * Turns what the Anthropic SDK throws, once its own retries are spent, into `GENERATOR_FAILED`
 * with a `retryable` flag that follows the SDK's own judgement (`x-should-retry`, the status). The
 * error type is the API's (`rate_limit_error`, `overloaded_error`, …).
 */
export function toGeneratorError(error: unknown, model: string, timeoutMs?: number): GeneratorError {
  // A client given without credentials fails before any request, with this message of the SDK's.
  if (error instanceof Error && error.message.startsWith('Could not resolve authentication method')) {
    return new GeneratorError(
      'No Anthropic API key: set ANTHROPIC_API_KEY, or pass apiKey or a client that has one',
      {
        retryable: false,
        details: { provider: 'anthropic', model },
        cause: error,
      },
    );
  }
  return providerGeneratorError(
    error,
    CLASSES,
    { provider: 'anthropic', name: 'Anthropic', model, keyVariable: 'ANTHROPIC_API_KEY' },
    (e) => {
      const type = (e as { type?: unknown }).type;
      return typeof type === 'string' ? type : undefined;
    },
    timeoutMs,
  );
}
