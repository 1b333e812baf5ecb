import { describe, expect, it } from 'vitest';
import { documentCheckpoint } from '../../../../electron/node/project/documentCheckpoint.ts';

/** A state whose writes are recorded (the seq each one captured); a write can be held open to test overlap. */
function fakeState() {
  let seq = 0;
  const written: number[] = [];
  let gate: Promise<void> | undefined;
  let started: (() => void) | undefined;
  return {
    commit: () => ++seq,
    seq: () => seq,
    written,
    /** Holds the next write open until `release` is called; `started` resolves once it has captured its state. */
    holdNextWrite() {
      let release!: () => void;
      gate = new Promise<void>((resolve) => (release = resolve));
      const hasStarted = new Promise<void>((resolve) => (started = resolve));
      return { release, started: hasStarted };
    },
    write: async () => {
      const captured = seq; // captured synchronously, as lowdb's write serialises before its first await
      const held = gate;
      gate = undefined;
      started?.();
      if (held) await held;
      written.push(captured);
    },
  };
}

describe('the state file as a checkpoint of the audit log', () => {
  it('is written once after a quiet moment, covering every save before it', async () => {
    const state = fakeState();
    const errors: unknown[] = [];
    const cp = documentCheckpoint(state.write, state.seq, 0, { quietMs: 5, maxLogBytes: 1e9, onError: (e) => errors.push(e) });
    for (let i = 0; i < 10; i++) {
      state.commit();
      cp.afterCommit(100);
    }
    expect(state.written).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(state.written).toEqual([10]);
    expect(cp.savedSeq).toBe(10);
    await cp.flush(); // nothing behind: no write
    expect(state.written).toEqual([10]);
    expect(errors).toEqual([]);
  });

  it('is written without waiting for quiet once the log has grown past its size limit', async () => {
    const state = fakeState();
    const cp = documentCheckpoint(state.write, state.seq, 0, { quietMs: 1e9, maxLogBytes: 250, onError: () => undefined });
    for (let i = 0; i < 3; i++) {
      state.commit();
      cp.afterCommit(100);
    }
    await cp.flush();
    expect(state.written).toEqual([3]);
    cp.dispose();
  });

  it('flush waits for a write under way and then writes what came after it; dispose stops the timer', async () => {
    const state = fakeState();
    const cp = documentCheckpoint(state.write, state.seq, 0, { quietMs: 1e9, maxLogBytes: 1e9, onError: () => undefined });
    state.commit();
    const held = state.holdNextWrite();
    const first = cp.flush();
    await held.started;
    state.commit();
    cp.afterCommit(10);
    const second = cp.flush();
    held.release();
    await Promise.all([first, second]);
    expect(state.written).toEqual([1, 2]);
    state.commit();
    cp.afterCommit(10);
    cp.dispose();
    expect(state.written).toEqual([1, 2]);
  });

  it('reports a failed background write and tries again on the next flush', async () => {
    let fail = true;
    let seq = 1;
    const errors: unknown[] = [];
    const cp = documentCheckpoint(async () => {
      if (fail) throw new Error('disk full');
    }, () => seq, 0, { quietMs: 1, maxLogBytes: 1e9, onError: (e) => errors.push(e) });
    cp.afterCommit(10);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(errors).toHaveLength(1);
    expect(cp.savedSeq).toBe(0);
    fail = false;
    seq = 2;
    await cp.flush();
    expect(cp.savedSeq).toBe(2);
  });
});
