/**
 * Number-reading bench: how many gold values (and qualifiers) findQuantities reads from the gold quotes and from
 * whole-report scans of the corpus. Figures only; the behaviours are tested on written sentences.
 */
import { findQualifier, findQuantities, parseDecimal } from '../../shared/numbers/index.ts';
import { loadCorpus, loadGoldFile } from '../helpers/corpus.ts';

interface GoldIndicator { doc: string; value: string; unit: string; qualifier: string; quote: string; start: number }

export async function benchNumbers(): Promise<void> {
  const corpus = loadCorpus();
  const gold = loadGoldFile<GoldIndicator>('indicators.jsonl').filter((g) => parseDecimal(g.value) !== null);
  const inQuote = gold.filter((g) => findQuantities(g.quote).some((q) => q.value === parseDecimal(g.value) && q.unit === g.unit));
  const scans = new Map([...corpus].map(([doc, text]) => [doc, findQuantities(text)]));
  const inScan = gold.filter((g) => (scans.get(g.doc) ?? []).some((q) => q.start >= g.start && q.end <= g.start + g.quote.length
    && q.value === parseDecimal(g.value) && q.unit === g.unit));
  const qualifiers = inQuote.filter((g) => {
    const q = findQuantities(g.quote).find((x) => x.value === parseDecimal(g.value) && x.unit === g.unit)!;
    return (findQualifier(g.quote, q.start, q.end) ?? '') === g.qualifier;
  });
  console.log(`plain-number gold values read from their quote: ${inQuote.length}/${gold.length}`);
  console.log(`… and from whole-report scans at the gold offsets: ${inScan.length}/${gold.length}`);
  console.log(`gold qualifiers read next to the value: ${qualifiers.length}/${inQuote.length}`);
  for (const g of gold.filter((x) => !inQuote.includes(x))) console.log(`  value missed: ${g.doc} ${g.value}${g.unit} «${g.quote}»`);
}
