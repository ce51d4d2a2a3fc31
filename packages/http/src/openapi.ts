import { ERROR_HTTP_STATUS } from '@closeout/core';
import { z } from 'zod';
import { HTTP_ERROR_STATUS } from './http-error.js';
import type { RouteDefinition } from './routes.js';
import { type ApiErrorCode, REQUEST_SCHEMAS, RESPONSE_SCHEMAS } from './schemas.js';

/** The version of the API the document describes; it moves when an endpoint, body or answer changes. */
export const API_VERSION = '1.0.0';

/** An OpenAPI 3.1 document, as `GET /openapi.json` answers it. */
export type OpenApiDocument = Record<string, unknown> & {
  openapi: '3.1.1';
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { schemas: Record<string, Record<string, unknown>> };
};

const STATUS_OF: Record<ApiErrorCode, number> = { ...ERROR_HTTP_STATUS, ...HTTP_ERROR_STATUS };

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * Builds the OpenAPI 3.1 document of `routes` from their zod schemas (zod's JSON Schema output:
 * request bodies as the handler accepts them, answers as it sends them).
 */
export function buildOpenApiDocument(routes: readonly RouteDefinition[], basePath: string): OpenApiDocument {
  const requests = components(REQUEST_SCHEMAS, 'input');
  const responses = components(RESPONSE_SCHEMAS, 'output');
  const names = new Map<z.ZodType, string>();
  for (const [name, schema] of [...Object.entries(REQUEST_SCHEMAS), ...Object.entries(RESPONSE_SCHEMAS)]) {
    names.set(schema, name);
  }
  const nameOf = (schema: z.ZodType): string => {
    const name = names.get(schema);
    if (name === undefined) throw new Error('A route uses a schema missing from the HTTP schemas table');
    return name;
  };

  const paths: OpenApiDocument['paths'] = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const parameters = [
      ...[...route.path.matchAll(/:(\w+)/g)].map(([, name]) => ({
        name,
        in: 'path',
        required: true,
        schema: { type: 'string', minLength: 1 },
      })),
      ...(route.query === undefined ? [] : queryParameters(route.query)),
    ];
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body === undefined
        ? {}
        : {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: ref(nameOf(route.body)) } },
            },
          }),
      responses: {
        [route.success.status]: success(route, nameOf),
        ...errorResponses(errorsOf(route)),
      },
    };
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation };
  }
  paths['/openapi.json'] = {
    get: {
      operationId: 'openApiDocument',
      summary: 'This document (no authentication)',
      security: [],
      responses: {
        200: {
          description: 'The OpenAPI 3.1 document',
          content: { 'application/json': { schema: { type: 'object' } } },
        },
      },
    },
  };

  return {
    openapi: '3.1.1',
    info: {
      title: 'closeout',
      version: API_VERSION,
      description:
        'Sessions, previews and verified PSA writeback. Authentication is the host application’s: ' +
        'every endpoint acts for the account its `authenticate` answers, and answers 401 without one.',
    },
    servers: [{ url: basePath === '' ? '/' : basePath }],
    paths,
    components: { schemas: { ...requests, ...responses } },
  };
}

/**
 * The query parameters of a query schema. The handler reads the query string as repeated-key
 * arrays, so a parameter the schema takes at most once is documented as a single value and the
 * others as repeatable (`status=open&status=resolved`).
 */
function queryParameters(schema: z.ZodType): Array<Record<string, unknown>> {
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const single = property.type === 'array' && property.maxItems === 1;
    return {
      name,
      in: 'query',
      required: json.required?.includes(name) ?? false,
      schema: single ? property.items : property,
      ...(single ? {} : { style: 'form', explode: true }),
    };
  });
}

/** Every code a route may answer: its own, and the ones every route (or every body) can hit. */
function errorsOf(route: RouteDefinition): ApiErrorCode[] {
  const common: ApiErrorCode[] = ['UNAUTHENTICATED', 'INTERNAL'];
  // Every method but GET and DELETE reads a body (an empty one is `{}`), so each can refuse one.
  if (route.method !== 'GET' && route.method !== 'DELETE') {
    common.push('PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'REQUEST_ABORTED', 'VALIDATION_FAILED');
  }
  return [...new Set([...route.errors, ...common])];
}

function success(route: RouteDefinition, nameOf: (schema: z.ZodType) => string): Record<string, unknown> {
  const { status, schema } = route.success;
  if (schema === undefined) return { description: 'Done; no body' };
  const description = status === 201 ? 'Created' : 'OK';
  return { description, content: { 'application/json': { schema: ref(nameOf(schema)) } } };
}

function errorResponses(codes: ApiErrorCode[]): Record<string, unknown> {
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of codes) {
    const status = STATUS_OF[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const out: Record<string, unknown> = {};
  for (const [status, group] of [...byStatus].sort(([a], [b]) => a - b)) {
    out[status] = {
      description: group.join(', '),
      content: { 'application/json': { schema: ref('ErrorBody') } },
    };
  }
  return out;
}

/** The JSON Schemas of a table of zod schemas, cross-referenced under `#/components/schemas`. */
function components(
  table: Record<string, z.ZodType>,
  io: 'input' | 'output',
): Record<string, Record<string, unknown>> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(table)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io,
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    // A Date is an input of the SDK; over HTTP it can only arrive as an ISO-8601 string.
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') {
        ctx.jsonSchema.type = 'string';
        ctx.jsonSchema.format = 'date-time';
      }
    },
  });
  const out: Record<string, Record<string, unknown>> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    // A component is identified by where it sits in the document, not by its own $schema and $id.
    const { $schema: _dialect, $id: _id, ...rest } = schema as Record<string, unknown>;
    out[id] = rest;
  }
  return out;
}
