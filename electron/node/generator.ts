import { readFileSync } from 'node:fs';

/** Name and version written into exports, read from package.json so they never drift. */
function readGenerator(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}

export const GENERATOR = readGenerator();
