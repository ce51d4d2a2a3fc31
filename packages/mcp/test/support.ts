// What the MCP tests share: closeout on memory storage and a fake ConnectWise PSA, the SDK's own
// Client with or without elicitation, and helpers that read a tool's answer.
import { createCloseout } from '@closeout/core';
import { fakePsa } from '@closeout/core/fake-psa';
import { memoryStorage } from '@closeout/storage-memory';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import {
  type CallToolResult,
  ElicitRequestSchema,
  type ElicitResult,
} from '@modelcontextprotocol/sdk/types.js';

/** How the client's human answers an elicitation; `'unsupported'`: the client cannot elicit at all. */
export type Human = 'unsupported' | ((message: string) => ElicitResult | Promise<ElicitResult>);

export const accept = (): ElicitResult => ({ action: 'accept', content: { post: true } });
export const decline = (): ElicitResult => ({ action: 'decline' });

/** closeout with a fake ConnectWise PSA (ticket 48213) and the Resolved status set for `accounts`. */
export async function closeoutWithPsa(accounts: string[] = ['acme-msp']) {
  const psa = fakePsa({ provider: 'connectwise' });
  const ticket = psa.createTicket({ id: '48213' });
  const closeout = createCloseout({ storage: memoryStorage(), psa });
  for (const account of accounts) {
    await closeout.account(account).settings.update({ resolvedStatusId: psa.statusId('Resolved') });
  }
  return { psa, ticket, closeout };
}

/** The SDK's Client, connected over `transport`; `asked` collects every elicitation message shown to the human. */
export async function connectClient(transport: Transport, human: Human) {
  const asked: string[] = [];
  const client = new Client(
    { name: 'closeout-test', version: '1.0.0' },
    { capabilities: human === 'unsupported' ? {} : { elicitation: { form: {} } } },
  );
  if (human !== 'unsupported') {
    client.setRequestHandler(ElicitRequestSchema, async (request) => {
      asked.push(request.params.message);
      return human(request.params.message);
    });
  }
  await client.connect(transport);
  const call = async (name: string, args: Record<string, unknown>) =>
    (await client.callTool({ name, arguments: args })) as CallToolResult;
  return { client, asked, call };
}

/** The text of a tool answer. */
export const textOf = (result: CallToolResult) =>
  result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');

/** The structured data of a tool answer. */
export const dataOf = (result: CallToolResult) => (result.structuredContent ?? {}) as Record<string, unknown>;

/** The CloseoutError code of an answer that is an error. */
export const codeOf = (result: CallToolResult) =>
  result.isError === true ? (dataOf(result).error as { code: string }).code : undefined;

type Call = (name: string, args: Record<string, unknown>) => Promise<CallToolResult>;

/**
 * The troubleshooting of the design's story: start on the ticket, two findings, a fix that failed,
 * one that worked. Answers the session id and its state version.
 */
export async function troubleshoot(call: Call, ticket: { provider: string; id: string } | null) {
  const start = await call('closeout_start_session', {
    problem: 'Users on floor 3 cannot print to HP-LJ-301',
    ...(ticket === null ? {} : { ticket }),
  });
  const sessionId = dataOf(start).sessionId as string;
  await call('closeout_add_finding', {
    sessionId,
    text: 'Print Spooler on PRN01 stops within a minute of starting',
  });
  await call('closeout_add_finding', { sessionId, text: 'Event 7031: spoolsv.exe crashed in hpcpn6de.dll' });
  await call('closeout_propose_fix', { sessionId, title: 'Restart the Print Spooler' });
  await call('closeout_record_outcome', {
    sessionId,
    status: 'failed',
    failureReason: 'Spooler stopped again after 40 seconds',
  });
  await call('closeout_propose_fix', {
    sessionId,
    title: 'Reinstall the HP Universal Print Driver',
    steps: ['Remove the driver package', 'Install HP UPD 7.1', 'Restart the spooler'],
  });
  const done = await call('closeout_record_outcome', {
    sessionId,
    status: 'success',
    verifiedAt: new Date().toISOString(),
  });
  return { sessionId, version: dataOf(done).stateVersion as number };
}
