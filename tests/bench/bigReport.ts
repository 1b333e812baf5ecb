/**
 * A very large synthetic work report written from this bench's own sentences (no corpus text): headings,
 * paragraphs stating indicators with values, years and units, and the damage scraped text carries (lines
 * broken mid-sentence, page furniture, repeated paragraphs, escaped markup, stray spaces). Deterministic for a
 * given size, so figures from two runs compare.
 */

const REGIONS = ['江河市', '北山县', '南湖区', '东岭市', '西川县', '青石镇', '云台区', '长河市'];
const INDICATORS: [string, string[]][] = [
  ['地区生产总值', ['亿元', '万亿元']], ['一般公共预算收入', ['亿元']], ['固定资产投资', ['亿元']],
  ['社会消费品零售总额', ['亿元']], ['城镇居民人均可支配收入', ['元', '万元']], ['农村居民人均可支配收入', ['元']],
  ['规模以上工业增加值', ['亿元']], ['进出口总额', ['亿元', '亿美元']], ['粮食产量', ['万吨', '亿斤']],
  ['城镇新增就业', ['万人', '人']], ['常住人口城镇化率', ['%']], ['森林覆盖率', ['%']],
  ['研发经费投入强度', ['%']], ['实际利用外资', ['亿美元']], ['新建保障性住房', ['套', '万套']],
];
const OPENINGS = ['全年', '过去一年', '这一年', '今年以来', '在全市上下共同努力下'];
const PLAN_OPENINGS = ['今年主要预期目标是：', '今年经济社会发展的主要目标是：', '力争'];
/** Narrative sentences are built from these parts, so almost every one is new, as in a real report. */
const WHO = ['我们', '全市', '各级政府', '有关部门', '各县区', '市直单位', '基层干部', '广大群众'];
const DO = ['坚持', '深入推进', '持续深化', '扎实开展', '大力实施', '统筹推进', '加快推动', '着力抓好', '全面落实', '积极探索', '认真组织', '稳步推进'];
const WHAT = ['营商环境优化', '乡村振兴', '城市更新', '科技创新', '生态环境保护', '民生实事', '安全生产', '数字政府建设',
  '县域经济发展', '国资国企改革', '招商引资', '公共服务', '基层治理', '文化事业', '对外开放', '农业现代化'];
const HOW = ['行动', '工程', '专项整治', '三年计划', '攻坚战', '试点', '示范创建', '改革任务'];
const SO = ['市场主体活力不断增强', '群众获得感持续提升', '发展基础更加稳固', '城乡面貌明显改善', '体制机制更加完善',
  '治理效能稳步提高', '产业结构持续优化', '风险隐患有效化解', '服务水平明显提升', '创新能力显著增强'];
const WHERE = ['在城区', '在农村', '在园区', '在重点行业', '在各乡镇', '在主要街道', '在全市范围内', '在沿河地区'];
const HEADINGS = ['一、过去一年工作回顾', '二、今年工作总体要求和主要目标', '三、今年重点工作', '四、加强政府自身建设'];
const FURNITURE = ['打印本页', '关闭窗口', '【字号：大 中 小】', '来源：市政府办公室', '分享到：'];

/** A small seeded generator (mulberry32): the same size always gives the same text. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Lines of a report of about `targetBytes` UTF-8 bytes with about `targetLines` lines: a 50 MB report of a
 * million lines has lines of 50 bytes, so most paragraphs come broken into short lines as OCR leaves them.
 */
export function* bigReportLines(targetBytes: number, targetLines: number): Generator<string> {
  const rand = random(targetBytes ^ targetLines);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const bytesPerLine = targetBytes / targetLines;
  let bytes = 0;
  let lines = 0;
  let page = 1;
  let previous = '';
  // Broken paragraphs are cut into lines of about this many bytes, steered so the whole text comes out
  // near the target bytes per line whatever the mix of whole and broken paragraphs.
  let width = bytesPerLine;
  const emit = function* (line: string): Generator<string> {
    bytes += Buffer.byteLength(line) + 1;
    lines += 1;
    yield line;
  };
  yield* emit(`${pick(REGIONS)}政府工作报告`);
  for (let part = 0; bytes < targetBytes; part += 1) {
    yield* emit(HEADINGS[part % HEADINGS.length] as string);
    for (let p = 0; p < 40 && bytes < targetBytes; p += 1) {
      const paragraph = rand() < 0.03 && previous ? previous : sentenceParagraph(rand, pick, 2000 + (part % 30));
      previous = paragraph;
      if (rand() < 0.4) yield* emit(paragraph);
      else for (const piece of brokenAt(paragraph, width * (0.7 + rand() * 0.6))) yield* emit(piece);
      if (rand() < 0.5) yield* emit('');
      if (rand() < 0.05) yield* emit(`- ${page++} -`);
      if (rand() < 0.02) yield* emit(pick(FURNITURE));
      width = Math.min(400, Math.max(12, width * (bytes / lines > bytesPerLine ? 0.97 : 1.03)));
    }
  }
}

/** A paragraph cut into lines of about `widthBytes` UTF-8 bytes, never inside a number. */
function brokenAt(paragraph: string, widthBytes: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < paragraph.length; i += 1) {
    const code = paragraph.charCodeAt(i);
    size += code < 0x80 ? 1 : 3;
    const inNumber = /[0-9.]/.test(paragraph[i] as string) && /[0-9.]/.test(paragraph[i + 1] ?? '');
    if (size >= widthBytes && !inNumber) {
      pieces.push(paragraph.slice(start, i + 1));
      start = i + 1;
      size = 0;
    }
  }
  if (start < paragraph.length) pieces.push(paragraph.slice(start));
  return pieces;
}

function sentenceParagraph(rand: () => number, pick: <T>(list: readonly T[]) => T, year: number): string {
  const parts: string[] = [];
  const narrative = (): string => `${pick(WHERE)}，${pick(WHO)}${pick(DO)}${pick(WHAT)}${pick(HOW)}，${pick(SO)}。`;
  const lead = 1 + Math.floor(rand() * 4);
  for (let s = 0; s < lead; s += 1) parts.push(narrative());
  // About one paragraph in three states indicators, as in the corpus (a few statements per thousand characters).
  if (rand() < 0.35) {
    const plan = rand() < 0.3;
    parts.push(plan ? pick(PLAN_OPENINGS) : `${pick(OPENINGS)}，`);
    const statements = 1 + Math.floor(rand() * 3);
    for (let s = 0; s < statements; s += 1) {
      const [name, units] = pick(INDICATORS);
      const unit = pick(units);
      const value = unit === '%' ? (rand() * 90).toFixed(1) : (1 + rand() * 9000).toFixed(rand() < 0.5 ? 0 : 2);
      const growth = (rand() * 12).toFixed(1);
      const escaped = rand() < 0.02 ? '&nbsp;' : '';
      parts.push(plan
        ? `${name}增长${growth}%左右${s + 1 < statements ? '，' : '。'}`
        : `${year}年${name}达到${value}${unit}${escaped}，比上年增长${growth}%${s + 1 < statements ? '；' : '。'}`);
    }
  }
  if (rand() < 0.5) parts.push(narrative());
  if (rand() < 0.01) parts.push(' 。');
  return parts.join('');
}

/** The whole report as one string (for in-process use); the bench writes the lines to a file instead. */
export function bigReport(targetBytes: number, targetLines: number): string {
  return [...bigReportLines(targetBytes, targetLines)].join('\n') + '\n';
}
