import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from 'openai';
import type { GeneratorError } from '../errors.js';
import { providerGeneratorError } from '../generators/provider-errors.js';

const CLASSES = {
  abort: APIUserAbortError,
  timeout: APIConnectionTimeoutError,
  connection: APIConnectionError,
};

/**
 * Turns what the OpenAI SDK throws, once its own retries are spent, into `GENERATOR_FAILED`. The
 * error type is OpenAI's `code` when there is one (`insufficient_quota`, `rate_limit_exceeded`),
 * else its `type`; `retryable` follows `x-should-retry` and the status, as the SDK does.
 */
export function toOpenAiGeneratorError(error: unknown, model: string, timeoutMs?: number): GeneratorError {
  return providerGeneratorError(
    error,
    CLASSES,
    { provider: 'openai', name: 'OpenAI-compatible', model, keyVariable: 'OPENAI_API_KEY' },
    (e) => {
      const { code, type } = e as { code?: unknown; type?: unknown };
      return typeof code === 'string' ? code : typeof type === 'string' ? type : undefined;
    },
    timeoutMs,
  );
}
