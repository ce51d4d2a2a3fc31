// The in-process queue session writers and lock holders take turns in.
import { describe, expect, it } from 'vitest';
import { KeyedMutex } from '../src/mutex.js';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('KeyedMutex', () => {
  it('runs the callers of one key one at a time, in the order they came, and other keys alongside', async () => {
    const mutex = new KeyedMutex();
    const log: string[] = [];
    const job = (key: string, name: string) =>
      mutex.run(key, async () => {
        log.push(`${name} start`);
        await tick();
        log.push(`${name} end`);
        return name;
      });
    const results = await Promise.all([job('a', 'a1'), job('a', 'a2'), job('b', 'b1'), job('a', 'a3')]);
    expect(results).toEqual(['a1', 'a2', 'b1', 'a3']);
    const a = log.filter((l) => l.startsWith('a'));
    expect(a).toEqual(['a1 start', 'a1 end', 'a2 start', 'a2 end', 'a3 start', 'a3 end']);
    // b did not wait for a's queue.
    expect(log.indexOf('b1 start')).toBeLessThan(log.indexOf('a1 end'));
  });

  it('lets the next caller in after one that failed, and the failure reaches only its caller', async () => {
    const mutex = new KeyedMutex();
    const failed = mutex.run('k', async () => {
      await tick();
      throw new Error('boom');
    });
    const next = mutex.run('k', async () => 'next');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
  });

  it('runs a caller with nobody ahead of it before yielding to other work', async () => {
    const mutex = new KeyedMutex();
    let ran = false;
    const done = mutex.run('k', async () => {
      ran = true;
    });
    expect(ran).toBe(true);
    await done;
  });
});
