/**
 * Typed errors. Every failure closeout reports on purpose is a {@link CloseoutError} with a stable
 * `code`, the HTTP status a host should answer with, and structured `details`.
 *
 * @module
 */

/** The page that explains each error code (in the closeout repository); every message ends with its anchor. */
export const ERRORS_DOC_URL = 'docs/errors.md';

/** The HTTP status each error code maps to. */
export const ERROR_HTTP_STATUS = {
  VALIDATION_FAILED: 400,
  SESSION_NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  STALE_PREVIEW: 409,
  ALREADY_FINALIZED: 409,
  WRITEBACK_IN_PROGRESS: 409,
  OUTCOME_NOT_RESOLVED: 409,
  PSA_STATUS_VERIFICATION_FAILED: 502,
  PSA_NOTE_VERIFICATION_FAILED: 502,
  PSA_REQUEST_FAILED: 502,
  GENERATOR_FAILED: 502,
  GENERATOR_OUTPUT_INVALID: 502,
  /** A post was asked for without a human's confirmation (an assistant's tool, `closeout_post_note`). */
  CONFIRMATION_REQUIRED: 403,
} as const;

/** Every error code closeout raises. */
export type ErrorCode = keyof typeof ERROR_HTTP_STATUS;

/** All error codes, in a stable order. */
export const ERROR_CODES = Object.keys(ERROR_HTTP_STATUS) as ErrorCode[];

// A registered symbol, so `isInstance` recognises errors thrown by another copy of this package
// (two versions in one node_modules, or ESM and CJS builds loaded side by side).
const MARKER = Symbol.for('closeout.error');

/** Options for {@link CloseoutError}. */
export interface CloseoutErrorOptions {
  /** Structured, credential-free facts about the failure (offending fields, statuses, ids). */
  details?: Record<string, unknown>;
  /** The underlying error. It is kept off the enumerable properties so it never reaches JSON. */
  cause?: unknown;
}

/**
 * The base of every error closeout throws on purpose.
 *
 * Messages and details never carry a credential: adapters strip them before they build one.
 */
export class CloseoutError extends Error {
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
  /** The HTTP status a host should answer with. */
  readonly httpStatus: number;
  /** Structured facts about the failure. */
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: CloseoutErrorOptions = {}) {
    super(`${message} (see ${ERRORS_DOC_URL}#${code.toLowerCase().replaceAll('_', '-')})`);
    if (options.cause !== undefined) {
      Object.defineProperty(this, 'cause', { value: options.cause, enumerable: false, writable: true });
    }
    this.name = 'CloseoutError';
    this.code = code;
    this.httpStatus = ERROR_HTTP_STATUS[code];
    this.details = options.details ?? {};
    Object.defineProperty(this, MARKER, { value: true, enumerable: false });
  }

  /** True for any CloseoutError, including one thrown by another copy of this package. */
  static isInstance(value: unknown): value is CloseoutError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[MARKER] === true;
  }

  /** True when `value` is a CloseoutError with the given code. */
  static hasCode(value: unknown, code: ErrorCode): value is CloseoutError {
    return CloseoutError.isInstance(value) && value.code === code;
  }

  /** The `{code, message, details}` body hosts send to clients. */
  toJSON(): { code: ErrorCode; message: string; details: Record<string, unknown> } {
    return { code: this.code, message: this.message, details: this.details };
  }
}

/** A status as a PSA reports it. */
export interface StatusRef {
  id: string;
  name?: string;
}

/**
 * The PSA accepted the status change but the re-fetched ticket does not carry the target status.
 * The note was posted (its id is in `noteId`); the ticket needs a human look.
 */
export class PSAStatusVerificationError extends CloseoutError {
  readonly expected: StatusRef;
  readonly actual: StatusRef;
  readonly noteId: string | undefined;

  constructor(args: { expected: StatusRef; actual: StatusRef; noteId?: string; ticketId?: string }) {
    super(
      'PSA_STATUS_VERIFICATION_FAILED',
      `The PSA accepted the status change but the ticket still shows "${args.actual.name ?? args.actual.id}" ` +
        `(expected "${args.expected.name ?? args.expected.id}")`,
      {
        details: {
          expected: args.expected,
          actual: args.actual,
          noteId: args.noteId,
          ticketId: args.ticketId,
        },
      },
    );
    this.name = 'PSAStatusVerificationError';
    this.expected = args.expected;
    this.actual = args.actual;
    this.noteId = args.noteId;
  }
}

