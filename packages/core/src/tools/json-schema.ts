import { z } from 'zod';

/** A JSON Schema object, as LLM SDKs and MCP take a tool's input schema. */
export type JsonSchema = { type: 'object' } & Record<string, unknown>;

/**
 * The JSON Schema of a tool's input, generated from the zod schema the tool validates with (input
 * side: what a caller may send). A `Date` the SDK accepts can only arrive as an ISO-8601 string in
 * JSON, so it is described as one. `$schema` is left out: tool definitions carry the schema alone.
 */
export function toolInputJsonSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') {
        ctx.jsonSchema.type = 'string';
        ctx.jsonSchema.format = 'date-time';
      }
    },
  }) as Record<string, unknown>;
  const { $schema: _dialect, ...rest } = json;
  if (rest.type !== 'object') throw new TypeError('A tool input schema must describe an object');
  return rest as JsonSchema;
}
