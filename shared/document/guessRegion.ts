import { lineGuess, type LineGuess } from './detailGuess.ts';
import { compactLine, joinLines, type TextLine } from './documentLines.ts';
import { GENERIC_DISTRICTS, frequentPlaces, isPlaceName } from './frequentPlaces.ts';

/**
 * The place that gives the report. Reports name themselves in fixed formulas: 我代表X人民政府, the dateline
 * 在X第N届人民代表大会…上, the speaker's line X人民政府X长, the title X政府工作报告, X区委、区政府. A name in
 * such a formula is the region; the most frequent place name is only a fallback. A district named 郊区 or 城区
 * (shared by many cities) is given with its city.
 */
const HAN = String.raw`\p{Script=Han}`;
// Where a name may begin inside a joined text: after a non-Han character or a word that introduces it.
const START = String.raw`(?:(?<=^|[^${HAN}]|在|代表|是|于|由|向))`;
const FORMULAS: { code: string; pattern: RegExp }[] = [
  { code: 'delegate', pattern: new RegExp(String.raw`我代表(${HAN}{1,12}?)人民政府`, 'gu') },
  { code: 'dateline', pattern: new RegExp(String.raw`在(${HAN}{2,12}?)第?[一二三四五六七八九十百\d]+届人民代表大会`, 'gu') },
  { code: 'speaker', pattern: new RegExp(String.raw`${START}(${HAN}{2,12}?)人民政府(?:代|副)?[省市区县州旗盟]长`, 'gu') },
  { code: 'title', pattern: new RegExp(String.raw`^(?:(?:19|20)\d{2}年)?(${HAN}{2,12}?)(?:人民)?政府工作报告`, 'gu') },
  { code: 'partyAndGovernment', pattern: new RegExp(String.raw`${START}(${HAN}{2,10}?)([区县市旗])委[、，,]\2政府`, 'gu') },
];

// Words of a sentence, never inside a place name: a formula matched across a clause (区政府在市委、市政府).
const NOT_IN_NAME = /[在是的了与及对向到从为把将我们这那按照让要府委但而并则或]/;

/** Place names are counted in the first 200,000 characters: a report names itself early and often. */
const FREQUENCY_WINDOW = 200_000;

interface Hit {
  name: string;
  code: string;
  line: TextLine;
}

export function guessRegion(lines: readonly TextLine[], text: string): { region: string; guess: LineGuess } {
  const hits = formulaHits(lines);
  const ranked = frequentPlaces(text.slice(0, FREQUENCY_WINDOW));
  const named = hits.filter((h) => isPlaceName(h.name) && !NOT_IN_NAME.test(h.name));
  if (named.length > 0) {
    const votes = new Map<string, Hit[]>();
    for (const h of named) votes.set(h.name, [...(votes.get(h.name) ?? []), h]);
    const [name, support] = [...votes].sort((a, b) => kinds(b[1]) - kinds(a[1]) || b[1].length - a[1].length)[0]!;
    const rivals = [...votes.keys()].filter((n) => n !== name && !name.endsWith(n) && !n.endsWith(name));
    // Independent agreement: a formula naming only the level (我代表省人民政府), or the name being the most frequent.
    const levelAgrees = hits.some((h) => /^[省市区县旗州盟]$/.test(h.name) && name.endsWith(h.name));
    const mostFrequent = ranked[0]?.name === name;
    const sources = kinds(support) + (levelAgrees ? 1 : 0) + (mostFrequent ? 1 : 0);
    const sure = sources >= 2 && rivals.length === 0 && !GENERIC_DISTRICTS.has(name);
    const region = withCity(name, text);
    const code = rivals.length > 0 ? 'details.region.rivalNames' : sure ? 'details.region.formulas' : 'details.region.oneFormula';
    return { region, guess: lineGuess(sure ? 'sure' : 'unsure', code, { formulas: kinds(support), sources, rivals: rivals.join('、') }, support[0]!.line) };
  }
  // A formula naming only the level (我代表市人民政府) narrows the frequency fallback to that level.
  const level = hits.map((h) => h.name).find((n) => /^[省市区县旗州盟]$/.test(n)) ?? levelFromSelfReference(text);
  const best = ranked.find((r) => r.name.endsWith(level)) ?? ranked[0];
  if (!best) return { region: '', guess: lineGuess('unsure', 'details.region.none') };
  const line = lines.find((l) => l.text.includes(best.name));
  return { region: withCity(best.name, text), guess: lineGuess('unsure', 'details.region.frequent', { count: best.count }, line) };
}

function formulaHits(lines: readonly TextLine[]): Hit[] {
  const hits: Hit[] = [];
  const joined = joinLines(lines);
  for (const { code, pattern } of FORMULAS) {
    if (LINE_FORMULAS.has(code)) {
      // Formulas within one line: only lines holding their fixed words are searched (fast on long texts).
      const scope = code === 'title' ? lines.slice(0, 40) : lines.filter((l) => l.text.includes('政府'));
      for (const line of scope) {
        for (const m of compactLine(line.text).matchAll(pattern)) hits.push({ name: code === 'partyAndGovernment' ? m[1]! + m[2]! : m[1]!, code, line });
      }
      continue;
    }
    for (const m of joined.text.matchAll(pattern)) hits.push({ name: m[1]!, code, line: lines[joined.lineOf[m.index + m[0].length - 1]!]! });
  }
  return hits;
}

/** A page may break a dateline or a delegate sentence across lines; these three stand on one line. */
const LINE_FORMULAS = new Set(['speaker', 'title', 'partyAndGovernment']);

const kinds = (hits: readonly Hit[]) => new Set(hits.map((h) => h.code)).size;

/** The report's own level, from how it refers to itself (全市/我市 vs 全区/我区 vs 全县/我县). */
function levelFromSelfReference(text: string): string {
  const selfRefs = (ch: string) => ['全', '我', '本'].reduce((sum, p) => sum + (text.split(p + ch).length - 1), 0);
  return ['省', '市', '区', '县'].sort((a, b) => selfRefs(b) - selfRefs(a))[0]!;
}

/** 郊区 alone names no place: it is given with the city the report mentions most. */
function withCity(name: string, text: string): string {
  if (!GENERIC_DISTRICTS.has(name)) return name;
  const cities = new Map<string, number>();
  // 建设市场 is not 建设市: a name is not followed by a character that makes 市 the start of a word.
  for (const m of text.matchAll(new RegExp(String.raw`(${HAN}{2})市(?![场域值民级委长政属直])`, 'gu'))) {
    const stem = m[1]!;
    if (isPlaceName(stem + '市') && !/[全我本各该每城都上县区省]/.test(stem[0]!)) cities.set(stem, (cities.get(stem) ?? 0) + 1);
  }
  const best = [...cities].sort((a, b) => b[1] - a[1] || text.split(b[0]).length - text.split(a[0]).length)[0]?.[0];
  return best ? `${best}市${name}` : name;
}
