import { CloseoutError } from '../../src/errors.js';

/** The CloseoutError a promise rejects with (fails the test when it resolves or throws something else). */
export async function caught(promise: Promise<unknown>): Promise<CloseoutError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  if (!CloseoutError.isInstance(error)) throw error;
  return error;
}
