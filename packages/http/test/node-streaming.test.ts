// toNodeListener sends a streamed answer as it is written: a server-sent event reaches the client
// before the stream ends (MCP's Streamable HTTP transport asks the client mid-answer).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toNodeListener } from '@closeout/http';
import { afterEach, expect, it } from 'vitest';

const servers: Array<ReturnType<typeof createServer>> = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

it('delivers the first chunk of a streamed body while the rest is still being written', async () => {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const encoder = new TextEncoder();
  const server = createServer(
    toNodeListener(async () => {
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(encoder.encode('data: first\n\n'));
          // The second event is written only once the client has read the first.
          await released;
          controller.enqueue(encoder.encode('data: second\n\n'));
          controller.close();
        },
      });
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const response = await fetch(`http://127.0.0.1:${port}/`);
  expect(response.headers.get('content-type')).toBe('text/event-stream');
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const first = await reader.read();
  expect(decoder.decode(first.value)).toBe('data: first\n\n');
  release();
  let rest = '';
  for (let next = await reader.read(); !next.done; next = await reader.read())
    rest += decoder.decode(next.value);
  expect(rest).toBe('data: second\n\n');
});
