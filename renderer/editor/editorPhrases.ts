import type { Language } from '../i18n/language.ts';

/**
 * CodeMirror's own UI words (the search panel), by UI language. English needs none: it is CodeMirror's
 * default. Given to the editor through the EditorState.phrases facet.
 */
const ZH_CN: Record<string, string> = {
  Find: '查找',
  Replace: '替换',
  next: '下一个',
  previous: '上一个',
  all: '全部',
  'match case': '区分大小写',
  regexp: '正则表达式',
  'by word': '全词匹配',
  replace: '替换',
  'replace all': '全部替换',
  close: '关闭',
  'current match': '当前匹配',
  'on line': '行',
  'Go to line': '跳到行',
  go: '跳转',
  'Control character': '控制字符',
};

export function editorPhrases(language: Language): Record<string, string> {
  return language === 'zh-CN' ? ZH_CN : {};
}
