/**
 * CLI start-up (figures printed, never asserted): the CPU time of `indicator-workbench --help` through the bin,
 * which runs the esbuild bundle, beside the floor of `node -e 0` measured in the same run, median of several
 * runs. CPU time rather than wall time, so other work on the machine barely moves it. Goal: ratio ≤ 3.
 * The bundle is built first when it is missing or stale, so that one-time build is never measured.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_BUNDLE, buildCli } from '../../electron/build/buildCli.ts';
import { BUILD_STAMPS, REPO_ROOT } from '../../electron/build/buildLayout.ts';
import { staleReason } from '../../electron/build/buildStamp.js';

const RUNS = 9;
const REPORTER = fileURLToPath(new URL('./support/reportCpuAtExit.cjs', import.meta.url));
const BIN = join(REPO_ROOT, 'bin', 'indicator-workbench.js');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** CPU milliseconds of one run of `node -r reporter ...args`, as the process itself counted them. */
function cpuMsOf(args: string[], dir: string): number {
  const report = join(dir, 'cpu');
  const r = spawnSync(process.execPath, ['-r', REPORTER, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, IW_CPU_REPORT: report } });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.toString()}`);
  return Number(readFileSync(report, 'utf8')) / 1000;
}

export async function benchCliStart(): Promise<void> {
  if (staleReason(BUILD_STAMPS.cli, REPO_ROOT) !== null) await buildCli();
  const dir = mkdtempSync(join(tmpdir(), 'iw-bench-cli-'));
  try {
    const floor: number[] = [];
    const help: number[] = [];
    // Interleaved, so a burst of load elsewhere hits both columns alike.
    for (let i = 0; i < RUNS; i++) {
      floor.push(cpuMsOf(['-e', '0'], dir));
      help.push(cpuMsOf([BIN, '--help'], dir));
    }
    const row = (label: string, ms: number) => console.log(`  ${label.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms CPU`);
    row('node -e 0 (floor)', median(floor));
    row(`indicator-workbench --help (bundle ${(readFileSync(CLI_BUNDLE).length / 1e6).toFixed(2)} MB)`, median(help));
    console.log(`  ratio (median of ${RUNS}; goal ≤ 3)`.padEnd(60) + (median(help) / median(floor)).toFixed(2).padStart(8) + ' ×');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
