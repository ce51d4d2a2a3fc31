// Renders the client's types from the HTTP API's OpenAPI document, itself generated from the zod
// schemas the handler validates with. Shared by the generator script and the test that keeps the
// committed file current.
import { buildOpenApiDocument, ROUTES } from '@closeout/http';
import openapiTS, { astToString } from 'openapi-typescript';

/** Where the generated types live. */
export const API_TYPES_FILE = new URL('../src/api-types.ts', import.meta.url);

const HEADER = `// Generated from @closeout/http's OpenAPI document by \`npm run generate -w @closeout/client\`.
// Do not edit: change the zod schemas in packages/http/src/schemas.ts and regenerate.
`;

/** The TypeScript source of the API's types. */
export async function renderApiTypes(): Promise<string> {
  const document = buildOpenApiDocument(ROUTES, '');
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], {
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    // A field with a default may be left out of a request.
    defaultNonNullable: false,
  });
  return `${HEADER}\n${plainDocComments(astToString(ast))}`;
}

/**
 * openapi-typescript writes JSDoc tags (`@description`, `@enum`, `@constant`) that TSDoc does not
 * know; the descriptions are kept as plain comment text, the type-restating tags dropped.
 */
function plainDocComments(source: string): string {
  return source
    .replaceAll('@description ', '')
    .replace(/^\s*\/\*\* @(?:enum \{\w+\}|constant) \*\/\n/gm, '')
    .replace(/^(\s*\*) @(?:enum \{\w+\}|constant)\n/gm, '')
    .replaceAll('@default ', 'Default: ');
}
