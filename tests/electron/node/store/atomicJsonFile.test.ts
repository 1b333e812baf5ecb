import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtomicJsonFile, openJsonFile } from '../../../../electron/node/store/atomicJsonFile.ts';
import { WorkbenchError } from '../../../../shared/errors/workbenchError.ts';

interface Doc {
  zebra: number;
  alpha: { nested: string; list: number[] };
}

const defaults: Doc = { zebra: 0, alpha: { nested: 'default', list: [] } };
const CORRUPT_TEXT = '{"zebra": 1, "alpha": {';

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iw-json-file-'));
  path = join(dir, 'doc.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('AtomicJsonFile', () => {
  it('writes the state as it was when the write began, piece by piece, while saves go on changing it', async () => {
    type State = { lastSeq: number; records: Record<string, { value: number }> };
    const records = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`r${i}`, { value: i }]));
    const db = new Low(new AtomicJsonFile<State>(path), { lastSeq: 7, records });
    const expected = JSON.parse(JSON.stringify(db.data)) as State;
    const writing = db.write();
    // Saves made meanwhile replace values and add entries (never editing a value in place).
    db.data.lastSeq = 8;
    db.data.records.r5 = { value: -5 };
    db.data.records.rNew = { value: 1 };
    delete db.data.records.r6;
    await writing;
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(expected);
  });

  it('round-trips through lowdb, writing sorted keys with two-space indentation', async () => {
    const db = new Low(new AtomicJsonFile<Doc>(path), structuredClone(defaults));
    await db.read();
    db.data = { zebra: 2, alpha: { nested: 'x', list: [3, 1, 2] } };
    await db.write();

    const text = await readFile(path, 'utf8');
    expect(text).toBe('{\n  "alpha": {\n    "list": [\n      3,\n      1,\n      2\n    ],\n'
      + '    "nested": "x"\n  },\n  "zebra": 2\n}\n');
    const again = new Low(new AtomicJsonFile<Doc>(path), structuredClone(defaults));
    await again.read();
    expect(again.data).toEqual({ zebra: 2, alpha: { nested: 'x', list: [3, 1, 2] } });
    expect(await readdir(dir)).toEqual(['doc.json']);
  });

  it('reads null for a missing file, so lowdb keeps the default data', async () => {
    expect(await new AtomicJsonFile<Doc>(path).read()).toBeNull();
    const db = new Low(new AtomicJsonFile<Doc>(path), structuredClone(defaults));
    await db.read();
    expect(db.data).toEqual(defaults);
  });

  it('rejects a corrupt file with CORRUPT_FILE naming it, and never overwrites it', async () => {
    await writeFile(path, CORRUPT_TEXT);
    const adapter = new AtomicJsonFile<Doc>(path);
    const db = new Low(adapter, structuredClone(defaults));

    const error = await db.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbenchError);
    expect(error).toMatchObject({ code: 'CORRUPT_FILE', details: { path } });
    expect((error as WorkbenchError).message).toMatch(/^.*doc\.json is not valid JSON \(.+\); it was left untouched$/);

    // Even a caller that ignores the error and writes the defaults cannot destroy the file.
    await expect(db.write()).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
    expect(await readFile(path, 'utf8')).toBe(CORRUPT_TEXT);
  });

  it('treats an empty file as corrupt, not as missing', async () => {
    await writeFile(path, '');
    await expect(new AtomicJsonFile<Doc>(path).read()).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
    expect(await readFile(path, 'utf8')).toBe('');
  });

  it('accepts a file that an editor saved with a byte-order mark', async () => {
    await writeFile(path, '\uFEFF{"zebra": 5, "alpha": {"nested": "n", "list": []}}');
    expect(await new AtomicJsonFile<Doc>(path).read()).toEqual({ zebra: 5, alpha: { nested: 'n', list: [] } });
  });
});

describe('openJsonFile', () => {
  it('gives a copy of the defaults for a missing file, without running the validator', async () => {
    let validated = 0;
    const db = await openJsonFile<Doc>(path, defaults, (data) => {
      validated++;
      return data as Doc;
    });
    expect(db.data).toEqual(defaults);
    expect(db.data).not.toBe(defaults);
    db.data.alpha.list.push(1);
    expect(defaults.alpha.list).toEqual([]);
    expect(validated).toBe(0);
    await db.write();
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ zebra: 0, alpha: { nested: 'default', list: [1] } });
  });

  it('returns what the validator returns for an existing file', async () => {
    await writeFile(path, '{"zebra": 1}');
    const db = await openJsonFile<Doc>(path, defaults, (data) => ({ ...defaults, ...(data as Partial<Doc>) }));
    expect(db.data).toEqual({ zebra: 1, alpha: { nested: 'default', list: [] } });
  });

  it('turns a validator error into CORRUPT_FILE naming the path, leaving the file untouched', async () => {
    await writeFile(path, '{"zebra": "not a number"}');
    const error = await openJsonFile<Doc>(path, defaults, () => {
      throw new Error('zebra must be a number');
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CORRUPT_FILE', details: { path } });
    expect((error as WorkbenchError).message).toContain(path);
    expect((error as WorkbenchError).message).toContain('zebra must be a number');
    expect(await readFile(path, 'utf8')).toBe('{"zebra": "not a number"}');
  });

  it('describes schema-library issues as "where: what"', async () => {
    await writeFile(path, '{"alpha": {}}');
    const issues = [{ path: ['alpha', 'nested'], message: 'expected string' }];
    const error = await openJsonFile<Doc>(path, defaults, () => {
      throw Object.assign(new Error(JSON.stringify(issues)), { issues });
    }).catch((e: unknown) => e);
    expect((error as WorkbenchError).message).toContain('(alpha.nested: expected string)');
  });

  it("keeps the code of a validator's own WorkbenchError, such as UNSUPPORTED_SCHEMA", async () => {
    await writeFile(path, '{"schemaVersion": 99}');
    const error = await openJsonFile<Doc>(path, defaults, () => {
      throw new WorkbenchError('UNSUPPORTED_SCHEMA', 'schema version 99 is newer than this app', { found: 99 });
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UNSUPPORTED_SCHEMA', details: { found: 99, path } });
    expect((error as WorkbenchError).message).toBe(`${path}: schema version 99 is newer than this app`);
  });

  it('reports invalid JSON as CORRUPT_FILE before any validation', async () => {
    await writeFile(path, CORRUPT_TEXT);
    await expect(openJsonFile<Doc>(path, defaults)).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
    expect(await readFile(path, 'utf8')).toBe(CORRUPT_TEXT);
  });
});
