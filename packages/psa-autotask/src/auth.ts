/**
 * The one place that holds the API user's credentials. They live in this closure only: no adapter,
 * error or log object ever gets a property that refers to them.
 */
import { type CredentialScrubber, credentialScrubber } from '@closeout/core/psa';

export interface Auth {
  /** The headers every API request carries: `ApiIntegrationCode`, `UserName`, `Secret` (and impersonation). */
  apiHeaders(): Record<string, string>;
  /** The API user name, for the zone lookup (its only credential-free use). */
  readonly username: string;
  /** Replaces every credential, in any encoding, in a text that came from outside. */
  redact: CredentialScrubber;
}

export function createAuth(args: {
  username: string;
  secret: string;
  integrationCode: string;
  impersonationResourceId?: string | undefined;
}): Auth {
  const headers = Object.freeze({
    ApiIntegrationCode: args.integrationCode,
    UserName: args.username,
    Secret: args.secret,
    ...(args.impersonationResourceId === undefined
      ? {}
      : { ImpersonationResourceId: args.impersonationResourceId }),
  });
  // The user name is not secret to Autotask (zone lookup takes it in the URL) but it names the API
  // account: it is scrubbed from echoes too, like the secret and the integration code.
  const redact = credentialScrubber([args.secret, args.integrationCode, args.username]);
  return { apiHeaders: () => ({ ...headers }), username: args.username, redact };
}
