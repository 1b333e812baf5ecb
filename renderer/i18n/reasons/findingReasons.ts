import type { ReasonTable } from './reasonText.ts';

/**
 * Why a defect detector proposes a repair (`finding.<type>.<variant>`, see shared/detectors/reasonCodes.ts).
 * Parameters: line numbers are 1-based; `plain` is the text that replaces markup; `first`/`last` bound a block.
 */
const furniture = (en: string, zh: string): { en: string; zh: string } => ({
  en: `Page furniture (${en}), lines {first}–{last}: not report text; delete it`,
  zh: `网页杂项（${zh}），第 {first}–{last} 行：不是报告正文，建议删除`,
});

const FURNITURE = {
  publicationDate: furniture('publication date', '发布日期'),
  viewCounter: furniture('view counter', '阅读次数'),
  byline: furniture('source or byline', '来源或署名'),
  pageTools: furniture('page tools', '页面工具'),
  fontSize: furniture('font-size control', '字号设置'),
  navigation: furniture('previous/next links', '上下篇链接'),
  breadcrumb: furniture('breadcrumb', '当前位置导航'),
  credit: furniture('newspaper credit', '报纸版面署名'),
  siteFooter: furniture('site footer', '网站页脚'),
  disclaimer: furniture('disclaimer', '免责声明'),
  pageNumber: furniture('page number', '页码'),
  pageHeader: furniture('newspaper page header', '报纸版头'),
  masthead: furniture('newspaper masthead', '报头刊号'),
  timestamp: furniture('timestamp', '时间戳'),
  relatedList: furniture('related articles', '相关文章列表'),
};

const MARKUP: Record<string, { en: string; zh: string }> = {
  escapedLineBreak: { en: 'A line break written out as the text \\r\\n: make it a real line break', zh: '换行被写成了文字 \\r\\n：改为真正的换行' },
  escapedTab: { en: 'A tab written out as the text \\t: make it a space', zh: '制表符被写成了文字 \\t：改为空格' },
  headingMark: { en: 'Markdown heading mark left over from conversion: remove it', zh: '转换遗留的 Markdown 标题符号：删除' },
  bold: { en: 'Markdown bold marks left over from conversion; plain text: “{plain}”', zh: '转换遗留的 Markdown 加粗符号，纯文本为“{plain}”' },
  emphasis: { en: 'Markdown emphasis marks left over from conversion; plain text: “{plain}”', zh: '转换遗留的 Markdown 强调符号，纯文本为“{plain}”' },
  codeSpan: { en: 'Markdown code marks left over from conversion; plain text: “{plain}”', zh: '转换遗留的 Markdown 代码符号，纯文本为“{plain}”' },
  image: { en: 'Markdown image left over from conversion: remove it', zh: '转换遗留的 Markdown 图片标记：删除' },
  link: { en: 'Markdown link left over from conversion; plain text: “{plain}”', zh: '转换遗留的 Markdown 链接，纯文本为“{plain}”' },
  rule: { en: 'Markdown horizontal rule left over from conversion: remove it', zh: '转换遗留的 Markdown 分隔线：删除' },
  quoteMark: { en: 'Markdown quote mark left over from conversion: remove it', zh: '转换遗留的 Markdown 引用符号：删除' },
  tableRule: { en: 'Markdown table rule left over from conversion: remove it', zh: '转换遗留的 Markdown 表格分隔行：删除' },
  latexMaths: { en: 'LaTeX formula left over from conversion; plain text: “{plain}”', zh: '转换遗留的 LaTeX 公式，纯文本为“{plain}”' },
  latexScript: { en: 'LaTeX subscript or superscript left over from conversion; plain text: “{plain}”', zh: '转换遗留的 LaTeX 上下标，纯文本为“{plain}”' },
  latexCommand: { en: 'LaTeX command left over from conversion; plain text: “{plain}”', zh: '转换遗留的 LaTeX 命令，纯文本为“{plain}”' },
  latexSymbol: { en: 'LaTeX symbol left over from conversion; plain text: “{plain}”', zh: '转换遗留的 LaTeX 符号，纯文本为“{plain}”' },
  latexEscape: { en: 'LaTeX escape left over from conversion; plain text: “{plain}”', zh: '转换遗留的 LaTeX 转义符，纯文本为“{plain}”' },
  htmlTag: { en: 'HTML tag left over from the web page: remove it', zh: '网页遗留的 HTML 标签：删除' },
  htmlEntity: { en: 'HTML entity left over from the web page; replace it with “{plain}”', zh: '网页遗留的 HTML 字符实体，替换为“{plain}”' },
};

