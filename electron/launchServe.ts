/**
 * `npm run serve -- [--project DIR [--create]] [--port P] [--static DIR]`: browser mode (serveUntilStopped.ts).
 * Prints the URL on stdout; Ctrl+C, `kill`, a closed terminal or the end of npm stops it and frees the project.
 */
import { parseArgs } from 'node:util';
import { serveUntilStopped } from './serveUntilStopped.ts';

function options(argv: string[]) {
  const { values } = parseArgs({ args: argv, options: { project: { type: 'string' }, create: { type: 'boolean' }, port: { type: 'string' }, static: { type: 'string' } }, strict: true });
  const port = values.port ? Number(values.port) : undefined;
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new Error(`--port must be a port number (got ${values.port})`);
  return { project: values.project, create: values.create ?? false, port, staticDir: values.static };
}

let parsed: ReturnType<typeof options>;
try {
  parsed = options(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
}
await serveUntilStopped({
  ...parsed,
  onReady(handle) {
    process.stdout.write(`${handle.bridge.url}\n`);
    process.stderr.write(`Indicator Workbench (browser mode) on project ${handle.session.layout.dir}; press Ctrl+C to stop\n`);
  },
});
