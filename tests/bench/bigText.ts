/**
 * The CLI on a very large report: a synthetic 50 MB, 1,000,000-line work report (tests/bench/bigReport.ts),
 * imported, then `suggest` and `defects` run through the CLI's own entry in a child process each, printing
 * wall time, CPU time, peak resident memory and output size. Goal (issue 11): each under 10 s and 1 GB.
 * Size: BENCH_BIG_MB (default 50) and BENCH_BIG_LINES (default 1,000,000).
 * Run: npx tsx tests/bench/bigText.ts
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigReportLines } from './bigReport.ts';

const CLI = fileURLToPath(new URL('../../bin/indicator-workbench.js', import.meta.url));
const REPORT_USAGE = new URL('./reportUsage.mjs', import.meta.url).href;

interface ChildFigures { code: number | null; wallMs: number; userMs: number; systemMs: number; maxRssBytes: number; outBytes: number; stderr: string }

/** Runs the CLI in a child process, its stdout counted and dropped, and returns what it cost. */
async function runCli(args: string[], usageFile: string): Promise<ChildFigures> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', REPORT_USAGE, CLI, ...args], {
    env: { ...process.env, BENCH_USAGE_FILE: usageFile }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let outBytes = 0;
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => { outBytes += chunk.length; });
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const [code] = (await once(child, 'close')) as [number | null];
  const wallMs = performance.now() - t0;
  const usage = JSON.parse(await readFile(usageFile, 'utf8').catch(() => '{}')) as Partial<ChildFigures>;
  return { code, wallMs, userMs: usage.userMs ?? NaN, systemMs: usage.systemMs ?? NaN, maxRssBytes: usage.maxRssBytes ?? NaN, outBytes, stderr };
}

async function writeReport(path: string, bytes: number, lines: number): Promise<number> {
  const out = createWriteStream(path);
  let count = 0;
  let batch: string[] = [];
  for (const line of bigReportLines(bytes, lines)) {
    batch.push(line);
    count += 1;
    if (batch.length === 10_000) {
      if (!out.write(batch.join('\n') + '\n')) await once(out, 'drain');
      batch = [];
    }
  }
  out.end(batch.join('\n') + '\n');
  await once(out, 'finish');
  return count;
}

function row(label: string, f: ChildFigures): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const status = f.code === 0 ? '' : `  FAILED (exit ${f.code}): ${f.stderr.trim().split('\n').at(-1) ?? ''}`;
  return `  ${label.padEnd(22)} wall ${s(f.wallMs).padStart(7)}  cpu ${s(f.userMs + f.systemMs).padStart(7)}`
    + `  max RSS ${(f.maxRssBytes / 1048576).toFixed(0).padStart(5)} MB  output ${(f.outBytes / 1048576).toFixed(1).padStart(6)} MB${status}`;
}

export async function benchBigText(): Promise<void> {
  const megabytes = Number(process.env.BENCH_BIG_MB ?? 50);
  const lineCount = Number(process.env.BENCH_BIG_LINES ?? 1_000_000);
  const dir = await mkdtemp(join(tmpdir(), 'iw-bigtext-'));
  try {
    const file = join(dir, 'big-report.txt');
    const lines = await writeReport(file, megabytes * 1e6, lineCount);
    console.log(`synthetic report: ${megabytes} MB, ${lines} lines; each command a child process through the CLI entry (goal: < 10 s, < 1 GB)`);
    // CPU time holds up under load far better than wall time; the load says which figures compare.
    const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');
    console.log(`  load average at the start: ${load()}`);
    const project = join(dir, 'project');
    const usage = join(dir, 'usage.json');
    const imported = await runCli(['import', project, file, '--by', 'bench'], usage);
    console.log(row('import (for reference)', imported));
    if (imported.code !== 0) return;
    for (const command of ['suggest', 'defects']) {
      console.log(row(`${command} --json`, await runCli([command, project, 'big-report', '--json'], usage)));
      console.log(row(command, await runCli([command, project, 'big-report'], usage)));
    }
    console.log(`  load average at the end: ${load()}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchBigText().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
