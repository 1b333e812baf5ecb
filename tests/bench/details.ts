/**
 * Document-details bench: the title, region and years guessed at import against the truth of each corpus
 * report (place and reviews / plans from data/reports/SOURCES.md; the title is the report's own title line when
 * it names place and year, else 「<planned year>年<place>政府工作报告」). Also shows each guess's sureness, and a
 * leave-one-report-out view of the year weights (the only hand-set numbers): for each report, the weights
 * that do best on the other eleven, scored on the one left out.
 * Run: npx tsx tests/bench/details.ts
 */
import { documentLines } from '../../shared/document/documentLines.ts';
import { guessDetails } from '../../shared/document/guessMetadata.ts';
import { YEAR_WEIGHTS, guessYears, type YearWeights } from '../../shared/document/guessYears.ts';
import { loadCorpus } from '../helpers/corpus.ts';

interface Truth {
  title: string;
  region: string;
  reviewed: number[];
  planned: number[];
}

const TRUTH: Record<string, Truth> = {
  'fujian-2025.txt': { title: '2025年福建省政府工作报告', region: '福建省', reviewed: [2024], planned: [2025] },
  'gansu-2026.txt': { title: '2026年甘肃省政府工作报告', region: '甘肃省', reviewed: [2025], planned: [2026] },
  'guangdong-2026.txt': { title: '2026年广东省政府工作报告', region: '广东省', reviewed: [2025], planned: [2026] },
  'hailaer-2015.txt': { title: '2015年海拉尔区政府工作报告', region: '海拉尔区', reviewed: [2014], planned: [2015] },
  'hailaer-2017.txt': { title: '2017年海拉尔区政府工作报告', region: '海拉尔区', reviewed: [2016], planned: [2017] },
  'shanghai-2026.txt': { title: '2026年上海市政府工作报告', region: '上海市', reviewed: [2025], planned: [2026] },
  'shanxi-2026.txt': { title: '2026年山西省政府工作报告', region: '山西省', reviewed: [2025], planned: [2026] },
  'shunping-2024.txt': { title: '2024年顺平县政府工作报告', region: '顺平县', reviewed: [2023], planned: [2024] },
  'sichuan-2026.txt': { title: '2026年四川省人民政府工作报告', region: '四川省', reviewed: [2025], planned: [2026] },
  'taiyuan-xinghualing-2023.txt': { title: '2023年杏花岭区政府工作报告', region: '杏花岭区', reviewed: [2022], planned: [2023] },
  'yangquan-city-2024.txt': { title: '2024年阳泉市政府工作报告', region: '阳泉市', reviewed: [2023], planned: [2024] },
  'yangquan-jiaoqu-2023.txt': { title: '2023年阳泉市郊区政府工作报告', region: '阳泉市郊区', reviewed: [2022], planned: [2023] },
};

const same = (a: readonly number[], b: readonly number[]) => a.join(',') === b.join(',');
const mark = (ok: boolean) => (ok ? '✓' : '✗');

