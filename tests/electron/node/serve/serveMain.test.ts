import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../../../electron/node/serve/serveMain.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'iw-serve-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('serve --project', () => {
  it('asks for --create instead of silently making a project in a folder that is not one', async () => {
    await expect(serve({ project: work, staticDir: join(work, 'none') }))
      .rejects.toThrow(`${work} is not a project folder (no project.json); add --create to make a new project there`);
    expect(await readdir(work)).toEqual([]);
    const handle = await serve({ project: work, create: true, staticDir: join(work, 'none') });
    await handle.close();
    expect(await readdir(work)).toContain('project.json');
    const again = await serve({ project: work, staticDir: join(work, 'none') });
    await again.close();
  });
});
