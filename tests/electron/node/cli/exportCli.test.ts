import { copyFile, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../shared/export/dataset.ts';
import { writeExport } from '../../../../electron/node/export/writeExport.ts';
import { exportProject, type ExportProject } from '../../../helpers/exportProject.ts';
import { runCliInProcess as runCli } from '../../../helpers/runCliInProcess.ts';

let x: ExportProject;
let project: string;
let datasetPath: string;
beforeAll(async () => {
  x = await exportProject();
  project = x.p.dir;
  datasetPath = join(project, 'dataset.json');
  await writeExport(await x.p.call('export.dataset', { format: 'json', all: true }), datasetPath);
  // The CLI opens the project itself: the test's session lets go of the lock first.
  await x.p.session.close();
});
afterAll(() => x.p.dispose());

// In process: the same code path as the binary, bounded by its work rather than a child's start-up.
describe('export and verify-export on the command line', () => {
  const exports = [['json', 'd.json'], ['csv', 'd.csv'], ['jsonld', 'd.jsonld'], ['xlsx', 'd.xlsx'], ['datapackage', 'd.zip'], ['datapackage', 'pkg']] as const;
  it.each(exports)('writes --format %s to %s', async (format, name) => {
    const out = join(project, 'out');
    await mkdir(out, { recursive: true });
    const run = await runCli(['export', project, '--format', format, '--out', join(out, name), '--all', '--json']);
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as { recordCount: number }).recordCount).toBe(6);
    if (name === 'pkg') {
      expect((await readdir(join(out, 'pkg'))).sort()).toEqual(['corrections.csv', 'datapackage.json', 'evidence.csv', 'records.csv', 'sources.csv']);
    } else {
      expect((await stat(join(out, name))).isFile()).toBe(true);
      if (format === 'xlsx' || format === 'datapackage') expect((await readFile(join(out, name))).subarray(0, 2).toString()).toBe('PK');
    }
  });

  it('refuses an unknown format as a usage error', async () => {
    const bad = await runCli(['export', project, '--format', 'pdf', '--out', join(project, 'x')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/json, csv, jsonld, datapackage, xlsx/);
  });

  it('verify-export takes several --sources folders', async () => {
    const [a, b] = [join(project, 'src-a'), join(project, 'src-b')];
    await mkdir(a);
    await mkdir(b);
    await copyFile(join(x.sources, 'jiaoqu.txt'), join(a, 'jiaoqu.txt'));
    await copyFile(join(x.sources, 'astral.txt'), join(b, 'astral.txt'));
    const one = await runCli(['verify-export', datasetPath, '--sources', a]);
    expect(one.code).toBe(1);
    const both = await runCli(['verify-export', datasetPath, '--sources', a, '--sources', b]);
    expect(both.stdout).toMatch(/^OK: checked 2 sources/);
    expect(both.code).toBe(0);
  });

  it('verify-export checks the shape first and reports what is wrong by path, not with a TypeError', async () => {
    const dataset = JSON.parse(await readFile(datasetPath, 'utf8')) as Dataset;
    (dataset.records[1]!.evidence[0] as unknown as Record<string, unknown>).end = 'twelve';
    delete (dataset.sources[0] as unknown as Record<string, unknown>).sha256;
    const malformedPath = join(project, 'malformed.json');
    await writeFile(malformedPath, JSON.stringify(dataset));
    const malformed = await runCli(['verify-export', malformedPath, '--sources', x.sources]);
    expect(malformed.code).toBe(1);
    expect(malformed.stdout).toMatch(/^FAILED/);
    expect(malformed.stdout).toContain('format records[1].evidence[0].end:');
    expect(malformed.stdout).toContain('format sources[0].sha256:');
    expect(malformed.stderr).not.toMatch(/TypeError/);
  });
});
