import { buildBundle } from '../../src/bundle/build.js';
import { PREVIEW_KINDS, type PreviewKind } from '../../src/generators/kinds.js';
import type { Session } from '../../src/model/session.js';

// How a simulated model answers closeout's requests, for the provider simulators' `answer` hook:
// it reads which document the user message asks for, and writes the output format's object.

/** The kind a request asks for, read from its user message as the model would. */
export function askedKind(user: string): PreviewKind {
  const field = /Put it in the field (\w+)/.exec(user)?.[1];
  const kind = (Object.keys(PREVIEW_KINDS) as PreviewKind[]).find(
    (k) => PREVIEW_KINDS[k].formatName === field,
  );
  if (kind === undefined) throw new Error(`the request names no document field: ${user.slice(0, 120)}`);
  return kind;
}

/** An answer shaped as the output format asks: the document in its field, null in the others. */
export function document(kind: PreviewKind, sections: unknown): Record<string, unknown> {
  return Object.fromEntries(
    (Object.keys(PREVIEW_KINDS) as PreviewKind[]).map((k) => [
      PREVIEW_KINDS[k].formatName,
      k === kind ? sections : null,
    ]),
  );
}

/** A faithful model: the template's sections for the bundle of the session the request came from. */
export const honest =
  (session: () => Session) =>
  ({ user }: { user: string }): Record<string, unknown> => {
    const kind = askedKind(user);
    return document(kind, PREVIEW_KINDS[kind].template(buildBundle(session())));
  };
