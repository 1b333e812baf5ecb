import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess as cli } from '../../../helpers/runCliInProcess.ts';
import { REPORTS_DIR } from '../../../helpers/tempProject.ts';

/** Bad arguments and damaged folders: one clear line on stderr and a refusal exit code, never a system error. */
let work: string;
let project: string;
const DOC = 'yangquan-jiaoqu-2023';
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'iw-cli-bad-'));
  project = join(work, 'proj');
  expect((await cli(['import', project, `${REPORTS_DIR}${DOC}.txt`, '--by', 'a'])).code).toBe(0);
});
afterAll(() => rm(work, { recursive: true, force: true }));

const oneLine = (stderr: string) => {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  return stderr.trim();
};

describe('the CLI refusing bad input', () => {
  it('--out naming a folder or a missing folder', async () => {
    const folder = await cli(['export', project, '--format', 'json', '--out', work]);
    expect(folder.code).toBe(1);
    expect(oneLine(folder.stderr)).toBe(`error: --out ${work} is a folder; name a file to write`);
    const missing = join(work, 'no-such-folder', 'dataset.json');
    const r = await cli(['export', project, '--format', 'csv', '--out', missing]);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toBe(`error: --out ${missing}: the folder ${join(work, 'no-such-folder')} does not exist`);
    const book = await cli(['codebook', 'export', project, '--out', work]);
    expect(book.code).toBe(1);
  });

  it('writes exports atomically: the previous file is replaced by a rename, never rewritten in place', async () => {
    const out = join(work, 'dataset.json');
    await writeFile(out, 'the previous export');
    const before = await stat(out);
    expect((await cli(['export', project, '--format', 'json', '--out', out, '--all'])).code).toBe(0);
    const after = await stat(out);
    expect(after.ino).not.toBe(before.ino);
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({ schema: 'indicator-workbench/dataset@1' });
    expect((await readdir(work)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a .lock that is a folder', async () => {
    const other = join(work, 'locked-by-folder');
    expect((await cli(['import', other, `${REPORTS_DIR}${DOC}.txt`, '--by', 'a'])).code).toBe(0);
    await mkdir(join(other, '.lock'));
    const r = await cli(['records', other]);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toBe(`error: ${join(other, '.lock')} is a folder, not a lock file; remove it to open the project`);
  });

  it('--value NaN, Infinity or an exponent', async () => {
    for (const value of ['NaN', 'Infinity', '+inf', '1e400', '2E3']) {
      const r = await cli(['record', 'add', project, DOC, '--start', '122', '--end', '133', '--indicator', '地区生产总值', '--value', value, '--by', 'a']);
      expect(r.code, value).toBe(2);
      expect(r.stderr).toContain(`--value must be a number as the report writes it, such as 172.9 or 3.5万 (got "${value}")`);
    }
    expect(JSON.parse((await cli(['records', project, '--json'])).stdout)).toEqual([]);
  });

  it('check dismiss of an unknown finding', async () => {
    const r = await cli(['check', 'dismiss', project, 'chk_nothing', '--by', 'a']);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toBe('error: no consistency finding chk_nothing in this project');
  });
});
