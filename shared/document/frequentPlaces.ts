/**
 * Place names found without a dictionary: for each name ending in 省/市/区/县…, the longest left extension
 * that stays about as frequent as the name, ranked by frequency. The fallback when a report never names
 * itself in a formula such as 我代表…人民政府 or 在…人民代表大会上.
 */
const ADMIN_SUFFIX = /[省市区县旗州盟]/;
// Words ending in an administrative character that are not place names.
const GENERIC = new Set([
  '全省', '全市', '全区', '全县', '我省', '我市', '我区', '我县', '本市', '本区', '城市', '地区', '社区', '园区', '小区',
  '市区', '景区', '新区', '矿区', '山区', '校区', '片区', '街区', '辖区', '郊县', '各区', '各县', '各市', '省市',
  '湾区', '都市', '城区', '县城', '试验区', '示范区', '开发区', '集聚区', '棚户区', '沉陷区', '功能区', '保护区', '先行区', '高新区',
  '自贸区', '自治区', '自治州', '自治县', '设区市', '县级市', '地级市', '上市', '城市群', '都市圈', '合作区', '特区', '经济区',
]);
/** A designation won by a place (全域旅游示范县, 百强县, 文明城市) names a title, not the place. */
const DESIGNATION = /(?:示范|百强|强|大|先进|文明|卫生|园林|平安|创建|试点|标杆|达标|模范|样板|品牌|特色|生态|全域|国家级|省级|市级|县级)[省市区县旗州盟]$/;
const NOT_A_NAME_END = /[场域值民级委长政属直内外]/;
// Characters that begin phrases, not place names (等市, 在全区, 和县 …).
const FUNCTION_CHARS = /[等和与及在是的了对向到从为把将各全我本该其每省市区县个年月日一二三四五六七八九十设]/;
const HAN = /\p{Script=Han}/u;

export interface PlaceCount {
  name: string;
  count: number;
}

export function frequentPlaces(text: string): PlaceCount[] {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    // 市场, 区域, 县域, 市委, 县长 … are words, not the end of a place name.
    if (!ADMIN_SUFFIX.test(text[i]!) || NOT_A_NAME_END.test(text[i + 1] ?? '')) continue;
    for (let len = 2; len <= 6; len++) {
      const start = i - len + 1;
      if (start < 0) break;
      const s = text.slice(start, i + 1);
      if (![...s].every((ch) => HAN.test(ch))) break;
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  }
  // For each string, the count of its most frequent one-character left extension (linear, not pairwise).
  const extension = new Map<string, number>();
  for (const [t, m] of counts) {
    const tail = t.slice(1);
    if (m > (extension.get(tail) ?? 0)) extension.set(tail, m);
  }
  const names: PlaceCount[] = [];
  for (const [s, n] of counts) {
    if (n < 2 || FUNCTION_CHARS.test(s[0]!) || !isPlaceName(s)) continue;
    // A name's left boundary: extending by one more character loses most occurrences.
    if ((extension.get(s) ?? 0) >= n * 0.6) continue;
    names.push({ name: s, count: n });
  }
  // Not the tail of a longer name that is about as frequent.
  const longerName = new Map<string, number>();
  for (const y of names) {
    for (let k = 1; k <= y.name.length - 2; k++) {
      const tail = y.name.slice(k);
      if (y.count > (longerName.get(tail) ?? 0)) longerName.set(tail, y.count);
    }
  }
  return names.filter((x) => (longerName.get(x.name) ?? 0) < x.count * 0.6).sort((a, b) => b.count - a.count || b.name.length - a.name.length);
}

/** A plausible place name: Han characters ending in an administrative suffix, not a generic word or designation. */
export function isPlaceName(s: string): boolean {
  if (s.length < 2 || s.length > 12 || ![...s].every((ch) => HAN.test(ch)) || !ADMIN_SUFFIX.test(s.at(-1)!)) return false;
  if (DESIGNATION.test(s) || /^[全我本各该其每][省市区县]$/.test(s)) return false;
  if (GENERIC_DISTRICTS.has(s)) return true;
  // 内蒙古自治区 is a name; 自治区 alone, 示范区 or 城市群 are not.
  return ![...GENERIC].some((g) => s.endsWith(g) && !(g.startsWith('自治') && s.length > g.length));
}

/** District names shared by many cities (阳泉市郊区, 长治市城区): only meaningful with their city. */
export const GENERIC_DISTRICTS = new Set(['郊区', '城区', '矿区']);
