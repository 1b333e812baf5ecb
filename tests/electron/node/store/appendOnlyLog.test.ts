import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendToLog, readLog } from '../../../../electron/node/store/appendOnlyLog.ts';
import { auditEntryProblem } from '../../../../shared/audit/checkAuditEntry.ts';
import type { AuditEntry } from '../../../../shared/audit/auditEntry.ts';

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iw-log-'));
  path = join(dir, 'doc.audit.jsonl');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const entry = (seq: number) => ({ seq, at: '', by: 'a', action: 'record.add', summary: '', changes: [] });
const lines = (...values: unknown[]) => values.map((v) => JSON.stringify(v) + '\n').join('');

describe('the append-only log', () => {
  it('drops a torn final line (no newline), and only that', async () => {
    await writeFile(path, lines(entry(1), entry(2)) + '{"seq":3,"at"');
    const log = await readLog<AuditEntry>(path, auditEntryProblem);
    expect(log.entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(log.damage).toBeUndefined();
    expect(log.tornBytes).toBe('{"seq":3,"at"'.length);
    expect(await readFile(path, 'utf8')).toBe(lines(entry(1), entry(2)));
  });

  it('reports a damaged line in the middle by number and rewrites nothing, torn tail included', async () => {
    const text = lines(entry(1), entry(2)) + '{"seq":3, garbage\n' + lines(entry(4), entry(5)) + '{"seq":6';
    await writeFile(path, text);
    const log = await readLog<AuditEntry>(path, auditEntryProblem);
    expect(log.entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(log.damage).toMatchObject({ line: 3, reason: expect.stringMatching(/not JSON/) });
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('treats a complete final line that is not JSON, an empty line, invalid UTF-8 and a sequence gap as damage', async () => {
    for (const [text, line, reason] of [
      [lines(entry(1)) + 'oops\n', 2, /not JSON/],
      [lines(entry(1)) + '\n' + lines(entry(2)), 2, /empty line/],
      [Buffer.concat([Buffer.from(lines(entry(1))), Buffer.from([0x7b, 0xff, 0x7d, 0x0a])]), 2, /not JSON/],
      [lines(entry(1), entry(3)), 2, /sequence number 3 follows 1/],
      [lines(entry(1), entry(1)), 2, /sequence number 1 follows 1/],
      [lines(entry(1), [1, 2]), 2, /not an audit entry/],
    ] as const) {
      await writeFile(path, text);
      const before = await readFile(path);
      const log = await readLog<AuditEntry>(path, auditEntryProblem);
      expect(log.damage, String(text)).toMatchObject({ line, reason: expect.stringMatching(reason) });
      expect(await readFile(path)).toEqual(before);
    }
  });

  it('cuts a failed append back to the known length, so no partial line glues onto the next one', async () => {
    await writeFile(path, lines(entry(1)));
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(appendToLog(path, [cyclic], lines(entry(1)).length)).rejects.toThrow();
    await appendToLog(path, [entry(2)], lines(entry(1)).length);
    expect((await readLog<AuditEntry>(path, auditEntryProblem)).entries.map((e) => e.seq)).toEqual([1, 2]);
  });
});
