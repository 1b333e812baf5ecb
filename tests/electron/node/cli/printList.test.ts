import { describe, expect, it } from 'vitest';
import { printList, type ListOutput } from '../../../../electron/node/cli/printList.ts';

/** A pipe that is full after every write until it drains, as a slow reader's pipe is. */
function slowPipe(): ListOutput & { text: () => string; drains: number } {
  let text = '';
  let waiting: (() => void) | null = null;
  const pipe = {
    drains: 0,
    write(chunk: string) {
      text += chunk;
      return false;
    },
    once(event: 'drain' | 'close', listener: () => void) {
      if (event === 'close') return pipe;
      waiting = listener;
      queueMicrotask(() => {
        pipe.drains += 1;
        const w = waiting;
        waiting = null;
        w?.();
      });
      return pipe;
    },
    removeListener() {
      return pipe;
    },
    text: () => text,
  };
  return pipe;
}

/** A pipe whose reader goes away after the first write (`| head -c 1`): full, never drained, then closed. */
function pipeClosedAfterFirstWrite(): ListOutput & { writes: number; listeners: () => number } {
  const listeners = new Set<() => void>();
  const pipe = {
    writes: 0,
    destroyed: false,
    write() {
      pipe.writes += 1;
      queueMicrotask(() => {
        pipe.destroyed = true;
        for (const l of [...listeners]) l();
      });
      return false;
    },
    once(_event: 'drain' | 'close', listener: () => void) {
      listeners.add(listener);
      return pipe;
    },
    removeListener(_event: 'drain' | 'close', listener: () => void) {
      listeners.delete(listener);
      return pipe;
    },
    listeners: () => listeners.size,
  };
  return pipe;
}

const items = [
  { id: 'a', text: '第一行\n第二行', n: 1, related: [{ start: 1, end: 2 }], nested: { empty: [], none: null } },
  { id: 'b', text: '“引号”\t', n: 2.5, related: [], nested: { empty: {}, none: null } },
];

describe('printList', () => {
  it('prints --json byte for byte as JSON.stringify(list, null, 2)', async () => {
    for (const list of [items, items.slice(0, 1), []]) {
      const pipe = slowPipe();
      await printList(list, true, () => 'unused', '(none)', pipe);
      expect(pipe.text()).toBe(JSON.stringify(list, null, 2) + '\n');
    }
  });

  it('prints one formatted item a line, or the empty message, as the joined text would be', async () => {
    const pipe = slowPipe();
    await printList(items, false, (x) => `${x.id}: ${x.n}`, '(none)', pipe);
    expect(pipe.text()).toBe('a: 1\nb: 2.5\n');
    const empty = slowPipe();
    await printList([], false, () => '', '(none)', empty);
    expect(empty.text()).toBe('(none)\n');
    const multiLine = slowPipe();
    await printList(items, false, (x) => `${x.id}\n  more`, '(none)', multiLine);
    expect(multiLine.text()).toBe('a\n  more\nb\n  more\n');
  });

  it('writes a long list in batches, waiting for the pipe to drain after each', async () => {
    const many = Array.from({ length: 30_000 }, (_, i) => ({ id: `item-${i}`, text: '文'.repeat(40) }));
    const pipe = slowPipe();
    await printList(many, true, () => '', '', pipe);
    expect(pipe.text()).toBe(JSON.stringify(many, null, 2) + '\n');
    expect(pipe.drains).toBeGreaterThan(1);
  });

  it('stops writing and finishes when the reader closes the pipe (no wait for a drain that never comes)', async () => {
    const many = Array.from({ length: 30_000 }, (_, i) => ({ id: `item-${i}`, text: '文'.repeat(40) }));
    const pipe = pipeClosedAfterFirstWrite();
    await printList(many, true, () => '', '', pipe);
    expect(pipe.writes).toBe(1);
    expect(pipe.listeners()).toBe(0);
  });
});
