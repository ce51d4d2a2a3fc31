import { contractErrors } from '@closeout/simulators/connectwise-contract';
import { describe, expect, it } from 'vitest';
import { rejection, TICKET, useSimulators } from './support/setup.js';

const sims = useSimulators();

describe('the contract check has teeth', () => {
  it('accepts the note body the adapter sends and refuses a misspelt flag or a wrong type', () => {
    const good = {
      text: 'x',
      detailDescriptionFlag: false,
      internalAnalysisFlag: false,
      resolutionFlag: true,
      processNotifications: false,
    };
    expect(contractErrors('ServiceNote (request)', good)).toEqual([]);
    expect(contractErrors('ServiceNote (request)', { ...good, resolutionFlg: true })).not.toEqual([]);
    expect(contractErrors('ServiceNote (request)', { ...good, resolutionFlag: 'yes' })).not.toEqual([]);
  });

  it('accepts [{op, path, value}] and refuses an operation without a value or with an unknown field', () => {
    expect(
      contractErrors('PatchOperation[] (request)', [{ op: 'replace', path: 'status/id', value: 13 }]),
    ).toEqual([]);
    expect(contractErrors('PatchOperation[] (request)', [{ op: 'replace', path: 'status/id' }])).not.toEqual(
      [],
    );
    expect(
      contractErrors('PatchOperation[] (request)', [
        { op: 'replace', path: 'status/id', value: 1, from: 'x' },
      ]),
    ).not.toEqual([]);
    expect(
      contractErrors('PatchOperation[] (request)', { op: 'replace', path: 'status/id', value: 13 }),
    ).not.toEqual([]);
  });

  it('refuses a Ticket whose status id is not an int32', () => {
    expect(contractErrors('Ticket', { id: 1, status: { id: 'eleven', name: 'New' } })).not.toEqual([]);
    expect(contractErrors('Ticket', { id: 1, status: { id: 2 ** 31, name: 'New' } })).not.toEqual([]);
  });

  it('the simulator answers a bad body with 400 and records the violation', async () => {
    const { sim } = sims.make();
    const response = await fetch(`${sim.origin}/${sim.codebase}apis/3.0/service/tickets/48213/notes`, {
      method: 'POST',
      headers: {
        Authorization: sim.expectedAuthorization,
        clientId: sim.clientId,
        Accept: `application/vnd.connectwise.com+json; version=${sim.apiVersion}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        text: 'x',
        resolutionFlag: true,
        internalAnalysisFlag: true,
        detailDescriptionFlag: false,
      }),
    });
    expect(response.status).toBe(400);
    expect(sim.violations).toHaveLength(1);
    sim.violations.length = 0;
  });

  it('the simulator refuses a request without clientId or the versioned Accept', async () => {
    const { sim } = sims.make();
    const url = `${sim.origin}/${sim.codebase}apis/3.0/service/tickets/48213`;
    const noClientId = await fetch(url, {
      headers: { Authorization: sim.expectedAuthorization, Accept: 'application/json' },
    });
    expect(noClientId.status).toBe(400);
    const wrongAccept = await fetch(url, {
      headers: {
        Authorization: sim.expectedAuthorization,
        clientId: sim.clientId,
        Accept: 'application/json',
      },
    });
    expect(wrongAccept.status).toBe(400);
    expect(sim.violations).toHaveLength(2);
    sim.violations.length = 0;
  });

  it('an adapter with another apiVersion is caught by the Accept check', async () => {
    const { sim, adapter } = sims.make({ apiVersion: '2024.1' });
    await rejection(adapter.getTicket(TICKET));
    expect(sim.violations.join()).toContain('versioned ConnectWise media type');
    sim.violations.length = 0;
  });
});

describe('headers and auth on the wire', () => {
  it('every API request carries Basic auth, clientId and the versioned Accept; bodies are JSON', async () => {
    const { sim, adapter } = sims.make();
    await adapter.listStatuses(TICKET);
    await adapter.addNote(TICKET, { text: 'Checked', type: 'discussion' });
    await adapter.setTicketStatus(TICKET, '12');
    await adapter.findNote(TICKET, { text: 'Checked', since: new Date(0) });
    await adapter.getTicket(TICKET);
    const api = sim.requests.filter((r) => r.operation !== 'companyInfo');
    expect(api.map((r) => r.operation)).toEqual([
      'getTicket',
      'listStatuses',
      'addNote',
      'setTicketStatus',
      'findNote',
      'getTicket',
    ]);
    for (const r of api) {
      expect(r.headers.authorization).toBe(
        `Basic ${Buffer.from(`${sim.companyId}+${sim.publicKey}:${sim.privateKey}`).toString('base64')}`,
      );
      expect(r.headers.clientid).toBe(sim.clientId);
      expect(r.headers.accept).toBe('application/vnd.connectwise.com+json; version=2025.8');
      if (r.body !== undefined) expect(r.headers['content-type']).toMatch(/^application\/json/);
    }
  });
});
