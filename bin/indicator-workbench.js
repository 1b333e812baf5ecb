#!/usr/bin/env node
// The CLI's bin entry: runs the esbuild bundle (dist/cli/cli.cjs, electron/build/buildCli.ts) in plain Node.
// When the bundle is missing or older than a source it was built from (its stamp says), it is rebuilt first,
// through tsx, which costs about a second once. Where it cannot be built (no esbuild, a read-only install), the
// sources run through tsx as before: slower to start, same behaviour.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { staleReason } from '../electron/build/buildStamp.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = fileURLToPath(new URL('../dist/cli/cli.cjs', import.meta.url));
const stamp = fileURLToPath(new URL('../dist/cli.stamp.json', import.meta.url));
const argv = process.argv.slice(2);

if (staleReason(stamp, root) === null) {
  await createRequire(import.meta.url)(bundle).runCli(argv);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  let built = false;
  try {
    const { buildCli } = await import('../electron/build/buildCli.ts');
    await buildCli();
    built = true;
  } catch (e) {
    process.stderr.write(`(could not bundle the CLI, running it from its sources: ${e instanceof Error ? e.message.split('\n')[0] : String(e)})\n`);
  }
  if (built) await createRequire(import.meta.url)(bundle).runCli(argv);
  else await (await import('../electron/node/cli/main.ts')).runCli(argv);
}
