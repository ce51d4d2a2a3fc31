import { GeneratorError } from '../errors.js';

// What model providers' SDKs (Anthropic's, OpenAI's) throw for an HTTP error answer, once their own
// retries are spent, shares one shape: a `status`, the response `headers`, a request id. This turns
// it into `GENERATOR_FAILED` with the SDKs' own retry judgement.

/** An SDK's HTTP error, duck-typed so a client from another copy of the SDK maps the same way. */
export interface StatusErrorLike {
  status: number;
  headers?: { get(name: string): string | null } | undefined;
  requestID?: unknown;
}

export const isStatusError = (error: unknown): error is StatusErrorLike =>
  typeof (error as { status?: unknown } | null)?.status === 'number';

// Statuses both SDKs retry when the API does not say otherwise: timeouts, lock conflicts, rate
// limits, server errors (Anthropic's 529 overloaded included).
const RETRYABLE_STATUS = (status: number) =>
  status === 408 || status === 409 || status === 429 || status >= 500;

/**
 * Whether a later call may succeed, as the SDKs judge it: the API's `x-should-retry` header when
 * it sends one (a spend limit answers 429 with `false`: no wait clears it), then error types that
 * mean the account is out of money or quota, then the status.
 */
export function isRetryable(error: StatusErrorLike, errorType: string | undefined): boolean {
  const header = error.headers?.get('x-should-retry');
  if (header === 'true') return true;
  if (header === 'false') return false;
  if (errorType === 'billing_error' || errorType === 'insufficient_quota') return false;
  return RETRYABLE_STATUS(error.status);
}

/**
 * `GENERATOR_FAILED` for an HTTP error answer. The message names the status and error type only:
 * an SDK's message can carry response text, and nothing of the request (let alone the API key)
 * belongs in an error.
 */
export function statusGeneratorError(
  error: StatusErrorLike,
  errorType: string | undefined,
  context: { provider: string; model: string; keyVariable: string; name: string },
): GeneratorError {
  const retryable = isRetryable(error, errorType);
  const what = `${error.status}${errorType === undefined ? '' : ` (${errorType})`}`;
  const message =
    error.status === 429 && !retryable
      ? `The ${context.name} API answered ${what}: a spend or quota limit, which retrying will not clear`
      : error.status === 401
        ? `The ${context.name} API answered ${what}: check the API key (${context.keyVariable})`
        : `The ${context.name} API answered ${what}`;
  const details: Record<string, unknown> = {
    provider: context.provider,
    model: context.model,
    status: error.status,
  };
  if (errorType !== undefined) details.errorType = errorType;
  if (typeof error.requestID === 'string') details.requestId = error.requestID;
  return new GeneratorError(message, { retryable, details, cause: error });
}
