import { z } from 'zod';
import { buildBundle } from '../bundle/build.js';
import type { Bundle } from '../bundle/types.js';
import type { AccountContext } from '../context.js';
import { CloseoutError, sessionNotFound } from '../errors.js';
import type { ClaimAuditor } from '../generators/auditor.js';
import type { PreviewSections, Violation } from '../generators/guard.js';
import { kindSpec } from '../generators/kinds.js';
import { PROMPT_VERSION } from '../generators/prompts/version.js';
import type { EscalationPackageSections, ResolutionNoteSections } from '../generators/schemas.js';
import type { NoteGenerator, TokenUsage } from '../generators/types.js';
import { ActorSchema, sessionEvent } from '../history/events.js';
import type { Language } from '../language/codes.js';
import { detectSessionLanguage } from '../language/detect.js';
import { IdSchema } from '../model/inputs.js';
import type { Session } from '../model/session.js';
import { parseInput } from '../model/validate.js';
import { withSpan } from '../telemetry/tracer.js';
import { log } from '../util/logger.js';
import { previewCacheKey } from './cache-key.js';
import { contactEmailOf } from './contact-email.js';
import { generateChecked } from './generate.js';
import type { SingleFlight } from './single-flight.js';
import { draftTimeEntry, type TimeEntryDraft } from './time-entry.js';
import type { CachedPreview, Preview, PreviewFallback, PreviewKind } from './types.js';

/** What one drafting gave: the checked sections, and whose they are. */
interface Drafted {
  sections: PreviewSections;
  usage: TokenUsage | undefined;
  attempts: number;
  generatorId: string;
  fallback?: PreviewFallback;
}

/** Which errors of the configured generator the fallback covers, and how the preview says so. */
function fallbackReason(error: unknown): PreviewFallback['reason'] | undefined {
  if (!CloseoutError.isInstance(error)) return undefined;
  if (error.code === 'GENERATOR_OUTPUT_INVALID') return 'output_invalid';
  if (error.code === 'GENERATOR_FAILED') return 'generator_failed';
  return undefined;
}

/** The codes and paths of a `GENERATOR_OUTPUT_INVALID`'s violations: never their messages' text. */
function violationsOf(error: unknown): PreviewFallback['violations'] {
  const listed = (error as CloseoutError).details.violations;
  if (!Array.isArray(listed)) return [];
  return listed.map((v: Violation) => ({ code: v.code, path: v.path }));
}

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
  /**
   * The time entry a writeback logs when asked to (`timeEntry` of `resolve` / `escalate`): from the
   * session's first change to the last recorded outcome, notes naming the fixes applied and their
   * outcomes (secrets masked), billable from the account's `timeEntryBillable` setting. Drafted
   * from the record, never by a generator. `SESSION_NOT_FOUND` outside this account.
   */
  timeEntry(sessionId: string): Promise<TimeEntryDraft>;
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
  /** Drafts when `generator` fails or its drafts are refused; `null`: no fallback, the error stands. */
  fallbackGenerator: NoteGenerator | null;
  /** Labels the sentences of `generator`'s drafts; absent: the lexical guard alone. */
  claimAudit?: ClaimAuditor;
  /** How long a cached fallback preview is served before `generator` is tried again, in ms. */
  fallbackRetryMs: number;
  /** In-process single flight, shared by all account scopes of the instance. */
  flights: SingleFlight;
}

/** One account's previews: the public API, and the same previews looked up by kind for core. */
export interface PreviewsService {
  api: PreviewsApi;
  /**
   * The preview of `kind`: what a writeback without `text` posts. A cached fallback is posted as
   * it is, however old: the technician confirmed the draft they were shown, not a newer one.
   */
  draft(kind: PreviewKind, sessionId: string): Promise<Preview>;
}

// A session's text changes only with its state version, so its detected language is remembered
// per version: a cache hit does not read every finding again. Bounded, oldest first out.
const DETECTED_LIMIT = 10_000;
const detected = new Map<string, Language>();

function detectedLanguage(session: Session): Language {
  const key = `${session.accountId}\u0000${session.id}\u0000${session.stateVersion}`;
  const known = detected.get(key);
  if (known !== undefined) return known;
  const language = detectSessionLanguage(session);
  if (detected.size >= DETECTED_LIMIT) detected.delete(detected.keys().next().value as string);
  detected.set(key, language);
  return language;
}

/** The drafted time entry of a session, or `SESSION_NOT_FOUND`. */
export async function timeEntryDraft(ctx: AccountContext, sessionId: string): Promise<TimeEntryDraft> {
  const id = parseInput(IdSchema, sessionId, 'session id');
  const session = await ctx.storage.getSession(ctx.accountId, id);
  if (session === null) throw sessionNotFound(id);
  return draftTimeEntry(session, await ctx.storage.getSettings(ctx.accountId));
}

