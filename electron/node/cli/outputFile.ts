import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { WorkbenchError } from '../../../shared/errors/workbenchError.ts';
import { writeFileAtomic } from '../store/atomicWrite.ts';

/**
 * Files the CLI writes (`--out`): checked before any work is done, so a wrong path is one clear line, and
 * written atomically (temp file and rename), so a kill midway leaves the previous file whole.
 */
export async function checkOutputPath(path: string): Promise<void> {
  const target = await stat(path).catch(() => undefined);
  if (target?.isDirectory()) throw new WorkbenchError('INVALID_INPUT', `--out ${path} is a folder; name a file to write`);
  const folder = dirname(resolve(path));
  const parent = await stat(folder).catch(() => undefined);
  if (!parent) throw new WorkbenchError('INVALID_INPUT', `--out ${path}: the folder ${folder} does not exist`);
  if (!parent.isDirectory()) throw new WorkbenchError('INVALID_INPUT', `--out ${path}: ${folder} is not a folder`);
}

export async function writeOutputFile(path: string, content: string): Promise<void> {
  await checkOutputPath(path);
  await writeFileAtomic(path, content);
}