/** What a note receipt found wrong: the note is gone, shows another visibility, or holds other text. */
export type NoteVerificationReason = 'missing' | 'visibility' | 'text';

/**
 * The note was posted, but reading it back by id did not show what was posted: it is missing, its
 * visibility is not the type asked (an internal note the PSA stored customer-visible, or the
 * reverse), or its text differs. Thrown before any status change; the note is on the ticket (its id
 * is journaled), so a retry never posts another one: it reads the same note again.
 */
export class PSANoteVerificationError extends CloseoutError {
  readonly noteId: string;
  readonly expectedType: NoteTypeName;
  /** The type the re-read note shows, or `null` when the PSA holds no note with that id. */
  readonly actualType: NoteTypeName | null;
  readonly reason: NoteVerificationReason;

  constructor(args: {
    noteId: string;
    expectedType: NoteTypeName;
    actualType: NoteTypeName | null;
    reason: NoteVerificationReason;
    ticketId?: string;
  }) {
    const what: Record<NoteVerificationReason, string> = {
      missing: `the PSA holds no note ${args.noteId} on the ticket any more`,
      visibility: `the PSA stored note ${args.noteId} as ${args.actualType ?? 'unknown'}, not ${args.expectedType}`,
      text: `note ${args.noteId} on the ticket does not hold the text that was posted`,
    };
    super(
      'PSA_NOTE_VERIFICATION_FAILED',
      `The PSA accepted the note but reading it back failed: ${what[args.reason]}. The ticket's status ` +
        'was not changed; correct the note in the PSA, then retry (no second note is posted)',
      {
        details: {
          noteId: args.noteId,
          expectedType: args.expectedType,
          actualType: args.actualType,
          reason: args.reason,
          ...(args.ticketId === undefined ? {} : { ticketId: args.ticketId }),
        },
      },
    );
    this.name = 'PSANoteVerificationError';
    this.noteId = args.noteId;
    this.expectedType = args.expectedType;
    this.actualType = args.actualType;
    this.reason = args.reason;
  }
}

// The note types by name; kept here rather than imported from the model so errors stay dependency-free.
type NoteTypeName = 'resolution' | 'internal_analysis' | 'discussion';

/** A field-level validation problem, as listed in `details.issues` of a `VALIDATION_FAILED` error. */
export interface FieldIssue {
  /** Dotted path of the offending field (`fixes.0.title`), or `''` for the whole input. */
  path: string;
  message: string;
}

/** Builds a `VALIDATION_FAILED` error listing the offending fields. */
export function validationError(message: string, issues: FieldIssue[]): CloseoutError {
  const fields = [...new Set(issues.map((i) => i.path || '(input)'))];
  return new CloseoutError('VALIDATION_FAILED', `${message}: ${fields.join(', ')}`, { details: { issues } });
}

/** Builds `SESSION_NOT_FOUND`. The account is not named: a foreign id must look like a missing one. */
export function sessionNotFound(sessionId: string): CloseoutError {
  return new CloseoutError('SESSION_NOT_FOUND', `Session ${sessionId} was not found`, {
    details: { sessionId },
  });
}

/**
 * A PSA call failed. `retryable` says whether the same call may succeed later (429, 5xx, network);
 * `ambiguous` says the request may have reached the PSA and taken effect although no answer came
 * back (a note POST that timed out), so it must not be blindly repeated.
 */
export class PsaRequestError extends CloseoutError {
  readonly retryable: boolean;
  readonly ambiguous: boolean;

  constructor(
    message: string,
    args: { retryable: boolean; ambiguous?: boolean; details?: Record<string, unknown>; cause?: unknown },
  ) {
    const ambiguous = args.ambiguous ?? false;
    super('PSA_REQUEST_FAILED', message, {
      details: { ...args.details, retryable: args.retryable, ambiguous },
      cause: args.cause,
    });
    this.name = 'PsaRequestError';
    this.retryable = args.retryable;
    this.ambiguous = ambiguous;
  }
}

/** The note generator (an LLM or a template) failed. `retryable` says whether trying again may help. */
export class GeneratorError extends CloseoutError {
  readonly retryable: boolean;

  constructor(
    message: string,
    args: { retryable: boolean; details?: Record<string, unknown>; cause?: unknown },
  ) {
    super('GENERATOR_FAILED', message, {
      details: { ...args.details, retryable: args.retryable },
      cause: args.cause,
    });
    this.name = 'GeneratorError';
    this.retryable = args.retryable;
  }
}
