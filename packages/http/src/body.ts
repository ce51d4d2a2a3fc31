import { CloseoutError } from '@closeout/core';
import { HttpError } from './http-error.js';

/**
 * Reads a JSON object body of at most `maxBytes`. The limit is checked against Content-Length up
 * front and again while streaming, so a client that lies about (or omits) the length is cut off
 * without the whole body ever being buffered.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<Record<string, unknown>> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (request.body === null || declared === 0) return {};

  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read().catch((cause: unknown) => {
      // The body stream fails when the client hangs up before sending all of it: a broken
      // request, not a failure of the server, and nobody is left to read the answer.
      throw new HttpError(
        400,
        'REQUEST_ABORTED',
        'The client closed the request before its body arrived',
        {},
        cause,
      );
    });
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const text = new TextDecoder().decode(concat(chunks, size));
  // An empty body is an empty object whatever its type, so `POST …/preview` needs no body at all.
  if (text.trim() === '') return {};
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new HttpError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Request bodies must be JSON (Content-Type: application/json)',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CloseoutError('VALIDATION_FAILED', 'Request body is not valid JSON', {
      details: { issues: [{ path: '', message: 'malformed JSON' }] },
    });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new CloseoutError('VALIDATION_FAILED', 'Request body must be a JSON object', {
      details: { issues: [{ path: '', message: 'expected an object' }] },
    });
  }
  return parsed as Record<string, unknown>;
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(413, 'PAYLOAD_TOO_LARGE', `Request body is larger than ${maxBytes} bytes`);
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
