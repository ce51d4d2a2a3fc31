import { HttpError } from './http-error.js';

/** What a matched route receives. */
export interface RouteMatch<C> {
  handler: C;
  params: Record<string, string>;
}

interface Route<C> {
  method: string;
  segments: string[];
  handler: C;
}

/**
 * A minimal router for a fixed set of routes: literal segments and `:name` parameters. It tells a
 * path that exists under another method (405 with `Allow`) from one that does not exist (404).
 */
export class Router<C> {
  private readonly routes: Array<Route<C>> = [];

  add(method: string, pattern: string, handler: C): this {
    this.routes.push({ method, segments: split(pattern), handler });
    return this;
  }

  match(method: string, path: string): RouteMatch<C> {
    const segments = split(path);
    const allowed: string[] = [];
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments);
      if (params === null) continue;
      if (route.method === method) return { handler: route.handler, params };
      allowed.push(route.method);
    }
    if (allowed.length > 0) {
      throw new HttpError(
        405,
        'METHOD_NOT_ALLOWED',
        `${method} is not allowed here; use ${allowed.join(', ')}`,
        {
          allow: allowed.join(', '),
        },
      );
    }
    throw new HttpError(404, 'ROUTE_NOT_FOUND', `No endpoint at ${path}`);
  }
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | null {
  if (pattern.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i] as string;
    const a = actual[i] as string;
    if (p.startsWith(':')) {
      let value: string;
      try {
        value = decodeURIComponent(a);
      } catch {
        return null;
      }
      params[p.slice(1)] = value;
    } else if (p !== a) {
      return null;
    }
  }
  return params;
}
