/** Small readers for the `unknown` values that node:fs rejects with, used to pick which failures are expected. */

/** The errno code of a Node system error ('ENOENT', 'EEXIST' …), or undefined for anything else. */
export function errnoCode(e: unknown): string | undefined {
  return e !== null && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}

/** The cause in plain words, for a WorkbenchError message. */
export function describeCause(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
