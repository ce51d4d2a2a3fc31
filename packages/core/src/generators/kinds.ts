import type { z } from 'zod';
import type { Bundle } from '../bundle/types.js';
import { renderEscalationPackage, renderResolutionNote } from './render.js';
import {
  type EscalationPackageSections,
  EscalationPackageSectionsSchema,
  type ResolutionNoteSections,
  ResolutionNoteSectionsSchema,
} from './schemas.js';
import { templateEscalationPackage, templateResolutionNote } from './template-sections.js';

// Everything that differs between the two documents, in one place, as writeback/kinds.ts does for
// writebacks: code that needs a kind's schema, renderer, wording or template looks it up here
// instead of switching on the kind. Adding a kind is adding a row (and TypeScript lists every
// place that must learn of it).

/** What closeout knows about one preview kind. `S` is the type of its sections. */
export interface PreviewKindSpec<S> {
  /** In words, for messages: "resolution note". */
  readonly label: string;
  /** The zod schema a generator's sections must match. */
  readonly schema: z.ZodType<S>;
  /** Renders the checked sections to markdown, outcomes and titles from the record. */
  readonly render: (sections: S, bundle: Bundle) => string;
  /**
   * The name of the structured-output format (letters, digits, `_`): OpenAI-compatible APIs
   * require one on `response_format.json_schema`.
   */
  readonly formatName: string;
  /** The user message's first line: which document to write, for whom. */
  readonly task: string;
  /** The offline template generator's sections for a bundle. */
  readonly template: (bundle: Bundle) => S;
}

/** The preview kinds and what each one is. */
export const PREVIEW_KINDS = {
  resolution_note: {
    label: 'resolution note',
    schema: ResolutionNoteSectionsSchema,
    render: renderResolutionNote,
    formatName: 'resolution_note',
    task: 'Write the customer resolution note for this session.',
    template: templateResolutionNote,
  } satisfies PreviewKindSpec<ResolutionNoteSections>,
  escalation_package: {
    label: 'escalation package',
    schema: EscalationPackageSectionsSchema,
    render: renderEscalationPackage,
    formatName: 'escalation_package',
    task: 'Write the internal escalation package for this session.',
    template: templateEscalationPackage,
  } satisfies PreviewKindSpec<EscalationPackageSections>,
} as const;

/** Which document a preview is. */
export type PreviewKind = keyof typeof PREVIEW_KINDS;

/** The sections of a preview of kind `K`. */
export type SectionsOf<K extends PreviewKind> = z.infer<(typeof PREVIEW_KINDS)[K]['schema']>;

/**
 * The spec of `kind`, typed for callers that hold a kind only as the union: its functions take and
 * give the union of both section types. Safe because every row's schema, renderer and template
 * agree on one section type, which each row's `satisfies` checks.
 */
export function kindSpec(kind: PreviewKind): PreviewKindSpec<SectionsOf<PreviewKind>> {
  return PREVIEW_KINDS[kind] as PreviewKindSpec<SectionsOf<PreviewKind>>;
}
