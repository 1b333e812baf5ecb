/**
 * Value guard bench: on the corpus's gold records (values a person read from the quote) the guard must accept
 * every one, and refuse the same records with a changed digit or a swapped unit; every suggestion the assistant
 * makes must pass it (an accepted suggestion goes through the same guard). Figures only: the behaviours are
 * tested on written sentences.
 */
import { DEFAULT_CODEBOOK } from '../../shared/codebook/index.ts';
import { guessMetadata } from '../../shared/document/guessMetadata.ts';
import { valueInEvidence, type StatedValue } from '../../shared/records/valueInEvidence.ts';
import { suggestRecords } from '../../shared/suggest/index.ts';
import { loadCorpus, loadGoldFile } from '../helpers/corpus.ts';

interface GoldIndicator extends StatedValue { doc: string; quote: string }

const UNIT_SWAPS: Record<string, string> = { 亿元: '万元', 万元: '亿元', '%': '个百分点', 个百分点: '%', 万人: '人', 万吨: '吨' };

export async function benchValueGuard(): Promise<void> {
  const gold = loadGoldFile<GoldIndicator>('indicators.jsonl');
  const accepted = gold.filter((g) => valueInEvidence(g, [g.quote]));
  console.log(`gold records accepted (value and unit found in their quote): ${accepted.length}/${gold.length}`);
  for (const g of gold.filter((x) => !accepted.includes(x))) console.log(`  refused: ${g.doc} ${g.value} ${g.unit} «${g.quote}»`);

  const digitChanged = gold.filter((g) => /\d$/.test(g.value)).map((g) => ({ ...g, value: g.value.slice(0, -1) + String((Number(g.value.at(-1)) + 1) % 10) }));
  const refusedDigit = digitChanged.filter((g) => !valueInEvidence(g, [g.quote]));
  console.log(`… last digit changed, refused: ${refusedDigit.length}/${digitChanged.length}`);
  const unitSwapped = gold.filter((g) => g.unit in UNIT_SWAPS).map((g) => ({ ...g, unit: UNIT_SWAPS[g.unit]! }));
  const refusedUnit = unitSwapped.filter((g) => !valueInEvidence(g, [g.quote]));
  console.log(`… unit swapped (亿元↔万元, %↔个百分点, 万人→人, 万吨→吨), refused: ${refusedUnit.length}/${unitSwapped.length}`);

  let suggestions = 0;
  let passing = 0;
  for (const [doc, text] of loadCorpus()) {
    for (const s of suggestRecords(text, guessMetadata(text, doc), DEFAULT_CODEBOOK)) {
      suggestions++;
      if (valueInEvidence(s, [text.slice(s.start, s.end)])) passing++;
      else console.log(`  suggestion refused: ${doc} ${s.value} ${s.unit} «${text.slice(s.start, s.end)}»`);
    }
  }
  console.log(`suggestions on the ${loadCorpus().size} reports that pass the guard: ${passing}/${suggestions}`);
}
