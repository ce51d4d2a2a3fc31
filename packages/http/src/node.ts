import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { CloseoutHandler } from './handler.js';

/**
 * Adapts a web-standard handler to Node's `(req, res)` listener: use it with `http.createServer`,
 * or as Express/Connect middleware (mount it before any body parser, which would drain the body).
 */
export function toNodeListener(
  handler: CloseoutHandler,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void handle(handler, req, res);
  };
}

async function handle(handler: CloseoutHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const host = req.headers.host ?? 'localhost';
    // Express strips the mount path from req.url; originalUrl keeps the path the client used.
    const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
    }
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const request = new Request(`http://${host}${path}`, {
      method: req.method ?? 'GET',
      headers,
      body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : null,
      // Node's fetch needs this to accept a streamed request body.
      duplex: 'half',
    } as RequestInit);
    const response = await handler(request);
    res.statusCode = response.status;
    response.headers.forEach((value, name) => {
      res.setHeader(name, value);
    });
    const payload = Buffer.from(await response.arrayBuffer());
    res.end(payload);
  } catch {
    if (!res.headersSent) {
      res.statusCode = 500;
      res.setHeader('content-type', 'application/json; charset=utf-8');
    }
    res.end(JSON.stringify({ error: { code: 'INTERNAL', message: 'Internal server error', details: {} } }));
  }
}
