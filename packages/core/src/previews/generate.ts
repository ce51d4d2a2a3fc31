import type { Bundle } from '../bundle/types.js';
import { CloseoutError, GeneratorError } from '../errors.js';
import { activeFixSucceeded, auditViolations, type ClaimAuditor } from '../generators/auditor.js';
import { checkFaithfulness, type PreviewSections, type Violation } from '../generators/guard.js';
import { kindSpec, type PreviewKind } from '../generators/kinds.js';
import type { GeneratorOutput, NoteGenerator, TokenUsage } from '../generators/types.js';
import { auditSpan, generatorSpan } from '../telemetry/generator.js';

/** How many times a generator is asked before a rejected output becomes `GENERATOR_OUTPUT_INVALID`. */
export const GENERATOR_ATTEMPTS = 2;

function addUsage(total: TokenUsage | undefined, more: TokenUsage | undefined): TokenUsage | undefined {
  if (more === undefined) return total;
  if (total === undefined) return { ...more };
  const sum: TokenUsage = {
    inputTokens: total.inputTokens + more.inputTokens,
    outputTokens: total.outputTokens + more.outputTokens,
    cacheReadInputTokens: total.cacheReadInputTokens + more.cacheReadInputTokens,
    cacheCreationInputTokens: total.cacheCreationInputTokens + more.cacheCreationInputTokens,
  };
  // Thinking tokens only when some attempt reported them: absent means "not reported", not zero.
  if (total.thinkingTokens !== undefined || more.thinkingTokens !== undefined) {
    sum.thinkingTokens = (total.thinkingTokens ?? 0) + (more.thinkingTokens ?? 0);
  }
  return sum;
}

/**
 * Asks `auditor` to label the sentences of a draft the guard accepted; a failed audit is a failure
 * of the generator it audits (`GENERATOR_FAILED`), since no draft can be shown unchecked.
 */
async function audit(
  auditor: ClaimAuditor,
  generator: NoteGenerator,
  kind: PreviewKind,
  sections: PreviewSections,
  bundle: Bundle,
  attempt: number,
): Promise<{ violations: Violation[]; usage: TokenUsage | undefined }> {
  try {
    const result = await auditSpan(auditor, kind, attempt, () => auditor.audit({ kind, sections, bundle }));
    return { violations: auditViolations(result, bundle, auditor.id, kind), usage: result.usage };
  } catch (error) {
    if (CloseoutError.isInstance(error) && error.code === 'GENERATOR_FAILED') throw error;
    throw new GeneratorError(`The claim audit ${auditor.id} of ${generator.id}'s draft failed`, {
      retryable: false,
      details: { generatorId: generator.id, auditorId: auditor.id },
      cause: error,
    });
  }
}

/**
 * Asks `generator` for the sections of `kind`, validates them with the kind's zod schema and the
 * faithfulness guard (and, when an `auditor` is given and the active fix is not a success, the
 * claim audit), and asks once more, with the problems as feedback, when they fail. A second
 * failure throws `GENERATOR_OUTPUT_INVALID` listing the violations (paths, ids and statuses).
 * A generator that throws something other than a `CloseoutError` is reported as `GENERATOR_FAILED`.
 */
export async function generateChecked(
  generator: NoteGenerator,
  kind: PreviewKind,
  bundle: Bundle,
  auditor?: ClaimAuditor,
): Promise<{ sections: PreviewSections; usage: TokenUsage | undefined; attempts: number }> {
  let feedback: string[] | undefined;
  let usage: TokenUsage | undefined;
  let violations: Violation[] = [];
  for (let attempt = 1; attempt <= GENERATOR_ATTEMPTS; attempt++) {
    let output: GeneratorOutput;
    try {
      const request = { kind, bundle, ...(feedback === undefined ? {} : { feedback }) };
      output = await generatorSpan(generator, kind, attempt, () => generator.generate(request));
    } catch (error) {
      if (CloseoutError.isInstance(error)) throw error;
      throw new GeneratorError(`The note generator ${generator.id} failed`, {
        retryable: false,
        details: { generatorId: generator.id },
        cause: error,
      });
    }
    usage = addUsage(usage, output.usage);
    if (output.malformed !== undefined) {
      violations = [{ code: 'schema', path: '', message: output.malformed }];
      feedback = [`(document): ${output.malformed}`];
      continue;
    }
    const parsed = kindSpec(kind).schema.safeParse(output.sections);
    violations = parsed.success
      ? checkFaithfulness(kind, parsed.data, bundle)
      : parsed.error.issues.map((issue) => ({
          code: 'schema' as const,
          path: issue.path.map(String).join('.'),
          message: issue.message,
        }));
    // The audit costs a model call: only for a draft the guard accepted, and only when closure
    // language would be a lie.
    if (parsed.success && violations.length === 0 && auditor !== undefined && !activeFixSucceeded(bundle)) {
      const audited = await audit(auditor, generator, kind, parsed.data, bundle, attempt);
      usage = addUsage(usage, audited.usage);
      violations = audited.violations;
    }
    if (parsed.success && violations.length === 0) return { sections: parsed.data, usage, attempts: attempt };
    feedback = violations.map((v) => `${v.path || '(document)'}: ${v.message}`);
  }
  throw new CloseoutError(
    'GENERATOR_OUTPUT_INVALID',
    `The ${kindSpec(kind).label} from ${generator.id} misrepresented the session ${GENERATOR_ATTEMPTS} times`,
    { details: { generatorId: generator.id, kind, attempts: GENERATOR_ATTEMPTS, violations } },
  );
}
