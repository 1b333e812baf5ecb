/**
 * What web and print page furniture looks like, one line at a time: publication metadata (来源, 时间, 作者,
 * 阅读次数), page tools (下载 打印 收藏 分享 关闭窗口, 扫一扫), the 字号 widget, breadcrumbs, related-article
 * headings, site footers, newspaper mastheads and page numbers. Generic to Chinese government and news sites,
 * not to any one site. Whole lines only, and only short ones without sentence marks, so a sentence that merely
 * mentions 来源 or 打印 is never touched.
 */

export type FurnitureKind =
  | 'publicationDate' | 'viewCounter' | 'byline' | 'pageTools' | 'fontSize' | 'navigation' | 'breadcrumb'
  | 'credit' | 'siteFooter' | 'disclaimer' | 'pageNumber' | 'pageHeader' | 'masthead' | 'timestamp' | 'relatedList';

export interface FurniturePattern { re: RegExp; confidence: number; kind: FurnitureKind; what: string }

/** Longer lines are prose, not furniture. */
const MAX_LINE = 100;

/** Buttons and labels of page tools, when one makes up a whole line ("打印", "【关闭】", "分享："). */
const TOOL_WORDS = '下载|打印|全屏|收藏|分享|关闭|纠错|评论|点赞|转发|复制链接|打印本页|打印此页|关闭窗口|关闭本页|返回顶部|返回首页|加入收藏|收藏本页|分享到|我要纠错';