export function previewsService(ctx: AccountContext, deps: PreviewsDeps): PreviewsService {
  const { generator, flights, fallbackGenerator, claimAudit, fallbackRetryMs } = deps;

  /**
   * A cached preview still to be served: any normal one, and a fallback for `fallbackRetryMs`.
   * After that the configured generator is asked again (a provider outage is usually short), but
   * not on every click: until then everyone gets the cached fallback.
   */
  const fresh = (hit: CachedPreview | null): hit is CachedPreview =>
    hit !== null &&
    (hit.fallback === undefined || ctx.clock.now().getTime() - Date.parse(hit.generatedAt) < fallbackRetryMs);

  /** The configured generator's checked draft, or the fallback generator's when it has none. */
  async function draft(kind: PreviewKind, bundle: Bundle): Promise<Drafted> {
    try {
      return { ...(await generateChecked(generator, kind, bundle, claimAudit)), generatorId: generator.id };
    } catch (error) {
      const reason = fallbackReason(error);
      if (fallbackGenerator === null || reason === undefined || fallbackGenerator.id === generator.id)
        throw error;
      const violations = reason === 'output_invalid' ? violationsOf(error) : [];
      log(ctx.logger, 'warn', 'preview drafted by the fallback generator', {
        sessionId: bundle.sessionId,
        kind,
        generatorId: generator.id,
        fallbackGeneratorId: fallbackGenerator.id,
        reason,
        violations: violations.map((v) => v.code),
      });
      const made = await generateChecked(fallbackGenerator, kind, bundle);
      return {
        ...made,
        generatorId: fallbackGenerator.id,
        fallback: { from: generator.id, reason, violations },
      };
    }
  }

  /** A preview as one span, with the generator calls it made (if any) as children. */
  const preview = (
    kind: PreviewKind,
    sessionId: string,
    options?: PreviewOptions,
    anyCached = false,
    withContact = false,
  ) =>
    withSpan(
      `preview ${kind}`,
      { attributes: { 'closeout.account.id': ctx.accountId, 'closeout.preview.kind': kind } },
      async (span) => {
        const made = await previewUntraced(kind, sessionId, options, anyCached, withContact);
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
    options: PreviewOptions | undefined,
    anyCached: boolean,
    withContact: boolean,
  ): Promise<Preview> {
    const usable = (hit: CachedPreview | null): hit is CachedPreview =>
      anyCached ? hit !== null : fresh(hit);
    const id = parseInput(IdSchema, sessionId, 'session id');
    const { actor } = parseInput(PreviewOptionsSchema, options ?? {}, 'options');
    // The settings are read beside the session, not after it: a cache hit waits for one round trip.
    const [session, settings] = await Promise.all([
      ctx.storage.getSession(ctx.accountId, id),
      ctx.storage.getSettings(ctx.accountId),
    ]);
    if (session === null) throw sessionNotFound(id);
    const language = session.language ?? settings.language ?? detectedLanguage(session);
    // Read on every call, never cached: the setting may change without a new state version.
    const contactEmail = withContact ? await contactEmailOf(ctx, kind, session, settings) : undefined;
    const extra = contactEmail === undefined ? {} : { contactEmail };
    const key = await previewCacheKey({
      sessionId: session.id,
      stateVersion: session.stateVersion,
      kind,
      promptVersion: PROMPT_VERSION,
      generatorId: generator.id,
      auditorId: claimAudit?.id ?? null,
      language,
    });
    const hit = await ctx.storage.getPreview(ctx.accountId, key);
    if (usable(hit)) return { ...hit, cached: true, ...extra };

    // One generation per key in this process (single flight), and across processes sharing the
    // store (the storage lock, with the cache checked again inside it: another process may have
    // finished while this one waited).
    const flight = flights.run(`${ctx.accountId}\u0000${key}`, () =>
      ctx.storage.withLock(ctx.accountId, `preview:${key}`, async (): Promise<Preview> => {
        const done = await ctx.storage.getPreview(ctx.accountId, key);
        if (usable(done)) return { ...done, cached: true };
        const bundle = buildBundle(session, language);
        const { sections, usage, attempts, generatorId, fallback } = await draft(kind, bundle);
        const markdown = kindSpec(kind).render(sections, bundle);
        const cached: CachedPreview = {
          kind,
          sessionId: session.id,
          stateVersion: session.stateVersion,
          markdown,
          sections,
          generatorId,
          generatedAt: ctx.nowIso(),
          ...(usage === undefined ? {} : { usage }),
          ...(fallback === undefined ? {} : { fallback }),
        };
        const entries = [
          sessionEvent('preview_generated', session.stateVersion, cached.generatedAt, actor, {
            kind,
            generatorId,
            ...(fallback === undefined
              ? {}
              : { fallbackFrom: fallback.from, fallbackReason: fallback.reason }),
          }),
        ];
        await ctx.storage.putPreview(ctx.accountId, key, cached, entries);
        ctx.emit(session.id, entries);
        log(ctx.logger, 'debug', 'preview generated', {
          sessionId: session.id,
          stateVersion: session.stateVersion,
          kind,
          generatorId,
          attempts,
          redactions: Object.values(bundle.redactions).reduce((a, b) => a + b, 0),
        });
        return { ...cached, cached: false };
      }),
    );
    // Joiners get their own copy: a caller editing its preview must not change another's.
    const made = flight.joined ? structuredClone(await flight.promise) : await flight.promise;
    return { ...made, ...extra };
  }

  return {
    api: {
      resolutionNote: (id, options) =>
        preview('resolution_note', id, options, false, true) as Promise<Preview<ResolutionNoteSections>>,
      escalationPackage: (id, options) =>
        preview('escalation_package', id, options, false, true) as Promise<
          Preview<EscalationPackageSections>
        >,
      timeEntry: (id) => timeEntryDraft(ctx, id),
    },
    draft: (kind, sessionId) => preview(kind, sessionId, undefined, true),
  };
}
