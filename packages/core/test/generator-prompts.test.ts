import { describe, expect, it } from 'vitest';
import { buildBundle } from '../src/bundle/build.js';
import { renderBundle } from '../src/bundle/render.js';
import { SYSTEM_PROMPT } from '../src/generators/prompts/system.js';
import { buildUserMessage, outcomeDirective } from '../src/generators/prompts/user.js';
import type { FixStatus } from '../src/model/session.js';
import { printerSession, session } from './fixtures/sessions.js';

describe('prompts', () => {
  it('keeps the system prompt free of session data, so it can be cached', () => {
    const bundle = buildBundle(printerSession('failed'));
    expect(SYSTEM_PROMPT).not.toContain(bundle.sessionId);
    expect(SYSTEM_PROMPT).not.toContain('PRN01');
    // Long enough for a provider's prompt cache (Claude caches prefixes of 1,024 tokens and more).
    expect(SYSTEM_PROMPT.length / 4).toBeGreaterThan(1_024);
  });

  it.each<[FixStatus | 'none', RegExp]>([
    ['success', /recorded as success.*The issue is resolved/],
    ['failed', /recorded as FAILED.*NOT resolved.*no closure language/],
    ['partial', /recorded as PARTIAL.*NOT resolved.*no closure language/],
    ['proposed', /still PROPOSED.*NOT resolved.*do not list this fix as tried/],
    ['none', /no fix yet.*NOT resolved/],
  ])('spells out what an active fix that is %s allows', (status, expected) => {
    const bundle = buildBundle(status === 'none' ? session({}) : printerSession(status));
    const directive = outcomeDirective(bundle);
    expect(directive).toMatch(expected);
    if (status !== 'none') expect(directive).toContain(`[${bundle.activeFixId}]`);
  });

  it('puts the directive, the feedback and the rendered bundle in the user message', () => {
    const bundle = buildBundle(printerSession('partial'));
    const first = buildUserMessage('escalation_package', bundle);
    expect(first).toMatch(
      /^Write the internal escalation package for this session\. Put it in the field escalation_package and set resolution_note to null\. Write it in English\.\n/,
    );
    expect(buildUserMessage('escalation_package', { ...bundle, language: 'ja' })).toContain(
      'Write it in Japanese.',
    );
    expect(first).toContain(outcomeDirective(bundle));
    expect(first).toContain(`<session>\n${renderBundle(bundle)}\n</session>`);
    expect(first).not.toContain('rejected');
    const retry = buildUserMessage('resolution_note', bundle, [
      'tried.0.status: fix_x is recorded as failed, not success',
    ]);
    expect(retry).toMatch(
      /^Write the customer resolution note for this session\. Put it in the field resolution_note /,
    );
    expect(retry).toContain('- tried.0.status: fix_x is recorded as failed, not success');
  });

  it('tells the model that an unresolved resolution note closes the ticket: no promise of further work', () => {
    expect(SYSTEM_PROMPT).toContain('the ticket is being closed without a confirmed fix');
    expect(SYSTEM_PROMPT).toContain('never say that the team is continuing to work on it');
    expect(SYSTEM_PROMPT).toContain('how the customer reopens the ticket');
  });
});