export async function benchDetails(): Promise<void> {
  const corpus = loadCorpus();
  let right = 0;
  const fieldRight = { title: 0, region: 0, reviewed: 0, planned: 0 };
  let unsure = 0;
  let unsureWrong = 0;
  let sureWrong = 0;
  const t0 = performance.now();
  for (const [name, text] of corpus) {
    const truth = TRUTH[name];
    if (!truth) throw new Error(`${name}: no truth row in tests/bench/details.ts`);
    const { meta, guesses } = guessDetails(text, name);
    const ok = {
      title: meta.title === truth.title, region: meta.region === truth.region,
      reviewed: same(meta.yearsReviewed, truth.reviewed), planned: same(meta.yearsPlanned, truth.planned),
    };
    for (const k of Object.keys(ok) as (keyof typeof ok)[]) fieldRight[k] += ok[k] ? 1 : 0;
    const all = Object.values(ok).every(Boolean);
    right += all ? 1 : 0;
    const pairs = [[guesses.title, ok.title], [guesses.region, ok.region], [guesses.yearsReviewed, ok.reviewed], [guesses.yearsPlanned, ok.planned]] as const;
    for (const [g, isRight] of pairs) {
      if (g.sureness === 'unsure') unsure++;
      if (g.sureness === 'unsure' && !isRight) unsureWrong++;
      if (g.sureness === 'sure' && !isRight) sureWrong++;
    }
    const sureness = pairs.map(([g]) => (g.sureness === 'sure' ? 's' : 'u')).join('');
    console.log(`${mark(all)} ${name.padEnd(30)} ${sureness}  ${mark(ok.title)} ${meta.title}${ok.title ? '' : ` (truth ${truth.title})`}`
      + `  ${mark(ok.region)} ${meta.region}${ok.region ? '' : ` (truth ${truth.region})`}`
      + `  ${mark(ok.reviewed)} reviews ${meta.yearsReviewed.join(',') || '-'}${ok.reviewed ? '' : ` (truth ${truth.reviewed.join(',')})`}`
      + `  ${mark(ok.planned)} plans ${meta.yearsPlanned.join(',') || '-'}${ok.planned ? '' : ` (truth ${truth.planned.join(',')})`}`);
  }
  const ms = (performance.now() - t0) / corpus.size;
  console.log(`details right on ${right}/${corpus.size} reports (title ${fieldRight.title}, region ${fieldRight.region}, reviewed ${fieldRight.reviewed}, planned ${fieldRight.planned}); ${ms.toFixed(1)} ms per report`);
  console.log(`sureness (t r y y = title region reviewed planned, s/u): ${unsure} unsure guesses (${unsureWrong} of them wrong); ${sureWrong} sure guesses wrong`);
  leaveOneOut(corpus);
  const big = [...corpus.values()].join('\n').repeat(Math.ceil(5_000_000 / [...corpus.values()].join('\n').length)).slice(0, 5_000_000);
  const t1 = performance.now();
  guessDetails(big, 'big.txt');
  console.log(`details of a 5 MB text (the corpus repeated): ${Math.round(performance.now() - t1)} ms`);
}

/** The years with each report left out: the weights chosen on eleven reports, scored on the twelfth. */
function leaveOneOut(corpus: Map<string, string>): void {
  const grid = weightGrid();
  const names = [...corpus.keys()];
  const lines = new Map(names.map((n) => [n, documentLines(corpus.get(n)!)]));
  // rightness[w][n]: whether weights w give both years right on report n.
  const rightness = grid.map((w) => names.map((n) => {
    const y = guessYears(lines.get(n)!, n, w);
    return same(y.yearsReviewed, TRUTH[n]!.reviewed) && same(y.yearsPlanned, TRUTH[n]!.planned);
  }));
  const defaultIndex = grid.findIndex((w) => JSON.stringify(w) === JSON.stringify(YEAR_WEIGHTS));
  let right = 0;
  names.forEach((_, out) => {
    const trainScore = (w: number) => rightness[w]!.filter((ok, n) => n !== out && ok).length;
    // Ties go to the shipped weights, then to the first in the grid.
    const best = grid.map((_, w) => w).sort((a, b) => trainScore(b) - trainScore(a) || Number(b === defaultIndex) - Number(a === defaultIndex))[0]!;
    right += rightness[best]![out] ? 1 : 0;
  });
  const shipped = rightness[defaultIndex]!.filter(Boolean).length;
  console.log(`years, leave-one-report-out over ${grid.length} weightings: ${right}/${names.length} right (shipped weights on all: ${shipped}/${names.length})`);
}

function weightGrid(): YearWeights[] {
  const grid: YearWeights[] = [YEAR_WEIGHTS];
  for (const heading of [1, 2, 3]) for (const dateline of [1, 2, 3]) for (const title of [1, 2]) for (const phrase of [0.5, 1]) for (const file of [0.5, 1.5]) {
    grid.push({ planHeading: heading, reviewHeading: 2, dateline, thisYear: dateline, titleYear: title, reviewPhrase: phrase, fileName: file });
  }
  return grid;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDetails();
