import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeBuildStamp } from '../../../electron/build/buildStamp.js';
import { ensureBuilt, type BuildStep } from '../../../electron/build/ensureBuilt.ts';

/** Two real (tiny) builds in a temp folder: each copies its source to its output and stamps what it read. */
let root: string;
let builds: string[];
let log: string[];

function copyStep(name: string): BuildStep {
  const stamp = join(root, 'dist', `${name}.stamp.json`);
  return {
    stamp,
    async build() {
      builds.push(name);
      writeFileSync(join(root, 'dist', `${name}.out`), `built from ${name}`);
      writeBuildStamp(stamp, root, { inputs: [`src/${name}.ts`], outputs: [`dist/${name}.out`] });
    },
  };
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'iw-ensure-built-'));
  mkdirSync(join(root, 'src'));
  mkdirSync(join(root, 'dist'));
  for (const name of ['page', 'main']) writeFileSync(join(root, 'src', `${name}.ts`), name);
  builds = [];
  log = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('ensureBuilt (what the launchers run before starting)', () => {
  it('builds what was never built, skips it while nothing changed, and rebuilds only the part whose input changed', async () => {
    const steps = { page: copyStep('page'), main: copyStep('main') };
    const run = () => ensureBuilt(['page', 'main'], (line) => log.push(line), steps, root);
    expect(await run()).toEqual(['page', 'main']);
    expect(log).toEqual(['building page (never built)…', 'building main (never built)…']);
    log = [];
    expect(await run()).toEqual([]);
    expect(log).toEqual(['build up to date (page, main)']);
    writeFileSync(join(root, 'src', 'main.ts'), 'main, edited');
    expect(await run()).toEqual(['main']);
    expect(builds).toEqual(['page', 'main', 'main']);
    rmSync(join(root, 'dist', 'page.out'));
    expect(await run()).toEqual(['page']);
  });

  it('leaves the stamp as it was when a build fails, so the next launch tries again', async () => {
    const steps = { page: { stamp: join(root, 'dist', 'page.stamp.json'), build: () => Promise.reject(new Error('syntax error')) } };
    await expect(ensureBuilt(['page'], (line) => log.push(line), steps, root)).rejects.toThrow('syntax error');
    await expect(ensureBuilt(['page'], (line) => log.push(line), steps, root)).rejects.toThrow('syntax error');
    expect(log).toEqual(['building page (never built)…', 'building page (never built)…']);
  });
});
