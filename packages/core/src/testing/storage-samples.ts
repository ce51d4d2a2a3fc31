import type { CachedPreview } from '../previews/types.js';

/** A cached preview as the storage suites store it: only its session and version matter. */
export const samplePreview = (sessionId: string, stateVersion: number): CachedPreview => ({
  kind: 'resolution_note',
  sessionId,
  stateVersion,
  markdown: '## Resolution\n\nRestarted the spooler.',
  sections: { summary: 'Restarted the spooler.' },
  generatorId: 'template@1',
  generatedAt: new Date(0).toISOString(),
});
