/**
 * Contract checks against the "Halo API" v2 OpenAPI description (HaloPSA): a subset of the public
 * `generator/spec/swagger.json` of covenanttechnologysolutions/halopsa-rest, kept unchanged in
 * `../fixtures/halo-api-v2-subset.json` so the checks run on any clone. The simulator validates
 * every body it receives and every body it answers with here; tests use it for the adapter's bodies.
 *
 * Two adjustments, made in memory:
 * - `$ref`s to schemas left out of the subset (ExternalLink_List, KeyPair2…) resolve to "any object";
 * - write bodies are arrays of at least one item, as Halo's `POST /Tickets` and `POST /Actions` take.
 *
 * Faults, Actions, TOutcome and TStatus are already `additionalProperties: false` in the subset, so a
 * misspelt field (`hiddenfromusr`) or a field Halo does not know is a breach, in a request and in an
 * answer alike.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { openApiAjv } from './openapi-ajv.js';

interface SchemaDoc {
  components: { schemas: Record<string, Record<string, unknown>> };
}

const doc = JSON.parse(
  readFileSync(new URL('../fixtures/halo-api-v2-subset.json', import.meta.url), 'utf8'),
) as SchemaDoc;

const schemas: Record<string, unknown> = { ...doc.components.schemas };
for (const name of new Set(JSON.stringify(doc).match(/(?<=#\/components\/schemas\/)\w+/g) ?? [])) {
  // Outside the subset: an object whose shape the contract does not pin.
  schemas[name] ??= { type: 'object' };
}

const arrayOf = (name: string) => ({
  type: 'array',
  minItems: 1,
  items: { $ref: `#/components/schemas/${name}` },
});

const ajv = openApiAjv();
ajv.addSchema({
  $id: 'halo',
  components: {
    schemas: { ...schemas, FaultsWrite: arrayOf('Faults'), ActionsWrite: arrayOf('Actions') },
  },
});

/** The schemas a Halo body is checked against; `[]` marks a write body (an array of items). */
export type HaloSchema = 'Faults' | 'Actions' | 'TStatus' | 'TOutcome' | 'Faults[]' | 'Actions[]';

const compiled = new Map<HaloSchema, ValidateFunction>();

/** The schema errors of `value`, as readable lines; empty when it conforms. */
export function haloContractErrors(schema: HaloSchema, value: unknown): string[] {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    validate = ajv.getSchema(`halo#/components/schemas/${schema.replace('[]', 'Write')}`);
    if (validate === undefined) throw new Error(`no Halo schema ${schema}`);
    compiled.set(schema, validate);
  }
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => {
    const extra = (e.params as { additionalProperty?: string }).additionalProperty;
    return `${schema}${e.instancePath} ${e.message ?? 'invalid'}${extra === undefined ? '' : ` (${extra})`}`;
  });
}
