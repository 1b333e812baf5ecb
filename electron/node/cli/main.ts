import { readFile } from 'node:fs/promises';
import { codebookToJson } from '../../../shared/codebook/index.ts';
import { parseArgs } from 'node:util';
import type { ApiInput, ApiMethod, ApiOutput, ServiceTable } from '../../../shared/api/contract.ts';
import { serializeError, isWorkbenchError } from '../../../shared/errors/workbenchError.ts';
import { openProjectSession, type ProjectSession } from '../project/projectSession.ts';
import { callService } from '../services/callService.ts';
import { createServices } from '../services/createServices.ts';
import { UsageError } from './cliError.ts';
import { withProgress } from './cliProgress.ts';
import { draftYearChanges } from '../../../shared/document/draftYearChanges.ts';
import { formatChecksPage, formatCorrection, formatDocs, formatDraftYears, formatFinding, formatImport, formatRecord, formatSuggestion } from './format.ts';
import { printList } from './printList.ts';
import { dropOutputWhenReaderCloses } from './closedStdout.ts';
import { checkOutputPath, writeOutputFile } from './outputFile.ts';
import { verifyExportFiles } from './verifyExportFiles.ts';
import { writeExport } from '../export/writeExport.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/export/exportFormat.ts';
import { rawCodePoint, type RawCodePoint } from '../../../shared/text/offsets.ts';

/**
 * The headless face of the service table, for pipelines. Offsets on the command line and in output are
 * Unicode code points into the raw text. --json prints one JSON value on stdout; errors go to stderr
 * with a non-zero exit and no stack trace.
 */
const USAGE = `usage: indicator-workbench <command> [options]   (offsets are Unicode code points)
  import <project> <file>...                     import .txt/.md reports (creates the project)
  docs <project>                                 list documents
  text <project> <docId> [--corrected]           print the raw (or corrected) text exactly
  meta <project> <docId> [--title T] [--region R] [--reviewed Y,Y] [--planned Y] [--confirm] [--update-drafts] --by NAME
                                                 correct or confirm the guessed details; --update-drafts moves
                                                 drafts carrying the old years to the new ones (one undo step)
  record add <project> <docId> --start S --end E --indicator I --value V --unit U
             [--kind actual|target] [--year Y] [--measure level|growth|rate|count|share]
             [--qualifier Q] [--region R] [--note N] [--verify] [--value-differs REASON] --by NAME
  record edit <project> <recordId> [--indicator I] [--value V] [--unit U] [--kind K] [--year Y] [--measure M]
             [--qualifier Q] [--region R] [--note N] [--start S --end E] [--value-differs REASON] --by NAME
  record verify|reject|reopen <project> <recordId> [--value-differs REASON] --by NAME
                                                 a value its quote does not state is refused unless
                                                 --value-differs gives the reason
  records <project> [<docId>]                    list records
  correct <project> <docId> --start S --end E --replace TEXT [--kind K] [--reason R] --by NAME
  corrections <project> <docId>                  list corrections
  revert <project> <correctionId> --by NAME      revert one correction
  undo|redo <project> <docId> --by NAME          undo / redo the last action on a document
  replace-source <project> <docId> <file> --by NAME   a better copy becomes the new version
  reanchor <project> <docId>                     records waiting to be re-anchored, with candidates
  reanchor resolve <project> <docId> <recordId> --start S --end E --by NAME | reanchor discard … --by NAME
  defects <project> <docId>                      text defects with proposed repairs (raw code points)
  suggest <project> <docId>                      suggested records (evidence in code points, confidence)
  check <project> [--all] [--offset N --limit N] consistency checks across the project (--all: with dismissed ones; 200 a page)
  check dismiss|restore <project> <findingId> --by NAME
  codebook export <project> --out PATH | codebook import <project> <file> --by NAME
  codebook synonym <project> <phrase> --indicator NAME --by NAME   (the phrase becomes a synonym of the indicator)
  export <project> --format json|csv|jsonld|datapackage|xlsx --out PATH [--all]
                                                 (datapackage: a folder, or a zip when PATH ends in .zip)
  verify-export <dataset.json> --sources DIR [--sources DIR …]
                                                 check the file's shape, then re-check it against the sources
options: --json (machine-readable output), --help`;

