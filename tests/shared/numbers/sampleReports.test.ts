/**
 * findQuantities against the hand-checked gold indicators of the sample reports: for each gold entry
 * whose value is a plain number, its quote must yield a quantity with that value and unit, and the
 * quote must sit at the gold offset in the report. The gold file is a yardstick only.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findQualifier, findQuantities, isAmount, parseDecimal } from '../../../shared/numbers/index.ts';

const SHARED = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared');
const REPORTS_DIR = join(SHARED, 'reports');
const GOLD_FILE = join(SHARED, 'gold', 'indicators.jsonl');
const available = existsSync(REPORTS_DIR) && existsSync(GOLD_FILE);

interface GoldIndicator { doc: string; indicator: string; value: string; unit: string; qualifier: string; quote: string; start: number }

function loadGold(): GoldIndicator[] {
  return readFileSync(GOLD_FILE, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldIndicator);
}

describe.skipIf(!available)('findQuantities on the sample reports', () => {
  it('finds the gold value and unit in the quote of every plain-number gold indicator (≥ 95 %)', () => {
    const plain = loadGold().filter((g) => parseDecimal(g.value) !== null);
    const failures = plain.filter((g) => {
      const want = parseDecimal(g.value);
      return !findQuantities(g.quote).some((q) => q.value === want && q.unit === g.unit && isAmount(q));
    });
    const passed = plain.length - failures.length;
    console.log(`gold values found: ${passed}/${plain.length}`);
    for (const f of failures) console.log(`  missed ${f.value} ${f.unit} in ${f.doc}: ${f.quote}`);
    expect(plain.length).toBeGreaterThan(50);
    expect(passed / plain.length).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the same quantities at the gold offsets when scanning whole reports', () => {
    const gold = loadGold().filter((g) => parseDecimal(g.value) !== null);
    const byDoc = new Map<string, ReturnType<typeof findQuantities>>();
    let hits = 0;
    for (const g of gold) {
      const text = readFileSync(join(REPORTS_DIR, g.doc), 'utf8');
      expect(text.slice(g.start, g.start + g.quote.length), `${g.doc}@${g.start}`).toBe(g.quote);
      if (!byDoc.has(g.doc)) byDoc.set(g.doc, findQuantities(text));
      const inQuote = (byDoc.get(g.doc) ?? []).filter((q) => q.start >= g.start && q.end <= g.start + g.quote.length);
      if (inQuote.some((q) => q.value === parseDecimal(g.value) && q.unit === g.unit)) hits++;
    }
    console.log(`gold values found in whole-report scans: ${hits}/${gold.length}`);
    expect(hits / gold.length).toBeGreaterThanOrEqual(0.95);
  });

  it('reads the first indicators of the 阳泉市郊区 report with their units', () => {
    const text = readFileSync(join(REPORTS_DIR, 'yangquan-jiaoqu-2023.txt'), 'utf8');
    const amounts = findQuantities(text).filter(isAmount).slice(0, 8);
    expect(amounts.map((q) => [q.value, q.unit, q.valueNormalized, q.baseUnit])).toEqual([
      ['170', '亿元', '17000000000', 'yuan'],
      ['172.9', '亿元', '17290000000', 'yuan'],
      ['3.8', '%', '3.8', 'percent'],
      ['3.8', '%', '3.8', 'percent'],
      ['58.2', '亿元', '5820000000', 'yuan'],
      ['12.1', '%', '12.1', 'percent'],
      ['5.6', '亿元', '560000000', 'yuan'],
      ['26.9', '亿元', '2690000000', 'yuan'],
    ]);
  });

  it('flags every written year (2022 年, 2023年) in the reports, so callers can skip it', () => {
    let years = 0;
    for (const name of readdirSync(REPORTS_DIR).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(REPORTS_DIR, name), 'utf8');
      const found = findQuantities(text);
      for (const m of text.matchAll(/(?<![0-9])(19|20)[0-9]{2} ?年/g)) {
        const q = found.find((x) => x.start === m.index);
        expect(q?.isYear, `${name}@${m.index}: ${m[0]}`).toBe(true);
        years++;
      }
      for (const q of found.filter((x) => x.isYear)) expect(q.value ?? q.range?.low, q.text).toMatch(/^(19|20)[0-9]{2}$/);
    }
    expect(years).toBeGreaterThan(5);
  });

  it('finds the gold qualifier next to the quantity in most quotes (scope across clauses is the caller’s)', () => {
    const gold = loadGold().filter((g) => parseDecimal(g.value) !== null);
    const misses: string[] = [];
    for (const g of gold) {
      const q = findQuantities(g.quote).find((x) => x.value === parseDecimal(g.value) && x.unit === g.unit);
      if (!q) continue;
      const got = findQualifier(g.quote, q.start, q.end) ?? '';
      if (got !== g.qualifier) misses.push(`${g.quote} → got '${got}', gold '${g.qualifier}'`);
    }
    console.log(`gold qualifiers matched: ${gold.length - misses.length}/${gold.length}`);
    for (const m of misses) console.log(`  ${m}`);
    expect((gold.length - misses.length) / gold.length).toBeGreaterThanOrEqual(0.9);
  });
});
