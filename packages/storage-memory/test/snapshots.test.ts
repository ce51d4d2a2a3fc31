// The memory store keeps each session as a frozen snapshot and applies a mutation to it directly,
// copying only what it hands back. These tests pin what that must never cost: a transition that
// tries to change the stored session in place fails without changing it, and nothing a caller
// does to a returned session reaches the store.
import { createCloseout } from '@closeout/core';
import { memoryStorage } from '@closeout/storage-memory';
import { describe, expect, it } from 'vitest';

async function seeded() {
  const storage = memoryStorage();
  const acme = createCloseout({ storage }).account('acme');
  const session = await acme.sessions.create({ problem: 'Printer on floor 3 drops jobs' });
  await acme.sessions.addFinding(session.id, { text: 'Spooler stops after a minute' });
  return { storage, id: session.id };
}

describe('memory store snapshots', () => {
  it('refuses a transition that changes the stored session in place, and keeps it as it was', async () => {
    const { storage, id } = await seeded();
    const update = storage.updateSession('acme', id, (current) => {
      current.findings.push({ id: 'fnd_x', text: 'planted', createdAt: current.updatedAt });
      return { ...current, stateVersion: current.stateVersion + 1 };
    });
    await expect(update).rejects.toThrow(TypeError);
    const stored = await storage.getSession('acme', id);
    expect(stored?.stateVersion).toBe(2);
    expect(stored?.findings.map((f) => f.text)).toEqual(['Spooler stops after a minute']);
  });

  it('hands back copies: changing a returned session changes nothing stored', async () => {
    const { storage, id } = await seeded();
    const returned = await storage.updateSession('acme', id, (s) => ({
      ...s,
      stateVersion: s.stateVersion + 1,
    }));
    const read = await storage.getSession('acme', id);
    returned?.findings.push({ id: 'fnd_y', text: 'from the caller', createdAt: returned.updatedAt });
    read?.findings.splice(0);
    if (read !== null) read.problem = 'changed by a reader';
    const stored = await storage.getSession('acme', id);
    expect(stored?.problem).toBe('Printer on floor 3 drops jobs');
    expect(stored?.findings.map((f) => f.text)).toEqual(['Spooler stops after a minute']);
  });
});
