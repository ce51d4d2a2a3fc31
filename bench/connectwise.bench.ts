import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connectwise } from '@closeout/psa-connectwise';
import { type BenchRow, type BenchSuite, compare } from './harness.js';

// The ConnectWise adapter against a loopback HTTP server answering ConnectWise-shaped JSON:
// the SDK's per-request overhead next to a bare fetch of the same URL with the same headers, and
// the number of requests a writeback costs.

const CODEBASE = 'v2025_1/';
const API = `/${CODEBASE}apis/3.0/`;
const BOARD = [
  { id: 11, name: 'New', closedStatus: false, inactive: false },
  { id: 13, name: 'Resolved', closedStatus: true, inactive: false },
  { id: 14, name: 'Escalated', closedStatus: false, inactive: false },
];

function ticketJson(id: number, statusId: number) {
  const status = BOARD.find((s) => s.id === statusId) ?? BOARD[0]!;
  return {
    id,
    status: { id: status.id, name: status.name },
    board: { id: 1, name: 'Help Desk' },
    closedFlag: status.closedStatus,
  };
}

/** A counting server: tickets 1000-1999 on board 1, all starting at status 11. */
async function startServer() {
  const statuses = new Map<number, number>();
  let requests = 0;
  let nextNote = 1;
  const send = (res: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
    });
    res.end(text);
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests += 1;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = url.pathname.startsWith(API) ? url.pathname.slice(API.length) : '';
      const ticket = path.match(/^service\/tickets\/(\d+)$/);
      const notes = path.match(/^service\/tickets\/(\d+)\/notes$/);
      if (ticket && req.method === 'GET')
        return send(res, 200, ticketJson(Number(ticket[1]), statuses.get(Number(ticket[1])) ?? 11));
      if (ticket && req.method === 'PATCH') {
        const [op] = JSON.parse(Buffer.concat(chunks).toString()) as Array<{ value: number }>;
        statuses.set(Number(ticket[1]), op?.value ?? 11);
        return send(res, 200, ticketJson(Number(ticket[1]), op?.value ?? 11));
      }
      if (notes && req.method === 'POST') {
        const body = JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>;
        return send(res, 201, {
          id: nextNote++,
          ticketId: Number(notes[1]),
          ...body,
          dateCreated: new Date().toISOString(),
        });
      }
      if (path === 'service/boards/1/statuses' && req.method === 'GET') return send(res, 200, BOARD);
      send(res, 404, { code: 'NotFound', message: 'Not found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests: () => requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const suite: BenchSuite = {
  name: 'connectwise',
  async run() {
    const server = await startServer();
    const credentials = {
      companyId: 'acme',
      publicKey: 'benchPublicKey',
      privateKey: 'benchPrivateKey',
      clientId: 'bench-client',
    };
    const adapter = connectwise({ site: server.origin, codebase: CODEBASE, ...credentials });
    const rows: BenchRow[] = [];
    try {
      const ref = { provider: 'connectwise', id: '1000' };
      const url = `${server.origin}${API}service/tickets/1000?fields=id%2Cstatus%2Cboard%2CclosedFlag`;
      const headers = {
        Authorization: `Basic ${Buffer.from(`${credentials.companyId}+${credentials.publicKey}:${credentials.privateKey}`).toString('base64')}`,
        clientId: credentials.clientId,
        Accept: 'application/vnd.connectwise.com+json; version=2025.8',
      };
      const r = await compare(
        () => adapter.getTicket(ref),
        async () => (await fetch(url, { headers })).json(),
        { rounds: 5, iterations: 300, warmup: 100 },
      );
      rows.push({
        figure: 'getTicket over loopback',
        baseline: 'bare fetch + JSON.parse',
        value: r.subject,
        baselineValue: r.baseline,
        unit: 'µs',
        ratio: r.ratio,
        target: '≤ 1.3',
        met: r.ratio <= 1.3,
      });

      // Requests per writeback: note, status, verifying re-fetch; the preflight reads the board's
      // statuses, cached per board, and the ticket's board when it is not known yet.
      const sequence = async (ticketId: number, preflight: boolean) => {
        const t = { provider: 'connectwise', id: String(ticketId) };
        const before = server.requests();
        if (preflight) await adapter.listStatuses(t);
        await adapter.addNote(t, { text: 'Spooler restored', type: 'resolution' });
        await adapter.setTicketStatus(t, '13');
        await adapter.getTicket(t);
        return server.requests() - before;
      };
      const counts = {
        plain: await sequence(1001, false),
        cold: await sequence(1002, true),
        warm: await sequence(1003, true), // board statuses cached by the previous ticket
      };
      const countRow = (figure: string, value: number, floor: number, target: string): BenchRow => ({
        figure,
        baseline: 'the floor',
        value,
        baselineValue: floor,
        unit: 'requests',
        ratio: value / floor,
        target,
        met: value <= floor,
      });
      rows.push(countRow('writeback: note + status + re-fetch', counts.plain, 3, '= 3'));
      rows.push(countRow('writeback with preflight (warm board cache)', counts.warm, 4, '≤ 4'));
      rows.push(countRow('writeback with preflight (cold)', counts.cold, 5, '≤ 5'));
    } finally {
      await server.close();
    }
    return rows;
  },
};
