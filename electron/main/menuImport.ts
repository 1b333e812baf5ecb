import type { ServiceTable } from '../../shared/api/contract.ts';
import { WorkbenchError } from '../../shared/errors/workbenchError.ts';
import { callService } from '../node/services/callService.ts';
import type { Labels } from './labels.ts';

/**
 * File → Import reports… once the files are chosen: imported in the name of the reviewer the window's settings
 * hold, as every other change is, never the operating system's account. Without a name yet, nothing is imported
 * and the reviewer is told to give one. (No Electron here: tested with the real services.)
 */
export async function importAsReviewer(
  services: Pick<ServiceTable, 'docs.importFiles' | 'settings.get'>, paths: string[], labels: Labels,
): Promise<string> {
  const { reviewer } = await callService(services, 'settings.get', {});
  if (!reviewer) throw new WorkbenchError('INVALID_INPUT', labels.reviewerNeeded);
  const report = await callService(services, 'docs.importFiles', { paths, by: reviewer });
  return [
    labels.imported(report.imported.length, report.duplicates.length, report.failed.length),
    ...report.failed.map((f) => `• ${f.fileName}: ${f.reasonCode ? labels.reason(f.reasonCode) : f.reason}`),
  ].join('\n');
}
