import { renderBundle } from '../../bundle/render.js';
import type { Bundle } from '../../bundle/types.js';
import { DEFAULT_LANGUAGE, LANGUAGE_NAMES } from '../../language/codes.js';
import { PREVIEW_KINDS, type PreviewKind } from '../kinds.js';
import { fieldDirective } from './document.js';

/**
 * What the active fix's recorded outcome requires of the document, spelled out for this session.
 * It repeats the system prompt's rule with the facts filled in: the instruction a model must not
 * miss sits right next to the record it applies to.
 */
export function outcomeDirective(bundle: Bundle): string {
  const active = bundle.fixes.find((f) => f.id === bundle.activeFixId);
  if (active === undefined) {
    return 'There is no fix yet. The issue is NOT resolved: use no closure language, and give next steps.';
  }
  const ref = `The active fix is [${active.id}]`;
  switch (active.status) {
    case 'success':
      return `${ref}, recorded as success${active.verifiedAt === undefined ? ' (no verification time recorded)' : `, verified ${active.verifiedAt}`}. The issue is resolved: say what fixed it and how it was confirmed.`;
    case 'failed':
      return `${ref}, recorded as FAILED (failure reason in the record). The issue is NOT resolved: use no closure language, include this fix among the tried fixes, and give concrete next steps.`;
    case 'partial':
      return `${ref}, recorded as PARTIAL (partial notes in the record). The issue is NOT resolved: use no closure language, include this fix among the tried fixes, say what still does not work, and give concrete next steps.`;
    default:
      return `${ref}, still PROPOSED (not applied yet). The issue is NOT resolved: use no closure language, do not list this fix as tried, and give next steps.`;
  }
}

/** The user message for one request: what to write, the outcome rule for this session, the record. */
export function buildUserMessage(kind: PreviewKind, bundle: Bundle, feedback?: readonly string[]): string {
  const lines = [
    `${PREVIEW_KINDS[kind].task} ${fieldDirective(kind)} Write it in ${LANGUAGE_NAMES[bundle.language ?? DEFAULT_LANGUAGE]}.`,
    outcomeDirective(bundle),
  ];
  if (feedback !== undefined && feedback.length > 0) {
    lines.push(
      `Your previous answer was rejected for these reasons; fix all of them:\n${feedback.map((f) => `- ${f}`).join('\n')}`,
    );
  }
  lines.push(`<session>\n${renderBundle(bundle)}\n</session>`);
  return lines.join('\n\n');
}
