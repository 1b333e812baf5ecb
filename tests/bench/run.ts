/**
 * `npm run bench`: every benchmark, printing figures. Speed and accuracy targets live here, never in timed tests.
 * `npm run bench -- defects suggestions` runs only the suites whose file name starts with one of the words.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));
const suites: [string, string, string][] = [
  ['cliStart.ts', 'benchCliStart', 'CLI start-up'],
  ['core.ts', 'benchCore', 'core'],
  ['saves.ts', 'benchSaves', 'saves: the audit log as write-ahead log'],
  ['requests.ts', 'benchRequests', 'main-process work per request around a save and a correction'],
  ['reimport.ts', 'benchReimport', 're-import of a changed source'],
  ['workers.ts', 'benchWorkers', 'worker threads: work off the request path'],
  ['numbers.ts', 'benchNumbers', 'number reading vs gold'],
  ['defects.ts', 'benchDefects', 'defect detectors vs gold'],
  ['details.ts', 'benchDetails', 'document details vs truth'],
  ['suggestions.ts', 'benchSuggestions', 'suggestions vs gold'],
  ['valueGuard.ts', 'benchValueGuard', 'value guard on gold and suggestions'],
  ['learning.ts', 'benchLearning', 'the assistant learning from a reviewed report'],
  ['bigText.ts', 'benchBigText', 'the CLI on a 50 MB, 1,000,000-line report'],
  ['ui.ts', 'benchUi', 'workbench UI in browser mode'],
];
const only = process.argv.slice(2);
for (const [file, fn, label] of suites) {
  if (!existsSync(here(file)) || (only.length > 0 && !only.some((word) => file.startsWith(word)))) continue;
  console.log(`\n=== ${label} ===`);
  const mod = (await import(here(file))) as Record<string, () => Promise<void>>;
  await mod[fn]!();
}
