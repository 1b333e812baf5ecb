/**
 * `npm run build:cli`: bundles the CLI with esbuild, as the main process is bundled (buildElectron.ts), so
 * `indicator-workbench` starts in plain Node instead of compiling TypeScript through tsx on every run.
 *
 *   electron/node/cli/main.ts → dist/cli/cli.cjs   (Node, CommonJS; lowdb, zod and the shared code bundled in;
 *                                                    exceljs stays in node_modules, loaded only by an xlsx export)
 *   electron/node/workers/analysisWorker.ts → dist/cli/analysisWorker.cjs   (the worker threads' code, as beside
 *                                                    the main bundle)
 *   dist/cli.stamp.json                              the inputs it was built from (buildStamp.js): bin/indicator-
 *                                                    workbench.js rebuilds when one changed, then runs the bundle
 *
 * `import.meta.url` is rewritten to each source file's own URL exactly as in the main bundle, so the CLI finds
 * package.json and data/reports from dist/cli/ as it does from the sources. The files are written to a temp
 * name and renamed, so a CLI started while another builds never loads half a bundle.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { MAIN_BANNER, importMetaUrlOfSource } from './buildElectron.ts';
import { BUILD_STAMPS, REPO_ROOT } from './buildLayout.ts';
import { writeBuildStamp } from './buildStamp.js';

export const CLI_BUNDLE = join(REPO_ROOT, 'dist', 'cli', 'cli.cjs');
/** The build's own description is an input too: changing how the CLI is bundled makes the bundle stale. */
const BUILD_SCRIPTS = ['electron/build/buildCli.ts', 'electron/build/buildElectron.ts', 'electron/build/buildStamp.js', 'package.json'];

export interface CliBuildResult {
  bundle: string;
  /** Input files (relative to the repository), to check what went in. */
  inputs: string[];
}

export async function buildCli(options: { root?: string; bundle?: string; stamp?: string } = {}): Promise<CliBuildResult> {
  const root = options.root ?? REPO_ROOT;
  const bundle = options.bundle ?? join(root, 'dist', 'cli', 'cli.cjs');
  const stamp = options.stamp ?? (root === REPO_ROOT ? BUILD_STAMPS.cli : join(root, 'dist', 'cli.stamp.json'));
  const worker = join(dirname(bundle), 'analysisWorker.cjs');
  const bundleOf = (entry: string, outfile: string) => build({
    absWorkingDir: root, bundle: true, format: 'cjs', platform: 'node', target: 'node20', legalComments: 'none',
    metafile: true, write: false, logLevel: 'warning', charset: 'utf8',
    entryPoints: [entry],
    outfile,
    external: ['exceljs'],
    // MAIN_BANNER also names analysisWorker.cjs beside the bundle, where the worker threads are started from.
    banner: { js: MAIN_BANNER },
    define: { 'import.meta.url': '__iwBundleUrl', 'import.meta.resolve': 'undefined' },
    // Each source's URL is computed relative to where this bundle is written.
    plugins: [importMetaUrlOfSource(dirname(bundle))],
  });
  const results = await Promise.all([
    bundleOf(join(root, 'electron', 'node', 'cli', 'main.ts'), bundle),
    bundleOf(join(root, 'electron', 'node', 'workers', 'analysisWorker.ts'), worker),
  ]);
  await mkdir(dirname(bundle), { recursive: true });
  // The worker first: a CLI started in between finds a complete pair.
  for (const file of [...results[1].outputFiles, ...results[0].outputFiles]) {
    const temp = `${file.path}.${process.pid}.tmp`;
    await writeFile(temp, file.contents);
    await rename(temp, file.path);
  }
  const inputs = [...new Set(results.flatMap((r) => Object.keys(r.metafile.inputs)))].sort();
  writeBuildStamp(stamp, root, { inputs: [...inputs, ...BUILD_SCRIPTS], outputs: [bundle, worker] });
  return { bundle, inputs };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildCli().then(
    (r) => process.stdout.write(`built ${relative(process.cwd(), r.bundle)}\n`),
    (e: unknown) => {
      process.stderr.write(`build:cli failed: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
