/**
 * `npm run build:renderer`: the Vite build of the renderer (renderer/vite.config.ts → dist/renderer/), plus its
 * build stamp (buildStamp.js, dist/renderer.stamp.json): every module the build read, as Vite's module graph
 * lists them, with the config, the page and the public folder, so the launchers rebuild only when one changed.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { REPO_ROOT } from './buildLayout.ts';
import { writeBuildStamp } from './buildStamp.js';

const BUILD_SCRIPTS = ['electron/build/buildRenderer.ts', 'electron/build/buildStamp.js', 'renderer/vite.config.ts', 'renderer/index.html', 'package.json'];

/** Collects the files behind every module of the build (virtual modules and query suffixes left out). */
function recordModuleFiles(into: Set<string>): Plugin {
  return {
    name: 'record-module-files',
    apply: 'build',
    buildEnd() {
      for (const id of this.getModuleIds()) {
        const file = id.split('?')[0]!;
        if (!file.startsWith('\0') && (file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file))) into.add(file);
      }
    },
  };
}

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

export async function buildRenderer(options: { root?: string } = {}): Promise<{ outDir: string; inputs: string[] }> {
  const root = options.root ?? REPO_ROOT;
  const files = new Set<string>();
  await build({ configFile: join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn', plugins: [recordModuleFiles(files)] });
  const outDir = join(root, 'dist', 'renderer');
  const inputs = [...files, ...filesUnder(join(root, 'renderer', 'public')), ...BUILD_SCRIPTS];
  writeBuildStamp(join(root, 'dist', 'renderer.stamp.json'), root, { inputs, outputs: [join(outDir, 'index.html')] });
  return { outDir, inputs: inputs.map((p) => relative(root, resolve(root, p))) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildRenderer().then(
    () => undefined,
    (e: unknown) => {
      process.stderr.write(`build:renderer failed: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
