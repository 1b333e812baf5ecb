/**
 * Crash safety of AtomicJsonFile: a child process rewrites a ~200 KB document as fast as it can and is
 * killed with SIGKILL at a random moment, over and over. Whenever it dies, the file must still be one
 * complete generation, and never an older one than before the kill.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeStaleTempFiles } from '../../../../electron/node/store/atomicWrite.ts';
import { checkGenerationDocument } from './fixtures/generationDocument.ts';
import { killHard, spawnFixture, waitForLine } from './fixtures/spawnFixture.ts';

const KILLS = 16;
/** The kill lands anywhere in the first few writes after the child's first complete one. */
const MAX_KILL_DELAY_MS = 60;
/**
 * A safety net, not a speed target: each kill starts a Node child through tsx, which alone can take seconds on
 * a busy machine, so the budget grows with the work instead of racing a fixed 30 s.
 */
const BUDGET_MS = KILLS * 15_000;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iw-crash-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('AtomicJsonFile under SIGKILL', () => {
  it('always leaves one complete generation, never going backwards', async () => {
    const file = join(dir, 'doc.json');
    let lastGeneration = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const child = spawnFixture('writeGenerations.ts', [file]);
      try {
        // The child has read lastGeneration from the file and completed writing the next one.
        const line = await waitForLine(child, 'wrote ');
        expect(Number(line.slice('wrote '.length))).toBe(lastGeneration + 1);
        await new Promise((resolve) => setTimeout(resolve, Math.random() * MAX_KILL_DELAY_MS));
      } finally {
        await killHard(child);
      }
      const text = await readFile(file, 'utf8');
      const generation = checkGenerationDocument(JSON.parse(text));
      expect(generation).toBeGreaterThan(lastGeneration);
      lastGeneration = generation;
    }

    // Interrupted writes may leave temp files; the cleanup removes exactly those.
    await removeStaleTempFiles(dir);
    expect(await readdir(dir)).toEqual(['doc.json']);
  }, BUDGET_MS);
});
