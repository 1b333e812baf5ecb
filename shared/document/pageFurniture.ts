import { compactLine } from './documentLines.ts';

/**
 * Lines a web page or a newspaper prints around a report: tool widgets (字号 / 打印 / 分享), breadcrumbs,
 * mastheads (A3:两会特刊总第3786期 … 编印), source / time / author lines, timestamps. They are never a title
 * and never evidence of the report's place or year. Judged on the line alone, by its form.
 */
const TOOL_WORDS = /^(?:[【\[(（]?(?:字号|字体)[:：]?.*|下载|打印|全屏|收藏|分享[:：]?|关闭(?:窗口)?|返回顶部|扫一扫.*|[大中小]|加大|还原|减小|默认|[【】\]\[]|打印本页|关闭本页|分享到[:：]?.*)$/;
const LABELLED = /^(?:来源|来自|时间|发布时间|发布日期|日期|作者|编辑|责任编辑|责编|稿源|信息来源|阅读|阅读量|浏览|浏览次数|点击|点击数|字数|文章来源)[:：]/;
const BREADCRUMB = /[>＞»›]|当前位置|您的位置|首页/;
const MASTHEAD = /总第\d+期|第\d+版|[A-Z]\d{1,2}[:：版]|编印|特刊|日报社|主办[:：]/;
const TIMESTAMP = /^(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}[:：时]\d{1,2}分?(?:[:：]\d{1,2})?)?$/;

export function isPageFurniture(line: string): boolean {
  const compact = compactLine(line);
  if (!compact) return true;
  return TOOL_WORDS.test(compact) || LABELLED.test(compact) || BREADCRUMB.test(line) || MASTHEAD.test(compact) || TIMESTAMP.test(line.trim());
}
