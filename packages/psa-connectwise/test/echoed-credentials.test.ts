import { connectwise } from '@closeout/psa-connectwise';
import { describe, expect, it } from 'vitest';
import { rejection, TICKET } from './support/setup.js';

const KEYS = {
  publicKey: 'PublicKeyEchoed1',
  privateKey: 'Priv ate/Key+Echoed2',
  clientId: 'ClientIdEchoed3',
};

/** An adapter whose ConnectWise answers 400 with `echo` in its error message. */
function echoing(echo: (auth: string) => string) {
  return connectwise({
    site: 'cw.example.com',
    companyId: 'acme',
    ...KEYS,
    codebase: 'v4_6_release/',
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const auth = request.headers.get('authorization') ?? '';
      return Response.json(
        { code: 'InvalidObject', message: echo(auth), errors: [{ code: 'Bad', message: echo(auth) }] },
        { status: 400 },
      );
    },
  });
}

describe('a credential ConnectWise echoes back, in any encoding, is scrubbed', () => {
  const forms: Record<string, (auth: string) => string> = {
    'URL-encoded': () =>
      `key=${encodeURIComponent(KEYS.privateKey)}&client=${encodeURIComponent(KEYS.clientId)}`,
    'form-encoded': () => new URLSearchParams({ key: KEYS.privateKey }).toString(),
    'base64 alone': () => `key ${Buffer.from(KEYS.privateKey).toString('base64')}`,
    'the Basic header': (auth) => `got ${auth}`,
    'base64 of a longer value': () => `token ${Buffer.from(`x:${KEYS.privateKey}:y`).toString('base64')}`,
  };
  for (const [name, echo] of Object.entries(forms)) {
    it(name, async () => {
      const error = await rejection(echoing(echo).getTicket(TICKET));
      const all = JSON.stringify(error) + (error as Error).message;
      expect(all).toContain('[redacted]');
      const encodings = [
        KEYS.privateKey,
        encodeURIComponent(KEYS.privateKey),
        new URLSearchParams({ k: KEYS.privateKey }).toString().slice(2),
        Buffer.from(KEYS.privateKey).toString('base64').replace(/=+$/, ''),
        encodeURIComponent(KEYS.clientId),
      ];
      for (const secret of encodings) expect(all).not.toContain(secret);
      // Inside a longer encoded value, at most two characters next to the mask can survive.
      expect(all).not.toContain(Buffer.from(`x:${KEYS.privateKey}:y`).toString('base64').slice(3, -3));
    });
  }
});
