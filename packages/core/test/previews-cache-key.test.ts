import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { previewCacheKey } from '../src/previews/cache-key.js';

const base = {
  sessionId: 'ses_01JD3ABCDEFGHJKMNPQRST0001',
  stateVersion: 7,
  kind: 'resolution_note' as const,
  promptVersion: '2026-11-25.1',
  generatorId: 'template@1',
  auditorId: null,
  language: 'en',
};

describe('preview cache key', () => {
  it('is the hex SHA-256 of the parts as a JSON array', async () => {
    const expected = createHash('sha256')
      .update(
        JSON.stringify([
          'closeout-preview',
          base.sessionId,
          7,
          'resolution_note',
          '2026-11-25.1',
          'template@1',
          null,
          'en',
        ]),
      )
      .digest('hex');
    expect(await previewCacheKey(base)).toBe(expected);
  });

  it('changes with every part', async () => {
    const keys = await Promise.all([
      previewCacheKey(base),
      previewCacheKey({ ...base, sessionId: 'ses_other' }),
      previewCacheKey({ ...base, stateVersion: 8 }),
      previewCacheKey({ ...base, kind: 'escalation_package' }),
      previewCacheKey({ ...base, promptVersion: '2026-11-25.2' }),
      previewCacheKey({ ...base, generatorId: 'anthropic:claude-sonnet-5-5' }),
      previewCacheKey({ ...base, auditorId: 'anthropic-audit:claude-sonnet-5-5' }),
      previewCacheKey({ ...base, language: 'de' }),
    ]);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('cannot be collided by moving text between parts', async () => {
    const a = await previewCacheKey({ ...base, sessionId: 'ses_1", 7', promptVersion: 'p' });
    const b = await previewCacheKey({ ...base, sessionId: 'ses_1', promptVersion: 'p' });
    expect(a).not.toBe(b);
  });
});
