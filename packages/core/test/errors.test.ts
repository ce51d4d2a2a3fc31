import { describe, expect, it, vi } from 'vitest';
import { CloseoutError, ERROR_CODES, ERROR_HTTP_STATUS, PSAStatusVerificationError } from '../src/errors.js';

describe('CloseoutError', () => {
  it('maps every code of the design to its HTTP status', () => {
    expect(ERROR_HTTP_STATUS).toEqual({
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
      CONFIRMATION_REQUIRED: 403,
    });
    for (const code of ERROR_CODES) {
      const error = new CloseoutError(code, 'Something went wrong');
      expect(error.httpStatus).toBe(ERROR_HTTP_STATUS[code]);
      expect(error.message).toContain(`#${code.toLowerCase().replaceAll('_', '-')}`);
    }
  });

  it('is recognised across two copies of the package', async () => {
    vi.resetModules();
    // A query string makes the module loader evaluate the file a second time: a second copy.
    const specifier = '../src/errors.js?copy';
    const copy: typeof import('../src/errors.js') = await import(/* @vite-ignore */ specifier);
    expect(copy.CloseoutError).not.toBe(CloseoutError);
    const foreign = new copy.CloseoutError('SESSION_NOT_FOUND', 'gone');
    expect(foreign instanceof CloseoutError).toBe(false);
    expect(CloseoutError.isInstance(foreign)).toBe(true);
    expect(CloseoutError.hasCode(foreign, 'SESSION_NOT_FOUND')).toBe(true);
    expect(CloseoutError.isInstance(new Error('plain'))).toBe(false);
    expect(CloseoutError.isInstance({ code: 'SESSION_NOT_FOUND' })).toBe(false);
  });

  it('serialises to {code, message, details} without the cause', () => {
    const error = new CloseoutError('PSA_REQUEST_FAILED', 'PSA said no', {
      details: { status: 500 },
      cause: new Error('Authorization: Basic c2VjcmV0'),
    });
    const json = JSON.parse(JSON.stringify(error));
    expect(json).toEqual({ code: 'PSA_REQUEST_FAILED', message: error.message, details: { status: 500 } });
    expect(JSON.stringify(error)).not.toContain('c2VjcmV0');
  });

  it('carries expected and actual status on a verification failure', () => {
    const error = new PSAStatusVerificationError({
      expected: { id: '17', name: 'Resolved' },
      actual: { id: '5', name: 'In Progress' },
      noteId: '901',
    });
    expect(error.code).toBe('PSA_STATUS_VERIFICATION_FAILED');
    expect(error.httpStatus).toBe(502);
    expect(error.details).toMatchObject({ expected: { id: '17' }, actual: { id: '5' }, noteId: '901' });
    expect(error.message).toContain('In Progress');
    expect(CloseoutError.isInstance(error)).toBe(true);
  });
});
