import type { EditableMeta } from './documentMeta.ts';

/**
 * First guesses at a document's title, region and years, for the reviewer to confirm or edit.
 * Heuristics only; nothing here is specific to particular reports.
 */
export function guessMetadata(text: string, fileName: string): EditableMeta {
  const { yearsReviewed, yearsPlanned } = guessYears(text, fileName);
  return { title: guessTitle(text, fileName), region: guessRegion(text), yearsReviewed, yearsPlanned };
}

const HEADING_MARKUP = /^[#*\s>\-●•]+|[*#\s]+$/g;

export function guessTitle(text: string, fileName: string): string {
  const lines = text.split(/\r\n|\r|\n/).slice(0, 40).map((l) => l.replace(HEADING_MARKUP, '').trim()).filter(Boolean);
  // A speech that opens with a salutation (各位代表：) carries no title of its own.
  if (lines[0] && /[：:]$/.test(lines[0])) return fileName.replace(/\.[^.]+$/, '');
  // Heading-like: short, no sentence punctuation inside, not a numbered section heading such as 一、
  const heading = lines.find(
    (l) => l.length >= 4 && l.length <= 40 && !/[。；，,;！？]/.test(l) && !/^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、])/.test(l),
  );
  if (heading) return heading;
  return fileName.replace(/\.[^.]+$/, '');
}

const ADMIN_SUFFIX = /[省市区县旗州盟]/;
// Words ending in an administrative character that are not place names.
const GENERIC = new Set([
  '全省', '全市', '全区', '全县', '我省', '我市', '我区', '我县', '本市', '本区', '城市', '地区', '社区', '园区', '小区',
  '市区', '城区', '景区', '新区', '矿区', '山区', '校区', '片区', '街区', '辖区', '郊县', '各区', '各县', '各市', '省市',
  '湾区', '都市', '城区', '县城', '试验区', '示范区', '开发区', '集聚区', '棚户区', '沉陷区', '功能区', '保护区', '先行区', '高新区', '自贸区',
]);

const NOT_A_NAME_END = /[场域值民级]/;
// Characters that begin phrases, not place names (等市, 在全区, 和县 …).
const FUNCTION_CHARS = /[等和与及在是的了对向到从为把将各全我本该其每省市区县个年月日一二三四五六七八九十]/;

/**
 * The region a report speaks for: the most frequent place name, found without a dictionary by taking, for
 * each name ending in 省/市/区/县…, the longest left extension that stays about as frequent as the name.
 * A district is prefixed with the city it belongs to when the report names that city too.
 */
export function guessRegion(text: string): string {
  const counts = new Map<string, number>();
  const han = /\p{Script=Han}/u;
  for (let i = 0; i < text.length; i++) {
    // 市场, 区域, 县域 … are words, not the end of a place name.
    if (!ADMIN_SUFFIX.test(text[i]!) || NOT_A_NAME_END.test(text[i + 1] ?? '')) continue;
    for (let len = 2; len <= 6; len++) {
      const start = i - len + 1;
      if (start < 0) break;
      const s = text.slice(start, i + 1);
      if (![...s].every((ch) => han.test(ch))) break;
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  }
  const names: { name: string; count: number }[] = [];
  for (const [s, n] of counts) {
    if (n < 2 || FUNCTION_CHARS.test(s[0]!) || [...GENERIC].some((g) => s.endsWith(g))) continue;
    // A name's left boundary: extending by one more character loses most occurrences.
    const longestExtension = Math.max(0, ...[...counts].filter(([t]) => t.length === s.length + 1 && t.endsWith(s)).map(([, m]) => m));
    if (longestExtension >= n * 0.6) continue;
    // And it is not the tail of a longer name that is about as frequent.
    names.push({ name: s, count: n });
  }
  const isSelfName = (x: { name: string; count: number }) =>
    !names.some((y) => y.name.length > x.name.length && y.name.endsWith(x.name) && y.count >= x.count * 0.6);
  const ranked = names.filter(isSelfName).sort((a, b) => b.count - a.count || b.name.length - a.name.length);
  // The report's own level, from how it refers to itself (全市/我市 vs 全区/我区 vs 全县/我县).
  const selfRefs = (ch: string) => ['全', '我', '本'].reduce((sum, p) => sum + (text.split(p + ch).length - 1), 0);
  const level = ['市', '区', '县'].sort((a, b) => selfRefs(b) - selfRefs(a))[0]!;
  const best = ranked.find((r) => r.name.endsWith(level)) ?? ranked[0];
  if (!best) return '';
  if (/[区县]$/.test(best.name)) {
    const city = ranked.find((r) => r.name.endsWith('市') && r.name.length >= 3);
    if (city && !best.name.startsWith(city.name)) return city.name + best.name;
  }
  return best.name;
}

/** Years the report reviews and plans for, from phrases such as 回首2022年 / 2023年工作回顾 / 2024年工作安排 / 今年. */
export function guessYears(text: string, fileName: string): { yearsReviewed: number[]; yearsPlanned: number[] } {
  const reviewed = new Set<number>();
  const planned = new Set<number>();
  const year = String.raw`((?:19|20)\d{2})\s*年`;
  for (const m of text.matchAll(new RegExp(String.raw`(?:回首|回顾|过去的)\s*${year}|${year}\s*(?:工作回顾|回顾|以来|，?我们|是)`, 'g'))) {
    reviewed.add(Number(m[1] ?? m[2]));
  }
  for (const m of text.matchAll(new RegExp(String.raw`${year}\s*(?:工作(?:安排|任务|目标|思路)|主要(?:预期)?目标|的?主要任务|工作的总体要求|经济社会发展的主要预期目标)`, 'g'))) {
    planned.add(Number(m[1]));
  }
  for (const y of planned) reviewed.delete(y);
  if (planned.size === 0 && reviewed.size > 0) planned.add(Math.max(...reviewed) + 1);
  if (reviewed.size === 0 && planned.size > 0) reviewed.add(Math.min(...planned) - 1);
  if (planned.size === 0) {
    // Fall back on a year in the file name: a report named for year Y plans Y and reviews Y-1.
    const m = /(?:19|20)\d{2}/.exec(fileName);
    if (m) {
      planned.add(Number(m[0]));
      reviewed.add(Number(m[0]) - 1);
    }
  }
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return { yearsReviewed: sorted(reviewed), yearsPlanned: sorted(planned) };
}
