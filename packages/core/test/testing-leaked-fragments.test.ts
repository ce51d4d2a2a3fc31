import { describe, expect, it } from 'vitest';
import { leakedFragments } from '../src/testing/credential-echoes.js';

// The check every adapter's echo test runs over a writeback's errors, history, spans and logs.

const SECRET = 'Adv+Priv/Key9q2Lm';
const clean = {
  errors: [new Error('PSA said 400')],
  history: [[{ type: 'fix_proposed' }]],
  spans: [],
  logs: [],
};

describe('leakedFragments', () => {
  it('finds nothing in a run that holds no piece of the credential', () => {
    expect(leakedFragments(clean, [SECRET])).toEqual([]);
  });

  it('finds a credential in the cause of an error, in base64 in a span event, and hex-encoded in a log line', () => {
    const inCause = {
      ...clean,
      errors: [new Error('writeback failed', { cause: new Error(`bad ${SECRET}`) })],
    };
    expect(leakedFragments(inCause, [SECRET])).not.toEqual([]);

    const base64 = Buffer.from(SECRET).toString('base64');
    const span = {
      name: 'psa.addNote',
      attributes: {},
      status: { code: 2 },
      events: [{ name: 'x', attributes: { body: base64 } }],
    };
    expect(leakedFragments({ ...clean, spans: [span] }, [SECRET])).not.toEqual([]);

    const hex = Buffer.from(SECRET).toString('hex');
    expect(leakedFragments({ ...clean, logs: [['warn', { detail: hex }]] }, [SECRET])).not.toEqual([]);
  });
});
