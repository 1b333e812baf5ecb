import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordView } from '../../../../shared/api/views.ts';
import type { Dataset } from '../../../../shared/export/dataset.ts';
import { runCli } from '../../../helpers/runCli.ts';
import { runCliInProcess } from '../../../helpers/runCliInProcess.ts';
import { cpIndexOf, REPORTS_DIR } from '../../../helpers/tempProject.ts';

let work: string;
let project: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'iw-cli-guard-'));
  project = join(work, 'proj');
});
afterAll(() => rm(work, { recursive: true, force: true }));

const DOC = 'yangquan-jiaoqu-2023';

/** The CLI's own code in this process (bounded by its work); the failing verify-export runs as a child process. */
async function cliJson<T = unknown>(args: string[]): Promise<T> {
  const r = await runCliInProcess([...args, '--json']);
  if (r.code !== 0) throw new Error(`cli ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

describe('the value guard on the command line', () => {
  it('refuses a value not in the quote unless --value-differs says why; verify-export checks values too', async () => {
    await cliJson(['import', project, `${REPORTS_DIR}${DOC}.txt`, '--by', 'alice']);
    const text = await readFile(`${REPORTS_DIR}${DOC}.txt`, 'utf8');
    const quote = '达到 172.9 亿元';
    const at = cpIndexOf(text, quote);
    const add = (value: string, ...more: string[]) => ['record', 'add', project, DOC, '--start', String(at), '--end', String(at + quote.length),
      '--indicator', '地区生产总值', '--value', value, '--unit', '亿元', '--verify', '--by', 'alice', ...more];

    const refused = await runCliInProcess(add('172'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`error: the value 172 亿元 of 地区生产总值 is not written in its evidence "${quote}"; correct the value or mark it as differing from the text with a reason\n`);

    const kept = await cliJson<RecordView>(add('172', '--value-differs', 'the annual bulletin revised it'));
    expect(kept).toMatchObject({ status: 'verified', valueDiffers: { reason: 'the annual bulletin revised it', by: 'alice' } });
    const good = await cliJson<RecordView>(add('172.9'));

    const edited = await runCliInProcess(['record', 'edit', project, good.id, '--value', '127.9', '--by', 'bob']);
    expect(edited.code).toBe(1);
    expect(edited.stderr).toMatch(/value 127\.9 亿元 of 地区生产总值 is not written/);

    const jsonOut = join(work, 'dataset.json');
    await cliJson(['export', project, '--format', 'json', '--out', jsonOut]);
    const verify = () => runCliInProcess(['verify-export', jsonOut, '--sources', REPORTS_DIR]);
    expect((await verify()).code).toBe(0);

    // A value edited in the export, not in its quote and with no reason: verify-export fails.
    const dataset = JSON.parse(await readFile(jsonOut, 'utf8')) as Dataset;
    const record = dataset.records.find((r) => r.id === good.id)!;
    record.value = '179.2';
    await writeFile(jsonOut, JSON.stringify(dataset));
    const failed = await runCli(['verify-export', jsonOut, '--sources', REPORTS_DIR]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(`record ${good.id}: value 179.2 亿元 is not written in its quote "${quote}" and no reason says why it differs`);

    record.valueDiffers = { reason: 'corrected by hand after export', by: 'carol', at: '2026-01-02T00:00:00.000Z' };
    await writeFile(jsonOut, JSON.stringify(dataset));
    const passed = await verify();
    expect(passed.stdout).toMatch(/^OK: checked 1 sources, 0 corrections, 2 records/);
    expect(passed.code).toBe(0);
  });
});
