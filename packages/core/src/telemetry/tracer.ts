import type * as OtelApi from '@opentelemetry/api';
import { version as CORE_VERSION } from '../../package.json';
import { CloseoutError } from '../errors.js';

// closeout traces through `@opentelemetry/api` only, an optional peer dependency: without it (or
// without an SDK the host registered) every span below is a no-op. The API is loaded, not
// imported, so core keeps working where it is not installed; loading starts when this module is
// evaluated, and an operation never waits for it: one that starts before the API has loaded (in
// the first moments of the process) runs untraced rather than late.

/** Attribute values as OpenTelemetry takes them. */
export type SpanAttributes = Record<string, string | number | boolean | undefined>;

/** What an operation may add to its span while it runs. */
export interface SpanHandle {
  setAttributes(attributes: SpanAttributes): void;
}

/** The instrumentation scope every closeout span is reported under. */
export const TRACER_NAME = '@closeout/core';

/** The API once loaded; `null` when it is not installed; `undefined` while loading. */
let loaded: typeof OtelApi | null | undefined;

/** Resolves once the API has loaded or proved absent. */
export const telemetryReady: Promise<void> = import('@opentelemetry/api').then(
  (m) => {
    loaded = m;
  },
  () => {
    loaded = null;
  },
);

const NO_SPAN: SpanHandle = { setAttributes: () => {} };

const defined = (attributes: SpanAttributes): OtelApi.Attributes =>
  Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== undefined)) as OtelApi.Attributes;

/** The `error.type` of a failure: a closeout error code, or the error's class name. Never its message. */
export function errorType(error: unknown): string {
  if (CloseoutError.isInstance(error)) return error.code;
  return error instanceof Error ? error.name : '_OTHER';
}

/**
 * Runs `fn` in a span that is the active one while it runs (so spans `fn` starts are its
 * children, when the host registered a context manager). A failure sets status `ERROR` with
 * `error.type` and rethrows; the exception's message is not recorded, as it may quote input.
 */
export async function withSpan<T>(
  name: string,
  options: { kind?: 'internal' | 'client'; attributes: SpanAttributes },
  fn: (span: SpanHandle) => Promise<T>,
): Promise<T> {
  const otel = loaded;
  if (otel == null) return fn(NO_SPAN);
  const tracer = otel.trace.getTracer(TRACER_NAME, CORE_VERSION);
  const kind = options.kind === 'client' ? otel.SpanKind.CLIENT : otel.SpanKind.INTERNAL;
  return tracer.startActiveSpan(name, { kind, attributes: defined(options.attributes) }, async (span) => {
    try {
      return await fn({ setAttributes: (attributes) => span.setAttributes(defined(attributes)) });
    } catch (error) {
      const type = errorType(error);
      span.setAttribute('error.type', type);
      span.setStatus({ code: otel.SpanStatusCode.ERROR, message: type });
      throw error;
    } finally {
      span.end();
    }
  });
}
