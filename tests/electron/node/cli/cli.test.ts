import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorrectionView, DocumentSummary, ImportReport, RecordView } from '../../../../shared/api/views.ts';
import { openProjectSession } from '../../../../electron/node/project/projectSession.ts';
import { CLI_BIN, runCli } from '../../../helpers/runCli.ts';
import { runCliInProcess } from '../../../helpers/runCliInProcess.ts';
import { cpIndexOf, REPORTS_DIR } from '../../../helpers/tempProject.ts';

let work: string;
let project: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'iw-cli-'));
  project = join(work, 'proj');
});
afterAll(() => rm(work, { recursive: true, force: true }));

const DOC = 'yangquan-jiaoqu-2023';

/**
 * The workflow runs the CLI in this process (the same code as the binary, bounded by its work); the tests
 * about exit codes, stderr and locks below run it as a child process, as a pipeline does.
 */
async function cliJson<T = unknown>(args: string[]): Promise<T> {
  const r = await runCliInProcess([...args, '--json']);
  if (r.code !== 0) throw new Error(`cli ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

describe('the CLI, end to end on the sample reports', () => {
  it('imports, records, verifies, corrects, exports and verifies the export', { timeout: 180_000 }, async () => {
    const imported = await cliJson<ImportReport>(['import', project, ...['taiyuan-xinghualing-2023', 'yangquan-city-2024', DOC].map((n) => `${REPORTS_DIR}${n}.txt`), '--by', 'alice']);
    expect(imported.imported).toHaveLength(3);

    const docs = await cliJson<DocumentSummary[]>(['docs', project]);
    expect(docs.map((d) => d.docId)).toContain(DOC);

    const text = await runCliInProcess(['text', project, DOC]);
    expect(text.stdout).toBe(await readFile(`${REPORTS_DIR}${DOC}.txt`, 'utf8'));

    const gdpQuote = '达到 172.9 亿元';
    const gdpAt = cpIndexOf(text.stdout, gdpQuote);
    const gdp = await cliJson<RecordView>(['record', 'add', project, DOC, '--start', String(gdpAt), '--end', String(gdpAt + 11), '--indicator', '地区生产总值', '--value', '172.9', '--unit', '亿元', '--by', 'alice']);
    expect(gdp).toMatchObject({ status: 'draft', year: 2022, valueNormalized: '17290000000', evidence: [{ quote: gdpQuote }] });
    const invQuote = '固定资产投资总额完成 58.2 亿元';
    const invAt = cpIndexOf(text.stdout, invQuote);
    const inv = await cliJson<RecordView>(['record', 'add', project, DOC, '--start', String(invAt), '--end', String(invAt + Array.from(invQuote).length), '--indicator', '固定资产投资', '--value', '58.2', '--unit', '亿元', '--by', 'alice']);
    for (const r of [gdp, inv]) expect((await cliJson<RecordView>(['record', 'verify', project, r.id, '--by', 'bob'])).status).toBe('verified');

    const c = await cliJson<CorrectionView>(['correct', project, DOC, '--start', String(gdpAt + 2), '--end', String(gdpAt + 3), '--replace', '', '--kind', 'edit', '--reason', 'stray space', '--by', 'carol']);
    expect(c.affectedRecords).toEqual([{ id: gdp.id, status: 'needs_review' }]);

    const records = await cliJson<RecordView[]>(['records', project, DOC]);
    expect(records.find((r) => r.id === gdp.id)!.status).toBe('needs_review');
    const invAfter = records.find((r) => r.id === inv.id)!;
    expect(invAfter).toMatchObject({ status: 'verified' });
    expect(invAfter.evidence[0]).toMatchObject({ start: invAt, correctedStart: invAt - 1, correctedQuote: invQuote });

    expect((await cliJson<CorrectionView[]>(['corrections', project, DOC])).map((x) => x.id)).toEqual([c.id]);

    const jsonOut = join(work, 'dataset.json');
    const csvOut = join(work, 'dataset.csv');
    await cliJson(['export', project, '--format', 'json', '--out', jsonOut, '--all']);
    await cliJson(['export', project, '--format', 'csv', '--out', csvOut]);
    expect((await readFile(csvOut, 'utf8')).split('\r\n').filter(Boolean)).toHaveLength(2);
    const verified = await runCliInProcess(['verify-export', jsonOut, '--sources', REPORTS_DIR]);
    expect(verified.stdout).toMatch(/^OK: checked 3 sources, 1 corrections, 2 records/);
    expect(verified.code).toBe(0);
  });

  it('prints errors on stderr in one line, with a non-zero exit and no stack trace', async () => {
    const r = await runCli(['record', 'verify', project, 'r_doesnotexist', '--by', 'bob']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('error: no record r_doesnotexist in this project\n');

    const usage = await runCli(['record', 'add', project, DOC, '--start', 'x']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).not.toMatch(/\n\s+at /);

    const bad = await runCli(['import', project, join(work, 'nope.txt'), '--by', 'a']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/nope.txt: no such file/);
  });

  it('refuses to touch a project another process has open, naming that process', async () => {
    const session = await openProjectSession(project, { owner: 'workbench app' });
    try {
      const r = await runCli(['records', project]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`project is open in another process (pid ${process.pid}, workbench app, since `);
    } finally {
      await session.close();
    }
    expect((await runCli(['records', project])).code).toBe(0);
  });

  it('ends quietly when the reader of its output goes away (`| head`), the project released', async () => {
    // The reader takes the first chunk and closes the pipe; the rest of the list has nowhere to go.
    const child = spawn(process.execPath, [CLI_BIN, 'suggest', project, DOC, '--json'], { stdio: 'pipe' });
    let stderr = '';
    child.stdout.once('data', () => child.stdout.destroy());
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const [code] = (await once(child, 'close')) as [number | null];
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect((await runCli(['records', project])).code).toBe(0);
  });
});
