import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleReason, writeBuildStamp } from '../../../electron/build/buildStamp.js';

let root: string;
const stamp = () => join(root, 'dist', 'x.stamp.json');
const write = (rel: string, text: string) => writeFileSync(join(root, rel), text);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'iw-stamp-'));
  mkdirSync(join(root, 'src'));
  mkdirSync(join(root, 'dist'));
  write('src/a.ts', 'a');
  write('src/b.ts', 'b');
  write('dist/out.js', 'out');
  writeBuildStamp(stamp(), root, { inputs: [join(root, 'src/a.ts'), 'src/b.ts'], outputs: [join(root, 'dist/out.js')] });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build stamps', () => {
  it('say a build is fresh while its inputs and outputs are as they were', () => {
    expect(staleReason(stamp(), root)).toBeNull();
  });

  it('name the input that changed, even when only its time moved', () => {
    write('src/a.ts', 'A longer text');
    expect(staleReason(stamp(), root)).toBe('src/a.ts changed');
    writeBuildStamp(stamp(), root, { inputs: ['src/a.ts', 'src/b.ts'], outputs: ['dist/out.js'] });
    expect(staleReason(stamp(), root)).toBeNull();
    utimesSync(join(root, 'src/b.ts'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(staleReason(stamp(), root)).toBe('src/b.ts changed');
  });

  it('see a removed input, a missing output, no stamp and a damaged stamp', () => {
    rmSync(join(root, 'src/b.ts'));
    expect(staleReason(stamp(), root)).toBe('src/b.ts was removed');
    write('src/b.ts', 'b');
    rmSync(join(root, 'dist/out.js'));
    expect(staleReason(stamp(), root)).toBe('dist/out.js is missing');
    expect(staleReason(join(root, 'dist', 'none.json'), root)).toBe('never built');
    writeFileSync(stamp(), '{"version":1,"inp');
    expect(staleReason(stamp(), root)).toBe('never built');
    writeFileSync(stamp(), '{"version":0,"inputs":[],"outputs":[]}');
    expect(staleReason(stamp(), root)).toBe('stamp from another version');
  });
});
