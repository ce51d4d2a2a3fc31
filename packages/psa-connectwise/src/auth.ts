import { credentialScrubber } from '@closeout/core/psa';

/**
 * The one place that holds the API member's credentials. They live in this closure only: no
 * adapter, error or log object ever gets a property that refers to them.
 */
export interface Auth {
  /** Headers every API request carries: Basic auth, clientId and the versioned Accept. */
  apiHeaders(): Record<string, string>;
  /** Replaces any credential (and the Basic token) found in `text`, for text that came from outside. */
  redact(text: string): string;
}

/** The versioned media type ConnectWise answers with. */
export const mediaType = (apiVersion: string): string =>
  `application/vnd.connectwise.com+json; version=${apiVersion}`;

/** `Basic base64("{companyId}+{publicKey}:{privateKey}")`, as ConnectWise expects it. */
export function basicAuthorization(companyId: string, publicKey: string, privateKey: string): string {
  return `Basic ${Buffer.from(`${companyId}+${publicKey}:${privateKey}`, 'utf8').toString('base64')}`;
}

export function createAuth(args: {
  companyId: string;
  publicKey: string;
  privateKey: string;
  clientId: string;
  apiVersion: string;
}): Auth {
  const authorization = basicAuthorization(args.companyId, args.publicKey, args.privateKey);
  const token = authorization.slice('Basic '.length);
  const headers = Object.freeze({
    Authorization: authorization,
    clientId: args.clientId,
    Accept: mediaType(args.apiVersion),
  });
  // Each credential in every form it may be echoed in (verbatim, URL-encoded, base64); values
  // shorter than four characters are left alone, as replacing them would garble the message.
  const redact = credentialScrubber([
    token,
    `${args.companyId}+${args.publicKey}`,
    args.privateKey,
    args.publicKey,
    args.clientId,
  ]);
  return {
    apiHeaders: () => ({ ...headers }),
    redact,
  };
}
