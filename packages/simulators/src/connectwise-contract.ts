/**
 * Contract checks against ConnectWise's own OpenAPI description (2025.8): every body the adapter
 * sends and every body the simulator answers with is validated here.
 *
 * The schemas are a trimmed, unchanged copy in `../fixtures/` (see its `_source`), so the tests run
 * on any clone. Two adjustments are made in memory, both stated where they happen:
 * - `$ref`s to schemas outside the subset (CompanyReference…) resolve to "any object";
 * - request bodies are validated strictly: no property the schema does not know.
 */
import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { openApiAjv } from './openapi-ajv.js';

interface SchemaDoc {
  components: { schemas: Record<string, Record<string, unknown>> };
  derived_from_generated_go_model_not_spec_json: Record<string, Record<string, unknown>>;
}

const doc = JSON.parse(
  readFileSync(new URL('../fixtures/cw-manage-2025.8-schemas.json', import.meta.url), 'utf8'),
) as SchemaDoc;

const schemas: Record<string, unknown> = {
  ...doc.derived_from_generated_go_model_not_spec_json,
  ...doc.components.schemas,
};
for (const name of new Set(JSON.stringify(doc).match(/(?<=#\/components\/schemas\/)\w+/g) ?? [])) {
  // Outside the subset: a reference object whose shape the contract does not pin.
  schemas[name] ??= { type: 'object' };
}

const strictCopy = (name: string): Record<string, unknown> => ({
  ...(schemas[name] as Record<string, unknown>),
  additionalProperties: false,
});

// PatchOperation.value is `type: object` because the spec generator renders a .NET `object` (any
// JSON value) that way; ConnectWise takes a number for `status/id`. The request check keeps `op`
// and `path` as the spec says and lets `value` be any JSON value.
const patchOperationRequest = {
  ...strictCopy('PatchOperation'),
  required: ['op', 'path', 'value'],
  properties: {
    ...((schemas.PatchOperation as { properties: Record<string, unknown> }).properties ?? {}),
    value: {},
  },
};

const ajv = openApiAjv();
// The strict request variants live beside the originals so their `$ref`s resolve the same way.
const REQUEST_SCHEMAS: Record<string, unknown> = {
  ServiceNoteRequest: strictCopy('ServiceNote'),
  PatchOperationsRequest: { type: 'array', minItems: 1, items: patchOperationRequest },
};
ajv.addSchema({ $id: 'cw', components: { schemas: { ...schemas, ...REQUEST_SCHEMAS } } });

const SCHEMA_KEY: Record<string, string> = {
  'ServiceNote (request)': 'ServiceNoteRequest',
  'PatchOperation[] (request)': 'PatchOperationsRequest',
};

const compiled = new Map<string, ValidateFunction>();
function validator(name: string): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    v = ajv.getSchema(`cw#/components/schemas/${SCHEMA_KEY[name] ?? name}`);
    if (!v) throw new Error(`no schema ${name}`);
    compiled.set(name, v);
  }
  return v;
}

/** The schema errors of `value`, as readable lines; empty when it conforms. */
export function contractErrors(
  schema:
    | 'ServiceNote (request)'
    | 'PatchOperation[] (request)'
    | 'Ticket'
    | 'ServiceNote'
    | 'BoardStatus'
    | 'ErrorResponseMessage',
  value: unknown,
): string[] {
  const v = validator(schema);
  if (v(value)) return [];
  return (v.errors ?? []).map((e) => `${schema}${e.instancePath} ${e.message ?? 'invalid'}`);
}

/** Checks every item of a list answer. */
export function contractErrorsOfList(schema: 'ServiceNote' | 'BoardStatus', values: unknown[]): string[] {
  return values.flatMap((v) => contractErrors(schema, v));
}
