import { type Logger, log } from '../util/logger.js';
import type { CloseoutEvent, SessionEvent } from './events.js';

/** The host's `onEvent`: called with every history entry once it is stored. Never awaited. */
export type EventHandler = (event: CloseoutEvent) => void | Promise<void>;

/** Hands stored entries to the host's handler. Internal. */
export type EmitEvents = (accountId: string, sessionId: string, events: readonly SessionEvent[]) => void;

// setImmediate runs after the pending promise continuations, so the operation that stored the
// entries answers its caller before any handler runs, even a synchronous, slow one.
const later: (fn: () => void) => void =
  typeof globalThis.setImmediate === 'function'
    ? (fn) => {
        globalThis.setImmediate(fn);
      }
    : (fn) => {
        setTimeout(fn, 0);
      };

/**
 * Delivers entries to `handler` in the order they were stored, outside the operation that stored
 * them: a handler that throws, rejects or never settles is logged and changes nothing.
 */
export function eventEmitter(handler: EventHandler | undefined, logger: Logger | undefined): EmitEvents {
  if (handler === undefined) return () => {};
  const queue: CloseoutEvent[] = [];
  let scheduled = false;
  const failed = (error: unknown, event: CloseoutEvent) =>
    log(logger, 'error', 'onEvent handler failed', {
      type: event.type,
      sessionId: event.sessionId,
      error: error instanceof Error ? error.name : typeof error,
    });
  const drain = () => {
    scheduled = false;
    for (let event = queue.shift(); event !== undefined; event = queue.shift()) {
      const delivered = event;
      try {
        const result = handler(delivered);
        if (result !== undefined && typeof result.then === 'function') {
          result.then(undefined, (error: unknown) => failed(error, delivered));
        }
      } catch (error) {
        failed(error, delivered);
      }
    }
  };
  return (accountId, sessionId, events) => {
    for (const event of events) queue.push({ ...structuredClone(event), accountId, sessionId });
    if (events.length > 0 && !scheduled) {
      scheduled = true;
      later(drain);
    }
  };
}
