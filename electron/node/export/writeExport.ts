import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { ExportResult } from '../../../shared/api/views.ts';
import { writeFileAtomic } from '../store/atomicWrite.ts';

/**
 * Writes an export where the CLI or the save dialog says: one file, replaced atomically (temp + rename), or,
 * for a data package whose path does not end in .zip, a folder holding datapackage.json and its CSV files,
 * each written atomically.
 */
export async function writeExport(result: ExportResult, path: string): Promise<string[]> {
  const bytes = result.encoding === 'base64' ? Buffer.from(result.content, 'base64') : Buffer.from(result.content, 'utf8');
  if (result.format !== 'datapackage' || path.toLowerCase().endsWith('.zip')) {
    await writeFileAtomic(path, bytes);
    return [path];
  }
  await mkdir(path, { recursive: true });
  const written: string[] = [];
  for (const [name, content] of Object.entries(unzipSync(bytes))) {
    const target = join(path, name);
    await writeFileAtomic(target, content);
    written.push(target);
  }
  return written;
}
