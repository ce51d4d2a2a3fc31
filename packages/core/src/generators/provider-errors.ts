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
  context: ProviderContext,
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

/** A provider SDK's error classes for failures without an HTTP answer. */
export interface SdkErrorClasses {
  abort: abstract new (...args: never[]) => Error;
  timeout: abstract new (...args: never[]) => Error;
  connection: abstract new (...args: never[]) => Error;
}

/** Which provider failed, for messages and details. */
export interface ProviderContext {
  provider: string;
  /** In words: `Anthropic`, `OpenAI-compatible`. */
  name: string;
  model: string;
  /** The environment variable holding the key, named when the key is refused. */
  keyVariable: string;
}

/**
 * Turns what a provider SDK throws, once its own retries are spent, into `GENERATOR_FAILED`: an
 * HTTP error by {@link statusGeneratorError}; a timeout or an unreachable server as retryable; an
 * abort, or anything else, as not.
 */
export function providerGeneratorError(
  error: unknown,
  classes: SdkErrorClasses,
  context: ProviderContext,
  errorType: (error: StatusErrorLike) => string | undefined,
  timeoutMs?: number,
): GeneratorError {
  if (error instanceof GeneratorError) return error;
  if (isStatusError(error)) return statusGeneratorError(error, errorType(error), context);
  const details: Record<string, unknown> = { provider: context.provider, model: context.model };
  const fail = (message: string, retryable: boolean, extra: Record<string, unknown> = {}) =>
    new GeneratorError(message, { retryable, details: { ...details, ...extra }, cause: error });
  if (error instanceof classes.abort) return fail(`The ${context.name} request was aborted`, false);
  if (error instanceof classes.timeout) {
    return fail(
      `The ${context.name} API did not answer in time${timeoutMs === undefined ? '' : ` (${timeoutMs} ms)`}`,
      true,
      { timeoutMs },
    );
  }
  if (error instanceof classes.connection) return fail(`The ${context.name} API could not be reached`, true);
  return fail(`The ${context.name} request failed`, false);
}