const OPTIONS = {
  json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, corrected: { type: 'boolean' },
  all: { type: 'boolean' }, verify: { type: 'boolean' }, confirm: { type: 'boolean' }, 'update-drafts': { type: 'boolean' },
  start: { type: 'string' }, end: { type: 'string' }, indicator: { type: 'string' }, value: { type: 'string' },
  unit: { type: 'string' }, kind: { type: 'string' }, year: { type: 'string' }, measure: { type: 'string' },
  qualifier: { type: 'string' }, region: { type: 'string' }, note: { type: 'string' }, by: { type: 'string' },
  replace: { type: 'string' }, reason: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' },
  offset: { type: 'string' }, limit: { type: 'string' }, sources: { type: 'string', multiple: true }, 'value-differs': { type: 'string' }, title: { type: 'string' }, reviewed: { type: 'string' }, planned: { type: 'string' },
} as const;

type Values = ReturnType<typeof parse>['values'];

/** The record fields `record edit` takes, each an option of the same name. */
const EDITABLE_FIELDS = ['indicator', 'value', 'unit', 'kind', 'year', 'measure', 'qualifier', 'region', 'note'] as const;

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help || positionals.length === 0) {
    process.stdout.write(USAGE + '\n');
    return positionals.length === 0 && !values.help ? 2 : 0;
  }
  const [command, ...args] = positionals;
  const print = (json: unknown, human: string) => process.stdout.write(values.json ? JSON.stringify(json, null, 2) + '\n' : human + (human.endsWith('\n') ? '' : '\n'));

  if (command === 'verify-export') {
    const [datasetPath] = need(args, 1, 'verify-export <dataset.json> --sources DIR [--sources DIR …]');
    if (!values.sources?.length) throw new UsageError('--sources is required');
    const report = await verifyExportFiles(datasetPath!, values.sources);
    const { sources, corrections, records, spans } = report.checked;
    print(report, [
      `${report.ok ? 'OK' : 'FAILED'}: checked ${sources} sources, ${corrections} corrections, ${records} records (${spans} evidence spans)`,
      ...report.problems.map((p) => `  ${p.kind} ${p.id}: ${p.message}`),
    ].join('\n'));
    return report.ok ? 0 : 1;
  }

  // `record <sub> <project> …`: the subcommand comes before the project.
  const sub = command === 'record' || command === 'codebook' || (command === 'reanchor' && (args[0] === 'resolve' || args[0] === 'discard')) || (command === 'check' && (args[0] === 'dismiss' || args[0] === 'restore')) ? args.shift() : undefined;
  const [projectDir, ...rest] = args;
  if (sub !== undefined) rest.unshift(sub);
  if (!projectDir) throw new UsageError(`${command}: the project folder is missing`);
  const session = await openProjectSession(projectDir, { create: command === 'import', owner: `cli ${command}` });
  try {
    const services = createServices(session);
    // Long calls show their progress on stderr when it is a terminal.
    const call = withProgress(<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => callService(services, method, input), process.stderr);
    return await run(command!, rest, values, call, print, session, services);
  } finally {
    for (const reason of await session.readOnlyReasons()) process.stderr.write(`warning: ${reason}\n`);
    await session.close();
  }
}

type Call = <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;

