import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { WorkbenchError } from '../../../shared/errors/workbenchError.ts';
import { checkDatasetShape } from '../../../shared/export/datasetSchema.ts';
import { verifyDataset, type SourceBytes, type VerifyReport } from '../../../shared/export/verifyDataset.ts';
import { sha256Hex } from '../project/sha256.ts';

/**
 * verify-export on files: reads dataset.json, checks its shape against the dataset schema (problems reported by
 * path, nothing else checked until the shape is right), then reads every file under the sources folders, finds
 * each source by its sha256 (or, failing that, by file name, so a tampered file is named as such), and runs
 * verifyDataset.
 */
export async function verifyExportFiles(datasetPath: string, sourcesDirs: readonly string[]): Promise<VerifyReport> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(datasetPath, 'utf8'));
  } catch (e) {
    throw new WorkbenchError('INVALID_INPUT', `cannot read ${datasetPath} as JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const shape = checkDatasetShape(parsed);
  if (!shape.ok) {
    return {
      ok: false, checked: { sources: 0, corrections: 0, records: 0, spans: 0 },
      problems: shape.problems.map((p) => ({ kind: 'format', id: p.path, message: p.message })),
    };
  }
  const dataset = shape.dataset;
  const files: string[] = [];
  for (const dir of sourcesDirs) files.push(...(await listFiles(dir)));
  const bySha = new Map<string, SourceBytes>();
  const byName = new Map<string, SourceBytes>();
  for (const path of files) {
    const bytes = await readFile(path);
    const entry = { bytes, sha256: sha256Hex(bytes), path };
    bySha.set(entry.sha256, entry);
    byName.set(path.slice(path.lastIndexOf('/') + 1), entry);
  }
  return verifyDataset(dataset, (src) => bySha.get(src.sha256) ?? byName.get(src.fileName) ?? null);
}

async function listFiles(dir: string, depth = 0): Promise<string[]> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new WorkbenchError('NOT_FOUND', `sources folder ${dir} does not exist`);
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isFile()) out.push(path);
    else if (entry.isDirectory() && depth < 3 && !entry.name.startsWith('.')) out.push(...(await listFiles(path, depth + 1)));
  }
  return out;
}
