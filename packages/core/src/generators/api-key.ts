import { validationError } from '../errors.js';

/**
 * The API key a model generator creates its client with: the option, else the environment
 * variable. Without either, and without a client of the caller's, construction throws
 * `VALIDATION_FAILED` naming the variable, at once: a first preview failing with a vague 502 is
 * the wrong place to learn that the key is missing.
 */
export function requireApiKey(
  given: { client: unknown; apiKey: string | undefined },
  variable: string,
  generator: string,
): string | undefined {
  const apiKey = given.apiKey ?? process.env[variable];
  if (given.client === undefined && (apiKey === undefined || apiKey === '')) {
    throw validationError(`${generator} needs an API key: set ${variable}, or pass apiKey or a client`, [
      { path: 'apiKey', message: `missing, and ${variable} is not set` },
    ]);
  }
  return apiKey;
}