const en: Record<string, string> = {
  'finding.duplicate.paragraph': 'Repeats the paragraph on line {line} ({similarity}% alike): delete this copy',
  'finding.duplicate.paragraphWithRecordsLater': 'Repeated on line {line} ({similarity}% alike), where records were taken: delete this earlier copy',
  'finding.duplicate.sentence': 'Repeats a sentence of line {line}: delete this copy',
  'finding.duplicate.joinedLines': 'Repeats lines {line} and the next run together (a page’s share summary): delete this copy',
  'finding.duplicate.title': 'Repeats the title on line {line}: delete this copy',
  'finding.broken_line.closingPunctuation': 'Line {line} goes on in line {next}, which starts with closing punctuation: join them',
  'finding.broken_line.openEnd': 'Line {line} ends on a comma or an opening mark and goes on in line {next}: join them',
  'finding.broken_line.unclosedBracket': 'A quotation or bracket opened on line {line} closes on line {next}: join them',
  'finding.broken_line.runningText': 'Line {line} stops mid-sentence and goes on in line {next}: join them',
  'finding.broken_line.clause': 'A clause on line {line} stops without punctuation and goes on in line {next}: join them',
  'finding.broken_line.dateline': 'The dateline under the title is split between lines {line} and {next}: join them',
  'finding.broken_line.isolatedWord': 'A word set on a line of its own inside a sentence (lines {line}–{next}): join them',
  'finding.caption.interrupts': 'Line {line} reads as a picture caption dropped into a sentence: delete it',
  'finding.caption.photoCredit': 'Line {line} reads as a photo credit: delete it',
  'finding.caption.tight': 'Line {line} is a short unpunctuated line set tight against another, like picture captions: delete it',
  'finding.caption.trailing': 'Line {line} is a short unpunctuated line after the last paragraph, like a picture caption: delete it',
  'finding.caption.block': 'Line {line} belongs to a block of picture captions: delete it',
  'finding.caption.photoLine': 'Line {line} describes a photo and ends with the photographer’s credit: delete it',
  'finding.fragment.continuesCut': 'Line {line} starts mid-word and continues the sentence cut off on line {cut}: move it there',
  'finding.fragment.strayPiece': 'Line {line} starts mid-word (as in “{word}”) and does not continue line {cut}: probably a stray piece of another paragraph; check before deleting',
  'finding.fragment.seriesOrder': 'Line {line} belongs to the series “{series}” announced on line {announced}: move it after line {after}',
  'finding.boilerplate.runningHeader': 'Line {line} repeats the short line on line {first} three or more times: a running page header; delete it',
  'finding.typo.stutter': '“{odd}” occurs once and may be a typo for “{usual}” (a doubled character)',
  'finding.typo.sameContext': '“{odd}” occurs once and may be a typo for “{usual}”, which occurs {count} times, once in the same context',
  'finding.typo.straySpace': 'Stray space: “{joined}” is written without it elsewhere in the text',
};

const zh: Record<string, string> = {
  'finding.duplicate.paragraph': '与第 {line} 行的段落重复（相似度 {similarity}%）：建议删除此处',
  'finding.duplicate.paragraphWithRecordsLater': '与第 {line} 行重复（相似度 {similarity}%），且该处已提取指标：建议删除此处较早的一份',
  'finding.duplicate.sentence': '与第 {line} 行的句子重复：建议删除此处',
  'finding.duplicate.joinedLines': '重复了第 {line} 行及其下一行（网页分享摘要）：建议删除此处',
  'finding.duplicate.title': '重复了第 {line} 行的标题：建议删除此处',
  'finding.broken_line.closingPunctuation': '第 {line} 行在第 {next} 行继续，后者以句内标点开头：建议合并',
  'finding.broken_line.openEnd': '第 {line} 行以逗号或左括号结尾，在第 {next} 行继续：建议合并',
  'finding.broken_line.unclosedBracket': '第 {line} 行的引号或括号在第 {next} 行才闭合：建议合并',
  'finding.broken_line.runningText': '第 {line} 行在句中断开，在第 {next} 行继续：建议合并',
  'finding.broken_line.clause': '第 {line} 行的分句没有标点就断开，在第 {next} 行继续：建议合并',
  'finding.broken_line.dateline': '标题下的日期行被拆在第 {line} 行和第 {next} 行：建议合并',
  'finding.broken_line.isolatedWord': '句中一个词被单独放在一行（第 {line}–{next} 行）：建议合并',
  'finding.caption.interrupts': '第 {line} 行像插在句子中间的图片说明：建议删除',
  'finding.caption.photoCredit': '第 {line} 行像图片署名：建议删除',
  'finding.caption.tight': '第 {line} 行是紧挨着另一行的无标点短行，像图片说明：建议删除',
  'finding.caption.trailing': '第 {line} 行是末段之后的无标点短行，像图片说明：建议删除',
  'finding.caption.block': '第 {line} 行属于一组图片说明：建议删除',
  'finding.caption.photoLine': '第 {line} 行是图片说明，以摄影记者署名结尾：建议删除',
  'finding.fragment.continuesCut': '第 {line} 行从词中间开始，接续第 {cut} 行断开的句子：建议移到该处',
  'finding.fragment.strayPiece': '第 {line} 行从词中间开始（如“{word}”），又不接续第 {cut} 行：可能是别处段落的碎片，删除前请核对',
  'finding.fragment.seriesOrder': '第 {line} 行属于第 {announced} 行提出的“{series}”系列：建议移到第 {after} 行之后',
  'finding.boilerplate.runningHeader': '第 {line} 行与第 {first} 行的短行重复三次以上，是页眉：建议删除',
  'finding.typo.stutter': '“{odd}”只出现一次，可能是“{usual}”的笔误（字重复）',
  'finding.typo.sameContext': '“{odd}”只出现一次，可能是“{usual}”的笔误（后者出现 {count} 次，其中一次上下文相同）',
  'finding.typo.straySpace': '多余的空格：文中其他地方写作“{joined}”',
};

for (const [kind, text] of Object.entries(FURNITURE)) {
  en[`finding.boilerplate.${kind}`] = text.en;
  zh[`finding.boilerplate.${kind}`] = text.zh;
}
for (const [kind, text] of Object.entries(MARKUP)) {
  en[`finding.markup.${kind}`] = text.en;
  zh[`finding.markup.${kind}`] = text.zh;
}

export const findingReasons: ReasonTable = { en, 'zh-CN': zh };