const PATTERNS: readonly FurniturePattern[] = [
  { re: /(刊发|发布|发表|更新|录入|上传|印发|成文)(日期|时间)\s*[:：]/, confidence: 0.9, kind: 'publicationDate', what: 'publication date' },
  { re: /^(时间|日期|发布于|更新于)\s*[:：]\s*[0-9０-９]{4}/, confidence: 0.9, kind: 'publicationDate', what: 'publication date' },
  { re: /(阅读|浏览|点击|访问|阅览)(次数|量|数)\s*[:：]?/, confidence: 0.9, kind: 'viewCounter', what: 'view counter' },
  { re: /(^|[\s（(【[])(作者|来源|出处|信息来源|稿源|文章来源|责任编辑|责编|编辑|审核|审校|校对|终审|供稿|撰稿|通讯员|记者|摄影)\s*[:：]/, confidence: 0.9, kind: 'byline', what: 'byline or source line' },
  // The information table of a government site's document page.
  { re: /^(索引号|主题分类|发文机关|发布机构|发文字号|文号|信息分类|所属机构|公开方式|公开范围|有效性|体裁分类|组配分类|服务对象)\s*[:：]/, confidence: 0.85, kind: 'byline', what: 'document information table' },
  { re: new RegExp(`^[【\\[]?\\s*(${TOOL_WORDS})\\s*[:：]?\\s*[】\\]]?$`), confidence: 0.9, kind: 'pageTools', what: 'page tool' },
  { re: /语音(阅读|播报|朗读)|分享到|一键分享|微信扫一扫|扫一扫|扫描二维码/, confidence: 0.9, kind: 'pageTools', what: 'page tool' },
  { re: /^(微信|微博|QQ空间|QQ好友|QQ|豆瓣|新浪微博|腾讯微博|复制链接|视力保护色|返回列表)([\s、|｜/]+(微信|微博|QQ空间|QQ好友|QQ|豆瓣|新浪微博|腾讯微博|复制链接))*$/, confidence: 0.85, kind: 'pageTools', what: 'page tool' },
  { re: /打印本页|打印此页|打印文章|关闭窗口|关闭本页|返回顶部|返回首页|加入收藏|收藏本页|【\s*(打印|关闭|收藏)\s*】/, confidence: 0.9, kind: 'pageTools', what: 'page tool' },
  { re: /^[【\[]?\s*(字号|字体)\s*[:：]|字号\s*[:：]?\s*[【[]?\s*大|^\s*[【[]?\s*大\s*[】\]]?\s*[【[]?\s*中\s*[】\]]?\s*[【[]?\s*小/, confidence: 0.9, kind: 'fontSize', what: 'font-size control' },
  { re: /^(上一篇|下一篇|上一条|下一条)\s*[:：]?/, confidence: 0.85, kind: 'navigation', what: 'navigation link' },
  // A site's menu bar: three or more short words set apart by bars ("网站首页 | 政务公开 | 互动交流").
  { re: /^[\u4e00-\u9fff]{2,8}(\s*[|｜]\s*[\u4e00-\u9fff]{2,8}){2,}$/, confidence: 0.8, kind: 'navigation', what: 'site menu' },
  { re: /^(相关(报道|新闻|阅读|链接|附件|文章|稿件|专题|文件|解读)|延伸阅读|推荐阅读|热点推荐|往期回顾)\s*([:：]|>>|》》|[>＞»])?\s*$/, confidence: 0.9, kind: 'relatedList', what: 'related-articles list' },
  { re: /^(您?当前的?位置|您的位置|您现在的位置|所在位置)\s*[:：]?|首页\s*[>＞›»]|[>＞›»]\s*正文\s*$/, confidence: 0.9, kind: 'breadcrumb', what: 'breadcrumb' },
  { re: /(本版|本文|本期)?(图文|图片|稿件|文字|照片)?由.{1,30}(提供|供稿|供图)\s*$/, confidence: 0.85, kind: 'credit', what: 'newspaper credit line' },
  { re: /^本版(编辑|责编|美编|校对|审读|版式|图片|摄影)/, confidence: 0.9, kind: 'credit', what: 'newspaper credit line' },
  { re: /版权所有|Copyright|©|ICP备|网站标识码|公网安备|主办单位\s*[:：]|承办单位\s*[:：]|^主办\s*[:：]|^承办\s*[:：]|技术支持\s*[:：]|网站地图|联系我们/i, confidence: 0.9, kind: 'siteFooter', what: 'site footer' },
  { re: /免责声明|版权声明|转载请注明|未经授权.{0,10}(转载|复制)/, confidence: 0.9, kind: 'disclaimer', what: 'disclaimer' },
  { re: /^第\s*[0-9０-９]+\s*页(\s*[,，/]?\s*共\s*[0-9０-９]+\s*页)?$/, confidence: 0.9, kind: 'pageNumber', what: 'page number' },
  { re: /^[-—－–─\s]*[0-9０-９]+[-—－–─\s]*$/, confidence: 0.75, kind: 'pageNumber', what: 'page number' },
  { re: /^[0-9]+\s*\/\s*[0-9]+$/, confidence: 0.7, kind: 'pageNumber', what: 'page number' },
  { re: /总第\s*[0-9０-９]+\s*期|编印\s*$|^[A-H][0-9]{1,2}\s*[:：版]/, confidence: 0.85, kind: 'masthead', what: 'newspaper masthead' },
  { re: /第\s*[0-9０-９一二三四五六七八九十]+\s*版|(日报|晚报|时报|周报|商报)\s*\d{4}\s*年|星期[一二三四五六日天]/, confidence: 0.7, kind: 'pageHeader', what: 'newspaper page header' },
  { re: /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}[:：时]\d{2}(分|[:：]\d{2}(秒)?)?$/, confidence: 0.75, kind: 'timestamp', what: 'timestamp' },
];

/** The furniture pattern a line matches on its own, if any. */
export function furnitureKind(line: string): FurniturePattern | undefined {
  // Furniture is never a sentence: a line with 。！？ is prose that happens to mention 来源 or 星期.
  if (line.length === 0 || line.length > MAX_LINE || /[。！？!?]/.test(line)) return undefined;
  return PATTERNS.find((p) => p.re.test(line));
}

/**
 * Lines that are furniture only next to other furniture: the values of a 字号 widget set one a line
 * ("大" / "中" / "小", "加大" / "还原"), its closing bracket.
 */
export function isWidgetPart(line: string): boolean {
  return /^[【[]?\s*(大|中|小|加大|减小|还原|默认|标准|特大|超大|较大|放大|缩小)\s*[】\]]?$|^[【】[\]]$/.test(line);
}

/** A label whose value went to the next line ("来源:" / "四川日报", "责任编辑：" / a name). */
export function isDanglingLabel(line: string): boolean {
  return /^(作者|来源|出处|信息来源|稿源|文章来源|责任编辑|责编|编辑|审核|校对|供稿|撰稿|通讯员|记者|摄影|时间|日期|发布时间)\s*[:：]$/.test(line);
}

/** The value after a dangling label: a short name or date with no sentence punctuation. */
export function isLabelValue(line: string): boolean {
  return line.length <= 20 && !/[。！？；，、!?;,]/.test(line);
}

/**
 * An item of a related-articles list: an article title (no full stop, not too long) or the opaque id some
 * sites print before each title.
 */
export function isRelatedItem(line: string): boolean {
  if (/^[0-9a-f]{16,}\s*[:：]?$/i.test(line)) return true;
  return line.length <= 80 && !/[。！？!?]/.test(line);
}
