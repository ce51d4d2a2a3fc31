// What the two assistant-tools examples share: closeout on a simulated ConnectWise ticket, the
// technician who confirms the post, and the simulated model's moves. The model is the strict
// simulator of its vendor (`@closeout/simulators/anthropic` or `/openai`), so the examples run
// offline; its moves are scripted here, the way a real model would call the tools.
import { createCloseout } from '@closeout/core';
import { fakePsa } from '@closeout/core/fake-psa';
import { type AssistantTool, assistantTools, type PostConfirmationRequest } from '@closeout/core/tools';
import type { SimulatedToolTurnRequest, SimulatedTurn } from '@closeout/simulators/anthropic';
import { memoryStorage } from '@closeout/storage-memory';

/** What the technician asks the assistant. */
export const PROMPT =
  'Ticket 48213: users on floor 3 cannot print to HP-LJ-301. Troubleshoot it with me and close it out.';

/** closeout with the ticket, and the tools for the account, whose posts the technician confirms. */
export async function setUp(log: (line: string) => void) {
  const psa = fakePsa({ provider: 'connectwise' });
  const ticket = psa.createTicket({ id: '48213' });
  const closeout = createCloseout({ storage: memoryStorage(), psa });
  const acme = closeout.account('acme-msp');
  await acme.settings.update({ resolvedStatusId: psa.statusId('Resolved') });

  // The host shows the draft in its own UI; here the technician reads it in the log and accepts.
  const confirm = (request: PostConfirmationRequest) => {
    log(`\n[technician] asked to confirm the ${request.kind} note for ticket #${request.ticket?.id}:`);
    log(request.text.replace(/^/gm, '  | '));
    log('[technician] confirmed');
    return true;
  };
  const tools = assistantTools(acme, { confirm, actor: 'assistant:example' });
  return { psa, ticket, acme, tools };
}

/** Runs the tool a model called; an unknown name is answered as an error the model can read. */
export async function runTool(tools: AssistantTool[], name: string, input: unknown) {
  const tool = tools.find((t) => t.name === name);
  if (tool === undefined) return { text: `Unknown tool ${name}`, isError: true as const, data: {} };
  return tool.run(input);
}

/** A tool's answer as the examples print it: indented; a draft only by its first line (the technician sees it whole). */
export const shown = (name: string, text: string) =>
  (name === 'closeout_preview_note' ? `${text.split('\n')[0]} …` : text).replace(/^/gm, '  ');

const sessionIdIn = (text: string) => /ses_[A-Za-z0-9_-]+/.exec(text)?.[0] ?? '';
const versionIn = (text: string) => Number(/state version (\d+)/.exec(text)?.[1] ?? 0);

/**
 * The simulated assistant's moves, one per turn, read off the tool results it got back: it
 * records the troubleshooting as it goes, previews the note and asks to post it.
 */
export function assistantMoves(request: SimulatedToolTurnRequest): SimulatedTurn {
  const last = request.results.at(-1);
  const sessionId = sessionIdIn(request.results.map((r) => r.text).join('\n')) || memory.sessionId;
  memory.sessionId = sessionId;
  if (last?.isError) return { text: `closeout refused: ${last.text}` };
  switch (last?.name ?? '') {
    case '':
      return {
        toolCalls: [
          {
            name: 'closeout_start_session',
            input: {
              problem: 'Users on floor 3 cannot print to HP-LJ-301',
              ticket: { provider: 'connectwise', id: '48213' },
            },
          },
        ],
      };
    case 'closeout_start_session':
      return {
        text: 'Checking the print server first.',
        toolCalls: [
          {
            name: 'closeout_add_finding',
            input: { sessionId, text: 'Print Spooler on PRN01 stops within a minute' },
          },
          {
            name: 'closeout_add_finding',
            input: { sessionId, text: 'Event 7031: spoolsv.exe crashed in hpcpn6de.dll' },
          },
        ],
      };
    case 'closeout_add_finding':
      return {
        toolCalls: [
          { name: 'closeout_propose_fix', input: { sessionId, title: 'Restart the Print Spooler' } },
        ],
      };
    case 'closeout_propose_fix':
      return (last?.input as { title?: string })?.title === 'Restart the Print Spooler'
        ? {
            toolCalls: [
              {
                name: 'closeout_record_outcome',
                input: {
                  sessionId,
                  status: 'failed',
                  failureReason: 'Spooler stopped again after 40 seconds',
                },
              },
            ],
          }
        : {
            toolCalls: [
              {
                name: 'closeout_record_outcome',
                input: { sessionId, status: 'success', verifiedAt: new Date().toISOString() },
              },
            ],
          };
    case 'closeout_record_outcome':
      return (last?.input as { status?: string })?.status === 'failed'
        ? {
            toolCalls: [
              {
                name: 'closeout_propose_fix',
                input: {
                  sessionId,
                  title: 'Reinstall the HP Universal Print Driver',
                  steps: ['Remove the driver package', 'Install HP UPD 7.1', 'Restart the spooler'],
                },
              },
            ],
          }
        : { toolCalls: [{ name: 'closeout_preview_note', input: { sessionId, kind: 'resolve' } }] };
    case 'closeout_preview_note':
      return {
        toolCalls: [
          {
            name: 'closeout_post_note',
            input: { sessionId, kind: 'resolve', basedOnVersion: versionIn(last?.text ?? '') },
          },
        ],
      };
    default:
      return { text: `Done: ${last?.text ?? ''}` };
  }
}

// The session id the assistant is working on: a real model keeps it in its context.
const memory = { sessionId: '' };
