import { spawn } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, type CliBuildResult } from '../../../electron/build/buildCli.ts';
import { REPO_ROOT } from '../../../electron/build/buildElectron.ts';
import { staleReason } from '../../../electron/build/buildStamp.js';
import { runCli, type CliResult } from '../../helpers/runCli.ts';

/**
 * The CLI bundle (electron/build/buildCli.ts), built into a throw-away folder: it runs under plain Node with
 * nothing but Node built-ins and exceljs (lazily) left to load, finds package.json and the sample reports from
 * where it sits, and its stamp says it is fresh. The bin runs it.
 */
let tmp: string;
let built: CliBuildResult;
let stampFile: string;
const REPORT = join(REPO_ROOT, 'data', 'reports', 'yangquan-jiaoqu-2023.txt');

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'iw-cli-bundle-'));
  stampFile = join(tmp, 'cli.stamp.json');
  built = await buildCli({ bundle: join(tmp, 'cli', 'cli.cjs'), stamp: stampFile });
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

/** Runs the bundle itself in plain Node (no tsx, no loader). */
function runBundle(args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const code = `require(${JSON.stringify(built.bundle)}).runCli(process.argv.slice(1))`;
    const child = spawn(process.execPath, ['-e', code, ...args], { stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (exit) => resolve({ code: exit, stdout, stderr }));
  });
}

describe('the CLI bundle', () => {
  it('holds the CLI and the shared code, leaving only Node built-ins and exceljs to load', async () => {
    expect(built.inputs).toContain('electron/node/cli/main.ts');
    expect(built.inputs.some((p) => p.startsWith('shared/'))).toBe(true);
    expect(built.inputs.some((p) => p.includes('node_modules/tsx/'))).toBe(false);
    // The CLI and the analysis worker beside it (which the CLI's worker threads run).
    const text = (await readFile(built.bundle, 'utf8')) + (await readFile(join(tmp, 'cli', 'analysisWorker.cjs'), 'utf8'));
    const required = new Set([...text.matchAll(/\b(?:require|import)\("([^"]+)"\)/g)].map((m) => m[1]!));
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    expect([...required].filter((m) => !builtins.has(m))).toEqual(['exceljs']);
  });

  it('is fresh by its stamp right after the build', () => {
    expect(staleReason(stampFile, REPO_ROOT)).toBeNull();
  });

  it('runs in plain Node from another folder: imports, lists, suggests (in its worker threads), and exports with the version from package.json', async () => {
    const project = join(tmp, 'proj');
    const imported = await runBundle(['import', project, REPORT, '--by', 'alice', '--json']);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const docs = await runBundle(['docs', project, '--json']);
    expect((JSON.parse(docs.stdout) as { docId: string }[]).map((d) => d.docId)).toEqual(['yangquan-jiaoqu-2023']);
    const suggested = await runBundle(['suggest', project, 'yangquan-jiaoqu-2023', '--json']);
    expect(suggested.code).toBe(0);
    expect((JSON.parse(suggested.stdout) as unknown[]).length).toBeGreaterThan(0);
    const out = join(tmp, 'dataset.json');
    expect((await runBundle(['export', project, '--format', 'json', '--out', out, '--all'])).code).toBe(0);
    const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect((JSON.parse(await readFile(out, 'utf8')) as { generator: { version: string } }).generator.version).toBe(pkg.version);
  });
});

describe('the bin', () => {
  it('prints the usage with --help and exits 0; a usage mistake exits 2 with one line', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: indicator-workbench <command>/);
    const wrong = await runCli(['no-such-command']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^error: .*\nrun with --help for usage\n$/);
  });
});