async function run(
  command: string, args: string[], values: Values, call: Call,
  print: (json: unknown, human: string) => void, session: ProjectSession, _services: ServiceTable,
): Promise<number> {
  switch (command) {
    case 'import': {
      if (args.length === 0) throw new UsageError('import: name at least one file');
      const report = await call('docs.importFiles', { paths: args, by: by(values) });
      print(report, formatImport(report));
      return report.failed.length > 0 ? 1 : 0;
    }
    case 'docs': {
      const docs = await call('docs.list', {});
      print(docs, formatDocs(docs));
      return 0;
    }
    case 'text': {
      const [docId] = need(args, 1, 'text <project> <docId>');
      const text = await call('docs.text', { docId: docId!, view: values.corrected ? 'corrected' : 'raw' });
      if (values.json) print(text, '');
      else process.stdout.write(text.text);
      return 0;
    }
    case 'meta': {
      const [docId] = need(args, 1, 'meta <project> <docId> [--title T] [--region R] [--reviewed Y,Y] [--planned Y] [--confirm] [--update-drafts]');
      const before = await call('docs.get', { docId: docId! });
      const doc = await call('docs.updateMeta', {
        docId: docId!, by: by(values), confirmDetails: values.confirm ?? false,
        ...(values.title !== undefined ? { title: values.title } : {}),
        ...(values.region !== undefined ? { region: values.region } : {}),
        ...(values.reviewed !== undefined ? { yearsReviewed: years(values.reviewed, 'reviewed') } : {}),
        ...(values.planned !== undefined ? { yearsPlanned: years(values.planned, 'planned') } : {}),
      });
      const changes = draftYearChanges(before, doc);
      const drafts = changes.length > 0
        ? await call('records.updateDraftYears', { docId: docId!, changes, by: by(values), dryRun: !values['update-drafts'] })
        : { recordIds: [], applied: false };
      print({ ...doc, drafts }, formatDocs([doc]) + formatDraftYears(drafts));
      return 0;
    }
    case 'record': {
      const [sub, target] = need(args, 2, 'record add|edit|verify|reject|reopen <project> <id>');
      const valueDiffers = values['value-differs'] !== undefined ? { valueDiffers: values['value-differs'] } : {};
      if (sub === 'add') {
        const doc = await call('docs.get', { docId: target! });
        const kind = (values.kind ?? 'actual') as 'actual' | 'target';
        const defaultYear = (kind === 'target' ? doc.yearsPlanned[0] : doc.yearsReviewed.at(-1)) ?? null;
        const record = await call('records.add', {
          docId: target!,
          evidence: [{ start: rawOffset(values, 'start'), end: rawOffset(values, 'end') }],
          fields: {
            indicator: required(values, 'indicator'), value: writtenValue(values), unit: values.unit ?? '',
            kind, measure: (values.measure ?? 'level') as 'level', qualifier: values.qualifier ?? '',
            region: values.region ?? doc.region, year: values.year !== undefined ? int(values, 'year') : defaultYear, note: values.note ?? '',
          },
          by: by(values), verify: values.verify ?? false, ...valueDiffers,
        });
        print(record, formatRecord(record));
        return 0;
      }
      if (sub === 'edit') {
        const fieldValue = (f: (typeof EDITABLE_FIELDS)[number]) => (f === 'year' ? int(values, 'year') : f === 'value' ? writtenValue(values) : values[f]);
        const fields = Object.fromEntries(EDITABLE_FIELDS.filter((f) => values[f] !== undefined).map((f) => [f, fieldValue(f)]));
        const moved = values.start !== undefined || values.end !== undefined ? { evidence: [{ start: rawOffset(values, 'start'), end: rawOffset(values, 'end') }] } : {};
        const record = await call('records.update', { recordId: target!, fields, ...moved, by: by(values), ...valueDiffers });
        print(record, formatRecord(record));
        return 0;
      }
      const status = ({ verify: 'verified', reject: 'rejected', reopen: 'draft' } as const)[sub as 'verify'];
      if (!status) throw new UsageError(`record ${sub}: unknown; use add, edit, verify, reject or reopen`);
      const record = await call('records.setStatus', { recordId: target!, status, by: by(values), ...valueDiffers });
      print(record, formatRecord(record));
      return 0;
    }
    case 'records': {
      const records = await call('records.list', args[0] ? { docId: args[0] } : {});
      await printList(records, values.json ?? false, formatRecord, '(no records)');
      return 0;
    }
    case 'correct': {
      const [docId] = need(args, 1, 'correct <project> <docId> --start S --end E --replace TEXT');
      if (values.replace === undefined) throw new UsageError('correct: --replace TEXT is required (use --replace "" to delete)');
      const c = await call('corrections.add', {
        docId: docId!, start: rawOffset(values, 'start'), end: rawOffset(values, 'end'), replace: values.replace,
        kind: (values.kind ?? 'edit') as 'edit', reason: values.reason ?? '', by: by(values),
      });
      print(c, formatCorrection(c));
      return 0;
    }
    case 'corrections': {
      const [docId] = need(args, 1, 'corrections <project> <docId>');
      const list = await call('corrections.list', { docId: docId! });
      await printList(list, values.json ?? false, (c) => formatCorrection(c), '(no corrections)');
      return 0;
    }
    case 'revert': {
      const [id] = need(args, 1, 'revert <project> <correctionId>');
      const c = await call('corrections.revert', { correctionId: id!, by: by(values) });
      print(c, formatCorrection(c));
      return 0;
    }
    case 'undo':
    case 'redo': {
      const [docId] = need(args, 1, `${command} <project> <docId>`);
      const h = await call(command === 'undo' ? 'history.undo' : 'history.redo', { docId: docId!, by: by(values) });
      print(h, `${command} done; next undo: ${h.undoSummary ?? '(none)'}; next redo: ${h.redoSummary ?? '(none)'}`);
      return 0;
    }
    case 'replace-source': {
      const [docId, file] = need(args, 2, 'replace-source <project> <docId> <file>');
      const r = await call('docs.replaceSourceFile', { docId: docId!, path: file!, by: by(values) });
      print(r, [`replaced the source of ${r.docId}: ${r.keptRecords} records carried over exactly, ${r.keptCorrections} corrections kept`,
        ...r.droppedCorrections.map((d) => `  correction ${d.id} dropped: ${d.reason}`),
        ...r.queued.map((q) => `  record ${q.recordId} (${q.indicator} ${q.value}${q.unit}) to re-anchor${q.spans.some((s) => s.ambiguous) ? ' (ambiguous)' : ''}`)].join('\n'));
      return 0;
    }
    case 'reanchor': {
      if (args[0] === 'resolve' || args[0] === 'discard') {
        const [action, docId, recordId] = need(args, 3, `reanchor ${args[0]} <project> <docId> <recordId>`);
        const r = action === 'resolve'
          ? await call('reanchor.resolve', { docId: docId!, recordId: recordId!, evidence: [{ start: rawOffset(values, 'start'), end: rawOffset(values, 'end') }], by: by(values) })
          : await call('reanchor.discard', { docId: docId!, recordId: recordId!, by: by(values) });
        print(r, `${r.recordId}: ${r.status}`);
        return 0;
      }
      const [docId] = need(args, 1, 'reanchor <project> <docId>');
      const list = await call('reanchor.list', { docId: docId! });
      print(list, list.length ? list.map((q) => [`${q.recordId}  ${q.indicator} ${q.value}${q.unit}  (was ${q.status})`,
        ...q.spans.flatMap((s) => [`  “${s.previousQuote}”${s.ambiguous ? '  AMBIGUOUS' : ''}`, ...s.candidates.map((c, i) => `    ${i + 1}. ${c.start}-${c.end} “${c.quote}” score ${c.score}`)])].join('\n')).join('\n') : '(nothing to re-anchor)');
      return 0;
    }
    case 'defects': {
      const [docId] = need(args, 1, 'defects <project> <docId>');
      const list = await call('defects.list', { docId: docId! });
      await printList(list, values.json ?? false, formatFinding, '(no defects found)');
      return 0;
    }
    case 'suggest': {
      const [docId] = need(args, 1, 'suggest <project> <docId>');
      const list = await call('suggestions.list', { docId: docId! });
      await printList(list, values.json ?? false, formatSuggestion, '(no suggestions)');
      return 0;
    }
    case 'check': {
      if (args[0] === 'dismiss' || args[0] === 'restore') {
        const r = await call('checks.dismiss', { findingId: need(args, 2, 'check dismiss|restore <project> <findingId>')[1]!, dismissed: args[0] === 'dismiss', by: by(values) });
        print(r, `${r.findingId}: ${r.dismissed ? 'dismissed' : 'restored'}`);
        return 0;
      }
      const page = await call('checks.list', {
        includeDismissed: values.all ?? false,
        ...(values.offset !== undefined ? { offset: int(values, 'offset') } : {}), ...(values.limit !== undefined ? { limit: int(values, 'limit') } : {}),
      });
      print(page, formatChecksPage(page));
      return 0;
    }
    case 'codebook': {
      const [sub2, file] = args;
      if (sub2 === 'export') {
        const out = required(values, 'out');
        await checkOutputPath(out);
        const book = await call('codebook.get', {});
        await writeOutputFile(out, codebookToJson(book));
        print({ out, entries: book.length }, `wrote ${book.length} codebook entries to ${out}`);
        return 0;
      }
      if (sub2 === 'import' && file) {
        const book = await call('codebook.set', { json: await readFile(file, 'utf8'), by: by(values) });
        print({ entries: book.length }, `the project codebook now has ${book.length} entries`);
        return 0;
      }
      if (sub2 === 'synonym' && file) {
        const result = await call('codebook.addSynonym', { phrase: file, indicator: required(values, 'indicator'), by: by(values) });
        print(result, result.added ? `"${file}" is now a synonym of ${values.indicator}` : `nothing added: "${file}" is already a term, or ${values.indicator} is not in the codebook`);
        return 0;
      }
      throw new UsageError('usage: codebook export <project> --out PATH | codebook import <project> <file> | codebook synonym <project> <phrase> --indicator NAME');
    }
    case 'export': {
      const format = values.format ?? 'json';
      if (!isExportFormat(format)) throw new UsageError(`export: --format is one of ${EXPORT_FORMATS.join(', ')}`);
      const out = required(values, 'out');
      // A data package not named *.zip is a folder, made or filled by writeExport.
      if (format !== 'datapackage' || out.toLowerCase().endsWith('.zip')) await checkOutputPath(out);
      const result = await call('export.dataset', { format, all: values.all ?? false });
      const files = await writeExport(result, out);
      print({ out, format, recordCount: result.recordCount, files }, `wrote ${result.recordCount} records to ${out}${files.length > 1 ? ` (${files.length} files)` : ''}`);
      return 0;
    }
    default:
      void session;
      throw new UsageError(`unknown command "${command}"`);
  }
}

