import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from '@anthropic-ai/sdk';
import { GeneratorError } from '../errors.js';

// Statuses the SDK itself retries when the API does not say otherwise: timeouts, lock conflicts,
// rate limits, server errors including 529 overloaded.
const RETRYABLE_STATUS = (status: number) =>
  status === 408 || status === 409 || status === 429 || status >= 500;

interface StatusErrorLike {
  status: number;
  type?: unknown;
  requestID?: unknown;
  headers?: { get(name: string): string | null };
}

/**
 * Whether a later call may succeed, by the SDK's own judgement: the API's `x-should-retry`
 * header when it sends one (a spend limit answers 429 with `false`: no wait clears it), otherwise
 * the status.
 */
function retryableStatus(error: StatusErrorLike): boolean {
  const header = error.headers?.get('x-should-retry');
  if (header === 'true') return true;
  if (header === 'false') return false;
  if (error.type === 'billing_error') return false;
  return RETRYABLE_STATUS(error.status);
}

/**
 * Turns what the SDK throws, once its own retries are spent, into `GENERATOR_FAILED` with a
 * `retryable` flag. The message names the status and error type only: the SDK's message can carry
 * response text, and nothing of the request (let alone the API key) belongs in an error.
 * Duck-typed on `status`, so a client from another copy of the SDK maps the same way.
 */
export function toGeneratorError(error: unknown, model: string, timeoutMs?: number): GeneratorError {
  if (error instanceof GeneratorError) return error;
  const details: Record<string, unknown> = { provider: 'anthropic', model };
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number') {
    const e = error as StatusErrorLike;
    if (typeof e.type === 'string') details.errorType = e.type;
    if (typeof e.requestID === 'string') details.requestId = e.requestID;
    const retryable = retryableStatus(e);
    const what = `${status}${typeof e.type === 'string' ? ` (${e.type})` : ''}`;
    const message =
      status === 429 && !retryable
        ? `The Anthropic API answered ${what}: a spend or usage limit, which retrying will not clear`
        : status === 401
          ? `The Anthropic API answered ${what}: check the API key (ANTHROPIC_API_KEY)`
          : `The Anthropic API answered ${what}`;
    return new GeneratorError(message, { retryable, details: { ...details, status }, cause: error });
  }
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
