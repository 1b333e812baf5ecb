import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceTable } from '../../../shared/api/contract.ts';

/** The sample reports shipped under data/reports. */
export const SAMPLE_REPORTS_DIR = fileURLToPath(new URL('../../../data/reports/', import.meta.url));

/** True when the folder holds no project yet (first run). */
export async function isNewProject(dir: string): Promise<boolean> {
  return !(await stat(join(dir, 'project.json')).then(() => true, () => false));
}

/** Imports the sample reports into an empty project, so a first run opens onto real documents. */
export async function importSampleReports(services: ServiceTable, by: string, reportsDir = SAMPLE_REPORTS_DIR): Promise<void> {
  const names = (await readdir(reportsDir).catch(() => [] as string[])).filter((n) => n.endsWith('.txt')).sort();
  if (names.length === 0) return;
  await services['docs.importFiles']({ paths: names.map((n) => join(reportsDir, n)), by });
}
