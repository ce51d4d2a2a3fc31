import { z } from 'zod';
import { buildBundle } from '../bundle/build.js';
import type { AccountContext } from '../context.js';
import { sessionNotFound } from '../errors.js';
import { kindSpec } from '../generators/kinds.js';
import { PROMPT_VERSION } from '../generators/prompts/version.js';
import type { EscalationPackageSections, ResolutionNoteSections } from '../generators/schemas.js';
import type { NoteGenerator } from '../generators/types.js';
import { ActorSchema, sessionEvent } from '../history/events.js';
import { IdSchema } from '../model/inputs.js';
import { parseInput } from '../model/validate.js';
import { withSpan } from '../telemetry/tracer.js';
import { log } from '../util/logger.js';
import { previewCacheKey } from './cache-key.js';
import { contactEmailOf } from './contact-email.js';
import { generateChecked } from './generate.js';
import type { SingleFlight } from './single-flight.js';
import type { CachedPreview, Preview, PreviewKind } from './types.js';

/**
 * Outcome-aware drafts of one account's sessions. Each call answers for the session's current
 * state version: from the cache when that version was drafted before (no generator call), or by
 * generating, checking and caching it. Resolve and escalate drafts of one version coexist.
 */
export interface PreviewsApi {
  /**
   * The customer resolution note: closure language (what fixed it, how it was confirmed) only when
   * the active fix is a recorded success; otherwise what was tried, with the recorded failure
   * reasons or partial notes, and next steps. `SESSION_NOT_FOUND` outside this account;
   * `GENERATOR_FAILED` or `GENERATOR_OUTPUT_INVALID` when no faithful draft could be made.
   */
  resolutionNote(sessionId: string, options?: PreviewOptions): Promise<Preview<ResolutionNoteSections>>;
  /**
   * The internal escalation package: Problem, What we've confirmed, What we've tried, Current
   * hypothesis, Suggested next steps, in that order. Errors as {@link PreviewsApi.resolutionNote}.
   */
  escalationPackage(sessionId: string, options?: PreviewOptions): Promise<Preview<EscalationPackageSections>>;
}

/** Options of a preview call. */
export interface PreviewOptions {
  /** Who asked (e.g. `tech:jdoe`); recorded in the history entry of a generated preview. */
  actor?: string;
}

const PreviewOptionsSchema = z.object({ actor: ActorSchema.optional() });

/** What the previews service shares across every account of one closeout instance. */
export interface PreviewsDeps {
  generator: NoteGenerator;
  /** In-process single flight, shared by all account scopes of the instance. */
  flights: SingleFlight;
}

/** One account's previews: the public API, and the same previews looked up by kind for core. */
export interface PreviewsService {
  api: PreviewsApi;
  /** The preview of `kind`: what a writeback without `text` posts. */
  preview(kind: PreviewKind, sessionId: string): Promise<Preview>;
}

export function previewsService(ctx: AccountContext, deps: PreviewsDeps): PreviewsService {
  const { generator, flights } = deps;

  /** A preview as one span, with the generator calls it made (if any) as children. */
  const preview = (kind: PreviewKind, sessionId: string, options?: PreviewOptions, withContact = false) =>
    withSpan(
      `preview ${kind}`,
      { attributes: { 'closeout.account.id': ctx.accountId, 'closeout.preview.kind': kind } },
      async (span) => {
        const made = await previewUntraced(kind, sessionId, options, withContact);
        span.setAttributes({
          'closeout.session.id': made.sessionId,
          'closeout.session.state_version': made.stateVersion,
          'closeout.preview.cached': made.cached,
          'closeout.generator.id': made.generatorId,
        });
        return made;
      },
    );

  async function previewUntraced(
    kind: PreviewKind,
    sessionId: string,
    options?: PreviewOptions,
    withContact = false,
  ): Promise<Preview> {
    const id = parseInput(IdSchema, sessionId, 'session id');
    const { actor } = parseInput(PreviewOptionsSchema, options ?? {}, 'options');
    const session = await ctx.storage.getSession(ctx.accountId, id);
    if (session === null) throw sessionNotFound(id);
    if (withContact) {
      // Read fresh on every call, never cached: the setting may change without a new state version.
      const [made, contactEmail] = await Promise.all([
        previewUntraced(kind, sessionId, options),
        contactEmailOf(ctx, kind, session),
      ]);
      return { ...made, contactEmail };
    }
    const key = await previewCacheKey({
      sessionId: session.id,
      stateVersion: session.stateVersion,
      kind,
      promptVersion: PROMPT_VERSION,
      generatorId: generator.id,
    });
    const hit = await ctx.storage.getPreview(ctx.accountId, key);
    if (hit !== null) return { ...hit, cached: true };

    // One generation per key in this process (single flight), and across processes sharing the
    // store (the storage lock, with the cache checked again inside it: another process may have
    // finished while this one waited).
    const flight = flights.run(`${ctx.accountId}\u0000${key}`, () =>
      ctx.storage.withLock(ctx.accountId, `preview:${key}`, async (): Promise<Preview> => {
        const done = await ctx.storage.getPreview(ctx.accountId, key);
        if (done !== null) return { ...done, cached: true };
        const bundle = buildBundle(session);
        const { sections, usage, attempts } = await generateChecked(generator, kind, bundle);
        const markdown = kindSpec(kind).render(sections, bundle);
        const cached: CachedPreview = {
          kind,
          sessionId: session.id,
          stateVersion: session.stateVersion,
          markdown,
          sections,
          generatorId: generator.id,
          generatedAt: ctx.nowIso(),
          ...(usage === undefined ? {} : { usage }),
        };
        const entries = [
          sessionEvent('preview_generated', session.stateVersion, cached.generatedAt, actor, {
            kind,
            generatorId: generator.id,
          }),
        ];
        await ctx.storage.putPreview(ctx.accountId, key, cached, entries);
        ctx.emit(session.id, entries);
        log(ctx.logger, 'debug', 'preview generated', {
          sessionId: session.id,
          stateVersion: session.stateVersion,
          kind,
          generatorId: generator.id,
          attempts,
          redactions: Object.values(bundle.redactions).reduce((a, b) => a + b, 0),
        });
        return { ...cached, cached: false };
      }),
    );
    // Joiners get their own copy: a caller editing its preview must not change another's.
    return flight.joined ? structuredClone(await flight.promise) : flight.promise;
  }

  return {
    api: {
      resolutionNote: (id, options) =>
        preview('resolution_note', id, options, true) as Promise<Preview<ResolutionNoteSections>>,
      escalationPackage: (id, options) =>
        preview('escalation_package', id, options, true) as Promise<Preview<EscalationPackageSections>>,
    },
    preview,
  };
}
