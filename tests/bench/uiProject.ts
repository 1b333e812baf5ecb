/**
 * The projects the UI bench opens: a report of a given size carrying records whose evidence is a sentence stating
 * their value, either distinct statements (200 indicators × 100 values each: the consistency checks' worst case
 * for conflicts) or one statement recorded again and again (their worst case for duplicates).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeEvidence } from '../../shared/anchor/evidence.ts';
import { normalizeValue } from '../../shared/numbers/index.ts';
import type { IndicatorRecord } from '../../shared/records/indicatorRecord.ts';
import { splitsSurrogatePair } from '../../shared/text/codePoints.ts';
import { rawUtf16 } from '../../shared/text/offsets.ts';
import { openProjectSession } from '../../electron/node/project/projectSession.ts';
import { callService } from '../../electron/node/services/callService.ts';
import { createServices } from '../../electron/node/services/createServices.ts';
import { syntheticReport } from './core.ts';

export interface UiCase {
  label: string;
  bytes: number;
  records: number;
  statements: 'distinct' | 'identical';
}

export const DOC_ID = 'bench-report';
const STATUSES = ['draft', 'verified', 'needs_review', 'rejected'] as const;

/** The statement of record i: its indicator, value and the sentence the report says it in. */
function statement(i: number, kind: UiCase['statements']) {
  if (kind === 'identical') return { indicator: '地区生产总值', value: '172.9', sentence: '全年地区生产总值达到172.9亿元' };
  const indicator = `监测指标${i % 200}`;
  const value = `${100 + Math.floor(i / 200)}.${i % 10}`;
  return { indicator, value, sentence: `${indicator}达到${value}亿元` };
}

/** Writes the report, imports it into a new project at `dir`/project and adds the records; returns the project folder. */
export async function buildUiProject(dir: string, c: UiCase): Promise<string> {
  const base = await syntheticReport(c.bytes);
  const parts: string[] = [];
  const spans: { start: number; end: number; i: number }[] = [];
  const step = Math.floor(base.length / Math.max(1, c.records));
  let at = 0;
  let length = 0;
  for (let i = 0; i < c.records; i++) {
    let cut = Math.min(base.length, at + step);
    if (splitsSurrogatePair(base, cut)) cut++;
    parts.push(base.slice(at, cut), '\n');
    length += cut - at + 1;
    at = cut;
    const { sentence } = statement(i, c.statements);
    spans.push({ start: length, end: length + sentence.length, i });
    parts.push(sentence, '。\n');
    length += sentence.length + 2;
  }
  parts.push(base.slice(at));
  const text = parts.join('');

  const file = join(dir, `${DOC_ID}.txt`);
  await writeFile(file, text);
  const project = join(dir, 'project');
  const session = await openProjectSession(project, { create: true, owner: 'bench setup' });
  await callService(createServices(session), 'docs.importFiles', { paths: [file], by: 'bench' });
  const doc = await session.document(DOC_ID);
  for (const { start, end, i } of spans) {
    const { indicator, value } = statement(i, c.statements);
    const normalized = normalizeValue(value, '亿元');
    const evidence = [makeEvidence(text, rawUtf16(start), rawUtf16(end))];
    const r: IndicatorRecord = {
      id: `r_bench${i}`, docId: DOC_ID, indicator, region: '', year: 2023, kind: 'actual', measure: 'level',
      value, unit: '亿元', valueNormalized: normalized?.valueNormalized ?? null, baseUnit: normalized?.baseUnit ?? null, qualifier: '', note: '',
      status: STATUSES[i % 4]!, createdBy: 'bench', createdAt: '2026-01-01T00:00:00.000Z', verifiedBy: null, verifiedAt: null,
      evidence, reviewedText: [evidence[0]!.quote],
    };
    doc.db.data.records[r.id] = r;
  }
  await doc.db.write();
  await session.close();
  return project;
}
