// @ts-check
/**
 * A build stamp: the input files a build read, each with its size and modification time, written next to the
 * output once the build succeeded. The output is fresh while every input still has the size and time it had, so
 * launchers and the CLI's bin skip a build when nothing changed. An added file only matters once an input
 * changes to import it, and that change is seen. Plain JavaScript (JSDoc-typed): the CLI's bin reads stamps
 * before anything can compile TypeScript.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';

const STAMP_VERSION = 1;

/**
 * @typedef {{ version: number; outputs: string[]; inputs: [path: string, size: number, mtimeMs: number][] }} BuildStamp
 * Paths are relative to the repository root, with forward slashes.
 */

/** @param {string} root @param {string} path */
function relativeToRoot(root, path) {
  return (isAbsolute(path) ? relative(root, path) : path).split('\\').join('/');
}

/** @param {string} root @param {string} rel @returns {[string, number, number] | undefined} */
function fileState(root, rel) {
  try {
    const s = statSync(join(root, rel));
    return [rel, s.size, s.mtimeMs];
  } catch {
    return undefined;
  }
}

/**
 * Records the inputs (absolute, or relative to `root`) after a successful build. Written atomically (temp file
 * and rename) so a reader never sees half a stamp.
 * @param {string} stampFile @param {string} root @param {{ inputs: readonly string[]; outputs: readonly string[] }} build
 */
export function writeBuildStamp(stampFile, root, build) {
  const inputs = [...new Set(build.inputs.map((p) => relativeToRoot(root, p)))].sort().flatMap((rel) => {
    const state = fileState(root, rel);
    return state ? [state] : [];
  });
  /** @type {BuildStamp} */
  const stamp = { version: STAMP_VERSION, outputs: build.outputs.map((p) => relativeToRoot(root, p)), inputs };
  mkdirSync(dirname(stampFile), { recursive: true });
  const temp = `${stampFile}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(stamp));
  renameSync(temp, stampFile);
}

/**
 * Why the build must run again, or null when its outputs exist and no input changed since the stamp.
 * @param {string} stampFile @param {string} root @returns {string | null}
 */
export function staleReason(stampFile, root) {
  /** @type {BuildStamp} */
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return 'never built';
  }
  if (stamp.version !== STAMP_VERSION || !Array.isArray(stamp.inputs) || !Array.isArray(stamp.outputs)) return 'stamp from another version';
  for (const output of stamp.outputs) {
    if (!fileState(root, output)) return `${output} is missing`;
  }
  for (const [rel, size, mtimeMs] of stamp.inputs) {
    const now = fileState(root, rel);
    if (!now) return `${rel} was removed`;
    if (now[1] !== size || now[2] !== mtimeMs) return `${rel} changed`;
  }
  return null;
}
