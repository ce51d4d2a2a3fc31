import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from 'openai';
import { GeneratorError } from '../errors.js';
import { isStatusError, statusGeneratorError } from '../generators/provider-errors.js';

/**
 * Turns what the OpenAI SDK throws, once its own retries are spent, into `GENERATOR_FAILED`. The
 * error type is OpenAI's `code` when there is one (`insufficient_quota`, `rate_limit_exceeded`),
 * else its `type`; `retryable` follows `x-should-retry` and the status, as the SDK does.
 */
export function toOpenAiGeneratorError(error: unknown, model: string, timeoutMs?: number): GeneratorError {
  if (error instanceof GeneratorError) return error;
  if (isStatusError(error)) {
    const { code, type } = error as { code?: unknown; type?: unknown };
    const errorType = typeof code === 'string' ? code : typeof type === 'string' ? type : undefined;
    return statusGeneratorError(error, errorType, {
      provider: 'openai',
      model,
      keyVariable: 'OPENAI_API_KEY',
      name: 'OpenAI-compatible',
    });
  }
  const details: Record<string, unknown> = { provider: 'openai', model };
  if (error instanceof APIUserAbortError) {
    return new GeneratorError('The OpenAI-compatible request was aborted', {
      retryable: false,
      details,
      cause: error,
    });
  }
  if (error instanceof APIConnectionTimeoutError) {
    return new GeneratorError(
      `The OpenAI-compatible API did not answer in time${timeoutMs === undefined ? '' : ` (${timeoutMs} ms)`}`,
      { retryable: true, details: { ...details, timeoutMs }, cause: error },
    );
  }
  if (error instanceof APIConnectionError) {
    return new GeneratorError('The OpenAI-compatible API could not be reached', {
      retryable: true,
      details,
      cause: error,
    });
  }
  return new GeneratorError('The OpenAI-compatible request failed', {
    retryable: false,
    details,
    cause: error,
  });
}
