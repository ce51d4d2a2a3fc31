// A client that hangs up mid-body broke its own request: that is no server failure, so it is
// neither a 500 nor reported to the host's onError.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { createCloseout } from '@closeout/core';
import { createHandler, toNodeListener } from '@closeout/http';
import { memoryStorage } from '@closeout/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';

const errors: unknown[] = [];
const handler = createHandler(createCloseout({ storage: memoryStorage() }), {
  authenticate: () => 'acme-msp',
  onError: (e) => errors.push(e),
});

afterEach(() => {
  errors.length = 0;
});

describe('a client that hangs up mid-request', () => {
  it('answers 400 REQUEST_ABORTED when the body stream breaks off, without onError', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"problem": "Printer'));
        controller.error(new Error('aborted'));
      },
    });
    const response = await handler(
      new Request('http://localhost/ai-sessions', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('REQUEST_ABORTED');
    expect(errors).toEqual([]);
  });

  it('over a real socket: the handler answers 400, not 500, and onError sees nothing', async () => {
    const statuses: number[] = [];
    let answered!: () => void;
    const done = new Promise<void>((resolve) => {
      answered = resolve;
    });
    const server: Server = createServer(
      toNodeListener(async (request) => {
        const response = await handler(request);
        statuses.push(response.status);
        answered();
        return response;
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const socket = connect(port, '127.0.0.1');
      await new Promise<void>((resolve) => socket.once('connect', resolve));
      socket.write(
        'POST /ai-sessions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
          'Content-Length: 1000\r\n\r\n{"problem": "Printer',
      );
      // Let the server start reading the body, then hang up.
      await new Promise((resolve) => setTimeout(resolve, 50));
      socket.destroy();
      await done;
      expect(statuses).toEqual([400]);
      expect(errors).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