function isExportFormat(format: string): format is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(format);
}

function need(args: string[], n: number, usage: string): string[] {
  if (args.length < n) throw new UsageError(`usage: ${usage}`);
  return args;
}

function required(values: Values, name: keyof Values): string {
  const v = values[name];
  if (typeof v !== 'string' || v === '') throw new UsageError(`--${name} is required`);
  return v;
}

/** --start / --end: code points into the raw text, as the API counts them (the CLI's one offset edge). */
function rawOffset(values: Values, name: 'start' | 'end'): RawCodePoint {
  return rawCodePoint(int(values, name));
}

function int(values: Values, name: keyof Values): number {
  const raw = required(values, name);
  if (!/^\d+$/.test(raw)) throw new UsageError(`--${name} must be a whole number (got "${raw}")`);
  return Number(raw);
}

/** A value as the report writes it (172.9, 3.5万, 一百二十): never a float's NaN, Infinity or exponent form. */
function writtenValue(values: Values): string {
  const raw = required(values, 'value').trim();
  if (/^[+-]?(nan|inf(inity)?)$/i.test(raw) || /\d\s*e\s*[+-]?\d/i.test(raw)) {
    throw new UsageError(`--value must be a number as the report writes it, such as 172.9 or 3.5万 (got "${raw}")`);
  }
  return raw;
}

function years(list: string, name: string): number[] {
  const parts = list.split(/[,\s]+/).filter(Boolean);
  if (!parts.every((y) => /^\d{4}$/.test(y))) throw new UsageError(`--${name} takes years such as 2022,2023 (got "${list}")`);
  return parts.map(Number);
}

function by(values: Values): string {
  const name = values.by ?? process.env.WORKBENCH_USER;
  if (!name) throw new UsageError('--by NAME is required (or set WORKBENCH_USER)');
  return name;
}

/** Runs the CLI: errors become one line on stderr and an exit code, never a stack trace. */
export async function runCli(argv: string[]): Promise<void> {
  dropOutputWhenReaderCloses(process.stdout);
  process.exitCode = await cliExitCode(argv);
}

/** The CLI run in this process (tests drive it so, without a child process): its exit code. */
export async function cliExitCode(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (e) {
    const s = serializeError(e);
    process.stderr.write(`error: ${s.message}\n`);
    if (e instanceof UsageError) process.stderr.write(`run with --help for usage\n`);
    return e instanceof UsageError ? 2 : isWorkbenchError(e) ? 1 : 70;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/cli/main.ts')) {
  void runCli(process.argv.slice(2));
}
