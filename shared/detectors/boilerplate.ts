import type { DraftFinding } from './types.ts';
import { contentLines, lineRemovalSpan, type Line } from './lines.ts';
import { continuesInto, joiner } from './brokenLine.ts';
import { hasHeadingMarker, isTitleLike } from './textShape.ts';

/**
 * Web and print page furniture that is not part of the report: publication metadata (刊发日期, 阅读次数,
 * 来源, 作者), page tools (语音阅读, 分享到, 打印本页, 关闭窗口), newspaper credits and page/issue numbers.
 * Whole lines only, and only short ones, so a sentence that merely mentions 来源 is never touched. A short
 * line printed three or more times is taken for a running page header.
 */

/** Longer lines are prose, not furniture. */
const MAX_LINE = 100;

interface Pattern { re: RegExp; confidence: number; what: string }

const PATTERNS: readonly Pattern[] = [
  { re: /(刊发|发布|发表|更新|录入|上传|印发|成文)(日期|时间)\s*[:：]/, confidence: 0.9, what: 'publication date' },
  { re: /(阅读|浏览|点击|访问|阅览)(次数|量|数)\s*[:：]?/, confidence: 0.9, what: 'view counter' },
  { re: /(^|\s)(作者|来源|出处|信息来源|稿源|文章来源|责任编辑|责编|编辑|审核|审校|校对|终审|供稿|撰稿|通讯员|记者|摄影)\s*[:：]/, confidence: 0.9, what: 'byline or source line' },
  { re: /语音(阅读|播报|朗读)|分享到|一键分享|微信扫一扫|扫一扫|扫描二维码/, confidence: 0.9, what: 'page tool' },
  { re: /打印本页|打印此页|打印文章|关闭窗口|关闭本页|返回顶部|返回首页|加入收藏|收藏本页|【\s*(打印|关闭|收藏)\s*】/, confidence: 0.9, what: 'page tool' },
  { re: /字号\s*[:：]?\s*[【[]?\s*大|【?\s*字体\s*[:：]\s*[【[]?\s*大|^\s*[【[]?\s*大\s*[】\]]?\s*[【[]?\s*中\s*[】\]]?\s*[【[]?\s*小/, confidence: 0.9, what: 'font-size control' },
  { re: /^(上一篇|下一篇|上一条|下一条|相关阅读|相关新闻|推荐阅读)\s*[:：]?/, confidence: 0.85, what: 'navigation link' },
  { re: /^(当前位置|您的位置|所在位置)\s*[:：]|首页\s*[>＞›»]/, confidence: 0.9, what: 'breadcrumb' },
  { re: /(本版|本文|本期)?(图文|图片|稿件|文字|照片)?由.{1,30}(提供|供稿|供图)\s*$/, confidence: 0.85, what: 'newspaper credit line' },
  { re: /^本版(编辑|责编|美编|校对|审读|版式|图片|摄影)/, confidence: 0.9, what: 'newspaper credit line' },
  { re: /版权所有|Copyright|©|ICP备|网站标识码|主办单位\s*[:：]|承办单位\s*[:：]/i, confidence: 0.9, what: 'site footer' },
  { re: /^第\s*[0-9０-９]+\s*页(\s*[,，/]?\s*共\s*[0-9０-９]+\s*页)?$/, confidence: 0.9, what: 'page number' },
  { re: /^[-—－–─\s]*[0-9０-９]+[-—－–─\s]*$/, confidence: 0.75, what: 'page number' },
  { re: /^[0-9]+\s*\/\s*[0-9]+$/, confidence: 0.7, what: 'page number' },
  { re: /第\s*[0-9０-９一二三四五六七八九十]+\s*版|(日报|晚报|时报|周报|商报)\s*\d{4}\s*年|星期[一二三四五六日天]/, confidence: 0.7, what: 'newspaper page header' },
  { re: /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}[:：]\d{2}([:：]\d{2})?$/, confidence: 0.75, what: 'timestamp' },
];

/** The furniture pattern a line matches, if any. */
export function furnitureKind(line: string): Pattern | undefined {
  // Furniture is never a sentence: a line with 。！？ is prose that happens to mention 来源 or 星期.
  if (line.length === 0 || line.length > MAX_LINE || /[。！？!?]/.test(line)) return undefined;
  return PATTERNS.find((p) => p.re.test(line));
}

/** A short title-like line printed this many times is a running page header or footer. */
const RUNNING_HEADER_MIN_REPEATS = 3;

export function detectBoilerplate(text: string): DraftFinding[] {
  const lines = contentLines(text);
  const findings: DraftFinding[] = [];
  const repeats = runningHeaders(lines);
  lines.forEach((line, i) => {
    const kind = furnitureKind(line.content);
    const repeat = kind ? undefined : repeats.get(i);
    if (!kind && repeat === undefined) return;
    // Furniture dropped between the halves of a sentence (a page number at a page break) goes with the
    // break, so the sentence joins up again.
    const before = lines[i - 1];
    const after = lines[i + 1];
    const bridges = before !== undefined && after !== undefined && continuesInto(before.content, after.content) !== undefined;
    const span = bridges
      ? { start: (before as Line).contentEnd, end: (after as Line).contentStart }
      : lineRemovalSpan(lines, i);
    findings.push({
      type: 'boilerplate',
      start: span.start,
      end: span.end,
      replacement: bridges ? joiner((before as Line).content.slice(-1), (after as Line).content[0]) : '',
      confidence: kind ? kind.confidence : 0.6,
      reason: kind
        ? `page furniture (${kind.what}) on line ${line.index + 1}, not report text${bridges ? '; the sentence around it is joined' : ''}`
        : `line ${line.index + 1} repeats the short line at line ${(lines[repeat as number] as Line).index + 1} ${RUNNING_HEADER_MIN_REPEATS}+ times: a running page header`,
    });
  });
  return findings;
}

/** Later occurrences of short lines printed at least three times, mapped to their first occurrence. */
function runningHeaders(lines: readonly Line[]): Map<number, number> {
  const byContent = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (!isTitleLike(line.content) || hasHeadingMarker(line.content)) return;
    const key = line.content.replace(/\s+/g, '');
    const list = byContent.get(key);
    if (list) list.push(i);
    else byContent.set(key, [i]);
  });
  const later = new Map<number, number>();
  for (const list of byContent.values()) {
    if (list.length < RUNNING_HEADER_MIN_REPEATS) continue;
    for (const i of list.slice(1)) later.set(i, list[0] as number);
  }
  return later;
}
