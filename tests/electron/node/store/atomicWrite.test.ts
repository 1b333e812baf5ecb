import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleTempFiles, writeFileAtomic } from '../../../../electron/node/store/atomicWrite.ts';
import { WorkbenchError } from '../../../../shared/errors/workbenchError.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iw-atomic-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates a file, then replaces it, leaving no temp file behind', async () => {
    const path = join(dir, 'project.json');
    await writeFileAtomic(path, 'first');
    await writeFileAtomic(path, new TextEncoder().encode('second'));
    expect(await readFile(path, 'utf8')).toBe('second');
    expect(await readdir(dir)).toEqual(['project.json']);
  });

  it('reports IO_ERROR naming the path and removes its temp file when the rename fails', async () => {
    const path = join(dir, 'occupied');
    await mkdir(path); // a directory cannot be replaced by a file
    const error = await writeFileAtomic(path, 'data').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbenchError);
    expect(error).toMatchObject({ code: 'IO_ERROR' });
    expect((error as WorkbenchError).message).toContain(path);
    expect(await readdir(dir)).toEqual(['occupied']);
  });

  it('reports IO_ERROR when the directory does not exist', async () => {
    const path = join(dir, 'missing', 'project.json');
    await expect(writeFileAtomic(path, 'data')).rejects.toMatchObject({ code: 'IO_ERROR' });
  });
});

describe('removeStaleTempFiles', () => {
  it('removes only temp files of the writer naming pattern', async () => {
    const leftovers = ['.project.json.4242.0123456789ab.tmp', '.records.json.7.abcdefabcdef.tmp'];
    const kept = ['project.json', 'notes.tmp', '.project.json.tmp', '.x.12.short.tmp'];
    for (const name of [...leftovers, ...kept]) await writeFile(join(dir, name), 'x');
    const removed = await removeStaleTempFiles(dir);
    expect(removed.sort()).toEqual(leftovers.map((name) => join(dir, name)).sort());
    expect((await readdir(dir)).sort()).toEqual([...kept].sort());
  });

  it('returns nothing for a directory that does not exist', async () => {
    expect(await removeStaleTempFiles(join(dir, 'missing'))).toEqual([]);
  });
});
