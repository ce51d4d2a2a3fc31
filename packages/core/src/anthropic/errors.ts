import { APIConnectionError, APIUserAbortError } from '@anthropic-ai/sdk';
import { GeneratorError } from '../errors.js';

// Statuses the SDK itself retries (and after its retries, so may a later call): timeouts, lock
// conflicts, rate limits, server errors including 529 overloaded.
const RETRYABLE = (status: number) => status === 408 || status === 409 || status === 429 || status >= 500;

/**
 * Turns what the SDK throws, once its own retries are spent, into `GENERATOR_FAILED` with a
 * `retryable` flag. The message names the status and error type only: the SDK's message can carry
 * response text, and nothing of the request (let alone the API key) belongs in an error.
 * Duck-typed on `status`, so a client from another copy of the SDK maps the same way.
 */
export function toGeneratorError(error: unknown, model: string): GeneratorError {
  if (error instanceof GeneratorError) return error;
  const details: Record<string, unknown> = { provider: 'anthropic', model };
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number') {
    const type = (error as { type?: unknown }).type;
    const requestId = (error as { requestID?: unknown }).requestID;
    if (typeof type === 'string') details.errorType = type;
    if (typeof requestId === 'string') details.requestId = requestId;
    return new GeneratorError(
      `The Anthropic API answered ${status}${typeof type === 'string' ? ` (${type})` : ''}`,
      { retryable: RETRYABLE(status), details: { ...details, status }, cause: error },
    );
  }
  if (error instanceof APIUserAbortError) {
    return new GeneratorError('The Anthropic request was aborted', {
      retryable: false,
      details,
      cause: error,
    });
  }
  if (error instanceof APIConnectionError) {
    return new GeneratorError('The Anthropic API could not be reached', {
      retryable: true,
      details,
      cause: error,
    });
  }
  return new GeneratorError('The Anthropic request failed', { retryable: false, details, cause: error });
}
