import { memoryStorage } from '@closeout/storage-memory';
import { describe, expect, it } from 'vitest';
import { createCloseout } from '../src/closeout.js';
import type { SecretsMode } from '../src/sessions/masking.js';

const SECRET = 'Sommer2026!fake';

function setup(secrets?: SecretsMode) {
  const storage = memoryStorage();
  const acme = createCloseout({ storage, ...(secrets === undefined ? {} : { secrets }) }).account('acme');
  return { storage, acme };
}

/** Every text a session holds, as storage has it. */
async function stored(storage: ReturnType<typeof memoryStorage>, id: string) {
  return JSON.stringify(await storage.getSession('acme', id));
}

describe('secrets at rest (createCloseout({ secrets }))', () => {
  it('masks every text of every change before it is stored, by default, and says how many', async () => {
    const { storage, acme } = setup();
    const s = await acme.sessions.create({
      problem: `net use Z: \\\\fs01\\share /user:ACME\\admin ${SECRET}`,
    });
    expect(s.secretsMasked).toEqual({ count: 1, kinds: { 'command-password': 1 } });
    const f = await acme.sessions.addFinding(s.id, { text: `Mot de passe : ${SECRET}` });
    expect(f.secretsMasked?.count).toBe(1);
    const d = await acme.sessions.recordDecision(s.id, {
      text: `Use the service account, password ${SECRET}`,
      rationale: `Kennwort lautet ${SECRET}`,
    });
    expect(d.secretsMasked?.count).toBe(2);
    const p = await acme.sessions.proposeFix(s.id, {
      title: `Re-map with pwd=${SECRET}`,
      steps: [`mysql -u root -p${SECRET}`, 'Restart the spooler'],
    });
    expect(p.secretsMasked?.count).toBe(2);
    const o = await acme.sessions.recordOutcome(s.id, {
      status: 'failed',
      failureReason: `Still denied with contraseña: ${SECRET}`,
    });
    expect(o.secretsMasked?.count).toBe(1);

    const json = await stored(storage, s.id);
    expect(json).not.toContain(SECRET);
    expect(JSON.stringify(await acme.sessions.get(s.id))).not.toContain(SECRET);
    // The words around the secret are kept, so the record still says a password was given.
    expect((await acme.sessions.get(s.id)).findings[0]?.text).toBe('Mot de passe : [REDACTED:password]');
  });

  it('reports nothing when nothing was masked, and the result is the stored session', async () => {
    const { acme } = setup();
    const s = await acme.sessions.create({ problem: 'Password reset link sent; KB5034441 installed' });
    expect(s).not.toHaveProperty('secretsMasked');
    expect(await acme.sessions.get(s.id)).toEqual(s);
    const f = await acme.sessions.addFinding(s.id, { text: 'Event ID 7031 on PRN01' });
    expect(f).not.toHaveProperty('secretsMasked');
    // `get` never carries the count: it belongs to the change, not to the session.
    const masked = await acme.sessions.addFinding(s.id, { text: `password: ${SECRET}` });
    expect(masked.secretsMasked?.count).toBe(1);
    expect(await acme.sessions.get(s.id)).not.toHaveProperty('secretsMasked');
  });

  it("stores the text as given with 'keep', and still masks it on its way to a generator", async () => {
    const { storage, acme } = setup('keep');
    const s = await acme.sessions.create({ problem: `Wi-Fi key is ${SECRET}` });
    expect(s).not.toHaveProperty('secretsMasked');
    expect(await stored(storage, s.id)).toContain(SECRET);
    const preview = await acme.previews.escalationPackage(s.id);
    expect(preview.markdown).not.toContain(SECRET);
  });
});
