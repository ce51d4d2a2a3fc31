import type OpenAI from 'openai';
import { AzureOpenAI } from 'openai';
import { validationError } from '../errors.js';

/**
 * The oldest Azure OpenAI `api-version` the generator's request is accepted on: `response_format`
 * json_schema arrived in 2024-08-01-preview and `max_completion_tokens` in 2024-09-01-preview; an
 * older version answers 400 to every preview. 2024-10-21 is the first GA version with both.
 */
export const AZURE_MIN_API_VERSION = '2024-09-01-preview';

/** Sorts API versions by their date, a `-preview` before the release of the same date. */
const versionKey = (version: string) => `${version.slice(0, 10)}${version.endsWith('-preview') ? '0' : '1'}`;

/**
 * Refuses an `AzureOpenAI` client whose `apiVersion` predates {@link AZURE_MIN_API_VERSION}, before
 * anything is sent: `VALIDATION_FAILED` naming `apiVersion`. Other clients pass.
 */
export function checkAzureClient(client: OpenAI | undefined): void {
  if (!(client instanceof AzureOpenAI)) return;
  const version = client.apiVersion;
  if (/^\d{4}-\d{2}-\d{2}/.test(version) && versionKey(version) >= versionKey(AZURE_MIN_API_VERSION)) return;
  throw validationError(
    `Azure OpenAI api-version ${version} refuses the note request (response_format json_schema and ` +
      `max_completion_tokens); use ${AZURE_MIN_API_VERSION} or later, e.g. 2024-10-21`,
    [{ path: 'client.apiVersion', message: `must be ${AZURE_MIN_API_VERSION} or later` }],
  );
}
